"""Sequence: a rendering keeps its source's order.

A translator or a reporter who renders a statement goes through it in order: the quote after a placed quote
renders the source a little further on. A text whose best unit stands right after (or right before) the unit
its article neighbour was placed on, in the same source, has evidence its own margin cannot see, as a shared
number is (``semantic_sequence_bonus``). Sentence aligners of parallel text (Gale and Church 1993, hunalign)
rest on the same monotonicity.

Only the nearest placed text on each side counts, and only within ``semantic_sequence_gap_chars`` of the
unit: a statement rendered from its first paragraph and its last is two places, not a sequence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from provenance.semantic.matcher import Match, Query

__all__ = ["BETWEEN_BONUS", "Placed", "between", "neighbour", "one_source"]


@dataclass(frozen=True)
class Placed:
    """An article text already placed on a source span: where it starts in the article, and that span."""

    start: int
    source: str
    source_start: int
    source_end: int


def neighbour(start: int, m: Match, placed: Sequence[Placed], gap: int) -> Placed | None:
    """The article neighbour (the nearest placed text before ``start`` or after it) whose span stands next to
    ``m``'s unit in the order of the article: before the unit for the text before, after it for the text after,
    in the same source and at most ``gap`` characters away; None when neither does."""
    before = max((p for p in placed if p.start < start), key=lambda p: p.start, default=None)
    after = min((p for p in placed if p.start > start), key=lambda p: p.start, default=None)
    u = m.unit
    if before is not None and before.source == m.source.id and _in_order(before.source_start, before.source_end,
                                                                          u.start, u.end, gap):  # fmt: skip
        return before
    if after is not None and after.source == m.source.id and _in_order(u.start, u.end, after.source_start,
                                                                        after.source_end, gap):  # fmt: skip
        return after
    return None


def _in_order(a_start: int, a_end: int, b_start: int, b_end: int, gap: int) -> bool:
    """Span a comes before span b (each starts and ends first, not the same span) at most ``gap`` apart."""
    return a_start < b_start and a_end < b_end and b_start - a_end <= gap


# A sentence of a quote between two sentences of it placed in order in one source, its own best unit between
# theirs, needs this much less again: both neighbours bound where it can stand, and a short sentence ("This is
# under way.") stands out from nothing in any encoder (a rendering's 4-word sentence at margin 0.30).
BETWEEN_BONUS = 0.1


def between(before: Match, m: Match, after: Match, gap: int) -> bool:
    """``m``'s unit stands after ``before``'s and before ``after``'s, in their source, each within ``gap``."""
    b, u, a = before.unit, m.unit, after.unit
    same = before.source.id == m.source.id == after.source.id
    return same and _in_order(b.start, b.end, u.start, u.end, gap) and _in_order(u.start, u.end, a.start, a.end, gap)


def one_source(
    matcher: Any, parts: Sequence[tuple[Query, Match | None]], sources: Sequence[Any], context: Sequence[Query],
    settings: Any,
) -> list[tuple[Query, Match | None]]:  # fmt: skip
    """The sentences of one quote, those placed off the source most of them are placed in asked again against
    it alone: a statement repeats its lines elsewhere ("neither the region nor the world can afford another
    war", said again to a council), and a short sentence stands out from nothing ("I call for a ceasefire.")."""
    ids = Counter(p.source.id for _, p in parts if p is not None)
    if not ids or (len(ids) == 1 and None not in (p for _, p in parts)):
        return list(parts)
    main = ids.most_common(1)[0][0]
    src = next((x for x in sources if x.id == main), None)
    redo = [q for q, p in parts if p is None or p.source.id != main]
    if src is None or not redo:
        return list(parts)
    again = dict(zip((q.start for q in redo), matcher.match(redo, [src], context, settings, False), strict=True))
    return [(q, again.get(q.start, p)) for q, p in parts]
