"""Bounded work: time and peak memory of one ``provenance check`` on large and pathological inputs.

    python3 bench/bench_bounded.py                 # every case, lexical, one cold process each
    python3 bench/bench_bounded.py --only 1mb-vs-1mb,5mb-article
    python3 bench/bench_bounded.py --list

Each case is generated here (seeded: the same files every run) and checked by the CLI in a fresh process, as a
newsroom pipeline runs it. Wall time and the process's peak resident memory (``wait4``) are printed as a
Markdown table row; ``BENCHMARKS.md`` records the results with this command. A case that runs past
``--timeout`` seconds is killed and reported as a timeout: that is the failure this benchmark exists to catch
(work quadratic in the input's size).

The prose is real English: sentences of the dev set and the seeds, with a third of their content words
swapped for other words of the same texts, so that language detection and alignment see text like news.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COUNCIL = ROOT / "tests" / "devset" / "sources" / "orlin-council.en.txt"
PENTAGON = ROOT / "seeds" / "pentagon-hmc-statement.excerpt.txt"
ENGLISH = [
    *sorted((ROOT / "tests" / "devset" / "articles").glob("*.en.txt")),
    COUNCIL,
    PENTAGON,
    ROOT / "seeds" / "000_3c4f9761669d23e5.txt",
    ROOT / "seeds" / "003_7b8f218a3aff3a56.txt",
]
MB = 1_000_000
_SENTENCE = re.compile(r"[^.!?\n]{30,400}[.!?]")
_WORD = re.compile(r"[A-Za-z]{4,}")


class Prose:
    """Seeded English-like sentences made from the repository's own English texts."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        texts = [p.read_text(encoding="utf-8") for p in ENGLISH]
        self.sentences = sorted({" ".join(m.group().split()) for t in texts for m in _SENTENCE.finditer(t)})
        self.words = sorted({w.lower() for t in texts for w in _WORD.findall(t)})

    def sentence(self) -> str:
        base = self.rng.choice(self.sentences).strip(' "“”«»')
        out = [
            self.rng.choice(self.words) if _WORD.fullmatch(w) and self.rng.random() < 0.33 else w for w in base.split()
        ]
        s = " ".join(out)
        s = s[0].upper() + s[1:]
        return s if s[-1] in ".!?" else s + "."

    def paragraph(self, lo: int = 3, hi: int = 6) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(lo, hi)))

    def source(self, size: int) -> list[str]:
        out: list[str] = []
        total = 0
        while total < size:
            out.append(self.paragraph())
            total += len(out[-1]) + 2
        return out

    def article(self, size: int, source: list[str]) -> str:
        """Paragraphs that quote the source, copy a sentence of it, alter a number, or are the article's own."""
        out: list[str] = []
        total = 0
        while total < size:
            sents = [s for s in re.split(r"(?<=[.!?]) ", self.rng.choice(source)) if s]
            s = self.rng.choice(sents)
            r = self.rng.random()
            if r < 0.25:
                p = f"The minister said: “{s}” {self.sentence()}"
            elif r < 0.35:
                p = f"“{s.rstrip('.')},” the ministry said in a statement. {self.sentence()}"
            elif r < 0.5:
                p = f"{s} {self.paragraph(1, 3)}"
            else:
                p = self.paragraph()
            out.append(p)
            total += len(p) + 2
        return "\n\n".join(out)


@dataclass(frozen=True)
class Case:
    name: str
    what: str
    make: Callable[[Path], tuple[Path, list[Path]]]  # writes the files; (article, sources)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _pair(article_mb: float, source_mb: float) -> Callable[[Path], tuple[Path, list[Path]]]:
    def make(d: Path) -> tuple[Path, list[Path]]:
        prose = Prose(1)
        source = prose.source(int(source_mb * MB))
        src = _write(d / f"source-{source_mb}mb.en.txt", "\n\n".join(source))
        art = _write(d / f"article-{article_mb}mb.en.txt", prose.article(int(article_mb * MB), source))
        return art, [src]

    return make


