"""Figures a changed-number drift must not be read on: an article's earlier values, and a source's figures for a
year the article never names.

An article often gives the new figures with the old ones beside them ("2.5 percent in 2024, up from its previous
estimate of 2.3 percent"), where the statement gives only the new; and a statement gives a figure for a year the
article leaves out ("1.9 per cent in 2026"). Set against each other, the two are no changed number: neither side
renders the other's (real coverage of a central bank's projections: two of two such alarms false).

Across languages the nouns two figures count are not compared (one language's rule,
:func:`provenance.pipeline.figure_bounds.counts_other_things`), so a pair is taken for one changed figure only where
it is plain (:func:`unpaired_across`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from provenance import lexicon
from provenance.pipeline.number_units import log_distance
from provenance.report import Drift

if TYPE_CHECKING:
    from provenance.pipeline.anchors import Anchors

_CUES = tuple(sorted((w.casefold() for w in lexicon.words("prior_value_cues")), key=len, reverse=True))
_CUE = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(c) for c in _CUES)})")
# How far before a figure a cue may stand ("up from its previous estimate of | 2.3").
CUE_REACH_CHARS = 45
# A year right after a source's figure ("1.9 per cent in 2026"): within this many characters.
YEAR_REACH_CHARS = 25
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _at(text: str, figure: str) -> list[int]:
    """Where ``figure`` stands in ``text`` as a whole number (not inside "2024" or "2.25")."""
    return [m.start() for m in re.finditer(rf"(?<![\d.,]){re.escape(figure)}(?![\d]|[.,]\d)", text)]


def _cued(text: str, at: int) -> bool:
    return _CUE.search(text[max(0, at - CUE_REACH_CHARS) : at].casefold()) is not None


def background_figure(d: Drift, x_text: str, y_text: str) -> bool:
    """A number conflict between an earlier value the article gives (after a cue of lexicon prior_value_cues) or a
    source figure for a year the article never names, and the other side's figure."""
    if d.type != "number" or not d.quote_side or not d.source_side:
        return False
    if any(_cued(x_text, at) for at in _at(x_text, d.quote_side)):
        return True
    years = set(_YEAR.findall(x_text))
    for at in _at(y_text, d.source_side):
        after = _YEAR.search(y_text, at + len(d.source_side), at + len(d.source_side) + YEAR_REACH_CHARS)
        if after and after.group() not in years:
            return True
    return False


# Orders of magnitude (natural log) past which two figures across languages are two facts: a slip of scale, a
# thousand for a million, is 6.9; a count of two agreements beside 32 million tonnes is 16.
CROSS_FIGURE_SPAN = 7.0
# Words that make a figure a count of occurrences ("three times", "trois fois", "три раза"; lexicon
# anchor_frequency_words).
_FREQUENCY = frozenset(w.casefold() for w in lexicon.words("anchor_frequency_words"))


def unpaired_across(d: Drift, x_text: str, y_text: str, x: Anchors, y: Anchors) -> bool:
    """A number conflict across languages that is no changed figure: the two stand further apart than
    ``CROSS_FIGURE_SPAN``, or one counts occurrences and the other does not ("extended three times" beside "two
    agreements were signed"). The nouns two figures count are not compared across languages otherwise; on a real
    story's coverage both such alarms were false."""
    if d.type != "number" or not d.quote_side or not d.source_side:
        return False
    if _counts_times(x_text, d.quote_side) != _counts_times(y_text, d.source_side):
        return True
    a = next((n for n in x.numbers if n.text == d.quote_side), None)
    b = next((n for n in y.numbers if n.text == d.source_side), None)
    return a is not None and b is not None and log_distance(a.values, b.values) > CROSS_FIGURE_SPAN


def _counts_times(text: str, figure: str) -> bool:
    """Every place ``figure`` stands in ``text`` is followed by a word of lexicon anchor_frequency_words."""
    found = [re.match(r"\W*(\w+)", text[at + len(figure) :]) for at in _at(text, figure)]
    return bool(found) and all(m is not None and m.group(1).casefold() in _FREQUENCY for m in found)
