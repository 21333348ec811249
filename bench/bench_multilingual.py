"""Finding sources across languages (issue 14): picks, precision and retrieval time at 10 k and 100 k sources.

    python bench/bench_multilingual.py --sizes 10000 100000 --workdir /tmp/pb

For each size a library is built once (``workdir/ml-SIZE.db``, kept for the next run) from the corpus of
``bench/make_multilingual.py``: the stories' sources and their same-topic siblings, then filler press
releases up to the size, all embedded (the semantic extra must be installed). Then every article goes
through ``Library.candidates`` twice: the first call embeds its sentences and retrieves (``with embedding``),
the second finds its sentence vectors in the encoder's cache and measures retrieval alone (shingles, the
vector index, anchors: ``retrieval``). BLAS runs on one thread, as in each audit worker. Prints one markdown
row per article language (and the unrelated articles), then the totals.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# One BLAS thread, as each audit worker has (provenance/audit/engines.py THREAD_LIMITS): the index's products
# are small, and on a shared machine a second BLAS thread waiting for a core costs more than it computes.
for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import make_multilingual as mm

from provenance.library import Library
from provenance.pipeline.load import text_from_string
from provenance.semantic import models


def build(path: Path, corpus: mm.Corpus, n: int) -> tuple[float, int]:
    """Build the library unless it is there; (seconds, filler sources)."""
    fill = corpus.filler_sources(max(0, n - len(corpus.sources)), seed=n)
    if path.exists():
        return 0.0, len(fill)
    t0 = time.perf_counter()
    with Library(path, create=True) as lib:
        for lang in sorted({s[1] for s in corpus.sources}):
            lib.add([text_from_string(t, id=sid) for sid, lg, t in corpus.sources if lg == lang], language=lang)
        for i in range(0, len(fill), 5000):
            lib.add((text_from_string(t, id=sid) for sid, _, t in fill[i : i + 5000]), language="en")
            print(f"  built {i + 5000:,} of {len(fill):,} filler sources, {time.perf_counter() - t0:.0f} s",
                  file=sys.stderr, flush=True)  # fmt: skip
    return time.perf_counter() - t0, len(fill)


def run(lib: Library, corpus: mm.Corpus, limit: int | None) -> dict[str, dict[str, list[float]]]:
    arts = corpus.articles[:limit] if limit else corpus.articles
    for _, _, text, _ in arts[:5]:  # load the encoder, warm the page cache
        lib.candidates(text)
    stats: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for _aid, lang, text, want in arts:
        row = "unrelated" if want is None else lang
        t0 = time.perf_counter()
        lib.candidates(text)
        t1 = time.perf_counter()
        got = [c.source.id for c in lib.candidates(text)]
        t2 = time.perf_counter()
        s = stats[row]
        s["full_ms"].append((t1 - t0) * 1000)
        s["ms"].append((t2 - t1) * 1000)
        s["right"].append(float(want in got) if want else float(not got))
        s["picks"].append(float(len(got)))
        s["good_picks"].append(float(sum(g == want for g in got)))
    return stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    ap.add_argument("--workdir", default="/tmp/pb")
    ap.add_argument("--pool", type=int, default=20000, help="distinct filler sentences")
    ap.add_argument("--limit", type=int, help="articles checked at most (all by default)")
    args = ap.parse_args()
    os.makedirs(args.workdir, exist_ok=True)
    corpus = mm.make(pool=args.pool)
    print("| sources | vectors | lists | build | articles | n | right source | picks | precision | "
          "retrieval median ms | p95 ms | with embedding ms | articles/s |")  # fmt: skip
    print("| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for n in args.sizes:
        path = Path(args.workdir) / f"ml-{n}-{args.pool}.db"
        secs, _ = build(path, corpus, n)
        with Library(path) as lib:
            status = lib.vector_status()
            enc = lib.embedder()
            if enc is not None:  # each size starts with the articles not yet embedded
                models.load(enc.spec)._cache.clear()
            stats = run(lib, corpus, args.limit)
        built = f"{secs:.0f} s" if secs else "(kept)"
        head = f"| {status['sources']:,} | {status['units']:,} | {status['lists']:,} | {built} |"
        order = [*mm.TARGETS, "en", "unrelated"]
        total: dict[str, list[float]] = defaultdict(list)
        for row in [r for r in order if r in stats]:
            s = stats[row]
            for k, v in s.items():
                total[k].extend(v)
            print(_row(head, row, s), flush=True)
        print(_row(head, "**all**", total), flush=True)


def _row(head: str, name: str, s: dict[str, list[float]]) -> str:
    picks = sum(s["picks"])
    precision = sum(s["good_picks"]) / picks if picks else 1.0
    ms = sorted(s["ms"])
    p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))]
    rate = len(s["full_ms"]) / (sum(s["full_ms"]) / 1000)
    right = "none picked " if name == "unrelated" else ""
    return (f"{head} {name} | {len(ms)} | {right}{statistics.mean(s['right']):.1%} | {picks:.0f} | "
            f"{precision:.1%} | {statistics.median(ms):.1f} | {p95:.1f} | {statistics.median(s['full_ms']):.1f} | "
            f"{rate:.1f} |")  # fmt: skip


if __name__ == "__main__":
    main()
