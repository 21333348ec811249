from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
DEVSET = TESTS / "devset"
SEEDS = ROOT / "seeds"
SCHEMA_PATH = TESTS / "contract" / "report.schema.json"
PENTAGON = SEEDS / "pentagon-hmc-statement.excerpt.txt"
SEED_000 = SEEDS / "000_3c4f9761669d23e5.txt"
SEED_003 = SEEDS / "003_7b8f218a3aff3a56.txt"
COUNCIL = DEVSET / "sources" / "orlin-council.en.txt"


@pytest.fixture(scope="session")
def validator() -> Any:
    import jsonschema

    return jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def assert_valid(validator: Any, report: dict[str, Any]) -> None:
    errors = sorted(validator.iter_errors(report), key=str)
    assert not errors, "; ".join(f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors[:3])


def run_cli(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """The installed CLI in a subprocess, as a user or pipeline calls it."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "provenance", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env=full_env,
        timeout=300,
    )


def speakers_of(article: str) -> list[str | None]:
    """Who each quote of ``article`` is credited to, by the lexical check (the speaker tests' one reading)."""
    from provenance import check
    from provenance.settings import Settings

    return [q.speaker for q in check(article, [], Settings(lexical_only=True)).quotes]
