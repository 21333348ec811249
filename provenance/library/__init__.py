"""The source library: primary sources in one SQLite file, and an index that finds the ones an article uses.

A library holds each source's text, language, SHA-256, metadata and the time it was added (the library may
hold time; reports never do). Three indexes sit beside the texts:

- ``shingles``: every 5-word shingle of every source (a hash of five consecutive normalised words) with the
  sources that hold it. An article *draws on* a source when they share several such shingles, i.e. runs of
  words, not merely words. This is what ``check --library`` and ``audit --library`` use to pick sources.
- ``sources_fts``: an FTS5 index of the texts, for ``library search`` with a few keywords (a topic search:
  it is shown to people, never used to pick sources).
- ``embeddings``: float32 vectors per (source id, model name), for the cross-lingual side. The library
  stores and returns them; a semantic stage that embeds texts may fill and use them.

Why exact shingles rather than MinHash LSH: an article quotes a paragraph of a long source, so the overlap
is a small share of either text. MinHash estimates Jaccard similarity, which is near zero for such pairs; an
inverted index of shingles finds them exactly, in one indexed look-up per shingle (about 1 ms for an article
at 100 k sources, see ``bench/results-audit.md``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sqlite3
import struct
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from provenance.errors import InputError
from provenance.text import tokens

if TYPE_CHECKING:
    from provenance.pipeline.context import SemanticStage
    from provenance.pipeline.load import Text
    from provenance.report import Report
    from provenance.settings import Settings

DEFAULT_DB = "provenance-library.db"
SCHEMA_VERSION = "1"

# --- thresholds ---------------------------------------------------------------------------------------------
# Words per shingle. Five consecutive words are rarely shared by chance between two texts on one topic
# ("the city council approved the" aside, which the stop-word rule below drops), while a quote of a
# sentence still yields several: an altered quote with one word changed in ten keeps half its shingles.
SHINGLE_WORDS = 5
# An article draws on a source when they share at least this many shingles (two: a run of six words) ...
MIN_SHARED_SHINGLES = 2
# ... and those shared runs hold at least this many distinct content words (not stop words). A set phrase
# ("the Pentagon said in a statement on Thursday": three shingles, but only pentagon, statement and
# thursday) is not evidence; a quote with two words of twelve changed still is ("this line will bring
# Riverside within" holds line, bring, riverside, within). A source that merely shares topic words (names,
# places, "tram line") shares no run of six words at all.
MIN_SHARED_CONTENT_WORDS = 4
# A shingle held by more than this many sources is boilerplate (a contact block, a standard disclaimer) and
# says nothing about which source an article draws on; the index stops listing its sources.
MAX_SHINGLE_SOURCES = 64
# Sources picked for one article at most, those sharing the most shingles first: an article drawing on
# more is a round-up, and every picked source costs an alignment per quote.
MAX_PICKED_SOURCES = 8
# SQLite page cache per connection, in KiB. The shingle index of 100 k sources is about 1 GB; 128 MiB keeps
# its upper B-tree levels and the hot pages in memory (adding sources is several times faster than with
# SQLite's 2 MiB default) while a pool of workers, each with its own connection, stays small.
CACHE_KIB = 128 * 1024
# Candidates shown by ``library search`` by default.
SEARCH_LIMIT = 10

FINDING_CODE = "LIBRARY_SOURCE"
NONE_FOUND_CODE = "LIBRARY_NO_SOURCE"
NONE_FOUND_MESSAGE = (
    f"No source in the library shares a run of {SHINGLE_WORDS + MIN_SHARED_SHINGLES - 1} words with the article; "
    "a translated or reworded copy is not found this way: give its source with --source"
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL,
    text TEXT NOT NULL,
    language TEXT,
    sha256 TEXT NOT NULL UNIQUE,
    chars INTEGER NOT NULL,
    shingles INTEGER NOT NULL,
    metadata TEXT NOT NULL DEFAULT '{}',
    added TEXT NOT NULL
);
-- h: a shingle's 64-bit hash (the rowid, so a look-up is one B-tree seek); n: sources holding it;
-- sources: their rowids, comma-separated, or NULL once n passes MAX_SHINGLE_SOURCES (boilerplate).
CREATE TABLE IF NOT EXISTS shingles (h INTEGER PRIMARY KEY, n INTEGER NOT NULL, sources TEXT);
CREATE TABLE IF NOT EXISTS embeddings (
    source TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    model TEXT NOT NULL,
    dim INTEGER NOT NULL,
    vectors BLOB NOT NULL,
    PRIMARY KEY (source, model)
);
CREATE VIRTUAL TABLE IF NOT EXISTS sources_fts USING fts5(text, content='sources', content_rowid='rowid');
"""


# --------------------------------------------------------------------------------------------- shingles


