"""A capital that stands for its country is no name drift ("Beijing" for "China", "Пекин" for "Китай") in the
anchors the semantic stage compares (lexicons countries, capitals)."""

from __future__ import annotations

import pytest

from provenance.pipeline import anchors as A
from provenance.pipeline.names import place_codes, same_place


def _names(article: str, source: str, lang: str) -> list[tuple[str | None, str | None]]:
    v = A.compare(A.anchors_of(article, language=lang), A.anchors_of(source, language=lang))
    return [(d.quote_side, d.source_side) for d in v.conflicts if d.type == "name"]


@pytest.mark.parametrize(
    ("article", "source", "lang"),
    [
        (
            "As a trusted partner of both neighbours, Beijing stands ready to keep playing a constructive role",
            "As a reliable partner of the two neighbours, China will continue its constructive role",
            "en",
        ),
        (
            "Как надёжный партнёр обеих сторон, Пекин и дальше будет играть конструктивную роль",
            "Как надёжный партнёр двух стран, Китай продолжит свою конструктивную роль",
            "ru",
        ),
        (
            "За словами посла, Київ і надалі відіграватиме конструктивну роль у переговорах",
            "За словами посла, Україна і надалі відіграватиме конструктивну роль у переговорах",
            "uk",
        ),
    ],
)
def test_a_capital_for_its_country_is_no_name_conflict(article: str, source: str, lang: str) -> None:
    assert _names(article, source, lang) == []


def test_another_country_s_capital_is_still_a_name_conflict() -> None:
    article = "As a trusted partner of both neighbours, Moscow stands ready to keep playing a constructive role"
    source = "As a reliable partner of the two neighbours, China will continue its constructive role"
    assert _names(article, source, "en") == [("moscow", "china")]


def test_place_codes_read_a_country_its_capital_and_their_names_in_other_scripts() -> None:
    assert place_codes(["Saudi", "Arabia"]) == place_codes(["Riyadh"]) == place_codes(["الرياض"]) == {"SA"}
    assert same_place(["the", "United", "States"], ["Washington"])
    assert not same_place(["Kyiv"], ["Russia"])
