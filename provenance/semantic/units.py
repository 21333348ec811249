"""Units: the spans of a source that an article text may render, and the language of a span of the article.

Every source is cut into units (sentences, the quotations inside them, clauses of long sentences, and pairs
of sentences); the matcher embeds each unit once per process and compares article texts with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from provenance.pipeline.language import detect_code
from provenance.pipeline.quotes import extract
from provenance.report import Evidence
from provenance.settings import Settings, defaults
from provenance.text import heading_end, paragraphs, sentences, tokens

if TYPE_CHECKING:
    from provenance.pipeline.align import PreparedSource
    from provenance.pipeline.context import Context

# Where a prepared source keeps its units (PreparedSource.extra), with the settings that cut them.
UNITS_KEY = "semantic.units"


@dataclass(frozen=True)
class Unit:
    """A span of a source that a text may render: a sentence, a quotation, a clause or two sentences."""

    start: int
    end: int
    text: str
    kind: str  # sentence | quote | clause | window


def evidence_of(article: str, src: PreparedSource, unit: Unit, similarity: float | None) -> Evidence:
    """An alarm's evidence: the article's words and the source unit they were read against."""
    return Evidence(article, src.id, unit.start, unit.end, unit.text, similarity)


# Chinese and Japanese write no space after a comma ("，", or "," before a Han character).
_CLAUSE_SPLIT = re.compile(r"[,;:]\s+|\s+[–—-]\s+|[，；：]|[,;:](?=[\u3400-\u9fff])")
# Chinese and Japanese write words without spaces: two of their characters count as a word.
_CJK = "\u3040-\u30ff\u3400-\u9fff"
_TRIM = " \t\n\"“”«»„‘’'()[],;:–—-"


def overlaps(a: Unit, b: Unit) -> bool:
    """Whether two spans of one source share a character."""
    return a.start < b.end and b.start < a.end


def word_count(s: str) -> int:
    """Words of ``s``: runs of letters and digits, and in Chinese and Japanese two characters each."""
    return len(re.findall(rf"[^\W{_CJK}]+", s)) + len(re.findall(f"[{_CJK}]", s)) // 2


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _TRIM:
        a += 1
    while b > a and text[b - 1] in _TRIM:
        b -= 1
    return a, b


def _clauses(text: str, a: int, b: int, min_words: int) -> list[tuple[int, int]]:
    cuts = [a] + [m.end() for m in _CLAUSE_SPLIT.finditer(text, a, b)] + [b]
    spans = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]
    merged: list[tuple[int, int]] = []
    for s in spans:
        if merged and word_count(text[merged[-1][0] : merged[-1][1]]) < min_words:
            merged[-1] = (merged[-1][0], s[1])
        else:
            merged.append(s)
    return merged if len(merged) > 1 else []


def _heading_apart(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs without the text's heading lines (:func:`provenance.text.heading_end`: "X, post on X, 26 June
    2024" over the post; a title, then a place and a date): a title says what the document is, no one's words a quote
    renders, and its words would open the first sentence's unit (a date in it read as the statement's)."""
    end = heading_end(text)
    if not paras or end == 0:
        return paras
    kept = [(max(a, end), b) for a, b in paras if b > end]
    return [(a, b) for a, b in kept if text[a:b].strip()]


def units_of(text: str, settings: Settings | None = None) -> tuple[Unit, ...]:
    """The units of a text, each once, in order of position."""
    s = settings or defaults()
    spans: dict[tuple[int, int], str] = {}

    def add(a: int, b: int, kind: str) -> None:
        a, b = _trimmed(text, a, b)
        if b > a and word_count(text[a:b]) >= s.semantic_min_unit_words and (a, b) not in spans:
            spans[(a, b)] = kind

    for p0, p1 in _heading_apart(text, paragraphs(text)):
        sents = sentences(text, p0, p1)
        for s0, s1 in sents:
            add(s0, s1, "sentence")
            for c0, c1 in _clauses(text, s0, s1, s.semantic_min_words):
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


