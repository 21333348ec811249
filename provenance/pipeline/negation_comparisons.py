"""Negation words inside a comparison that deny nothing: "más fuerte que nunca" (stronger than ever) and "as much,
if not more" (as much, perhaps more). :func:`provenance.pipeline.meaning.negated` passes over them."""

from __future__ import annotations

from collections.abc import Sequence

from provenance import lexicon
from provenance.pipeline.anchors import Word

_EVER_ROWS = [row.split("\t") for row in lexicon.rows("negation_comparative_ever", ext="tsv")]
_EVER = {kind: frozenset(w.strip() for k, w in _EVER_ROWS if k == kind) for kind in ("ever", "link", "comparative")}
# How far before "que nunca" the word of comparison may stand ("más unida y fuerte que nunca").
COMPARATIVE_REACH = 5
_IF_NOT_ROWS = [row.split("\t") for row in lexicon.rows("negation_if_not", ext="tsv")]
_IF_NOT = {
    kind: frozenset(w.strip().casefold() for k, w in _IF_NOT_ROWS if k == kind)
    for kind in ("if", "even", "comparative")
}


def than_ever(ws: Sequence[Word], k: int) -> bool:
    """A "never" after a comparison and its link, as "ever" (lexicon negation_comparative_ever)."""
    if ws[k].low not in _EVER["ever"] or k < 2 or ws[k - 1].low not in _EVER["link"]:
        return False
    return any(x.low in _EVER["comparative"] for x in ws[max(0, k - 1 - COMPARATIVE_REACH) : k - 1])


def if_not_more(ws: Sequence[Word], k: int) -> bool:
    """A negation between "if" and a comparison ("if not more", "wenn nicht sogar mehr"): a figure raised, no
    denial (lexicon negation_if_not)."""
    if not k or ws[k - 1].low not in _IF_NOT["if"]:
        return False
    after = [w.low for w in ws[k + 1 : k + 3]]
    if after and after[0] in _IF_NOT["even"]:
        after = after[1:]
    return bool(after) and after[0] in _IF_NOT["comparative"]
