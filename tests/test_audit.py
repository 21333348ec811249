"""Bulk audits: one whole row per input, error rows, CSV columns, resume, a SIGKILL mid-run, engines agree."""

from __future__ import annotations

import csv
import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from provenance import audit as A
from provenance.audit import AuditPlan, run
from provenance.errors import SettingsError
from provenance.settings import Settings
from tests.conftest import COUNCIL, DEVSET, PENTAGON, ROOT, assert_valid, run_cli

ARTICLES = DEVSET / "articles"
LEXICAL = Settings(lexical_only=True)
ERROR_KEYS = {"schema", "document", "error"}


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    """The dev-set articles, an empty file, and a JSONL stream with one good and two bad records."""
    folder = tmp_path / "in"
    folder.mkdir()
    for p in sorted(ARTICLES.glob("d*.txt")):  # the seven council articles
        (folder / p.name).write_bytes(p.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "wire.jsonl").write_text(
        json.dumps({"id": "w1", "text": '"This line will bring Riverside within five minutes of the city centre," '
                   "the mayor said."}) + "\n{not json\n" + json.dumps({"id": "w3", "body": "no text"}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    return folder


def audit(inputs: Path, out: Path, **kw: Any) -> A.Summary:
    plan = AuditPlan(inputs=(str(inputs),), out=str(out), settings=LEXICAL, sources=(str(COUNCIL),), **kw)
    return run(plan)


def lines(path: Path) -> list[str]:
    data = path.read_bytes().decode("utf-8")
    assert data.endswith("\n")
    return data.split("\n")[:-1]


def keys(rows: list[str]) -> list[str]:
    return [json.loads(r)["document"]["path"] for r in rows]


N_INPUTS = 7 + 1 + 3  # articles, the empty file, three JSONL records


def test_one_row_per_input_with_error_rows(inputs: Path, tmp_path: Path, validator: Any) -> None:
    out = tmp_path / "out.jsonl"
    summary = audit(inputs, out)
    rows = [json.loads(r) for r in lines(out)]
    assert len(rows) == N_INPUTS == len(summary.rows)
    errors = [r for r in rows if r["schema"] == "provenance.error/1"]
    assert sorted(r["document"]["path"] for r in errors) == sorted(
        [str(inputs / "empty.txt"), f"{inputs / 'wire.jsonl'}#2", f"{inputs / 'wire.jsonl'}#3"]
    )
    for r in errors:
        assert set(r) == ERROR_KEYS and set(r["error"]) == {"code", "message"} and r["error"]["message"]
    for r in rows:
        if r["schema"] != "provenance.error/1":
            assert_valid(validator, r)
    assert f"{inputs / 'wire.jsonl'}#w1" in keys(lines(out))
    text = summary.text(str(out))
    assert f"audit: {N_INPUTS} articles" in text and "3 errors" in text and "worst" in text


def test_csv_columns_exactly_as_the_contract(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    audit(inputs, out)
    with open(out, newline="", encoding="utf-8") as fh:
        table = list(csv.reader(fh))
    assert table[0] == [
        "path", "language", "fidelity", "quote_fidelity", "quotes", "altered", "unsupported",
        "findings_error", "findings_warning", "error",
        "verdict", "paraphrase_fidelity", "coverage", "translation_likelihood", "findings_info", "sources",
        "error_code", "error_message", "signature",
    ]  # fmt: skip  # the contract's columns, then more, and the signature that every number depends on
    assert len(table) == 1 + N_INPUTS
    by_path = {row[0]: dict(zip(table[0], row, strict=True)) for row in table[1:]}
    d3 = by_path[str(inputs / "d3_altered.en.txt")]
    assert d3["language"] == "en" and d3["altered"] == "1" and d3["unsupported"] == "1" and d3["error"] == ""
    assert d3["signature"].startswith("provenance:") and "altered_min_similarity=" in d3["signature"]
    assert 0 <= float(d3["fidelity"]) < 1 and int(d3["findings_error"]) >= 1
    assert by_path[str(inputs / "empty.txt")]["error"].startswith("empty: ")
    empty = by_path[str(inputs / "empty.txt")]
    assert empty["error_code"] == "empty" and empty["error"] == f"empty: {empty['error_message']}"
    assert empty["verdict"] == "" and empty["sources"] == ""
    assert d3["verdict"] == "fail" and d3["error_code"] == d3["error_message"] == ""
    assert d3["sources"] == "orlin-council.en" and int(d3["findings_info"]) >= 0
    assert 0 < float(d3["coverage"]) <= 1 and float(d3["translation_likelihood"]) < 0.5


def test_output_order_is_input_order_and_jobs_agree(inputs: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    audit(inputs, one)
    audit(inputs, two, jobs=2)
    assert one.read_bytes() == two.read_bytes()
    from provenance.pipeline.load import iter_inputs

    assert keys(lines(one)) == [k for k, _ in iter_inputs([str(inputs)])]


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_resume_after_a_torn_last_line(inputs: Path, tmp_path: Path, suffix: str) -> None:
    full = tmp_path / f"full{suffix}"
    audit(inputs, full)
    data = full.read_bytes()
    cut = tmp_path / f"cut{suffix}"
    cut.write_bytes(data[: data.index(b"\n", len(data) // 2) + 40])  # whole rows, then a torn one
    summary = audit(inputs, cut, resume=True)
    assert cut.read_bytes() == data  # nothing lost, nothing repeated, the torn row written again whole
    assert 0 < summary.resumed < N_INPUTS and len(summary.rows) == N_INPUTS
    again = audit(inputs, cut, resume=True)  # a finished audit resumed checks nothing
    assert again.checked == 0 and cut.read_bytes() == data


def test_an_input_given_twice_is_checked_twice_also_across_a_resume(inputs: Path, tmp_path: Path) -> None:
    twice = (str(inputs / "d1_verbatim.en.txt"), str(inputs / "d1_verbatim.en.txt"), str(inputs / "d3_altered.en.txt"))
    full, cut = tmp_path / "full.jsonl", tmp_path / "cut.jsonl"
    run(AuditPlan(inputs=twice, out=str(full), settings=LEXICAL, sources=(str(COUNCIL),)))
    assert len(lines(full)) == 3
    cut.write_bytes(full.read_bytes().split(b"\n", 1)[0] + b"\n")  # the first of the two d1 rows
    run(AuditPlan(inputs=twice, out=str(cut), settings=LEXICAL, sources=(str(COUNCIL),), resume=True))
    assert cut.read_bytes() == full.read_bytes()


def test_progress_bar_on_request(inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    audit(inputs, tmp_path / "p.jsonl", progress=True)
    assert f"{N_INPUTS}/{N_INPUTS}" in capsys.readouterr().err
    audit(inputs, tmp_path / "q.jsonl")  # not a terminal: quiet
    assert capsys.readouterr().err == ""


def test_the_output_is_never_an_input(inputs: Path) -> None:
    out = inputs / "audit.jsonl"  # inside the audited folder
    audit(inputs, out)
    audit(inputs, out, resume=True)
    assert len(lines(out)) == N_INPUTS


def test_globs_are_expanded(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.jsonl"
    plan = AuditPlan(inputs=(str(inputs / "d[12]_*.txt"),), out=str(out), settings=LEXICAL, sources=(str(COUNCIL),))
    run(plan)
    assert keys(lines(out)) == [str(inputs / "d1_verbatim.en.txt"), str(inputs / "d2_edited.en.txt")]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"out": "x.txt"}, "give a .jsonl or .csv"),
        ({"sources": ()}, "--source PATH"),
        ({"jobs": 0}, "--jobs"),
        ({"scheduler": "tcp://127.0.0.1:1"}, "--scheduler needs --engine dask"),
        ({"lineage": "x.txt"}, "--lineage"),
    ],
)
def test_bad_plans_are_settings_errors(tmp_path: Path, change: dict[str, Any], message: str) -> None:
    base: dict[str, Any] = {"inputs": (str(ARTICLES),), "out": str(tmp_path / "o.jsonl"), "settings": LEXICAL}
    plan = AuditPlan(**{**base, "sources": (str(COUNCIL),), **change})
    with pytest.raises(SettingsError, match=message):
        run(plan)


@pytest.mark.parametrize(
    "args",
    [
        ("--out", "{tmp}/o.txt", "--source", "{council}"),
        ("--out", "{tmp}/o.jsonl"),
        ("--out", "{tmp}/o.jsonl", "--library", "{tmp}/missing.db"),
        ("--out", "{tmp}/no-such-folder/o.jsonl", "--source", "{council}"),
        ("--out", "{tmp}/o.jsonl", "--source", "{tmp}/missing-source.txt"),
    ],
)
def test_cli_bad_options_exit_2_with_one_line(tmp_path: Path, args: tuple[str, ...]) -> None:
    fill = {"tmp": str(tmp_path), "council": str(COUNCIL)}
    p = run_cli("audit", str(ARTICLES), "--lexical-only", *(a.format(**fill) for a in args))
    assert p.returncode == 2, p.stderr
    assert p.stderr.decode().count("\n") == 1 and "Traceback" not in p.stderr.decode()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_missing_model_stops_the_audit_with_one_line(tmp_path: Path, jobs: str) -> None:
    out = str(tmp_path / "o.jsonl")
    p = run_cli("audit", str(ARTICLES), "--source", str(COUNCIL), "--out", out, "--model", "no-such-model", "-j", jobs)
    assert p.returncode == 2 and p.stderr.decode().count("\n") == 1 and "no-such-model" in p.stderr.decode()


def test_cli_audit_with_a_library(inputs: Path, tmp_path: Path, validator: Any) -> None:
    db = str(tmp_path / "lib.db")
    assert run_cli("library", "add", str(COUNCIL), str(PENTAGON), "--db", db).returncode == 0
    out = tmp_path / "lib.jsonl"
    p = run_cli("audit", str(inputs), "--library", db, "--out", str(out), "--lexical-only")
    assert p.returncode == 0, p.stderr  # error rows do not fail the audit
    rows = {r["document"]["path"]: r for r in map(json.loads, lines(out))}
    assert len(rows) == N_INPUTS
    for r in rows.values():
        if r["schema"] == "provenance.report/1":
            assert_valid(validator, r)
    d1 = rows[str(inputs / "d1_verbatim.en.txt")]
    assert [s["id"] for s in d1["sources"]] == ["orlin-council.en"]
    assert any(f["code"] == "LIBRARY_SOURCE" for f in d1["findings"])
    err = p.stderr.decode()
    assert err.startswith(f"audit: {N_INPUTS} articles") and "errors (3;" in err


# ---------------------------------------------------------------------------------------------- killed mid-run


def many_articles(folder: Path, n: int) -> None:
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.en.txt"))]
    for i in range(n):
        (folder / f"a{i:04d}.txt").write_text(f"{texts[i % len(texts)]}\nReprint number {i}.\n", encoding="utf-8")


def count_rows(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2])
def test_sigkill_then_resume_loses_nothing_and_repeats_nothing(tmp_path: Path, seed: int) -> None:
    n = 200
    folder = tmp_path / "many"
    many_articles(folder, n)
    reference = tmp_path / "reference.jsonl"
    run(AuditPlan(inputs=(str(folder),), out=str(reference), settings=LEXICAL, sources=(str(COUNCIL),)))
    out = tmp_path / "killed.jsonl"
    cmd = [sys.executable, "-m", "provenance", "audit", str(folder), "--source", str(COUNCIL), "--out", str(out),
           "--lexical-only", "--jobs", "2"]  # fmt: skip
    rng = random.Random(seed)
    kills = 0
    for _ in range(2):  # killed twice, at random moments, then left to finish
        target = count_rows(out) + rng.randint(5, 60)
        proc = subprocess.Popen([*cmd, "--resume"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while proc.poll() is None and count_rows(out) < target and time.monotonic() < deadline:
            time.sleep(0.002)
        time.sleep(rng.uniform(0, 0.05))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)  # the main process only: its workers must notice and leave
            kills += 1
        proc.wait()
    assert kills >= 1 and count_rows(out) < n
    done = subprocess.run([*cmd, "--resume"], cwd=ROOT, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    got = lines(out)
    assert len(got) == n and len(set(keys(got))) == n  # one whole row per input, none doubled or torn
    assert sorted(got) == sorted(lines(reference))  # the same rows as an audit never interrupted


# ---------------------------------------------------------------------------------------------- dask


@pytest.mark.slow
def test_dask_engine_gives_the_same_rows_as_local(inputs: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    db = str(tmp_path / "lib.db")
    from provenance.library import Library
    from provenance.pipeline.load import load_many

    with Library(db, create=True) as lib:
        lib.add(load_many([str(COUNCIL), str(PENTAGON)]))
    for src in ({"sources": (str(COUNCIL),)}, {"library": db}):
        local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
        for out, engine in ((local, "local"), (dask, "dask")):
            plan = AuditPlan(inputs=(str(inputs),), out=str(out), settings=LEXICAL, engine=engine, jobs=2, **src)
            run(plan)
        assert sorted(lines(dask)) == sorted(lines(local))
        assert len(lines(local)) == N_INPUTS


@pytest.mark.slow
def test_dask_on_a_cluster_looks_the_library_up_here(inputs: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    db = str(tmp_path / "lib.db")
    from provenance.library import Library
    from provenance.pipeline.load import load_many

    with Library(db, create=True) as lib:
        lib.add(load_many([str(COUNCIL), str(PENTAGON)]))
    local, remote = tmp_path / "local.jsonl", tmp_path / "remote.jsonl"
    run(AuditPlan(inputs=(str(inputs),), out=str(local), settings=LEXICAL, library=db))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
        plan = AuditPlan(
            inputs=(str(inputs),), out=str(remote), settings=LEXICAL, library=db, engine="dask",
            scheduler=cluster.scheduler_address,
        )  # fmt: skip
        run(plan)
    assert sorted(lines(remote)) == sorted(lines(local))
