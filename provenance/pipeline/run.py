"""Run the stages in order on one article (see the package docstring) and build the report."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator, Sequence
from importlib.metadata import PackageNotFoundError, version

from provenance.pipeline import (
    align,
    attribution,
    bounds,
    drift,
    language,
    markers,
    passage_dates,
    passage_names,
    passage_quoted,
    passages,
    quote_homes,
    quotes,
    score,
)
from provenance.pipeline.anchors import capitals_are_names
from provenance.pipeline.context import Context, SemanticStage, Spans, prepare
from provenance.pipeline.load import Text, text_from_string
from provenance.report import (
    DocumentInfo,
    Evidence,
    Finding,
    Passage,
    PassageMatch,
    Quote,
    QuoteMatch,
    Report,
    SourceInfo,
)
from provenance.settings import Settings
from provenance.text import Token, lines, lookalike_words, paragraphs, sentences, tokens
from provenance.version import __version__


def check(
    article: Text | str,
    sources: Sequence[Text | align.PreparedSource] = (),
    settings: Settings | None = None,
    *,
    semantic: SemanticStage | None = None,
    library_searched: int = 0,
) -> Report:
    """Check one article against its sources and return the report. ``library_searched``: with no sources, the
    number of library sources searched (by words and by meaning) that picked none: the quotes are unsupported."""
    settings = settings or Settings()
    if isinstance(article, str):
        article = text_from_string(article, id="article")
    text, bounded = bounds.bound_article(article, settings)  # limits first: every stage after is bounded
    sources, source_bounds = bounds.bound_sources(sources, settings)
    found_markers = markers.find_markers(text, article.meta, settings)
    boilerplate = [(m.start, m.end) for m in found_markers if m.kind == "boilerplate"]
    lang = language.detect(text, paragraphs(text), markers.switcher_languages(found_markers), boilerplate)
    prepared = [prepare(s, settings) for s in sources]
    ctx = Context(article, text, settings, prepared, found_markers, lang, [], [], bounded + source_bounds, {}, [],
                  library_searched=library_searched)  # fmt: skip
    _quotes(ctx)
    _passages(ctx)
    if semantic is not None:
        semantic.refine(ctx)
    else:
        _other_language_unchecked(ctx)
    ctx.passages[:] = passage_names.parallel_names(ctx.passages)
    credits = [(m.start, m.end) for m in ctx.markers if m.kind == "attribution"]
    texts = {s.id: s.text for s in ctx.sources}
    ctx.passages[:] = passage_names.credited_names(ctx.passages, ctx.text, credits, texts)
    ctx.passages[:] = passage_names.authored_names(ctx.passages, {s.id: s.extra.get("author") for s in ctx.sources})
    ctx.passages[:] = passage_dates.other_dated(ctx.passages, texts)
    ctx.passages[:] = passage_quoted.quoted_away(ctx.passages, ctx.quotes, texts)
    quote_homes.headed(ctx)
    quote_homes.rehome(ctx)  # before the attribution check: a quote left unsupported accuses no one
    attribution.check_quotes(ctx)
    attribution.check_claims(ctx)
    return _report(ctx, semantic)


def _other_language_unchecked(ctx: Context) -> None:
    """Without the semantic stage, a quote in another language than every source cannot be judged: a
    translation shares no words with its original. It is ``unchecked`` with that reason, not ``unsupported``."""
    langs = {s.language for s in ctx.sources}
    if not langs or None in langs:
        return
    for i, q in enumerate(ctx.quotes):
        if q.match.kind != "unsupported":
            continue
        code, conf = language.detect_code(q.text)
        if code is not None and conf >= ctx.settings.span_language_min_confidence and code not in langs:
            why = f"in {code}, and no source is: translations are read by the semantic stage (not loaded)"
            ctx.quotes[i] = dataclasses.replace(q, match=QuoteMatch("unchecked", reason=why))


def _quotes(ctx: Context) -> None:
    for i, raw in enumerate(quotes.extract(ctx.text, ctx.settings), 1):
        qm, al, marks = align.match_quote(ctx.text, raw.parts, ctx.sources, ctx.settings)
        qid = f"q{i}"
        if ctx.library_searched and not ctx.sources and qm.kind == "unchecked":
            why = f"none of the library's {ctx.library_searched} sources carries it, in words or in meaning"
            qm = QuoteMatch("unsupported", similarity=0.0, reason=why)
        if qm.kind in ("verbatim", "near_verbatim") and _quoted_name(raw.text, qm.source, ctx):
            why = f"a name in quotation marks (found in {qm.source}): it names something, it quotes no one"
            qm, al = QuoteMatch("unsupported", reason=why), None
        code = getattr(ctx.language, "code", None)
        if qm.kind == "altered" and capitals_are_names(code) and _work_title(raw.text):  # "The Hunchback of …"
            why = f"a title in quotation marks (nearest: {qm.source}): it names a work, it quotes no one"
            qm, al = QuoteMatch("unsupported", reason=why), None
        found_drift: tuple[drift.Drift, ...] = ()
        if al is not None and qm.kind in ("altered", "near_verbatim"):
            found_drift = tuple(drift.drift_of(al, ctx.text, ctx.settings))
        if al is not None:
            ctx.alignments[qid] = al
        if raw.speaker_span is not None:
            ctx.speaker_spans.append(raw.speaker_span)
            if raw.speaker and raw.speaker in ctx.text[slice(*raw.speaker_span)]:
                ctx.stated.add(qid)
        if raw.unclosed:
            rest = next((ctx.text[raw.end : b] for a, b in paragraphs(ctx.text) if a <= raw.start < b), "")
            to = "paragraph" if not rest.strip() else "sentence: its mark opens the next quote"
            msg = f"Quote {qid} has no closing mark: it is read to the end of its {to}"
            ctx.findings.append(Finding("info", "QUOTE_UNCLOSED", msg, raw.start, raw.end))
        ctx.quotes.append(Quote(qid, raw.text, raw.start, raw.end, raw.speaker, qm, found_drift, marks))


# A work's title in quote marks: at most this many words, each of four letters or more capitalised, no stop.
WORK_TITLE_MAX_WORDS = 6


def _work_title(text: str) -> bool:
    """A title in title case ("The Hunchback of Notre Dame", "War and Peace"): its long words all capitalised, no
    sentence stop; a work's name, which no source's sentence holds as someone's words."""
    words = text.strip().split()
    long = [w for w in words if len(w) >= 4]
    if not 2 <= len(words) <= WORK_TITLE_MAX_WORDS or text.strip()[-1:] in ".!?…" or not long:
        return False
    return words[0][:1].isupper() and all(w[:1].isupper() for w in long)


