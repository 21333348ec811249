"""English contractions as the words they stand for: "It's clear" quotes "it is clear", "we don't" quotes "we do
not". A transcript spells out what a speaker contracted and a newspaper's house style contracts what a release
spelled out; neither changes the speaker's words. Read by ``align._variant_note`` (lexicon ``contractions.en``, as
``variants`` reads it): where the alignment pairs a contraction with part of its words, the word beside the operation
completes them."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from provenance.pipeline import variants


def expansions(word: str) -> list[tuple[str, ...]]:
    """The words a contracted word stands for ("it's" → ("it", "is")); [] for any other word (an abbreviation
    written out is the variants' own note, not this one's)."""
    full = variants.spelled_out(word) if "'" in word or "’" in word else None
    return [full] if full else []


def _spelled(words: Sequence[str]) -> list[list[str]]:
    """Every reading of ``words`` with each contraction spelled out (a few at most)."""
    out: list[list[str]] = [[]]
    for w in words:
        out = [[*o, *e] for o in out for e in (expansions(w) or [(w,)])][:16]
    return out


def same_words(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two runs of words are one run once their contractions are spelled out."""
    if list(a) == list(b) or not any("'" in w or "’" in w for w in [*a, *b]):
        return False
    spelled_b = _spelled(b)
    return any(x in spelled_b for x in _spelled(a))


def contracted(tag: str, quote: Sequence[str], q1: int, q2: int, source: Sequence[str], s1: int, s2: int) -> bool:
    """Whether an alignment operation only spells out or makes a contraction: its words, with the word on either
    side of it that the contraction shares ("it" of "it is" left before an op that pairs "it's" with "is"; "do"
    deleted before "don't" paired with "not"), read the same on both sides. Words are normalised tokens."""
    near = [*quote[max(0, q1 - 1) : q2 + 1], *source[max(0, s1 - 1) : s2 + 1]]
    if not any("'" in w or "’" in w for w in near):
        return False  # no contraction within reach (most operations: read once, not for each window)
    s_starts = (s1, s1 - 1, s1 + 1) if q1 == 0 else (s1, s1 - 1)  # (a source word before the quote's start is
    s_ends = (s2, s2 + 1, s2 - 1) if q2 == len(quote) else (s2, s2 + 1)  # no part of it: "addition, it's" for "It is")
    for qa, qb, sa, sb in itertools.product((q1, q1 - 1), (q2, q2 + 1), s_starts, s_ends):
        if (qa, qb, sa, sb) == (q1, q2, s1, s2) and tag != "replace":
            continue
        if 0 <= qa < qb <= len(quote) and 0 <= sa < sb <= len(source) and same_words(quote[qa:qb], source[sa:sb]):
            return True
    return False
