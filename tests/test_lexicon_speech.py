"""The speech-verb and person-role lists: every news language has a usable list, clean and headed."""

from __future__ import annotations

from importlib import resources

import pytest

from provenance import lexicon

LANGS = ("en", "uk", "ru", "ar", "tr", "fr", "de", "es", "it", "pt", "pl", "bg", "cs", "sk", "hr")
MINIMUM = {"speech_verbs": 40, "person_roles": 15}


def _lines(concept: str, lang: str) -> list[str]:
    ref = resources.files(lexicon).joinpath("data", f"{concept}.{lang}.txt")
    return ref.read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("concept", sorted(MINIMUM))
def test_list_is_large_clean_and_headed(concept: str, lang: str) -> None:
    lines = _lines(concept, lang)
    assert lines and lines[0].startswith("# "), "the file opens with its # header"
    entries = [line for line in lines if not line.startswith("#")]
    assert all(line.strip() for line in entries), "no empty lines"
    assert all(line == line.strip() for line in entries), "no stray spaces around an entry"
    folded = [e.casefold() for e in entries]
    assert len(folded) == len(set(folded)), sorted({e for e in folded if folded.count(e) > 1})
    assert len(entries) >= MINIMUM[concept]
    assert len(lexicon.rows(concept, lang)) == len(entries)


@pytest.mark.parametrize("lang", LANGS)
def test_role_stems_are_not_too_short(lang: str) -> None:
    """A role is matched as the start of a word: a short stem would swallow unrelated words and names."""
    short = [r for r in lexicon.rows("person_roles", lang) if len(r) < 3]
    assert not short