# A name in quote marks ("Post 9", "Северные бригады"): at most this many words, each capitalised or a number.
QUOTED_NAME_MAX_WORDS = 3


def _quoted_name(text: str, source_id: str | None, ctx: Context) -> bool:
    """The quote is a proper name (of a base, a channel, a group) that its source writes inside a sentence, in a
    language whose capitals mark names: the source holds the name, not these words as someone's statement."""
    words = text.strip(" .,;:!?").split()
    if not 0 < len(words) <= QUOTED_NAME_MAX_WORDS or not capitals_are_names(getattr(ctx.language, "code", None)):
        return False
    if not all(w[:1].isupper() or w.isdigit() for w in words) or all(w.isdigit() for w in words):
        return False
    src = next((x.text for x in ctx.sources if x.id == source_id), "")
    at = (m.start() for m in re.finditer(f"(?={re.escape(' '.join(words))})", src))  # every place, overlaps too
    # in quote marks there too, the name stands inside a sentence when a word comes before its opening mark
    # ("сотрудники компании «Вагнер»"): a name, as house styles write one
    return any(src[:k].rstrip().rstrip(_OPENING_MARKS).rstrip()[-1:] not in ("", *'.!?:\n"“”«»') for k in at)


_OPENING_MARKS = "\"“„«‘'"


