"""Bounded work per input: limits enforced before the expensive stages, in time linear in the input.

Every stage after loading costs more than a pass over the characters (language detection reads each
paragraph, alignment compares words, the semantic stage embeds each sentence at up to 14 KB of memory per
character of punctuation). So before they run, ``run.check`` hands the article and its sources through
:func:`bound_article` and :func:`bound_sources`, and the semantic stage asks :func:`semantic_allowed`:

* a run without whitespace longer than ``Settings.max_run_chars`` (a base64 image, minified script, a line of
  punctuation) or a word longer than ``Settings.max_token_chars`` (letters under hundreds of combining
  accents) is blanked: replaced by as many spaces, so every offset still slices the text as loaded;
* the text is cut after ``Settings.max_text_sentences`` sentences or ``Settings.max_text_chars`` characters
  (at a space, where there is one close by): the part after the cut is not checked;
* sources beyond ``Settings.max_sources`` are not read;
* the semantic stage runs only while its candidate pairs (article texts × source sentences) stay under
  ``Settings.max_stage_pairs`` and the text it would embed under ``Settings.max_semantic_chars``; a quote longer
  than ``Settings.max_quote_chars`` is not compared by meaning.

Each limit that bites leaves a finding (``BOUND_*``, policy.DEFAULT_SEVERITY), so a report never looks
complete when it is not. Each pass here is a regular expression anchored at run starts (no backtracking over
a run) or a count: linear in the text.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from provenance.report import Finding, QuoteMatch

if TYPE_CHECKING:
    from provenance.pipeline.context import Context
    from provenance.pipeline.load import Text
    from provenance.settings import Settings

CUT_CODE = "BOUND_TEXT_CUT"
BLANKED_CODE = "BOUND_RUN_BLANKED"
SOURCES_CODE = "BOUND_SOURCES"
SEMANTIC_CODE = "BOUND_SEMANTIC_SKIPPED"
DECODE_CODE = "DECODE_REPLACED"

# A sentence ends at . ! ? … (and closing marks) before whitespace; a blank line ends a paragraph. Counted, not
# split: the stages split sentences their own way, this only decides where a long text is cut.
_SENTENCE_END = re.compile(r"[.!?…]+[\"”»’')\]]*\s|\n[^\S\n]*\n")
# Anchored at the start of a run (the character before is whitespace, or nothing): each run is read once.
_WORD_CHARS = (
    r"\w\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    r"\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
)
# A cut looks back this far for a space, so that it does not fall inside a word.
_CUT_LOOKBACK = 200


@dataclasses.dataclass(frozen=True)
class Bounded:
    """The text the stages see (same offsets as the input up to ``cut``) and what the limits did to it."""

    text: str
    cut: int | None  # where the text was cut, or None
    blanked: tuple[tuple[int, int], ...]  # runs replaced by spaces
    sentences: int  # sentences counted up to the cut


def bound_text(text: str, settings: Settings) -> Bounded:
    """``text`` cut at the sentence or character limit, with over-long runs and words blanked."""
    cut = _cut_at(text, settings)
    kept = text if cut is None else text[:cut]
    runs = _long_runs(kept, settings)
    if runs:
        pieces: list[str] = []
        pos = 0
        for a, b in runs:
            pieces += [kept[pos:a], " " * (b - a)]
            pos = b
        pieces.append(kept[pos:])
        kept = "".join(pieces)
    n = _count_sentences(kept, settings.max_text_sentences + 1)
    return Bounded(kept, cut, tuple(runs), n)


def _cut_at(text: str, settings: Settings) -> int | None:
    """Where the text is cut (the end of the last sentence allowed, or the character limit), or None."""
    limit = settings.max_text_chars
    cut: int | None = None
    for count, m in enumerate(_SENTENCE_END.finditer(text, 0, min(len(text), limit)), 1):
        if count >= settings.max_text_sentences:
            cut = m.end()
            break
    if cut is None and len(text) > limit:
        space = text.rfind(" ", max(0, limit - _CUT_LOOKBACK), limit)
        cut = space if space > 0 else limit
    if cut is not None and not text[cut:].strip():
        return None  # nothing but whitespace after it
    return cut


def _count_sentences(text: str, most: int) -> int:
    n = 0
    for _ in _SENTENCE_END.finditer(text):
        n += 1
        if n >= most:
            break
    return n


def _long_runs(text: str, settings: Settings) -> list[tuple[int, int]]:
    """Spans of runs without whitespace longer than ``max_run_chars`` and of words longer than
    ``max_token_chars``, merged and in order."""
    run = re.compile(rf"(?<!\S)\S{{{settings.max_run_chars + 1},}}")
    word = re.compile(rf"(?<![{_WORD_CHARS}])[{_WORD_CHARS}]{{{settings.max_token_chars + 1},}}")
    spans = sorted([m.span() for m in run.finditer(text)] + [m.span() for m in word.finditer(text)])
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def findings_for(bounded: Bounded, original_chars: int, settings: Settings, what: str = "the article") -> list[Finding]:
    """The findings that say what the limits left out of ``what``; spans only for the article's own text."""
    out: list[Finding] = []
    article = what == "the article"
    if bounded.blanked:
        a, b = bounded.blanked[0]
        total = sum(y - x for x, y in bounded.blanked)
        n = len(bounded.blanked)
        runs = "a run" if n == 1 else f"{n:,} runs"
        msg = (f"{runs} of {total:,} characters in {what} without a space or a word break (longer than "
               f"max_run_chars={settings.max_run_chars} or max_token_chars={settings.max_token_chars}) "
               f"{'was' if n == 1 else 'were'} left out of the check (first at characters {a:,}-{b:,})")  # fmt: skip
        out.append(Finding("info", BLANKED_CODE, msg, a if article else None, b if article else None))
    if bounded.cut is not None:
        why = (f"max_text_sentences={settings.max_text_sentences}" if bounded.sentences >= settings.max_text_sentences
               else f"max_text_chars={settings.max_text_chars}")  # fmt: skip
        msg = (
            f"{what} was checked up to character {bounded.cut:,} of {original_chars:,} ({why}); "
            "the rest was not checked: split the text or raise the limit"
        )
        out.append(Finding("warning", CUT_CODE, msg, None, None))
    return out


