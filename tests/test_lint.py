"""The code stays ruff- and mypy-clean: CI runs the same checks as a developer."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.mark.parametrize("tool", ["ruff", "mypy"])
def test_clean(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (pip install -e '.[dev]')")
    cmd = [tool, "check", "provenance", "tests", "bench"] if tool == "ruff" else [sys.executable, "-m", "mypy"]
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-2000:]
