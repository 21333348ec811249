"""The library's vector index: sentence vectors of every source, in the SQLite file, searched by inverted lists.

Each source sentence of at least a few words is a *unit* (``units``: the source, its span, its list); its
vector is kept as int8 (the unit vector times ``127 / max |component|``, the scale beside it: a quarter of
float32's bytes, cosines within about 0.01). Vectors are filed in inverted lists (IVF): k-means centroids over
the library's vectors (``vec_centroids``), each vector in the list of its nearest centroid, each list stored
as a few blobs (``vec_blocks``: unit ids, scales, int8 rows). A query reads the lists of its ``nprobe``
nearest centroids only, so the cost grows with the square root of the library, not with its size.

Why not sqlite-vec or usearch: the Python built here (and on CI) has ``sqlite3`` without extension loading
(``Connection.enable_load_extension`` is missing), so sqlite-vec cannot be loaded into it; and sqlite-vec
0.1 answers a k-NN query by scanning every row (a million 512-float rows is 2 GB per query). usearch and
faiss keep their index in a file or in memory beside the library, and loading it costs seconds per
``check --library``. Inverted lists in SQLite blobs keep everything in the one file, open instantly, and
need numpy only (see BENCHMARKS.md, "Sources across languages").

Until the library has ``TRAIN_MIN`` vectors there is one list (an exact search); past it, and each time the
number of vectors doubles, the centroids are trained again and every vector is filed anew.
"""

from __future__ import annotations

import random
import sqlite3
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


def schema(prefix: str = "") -> str:
    """The tables of one index; ``prefix`` names another encoder's index beside the first (``second_``)."""
    return f"""
CREATE TABLE IF NOT EXISTS {prefix}units (
    rowid INTEGER PRIMARY KEY,
    source INTEGER NOT NULL REFERENCES sources(rowid) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    list INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS {prefix}units_source ON {prefix}units(source);
CREATE TABLE IF NOT EXISTS {prefix}vec_centroids (list INTEGER PRIMARY KEY, centroid BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS {prefix}vec_blocks (
    list INTEGER NOT NULL, block INTEGER NOT NULL, ids BLOB NOT NULL, scales BLOB NOT NULL, vecs BLOB NOT NULL,
    PRIMARY KEY (list, block)
);
"""


SCHEMA = schema()

# Vectors before the first training: below this an exact search over one list costs under a millisecond.
TRAIN_MIN = 4096
# Vectors per list the training aims at: a query reads nprobe lists of about this many rows per sentence.
LIST_ROWS = 256
# Most lists: k-means past this costs more than it saves.
MAX_LISTS = 4096
# Vectors sampled per list to train the centroids, and k-means rounds (spherical k-means converges fast).
TRAIN_SAMPLE_PER_LIST = 24
TRAIN_ROUNDS = 8
# Rows per stored block of a list: a list is a few blobs, rewritten whole when it changes.
BLOCK_ROWS = 4096
# Vectors assigned per matrix product when filing (bounds memory while retraining a large library).
ASSIGN_CHUNK = 32768
# Blocks re-filed per step while retraining (bounds memory: 16 full blocks are 64 k vectors).
REFILE_BLOCKS = 16
# Lists held in memory per open library (about 130 KB each at 512 dimensions and LIST_ROWS rows).
CACHE_LISTS = 2048


@dataclass(frozen=True)
class Hit:
    """One nearest unit of a query row: the query's index, the unit's rowid, the cosine."""

    query: int
    unit: int
    similarity: float


