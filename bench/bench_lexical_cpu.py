"""CPU per article of the lexical check in one process, warm (models none, caches filled by earlier articles), and
where it goes.

    python bench/make_corpus.py realistic --n 600 --out /tmp/pb/real
    provenance library add tests/realistic/sources/*.txt --db /tmp/pb/real.db
    python bench/bench_lexical_cpu.py --corpus /tmp/pb/real --library /tmp/pb/real.db            # CPU ms/article
    python bench/bench_lexical_cpu.py --corpus /tmp/pb/real --library /tmp/pb/real.db --profile  # and a cProfile

The first ``--warm`` articles fill the process's caches and compile the rules' patterns; the next ``--n`` are timed
(``time.process_time``: CPU, which another process on the machine moves less than wall time).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", required=True, help="a folder of .txt articles (bench/make_corpus.py)")
    ap.add_argument("--library", required=True, help="a library of the corpus's sources")
    ap.add_argument("--warm", type=int, default=30, help="articles checked first, untimed")
    ap.add_argument("--n", type=int, default=100, help="articles timed")
    ap.add_argument("--profile", action="store_true", help="print the 30 functions with the most time of their own")
    a = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from provenance.api import check_one, load_many
    from provenance.library import Library
    from provenance.settings import Settings

    files = sorted(str(p) for p in Path(a.corpus).glob("*.txt"))[: a.warm + a.n]
    settings = Settings(lexical_only=True)
    articles = load_many(files, max_bytes=settings.max_bytes)
    with Library(a.library) as lib:
        for art in articles[: a.warm]:
            check_one(art, [], settings, None, library=lib)
        timed = articles[a.warm :]
        prof = cProfile.Profile() if a.profile else None
        t = time.process_time()
        if prof is not None:
            prof.enable()
        for art in timed:
            check_one(art, [], settings, None, library=lib)
        if prof is not None:
            prof.disable()
        cpu = time.process_time() - t
    print(f"{len(timed)} articles after {a.warm} of warm-up: {1000 * cpu / max(1, len(timed)):.1f} CPU ms/article")
    if prof is not None:
        pstats.Stats(prof).sort_stats("tottime").print_stats(30)


if __name__ == "__main__":
    main()
