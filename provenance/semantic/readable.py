"""Which drift can be read off an article span and the source unit it renders: the clause-level drift (negation,
modality, a dropped qualifier) only where the two are the same clauses, names only where the source's capitals
are names."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from provenance import lexicon
from provenance.pipeline import anchors as A
from provenance.pipeline import meaning as M
from provenance.report import Drift
from provenance.semantic.units import word_count


def clauses_compared(text: str, src: str, start: int, unit: str) -> bool:
    """Whether the clauses of ``text`` and of the source ``unit`` (at ``start`` in ``src``) are compared at all:
    not where the unit is far longer than the text, nor where it is the tail of a contrast."""
    return word_count(unit) <= CLAUSE_DRIFT_MAX_RATIO * word_count(text) and not contrast_tail(src, start)


# A source unit this many times the article side's words holds clauses the article side does not render (a
# two-sentence quote set against three paragraphs of a statement): a negation, hedge or qualifier in it is no
# word of the rendering's to have dropped. (A translation runs to about 1.5 times its source's words at most.)
CLAUSE_DRIFT_MAX_RATIO = 3


def contrast_tail(src: str, start: int) -> bool:
    """The unit opens with a negation right after a comma in its source: the tail of "X, not Y" ("ferries serve the
    larger islands, not the small harbours"), whose negation denies Y beside X, not the unit's own claim."""
    before = src[:start].rstrip()
    return before.endswith(",") and M.negated(M.words(src[start : start + 40])[:1]) is not None


def readable(
    found: Sequence[Drift], text: str, page: str, source_language: str | None, language: str | None = None
) -> list[Drift]:
    """The drift that can be read off this pair: a German source's capitals are nouns, not names ("Tat",
    :func:`~provenance.pipeline.anchors.capitals_are_names`); a text
    that the page cuts off before its stop lacks what its end would say ("… est inacceptable"), so no negation,
    hedge or qualifier of it is read as dropped; and a side in a language whose clause words no lexicon holds
    (Persian negates a verb with a prefix: "نشده") says nothing of its negations, hedges or qualifiers."""
    out = [d for d in found if d.type != "name" or A.capitals_are_names(source_language)]
    cut = text.rstrip()[-1:] not in _STOPS and page.rstrip().endswith(text.rstrip())  # ("… про кір,")
    if cut or not (_clauses_read(source_language) and _clauses_read(language)):
        out = [d for d in out if d.type not in CLAUSE_DRIFT]
    return out


CLAUSE_DRIFT = ("negation", "modality", "dropped_qualifier")
_STOPS = frozenset(".!?…。؟")  # a sentence's last character where the page did not cut it


@functools.lru_cache(maxsize=64)
def _clauses_read(language: str | None) -> bool:
    """The negation lexicon holds the language (an unknown one, None, is read as the lexicons read any)."""
    return language is None or language in lexicon.languages("negation")


__all__ = ["CLAUSE_DRIFT", "CLAUSE_DRIFT_MAX_RATIO", "clauses_compared", "contrast_tail", "readable"]