def _passages(ctx: Context) -> None:
    """Unquoted sentences: those that derive from a source become passages."""
    # A quote's own words, the phrase that attributes it, and page furniture are not unquoted passages.
    left_out = Spans([(q.start - 1, q.end + 1) for q in ctx.quotes] + ctx.speaker_spans + ctx.furniture)
    furniture = Spans(ctx.furniture)
    for p_start, p_end in paragraphs(ctx.text):
        for s_start, s_end, toks in _sentence_runs(ctx.text, p_start, p_end, left_out, ctx.settings.max_sentence_words):
            if len(toks) < ctx.settings.min_passage_words:
                continue
            if s_start in furniture:
                s_start = toks[0].start  # "VITRA, Nov. 2 (Meridian) - The first …": the dateline is no part of it
            ctx.unquoted.append(((s_start, s_end), toks))
            if not ctx.sources or passages.says_nothing(ctx.text[s_start:s_end]):
                continue  # (a stamp line, "EN 12 May 2031 - 11:31", renders nothing: its figures drift from none)
            found = passages.match_passage(toks, ctx.sources, ctx.settings, ctx.text)
            if found is None:
                continue
            kind, al = found
            s0, s1 = al.source_span()
            pm = PassageMatch(kind, al.source.id, s0, s1, al.similarity)
            body = ctx.text[s_start:s_end]
            found_drift = tuple(drift.drift_of(al, ctx.text, ctx.settings, passage=True))
            ctx.passages.append(Passage(body, s_start, s_end, pm, found_drift))


def _sentence_runs(
    text: str, start: int, end: int, left_out: Spans, most: int
) -> Iterator[tuple[int, int, list[Token]]]:
    """Each sentence of a paragraph with its unquoted words; a "sentence" of more than ``most`` words (text
    without full stops, ``Settings.max_sentence_words``) in runs of that many, each spanning its own words."""
    for s_start, s_end in sentences(text, start, end):
        toks = [t for t in tokens(text, s_start, s_end) if t.start not in left_out]
        if len(toks) <= most:
            yield s_start, s_end, toks
            continue
        for k in range(0, len(toks), most):
            run = toks[k : k + most]
            yield run[0].start, run[-1].end, run


def _title(ctx: Context) -> str | None:
    furniture = Spans(ctx.furniture)
    for a, b in lines(ctx.text):
        if b - a > ctx.settings.max_title_chars:
            return None
        if a not in furniture and b - 1 not in furniture:  # neither end of the line is page furniture
            return ctx.text[a:b]
    return None


def _coverage(ctx: Context) -> float | None:
    furniture = Spans(ctx.furniture)
    body = [t for t in tokens(ctx.text) if t.start not in furniture]
    spans = [(q.start, q.end) for q in ctx.quotes if q.match.source is not None]
    spans += [(p.start, p.end) for p in ctx.passages]
    matched = Spans(spans)
    covered = sum(1 for t in body if t.start in matched)
    return score.coverage(len(body), covered, bool(ctx.sources))


# Words at most of a quote that, matched by no source in its own language, is too short to call unsupported:
# across languages the encoders read a short sentence unreliably (on the faithful corpus all four such quotes,
# of three to seven words, were true translations the matcher missed; the first version found 2 of 18
# translated quotes on real news); longer ones carry enough meaning to say that no source has them.
UNCONFIRMED_MAX_WORDS = 8


def _drawn_languages(ctx: Context) -> set[str | None]:
    """The languages of the sources the article draws on (a translated edition's are other than its own),
    else of every source given."""
    drawn = {q.match.source for q in ctx.quotes} | {p.match.source for p in ctx.passages}
    used = [src for src in ctx.sources if src.id in drawn] or ctx.sources
    return {src.language for src in used}


def _unconfirmed(ctx: Context, q: Quote, source_languages: set[str | None]) -> bool:
    """An unsupported quote too short to call so: short, and none of ``source_languages`` is its language."""
    if q.match.kind != "unsupported" or not ctx.sources:
        return False
    if not score.TERM_MAX_WORDS < len(q.text.split()) <= UNCONFIRMED_MAX_WORDS:
        return False
    lang = next((seg.code for seg in getattr(ctx.language, "segments", ()) if seg.start <= q.start < seg.end), None)
    lang = lang or getattr(ctx.language, "code", None)
    return lang is not None and all(code and code != lang for code in source_languages)


def evidence(ctx: Context, text: str, match: QuoteMatch | PassageMatch) -> Evidence | None:
    """The article's words and the source span they were matched to, with the match's similarity: what an
    alarm on them rests on (None where nothing was matched)."""
    if match.source is None or match.source_start is None or match.source_end is None:
        return None
    src = next((s.text for s in ctx.sources if s.id == match.source), None)
    return Evidence.of_span(text, match.source, src, match.source_start, match.source_end, match.similarity)


