"""Library retrieval latency at 10 k and 100 k sources (issue 4: <= 20 ms per article at 100 k).

    python bench/bench_library.py --sizes 10000 100000 --queries 1000 --workdir /tmp/pb

For each size: a library of that many generated press releases (bench/make_corpus.py ``sources``) plus the
dev-set source and the Pentagon excerpt is built once (timed: sources added per second, file size); then
``Library.candidates`` is timed, warm, on two kinds of article:

- ``edits``: articles of the generated corpus, which quote the dev-set source or the Pentagon excerpt
  (the right source must be picked: the share picked correctly is printed);
- ``mixed``: articles stitched from passages of three random generated sources plus filler (all three
  must be picked), so the posting lists the look-up reads are those of a full library.

Prints one markdown table row per (size, kind): median, p95 and max milliseconds per article. The libraries
hold no sentence vectors (shingles only); retrieval across languages is ``bench/bench_multilingual.py``.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_corpus as mc

from provenance.library import Library
from provenance.pipeline.load import load_many, text_from_string

ROOT = Path(__file__).resolve().parents[1]


def build(path: Path, n: int, words: int, seed: int) -> tuple[float, list[str]]:
    """Build a library of ``n`` generated sources plus the two real ones; returns (seconds, texts)."""
    rng = random.Random(seed)
    vocab = sorted({"".join(rng.choices(mc._SYLLABLES, k=rng.randint(1, 4))) for _ in range(20000)})
    texts = [mc.source_text(i, rng, words, vocab) for i in range(n)]
    if path.exists():
        return 0.0, texts
    t0 = time.perf_counter()
    with Library(path, create=True) as lib:  # shingles only: the vector index has its own benchmark
        lib.add(load_many([str(mc.ORLIN), str(mc.PENTAGON)]), embed_units=False)
        batch = 5000
        for i in range(0, n, batch):
            batch_texts = (text_from_string(t, id=f"gen-{i + j:06d}") for j, t in enumerate(texts[i : i + batch]))
            # generated words: language detection would only guess, and an encoder would read noise
            lib.add(batch_texts, language="en", embed_units=False)
    return time.perf_counter() - t0, texts


def mixed_articles(texts: list[str], n: int, seed: int) -> list[tuple[str, set[str]]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        picks = rng.sample(range(len(texts)), 3)
        parts = [mc.filler_paragraph(rng, 3)]
        for p in picks:
            words = texts[p].split("\n\n")[1].split()
            a = rng.randrange(0, max(1, len(words) - 30))
            parts.append("“" + " ".join(words[a : a + 25]) + "” an official said.")
            parts.append(mc.filler_paragraph(rng, 4))
        out.append(("\n\n".join(parts), {f"gen-{p:06d}" for p in picks}))
    return out


def edits_articles(n: int, seed: int) -> list[tuple[str, set[str]]]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        text, _ = mc.edits_article(i, rng)
        orlin = text.startswith("Orlin approves")  # the corpus's headline for articles on the Orlin source
        out.append((text, {"orlin-council.en" if orlin else "pentagon-hmc-statement.excerpt"}))
    return out


def first_query_ms(path: Path, articles: list[tuple[str, set[str]]]) -> float:
    """Median time to open the library and answer one article (what one ``check --library`` pays)."""
    ms = []
    for text, _ in articles[:30]:
        t0 = time.perf_counter()
        with Library(path) as lib:
            lib.candidates(text)
        ms.append((time.perf_counter() - t0) * 1000)
    return statistics.median(ms)


def timed(lib: Library, articles: list[tuple[str, set[str]]]) -> tuple[list[float], float]:
    ms, right = [], 0
    for text, _ in articles[:20]:  # warm the page cache and the word cache
        lib.candidates(text)
    for text, want in articles:
        t0 = time.perf_counter()
        got = lib.candidates(text)
        ms.append((time.perf_counter() - t0) * 1000)
        right += {c.source.id for c in got} >= want and all(c.source.id in want for c in got)
    return ms, right / len(articles)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    ap.add_argument("--queries", type=int, default=1000)
    ap.add_argument("--words", type=int, default=200, help="words per generated source")
    ap.add_argument("--workdir", default="/tmp/pb")
    args = ap.parse_args()
    os.makedirs(args.workdir, exist_ok=True)
    print(
        "| sources | build | sources/s | file | articles | median ms | p95 ms | max ms | open + 1 query ms "
        "| picked right |"
    )
    print("| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    for n in args.sizes:
        path = Path(args.workdir) / f"lib-{n}-{args.words}.db"
        secs, texts = build(path, n, args.words, seed=n)
        size = path.stat().st_size / 2**20
        built = f"{secs:.0f} s" if secs else "(kept)"
        rate = f"{n / secs:,.0f}" if secs else "-"
        with Library(path) as lib:
            for kind, arts in (
                ("edits", edits_articles(args.queries, 1)),
                ("mixed", mixed_articles(texts, args.queries, 2)),
            ):
                ms, ok = timed(lib, arts)
                q = statistics.quantiles(ms, n=20)
                first = first_query_ms(path, arts)
                print(
                    f"| {n + 2:,} | {built} | {rate} | {size:,.0f} MiB | {kind} ({len(arts)}) | "
                    f"{statistics.median(ms):.2f} | {q[18]:.2f} | {max(ms):.2f} | {first:.2f} | {ok:.1%} |",
                    flush=True,
                )


if __name__ == "__main__":
    main()
