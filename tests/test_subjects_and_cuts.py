"""A denial of one person's act against a claim of another's (:mod:`provenance.semantic.claim_subjects`), and a
quote that runs on past the end of a source a store cut short (:func:`provenance.semantic.carriers.past_cut`)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from provenance.semantic.carriers import past_cut
from provenance.semantic.claim_subjects import someone_else
from provenance.semantic.matcher import Query

CLAIM = "Mayor Ivo Marek says he will stand down, and has endorsed Deputy Mayor Ana Lind to run for re-election."
DENIAL = "Mayor Ivo Marek announces that he won't run for re-election"


def _span(claim: str, words: str) -> tuple[int, int]:
    start = claim.index(words)
    return start, start + len(words)


def test_a_claim_of_another_named_subject_is_no_contradiction_of_the_denial() -> None:
    assert someone_else(CLAIM, 0, _span(CLAIM, "run for re-election"), DENIAL)
    # the same person before "to" is the denial's own subject
    claim = "The council asked Mayor Ivo Marek to run for re-election."
    assert not someone_else(claim, 0, _span(claim, "run for re-election"), DENIAL)
    # no named subject right before the words at issue: the claim's subject is the denial's to judge
    claim = "Ivo Marek will run for re-election, his office says."
    assert not someone_else(claim, 0, _span(claim, "run for re-election"), DENIAL)
    # a denial that names no one says nothing of whose act it is
    assert not someone_else(CLAIM, 0, _span(CLAIM, "run for re-election"), "There will be no run for re-election")


def test_offsets_are_the_pages() -> None:
    page = "Headline.\n" + CLAIM
    a, b = _span(page, "run for re-election")
    assert someone_else(CLAIM, page.index(CLAIM), (a, b), DENIAL)


def _match(source_text: str, unit_start: int, unit_end: int, language: str = "en") -> Any:
    source = SimpleNamespace(text=source_text, language=language)
    return SimpleNamespace(source=source, unit=SimpleNamespace(start=unit_start, end=unit_end))


STORED = "Thank you all.\nI want to thank the harbour workers for their patience and for bein"


def test_a_quote_that_runs_past_a_source_cut_mid_word_is_past_the_cut() -> None:
    m = _match(STORED, STORED.index("I want"), len(STORED))
    assert past_cut(Query("for being the best crews a port could wish for", "en"), m)
    assert past_cut(Query("and for being there every night of the storm", "en"), m)


def test_a_quote_within_the_stored_text_or_in_another_language_is_not() -> None:
    m = _match(STORED, STORED.index("I want"), len(STORED))
    assert not past_cut(Query("I want to thank the harbour workers for their patience", "en"), m)
    assert not past_cut(Query("pour leur patience et pour avoir été là", "fr"), m)
    # a source that ends with a stop is whole; a unit before its end is not at the cut
    whole = STORED + "g there."
    assert not past_cut(Query("and for being there every night of the storm", "en"), _match(whole, 15, len(whole)))
    assert not past_cut(Query("and for being there every night of the storm", "en"), _match(STORED, 0, 14))
