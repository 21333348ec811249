"""Before and after, one run after the other: the same audits with another checkout of provenance and with this one.

    python bench/bench_ab.py --before /path/to/other/checkout --workdir /tmp/pb            # every run
    python bench/bench_ab.py --before /path/to/other/checkout --workdir /tmp/pb lexical    # runs whose name holds it

On a shared machine two runs a minute apart differ by tens of percent, so each run is made with the other tree
and with this one back to back, and the rows of the two are compared byte for byte (they must be identical
when a change is only about speed). Each audit runs inside its tree (``python -m`` puts the working folder
first on ``sys.path``). The corpora and libraries are bench_audit.py's (``--corpus realistic`` for real.db).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import bench_audit as ba


def runs(work: Path) -> dict[str, tuple[list[str], list[str]]]:
    real, edits = ["--library", str(work / "real.db")], ["--library", str(work / "lib.db")]
    return {
        "realistic lexical, 1 worker": ([str(ba.subset(work, 300, "real"))], [*real, "--lexical-only"]),
        "realistic lexical, 2 workers": ([str(ba.subset(work, 300, "real"))], [*real, "--lexical-only", "-j", "2"]),
        "realistic full, 1 worker": ([str(ba.subset(work, 30, "real"))], [*real, "--jobs", "1"]),
        "edits lexical, 1 worker": ([str(ba.subset(work, 600))], [*edits, "--lexical-only", "--jobs", "1"]),
        "edits lexical, 2 workers": ([str(ba.subset(work, 600))], [*edits, "--lexical-only", "--jobs", "2"]),
        "edits full, 1 worker": ([str(ba.subset(work, 300))], [*edits, "--jobs", "1"]),
        "edits full, 2 workers": ([str(ba.subset(work, 300))], [*edits, "--jobs", "2"]),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--before", required=True, help="the other checkout (its root folder)")
    ap.add_argument("--workdir", default="/tmp/pb")
    ap.add_argument("only", nargs="*", help="run only the runs whose name holds one of these")
    args = ap.parse_args()
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    ba.prepare(work, 1200)
    ba.prepare_realistic(work, 600)
    out = work / "ab"
    out.mkdir(exist_ok=True)
    print(f"CPU ceiling: {ba.cpu_ceiling():.2f}x", flush=True)
    print("| run | articles | articles/s | wall s | CPU ms/article | peak MiB | load |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, (inputs, flags) in runs(work).items():
        if args.only and not any(w in name for w in args.only):
            continue
        got = []
        for tag, tree in (("before", Path(args.before).resolve()), ("after", ba.ROOT)):
            os.environ["PYTHONPATH"] = str(tree)
            here, ba.ROOT = ba.ROOT, tree
            target = out / f"{name.replace(' ', '_').replace(',', '')}_{tag}.jsonl"
            try:
                r = ba.audit(f"{name} ({tag})", inputs, target, *flags)
            finally:
                ba.ROOT = here
            got.append(r)
            load = os.getloadavg()[0]
            print(f"| {r['name']} | {r['rows']} | {r['rate']:.1f} | {r['wall']:.1f} | {r['cpu_ms']:.1f} "
                  f"| {r['peak']:.0f} | {load:.1f} |", flush=True)  # fmt: skip
        files = [out / f"{name.replace(' ', '_').replace(',', '')}_{tag}.jsonl" for tag in ("before", "after")]
        same = files[0].read_bytes() == files[1].read_bytes()
        a, b = got
        print(f"  {name}: rate {float(b['rate']) / float(a['rate']):.2f}x, CPU per article "
              f"{float(a['cpu_ms']) / float(b['cpu_ms']):.2f}x less; rows identical: {same}", flush=True)  # fmt: skip
    print(f"CPU ceiling: {ba.cpu_ceiling():.2f}x", flush=True)


if __name__ == "__main__":
    main()
