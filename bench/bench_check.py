"""Speed of one check: an ~800-word article against 3 sources, in-process and as a cold process.

    python3 bench/bench_check.py            # lexical (the issue's targets: <= 0.3 s in-process, <= 0.8 s cold)
    python3 bench/bench_check.py --full     # with the semantic stage, when its models are installed

Prints a Markdown table row per measurement; BENCHMARKS.md records the results with this command.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "seeds" / "000_3c4f9761669d23e5.txt"
SOURCES = [
    ROOT / "seeds" / "pentagon-hmc-statement.excerpt.txt",
    ROOT / "seeds" / "003_7b8f218a3aff3a56.txt",
    ROOT / "tests" / "devset" / "sources" / "orlin-council.en.txt",
]


def in_process(full: bool, repeat: int) -> tuple[float, float]:
    sys.path.insert(0, str(ROOT))
    from provenance import api
    from provenance.pipeline.load import load_path

    settings = api.settings_from(lexical_only=not full)
    from provenance.api import semantic_stage
    from provenance.pipeline import check

    stage = semantic_stage(settings)
    article = load_path(str(ARTICLE))[0]
    sources = [load_path(str(s))[0] for s in SOURCES]
    t = time.perf_counter()
    check(article, sources, settings, semantic=stage)  # first: loads detectors, prepares sources
    first = time.perf_counter() - t
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        check(article, sources, settings, semantic=stage)
        times.append(time.perf_counter() - t)
    return first, statistics.median(times)


def cold(full: bool, repeat: int) -> float:
    cmd = [sys.executable, "-m", "provenance", "check", str(ARTICLE), "--format", "json"]
    for s in SOURCES:
        cmd += ["--source", str(s)]
    if not full:
        cmd.append("--lexical-only")
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=False, cwd=ROOT)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--full", action="store_true", help="with the semantic stage")
    ap.add_argument("--repeat", type=int, default=10)
    a = ap.parse_args()
    words = len(ARTICLE.read_text(encoding="utf-8").split())
    mode = "full" if a.full else "lexical"
    first, warm = in_process(a.full, a.repeat)
    cold_s = cold(a.full, max(3, a.repeat // 3))
    print(f"| {mode} | {words}-word article, 3 sources | first check {first:.3f} s | warm check {warm:.3f} s "
          f"| cold process {cold_s:.2f} s |")  # fmt: skip


if __name__ == "__main__":
    main()
