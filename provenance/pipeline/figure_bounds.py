"""Bounded and rounded figures: the words before a number that make it a bound ("over 100", "up to 90") or a
rounded figure ("about 12,000"), and how far a rounded figure may stand from the exact one. Read by the anchors'
comparison (:mod:`provenance.pipeline.anchors`) and the word-by-word drift (:mod:`provenance.pipeline.drift`).
"""

from __future__ import annotations

import math
from collections.abc import Container, Iterable, Sequence
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from provenance import lexicon
from provenance.text import script_of

if TYPE_CHECKING:
    from provenance.pipeline.number_units import Number

# Words before a number that make it a rounded or bounded figure (lexicon: anchor_bounds, approximate_qualifiers).
_BOUND_KINDS = {k.lower(): v for k, v in lexicon.table("anchor_bounds").items()}
_ROUNDING = frozenset(list(_BOUND_KINDS) + [w.lower() for w in lexicon.rows("approximate_qualifiers")])
# The most words of such a phrase ("ما لا يقل عن"): how far before a figure its words are read.
BOUND_WORDS = max(len(p.split()) for p in _ROUNDING)


def _longest(before: Sequence[str], phrases: Container[str]) -> str | None:
    """The longest phrase of ``phrases`` that the words ``before`` a figure end with ("no fewer than", not "fewer
    than")."""
    low = [w.lower() for w in before]
    found = (" ".join(low[-n:]) for n in range(min(BOUND_WORDS, len(low)), 0, -1))
    return next((p for p in found if p in phrases), None)


def rounding_before(before: Sequence[str]) -> bool:
    """The words ``before`` a figure end with a bound or an approximation ("over", "about", "не менее")."""
    return rounding_phrase(before) is not None


def rounding_phrase(before: Sequence[str]) -> str | None:
    """The bound or approximation phrase the words ``before`` a figure end with ("more than"), if any."""
    return _longest(before, _ROUNDING)


def bound_kinds(words: Sequence[str]) -> set[str]:
    """The kinds ("lower", "upper") of the bound phrases among the words: "up to" and "as much as" are both
    "upper" (lexicon anchor_bounds)."""
    low = [w.lower() for w in words]
    found = (_longest(low[:end], _BOUND_KINDS) for end in range(1, len(low) + 1))
    return {_BOUND_KINDS[p] for p in found if p is not None} & {"lower", "upper"}


# Words read on each side of a changed span for its bound: "to [as much] as 900" against "to [up to] 900".
BOUND_SPAN_REACH = 2


def same_bound(article: Sequence[str], at: tuple[int, int], source: Sequence[str], s_at: tuple[int, int]) -> bool:
    """The article's words at ``at`` and the source's at ``s_at`` (with :data:`BOUND_SPAN_REACH` words either
    side) hold a bound of one kind: "as much as 900" for "up to 900" drops no qualifier."""
    a = article[max(0, at[0] - BOUND_SPAN_REACH) : at[1] + BOUND_SPAN_REACH]
    s = source[max(0, s_at[0] - BOUND_SPAN_REACH) : s_at[1] + BOUND_SPAN_REACH]
    return bool(bound_kinds(a) & bound_kinds(s))


def bound_keeps(
    before: Sequence[str], article: Iterable[float], source: Iterable[float], article_before: Sequence[str] = ()
) -> bool:
    """The source's figure, after the words ``before`` it, is a bound the article's figures keep: "130 injured"
    for "over 100 others injured", "80" for "up to 90" (lexicon anchor_bounds, its lower and upper rows). An
    article's figure after a bound of the same kind (``article_before``) is another bound, not a figure inside
    this one: "within at most 60 days" for "within at most 90 days" moves the deadline."""
    phrase = _longest(before, _BOUND_KINDS)
    kind = _BOUND_KINDS.get(phrase) if phrase else None
    own = _longest(article_before, _BOUND_KINDS) if article_before else None
    if own is not None and _BOUND_KINDS.get(own) == kind:
        return False
    a, b = list(article), list(source)
    if not a or not b or kind not in ("lower", "upper"):
        return False
    return min(a) > max(b) if kind == "lower" else max(a) < min(b)


# How far a figure after such a word may stand from the source's ("almost 39 million" for 38.6 million: 1 %;
# "more than 11,000" for 11,800: 7 %), and a bare figure rounded to its last digit (12,000 for 11,800: 1.7 %).
ROUNDED_TOLERANCE = 0.1
BARE_ROUNDING_TOLERANCE = 0.03


def rounds(a: Number, b: Number, rounded: frozenset[str]) -> bool:
    """``a`` is ``b`` rounded: written after "about", "almost", "more than" … (``rounded``) and within
    ``ROUNDED_TOLERANCE``, or equal to ``b`` rounded to ``a``'s last non-zero digit and within
    ``BARE_ROUNDING_TOLERANCE``."""
    for va in a.values:
        for vb in b.values:
            if va <= 0 or vb <= 0:
                continue
            off = abs(va - vb) / vb
            if a.text.split()[0] in rounded and off <= ROUNDED_TOLERANCE:
                return True
            unit = 10.0 ** math.floor(math.log10(va))
            while unit > 1e-6 and not math.isclose(va / unit, round(va / unit), abs_tol=1e-9):
                unit /= 10
            if off <= BARE_ROUNDING_TOLERANCE and math.isclose(round(vb / unit) * unit, va, rel_tol=1e-9):
                return True
    return False


_MULTIPLIERS = frozenset(lexicon.table("anchor_multipliers"))
# Letters two forms of one counted noun share at their start ("человек", "человека"); or at most half the letters
# differ ("осіб", "особи").
COUNTED_NOUN_STEM = 3


def counts_other_things(a: str, b: str, source_words: Iterable[str]) -> bool:
    """Two figures followed by these words count different things ("пяти портов" against "шесть рыбаков", where
    the source names "портов" without a figure): two words of letters in one script, no multiplier, no shared stem,
    and the article's noun among the source's words (a synonym, "kişi" for "vatandaşımız", is one thing counted)."""
    if not (a.isalpha() and b.isalpha()) or {a, b} & _MULTIPLIERS or script_of(a[0]) != script_of(b[0]):
        return False  # "метрів" for "metres": a translation, not another noun
    if a[:COUNTED_NOUN_STEM] == b[:COUNTED_NOUN_STEM] or Levenshtein.normalized_similarity(a, b) >= 0.5:
        return False
    stem = a[: COUNTED_NOUN_STEM + 1]
    return any(w.startswith(stem) for w in source_words)
