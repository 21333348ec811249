"""Finding the sources an article draws on: shared runs of words (shingles), and a word search for people.

An article *draws on* a source when they share several 5-word shingles (hashes of five consecutive normalised
words), i.e. runs of words, not merely words: that is what ``check --library`` and ``audit --library`` use to
pick sources. The thresholds are ``library_*`` fields of :class:`~provenance.settings.Settings`.

Why exact shingles rather than MinHash LSH: an article quotes a paragraph of a long source, so the overlap
is a small share of either text. MinHash estimates Jaccard similarity, which is near zero for such pairs; an
inverted index of shingles finds them exactly, in one indexed look-up per shingle (about 1 ms for an article
at 100 k sources, see ``bench/results-audit.md``).

This module reads an open SQLite connection (:class:`~provenance.library.store.Library` holds it); it never
writes.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from provenance.pipeline.load import Text
from provenance.pipeline.shingles import SHINGLE_WORDS, shingled
from provenance.settings import Settings, defaults
from provenance.text import tokens

# Candidates shown by ``library search`` by default.
SEARCH_LIMIT = 10
# Shingle hashes looked up per query: well under SQLite's bound-parameter limit.
LOOKUP_CHUNK = 900

# A sentence pair counts, for ranking, as many shingles as a copied sentence of about ten words shares.
PAIR_WEIGHT = 6
# Sentence pairs quoted in a pick's explanation.
DESCRIBED_PAIRS = 2

FINDING_CODE = "LIBRARY_SOURCE"
VECTORS_OFF_CODE = "LIBRARY_NO_VECTORS"
NONE_FOUND_CODE = "LIBRARY_NO_SOURCE"


def none_found_message(settings: Settings | None = None, note: str | None = None) -> str:
    """What a check says when the library picked nothing; ``note`` is why vectors were not searched."""
    s = settings or defaults()
    run = SHINGLE_WORDS + s.library_min_shared_shingles - 1
    if note is None:
        return (
            f"No source in the library shares a run of {run} words with the article, nor a sentence near enough "
            "in meaning (in any language) to carry a quote or passage: give its source with --source"
        )
    return (
        f"No source in the library shares a run of {run} words with the article; a translated or reworded "
        f"copy is not found this way ({note}): give its source with --source"
    )


# --------------------------------------------------------------------------------------------- results


@dataclass(frozen=True)
class SourceRecord:
    """A source as the library lists it (without its text)."""

    id: str
    path: str
    language: str | None
    sha256: str
    chars: int
    shingles: int
    metadata: Mapping[str, str]
    added: str

    def to_dict(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self), "metadata": dict(self.metadata)}


@dataclass(frozen=True)
class Pair:
    """An article sentence and its nearest source sentence in the vector index, with what confirms them."""

    article: tuple[int, int]  # span in the article
    source: tuple[int, int]  # span in the source
    similarity: float  # cosine of the two sentence vectors
    anchors: int  # numbers, dates, names and acronyms both hold
    conflicts: int  # anchors in conflict (a changed number: drift, for the check to report)
    margin: float  # cosine over the mean of the article sentence's next neighbours in the library
    article_text: str = ""
    source_text: str = ""
    facts: int = 0  # of the anchors, numbers, dates and acronyms (the rest are names)
    bridged: bool = False  # one side read through the Russian bridge (the encoder does not read Ukrainian)
    seconded: float | None = None  # the second encoder's cosine, where it put this pair first (retrieve: seconded)
    encoder: str | None = None  # the encoder whose index found it, when not the library's first (retrieve: second)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": list(self.article), "source": list(self.source), "similarity": self.similarity,
            "anchors": self.anchors, "facts": self.facts, "conflicts": self.conflicts, "margin": self.margin,
            "article_text": self.article_text, "source_text": self.source_text,
        } | ({} if self.seconded is None else {"seconded": self.seconded}) | (
            {} if self.encoder is None else {"encoder": self.encoder})  # fmt: skip


@dataclass(frozen=True)
class Candidate:
    """A source that shares shingles or near sentences with an article, with the evidence."""

    source: Text
    shared: int  # distinct shingles the two share
    article_shingles: int
    source_shingles: int
    content_words: int = 0  # distinct content words inside the shared runs
    picked: bool = False  # evidence enough to carry a quote or passage: the article draws on it
    pairs: tuple[Pair, ...] = ()  # nearest sentence pairs (vectors), best first

    @property
    def jaccard(self) -> float:
        union = self.article_shingles + self.source_shingles - self.shared
        return self.shared / union if union else 0.0

    @property
    def containment(self) -> float:
        """Share of the source's shingles found in the article."""
        return self.shared / self.source_shingles if self.source_shingles else 0.0

    @property
    def weight(self) -> float:
        """For ranking: shared shingles, and a sentence pair counted as the shingles of a copied sentence."""
        return self.shared + PAIR_WEIGHT * sum(p.similarity for p in self.pairs)

    def describe(self) -> str:
        parts = []
        if self.shared:
            parts.append(
                f"it shares {self.shared} shingles of {SHINGLE_WORDS} consecutive words with the article, holding "
                f"{self.content_words} content words (Jaccard {self.jaccard:.3f}; {self.containment:.0%} of the "
                "source's shingles)"
            )
        if self.pairs:
            near = "; ".join(
                f"“{_clip(p.article_text)}” ~ “{_clip(p.source_text)}” (cosine {p.similarity:.2f}"
                + ("" if p.encoder is None else f" by {p.encoder}, {p.margin:.2f} ahead of the next")
                + ", "
                f"{p.anchors} number(s), date(s) or name(s) shared"
                + ("" if p.seconded is None else f"; the second encoder puts it first, cosine {p.seconded:.2f}")
                + ")"
                for p in self.pairs[:DESCRIBED_PAIRS]
            )
            parts.append(f"its sentences nearest to the article's ({len(self.pairs)}): {near}")
        return f"Source '{self.source.id}' picked from the library: " + "; ".join(parts or ["no evidence"])

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.source.id,
            "path": self.source.path,
            "shared_shingles": self.shared,
            "content_words": self.content_words,
            "jaccard": round(self.jaccard, 4),
            "containment": round(self.containment, 4),
            "picked": self.picked,
            "nearest": [p.to_dict() for p in self.pairs],
        }


