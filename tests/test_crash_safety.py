"""Crash safety of audits: killed at random points (SIGKILL), resumed, the output equals an uninterrupted run.

CLI.md: ``audit`` writes one row per article as it goes and, with ``--resume``, skips what the output already
holds, "so a killed audit loses nothing". Here an audit over a folder of articles, a JSONL feed (one bad
record) and two bad files is killed several times at seeded random moments; after some kills the output is
also cut at a random byte of its last rows, which is what a kill in the middle of a write leaves (a torn
line). Each time it is resumed; the last resume runs to the end. The final output must hold every row of the
uninterrupted run exactly once, none torn, in the same bytes.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import DEVSET, ROOT, TESTS

TIMEOUT_S = 300
SOURCES = [*sorted((DEVSET / "sources").glob("*.txt")), *sorted((TESTS / "seedset" / "sources").glob("*.txt"))]
KILLS = 4


def test_the_audit_is_there() -> None:
    """A broken or missing ``provenance.audit`` fails these tests; it never skips them."""
    import provenance.audit
    from provenance.cli import cli

    assert callable(provenance.audit.run) and "audit" in cli.commands


def _corpus(folder: Path) -> list[str]:
    """About 70 inputs: dev-set and seed articles with numbered variations, a JSONL feed, two bad files."""
    folder.mkdir()
    originals = [*sorted((DEVSET / "articles").glob("d*.txt")), *sorted((TESTS / "seedset" / "articles").glob("*.txt"))]
    for n in range(6):
        for art in originals:
            text = art.read_text(encoding="utf-8")
            (folder / f"{n:02d}_{art.name}").write_text(f"{text}\n\nEdition {n} of the report.\n", encoding="utf-8")
    (folder / "zz_empty.txt").write_bytes(b"")
    (folder / "zz_image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    feed = folder.parent / "feed.jsonl"
    records = [
        json.dumps({"id": f"r{i}", "text": originals[i % len(originals)].read_text(encoding="utf-8")}) for i in range(8)
    ]
    records.insert(4, '{"id": "broken", "text": ')
    feed.write_text("\n".join(records) + "\n", encoding="utf-8")
    return [str(folder), str(feed)]


def _audit(inputs: list[str], out: Path, *extra: str) -> list[str]:
    args = [sys.executable, "-m", "provenance", "audit", *inputs, "--out", str(out), "--lexical-only", "--no-progress"]
    for s in SOURCES:
        args += ["--source", str(s)]
    return [*args, *extra]


def _run(args: list[str]) -> None:
    p = subprocess.run(args, capture_output=True, cwd=ROOT, timeout=TIMEOUT_S)
    assert p.returncode == 0, p.stderr.decode()
    assert "Traceback" not in p.stderr.decode()


def _kill_at(args: list[str], out: Path, rows: int) -> bool:
    """Start the audit and SIGKILL it (its worker processes too) once ``out`` holds ``rows`` rows or more;
    False when it finished first."""
    proc = subprocess.Popen(
        args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    deadline = time.monotonic() + TIMEOUT_S
    while proc.poll() is None and time.monotonic() < deadline:
        if out.exists() and out.read_bytes().count(b"\n") >= rows:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=TIMEOUT_S)
            return True
        time.sleep(0.002)
    if proc.poll() is None:  # hung: a failure, not a stuck CI job
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        pytest.fail("the audit did not finish")
    assert proc.returncode == 0
    return False


def _tear(out: Path, rng: random.Random) -> None:
    """Cut the output at a random byte of its last two rows: a kill in the middle of a write."""
    data = out.read_bytes()
    if not data:
        return
    ends = [i + 1 for i, b in enumerate(data) if b == ord("\n")]
    start = ends[-3] if len(ends) >= 3 else 0
    out.write_bytes(data[: rng.randint(start, len(data) - 1)])


def _count_rows(out: Path) -> int:
    return out.read_bytes().count(b"\n")


def _rows(out: Path, fmt: str) -> list[str]:
    data = out.read_bytes()
    assert data.endswith(b"\n"), "the output ends in a torn row"
    lines = data.decode("utf-8").splitlines()
    if fmt == "jsonl":
        for line in lines:
            json.loads(line)  # every row is whole
    return lines


@pytest.mark.parametrize(
    ("fmt", "jobs", "seed"),
    [("jsonl", "1", 1), ("jsonl", "2", 2), ("csv", "1", 3)],
    ids=["jsonl", "jsonl-2-jobs", "csv"],
)
def test_killed_and_resumed_audit_equals_an_uninterrupted_one(tmp_path: Path, fmt: str, jobs: str, seed: int) -> None:
    inputs = _corpus(tmp_path / "in")
    reference = tmp_path / f"reference.{fmt}"
    _run(_audit(inputs, reference, "--jobs", jobs))
    ref_rows = _rows(reference, fmt)
    assert len(ref_rows) == 6 * 9 + 2 + 9 + (fmt == "csv")  # articles, bad files, feed records (+ CSV header)

    out = tmp_path / f"killed.{fmt}"
    rng = random.Random(seed)
    targets = sorted(rng.sample(range(1, len(ref_rows) - 1), KILLS))  # kill points, in rows written
    partial = []
    for k, target in enumerate(targets):
        killed = _kill_at(_audit(inputs, out, "--jobs", jobs, *(["--resume"] if k else [])), out, target)
        partial.append(_count_rows(out) if killed else None)
        if killed and k % 2:
            _tear(out, rng)
    assert any(n is not None and n < len(ref_rows) for n in partial), ("never killed mid-run", partial)
    _run(_audit(inputs, out, "--jobs", jobs, "--resume"))

    rows = _rows(out, fmt)
    counts = Counter(rows)
    assert [r for r, n in counts.items() if n > 1] == [], "a row was written twice"
    assert set(ref_rows) - set(rows) == set(), "a row was lost"
    assert set(rows) - set(ref_rows) == set(), "a row differs from the uninterrupted run's"
    assert out.read_bytes() == reference.read_bytes()


def test_resume_of_a_finished_audit_adds_nothing(tmp_path: Path) -> None:
    inputs = _corpus(tmp_path / "in")
    out = tmp_path / "audit.jsonl"
    _run(_audit(inputs, out))
    before = out.read_bytes()
    _run(_audit(inputs, out, "--resume"))
    assert out.read_bytes() == before
