"""``check(article, sources, settings) -> Report``: the pipeline, one stage after another.

1. markers      site markers (switcher, byline, dateline, credits, outlets, attributions, boilerplate)
2. language     per paragraph and for the document, narrowed by the site's switcher
3. quotes       every quotation and its speaker
4. align        each quote against each source: verbatim, near_verbatim, altered, unsupported
5. passages     unquoted sentences that copy or paraphrase a source
6. semantic     (unless --lexical-only) reworded and translated quotes, paraphrases across languages
7. drift        numbers, dates, names, negation, modality, dropped qualifiers
8. attribution  whether each matched quote is credited to the one the source credits
9. score        fidelity and its parts, translation likelihood, findings
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from . import __version__, align, attribution, drift, language, markers, quotes, score
from .load import Text, text_from_string
from .report import (
    DocumentInfo,
    Finding,
    Marker,
    Passage,
    PassageMatch,
    Quote,
    QuoteMatch,
    Report,
    SourceInfo,
)
from .settings import Settings
from .text import Token, lines, lookalike_words, paragraphs, sentences, tokens

# Markers whose words are page furniture, not the article's body: left out of passages and coverage.
FURNITURE = frozenset({"language_switcher", "byline", "dateline", "photo_credit", "updated", "boilerplate"})
# A title longer than this is a paragraph, not a headline.
MAX_TITLE_CHARS = 200
# A sentence longer than this many words is text without full stops (a table, a transcript, a pasted dump):
# it is compared with the sources in runs of this many words, since aligning it whole costs the square of its
# length (a 1 MB run-on took minutes). The longest sentences of news copy run to about 100 words.
MAX_SENTENCE_WORDS = 250


class SemanticStage(Protocol):
    """What the semantic stage offers the pipeline (see ``provenance.semantic``)."""

    def models(self) -> dict[str, Any]: ...

    def refine(self, ctx: Context) -> None: ...


@dataclass
class Context:
    """Working state of one check, handed from stage to stage (the report is built from it at the end)."""

    article: Text
    text: str
    settings: Settings
    sources: list[align.PreparedSource]
    markers: tuple[Marker, ...]
    language: Any
    quotes: list[Quote]
    passages: list[Passage]
    findings: list[Finding]
    alignments: dict[str, align.Alignment]
    unquoted: list[tuple[tuple[int, int], list[Token]]]
    calques: int = 0
    speaker_spans: list[tuple[int, int]] = field(default_factory=list)  # "Mayor X said" after each quote


_SOURCE_CACHE: dict[tuple[str, str], align.PreparedSource] = {}
_SOURCE_CACHE_MAX = 512


def prepare(source: Text | align.PreparedSource) -> align.PreparedSource:
    """A source ready for alignment; prepared once per process for each distinct text."""
    if isinstance(source, align.PreparedSource):
        return source
    key = (source.id, source.sha256)
    hit = _SOURCE_CACHE.get(key)
    if hit is None:
        code, _ = language.detect_code(source.text)
        hit = align.prepare_source(source.id, source.text, path=source.path, language=code)
        attribution.annotate_source(hit, source.meta)
        if len(_SOURCE_CACHE) >= _SOURCE_CACHE_MAX:
            _SOURCE_CACHE.pop(next(iter(_SOURCE_CACHE), key), None)  # threads of the service may race here
        _SOURCE_CACHE[key] = hit
    return hit


def check(
    article: Text | str,
    sources: Sequence[Text | align.PreparedSource] = (),
    settings: Settings | None = None,
    *,
    semantic: SemanticStage | None = None,
) -> Report:
    """Check one article against its sources and return the report."""
    settings = settings or Settings()
    if isinstance(article, str):
        article = text_from_string(article, id="article")
    text = article.text
    found_markers = markers.find_markers(text, article.meta)
    lang = language.detect(text, paragraphs(text), hint=markers.switcher_languages(found_markers))
    ctx = Context(article, text, settings, [prepare(s) for s in sources], found_markers, lang, [], [], [], {}, [])
    _quotes(ctx)
    _passages(ctx)
    if semantic is not None:
        semantic.refine(ctx)
    attribution.check_quotes(ctx)
    attribution.check_claims(ctx)
    return _report(ctx, semantic)


def _quotes(ctx: Context) -> None:
    for i, raw in enumerate(quotes.extract(ctx.text), 1):
        qm, al, marks = align.match_quote(ctx.text, raw.parts, ctx.sources, ctx.settings)
        qid = f"q{i}"
        found_drift: tuple[drift.Drift, ...] = ()
        if al is not None and qm.kind in ("altered", "near_verbatim"):
            found_drift = tuple(drift.drift_of(al, ctx.text))
        if al is not None:
            ctx.alignments[qid] = al
        if raw.speaker_span is not None:
            ctx.speaker_spans.append(raw.speaker_span)
        ctx.quotes.append(Quote(qid, raw.text, raw.start, raw.end, raw.speaker, qm, found_drift, marks))


def _furniture_spans(ctx: Context) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in ctx.markers if m.kind in FURNITURE]


class Spans:
    """Half-open spans, merged and sorted, so that ``pos in spans`` costs a bisection: an article with
    10,000 quotes asks it for each of its words, and a scan of every span made that quadratic."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(s for s in spans if s[0] < s[1]):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def _passages(ctx: Context) -> None:
    """Unquoted sentences: those that derive from a source become passages."""
    # A quote's own words, the phrase that attributes it, and page furniture are not unquoted passages.
    left_out = Spans([(q.start - 1, q.end + 1) for q in ctx.quotes] + ctx.speaker_spans + _furniture_spans(ctx))
    for p_start, p_end in paragraphs(ctx.text):
        for s_start, s_end, toks in _sentence_runs(ctx.text, p_start, p_end, left_out):
            if len(toks) < ctx.settings.min_passage_words:
                continue
            ctx.unquoted.append(((s_start, s_end), toks))
            if not ctx.sources:
                continue
            found = align.match_passage(toks, ctx.sources, ctx.settings, ctx.text)
            if found is None:
                continue
            kind, al = found
            s0, s1 = al.source_span()
            pm = PassageMatch(kind, al.source.id, s0, s1, al.similarity)
            body = ctx.text[s_start:s_end]
            ctx.passages.append(Passage(body, s_start, s_end, pm, tuple(drift.drift_of(al, ctx.text))))


