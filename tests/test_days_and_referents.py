"""Report days, grains of a date, privative prepositions and a pronoun's referent written out: what a faithful
rendering does that is no drift, no contradiction and no alteration. A date with "today" before it is the writer's
day ("condemned today, Thursday 27 July"); a month of a year against a day of a month with no year dates something
else ("in September 2022" beside "on June 6"), and a number is no day of a month it is not written beside ("5
kilometres … in September 2022"); "without drinking water" denies no sentence about water; a quote that writes out
the referent a pronoun of the source stands for ("The mayor is deeply worried" for "… She is deeply worried") is no
altered quote; a Spanish agency's date line ("28 de julio de 2023.- …") is the page's stamp."""

from __future__ import annotations

from provenance.pipeline import meaning as M
from provenance.pipeline.align import prepare_source
from provenance.pipeline.date_drift import dates_report
from provenance.semantic import claims
from provenance.semantic.units import source_units


def test_a_day_a_word_of_today_stands_before_is_the_writer_s_day() -> None:
    assert dates_report("27 July", "أدان الأمين العام، اليوم الخميس، (27 تموز 2023)، بشدة الهجوم على الميناء.")
    assert dates_report("13 March", "The council announced today, Monday 13 March, a new budget.")
    assert dates_report("27 July", "Le maire a condamné aujourd’hui, jeudi 27 juillet, l’incendie.")
    assert not dates_report("27 July", "The fire of 27 July destroyed the old depot by the harbour.")


def _dates(article: str, source: str) -> list[tuple[str | None, str | None]]:
    return [(d.quote_side, d.source_side) for d in M.meaning_drift(article, source) if d.type == "date"]


def test_a_number_beside_no_month_is_no_day_of_that_month() -> None:
    article = "The dam stands 5 kilometres from the town, which voted in a referendum in September 2022."
    source = "On the night of June 6 the dam near the town was blown up."
    assert _dates(article, source) == []


def test_a_month_of_a_year_against_a_day_with_no_year_is_another_date() -> None:
    assert _dates("The mayor spoke in July 2023.", "The mayor spoke on 6 June.") == []
    assert _dates("The mayor spoke on 7 July.", "The mayor spoke in June 2023.") == []
    # a day moved with its month stays a drift, and a month alone against a month alone too
    assert _dates("The mayor spoke on 7 July.", "The mayor spoke on June 6.") == [("July 7", "June 6")]
    assert _dates("The mayor spoke in July.", "The mayor spoke on 6 June.") == [("July", "June")]


SOURCE = (
    "The river rose overnight and flooded four villages.\n\n"
    "Thousands of people may be left without rescue, without drinking water, without food in the flooded villages.\n"
)


def _candidates(src_text: str) -> list:
    src = prepare_source("s", src_text, language="en")
    return [(src, u, 0.5) for u in source_units(src) if u.kind != "window"]


def test_without_denies_no_sentence_about_the_noun_it_governs() -> None:
    for text in (
        "The flood may deprive people of drinking water in the villages, the agency reports.",
        "The river unleashed a torrent of water that flooded the villages, the agency reports.",
    ):
        claim = claims.Claim(0, len(text), text, None)
        assert claims.contradiction(claim, _candidates(SOURCE), "en") is None


def test_a_quote_that_writes_out_the_pronoun_s_referent_is_not_altered() -> None:
    source = (
        "The Mayor of Orlin visited the flooded quarter on Monday. She is deeply worried by the damage to the "
        "old bridge and calls on all residents to stay away from the river banks until further notice."
    )
    article = (
        'The city said in a statement: "The Mayor of Orlin is deeply worried by the damage to the old bridge and '
        'calls on all residents to stay away from the river banks until further notice."'
    )
    from provenance import check
    from provenance.settings import Settings

    report = check(article, [source], Settings(lexical_only=True))
    assert [q.match.kind for q in report.quotes] != ["altered"]
    assert not [f for f in report.findings if f.code == "QUOTE_ALTERED"]


def test_a_spanish_agency_date_line_is_the_page_s_stamp() -> None:
    from provenance.pipeline.markers import find_markers

    text = "28 de julio de 2023.- El alcalde de Orlin anunció este jueves el cierre del puerto por la tormenta."
    stamps = [m for m in find_markers(text) if m.kind == "updated"]
    assert [m.value["time"] for m in stamps] == ["28 de julio de 2023"]
    alone = "28 de julho de 2023\nO prefeito de Orlin anunciou nesta quinta-feira o fechamento do porto."
    assert [m.value["time"] for m in find_markers(alone) if m.kind == "updated"] == ["28 de julho de 2023"]
