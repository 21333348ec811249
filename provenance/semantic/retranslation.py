"""Altered quotes that are another translation: an article quoting its own translation of a statement whose
other translation is a source ("stab in the back" where the English edition has "knife in the back", and the
Russian original is a source too) renders the original; it does not alter the edition.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from provenance.pipeline.align import chrf
from provenance.pipeline.attribution import same_speaker
from provenance.pipeline.quote_homes import named_person
from provenance.pipeline.speaker_phrases import _FULL_NAME
from provenance.report import Quote, QuoteMatch
from provenance.semantic.carriers import first_line_text
from provenance.semantic.matcher import Match, Matcher, Query, same_language
from provenance.semantic.twins import translation_titled
from provenance.semantic.units import language_at, overlaps, source_units
from provenance.settings import Settings

if TYPE_CHECKING:
    from provenance.pipeline.align import PreparedSource
    from provenance.pipeline.context import Context

# A quote this short (words) is not placed across languages by itself (too few words for an encoder's margin); an
# altered one of this length is another translation where the edition's whole sentence renders the original's.
SHORT_QUOTE_WORDS = 6


def retranslated(matcher: Matcher, ctx: Context, context: Sequence[Query]) -> None:
    """An ``altered`` quote that differs from its source in wording only (no drift) and renders a source in
    another language: another translation of the original, not an altered quote ("dragged into a criminal
    adventure … armed rebellion" against the official English "… armed mutiny" of a Russian speech). ``context``:
    the article's other texts, the rivals of the margin."""
    s, by_id = ctx.settings, {src.id: src for src in ctx.sources}
    for i, q in enumerate(ctx.quotes):
        own = by_id.get(q.match.source or "")
        if q.match.kind != "altered" or q.drift or own is None:
            continue
        others = [src for src in ctx.sources if not same_language(src.language, own.language)]
        query = Query(q.text, language_at(ctx, q.start, q.end, q.text), q.start, q.end)
        m = matcher.match([query], others, context, s, context_across=False)[0] if others else None
        words = "; ".join(f"“{c.quote}” for “{c.source}”" for c in q.match.changes if c.quote and c.source)
        if m is None or same_language(query.lang, m.source.language) or not m.accepted(True):
            # too short to place across languages by itself ("stab in the back" for the English edition's "knife
            # in the back"): the edition's sentence it alters renders a sentence of the original
            m = _edition_sentence(matcher, q, own, others, s) if len(q.text.split()) <= SHORT_QUOTE_WORDS else None
            if m is not None:
                why = (f"{m.reason()} between {own.id}'s sentence and the original; the quote, too short to place "
                       f"by itself, words that translation differently ({words}): another translation")  # fmt: skip
                qm = QuoteMatch("translated", m.source.id, m.unit.start, m.unit.end, m.similarity, None, (), reason=why)
                ctx.quotes[i] = dataclasses.replace(q, match=qm)
            continue
        # ... and the two sources are editions of one statement: the span the quote alters renders that unit
        altered = own.text[q.match.source_start or 0 : q.match.source_end or 0]
        # (the same unit nearest to it is the evidence: the quote's own match has cleared the margin already)
        back = matcher.match([Query(altered, own.language)], [m.source], [], s, context_across=False)[0]
        if back is None or back.evidence < s.semantic_second_opinion_floor or not overlaps(back.unit, m.unit):
            continue
        if not _parallel(matcher, own, q.match.source_start or 0, q.match.source_end or 0, m, s):
            continue  # two statements on one subject ("Putin is responsible"), not two editions of one
        if _two_issuers(own, m.source, s):
            continue  # two leaders' posts on one event (their phrases alike), not two editions of one
        why = f"{m.reason()}; another translation than {own.id}'s, which it words differently ({words})"
        span = (m.unit.start, m.unit.end)
        qm = QuoteMatch("translated", m.source.id, *span, m.similarity, chrf(q.text, m.unit.text), (), reason=why)
        ctx.quotes[i] = dataclasses.replace(q, match=qm)


def _two_issuers(a: PreparedSource, b: PreparedSource, s: Settings) -> bool:
    """Whether the two sources' heading lines open on two issuers ("Jana Roe, post on X" and "Ivo Marek, post on X";
    or a person's and a ministry's): two statements, whatever they share; editions of one head with one issuer."""
    if translation_titled(a.text) or translation_titled(b.text):
        return False  # one says it is a translation: of the other's statement, for all its heading names
    lines = [first_line_text(src.text).strip() for src in (a, b)]
    if any(not line or line[-1:] in ".!?…" for line in lines):
        return False  # a text that opens on a sentence, not a title: no issuer named
    heads = [m if m is not None and named_person(m.group()) else None for m in map(_FULL_NAME.match, lines)]
    if any(m is not None and m.group().split()[-1] in lines[1 - k] for k, m in enumerate(heads)):
        return False  # the other heading names this one's issuer too ("X (English), translation of Y's message")
    if heads[0] is not None and heads[1] is not None:
        return same_speaker(heads[0].group(), heads[1].group(), s) is False
    return heads[0] is not None or heads[1] is not None  # a person's heading and a body's or a country's


# How many sentences apart two editions' renderings of neighbouring sentences may stand (an edition drops or
# splits a sentence now and then).
PARALLEL_REACH = 2


def _parallel(matcher: Matcher, own: PreparedSource, a: int, b: int, m: Match, s: Settings) -> bool:
    """Whether ``own`` and ``m``'s source are editions of one text around the span ``a:b``: a sentence of
    ``own`` next to the span renders a sentence of the other next to ``m``'s unit. Two statements on one subject
    match sentence for sentence once, by their subject; editions match their neighbours too."""
    mine = [u for u in source_units(own, s) if u.kind == "sentence"]
    theirs = [u for u in source_units(m.source, s) if u.kind == "sentence"]
    k = next((i for i, u in enumerate(mine) if u.start < b and a < u.end), None)
    j = next((i for i, u in enumerate(theirs) if overlaps(u, m.unit)), None)
    if k is None or j is None:
        return False
    for n in (k + 1, k - 1):
        if not 0 <= n < len(mine) or "[…]" in mine[n].text or len(mine[n].text.split()) < 4:
            continue
        back = matcher.match([Query(mine[n].text, own.language)], [m.source], [], s, context_across=False)[0]
        if back is None or back.evidence < s.semantic_second_opinion_floor:
            continue
        at = next((i for i, u in enumerate(theirs) if overlaps(u, back.unit)), None)
        if at is not None and at != j and abs(at - j) <= PARALLEL_REACH:
            return True
    return False


def _edition_sentence(
    matcher: Matcher, q: Quote, own: PreparedSource, others: Sequence[PreparedSource], s: Settings
) -> Match | None:
    """The original's sentence that the sentence of ``own`` holding the quote's altered span translates, when
    the encoder accepts the pair across languages (``own`` is an edition of that source there)."""
    a, b = q.match.source_start or 0, q.match.source_end or 0
    unit = next((u for u in source_units(own, s) if u.kind == "sentence" and u.start <= a and b <= u.end), None)
    if unit is None or not others:
        return None
    back = matcher.match([Query(unit.text, own.language)], others, [], s, context_across=False)[0]
    if back is None or same_language(own.language, back.source.language) or not back.accepted(True):
        return None
    return back
