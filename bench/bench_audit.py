"""Audit throughput: lexical and full, 1 and 2 workers, local and dask, peak memory, and a difflib baseline.

    python bench/bench_audit.py --workdir /tmp/pb                 # everything (several minutes on 2 cores)
    python bench/bench_audit.py --workdir /tmp/pb --only lexical  # one group: lexical, full, dask, reprints, difflib
    python bench/bench_audit.py --workdir /tmp/pb --corpus realistic --only lexical full dask --accuracy
        # the multilingual corpus (make_corpus.py realistic: 8 languages, 300-900 words) against the ten
        # sources of tests/realistic, and the evaluator's tallies on the labelled sets beside the speed

Every run is ``provenance audit`` in a subprocess, as a user runs it; the rate is the audit's own (articles
written / seconds from the first input to the last row, which leaves out interpreter start-up and model
loading), and the wall time is printed beside it, with the CPU seconds the audit's processes used per
article (user + system, over the whole run: start-up and model loading included). Peak memory is the
largest sum of RSS over the audit's process tree, sampled every 50 ms (pages that forked workers share
count once per process, so this overstates a pool's real footprint).

The difflib baseline is the same audit done naively: the same inputs and quote extraction, then for each
quote ``difflib.SequenceMatcher(None, quote, sentence).ratio()`` against every sentence of every source, the
best kept; one JSONL row per article. It runs in one process and is compared with ``--jobs 1``, twice: with
the two sources of the corpus, and with a library of 1,000 sources (the two plus 998 generated press
releases), where the naive audit must read every source and the library picks by index.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import random
import re
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import psutil

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

import make_corpus as mc

SOURCES = [str(mc.ORLIN), str(mc.PENTAGON)]
REAL_SOURCES = sorted(str(p) for p in (ROOT / "tests" / "realistic" / "sources").glob("*.txt"))
# The labelled sets whose tallies the benchmark prints beside its speed (--accuracy): (name, folder, extra args).
ACCURACY_SETS = [
    ("devset, full", "tests/devset", ""), ("devset, lexical", "tests/devset", "--lexical-only"),
    ("realistic, full", "tests/realistic", ""), ("realistic, lexical", "tests/realistic", "--lexical-only"),
    ("heldout, full (report only)", "tests/realistic/heldout", ""),
]  # fmt: skip


def sh(*args: str) -> None:
    subprocess.run(args, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def prepare_realistic(work: Path, n: int) -> None:
    if not (work / "real").is_dir():
        sh(sys.executable, str(BENCH / "make_corpus.py"), "realistic", "--n", str(n), "--out", str(work / "real"))
    if not (work / "real.db").exists():
        sh(sys.executable, "-m", "provenance", "library", "add", *REAL_SOURCES, "--db", str(work / "real.db"))


def prepare(work: Path, n: int) -> None:
    if not (work / "corpus").is_dir():
        sh(sys.executable, str(BENCH / "make_corpus.py"), "edits", "--n", str(n), "--out", str(work / "corpus"))
    if not (work / "reprints").is_dir():
        sh(sys.executable, str(BENCH / "make_corpus.py"), "reprints", "--n", "600", "--out", str(work / "reprints"))
    if not (work / "lib.db").exists():
        sh(sys.executable, "-m", "provenance", "library", "add", *SOURCES, "--db", str(work / "lib.db"))


def subset(work: Path, n: int, corpus: str = "corpus") -> Path:
    """The first n articles of the corpus, as a folder of links."""
    folder = work / f"{corpus}-{n}"
    if not folder.is_dir():
        folder.mkdir()
        for p in sorted((work / corpus).glob("*.txt"))[:n]:
            (folder / p.name).symlink_to(p)
    return folder


def peak_rss(proc: psutil.Popen, out: list[int]) -> None:
    peak = 0
    while proc.poll() is None:
        try:
            tree = [proc, *proc.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.05)
    out.append(peak)


def audit(name: str, inputs: Sequence[str], out: Path, *flags: str) -> dict[str, object]:
    if out.exists():
        out.unlink()
    cmd = [sys.executable, "-m", "provenance", "audit", *inputs, "--out", str(out), "--no-progress", *flags]
    t0 = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = psutil.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peaks: list[int] = []
    watcher = threading.Thread(target=peak_rss, args=(proc, peaks))
    watcher.start()
    _, err = proc.communicate()
    watcher.join()
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    text = err.decode()
    if proc.returncode != 0:
        raise SystemExit(f"{name}: exit {proc.returncode}: {text[-2000:]}")
    m = re.search(r"audit: (\d+) articles .*?\((\d+) checked now in ([\d.]+) s", text)
    assert m, text
    rows, secs = int(m.group(2)), float(m.group(3))
    models = json.loads(out.read_text(encoding="utf-8").split("\n", 1)[0]).get("tool", {}).get("models")
    served = ",".join(sorted({v["name"] for v in (models or {}).values() if v})) or "none"
    return {
        "name": name, "rows": rows, "rate": rows / secs, "wall": wall, "peak": peaks[0] / 2**20,
        "cpu_ms": 1000 * cpu / max(1, rows),
        "models": served, "cmd": "provenance audit " + " ".join(c for c in cmd[4:] if c != "--no-progress"),
    }  # fmt: skip


def difflib_audit(inputs: Sequence[str], sources: Sequence[object], out: Path) -> tuple[int, float]:
    """The naive audit: every quote against every source sentence with SequenceMatcher."""
    from provenance.pipeline.load import iter_inputs
    from provenance.pipeline.quotes import extract
    from provenance.text import paragraphs, sentences

    sents = [
        (s.id, s.text[a:b])  # type: ignore[attr-defined]
        for s in sources
        for pa, pb in paragraphs(s.text)  # type: ignore[attr-defined]
        for a, b in sentences(s.text, pa, pb)  # type: ignore[attr-defined]
    ]
    n = 0
    t0 = time.perf_counter()
    with open(out, "w", encoding="utf-8") as fh:
        for key, t in iter_inputs(list(inputs)):
            row = []
            for q in extract(t.text):  # type: ignore[union-attr]
                sm = difflib.SequenceMatcher(None, q.text)
                best = (0.0, None)
                for sid, sent in sents:
                    sm.set_seq1(sent)
                    best = max(best, (sm.ratio(), sid), key=lambda b: b[0])
                row.append({"quote": q.text, "source": best[1], "ratio": round(best[0], 4)})
            fh.write(json.dumps({"path": key, "quotes": row}, ensure_ascii=False) + "\n")
            n += 1
    return n, time.perf_counter() - t0


def library_1000(work: Path) -> tuple[Path, list[object]]:
    from provenance.library import Library
    from provenance.pipeline.load import load_many, text_from_string

    rng = random.Random(1000)
    vocab = sorted({"".join(rng.choices(mc._SYLLABLES, k=rng.randint(1, 4))) for _ in range(20000)})
    gen = [text_from_string(mc.source_text(i, rng, 200, vocab), id=f"gen-{i:06d}") for i in range(998)]
    real = load_many(SOURCES)
    path = work / "lib-1000.db"
    if not path.exists():
        with Library(path, create=True) as lib:
            lib.add(real)
            lib.add(gen, language="en")
    return path, [*real, *gen]


def _burn(n: int) -> float:
    t0 = time.perf_counter()
    x = 0
    for i in range(n):
        x += i * i
    return time.perf_counter() - t0


def cpu_ceiling(n: int = 20_000_000) -> float:
    """How much faster two processes burn two equal pure-Python loops than one does: what this machine's
    two cores can give at best (a VM's vCPUs may share a physical core or a busy host)."""
    import multiprocessing

    t0 = time.perf_counter()
    _burn(n)
    _burn(n)
    serial = time.perf_counter() - t0
    with multiprocessing.Pool(2) as pool:
        t0 = time.perf_counter()
        pool.map(_burn, [n, n])
        parallel = time.perf_counter() - t0
    return serial / parallel


def done_when(work: Path, kill_rows: int = 150) -> None:
    """The issue's done-when: 600 reprints with --jobs 2 (full); SIGKILL once ``kill_rows`` rows are out (a
    few seconds: the first rows wait for the models to load) and --resume
    ends with 600 distinct whole rows equal to an uninterrupted run's; --engine dask gives the same rows."""
    import signal

    lib = str(work / "done-when.db")
    if os.path.exists(lib):
        os.remove(lib)
    sh(sys.executable, "-m", "provenance", "library", "add", *SOURCES, "--db", lib)
    base = [sys.executable, "-m", "provenance", "audit", str(work / "reprints"), "--library", lib, "--jobs", "2",
            "--no-progress"]  # fmt: skip
    ref, killed, dask = work / "dw-ref.jsonl", work / "dw-killed.jsonl", work / "dw-dask.jsonl"
    for p in (ref, killed, dask):
        if p.exists():
            p.unlink()
    t0 = time.perf_counter()
    r = subprocess.run([*base, "--out", str(ref)], cwd=ROOT, capture_output=True, check=True)
    print(f"done-when: uninterrupted: {r.stderr.decode().splitlines()[0]} (wall {time.perf_counter() - t0:.1f} s)")
    proc = subprocess.Popen([*base, "--out", str(killed)], cwd=ROOT, stderr=subprocess.DEVNULL)
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 60 and (not killed.exists() or killed.read_bytes().count(b"\n") < kill_rows):
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    data = killed.read_bytes()
    torn = not data.endswith(b"\n") and bool(data)
    whole = data.count(b"\n")
    after = time.perf_counter() - t0
    print(f"done-when: SIGKILL {after:.1f} s after the start, {whole} whole rows (torn last line: {torn})")
    r = subprocess.run([*base, "--out", str(killed), "--resume"], cwd=ROOT, capture_output=True, check=True)
    print(f"done-when: resumed: {r.stderr.decode().splitlines()[0]}")
    rows = killed.read_bytes().decode().split("\n")
    assert rows[-1] == "", "the output does not end with a whole row"
    rows = rows[:-1]
    keys = [json.loads(x)["document"]["path"] for x in rows]
    ref_rows = ref.read_bytes().decode().split("\n")[:-1]
    print(f"done-when: {len(rows)} rows, {len(set(keys))} distinct keys, equal to the uninterrupted run as sets: "
          f"{sorted(rows) == sorted(ref_rows)}")  # fmt: skip
    r = subprocess.run([*base, "--out", str(dask), "--engine", "dask"], cwd=ROOT, capture_output=True, check=True)
    dask_rows = dask.read_bytes().decode().split("\n")[:-1]
    same = sorted(dask_rows) == sorted(ref_rows)
    print(f"done-when: dask: {r.stderr.decode().splitlines()[0]}; same rows as local: {same}")


def table(rows: list[dict[str, object]]) -> str:
    lines = [
        "| run | articles | articles/s | wall s | CPU ms/article | peak MiB | models |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for r in rows:
        lines.append(
            f"| {r['name']} | {r['rows']} | {r['rate']:.1f} | {r['wall']:.1f} | {r['cpu_ms']:.0f} | {r['peak']:.0f} "
            f"| {r['models']} |"
        )
    return "\n".join(lines)


def accuracy() -> None:
    """The evaluator's last line for each labelled set (one cold ``provenance check`` per article and set)."""
    for name, folder, extra in ACCURACY_SETS:
        cmd = [sys.executable, str(ROOT / "tests" / "devset" / "evaluate.py"), str(ROOT / folder), "--cli",
               f"{sys.executable} -m provenance", *([f"--args={extra}"] if extra else [])]  # fmt: skip
        r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        last = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else r.stderr.strip()[-300:]
        print(f"accuracy, {name}: {re.sub(r' · median check [0-9.]+s', '', last)}", flush=True)


def dask_scaling(work: Path, corpus: list[str], lib: list[str], flags: Sequence[str], go: Any) -> None:
    """--engine dask with 1, 2 and 4 worker processes (LocalCluster); efficiency = rate / (workers x 1-worker rate)."""
    rates = {}
    for n in (1, 2, 4):
        r = go(f"dask LocalCluster, {n} worker(s){', lexical' if flags else ', full'}", corpus, f"dask{n}.jsonl",
               *lib, *flags, "--engine", "dask", "--jobs", str(n))  # fmt: skip
        rates[n] = float(r["rate"])
    for n in (2, 4):
        print(f"dask {n} workers / 1 worker: {rates[n] / rates[1]:.2f}x, efficiency {rates[n] / (n * rates[1]):.0%}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workdir", default="/tmp/pb")
    ap.add_argument("--n", type=int, default=1200, help="articles in the generated corpus")
    ap.add_argument("--full-n", type=int, default=300, help="articles for the full (semantic) runs")
    ap.add_argument("--only", choices=["lexical", "full", "dask", "reprints", "donewhen", "difflib"], nargs="*")
    ap.add_argument("--corpus", choices=["edits", "realistic"], default="edits")
    ap.add_argument("--dask-full", action="store_true", help="the dask group runs full (semantic stage on)")
    ap.add_argument("--accuracy", action="store_true", help="print the evaluator's tallies on the labelled sets")
    args = ap.parse_args()
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    prepare(work, args.n)
    lib = ["--library", str(work / "lib.db")]
    corpus = [str(work / "corpus")]
    folder = "corpus"
    if args.corpus == "realistic":
        prepare_realistic(work, args.n)
        lib = ["--library", str(work / "real.db")]
        corpus, folder = [str(work / "real")], "real"
    want = set(args.only or ["lexical", "full", "dask", "reprints", "donewhen", "difflib"])
    rows: list[dict[str, object]] = []
    cmds: list[str] = []

    def go(name: str, inputs: Sequence[str], out: str, *flags: str) -> dict[str, object]:
        r = audit(name, inputs, work / out, *flags)
        rows.append(r)
        cmds.append(str(r["cmd"]))
        print(table(rows[-1:]).split("\n")[-1], flush=True)
        return r

    print(f"CPU ceiling: two processes run {cpu_ceiling():.2f}x one (pure-Python loop)", flush=True)
    if "lexical" in want:
        one = go("lexical, 1 worker", corpus, "lex1.jsonl", *lib, "--lexical-only", "--jobs", "1")
        two = go("lexical, 2 workers", corpus, "lex2.jsonl", *lib, "--lexical-only", "--jobs", "2")
        print(f"2 workers / 1 worker (lexical): {float(two['rate']) / float(one['rate']):.2f}x")  # type: ignore[arg-type]
    if "full" in want:
        part = [str(subset(work, args.full_n, folder))]
        one = go("full, 1 worker", part, "full1.jsonl", *lib, "--jobs", "1")
        two = go("full, 2 workers", part, "full2.jsonl", *lib, "--jobs", "2")
        print(f"2 workers / 1 worker (full): {float(two['rate']) / float(one['rate']):.2f}x")  # type: ignore[arg-type]
    if "dask" in want:
        part = [str(subset(work, args.full_n, folder))] if args.dask_full else corpus
        dask_scaling(work, part, lib, [] if args.dask_full else ["--lexical-only"], go)
    if "reprints" in want:
        go("600 dev-set reprints, full, 2 workers", [str(work / "reprints")], "reprints.jsonl", *lib, "--jobs", "2")
    if "donewhen" in want:
        done_when(work)
    if "difflib" in want:
        from provenance.pipeline.load import load_many

        ours = go("lexical, 1 worker (for difflib)", corpus, "lex1b.jsonl", "--source", SOURCES[0], "--source",
                  SOURCES[1], "--lexical-only")  # fmt: skip
        n, secs = difflib_audit(corpus, load_many(SOURCES), work / "difflib.jsonl")
        print(f"difflib baseline, 2 sources: {n} articles, {n / secs:.1f} articles/s; "
              f"provenance/difflib = {float(ours['rate']) / (n / secs):.2f}x")  # type: ignore[arg-type]  # fmt: skip
        path, sources = library_1000(work)
        few = [str(subset(work, 40))]
        ours = go("lexical, 1 worker, library of 1,000", few, "lex1000.jsonl", "--library", str(path), "--lexical-only")
        n, secs = difflib_audit(few, sources, work / "difflib1000.jsonl")
        print(f"difflib baseline, 1,000 sources: {n} articles, {n / secs:.2f} articles/s; "
              f"provenance/difflib = {float(ours['rate']) / (n / secs):.0f}x")  # type: ignore[arg-type]  # fmt: skip
    if args.accuracy:
        accuracy()
    print()
    print(table(rows))
    print()
    print("\n".join(cmds))


if __name__ == "__main__":
    main()
