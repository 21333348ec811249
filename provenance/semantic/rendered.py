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
from provenance.report import Drift

if TYPE_CHECKING:
    from provenance.semantic.matcher import Match, Matcher

# What is left of a sentence without its negated clause must be a clause too: this many words at least.
REST_MIN_WORDS = 3


def unrendered_negation(matcher: Matcher, m: Match, text: str, lang: str | None, d: Drift) -> bool:
    """True when ``d`` (a negation drift between article ``text`` and ``m``'s source unit) sits in a clause of
    one side that the other does not render: cutting that clause out brings the pair no further apart."""
    if d.type != "negation" or m.bridged:
        return False
    spec = matcher.used.get(m.model)
    if spec is None:
        return False
    src_lang = m.source.language
    negative, neg_lang, other, other_lang = (
        (m.unit.text, src_lang, text, lang) if d.quote_side is None else (text, lang, m.unit.text, src_lang)
    )
    span = M.negated_clause(negative)
    if span is None:
        return False
    rest = negative[: span[0]] + negative[span[1] :]
    if len(rest.split()) < REST_MIN_WORDS:
        return False
    v = matcher.vectors(spec, [other, negative, rest], [other_lang, neg_lang, neg_lang])
    return float(v[0] @ v[2]) >= float(v[0] @ v[1])


__all__ = ["unrendered_negation"]