def quantise(m: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(int8 rows, float32 scales)``: row ≈ int8 row / scale."""
    import numpy as np

    peak = np.maximum(np.abs(m).max(axis=1), 1e-12).astype(np.float32)
    scales = (127.0 / peak).astype(np.float32)
    q = np.clip(np.rint(m * scales[:, None]), -127, 127).astype(np.int8)
    return q, scales


class VectorIndex:
    """The inverted lists of one library connection (the caller holds transactions)."""

    def __init__(self, db: sqlite3.Connection, prefix: str = "") -> None:
        self.db = db
        self.prefix = prefix  # of its tables and meta keys: "" for the library's encoder, "second_" beside it
        self.units = f"{prefix}units"
        self._centroids_t = f"{prefix}vec_centroids"
        self._blocks_t = f"{prefix}vec_blocks"
        self._centroids: np.ndarray | None = None
        self._loaded = False
        self._cache: OrderedDict[int, tuple[np.ndarray, np.ndarray]] = OrderedDict()

    # ------------------------------------------------------------------------------------------ state

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (self.prefix + key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (self.prefix + key, value))

    def count(self) -> int:
        return int(self.db.execute(f"SELECT count(*) FROM {self.units}").fetchone()[0])

    def centroids(self) -> np.ndarray | None:
        import numpy as np

        if not self._loaded:
            rows = self.db.execute(f"SELECT centroid FROM {self._centroids_t} ORDER BY list").fetchall()
            self._centroids = np.stack([np.frombuffer(r[0], dtype=np.float32) for r in rows]) if rows else None
            self._loaded = True
        return self._centroids

    def _forget(self) -> None:
        self._loaded = False
        self._centroids = None
        self._cache.clear()

    # ------------------------------------------------------------------------------------------ writing

    def add(self, items: Sequence[tuple[int, Sequence[tuple[int, int]], np.ndarray]]) -> None:
        """File sources' unit vectors: ``(source rowid, spans, rows)`` each, rows L2-normalised in span order.
        Each list touched is rewritten once per call, so a batch of many sources costs little more than one."""
        import numpy as np

        items = [it for it in items if len(it[1])]
        if not items:
            return
        vectors = np.concatenate([it[2] for it in items]).astype(np.float32, copy=False)
        lists = self._assign(vectors)
        ids: list[int | None] = []
        k = 0
        for source, spans, _ in items:
            for a, b in spans:
                cur = self.db.execute(
                    f"INSERT INTO {self.units} (source, start, end, list) VALUES (?, ?, ?, ?)", (source, a, b, lists[k])
                )
                ids.append(cur.lastrowid)
                k += 1
        self._append(lists, ids, vectors)

    def _assign(self, vectors: np.ndarray) -> list[int]:
        import numpy as np

        c = self.centroids()
        if c is None:
            return [0] * len(vectors)
        out: list[int] = []
        for k in range(0, len(vectors), ASSIGN_CHUNK):
            out.extend(int(i) for i in np.argmax(vectors[k : k + ASSIGN_CHUNK] @ c.T, axis=1))
        return out

    def _append(self, lists: Sequence[int], ids: Sequence[int | None], vectors: np.ndarray) -> None:
        import numpy as np

        q, scales = quantise(vectors)
        by_list: dict[int, list[int]] = {}
        for k, li in enumerate(lists):
            by_list.setdefault(li, []).append(k)
        for li, rows in by_list.items():
            new_ids = np.asarray([ids[k] for k in rows], dtype=np.int64)
            last = self.db.execute(
                f"SELECT block, ids, scales, vecs FROM {self._blocks_t} WHERE list = ? ORDER BY block DESC LIMIT 1",
                (li,),
            ).fetchone()
            block, old_ids, old_scales, old_vecs = 0, new_ids[:0], scales[:0], q[:0]
            if last is not None:
                block = last[0]
                old_ids = np.frombuffer(last[1], dtype=np.int64)
                if len(old_ids) + len(rows) > BLOCK_ROWS:
                    block, old_ids = block + 1, new_ids[:0]
                else:
                    old_scales = np.frombuffer(last[2], dtype=np.float32)
                    old_vecs = np.frombuffer(last[3], dtype=np.int8).reshape(len(old_ids), -1)
            merged = (np.concatenate([old_ids, new_ids]), np.concatenate([old_scales, scales[rows]]),
                      np.concatenate([old_vecs, q[rows]]))  # fmt: skip
            self._write_block(li, block, *merged)
            self._cache.pop(li, None)

    def _write_block(self, li: int, block: int, ids: np.ndarray, scales: np.ndarray, vecs: np.ndarray) -> None:
        self.db.execute(
            f"INSERT OR REPLACE INTO {self._blocks_t} (list, block, ids, scales, vecs) VALUES (?, ?, ?, ?, ?)",
            (li, block, ids.tobytes(), scales.astype("<f4").tobytes(), vecs.tobytes()),
        )

    def remove(self, source: int) -> None:
        """Drop a source's units from their lists."""
        import numpy as np

        rows = self.db.execute(f"SELECT rowid, list FROM {self.units} WHERE source = ?", (source,)).fetchall()
        gone = np.asarray([r[0] for r in rows], dtype=np.int64)
        for li in sorted({r[1] for r in rows}):
            for block, ids_b, scales_b, vecs_b in self.db.execute(
                f"SELECT block, ids, scales, vecs FROM {self._blocks_t} WHERE list = ?", (li,)
            ).fetchall():
                ids = np.frombuffer(ids_b, dtype=np.int64)
                keep = ~np.isin(ids, gone)
                if keep.all():
                    continue
                scales = np.frombuffer(scales_b, dtype=np.float32)
                vecs = np.frombuffer(vecs_b, dtype=np.int8).reshape(len(ids), -1)
                if keep.any():
                    self._write_block(li, block, ids[keep], scales[keep], vecs[keep])
                else:
                    self.db.execute(f"DELETE FROM {self._blocks_t} WHERE list = ? AND block = ?", (li, block))
            self._cache.pop(li, None)
        self.db.execute(f"DELETE FROM {self.units} WHERE source = ?", (source,))

    def clear(self) -> None:
        self.db.execute(f"DELETE FROM {self.units}")
        self.db.execute(f"DELETE FROM {self._blocks_t}")
        self.db.execute(f"DELETE FROM {self._centroids_t}")
        self.set_meta("vector_trained", "0")
        self._forget()

    # ------------------------------------------------------------------------------------------ training

    def needs_training(self) -> bool:
        n = self.count()
        trained = int(self.meta("vector_trained") or 0)
        return n >= TRAIN_MIN and n >= 2 * trained

    def train(self, seed: int = 0) -> int:
        """k-means centroids over a sample of the stored vectors, then every vector filed anew; the number of
        lists. Deterministic for a given library (seeded sample and start)."""
        import numpy as np

        n = self.count()
        nlist = max(1, min(MAX_LISTS, n // LIST_ROWS))
        blocks = self.db.execute(f"SELECT ids, scales, vecs FROM {self._blocks_t} ORDER BY list, block").fetchall()
        ids = np.concatenate([np.frombuffer(b[0], dtype=np.int64) for b in blocks]) if blocks else np.zeros(0, np.int64)
        if nlist > 1:
            rng = random.Random(seed)
            want = set(rng.sample(range(len(ids)), min(len(ids), nlist * TRAIN_SAMPLE_PER_LIST)))
            sample, k = [], 0
            for b in blocks:
                m = _rows(b)
                pick = [i - k for i in range(k, k + len(m)) if i in want]
                if pick:
                    sample.append(m[pick])
                k += len(m)
            centroids = kmeans(np.concatenate(sample), nlist, seed)
        else:
            centroids = None
        self.db.execute(f"DELETE FROM {self._centroids_t}")
        if centroids is not None:
            self.db.executemany(f"INSERT INTO {self._centroids_t} VALUES (?, ?)",
                                ((i, c.astype("<f4").tobytes()) for i, c in enumerate(centroids)))  # fmt: skip
        self._forget()
        self._centroids, self._loaded = centroids, True
        self.db.execute(f"DELETE FROM {self._blocks_t}")
        for k in range(0, len(blocks), REFILE_BLOCKS):
            part = blocks[k : k + REFILE_BLOCKS]
            m = np.concatenate([_rows(b) for b in part])
            pid = np.concatenate([np.frombuffer(b[0], dtype=np.int64) for b in part])
            lists = self._assign(m)
            moved = zip(lists, map(int, pid), strict=True)
            self.db.executemany(f"UPDATE {self.units} SET list = ? WHERE rowid = ?", moved)
            self._append(lists, [int(i) for i in pid], m)
        self.set_meta("vector_trained", str(n))
        return nlist

    # ------------------------------------------------------------------------------------------ searching

    def search(self, queries: np.ndarray, k: int, nprobe: int, floor: float) -> list[Hit]:
        """The ``k`` nearest units of each query row with a cosine of at least ``floor``, among the lists of
        its ``nprobe`` nearest centroids (and of the other rows': each list read is scored against all)."""
        import numpy as np

        if not len(queries):
            return []
        c = self.centroids()
        if c is None:
            wanted = [0]
        else:
            n = min(nprobe, len(c))
            wanted = sorted({int(li) for li in np.argpartition(-(queries @ c.T), n - 1, axis=1)[:, :n].ravel()})
        lists = self._lists(wanted)
        if not lists:
            return []
        # one small product per list read (no copy of its rows), then the top k per query
        ids = np.concatenate([lists[li][0] for li in lists])
        sims = np.concatenate([lists[li][1] @ queries.T for li in lists])  # (units, queries)
        hits: list[Hit] = []
        kk = min(k, len(ids))
        if len(ids) > kk:
            top = np.argpartition(-sims, kk - 1, axis=0)[:kk]  # (k, queries)
        else:
            top = np.tile(np.arange(len(ids))[:, None], (1, len(queries)))
        for qi in range(len(queries)):
            for j in top[:, qi]:
                v = float(sims[j, qi])
                if v >= floor:
                    hits.append(Hit(qi, int(ids[j]), v))
        return hits

    def _lists(self, wanted: Iterable[int]) -> dict[int, tuple[np.ndarray, np.ndarray]]:
        """``list -> (unit ids, float32 rows)`` for the wanted lists, from the cache or the file."""
        import numpy as np

        out: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        todo = []
        for li in wanted:
            hit = self._cache.get(li)
            if hit is None:
                todo.append(li)
            else:
                self._cache.move_to_end(li)
                out[li] = hit
        for k in range(0, len(todo), 500):
            chunk = todo[k : k + 500]
            got: dict[int, list[tuple[np.ndarray, np.ndarray]]] = {}
            for b in self.db.execute(
                f"SELECT list, ids, scales, vecs FROM {self._blocks_t} WHERE list IN ({','.join('?' * len(chunk))})"
                " ORDER BY list, block",
                chunk,
            ):
                got.setdefault(b[0], []).append((np.frombuffer(b[1], dtype=np.int64), _rows(b[1:])))
            for li, parts in got.items():
                entry = (np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts]))
                out[li] = self._cache[li] = entry
                if len(self._cache) > CACHE_LISTS:
                    self._cache.popitem(last=False)
        return out


def _rows(block: Sequence[bytes]) -> np.ndarray:
    """A stored block's vectors as float32 rows (``block`` = ids, scales, int8 rows)."""
    import numpy as np

    ids, scales_b, vecs_b = block[0], block[1], block[2]
    n = len(ids) // 8
    scales = np.frombuffer(scales_b, dtype=np.float32)
    vecs = np.frombuffer(vecs_b, dtype=np.int8).reshape(n, -1).astype(np.float32)
    out: np.ndarray = vecs / scales[:, None]
    return out


def kmeans(x: np.ndarray, k: int, seed: int = 0) -> np.ndarray:
    """Spherical k-means: ``k`` unit centroids of the rows of ``x`` (seeded, ``TRAIN_ROUNDS`` rounds)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    k = min(k, len(x))
    c = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(TRAIN_ROUNDS):
        assign = np.argmax(x @ c.T, axis=1)
        sums = np.zeros_like(c)
        np.add.at(sums, assign, x)
        empty = ~sums.any(axis=1)
        sums[empty] = x[rng.choice(len(x), int(empty.sum()), replace=True)]
        c = sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12)
    out: np.ndarray = c.astype(np.float32)
    return out