def _stopwords() -> frozenset[str]:
    from provenance.pipeline.align import STOPWORDS

    return STOPWORDS


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[int]:
    """The distinct k-word shingles of ``text`` as signed 64-bit hashes; shingles of stop words only are
    left out ("and that it is the" says nothing about a source)."""
    return set(_shingled(text, k)[1])


def _shingled(text: str, k: int = SHINGLE_WORDS) -> tuple[list[str | None], dict[int, list[int]]]:
    """``(words, where)``: the text's normalised words (None for a stop word) and, for each shingle hash,
    the word positions where it starts."""
    stop = _stopwords()
    norms = [t.norm for t in tokens(text)]
    words: list[str | None] = [None if w in stop else w for w in norms]
    where: dict[int, list[int]] = {}
    for i in range(len(norms) - k + 1):
        if all(w is None for w in words[i : i + k]):
            continue
        digest = hashlib.blake2b("\x1f".join(norms[i : i + k]).encode("utf-8"), digest_size=8).digest()
        where.setdefault(int.from_bytes(digest, "big", signed=True), []).append(i)
    return words, where


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
class Candidate:
    """A source that shares shingles with an article, with the evidence."""

    source: Text
    shared: int  # distinct shingles the two share
    article_shingles: int
    source_shingles: int
    content_words: int = 0  # distinct content words inside the shared runs

    @property
    def jaccard(self) -> float:
        union = self.article_shingles + self.source_shingles - self.shared
        return self.shared / union if union else 0.0

    @property
    def containment(self) -> float:
        """Share of the source's shingles found in the article."""
        return self.shared / self.source_shingles if self.source_shingles else 0.0

    @property
    def picked(self) -> bool:
        return self.shared >= MIN_SHARED_SHINGLES and self.content_words >= MIN_SHARED_CONTENT_WORDS

    def describe(self) -> str:
        return (
            f"Source '{self.source.id}' picked from the library: it shares {self.shared} shingles of "
            f"{SHINGLE_WORDS} consecutive words with the article, holding {self.content_words} content words "
            f"(Jaccard {self.jaccard:.3f}; {self.containment:.0%} of the source's shingles)"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.source.id,
            "path": self.source.path,
            "shared_shingles": self.shared,
            "content_words": self.content_words,
            "jaccard": round(self.jaccard, 4),
            "containment": round(self.containment, 4),
            "picked": self.picked,
        }


@dataclass(frozen=True)
class AddResult:
    id: str
    path: str
    status: str  # "added" or "exists"
    existing: str | None = None  # the id already holding the same text


# --------------------------------------------------------------------------------------------- the library


