"""A date whose weekday and month agree with the source's and whose day does not, in a passage too loosely paired
for its words to be read one by one (pipeline/date_drift.py: weekday_day_changed)."""

from __future__ import annotations

from provenance import api
from provenance.pipeline.date_drift import weekday_day_changed
from provenance.settings import Settings

SOURCE = (
    "Ministry of Transport of Borea\n\n"
    "The Ministry of Transport announced today that Borea will send 30 engineers to the Republic of Velm at the "
    "request of the Velmish government. The decision was approved by the Cabinet on Thursday, 28 October. The "
    "engineers will repair two bridges on the northern highway.\n"
)
ARTICLE = (
    "Borea sends engineers to Velm\n\n"
    "TARN, Borea (BP) — Borea will send 30 engineers to Velm after the Cabinet gave its approval on Thursday, "
    "Oct. {day}, officials said on Tuesday, adding that the team would fix bridges.\n"
)


def _dates(day: int) -> list[tuple[str | None, str | None]]:
    st = Settings(lexical_only=True)
    report = api.check(ARTICLE.format(day=day), [SOURCE], st)
    assert report.passages and report.passages[0].match.similarity < st.drift_min_similarity  # a loose pair
    return [(d.quote_side, d.source_side) for p in report.passages for d in p.drift if d.type == "date"]


def test_a_day_changed_under_the_same_weekday_and_month_is_date_drift_in_a_loose_pair() -> None:
    assert _dates(21) == [("Oct. 21", "28 October")]


def test_the_same_date_in_a_loose_pair_is_no_drift() -> None:
    assert _dates(28) == []


def test_another_weekday_or_a_date_the_source_states_is_no_change() -> None:
    source = "The Cabinet approved it on Thursday, 28 October. Work starts on 21 October."
    assert weekday_day_changed("approved on Friday, Oct. 22", 0, 27, source, 0, 48) is None  # another day named
    assert weekday_day_changed("approved on Thursday, Oct. 21", 0, 29, source, 0, len(source)) is None
    assert weekday_day_changed("approved on Thursday, Oct. 21", 0, 29, source, 0, 48) == ("Oct. 21", "28 October")
