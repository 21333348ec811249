"""Editions of one statement among the sources. A quote placed across languages on a statement whose edition in the
quote's language is a source too (a leader's post in English beside the same post in French, a French article
quoting it in French words of its own) rewords that edition; it translates nothing (:func:`edition_in_language`,
read when the stage files a quote). And a quote two editions in two other languages both nearly carry, on units
that render each other, is their translation: the two near placements agree (:func:`editions_agree`, read for the
quotes the first pass leaves)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from provenance import lexicon
from provenance.semantic.carriers import first_line_text
from provenance.semantic.matcher import Match, Query, same_language
from provenance.semantic.units import overlaps
from provenance.text import word_trie

if TYPE_CHECKING:
    from provenance.pipeline.context import Context
    from provenance.semantic.matcher import Matcher


def edition_in_language(matcher: Matcher, ctx: Context, query: Query, m: Match) -> Match | None:
    """The unit of another source in the quote's language that renders ``m``'s unit (``m`` placed the quote
    across languages): the same statement's edition, where the unit pair clears its model's cross-language margin
    by ``semantic_edition_twin_extra`` (editions' sentences score far above two statements on one subject)."""
    s = ctx.settings
    others = [src for src in ctx.sources if src.id != m.source.id and same_language(src.language, query.lang)]
    if not others or query.lang is None:
        return None
    twin = matcher.match([Query(m.unit.text, m.source.language)], others, [], s, context_across=False)[0]
    if twin is None or not twin.accepted(True, s.semantic_edition_twin_extra) or translation_titled(twin.source.text):
        return None  # (an edition its title calls a translation: the quote may be another translation of the original)
    return twin


_TRANSLATION = re.compile(rf"(?<![\w-])(?:{word_trie(lexicon.words('translation_marks'))})(?![\w-])", re.I)


def translation_titled(text: str) -> bool:
    """The source's title line calls it a translation ("English version", "unofficial translation", "перевод";
    lexicon translation_marks)."""
    return bool(_TRANSLATION.search(first_line_text(text)))


def editions_agree(
    matcher: Matcher, ctx: Context, query: Query, m: Match, context: Sequence[Query]
) -> tuple[Match, Match] | None:
    """``m`` (a cross-language placement short of its margin by ``semantic_edition_agree_slack`` at most) and the
    best unit of another source in a third language, as near, where the two units render each other as editions
    do (:func:`edition_in_language`'s test): two encodings of one statement agreeing on the quote."""
    s = ctx.settings
    if m.evidence < m.threshold(True) - s.semantic_edition_agree_slack:
        return None
    others = [
        src for src in ctx.sources
        if not same_language(src.language, m.source.language) and not same_language(src.language, query.lang)
    ]  # fmt: skip
    alt = matcher.match([query], others, context, s, context_across=False)[0] if others else None
    if alt is None or alt.evidence < alt.threshold(True) - s.semantic_edition_agree_slack:
        return None
    twin = matcher.match([Query(m.unit.text, m.source.language)], [alt.source], [], s, context_across=False)[0]
    if twin is None or not overlaps(twin.unit, alt.unit) or not twin.accepted(True, s.semantic_edition_twin_extra):
        return None
    return m, alt