def bound_article(article: Text, settings: Settings) -> tuple[str, list[Finding]]:
    """The article's text as the stages see it, and the findings for what the limits left out (and for bytes
    the loader had to replace)."""
    b = bound_text(article.text, settings)
    return b.text, _decoding_findings(article) + findings_for(b, len(article.text), settings)


def encoding_of(article: Text) -> dict[str, Any] | None:
    """The report's ``document.encoding``: how the article's bytes were decoded, when they were."""
    return article.decoding.to_dict() if article.decoding is not None else None


def _decoding_findings(article: Text) -> list[Finding]:
    how = article.decoding
    if how is None or not how.replaced:
        return []
    n = len(how.replaced)
    where = ", ".join(f"{b:,}" for b in how.replaced[:5]) + (", …" if n > 5 else "")
    msg = (f"{n} byte sequence{'s' if n > 1 else ''} that {'are' if n > 1 else 'is'} not UTF-8 in an otherwise UTF-8 "
           f"file {'were' if n > 1 else 'was'} replaced by � (at byte{'s' if n > 1 else ''} {where}); the rest "
           f"reads as UTF-8 (confidence {how.confidence:.2f})")  # fmt: skip
    return [Finding("warning", DECODE_CODE, msg)]


def bound_sources(sources: Sequence[Any], settings: Settings) -> tuple[list[Any], list[Finding]]:
    """At most ``max_sources`` sources, each bounded like the article (a prepared source is taken as it is: it
    was bounded when it was prepared, or comes from a caller that prepared it on purpose)."""
    from provenance.pipeline.load import Text as Loaded

    findings: list[Finding] = []
    kept = list(sources[: settings.max_sources])
    if len(sources) > settings.max_sources:
        msg = (f"{len(sources):,} sources were given; the first {settings.max_sources:,} were read "
               f"(max_sources={settings.max_sources}): name the sources the article draws on")  # fmt: skip
        findings.append(Finding("warning", SOURCES_CODE, msg))
    out = []
    for s in kept:
        if not isinstance(s, Loaded):
            out.append(s)
            continue
        b = _bound_source(s.text, settings)
        if b.cut is None and not b.blanked:
            out.append(s)
            continue
        findings += findings_for(b, len(s.text), settings, f"source {s.id}")
        digest = hashlib.sha256(f"{s.sha256}:{len(b.text)}:{len(b.blanked)}".encode()).hexdigest()
        out.append(dataclasses.replace(s, text=b.text, sha256=digest))  # its own entry in the prepared cache
    return out, findings


@functools.lru_cache(maxsize=256)  # an audit bounds the same sources for every article
def _bound_source(text: str, settings: Settings) -> Bounded:
    return bound_text(text, settings)


# --- the semantic stage ------------------------------------------------------------------------------------


def semantic_allowed(ctx: Context) -> bool:
    """Whether the semantic stage may run on this check; when not, a finding says why. Quotes longer than
    ``max_quote_chars`` are marked unchecked (with the reason) so that the stage leaves them alone."""
    s = ctx.settings
    for i, q in enumerate(ctx.quotes):
        if len(q.text) > s.max_quote_chars and q.match.kind == "unsupported":
            why = (f"{len(q.text):,} characters, longer than max_quote_chars={s.max_quote_chars}: not compared "
                   "by meaning")  # fmt: skip
            ctx.quotes[i] = dataclasses.replace(q, match=QuoteMatch("unchecked", reason=why))
    if not ctx.sources:
        return True
    items = len(ctx.quotes) + 2 * len(ctx.unquoted)
    units = sum(_sentence_estimate(src.text) for src in ctx.sources)
    chars = sum(len(q.text) for q in ctx.quotes) + sum(b - a for (a, b), _ in ctx.unquoted)
    chars += sum(len(src.text) for src in ctx.sources)
    pairs = items * units
    if pairs <= s.max_stage_pairs and chars <= s.max_semantic_chars:
        return True
    why = (f"{items:,} article texts × about {units:,} source sentences = {pairs:,} pairs (max_stage_pairs="
           f"{s.max_stage_pairs})" if pairs > s.max_stage_pairs
           else f"{chars:,} characters to embed (max_semantic_chars={s.max_semantic_chars})")  # fmt: skip
    msg = (
        f"The semantic stage was skipped: {why}; reworded and translated quotes and paraphrases were not looked "
        "for (lexical checks only)"
    )
    ctx.findings.append(Finding("warning", SEMANTIC_CODE, msg))
    return False


def _sentence_estimate(text: str) -> int:
    """About how many units the semantic stage cuts a source into: its sentences (at least one), counted."""
    return max(1, _count_sentences(text, 1 << 30))
