"""Whether a pair renders the clause that carries its negation.

A sentence often says two things, and the other side renders one of them: a quote cut before the source's
"… and that they do not take orders from X", an article sentence that shares a minister's title with a source
line whose second clause denies injuries. The negation one side has is then not a negation the other dropped.
The encoder that placed the pair tells: without the negated clause, the side that has it is at least as close to
the other side as with it. Where the clause is the whole sentence, or the encoder is not at hand, the drift
stands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from provenance.pipeline import meaning as M
from provenance.pipeline.negation_drift import clause_unshared
from provenance.report import Drift
from provenance.text import SENTENCE_STOP

if TYPE_CHECKING:
    from provenance.semantic.matcher import Match, Matcher

# What is left of a sentence without its negated clause must be a clause too: this many words at least.
REST_MIN_WORDS = 3
# Without the whole sentence that holds the negation, the pair may come this much less close and still not render
# it: a sentence of the other side that shares a word or two with it ("fighters were scrambled" beside "the
# fighters did not fire") keeps a little of its closeness; a sentence the other side renders takes away far more
# (dropping it from a two-sentence pair costs 0.1 and over).
SENTENCE_UNRENDERED_DROP = 0.04


def unrendered_negation(matcher: Matcher, m: Match, text: str, lang: str | None, d: Drift) -> bool:
    """True when ``d`` (a negation drift between article ``text`` and ``m``'s source unit) sits in a clause of
    one side that the other does not render: cutting that clause out brings the pair no further apart."""
    if d.type != "negation":
        return False
    src_lang = m.source.language
    negative, neg_lang, other, other_lang = (
        (m.unit.text, src_lang, text, lang) if d.quote_side is None else (text, lang, m.unit.text, src_lang)
    )
    span = M.negated_clause(negative)
    if span is None:
        return False
    if neg_lang is not None and neg_lang == other_lang and clause_unshared(negative[span[0] : span[1]], other):
        return True  # in one language, the other side has none of the clause's words: it renders another clause
    spec = matcher.used.get(m.model)
    if spec is None or m.bridged:
        return False
    rests = [(negative[: span[0]] + negative[span[1] :], 0.0)]
    sentence = _sentence_around(negative, span)
    if sentence is not None:  # the clause's whole sentence, when the other side renders only its neighbour
        rests.append((negative[: sentence[0]] + negative[sentence[1] :], SENTENCE_UNRENDERED_DROP))
    rests = [(r, drop) for r, drop in rests if len(r.split()) >= REST_MIN_WORDS]
    if not rests:
        return False
    v = matcher.vectors(spec, [other, negative, *(r for r, _ in rests)], [other_lang] + [neg_lang] * (len(rests) + 1))
    return any(float(v[0] @ v[k + 2]) >= float(v[0] @ v[1]) - drop for k, (_, drop) in enumerate(rests))


def _sentence_around(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The sentence of ``text`` that holds ``span``, or None when it is the whole text."""
    a = max((m.end() for m in SENTENCE_STOP.finditer(text, 0, span[0] + 1)), default=0)
    z = next((m.end() for m in SENTENCE_STOP.finditer(text, span[1])), len(text))
    return None if (a == 0 and z >= len(text.rstrip(" .!?"))) else (a, z)


__all__ = ["unrendered_negation"]
