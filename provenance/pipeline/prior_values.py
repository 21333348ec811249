"""Figures a changed-number drift must not be read on: an article's earlier values, and a source's figures for a
year the article never names.

An article often gives the new figures with the old ones beside them ("2.5 percent in 2024, up from its previous
estimate of 2.3 percent"), where the statement gives only the new; and a statement gives a figure for a year the
article leaves out ("1.9 per cent in 2026"). Set against each other, the two are no changed number: neither side
renders the other's (real coverage of a central bank's projections: two of two such alarms false).
"""

from __future__ import annotations

import re

from provenance import lexicon
from provenance.report import Drift

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