def source_units(src: PreparedSource, settings: Settings | None = None) -> tuple[Unit, ...]:
    """The units of a prepared source, cut once per process for each unit setting."""
    s = settings or defaults()
    key = units_key(s)
    hit = src.extra.get(key)
    if hit is None:
        hit = units_of(src.text, s)
        src.extra[key] = hit
    return hit


def unit_words(src: PreparedSource, settings: Settings | None = None) -> tuple[frozenset[str], ...]:
    """Each unit's words in comparison form (cached beside the units): what tells a unit's twin elsewhere."""
    s = settings or defaults()
    key = units_key(s) + ":words"
    hit = src.extra.get(key)
    if hit is None:
        hit = tuple(frozenset(t.norm for t in tokens(u.text)) for u in source_units(src, s))
        src.extra[key] = hit
    return hit


def twins(words: frozenset[str], src: PreparedSource, share: float, settings: Settings | None = None) -> list[bool]:
    """Which units of ``src`` hold at least ``share`` of ``words``: the same statement, whatever else they hold."""
    if not words:
        return [False] * len(source_units(src, settings))
    return [len(words & w) >= share * len(words) for w in unit_words(src, settings)]


def units_key(s: Settings) -> str:
    """Where a prepared source keeps the units these settings cut (the settings that cut them in the key)."""
    return f"{UNITS_KEY}:{s.semantic_min_words}:{s.semantic_min_unit_words}"


def language_at(ctx: Context, start: int, end: int, text: str | None = None) -> str | None:
    """The language of a span: its own when given and long enough to tell (a quote may be in another language
    than its paragraph), else its paragraph's, else the document's."""
    s = ctx.settings
    if text is not None and len(re.findall(r"[^\W\d_]", text)) >= s.span_language_min_letters:
        code, conf = detect_code(text)
        if code is not None and conf >= s.span_language_min_confidence:
            return code
    for seg in getattr(ctx.language, "segments", ()):
        if seg.start <= start < seg.end and seg.code:
            return str(seg.code)
    code = getattr(ctx.language, "code", None)
    return str(code) if code else None


_WORD = re.compile(r"\w+")
_BREAK = re.compile(r"\s--?\s|\s[—–]\s|[;:]")


def word_runs(text: str, unit: Unit, n: int) -> list[Unit]:
    """Runs of words of a unit around ``n`` words long (a translation runs shorter or longer than its source),
    every second word as a start in long units."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, unit.start, unit.end)]
    breaks = [m.start() for m in _BREAK.finditer(text, unit.start, unit.end)]
    lengths = sorted({max(3, round(n * f)) for f in (0.7, 1.0, 1.4)})
    step = 1 if len(words) <= 24 else 2
    out = []
    for size in lengths:
        for i in range(0, max(1, len(words) - size + 1), step):
            run = words[i : i + size]
            a, b = (run[0][0], run[-1][1]) if len(run) == size else (0, 0)
            if b and not any(a < x < b for x in breaks):  # a run stays within its clause's dashes and colons
                out.append(Unit(a, b, text[a:b], "fragment"))
    return out


def copied_run(text: str, unit: str) -> bool:
    """Whether ``text`` and ``unit`` share a shingle, a run of words not all stop words ("vaccination campaign on
    Monday, June"): the library's test of a copy."""
    from provenance.pipeline.shingles import shingles

    return bool(shingles(text) & shingles(unit))


# A word of a stamp: a figure, a time or a date in digits ("09:15", "18.03.2027").
_STAMP_WORD = re.compile(r"^\d[\d:.,/]*$")


def stamp_like(text: str) -> bool:
    """A line that is half dates, times and figures: a page's stamp ("18 марта 2027, 09:15 | Раздел: В мире") or a
    source's ("Issued: 18 May 2027"), no statement (a pair of them is no passage)."""
    from provenance.pipeline.anchors import MONTHS

    words = [t.norm for t in tokens(text)]
    return bool(words) and 2 * sum(1 for w in words if _STAMP_WORD.match(w) or w in MONTHS) >= len(words)
