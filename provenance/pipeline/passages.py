"""Unquoted sentences against the sources: copied, paraphrased, or a clause-by-clause fusion of several source
sentences (the passages stage; quotes are :mod:`provenance.pipeline.align`'s)."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence

from provenance.pipeline.align import (
    STOPWORDS,
    Alignment,
    PieceAlignment,
    PreparedSource,
    _dice,
    align_words,
)
from provenance.pipeline.speaker_times import date_word
from provenance.settings import Settings
from provenance.text import Token, tokens

# A clause's least length and anchors are Settings fields (min_clause_words, min_clause_anchors).
_CLAUSE_BREAK = re.compile(r"[,;:–—]|\s-\s")

# A word that says something: this many letters at least, not capitalised (a name) and no month.
STATEMENT_WORD_LETTERS = 4


def says_nothing(text: str) -> bool:
    """A span of names, dates and short words only ("en Orlin, el 5 de mayo de 2024.", a caption's tail): it
    states nothing a passage could render, and a pair with it would rest on its place and date alone."""
    from provenance.pipeline.anchors import MONTHS  # (anchors reads the number lexicons: loaded once, on use)

    return not any(
        len(t.norm) >= STATEMENT_WORD_LETTERS and t.norm.isalpha() and t.norm not in MONTHS
        and not text[t.start : t.start + 1].isupper()
        for t in tokens(text)
    )  # fmt: skip


# --- passages ------------------------------------------------------------------------------------


def anchors(al: Alignment) -> int:
    """Distinctive words (not stop words) that the two sides share inside the aligned windows."""
    return sum(_bag(p, al.source)[1] for p in al.pieces)


def _passage_alignment(toks: Sequence[Token], src: PreparedSource, settings: Settings) -> PieceAlignment | None:
    # An unquoted sentence may fuse two source sentences ("cost X, and taxes will rise"): try a window
    # that reaches as far again as the sentence is long, and keep it only where it overlaps better.
    found = [align_words(toks, src, settings=settings), align_words(toks, src, slack=len(toks), settings=settings)]
    tries = [x for x in found if x is not None]
    return max(tries, key=_dice) if tries else None


def _kind(al: Alignment, settings: Settings) -> str | None:
    if al.similarity >= settings.copied_min_similarity:
        return "copied"
    if _loose(al) >= settings.paraphrase_min_similarity and anchors(al) >= settings.paraphrase_min_anchors:
        return "paraphrase" if _worded(al) else None  # ("03/24/2025 March 24, 2025": a page's date line)
    return None


def _worded(al: Alignment) -> bool:
    """The two sides share a word of substance that is no number and no month."""
    shared = (_shared(p, al.source) for p in al.pieces)
    return any(w.isalpha() and w not in STOPWORDS and not date_word(w) for c in shared for w in c)


def _bag(p: PieceAlignment, src: PreparedSource) -> tuple[int, int]:
    """Words a piece shares with its window in any order, and the distinctive ones among them."""
    shared = _shared(p, src)
    return sum(shared.values()), sum(n for w, n in shared.items() if w not in STOPWORDS)


def _shared(p: PieceAlignment, src: PreparedSource) -> Counter[str]:
    """The words (and how often) a piece shares with its source window, in any order."""
    return Counter(t.norm for t in p.piece.toks) & Counter(src.norms[p.s_start : p.s_end])


def _loose(al: Alignment) -> float:
    """Word overlap regardless of order: a paraphrase moves words around ("cases of measles were registered")."""
    shared = sum(_bag(p, al.source)[0] for p in al.pieces)
    n = al.quote_words + sum(p.s_end - p.s_start for p in al.pieces)
    return max(al.similarity, 2 * shared / n if n else 0.0)


def clauses(text: str, toks: Sequence[Token], min_words: int) -> list[list[Token]]:
    """A sentence's clauses: word runs between commas, semicolons, colons and dashes, at least ``min_words`` long."""
    out: list[list[Token]] = [[]]
    for prev, tok in zip([None, *toks[:-1]], toks, strict=True):
        if prev is not None and _CLAUSE_BREAK.search(text[prev.end : tok.start]) and len(out[-1]) >= min_words:
            out.append([])
        out[-1].append(tok)
    if len(out) > 1 and len(out[-1]) < min_words:
        out[-2].extend(out.pop())
    return out


def _clause_alignment(text: str, toks: Sequence[Token], src: PreparedSource, settings: Settings) -> Alignment | None:
    """A sentence that draws its clauses from different places of a source, aligned clause by clause."""
    parts = clauses(text, toks, settings.min_clause_words)
    if len(parts) < 2:
        return None
    pieces = []
    for part in parts:
        pa = _passage_alignment(part, src, settings)
        if pa is None:
            continue
        al = Alignment(src, (pa,), _dice(pa), pa.equal, len(part))
        if _loose(al) >= settings.paraphrase_min_similarity and anchors(al) >= settings.min_clause_anchors:
            pieces.append(pa)
    if not pieces:
        return None
    equal = sum(p.equal for p in pieces)
    sim = 2 * equal / (len(toks) + sum(p.s_end - p.s_start for p in pieces))
    return Alignment(src, tuple(pieces), min(1.0, sim), equal, len(toks))


def _may_derive(toks: Sequence[Token], src: PreparedSource, settings: Settings, text: str = "") -> bool:
    """Whether a sentence shares enough words with a source for the alignment to find it copied or
    paraphrased there: a bound, not a guess. Most sentences of a long article share next to nothing with a
    given source and skip aligning it (the alignments were most of the time of a 5 MB check).

    A window holds at least the words it shares, so similarity ``2·shared / (words + window)`` is at most
    ``2·P / (words + P)`` with ``P`` the sentence's words the source has anywhere: copied (similarity ``c``)
    needs ``P >= c·words / (2 - c)``, a paraphrase the same with its own similarity and its distinctive shared
    words (anchors), and a clause-by-clause paraphrase (``text`` given) one clause that meets it."""
    present = [t for t in toks if t.norm in src.index]
    anchors_at_most = sum(1 for t in present if t.norm not in STOPWORDS)
    if _reaches(len(present), len(toks), settings.copied_min_similarity):
        return True
    p = settings.paraphrase_min_similarity
    if anchors_at_most >= settings.paraphrase_min_anchors and _reaches(len(present), len(toks), p):
        return True
    if not text or anchors_at_most < settings.min_clause_anchors:
        return False
    parts = clauses(text, toks, settings.min_clause_words)
    for part in parts if len(parts) > 1 else ():
        shared = [t for t in part if t.norm in src.index]
        anchors_ = sum(1 for t in shared if t.norm not in STOPWORDS)
        if anchors_ >= settings.min_clause_anchors and _reaches(len(shared), len(part), p):
            return True
    return False


def _reaches(present: int, words: int, similarity: float) -> bool:
    """Whether ``present`` shared words can give ``words`` words a similarity this high (see _may_derive)."""
    return present * (2 - similarity) >= similarity * words


def match_passage(
    toks: Sequence[Token], sources: Sequence[PreparedSource], settings: Settings, text: str = ""
) -> tuple[str, Alignment] | None:
    """An unquoted sentence's best source span, as ``copied`` or lexical ``paraphrase``; None when neither.

    ``text`` (the document) lets a sentence that fuses clauses from different source sentences be aligned
    clause by clause when no single window carries it.
    """
    best: tuple[float, str, Alignment] | None = None
    for src in sources:
        found = _cached_match(toks, src, settings, text)
        if found is not None and (best is None or found[1].similarity > best[0]):
            best = (found[1].similarity, *found)
    return None if best is None else (best[1], best[2])


# Sentences matched per process (a reprint's, a wire story's sentences come back in article after article):
# the sentence's words and where they stand in it, the source and the settings; entries hold the source and
# settings they were made with, so that neither key is reused by another object while the entry lives.
MATCH_CACHE_MAX = 50_000
_MATCH_CACHE: dict[tuple[object, ...], tuple[int, tuple[str, Alignment] | None, PreparedSource, Settings]] = {}


def _cached_match(
    toks: Sequence[Token], src: PreparedSource, settings: Settings, text: str
) -> tuple[str, Alignment] | None:
    """:func:`_match_one`, once per process for each sentence and source; the same words at another place of
    another article give the same alignment, moved there."""
    base = toks[0].start if toks else 0
    where = tuple((t.start - base, t.end - base) for t in toks)
    words = text[base : toks[-1].end] if text and toks else tuple(t.norm for t in toks)
    key = (words, where, bool(text), id(src), id(settings))
    hit = _MATCH_CACHE.get(key)
    if hit is None:
        hit = (base, _match_one(toks, src, settings, text), src, settings)
        if len(_MATCH_CACHE) >= MATCH_CACHE_MAX:
            _MATCH_CACHE.pop(next(iter(_MATCH_CACHE), key), None)  # threads of the service may race here
        _MATCH_CACHE[key] = hit
    found = hit[1]
    return found if found is None or hit[0] == base else (found[0], _moved(found[1], base - hit[0]))


def _moved(al: Alignment, delta: int) -> Alignment:
    def move(p: PieceAlignment) -> PieceAlignment:
        toks = tuple(Token(t.norm, t.start + delta, t.end + delta) for t in p.piece.toks)
        return dataclasses.replace(p, piece=dataclasses.replace(p.piece, toks=toks))

    return dataclasses.replace(al, pieces=tuple(move(p) for p in al.pieces))


def _match_one(
    toks: Sequence[Token], src: PreparedSource, settings: Settings, text: str
) -> tuple[str, Alignment] | None:
    """The sentence against one source: copied, paraphrase (whole or clause by clause), or None."""
    if not _may_derive(toks, src, settings, text):
        return None
    pa = _passage_alignment(toks, src, settings)
    found: tuple[str, Alignment] | None = None
    if pa is not None:
        al = Alignment(src, (pa,), min(1.0, _dice(pa)), pa.equal, len(toks))
        kind = _kind(al, settings)
        found = (kind, al) if kind else None
    if found is None and text:
        al2 = _clause_alignment(text, toks, src, settings)
        if al2 is not None:
            found = ("paraphrase", al2)
    if found is not None and found[0] == "paraphrase":  # report the order-free overlap that decided it
        found = (found[0], dataclasses.replace(found[1], similarity=_loose(found[1])))
    return found
