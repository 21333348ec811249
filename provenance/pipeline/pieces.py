"""The alignment's data: a source prepared for alignment, a quote's pieces between its editorial marks, and
the word-level alignment of pieces to a source (:mod:`provenance.pipeline.align` computes it)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from provenance import lexicon
from provenance.pipeline import quotes
from provenance.settings import Settings
from provenance.text import Token, tokens

_ELLIPSIS = r"(?:\[\s*(?:…|\.\s?\.\s?\.)\s*\]|\(\s*(?:…|\.\s?\.\s?\.)\s*\)|…|\.\s?\.\s?\.)"
_SIC = r"[\[(]\s*sic!?\s*[\])]"
_BRACKET = r"\[[^\[\]\n]{1,80}\]"
# How far a parenthesis an editor inserted into a quote may reach either side of the words it adds, read after the
# alignment (align_notes).
PARENTHESES_MAX_CHARS = 60
# An editor's note closed by its tag of at least this many characters is set aside before the alignment (below):
# five words or so, a run of added words that leads the alignment astray ("(the scheme, ed.)" is read after it).
NOTE_MIN_CHARS = 30
# ... and a long editor's note in round brackets, closed by its tag ("(обвинение России во вмешательстве … — ред.)"):
# its words (not the tag) are marked like square brackets' before the alignment, which such a run of added words
# would otherwise lead astray; a short one is read after it (align_notes.editorial_note: "It (the scheme, ed.)")
_NOTE_TAGS = "|".join(sorted((re.escape(t) for t in lexicon.words("editor_note_tags")), key=len, reverse=True))
_NOTE = rf"\((?=[^()\n]{{{NOTE_MIN_CHARS},160}}\))(?P<body>[^()\n]*?)[\s,—–-]+(?:{_NOTE_TAGS})\s*\)"
_MARKS = re.compile(rf"(?P<sic>{_SIC})|(?P<ellipsis>{_ELLIPSIS})|(?P<bracket>{_BRACKET})|(?P<note>{_NOTE})", re.I)


@dataclass(frozen=True)
class PreparedSource:
    """A source ready for alignment: its words, and where each word stands."""

    id: str
    path: str | None
    text: str
    language: str | None
    toks: tuple[Token, ...]
    norms: tuple[str, ...]
    index: dict[str, list[int]] = field(repr=False, compare=False)
    extra: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


def prepare_source(
    id: str, text: str, *, path: str | None = None, language: str | None = None, settings: Settings | None = None
) -> PreparedSource:
    toks = tuple(tokens(text))
    index: dict[str, list[int]] = {}
    for i, t in enumerate(toks):
        index.setdefault(t.norm, []).append(i)
    src = PreparedSource(id, path, text, language, toks, tuple(t.norm for t in toks), index)
    found = quotes.extract(text, settings, posts=False)  # a post is the source's own words
    src.extra["quotes"] = found
    src.extra["quoted"] = [(a, b) for q in found for a, b in q.parts]
    return src


def _quoted(src: PreparedSource, k: int) -> bool:
    """Whether source word ``k`` stands inside one of the source's own quotations."""
    if not 0 <= k < len(src.toks):
        return False
    pos = src.toks[k].start
    return any(a <= pos < b for a, b in src.extra.get("quoted", ()))


@dataclass(frozen=True)
class Piece:
    """A run of quote words between editorial gaps; ``gap_before`` is the gap that precedes it."""

    toks: tuple[Token, ...]
    bracket: tuple[bool, ...]
    gap_before: str | None  # "ellipsis" | "paragraph" | "join" | None


@dataclass(frozen=True)
class Op:
    """One alignment operation, in quote-word and source-word indices (half-open)."""

    tag: str  # equal | replace | quote_only | source_only
    q1: int
    q2: int
    s1: int
    s2: int


@dataclass(frozen=True)
class PieceAlignment:
    piece: Piece
    s_start: int
    s_end: int
    ops: tuple[Op, ...]
    equal: int


@dataclass(frozen=True)
class Alignment:
    source: PreparedSource
    pieces: tuple[PieceAlignment, ...]
    similarity: float
    matched: int
    quote_words: int

    @property
    def s_start(self) -> int:
        return min(p.s_start for p in self.pieces)

    @property
    def s_end(self) -> int:
        return max(p.s_end for p in self.pieces)

    def source_span(self) -> tuple[int, int]:
        toks = self.source.toks
        return toks[self.s_start].start, toks[max(self.s_start, self.s_end - 1)].end


def parse_pieces(text: str, parts: Sequence[tuple[int, int]]) -> tuple[list[Piece], tuple[str, ...]]:
    """Split a quote (its parts in ``text``) into pieces at ellipses and joins; flag bracketed words."""
    pieces: list[Piece] = []
    marks: list[str] = []
    # a quote that runs over paragraphs re-opens each one: a wire's excerpts of one statement, in its order
    lines = [(x, y) for a, b in parts for x, y in _reopened(text, a, b)]
    for k, (a, b) in enumerate(lines):
        gap: str | None = ("paragraph" if "\n" in text[lines[k - 1][1] : a] else "join") if k else None
        cur: list[Token] = []
        flags: list[bool] = []
        pos = a
        for m in _MARKS.finditer(text, a, b):
            for t in tokens(text, pos, m.start()):
                cur.append(t)
                flags.append(False)
            kind = m.lastgroup or ""  # ("note", not its inner "body": the outer group closes last)
            marks.append("bracket" if kind == "note" else kind)
            if kind == "ellipsis":
                if cur:
                    pieces.append(Piece(tuple(cur), tuple(flags), gap))
                cur, flags, gap = [], [], "ellipsis"
            elif kind in ("bracket", "note"):
                for t in tokens(text, *(m.span("body") if kind == "note" else (m.start() + 1, m.end() - 1))):
                    cur.append(t)
                    flags.append(True)
            pos = m.end()
        for t in tokens(text, pos, b):
            cur.append(t)
            flags.append(False)
        if cur:
            pieces.append(Piece(tuple(cur), tuple(flags), gap))
    return pieces, tuple(sorted(set(marks)))


_REOPENED = re.compile(r"\n[ \t]*[\"“«„]")


def _reopened(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A part cut where a new line re-opens the quote (a paragraph that goes on with it)."""
    out, pos = [], a
    for m in _REOPENED.finditer(text, a, b):
        out.append((pos, m.start()))
        pos = m.end()
    return [*out, (pos, b)]
