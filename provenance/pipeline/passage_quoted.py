"""Drift a passage's own quote explains away: the source words a passage "does not render" that a quote inside
the passage renders ("…, noting: 'No innovator will ever build …'"). The passage's words leave the quote's out (it
is checked as a quote), so its alignment sees the source's sentence as dropped. Read by the run after every quote
and passage is matched."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from provenance.report import Drift, Passage, Quote


def quoted_away(passages: Sequence[Passage], quotes: Sequence[Quote], sources: Mapping[str, str]) -> list[Passage]:
    """A drift whose article side is absent and whose source side stands in the source span that a quote of the
    same sentence was matched to is dropped: the quote renders those words."""

    def rendered(p: Passage, d: Drift) -> bool:
        if d.quote_side or not d.source_side:
            return False
        src = sources.get(p.match.source, "")
        at = src.find(d.source_side, p.match.source_start or 0)
        if at < 0:
            return False
        return any(
            q.match.source == p.match.source and q.match.source_start is not None and q.match.source_end is not None
            and q.match.source_start <= at and at + len(d.source_side) <= q.match.source_end + 1
            and p.start <= q.start and q.end <= p.end + 1
            for q in quotes
        )  # fmt: skip

    return [
        replace(p, drift=tuple(d for d in p.drift if not rendered(p, d))) if p.drift else p
        for p in passages
    ]  # fmt: skip