class Picks(list[Candidate]):
    """Candidates, best first, and ``note``: why the vectors were not searched (translated sources cannot be
    found), or None; ``searched``: how many sources were searched by words and by meaning (0 when ``note``)."""

    note: str | None = None
    searched: int = 0


def _clip(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# --------------------------------------------------------------------------------------------- searching


def candidates(
    db: sqlite3.Connection, text: str, *, settings: Settings | None = None, limit: int | None = None,
    picked_only: bool = True,
) -> list[Candidate]:  # fmt: skip
    """Sources sharing shingles with ``text``, most shared first (ties by id), at most ``limit`` (by default
    ``library_max_picked``). With ``picked_only``, only those it draws on (``Candidate.picked``)."""
    s = settings or defaults()
    words, where = shingled(text)
    if not where:
        return []
    shared: dict[int, list[int]] = {}  # source rowid -> the shingle hashes it shares with the text
    hashes = list(where)
    for i in range(0, len(hashes), LOOKUP_CHUNK):
        chunk = hashes[i : i + LOOKUP_CHUNK]
        marks = ",".join("?" * len(chunk))
        for h, listed in db.execute(
            f"SELECT h, sources FROM shingles WHERE h IN ({marks}) AND sources IS NOT NULL", chunk
        ):
            for src in listed.split(","):
                shared.setdefault(int(src), []).append(h)

    def content(hs: list[int]) -> int:
        covered = {i + j for h in hs for i in where[h] for j in range(SHINGLE_WORDS)}
        return len({words[i] for i in covered} - {None})

    def drawn_on(n: int, c: int) -> bool:
        return n >= s.library_min_shared_shingles and c >= s.library_min_content_words

    floor = s.library_min_shared_shingles if picked_only else 1
    hits = [(len(hs), rowid, content(hs)) for rowid, hs in shared.items() if len(hs) >= floor]
    if picked_only:
        hits = [x for x in hits if drawn_on(x[0], x[2])]
    if not hits:
        return []
    rows = {
        r[0]: r[1:]
        for r in db.execute(
            f"SELECT rowid, id, path, text, sha256, metadata, shingles FROM sources WHERE rowid IN "
            f"({','.join('?' * len(hits))})",
            [rowid for _, rowid, _ in hits],
        )
    }
    found = [
        Candidate(text_of(rows[r][:5]), n, len(where), rows[r][5], c, drawn_on(n, c)) for n, r, c in hits if r in rows
    ]
    found.sort(key=lambda c: (-c.shared, c.source.id))
    return found[: s.library_max_picked if limit is None else limit]


def word_search(db: sqlite3.Connection, query: str, *, limit: int = SEARCH_LIMIT) -> list[tuple[SourceRecord, float]]:
    """Sources that hold the query's words (FTS5, bm25 rank): a topic search for people."""
    words = [t.norm for t in tokens(query)]
    if not words:
        return []
    match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
    rows = db.execute(
        "SELECT s.id, s.path, s.language, s.sha256, s.chars, s.shingles, s.metadata, s.added, bm25(sources_fts)"
        " FROM sources_fts JOIN sources s ON s.rowid = sources_fts.rowid WHERE sources_fts MATCH ?"
        " ORDER BY bm25(sources_fts), s.id LIMIT ?",
        (match, limit),
    ).fetchall()
    return [(record_of(r), -float(r[8])) for r in rows]


# --------------------------------------------------------------------------------------------- rows


def record_of(r: Sequence[Any]) -> SourceRecord:
    return SourceRecord(
        id=r[0], path=r[1], language=r[2], sha256=r[3], chars=r[4], shingles=r[5], metadata=json.loads(r[6]), added=r[7]
    )


def text_of(row: Sequence[Any]) -> Text:
    sid, path, text, sha, meta = row
    return Text(id=sid, path=path, text=text, sha256=sha, encoding=None, meta=json.loads(meta))