class Library:
    """A source library in an SQLite file, opened read-only unless ``writable`` (``create`` makes the file
    when missing). Use as a context manager."""

    def __init__(
        self, path: str | os.PathLike[str] = DEFAULT_DB, *, create: bool = False, writable: bool = False
    ) -> None:
        self.path = os.fspath(path)
        if not create and not os.path.isfile(self.path):
            raise InputError(
                f"{self.path}: no such source library; "
                f"build one with 'provenance library add PATH... --db {self.path}'",
                code="library",
            )
        try:
            if create or writable:
                self.db = sqlite3.connect(self.path)
            else:
                self.db = sqlite3.connect(f"file:{_uri_path(self.path)}?mode=ro", uri=True)
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            if create:
                self.db.executescript(_SCHEMA)
                self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
                self.db.execute("INSERT OR IGNORE INTO meta VALUES ('shingle_words', ?)", (str(SHINGLE_WORDS),))
                self.db.commit()
            self._check_schema()
        except sqlite3.DatabaseError as e:
            raise InputError(f"{self.path}: not a source library ({e})", code="library") from None

    def _check_schema(self) -> None:
        try:
            rows = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError:
            raise InputError(f"{self.path}: not a provenance source library", code="library") from None
        if rows.get("schema") != SCHEMA_VERSION or rows.get("shingle_words") != str(SHINGLE_WORDS):
            raise InputError(
                f"{self.path}: library schema {rows.get('schema')!r} is not {SCHEMA_VERSION!r}; rebuild it",
                code="library",
            )

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM sources").fetchone()[0])

    # ---------------------------------------------------------------------------------------- writing

    def add(
        self, texts: Iterable[Text], metadata: Mapping[str, str] | None = None, *, language: str | None = None
    ) -> list[AddResult]:
        """Add sources in one transaction. The same text again (same SHA-256) is not added twice; an id
        already used by a different text raises InputError and adds nothing. ``language`` (an ISO 639-1
        code) is recorded as given instead of detected."""
        from provenance.pipeline.language import detect_code

        results: list[AddResult] = []
        with self.db:  # one transaction: all or nothing
            for t in texts:
                same = self.db.execute("SELECT id FROM sources WHERE sha256 = ?", (t.sha256,)).fetchone()
                if same is not None:
                    results.append(AddResult(t.id, t.path, "exists", same[0]))
                    continue
                taken = self.db.execute("SELECT path FROM sources WHERE id = ?", (t.id,)).fetchone()
                if taken is not None:
                    raise InputError(
                        f"{t.path}: the library already holds a different source with id '{t.id}' (from "
                        f"{taken[0]}); rename the file or 'provenance library remove {t.id}' first",
                        code="library",
                    )
                sh = shingles(t.text)
                meta = {**dict(t.meta), **(metadata or {})}
                cur = self.db.execute(
                    "INSERT INTO sources (id, path, text, language, sha256, chars, shingles, metadata, added)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (t.id, t.path, t.text, language or detect_code(t.text)[0], t.sha256, len(t.text), len(sh),
                     json.dumps(meta, ensure_ascii=False, sort_keys=True), _now()),
                )  # fmt: skip
                rowid = cur.lastrowid
                assert rowid is not None
                self.db.execute("INSERT INTO sources_fts (rowid, text) VALUES (?, ?)", (rowid, t.text))
                self._index(rowid, sh)
                results.append(AddResult(t.id, t.path, "added"))
        return results

    def _index(self, rowid: int, sh: Iterable[int]) -> None:
        self.db.executemany(
            "INSERT INTO shingles (h, n, sources) VALUES (?, 1, ?) ON CONFLICT(h) DO UPDATE SET n = n + 1, "
            f"sources = CASE WHEN n < {MAX_SHINGLE_SOURCES} THEN sources || ',' || excluded.sources END",
            ((h, str(rowid)) for h in sorted(sh)),
        )

    def remove(self, source_id: str) -> bool:
        """Remove a source (its shingles, FTS entry and embeddings); False when no such id."""
        row = self.db.execute("SELECT rowid, text FROM sources WHERE id = ?", (source_id,)).fetchone()
        if row is None:
            return False
        rowid, text = row
        with self.db:
            for h in sorted(shingles(text)):
                hit = self.db.execute("SELECT n, sources FROM shingles WHERE h = ?", (h,)).fetchone()
                if hit is None:
                    continue
                n, listed = hit
                if n <= 1:
                    self.db.execute("DELETE FROM shingles WHERE h = ?", (h,))
                    continue
                rest = None if listed is None else ",".join(s for s in listed.split(",") if s != str(rowid))
                self.db.execute("UPDATE shingles SET n = ?, sources = ? WHERE h = ?", (n - 1, rest, h))
            self.db.execute("INSERT INTO sources_fts (sources_fts, rowid, text) VALUES ('delete', ?, ?)", (rowid, text))
            self.db.execute("DELETE FROM sources WHERE rowid = ?", (rowid,))
        return True

    def put_embedding(self, source_id: str, model: str, vectors: Sequence[Sequence[float]]) -> None:
        """Store a source's vectors (one per chunk: sentence, paragraph or the whole text) for ``model``."""
        rows = [list(map(float, v)) for v in vectors]
        dim = len(rows[0]) if rows else 0
        if any(len(v) != dim for v in rows):
            raise InputError(f"embeddings for '{source_id}' have rows of different lengths", code="library")
        blob = b"".join(struct.pack(f"<{dim}f", *v) for v in rows)
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO embeddings (source, model, dim, vectors) VALUES (?, ?, ?, ?)",
                (source_id, model, dim, blob),
            )

    def embeddings(self, model: str) -> Iterator[tuple[str, list[tuple[float, ...]]]]:
        """``(source id, vectors)`` stored for ``model``."""
        for sid, dim, blob in self.db.execute(
            "SELECT source, dim, vectors FROM embeddings WHERE model = ? ORDER BY source", (model,)
        ):
            yield sid, [struct.unpack_from(f"<{dim}f", blob, i * 4 * dim) for i in range(len(blob) // (4 * dim or 1))]

    # ---------------------------------------------------------------------------------------- reading

    def records(self) -> list[SourceRecord]:
        rows = self.db.execute(
            "SELECT id, path, language, sha256, chars, shingles, metadata, added FROM sources ORDER BY id"
        ).fetchall()
        return [_record_of(r) for r in rows]

    def get(self, source_id: str) -> Text | None:
        row = self.db.execute(
            "SELECT id, path, text, sha256, metadata FROM sources WHERE id = ?", (source_id,)
        ).fetchone()
        return None if row is None else _text_of(row)

    def candidates(self, text: str, *, limit: int = MAX_PICKED_SOURCES, picked_only: bool = True) -> list[Candidate]:
        """Sources sharing shingles with ``text``, most shared first (ties by id). With ``picked_only``, only
        those it draws on (``Candidate.picked``: enough shared runs, holding enough content words)."""
        words, where = _shingled(text)
        if not where:
            return []
        shared: dict[int, list[int]] = {}  # source rowid -> the shingle hashes it shares with the text
        hashes = list(where)
        for i in range(0, len(hashes), 900):  # well under SQLite's bound-parameter limit
            chunk = hashes[i : i + 900]
            marks = ",".join("?" * len(chunk))
            for h, listed in self.db.execute(
                f"SELECT h, sources FROM shingles WHERE h IN ({marks}) AND sources IS NOT NULL", chunk
            ):
                for s in listed.split(","):
                    shared.setdefault(int(s), []).append(h)

        def content(hs: list[int]) -> int:
            covered = {i + j for h in hs for i in where[h] for j in range(SHINGLE_WORDS)}
            return len({words[i] for i in covered} - {None})

        floor = MIN_SHARED_SHINGLES if picked_only else 1
        hits = [(len(hs), rowid, content(hs)) for rowid, hs in shared.items() if len(hs) >= floor]
        if picked_only:
            hits = [x for x in hits if x[2] >= MIN_SHARED_CONTENT_WORDS]
        if not hits:
            return []
        rows = {
            r[0]: r[1:]
            for r in self.db.execute(
                f"SELECT rowid, id, path, text, sha256, metadata, shingles FROM sources WHERE rowid IN "
                f"({','.join('?' * len(hits))})",
                [rowid for _, rowid, _ in hits],
            )
        }
        found = [Candidate(_text_of(rows[r][:5]), n, len(where), rows[r][5], c) for n, r, c in hits if r in rows]
        found.sort(key=lambda c: (-c.shared, c.source.id))
        return found[:limit]

    def find_sources(self, article_text: str, settings: Settings | None = None) -> list[Text]:
        """The sources an article draws on by itself (shared word runs, not shared topic words)."""
        return [c.source for c in self.candidates(article_text)]

    def word_search(self, query: str, *, limit: int = SEARCH_LIMIT) -> list[tuple[SourceRecord, float]]:
        """Sources that hold the query's words (FTS5, bm25 rank): a topic search for people."""
        words = [t.norm for t in tokens(query)]
        if not words:
            return []
        match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        rows = self.db.execute(
            "SELECT s.id, s.path, s.language, s.sha256, s.chars, s.shingles, s.metadata, s.added, bm25(sources_fts)"
            " FROM sources_fts JOIN sources s ON s.rowid = sources_fts.rowid WHERE sources_fts MATCH ?"
            " ORDER BY bm25(sources_fts), s.id LIMIT ?",
            (match, limit),
        ).fetchall()
        return [(_record_of(r), -float(r[8])) for r in rows]


# --------------------------------------------------------------------------------------------- checking


def check_with_library(
    article: Text, sources: Sequence[Any], settings: Settings, stage: SemanticStage | None, library: str | Library
) -> Report:
    """``check`` against the given sources plus those the library picks, with an info finding per pick."""
    if isinstance(library, Library):
        found = library.candidates(article.text)
    else:
        with Library(library) as lib:
            found = lib.candidates(article.text)
    return check_with_candidates(article, sources, found, settings, stage)


def check_with_candidates(
    article: Text, sources: Sequence[Any], found: Sequence[Candidate], settings: Settings,
    stage: SemanticStage | None,
) -> Report:  # fmt: skip
    """``check`` with candidates already looked up (the Dask engine looks them up where the library is)."""
    from provenance.pipeline.run import check
    from provenance.report import Finding

    given = {s.id for s in sources}
    picked = [c for c in found if c.source.id not in given]
    report = check(article, [*sources, *(c.source for c in picked)], settings, semantic=stage)
    if picked:
        extra = tuple(Finding("info", FINDING_CODE, c.describe()) for c in picked)
    elif not found and not sources:
        extra = (Finding("info", NONE_FOUND_CODE, NONE_FOUND_MESSAGE),)
    else:
        return report
    order = {"error": 0, "warning": 1, "info": 2}
    findings = sorted(
        report.findings + extra, key=lambda f: (f.start if f.start is not None else -1, order[f.severity], f.code)
    )
    return dataclasses.replace(report, findings=tuple(findings))


# --------------------------------------------------------------------------------------------- helpers


def _record_of(r: Sequence[Any]) -> SourceRecord:
    return SourceRecord(
        id=r[0], path=r[1], language=r[2], sha256=r[3], chars=r[4], shingles=r[5], metadata=json.loads(r[6]), added=r[7]
    )


def _text_of(row: Sequence[Any]) -> Text:
    from provenance.pipeline.load import Text

    sid, path, text, sha, meta = row
    return Text(id=sid, path=path, text=text, sha256=sha, encoding=None, meta=json.loads(meta))


def _uri_path(path: str) -> str:
    from urllib.parse import quote

    return quote(os.path.abspath(path))


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
