"""The same input gives the same bytes: across runs, processes, hash seeds, batch or alone, check or audit.

Every dev-set article against every dev-set source, and both seed articles against theirs, are checked in
separate processes with different ``PYTHONHASHSEED`` values (set iteration order changes with it), with and
without ``--lexical-only``, at least a second apart (a clock in a report would show). The outputs must be
byte-identical. Checking an article alone must give the line it gets in a batch (no state leaks from one
article into the next), and an audit row must be the report ``check --format jsonl`` prints.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import DEVSET, ROOT, TESTS

TIMEOUT_S = 300
SETS = {
    "devset": (sorted((DEVSET / "articles").glob("*.txt")), sorted((DEVSET / "sources").glob("*.txt"))),
    "seeds": (
        sorted((TESTS / "seedset" / "articles").glob("*.txt")),
        sorted((TESTS / "seedset" / "sources").glob("*.txt")),
    ),
}
MODES = {"lexical": ("--lexical-only",), "full": ()}
HASH_SEEDS = ("0", "4242", "random")


def _check(articles: list[Path], sources: list[Path], mode: tuple[str, ...], hash_seed: str) -> bytes:
    args = [sys.executable, "-m", "provenance", "check", *map(str, articles), "--format", "jsonl", *mode]
    for s in sources:
        args += ["--source", str(s)]
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    p = subprocess.run(args, capture_output=True, cwd=ROOT, env=env, timeout=TIMEOUT_S)
    assert p.returncode in (0, 1), p.stderr.decode()
    assert p.stdout.count(b"\n") == len(articles)
    return p.stdout


@pytest.mark.parametrize("mode", sorted(MODES))
@pytest.mark.parametrize("name", sorted(SETS))
def test_same_bytes_across_processes_and_hash_seeds(name: str, mode: str) -> None:
    articles, sources = SETS[name]
    assert articles and sources
    runs = []
    for seed in HASH_SEEDS if mode == "lexical" else HASH_SEEDS[1:]:  # the semantic stage is the slow one
        runs.append(_check(articles, sources, MODES[mode], seed))
        time.sleep(1.1)  # a time of day in a report would differ between runs
    assert all(run == runs[0] for run in runs[1:])
    for line in runs[0].splitlines():
        rep = json.loads(line)
        assert rep["schema"] == "provenance.report/1"
        if mode == "full":  # the semantic stage ran (when its models resolve), and is pinned by the signature
            assert "models:" in rep["tool"]["signature"]


@pytest.mark.parametrize("mode", sorted(MODES))
def test_an_article_alone_gives_its_batch_line(mode: str) -> None:
    """State kept between articles (caches, prepared sources, model state) never changes a report."""
    articles, sources = SETS["devset"]
    batch = _check(list(reversed(articles)), sources, MODES[mode], "1").splitlines()
    alone = [_check([a], sources, MODES[mode], "2").rstrip(b"\n") for a in articles]
    assert list(reversed(batch)) == alone


def test_audit_rows_are_the_reports_check_prints(tmp_path: Path) -> None:
    articles, sources = SETS["devset"]
    out = tmp_path / "audit.jsonl"
    args = ["audit", *map(str, articles), "--out", str(out), "--lexical-only", "--no-progress", "--jobs", "2"]
    for s in sources:
        args += ["--source", str(s)]
    p = subprocess.run([sys.executable, "-m", "provenance", *args], capture_output=True, cwd=ROOT, timeout=TIMEOUT_S)
    assert p.returncode == 0, p.stderr.decode()
    assert out.read_bytes() == _check(articles, sources, MODES["lexical"], "3")


def test_in_process_repeats_and_orders_agree() -> None:
    """The library: the same article checked twice, and after others, gives the same report."""
    from provenance import check
    from provenance.pipeline.load import load_path
    from provenance.settings import Settings

    articles, sources = SETS["devset"]
    texts = [load_path(str(a))[0] for a in articles]
    srcs = [load_path(str(s))[0] for s in sources]
    lex = Settings(lexical_only=True)
    first = [check(t, srcs, lex).to_dict() for t in texts]
    again = [check(t, srcs, lex).to_dict() for t in reversed(texts)]
    assert first == list(reversed(again))
