"""A longer fuzz run: the property tests at scale, then the whole command line on mutated articles.

    python3 bench/fuzz_long.py                          # scale 10, 20,000 CLI cases (about 10 minutes)
    python3 bench/fuzz_long.py --scale 5 --cli 500      # a quicker pass
    python3 bench/fuzz_long.py --seed 7                 # another stream of CLI cases

1. ``tests/test_fuzz.py`` with ``PROVENANCE_FUZZ_SCALE`` times its example budgets (hypothesis): loading,
   quote extraction, alignment, report offsets and rendering, verdict invariance. Examples per test are read
   from hypothesis' statistics.
2. ``provenance check`` in process (``cli.main``, as the console script runs it) on files made by mutating the
   dev-set and seed articles and the dev-set source: byte flips, cuts, inserted quote marks, brackets and
   ellipses, look-alike letters, NULs and control bytes, re-encodings (cp1251, koi8-r, UTF-16 with and without
   BOM, UTF-8 with BOM), HTML wrappings with scripts and iframes, JSON and JSONL records; every extension;
   every output format. Each case must exit 0 or 1 with output, or exit 2 with exactly one line on stderr that
   is a named error (``provenance: error:``), never an ``internal error`` (an unexpected exception).

Prints a summary (cases, time, outcomes, failures with their inputs saved under ``--keep``); the figures go to
``BENCHMARKS.md``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COUNCIL = ROOT / "tests" / "devset" / "sources" / "orlin-council.en.txt"
CORPUS = [
    *sorted((ROOT / "tests" / "devset" / "articles").glob("*.txt")),
    COUNCIL,
    ROOT / "seeds" / "000_3c4f9761669d23e5.txt",
    ROOT / "seeds" / "003_7b8f218a3aff3a56.txt",
]
EXTENSIONS = [".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".txt", ".txt"]
FORMATS = ["json", "jsonl", "text", "markdown", "html"]
MARKS = [*"\"“”„‟«»‹›‚‘’「」『』'", "[sic]", "[…]", "...", "…", "[the mayor]", "\n\n", "\r\n", "\t", "\u00a0"]
LOOKALIKES = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і"}


# ---------------------------------------------------------------------------------------------- stage 1


def property_tests(scale: int) -> dict[str, object]:
    env = {**os.environ, "PROVENANCE_FUZZ_SCALE": str(scale)}
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:warnings",
           "--hypothesis-show-statistics", "tests/test_fuzz.py"]  # fmt: skip
    t = time.perf_counter()
    p = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - t
    examples: dict[str, int] = {}
    current = None
    for line in p.stdout.splitlines():
        m = re.match(r"tests/test_fuzz\.py::(\w+):", line.strip())
        if m:
            current = m.group(1)
        m = re.search(r"(\d+) passing examples?, (\d+) failing examples?, (\d+) invalid", line)
        if m and current:
            examples[current] = examples.get(current, 0) + int(m.group(1)) + int(m.group(2))
    summary = p.stdout.strip().splitlines()[-1] if p.stdout.strip() else p.stderr[-500:]
    tail = p.stdout.split("Hypothesis Statistics")[0][-4000:] if p.returncode else ""  # the failures, if any
    return {"seconds": round(seconds, 1), "examples": examples, "total": sum(examples.values()),
            "outcome": summary, "ok": p.returncode == 0, "output": tail}  # fmt: skip


# ---------------------------------------------------------------------------------------------- stage 2


def mutate(rng: random.Random, text: str) -> tuple[bytes, str]:
    """A mutated article as raw bytes, and the extension to save it under."""
    for _ in range(rng.randint(0, 6)):
        op = rng.choice(["mark", "lookalike", "cut", "dup", "control", "number", "space"])
        i = rng.randrange(len(text) + 1)
        if op == "mark":
            text = text[:i] + rng.choice(MARKS) + text[i:]
        elif op == "lookalike":
            text = "".join(LOOKALIKES.get(c, c) if rng.random() < 0.05 else c for c in text)
        elif op == "cut":
            text = text[:i] + text[i + rng.randint(1, 200) :]
        elif op == "dup":
            text = text[:i] + text[i : i + rng.randint(1, 400)] * rng.randint(1, 30) + text[i:]
        elif op == "control":
            text = text[:i] + rng.choice(["\x00", "\x07", "\x1b", "\ufeff", "\u200b", "\u202e", "\ud800"]) + text[i:]
        elif op == "number":
            text = re.sub(
                r"\d+", lambda m: str(rng.randint(0, 10 ** rng.randint(1, 12))), text, count=rng.randint(1, 3)
            )
        else:
            text = re.sub(r" ", lambda m: rng.choice([" ", "  ", "\n", "\t", "\u00a0"]), text)
    ext = rng.choice(EXTENSIONS)
    if ext in (".html", ".htm") and rng.random() < 0.8:
        paras = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
        hidden = rng.choice(["<script>var x='<p>hidden</p>';</script>", "<iframe src=x>fallback</iframe>",
                             "<style>p{}</style>", "<noscript>js</noscript>", "<iframe>open", ""])  # fmt: skip
        text = f"<html><head><title>T</title>{hidden}</head><body><article>{hidden}{paras}</article></body></html>"
    elif ext == ".json" and rng.random() < 0.8:
        text = json.dumps(rng.choice([{"id": "x", "text": text}, [{"text": text}, {"text": 5}], {"body": text}]))
    elif ext == ".jsonl" and rng.random() < 0.8:
        text = "\n".join(json.dumps({"id": f"r{k}", "text": p}) for k, p in enumerate(text.split("\n\n"))) + "\n"
        if rng.random() < 0.3:
            text += '{"id": "bad", "text": \n'
    codec = rng.choice(["utf-8"] * 6 + ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1251", "koi8-r", "latin-1"])
    raw = text.encode(codec, errors="surrogatepass" if codec.startswith("utf") else "replace")
    for _ in range(rng.choice([0, 0, 0, 1, 3])):  # flip bytes
        if raw:
            k = rng.randrange(len(raw))
            raw = raw[:k] + bytes([rng.randrange(256)]) + raw[k + 1 :]
    if rng.random() < 0.05:
        raw = raw[: rng.randrange(len(raw) + 1)]
    return raw, ext


def run_main(args: list[str]) -> tuple[int, str, str]:
    from provenance.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(args)
        except SystemExit as e:
            code = int(e.code or 0)
    return code, out.getvalue(), err.getvalue()


def cli_cases(n: int, seed: int, keep: Path) -> dict[str, object]:
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in CORPUS]
    outcomes: Counter[str] = Counter()
    failures: list[str] = []
    t = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="fuzz-long-") as tmp:
        for k in range(n):
            raw, ext = mutate(rng, rng.choice(texts))
            path = Path(tmp) / f"case{k}{ext}"
            path.write_bytes(raw)
            fmt = rng.choice(FORMATS)
            args = ["check", str(path), "--format", fmt, "--lexical-only"]
            if rng.random() < 0.9:
                args += ["--source", str(COUNCIL)]
            if rng.random() < 0.2:  # a mutated source too
                sraw, sext = mutate(rng, rng.choice(texts))
                spath = Path(tmp) / f"src{k}{sext}"
                spath.write_bytes(sraw)
                args += ["--source", str(spath)]
            code, out, err = run_main(args)
            problem = _judge(code, out, err, fmt)
            outcomes[f"exit {code}"] += 1
            if problem:
                outcomes["failure"] += 1
                keep.mkdir(parents=True, exist_ok=True)
                for f in Path(tmp).glob(f"*{k}.*"):
                    (keep / f.name).write_bytes(f.read_bytes())
                failures.append(f"case {k} ({' '.join(args[1:])}): {problem}")
    return {"cases": n, "seconds": round(time.perf_counter() - t, 1), "outcomes": dict(sorted(outcomes.items())),
            "failures": failures[:20]}  # fmt: skip


def _judge(code: int, out: str, err: str, fmt: str) -> str | None:
    if "Traceback" in err or "internal error" in err:
        return err.strip()[:300]
    if code == 2:
        lines = err.strip().splitlines()
        return None if len(lines) == 1 and lines[0].startswith("provenance: error:") else f"exit 2 with {err[:300]!r}"
    if code not in (0, 1):
        return f"exit {code}"
    if not out:
        return "no output"
    if fmt == "json":
        json.loads(out)
    elif fmt == "jsonl":
        for line in out.splitlines():
            json.loads(line)
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=int, default=10, help="multiplier of the property tests' example budgets")
    ap.add_argument("--cli", type=int, default=20000, help="mutated files checked through the command line")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=Path, default=Path(tempfile.gettempdir()) / "provenance-fuzz-failures")
    ap.add_argument("--skip-properties", action="store_true")
    args = ap.parse_args()
    report: dict[str, object] = {}
    if not args.skip_properties:
        report["properties"] = property_tests(args.scale)
        print(json.dumps({"properties": report["properties"]}, indent=2), flush=True)
    if args.cli:
        report["cli"] = cli_cases(args.cli, args.seed, args.keep)
        print(json.dumps({"cli": report["cli"]}, indent=2), flush=True)
    failed = not all((r.get("ok", True) and not r.get("failures")) for r in report.values() if isinstance(r, dict))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
