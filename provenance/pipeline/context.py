"""The working state of one check, handed from stage to stage, and the sources' prepared form."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from provenance.pipeline import align, attribution, language, timecodes
from provenance.pipeline.load import Text
from provenance.report import Finding, Marker, Passage, Quote
from provenance.settings import Settings, defaults
from provenance.text import Token, paragraphs

# Markers whose words are page furniture, not the article's body: left out of passages and coverage.
FURNITURE = frozenset({"language_switcher", "byline", "dateline", "photo_credit", "updated", "boilerplate"})


class SemanticStage(Protocol):
    """What the semantic stage offers the pipeline (see ``provenance.semantic``). A stage may also say why it
    cannot run, in its ``unavailable`` attribute (``provenance.api.semantic_unavailable_reason`` reads it)."""

    def models(self) -> dict[str, Any]: ...

    def refine(self, ctx: Context) -> None: ...


# A line of at most this many words that holds a furniture marker is furniture whole: a byline, credit or
# dateline line carries the outlet, a date or a role beside the marker, never a statement.
FURNITURE_LINE_WORDS = 14


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
    # Quotes whose speaker the text names at the quote ("Mayor X said"), not one inferred from a pronoun, a role, a
    # document or the quote before: only those can accuse an article of crediting the wrong person.
    stated: set[str] = field(default_factory=set)
    library_searched: int = 0  # with no sources: the library sources searched that picked none (run.check)

    @property
    def furniture(self) -> list[tuple[int, int]]:
        """The spans of the markers that are page furniture (``FURNITURE``); a short line that holds one is
        furniture whole ("By Jane Doe | Defence Weekly | 17 October 2025": the outlet and date beside a byline), and
        so is a line a photo credit closes (a caption: "The minister in Orlin on 3 May. REUTERS/Jane Roe") and an
        embedded post's signature ("— Jane Roe (@roe) January 26, 2024")."""
        out = []
        for m in self.markers:
            if m.kind not in FURNITURE and not m.value.get("embedded"):
                continue
            a = self.text.rfind("\n", 0, m.start) + 1
            b = self.text.find("\n", m.end)
            b = len(self.text) if b < 0 else b
            short = len(self.text[a:b].split()) <= FURNITURE_LINE_WORDS
            caption = m.kind == "photo_credit" and not self.text[m.end : b].strip()  # a picture's caption, its
            out.append((a, b) if short or caption else (m.start, m.end))  # credit closing it: no story text
        return out


# Prepared sources kept per process (the service and audits check many articles against the same sources).
_SOURCE_CACHE: dict[tuple[object, ...], align.PreparedSource] = {}
_SOURCE_CACHE_MAX = 512


def prepare(source: Text | align.PreparedSource, settings: Settings | None = None) -> align.PreparedSource:
    """A source ready for alignment; prepared once per process for each distinct text (and each setting of
    the limits that find its own quotations)."""
    if isinstance(source, align.PreparedSource):
        return source
    s = settings or defaults()
    key = (source.id, source.sha256, s.max_quote_nesting, s.max_join_gap_chars, s.speaker_window_chars)
    hit = _SOURCE_CACHE.get(key)
    if hit is None:
        text = timecodes.blanked(source.text)  # a transcript's clocks are no words (the same offsets)
        # the language with the most letters over its paragraphs: a reprint's intro in its site's language above a
        # statement (a telegram in capitals under an Italian line) is not the statement's
        code = language.detect(text, paragraphs(text)).code
        hit = align.prepare_source(source.id, text, path=source.path, language=code, settings=s)
        attribution.annotate_source(hit, source.meta)
        if len(_SOURCE_CACHE) >= _SOURCE_CACHE_MAX:
            _SOURCE_CACHE.pop(next(iter(_SOURCE_CACHE), key), None)  # threads of the service may race here
        _SOURCE_CACHE[key] = hit
    return hit


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
