"""Adversarial inputs: time and peak memory of one ``provenance check`` on inputs built to be expensive.

    nice -n 10 python3 bench/bench_adversarial.py              # every case, semantic stage on (the default check)
    python3 bench/bench_adversarial.py --lexical-only           # the same without the models
    python3 bench/bench_adversarial.py --only nospace-2mb,digits-2mb --timeout 30
    python3 bench/bench_adversarial.py --scale 4                # each generated text 4 times longer (to 8 MiB)
    python3 bench/bench_adversarial.py --list

The inputs of issue 17 (what a hostile or careless user sent): long runs of punctuation or combining accents
inside a quote, a 200 KB quote, ellipses and brackets, an HTML page of comment openers, 2 MB without a space,
100,000 short paragraphs, 2 MB of digits, 2 MB of words on one line, a mix of quotation styles, and 10,000
sources. Each is generated here (seeded) and checked by the CLI in a fresh process; wall time and the peak
resident memory of that process (``wait4``) are printed as a Markdown table row. The target: every case at
most 10 s and 500 MB on two cores (``--check`` exits 1 when one is over). ``tests/test_bounds.py`` runs the
same generators, smaller, in process.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


from bench_bounded import COUNCIL, _size, run_check

KB = 1000
MB = 1_000_000
LIMIT_S = 10.0
LIMIT_MB = 500.0
_SAID = "The minister told reporters on Tuesday that the council would meet again next week."


@dataclass(frozen=True)
class Case:
    name: str
    what: str
    make: Callable[[Path, float], tuple[Path, list[Path]]]  # (folder, scale) -> (article, sources)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _quoted(name: str, body: Callable[[int], str], size: int) -> Callable[[Path, float], tuple[Path, list[Path]]]:
    def make(d: Path, scale: float) -> tuple[Path, list[Path]]:
        text = f"{_SAID}\n\nThe mayor said: “{body(int(size * scale))}” and left.\n\n{_SAID}\n"
        return _write(d / f"{name}.en.txt", text), [COUNCIL]

    return make


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _combining(n: int) -> str:
    rng = random.Random(3)
    marks = [chr(c) for c in range(0x300, 0x36F)]
    return "".join("a" + "".join(rng.choice(marks) for _ in range(9)) for _ in range(n // 10))


def _words(n: int, seed: int, sep: str = " ") -> str:
    rng = random.Random(seed)
    vocab = COUNCIL.read_text(encoding="utf-8").split()
    out: list[str] = []
    total = 0
    while total < n:
        out.append(rng.choice(vocab))
        total += len(out[-1]) + 1
    return sep.join(out)


Maker = Callable[[Path, float], tuple[Path, list[Path]]]


def _plain(name: str, body: Callable[[int], str], size: int, ext: str = ".en.txt") -> Maker:
    def make(d: Path, scale: float) -> tuple[Path, list[Path]]:
        return _write(d / f"{name}{ext}", body(int(size * scale))), [COUNCIL]

    return make


def _nospace(n: int) -> str:
    rng = random.Random(5)
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz.,;:!?-'\"") for _ in range(n))


def _digits(n: int) -> str:
    rng = random.Random(6)
    return "".join(rng.choice("0123456789") for _ in range(n))


def _paragraphs(n: int) -> str:
    rng = random.Random(7)
    vocab = COUNCIL.read_text(encoding="utf-8").split()
    return "\n\n".join(" ".join(rng.choice(vocab) for _ in range(2)) for _ in range(n))


def _mixed_quotes(n: int) -> str:
    rng = random.Random(8)
    marks = ["“", "”", "„", "«", "»", "‹", "›", "「", "」", "‘", "’", '"', "'", "‚"]
    vocab = COUNCIL.read_text(encoding="utf-8").split()
    out: list[str] = []
    total = 0
    while total < n:
        out.append(rng.choice(marks) + rng.choice(vocab) + rng.choice(marks))
        total += len(out[-1]) + 1
    return " ".join(out)


def _comments_html(n: int) -> str:
    return "<html><body><article><p>" + _repeat("<!-- ")(n) + "</p></article></body></html>"


def _many_sources(d: Path, scale: float) -> tuple[Path, list[Path]]:
    folder = d / "sources"
    folder.mkdir()
    rng = random.Random(9)
    vocab = COUNCIL.read_text(encoding="utf-8").split()
    for i in range(int(10_000 * scale)):
        _write(folder / f"s{i:05d}.en.txt", " ".join(rng.choice(vocab) for _ in range(40)) + ".")
    art = _write(d / "article.en.txt", f"{_SAID}\n\nThe mayor said: “{_words(300, 10)}.”\n")
    return art, [folder]


CASES = [
    Case("punct-quote-200k", "a quote of 200 KB of punctuation", _quoted("punct", _repeat("!?.,;:-()"), 200 * KB)),
    Case("accents-quote-200k", "a quote of 200 KB of letters under combining accents",
         _quoted("accents", _combining, 200 * KB)),
    Case("words-quote-200k", "a quote of 200 KB of words", _quoted("words", lambda n: _words(n, 2), 200 * KB)),
    Case("ellipses-83k", "83 KB of ellipses and brackets", _plain("ellipses", _repeat("… [ ] ... [x] "), 83 * KB)),
    Case("html-comments-400k", "a 400 KB HTML page of comment openers",
         _plain("comments", _comments_html, 400 * KB, ".html")),
    Case("nospace-2mb", "2 MB of letters and punctuation without a space", _plain("nospace", _nospace, 2 * MB)),
    Case("paragraphs-100k", "100,000 paragraphs of two words", _plain("paras", _paragraphs, 100_000)),
    Case("digits-2mb", "2 MB of digits", _plain("digits", _digits, 2 * MB)),
    Case("one-line-2mb", "2 MB of words on one line", _plain("oneline", lambda n: _words(n, 4), 2 * MB)),
    Case("mixed-quotes-454k", "454 KB of words in mixed quotation marks", _plain("mixed", _mixed_quotes, 454 * KB)),
    Case("sources-10k", "an article against 10,000 sources (a folder)", _many_sources),
]  # fmt: skip


def run_case(case: Case, d: Path, timeout: float, lexical: bool, scale: float) -> dict[str, object]:
    art, sources = case.make(d, scale)
    out = d / f"{case.name}.json"
    status, rusage, wall, err = run_check(art, sources, out, timeout, lexical)
    row: dict[str, object] = {
        "case": case.name, "what": case.what, "article_bytes": art.stat().st_size, "seconds": round(wall, 2),
        "peak_mb": round(rusage.ru_maxrss / 1024, 1) if rusage else None, "exit": status, "stderr": err[:200],
        "findings": "",
    }  # fmt: skip
    if status in (0, 1) and out.exists():
        rep = json.loads(out.read_text(encoding="utf-8"))
        codes = sorted({f["code"] for f in rep["findings"] if f["code"].startswith("BOUND")})
        row["findings"] = ", ".join(codes)
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", help="comma-separated case names")
    ap.add_argument("--list", action="store_true", help="list the cases and exit")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds before a case is killed")
    ap.add_argument("--lexical-only", action="store_true", help="without the semantic stage")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every generated size")
    ap.add_argument("--check", action="store_true", help=f"exit 1 when a case is over {LIMIT_S:g} s or {LIMIT_MB:g} MB")
    ap.add_argument("--json", action="store_true", help="print JSON rows instead of a Markdown table")
    args = ap.parse_args()
    if args.list:
        for c in CASES:
            print(f"{c.name:<20} {c.what}")
        return
    cases = [c for c in CASES if not args.only or c.name in set(args.only.split(","))]
    if not args.json:
        print("| case | input | article | time (s) | peak RSS (MB) | exit | bound findings |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
    over = []
    with tempfile.TemporaryDirectory(prefix="bench-adversarial-") as tmp:
        for case in cases:
            d = Path(tmp) / case.name
            d.mkdir()
            row = run_case(case, d, args.timeout, args.lexical_only, args.scale)
            if row["exit"] not in (0, 1) or float(row["seconds"]) > LIMIT_S or float(row["peak_mb"] or 0) > LIMIT_MB:  # type: ignore[arg-type]
                over.append(case.name)
            if args.json:
                print(json.dumps(row), flush=True)
            else:
                print(
                    f"| {row['case']} | {row['what']} | {_size(row['article_bytes'])} | {row['seconds']} | "
                    f"{row['peak_mb']} | {row['exit']} | {row['findings'] or '–'} |",
                    flush=True,
                )
    if over:
        print(f"over the bound ({LIMIT_S:g} s, {LIMIT_MB:g} MB) or failed: {', '.join(over)}", file=sys.stderr)
        if args.check:
            sys.exit(1)


if __name__ == "__main__":
    main()