def _five_mb(d: Path) -> tuple[Path, list[Path]]:
    prose = Prose(2)
    council = [p for p in COUNCIL.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return _write(d / "article-5mb.en.txt", prose.article(5 * MB, council)), [COUNCIL, PENTAGON]


def _five_mb_html(d: Path) -> tuple[Path, list[Path]]:
    prose = Prose(7)
    council = [p for p in COUNCIL.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    paras = prose.article(5 * MB, council).split("\n\n")
    chrome = "<script>var ad = '<iframe src=x>';</script><iframe src='https://example.org/embed'>fallback</iframe>"
    body = "".join(f"<p>{p}</p>" + (chrome if k % 50 == 0 else "") for k, p in enumerate(paras))
    page = f"<html><head><title>Tram</title><style>p {{}}</style></head><body><article>{body}</article></body></html>"
    return _write(d / "article-5mb.html", page), [COUNCIL]


def _no_spaces(d: Path) -> tuple[Path, list[Path]]:
    prose = Prose(3)
    blob = "".join(prose.rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(100_000))
    return _write(d / "nospace.en.txt", f"{prose.paragraph()}\n\n{blob}\n\n{prose.paragraph()}"), [COUNCIL]


def _many_quotes(d: Path) -> tuple[Path, list[Path]]:
    prose = Prose(4)
    council = COUNCIL.read_text(encoding="utf-8")
    said = [s for s in re.split(r"(?<=[.!?])\s+", council) if len(s.split()) >= 6]
    parts = []
    for i in range(10_000):
        s = prose.rng.choice(said) if i % 3 else prose.sentence()
        parts.append(f"“{s}” said speaker {i}.")
    text = "\n\n".join(" ".join(parts[i : i + 5]) for i in range(0, len(parts), 5))
    return _write(d / "quotes-10k.en.txt", text), [COUNCIL]


def _one_sentence(d: Path) -> tuple[Path, list[Path]]:
    """200,000 words without a full stop, against a source that is the same run with a word in seven changed:
    one 'sentence' that passage alignment must not compare word against word in full."""
    prose = Prose(5)
    words = [prose.rng.choice(prose.words) for _ in range(200_000)]
    edited = [prose.rng.choice(prose.words) if i % 7 == 0 else w for i, w in enumerate(words)]
    return _write(d / "one-sentence.en.txt", " ".join(edited)), [_write(d / "one-sentence-src.en.txt", " ".join(words))]


def _lines(kind: str) -> Callable[[Path], tuple[Path, list[Path]]]:
    def make(d: Path) -> tuple[Path, list[Path]]:
        prose = Prose(6)
        rng = prose.rng
        if kind == "short-lines":
            text = "\n".join(" ".join(rng.choice(prose.words) for _ in range(5)) for _ in range(100_000))
        elif kind == "bylines":
            text = "\n".join(
                f"By {rng.choice(prose.words).title()} {rng.choice(prose.words).title()}" for _ in range(100_000)
            )
        elif kind == "repeated-lines":
            text = "\n".join(f"Breaking news from the council tonight {i % 50}" for i in range(100_000))
        else:  # switchers
            text = "\n\n".join(f"ua en ru\n\n{prose.sentence()}" for _ in range(20_000))
        return _write(d / f"{kind}.en.txt", text), [COUNCIL]

    return make


CASES = [
    Case("1mb-vs-1mb", "1 MB article drawn from a 1 MB source", _pair(1, 1)),
    Case("5mb-article", "5 MB article against the dev-set source and the Pentagon excerpt", _five_mb),
    Case("5mb-vs-1mb", "5 MB article drawn from a 1 MB source", _pair(5, 1)),
    Case("5mb-html", "5 MB HTML page (text, scripts and iframes) against the dev-set source", _five_mb_html),
    Case("nospace-100k", "a 100,000-character paragraph without spaces", _no_spaces),
    Case("quotes-10k", "10,000 quotes (two in three from the source)", _many_quotes),
    Case("one-sentence", "200,000 words, no full stop, against a 1-in-7-words edit of itself", _one_sentence),
    Case("short-lines", "100,000 distinct 5-word lines", _lines("short-lines")),
    Case("bylines", "100,000 byline lines", _lines("bylines")),
    Case("repeated-lines", "100,000 lines, 50 distinct (repeated headlines)", _lines("repeated-lines")),
    Case("switchers", "20,000 'ua en ru' switcher lines between sentences", _lines("switchers")),
]


def run_case(case: Case, d: Path, timeout: float, lexical: bool) -> dict[str, object]:
    art, sources = case.make(d)
    out = d / f"{case.name}.json"
    status, rusage, wall, err = run_check(art, sources, out, timeout, lexical)
    row: dict[str, object] = {
        "case": case.name, "what": case.what, "article_bytes": art.stat().st_size,
        "source_bytes": sum(s.stat().st_size for s in sources), "seconds": round(wall, 2),
        "peak_mb": round(rusage.ru_maxrss / 1024, 1) if rusage else None, "exit": status, "stderr": err[:200],
    }  # fmt: skip
    if status in (0, 1) and out.exists():
        rep = json.loads(out.read_text(encoding="utf-8"))
        row.update(quotes=len(rep["quotes"]), passages=len(rep["passages"]), fidelity=rep["scores"]["fidelity"])
    return row


def run_check(
    art: Path, sources: list[Path], out: Path, timeout: float, lexical: bool
) -> tuple[object, os.struct_rusage | None, float, str]:
    """One ``provenance check`` in its own process: exit status, its resource usage, wall seconds, stderr."""
    cmd = [sys.executable, "-m", "provenance", "check", str(art), "--format", "json", "--out", str(out)]
    for s in sources:
        cmd += ["--source", str(s)]
    if lexical:
        cmd.append("--lexical-only")
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    status, rusage = _wait(proc, timeout)
    wall = time.perf_counter() - t
    err = proc.stderr.read().decode(errors="replace").strip() if proc.stderr else ""
    return status, rusage, wall, err


def _wait(proc: subprocess.Popen[bytes], timeout: float) -> tuple[object, os.struct_rusage | None]:
    """The exit status and the child's own resource usage (peak memory), or "timeout" after killing it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pid, status, rusage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            return proc.returncode, rusage
        time.sleep(0.05)
    proc.kill()
    _, _, rusage = os.wait4(proc.pid, 0)
    proc.returncode = -9
    return "timeout", rusage


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", help="comma-separated case names")
    ap.add_argument("--list", action="store_true", help="list the cases and exit")
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds before a case counts as unbounded")
    ap.add_argument("--full", action="store_true", help="with the semantic stage (default: --lexical-only)")
    ap.add_argument("--json", action="store_true", help="print JSON rows instead of a Markdown table")
    args = ap.parse_args()
    cases = CASES
    if args.list:
        for c in cases:
            print(f"{c.name:<16} {c.what}")
        return
    if args.only:
        wanted = set(args.only.split(","))
        cases = [c for c in cases if c.name in wanted]
    if not args.json:
        print("| case | input | article | sources | time (s) | peak RSS (MB) | exit | quotes | passages |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory(prefix="bench-bounded-") as tmp:
        for case in cases:
            d = Path(tmp) / case.name
            d.mkdir()
            row = run_case(case, d, args.timeout, lexical=not args.full)
            if args.json:
                print(json.dumps(row), flush=True)
                continue
            print(
                f"| {row['case']} | {row['what']} | {_size(row['article_bytes'])} | {_size(row['source_bytes'])} | "
                f"{row['seconds']} | {row['peak_mb']} | {row['exit']} | {row.get('quotes', '–')} | "
                f"{row.get('passages', '–')} |",
                flush=True,
            )


def _size(n: object) -> str:
    b = int(n)  # type: ignore[call-overload]
    return f"{b / MB:.2f} MB" if b >= 100_000 else f"{b:,} B"


if __name__ == "__main__":
    main()
