"""The article's texts as the semantic stage reads them: the rivals a source unit is compared with
(``article_context``), a sentence without its quotations and page furniture (``unquoted_text``), and where a
quote's lead-in starts."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from provenance.semantic.matcher import Query
from provenance.semantic.units import word_count

if TYPE_CHECKING:
    from provenance.pipeline.context import Context


def lead_in(text: str, start: int) -> str:
    """The words of a quote's sentence before its opening mark ("the agreement did not mean")."""
    cut = max(text.rfind(c, 0, start) for c in ".!?\n")
    return text[cut + 1 : start]


def article_context(ctx: Context) -> list[Query]:
    """The article's quotes and unquoted sentences as rivals for a source unit (with their lexical matches)."""
    out = []
    for q in ctx.quotes:
        m = q.match
        matched = (m.source, m.source_start, m.source_end) if m.source and m.source_start is not None else None
        out.append(Query(q.text, None, q.start, q.end, matched))  # type: ignore[arg-type]
    quoted = left_out(ctx)
    by_span = {(p.start, p.end): p for p in ctx.passages}
    for (s0, s1), _ in ctx.unquoted:
        body = unquoted_text(ctx.text, s0, s1, quoted)
        if word_count(body) < ctx.settings.semantic_min_unit_words:
            continue
        p = by_span.get((s0, s1))
        matched = (p.match.source, p.match.source_start, p.match.source_end) if p is not None else None
        out.append(Query(body, None, s0, s1, matched))
    lang = getattr(ctx.language, "code", None)
    return [dataclasses.replace(c, lang=lang) for c in out]


def left_out(ctx: Context) -> list[tuple[int, int]]:
    """What a sentence's meaning is read without: its quotations and page furniture (a dateline before a lede)."""
    return [(q.start, q.end) for q in ctx.quotes] + ctx.furniture


def after_furniture(furniture: Sequence[tuple[int, int]], text: str, s0: int, s1: int) -> int:
    """Where a sentence's own words start: after a dateline (or other furniture) that opens it."""
    start = s0
    while (cover := next((b for a, b in furniture if a <= start < b), None)) is not None:
        start = cover
    while start < s1 and not text[start].isalnum() and text[start] not in "\"“«„'‘":
        start += 1
    return start if start < s1 else s0


def unquoted_text(text: str, s0: int, s1: int, quoted: Sequence[tuple[int, int]]) -> str:
    """The sentence without the quotations (or other spans) inside it."""
    out, pos = [], s0
    for a, b in sorted(quoted):
        if b <= s0 or a >= s1:
            continue
        out.append(text[pos : max(pos, a - 1)])
        pos = max(pos, b + 1)
    out.append(text[pos:s1])
    return " ".join(" ".join(out).split())