def _findings(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    if not ctx.sources and not ctx.library_searched:
        out.append(Finding("info", "NO_SOURCES", "No sources were given: quotes are listed but not checked"))
    source_languages = _drawn_languages(ctx)
    for q in ctx.quotes:
        if _unconfirmed(ctx, q, source_languages):
            who = f" (credited to {q.speaker})" if q.speaker else ""
            msg = (
                f"Quote {q.id}{who} matched no source, all of which are in other languages; at "
                f"{len(q.text.split())} words it is too short to tell a translation from words of its own"
            )
            out.append(Finding("info", "QUOTE_UNCONFIRMED", msg, q.start, q.end))
            continue
        out += score.quote_findings(q, evidence(ctx, q.text, q.match))
        if ctx.sources and q.match.kind == "unchecked":  # sources given, yet the quote could not be judged
            out.append(Finding("warning", "QUOTE_NOT_CHECKED", f"Quote {q.id} was not checked: {q.match.reason}",
                               q.start, q.end))  # fmt: skip
    for p in ctx.passages:
        where, ev = f"a passage from {p.match.source}", evidence(ctx, p.text, p.match)
        out += score.drift_findings((*p.drift, *p.weak_drift), p.start, p.end, where, ev)
    for a, b, word in lookalike_words(ctx.text):
        out.append(Finding("warning", "LOOKALIKE_CHARS", f"“{word}” mixes Latin with Cyrillic or Greek letters", a, b))
    out += ctx.findings
    order = {"error": 0, "warning": 1, "info": 2}
    return sorted(out, key=lambda f: (f.start if f.start is not None else -1, order[f.severity], f.code))


@functools.cache
def _tools_signature() -> str:
    """The libraries that compute the numbers, with their versions: the word alignment and chrF."""
    try:
        rapidfuzz = version("rapidfuzz")
    except PackageNotFoundError:  # an unusual install: say so rather than guess
        rapidfuzz = "unknown"
    align.chrf("", "")  # sacrebleu names its reference count only once it has scored a sentence
    return f"align:rapidfuzz-{rapidfuzz}-levenshtein-words chrf:{align.chrf_signature()}"


# Settings whose signature is kept: a frozen Settings never changes it, and an audit or the service signs
# thousands of reports with one (issue 15: 0.4 ms a report).
_SIGNED_MAX = 64
_SIGNED: dict[int, tuple[Settings, str]] = {}


def _settings_signature(settings: Settings) -> str:
    hit = _SIGNED.get(id(settings))
    if hit is None or hit[0] is not settings:  # the entry holds its Settings, so an id is not reused meanwhile
        hit = (settings, settings.signature())
        if len(_SIGNED) >= _SIGNED_MAX:
            _SIGNED.pop(next(iter(_SIGNED), id(settings)), None)
        _SIGNED[id(settings)] = hit
    return hit[1]


def signature(settings: Settings, semantic: SemanticStage | None) -> str:
    parts = [
        f"provenance:{__version__}",
        language.signature(),
        _tools_signature(),
        _settings_signature(settings),
    ]
    if semantic is not None:
        parts.append(
            "models:" + ",".join(f"{k}={v['name'] if v else None}" for k, v in sorted(semantic.models().items()))
        )
    else:
        parts.append("models:none")
    return " ".join(parts)


def _report(ctx: Context, semantic: SemanticStage | None) -> Report:
    tl, why = score.translation_likelihood(
        ctx.language, ctx.markers, ctx.quotes, ctx.calques, ctx.settings, ctx.passages
    )
    if tl >= ctx.settings.translated_edition_min:
        ctx.findings.append(Finding("info", "TRANSLATED_EDITION", "Likely a translated edition: " + "; ".join(why)))
    scores = score.scores(ctx.quotes, ctx.passages, _coverage(ctx), tl, ctx.settings, ctx.findings)
    encoding = bounds.encoding_of(ctx.article)
    doc = DocumentInfo(ctx.article.path, ctx.article.sha256, len(ctx.text), _title(ctx), encoding)
    srcs = tuple(SourceInfo(s.id, s.path, s.language) for s in ctx.sources)
    models = semantic.models() if semantic is not None else {"quotes": None, "passages": None, "translation": None}
    return Report(
        doc, ctx.language, ctx.markers, tuple(ctx.quotes), tuple(ctx.passages), scores, tuple(_findings(ctx)),
        srcs, __version__, models, signature(ctx.settings, semantic), ctx.text,
        {s.id: s.text for s in ctx.sources},
    )  # fmt: skip


__all__ = ["Context", "QuoteMatch", "check", "prepare"]
