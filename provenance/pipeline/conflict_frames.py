"""Conflicts whose frame agrees: a changed value in an unchanged statement.

An anchor in conflict refutes a weak match (another sentence that happens to give another figure), and so the
matcher takes a penalty off for it and asks more of a pair it takes as drift (:mod:`provenance.semantic.matcher`).
But where the words after the two values are the same, the pair states one fact with another value: "в 14 милях
от побережья" against "в 40 милях от побережья", "depremde 21 kişi hayatını" against "depremde 11 vatandaşımız
hayatını", "by May 10" against "до 20 травня" (the day moved, the month kept), "Monday, March 1" against
"Monday, February 22". Such a conflict is the evidence of
drift, not against the match: it counts as a shared anchor, and the pair needs no more margin than any other.

A number's frame is read only within one language (its neighbouring words); a date's anywhere, since a date keeps
its month across languages (:func:`provenance.pipeline.anchors.compare` writes the month on both sides).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from provenance import lexicon
from provenance.pipeline.anchors import Word, words
from provenance.report import Drift

# The words after a number that may name what it counts: two ("14 милях от", "21 kişi hayatını"); a wider window
# reaches the next clause's words. Not the words before it: "depremde 21 kişi" and "depremde 11 bina" (in the
# earthquake, 21 people and 11 buildings) share the place, not the fact.
FRAME_AFTER = 2
# A frame word has this many letters at least (no preposition or article frames anything) ...
FRAME_MIN_LETTERS = 4
# ... and two forms of one word share their first letters, this many ("kaybetti" and "kaybetmiş").
FRAME_SHARED_PREFIX = 5

_STOPWORDS = lexicon.words("stopwords")
_TODAY = tuple(w.casefold() for w in lexicon.words_all("today_words"))
# A time of day: a page's stamp ("14 آذار 2028 - 11:05"), whose date is the page's.
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)")


def framed(
    conflicts: Sequence[Drift], x_text: str, y_text: str, same_language: bool, same_weekday: bool = False
) -> int:
    """How many of ``conflicts`` (``x_text`` the article side, ``y_text`` the source side) stand in one frame;
    ``same_weekday``: both sides name the same day of the week, which frames a date they give differently
    ("Monday, March 1" against "Monday, February 22": the article moved the day by a week)."""
    xw = ys = own_day = None
    n = 0
    for d in conflicts:
        if d.quote_side is None or d.source_side is None:
            continue
        if d.type == "date":
            own_day = own_day if own_day is not None else _own_day(x_text) or _own_day(y_text)
            n += not own_day and (same_weekday or _same_month(d.quote_side, d.source_side))
        elif d.type == "number" and same_language:
            xw = xw if xw is not None else words(x_text)
            ys = ys if ys is not None else words(y_text)
            n += _prefixed(_frame(xw, d.quote_side), _frame(ys, d.source_side))
    return n


def _own_day(text: str) -> bool:
    """The text dates itself ("today, Monday 13 March", a stamp with its time): its date is the day it was written,
    which a reprint or a later report gives as its own, not the source's date changed."""
    low = f" {' '.join(text.casefold().split())} "
    return any(f" {w} " in low or f" {w}," in low for w in _TODAY) or _CLOCK.search(text) is not None


def _same_month(a: str, b: str) -> bool:
    """A day moved within its month: "10 May" against "20 May" (the month as :func:`compare` writes it)."""
    pa, pb = a.split(), b.split()
    return len(pa) >= 2 and len(pb) >= 2 and pa[1:] == pb[1:] and pa[0] != pb[0]


def _frame(ws: Sequence[Word], number: str) -> set[str]:
    """The content words after the first place ``number`` is written in ``ws``."""
    parts = [p.casefold() for p in number.split()]
    for k in range(len(ws)):
        if [w.low for w in ws[k : k + len(parts)]] == parts:
            return {w.low for w in ws[k + len(parts) : k + len(parts) + FRAME_AFTER] if _content(w.low)}
    return set()


def _content(word: str) -> bool:
    return sum(c.isalpha() for c in word) >= FRAME_MIN_LETTERS and word not in _STOPWORDS


def _prefixed(a: set[str], b: set[str]) -> bool:
    """A word of one frame in the other, or a form of it."""
    return bool(a & b) or any(
        x[:FRAME_SHARED_PREFIX] == y[:FRAME_SHARED_PREFIX]
        for x in a
        for y in b
        if min(len(x), len(y)) >= FRAME_SHARED_PREFIX
    )
