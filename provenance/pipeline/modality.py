"""Modality in an alignment: a modal word of one strength replaced by one of another ("will" for "may",
"must" for "should"), in any language (lexicon ``modality.LANG.tsv``). A modal merely dropped is tense, not
hedging ("will" for "would" in reported speech belongs to one class)."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from provenance import lexicon
from provenance.pipeline.negation_drift import negations
from provenance.pipeline.pieces import Op
from provenance.text import Token, norm_word


@functools.cache
def modal_classes() -> dict[str, frozenset[str]]:
    """Modal word -> strength classes, every language (lexicon ``modality.LANG.tsv``)."""
    out: dict[str, frozenset[str]] = {}
    for lang in lexicon.languages("modality"):
        for word, classes in lexicon.table("modality", lang).items():
            out[norm_word(word)] = frozenset(classes.split(","))
    return out


# A modal of ability with a negation beside it ("can not be permitted", "ne peut pas être") says what must not be
# (not possible is necessarily not): it has the strength of "must not" too. Read one word either side, which
# holds the negation in every language the lexicons read ("kann nicht", "не может", "no puede", "ne peut pas").
ABILITY_CLASS, NEGATED_ABILITY_CLASS = "able", "certain"


def modals_of(toks: Sequence[Token], text: str, a: int = 0, b: int | None = None) -> frozenset[str]:
    """The strength classes of the modal words among ``toks[a:b]`` ("May" capitalised is the month); a word
    beside the range may negate one at its edge."""
    classes, negators = modal_classes(), negations()
    out: set[str] = set()
    b = len(toks) if b is None else b
    for i in range(a, b):
        t = toks[i]
        if t.norm in classes and not text[t.start : t.start + 1].isupper():
            out |= classes[t.norm]
            near = toks[max(0, i - 1) : i + 2]
            if ABILITY_CLASS in classes[t.norm] and any(w.norm in negators for w in near):
                out.add(NEGATED_ABILITY_CLASS)
    return frozenset(out)


# A modal and its verb may fall in two operations side by side ("may" left out, then "will raise it" for "increase
# the release"): such neighbouring operations are read as one change, up to this many words a side.
MODAL_RUN_WORDS = 8


def change_runs(ops: Sequence[Op]) -> list[tuple[int, int, int, int]]:
    """(q1, q2, s1, s2) of each run of neighbouring operations that are not equal; a run of several operations
    longer than ``MODAL_RUN_WORDS`` on a side is read operation by operation."""
    runs: list[list[Op]] = []
    for k, o in enumerate(ops):
        if o.tag == "equal":
            continue
        if runs and k > 0 and ops[k - 1].tag != "equal":
            runs[-1].append(o)
        else:
            runs.append([o])
    out: list[tuple[int, int, int, int]] = []
    for run in runs:
        q1, q2, s1, s2 = run[0].q1, run[-1].q2, run[0].s1, run[-1].s2
        if len(run) > 1 and max(q2 - q1, s2 - s1) > MODAL_RUN_WORDS:
            out.extend((o.q1, o.q2, o.s1, o.s2) for o in run)
        else:
            out.append((q1, q2, s1, s2))
    return out


# Words that are a modal only outside reported speech (German "würde": the reported mood of any verb where the
# sentence reports in Konjunktiv I), and the forms that mark a sentence as reported (lexicons reported_modals,
# reportive_forms; the reported modals themselves mark nothing: "würde" alone is a conditional).
_REPORTED_MODALS = frozenset(norm_word(w) for w in lexicon.words_all("reported_modals"))
_REPORTING = frozenset(norm_word(w) for w in lexicon.words_all("reportive_forms")) - _REPORTED_MODALS
_SENTENCE_ENDS = frozenset(".!?")


def _sentence(toks: Sequence[Token], text: str, a: int, b: int) -> range:
    """The indexes of the words of the sentence (or sentences) that hold ``toks[a:b]``."""
    lo, hi = a, max(a, b - 1)
    while lo > 0 and not _SENTENCE_ENDS & set(text[toks[lo - 1].end : toks[lo].start]):
        lo -= 1
    while hi + 1 < len(toks) and not _SENTENCE_ENDS & set(text[toks[hi].end : toks[hi + 1].start]):
        hi += 1
    return range(lo, hi + 1)


def _reported(toks: Sequence[Token], text: str, a: int, b: int, classes: frozenset[str]) -> frozenset[str]:
    """``classes`` of the modals in ``toks[a:b]``, less those of a reported modal where its sentence reports."""
    said = [toks[i].norm for i in range(a, b) if toks[i].norm in _REPORTED_MODALS]
    if not said or not any(toks[i].norm in _REPORTING for i in _sentence(toks, text, a, b)):
        return classes
    return modals_of([t for t in toks[a:b] if t.norm not in _REPORTED_MODALS], text)


def modal_changes(
    ops: Sequence[Op], qt: Sequence[Token], doc: str, stoks: Sequence[Token], stext: str
) -> list[tuple[int, int, int, int]]:
    """(q1, q2, s1, s2) of each change whose two sides hold modals of no common strength; a reported modal in a
    sentence that reports is none ("die Brücke sei sicher und würde bald geöffnet" for "… und kann bald öffnen")."""
    out = []
    for q1, q2, s1, s2 in change_runs(ops):
        qm, sm = modals_of(qt, doc, q1, q2), modals_of(stoks, stext, s1, s2)
        qm, sm = _reported(qt, doc, q1, q2, qm), _reported(stoks, stext, s1, s2, sm)
        if qm and sm and not (qm & sm):
            out.append((q1, q2, s1, s2))
    return out


__all__ = ["MODAL_RUN_WORDS", "change_runs", "modal_changes", "modal_classes", "modals_of"]
