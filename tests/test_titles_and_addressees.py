"""Whom words are addressed to, and who speaks: a title between a preposition of address and a name, the bare
"a" of Italian, Spanish and Portuguese before a title. All text invented."""

from __future__ import annotations

from provenance import check
from provenance.settings import Settings

LEXICAL = Settings(lexical_only=True)


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in check(text, [], LEXICAL).quotes]


def test_a_title_after_a_preposition_of_address_names_the_addressee() -> None:
    text = 'Premier Ivo Marek wrote to Pope Anselm: "We pray for your ministry and for peace in our region."'
    assert _speakers(text) == ["Premier Ivo Marek"]
    text = 'Maria Rossi ha scritto a Papa Anselmo: "Preghiamo per il suo ministero e per la pace."'
    assert _speakers(text) == ["Maria Rossi"]


def test_a_bare_a_before_a_title_is_no_speaker_where_the_clause_names_its_subject() -> None:
    text = 'Il presidente Ferri si è rivolto anche a Papa Anselmo: "Le rivolgo gli auguri più fervidi."'
    assert "Papa Anselmo" not in _speakers(text)
    # the English article after a verb of saying opens the speaker's description
    text = 'In Orlin, said a spokesman Jane Roe: "We will keep the crossing open through the winter."'
    assert _speakers(text) == ["a spokesman Jane Roe"]