def _sentence_runs(text: str, start: int, end: int, left_out: Spans) -> Iterator[tuple[int, int, list[Token]]]:
    """Each sentence of a paragraph with its unquoted words; a "sentence" of more than MAX_SENTENCE_WORDS words
    (text without full stops) in runs of that many, each spanning its own words."""
    for s_start, s_end in sentences(text, start, end):
        toks = [t for t in tokens(text, s_start, s_end) if t.start not in left_out]
        if len(toks) <= MAX_SENTENCE_WORDS:
            yield s_start, s_end, toks
            continue
        for k in range(0, len(toks), MAX_SENTENCE_WORDS):
            run = toks[k : k + MAX_SENTENCE_WORDS]
            yield run[0].start, run[-1].end, run


def _title(ctx: Context) -> str | None:
    furniture = Spans(_furniture_spans(ctx))
    for a, b in lines(ctx.text):
        if b - a > MAX_TITLE_CHARS:
            return None
        if a not in furniture and b - 1 not in furniture:  # neither end of the line is page furniture
            return ctx.text[a:b]
    return None


def _coverage(ctx: Context) -> float | None:
    furniture = Spans(_furniture_spans(ctx))
    body = [t for t in tokens(ctx.text) if t.start not in furniture]
    spans = [(q.start, q.end) for q in ctx.quotes if q.match.source is not None]
    spans += [(p.start, p.end) for p in ctx.passages]
    matched = Spans(spans)
    covered = sum(1 for t in body if t.start in matched)
    return score.coverage(len(body), covered, bool(ctx.sources))


def _findings(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    if not ctx.sources:
        out.append(Finding("info", "NO_SOURCES", "No sources were given: quotes are listed but not checked"))
    for q in ctx.quotes:
        out += score.quote_findings(q)
        if ctx.sources and q.match.kind == "unchecked":  # sources given, yet the quote could not be judged
            out.append(Finding("warning", "QUOTE_NOT_CHECKED", f"Quote {q.id} was not checked: {q.match.reason}",
                               q.start, q.end))  # fmt: skip
    for p in ctx.passages:
        out += score.drift_findings(p.drift, p.start, p.end, f"a passage from {p.match.source}")
    for a, b, word in lookalike_words(ctx.text):
        out.append(Finding("warning", "LOOKALIKE_CHARS", f"“{word}” mixes Latin with Cyrillic or Greek letters", a, b))
    out += ctx.findings
    order = {"error": 0, "warning": 1, "info": 2}
    return sorted(out, key=lambda f: (f.start if f.start is not None else -1, order[f.severity], f.code))


def signature(settings: Settings, semantic: SemanticStage | None) -> str:
    parts = [
        f"provenance:{__version__}",
        language.signature(),
        "align:rapidfuzz-levenshtein-words",
        settings.signature(),
    ]
    if semantic is not None:
        parts.append(
            "models:" + ",".join(f"{k}={v['name'] if v else None}" for k, v in sorted(semantic.models().items()))
        )
    else:
        parts.append("models:none")
    return " ".join(parts)


def _report(ctx: Context, semantic: SemanticStage | None) -> Report:
    tl, why = score.translation_likelihood(ctx.language, ctx.markers, ctx.quotes, ctx.calques)
    if tl >= 0.5:
        ctx.findings.append(Finding("info", "TRANSLATED_EDITION", "Likely a translated edition: " + "; ".join(why)))
    scores = score.scores(ctx.quotes, ctx.passages, _coverage(ctx), tl, ctx.settings)
    doc = DocumentInfo(ctx.article.path, ctx.article.sha256, len(ctx.text), _title(ctx))
    srcs = tuple(SourceInfo(s.id, s.path, s.language) for s in ctx.sources)
    models = semantic.models() if semantic is not None else {"quotes": None, "passages": None, "translation": None}
    return Report(
        doc, ctx.language, ctx.markers, tuple(ctx.quotes), tuple(ctx.passages), scores, tuple(_findings(ctx)),
        srcs, __version__, models, signature(ctx.settings, semantic), ctx.text,
        {s.id: s.text for s in ctx.sources},
    )  # fmt: skip


__all__ = ["Context", "QuoteMatch", "check", "prepare"]


def semantic_stage(settings: Settings) -> SemanticStage | None:
    """The semantic stage for these settings, loaded once per process; None with ``lexical_only``."""
    if settings.lexical_only:
        return None
    try:
        from . import semantic as semantic_module
    except ImportError:  # the stage ships with the package; only a broken install lacks it
        return None
    stage: SemanticStage | None = semantic_module.stage_for(settings)
    return stage


def gate(report: Report, settings: Settings) -> bool:
    """True when the report passes ``fail_on`` and ``fail_under`` (exit status 0), False for exit 1."""
    if settings.fail_on != "never":
        rank = {"error": 0, "warning": 1, "info": 2}
        limit = rank[settings.fail_on]
        if any(rank[f.severity] <= limit for f in report.findings):
            return False
    fid = report.scores.fidelity
    return not (settings.fail_under is not None and fid is not None and fid < settings.fail_under)
