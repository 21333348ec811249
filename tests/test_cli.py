"""The command line as a user and a pipeline meet it: formats, the contract, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from provenance.cli import cli
from tests.conftest import COUNCIL, DEVSET, PENTAGON, SEED_000, SEED_003, assert_valid, run_cli

LEX = "--lexical-only"


def _json(*args: str) -> dict[str, Any]:
    p = run_cli("check", *args, "--format", "json", LEX)
    assert p.returncode in (0, 1), p.stderr.decode()
    out: dict[str, Any] = json.loads(p.stdout)
    return out


@pytest.fixture(scope="module")
def seed003() -> dict[str, Any]:
    return _json(str(SEED_003), "--source", str(PENTAGON))


@pytest.fixture(scope="module")
def seed000() -> dict[str, Any]:
    return _json(str(SEED_000), "--source", str(PENTAGON))


def _markers(rep: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [m for m in rep["markers"] if m["kind"] == kind]


def test_seed_003(seed003: dict[str, Any], validator: Any) -> None:
    assert_valid(validator, seed003)
    assert seed003["language"]["code"] == "en"
    assert _markers(seed003, "language_switcher")[0]["value"]["languages"] == ["uk", "en", "ru"]
    assert any(m["value"]["author"] == "Daria Shekina" for m in _markers(seed003, "byline"))
    assert any(m["value"]["credit"] == "Getty Images" for m in _markers(seed003, "photo_credit"))
    first = seed003["quotes"][0]
    assert first["text"].startswith("The United States and the Government of Iraq")
    assert first["match"]["kind"] == "verbatim"
    assert first["match"]["source"] == "pentagon-hmc-statement.excerpt"
    text = SEED_003.read_text(encoding="utf-8")
    for q in seed003["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]


def test_seed_000(seed000: dict[str, Any], validator: Any) -> None:
    assert_valid(validator, seed000)
    assert seed000["language"]["code"] == "en"
    assert any(m["value"]["place"] == "ERBIL" for m in _markers(seed000, "dateline"))
    assert any(m["value"]["time"] == "08:12 pm" for m in _markers(seed000, "updated"))
    first = seed000["quotes"][0]
    assert first["match"]["kind"] == "verbatim" and first["speaker"] == "the Pentagon"
    assert seed000["scores"]["translation_likelihood"] < 0.5


def test_markers_slice_back(seed003: dict[str, Any], seed000: dict[str, Any]) -> None:
    for path, rep in ((SEED_003, seed003), (SEED_000, seed000)):
        text = path.read_text(encoding="utf-8")
        for m in rep["markers"]:
            assert text[m["start"] : m["end"]] == m["text"]


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "markdown"])
def test_every_format(fmt: str, validator: Any) -> None:
    article = DEVSET / "articles" / "d3_altered.en.txt"
    result = CliRunner().invoke(cli, ["check", str(article), "--source", str(COUNCIL), "--format", fmt, LEX])
    assert result.exit_code == 1  # d3 has an altered quote: an error finding
    out = result.output
    if fmt in ("json", "jsonl"):
        lines = [out] if fmt == "json" else out.splitlines()
        for line in lines:
            assert_valid(validator, json.loads(line))
    else:
        assert "five" in out and "fifteen" in out
        assert "QUOTE_ALTERED" in out and "signature" in out


def test_jsonl_for_several_files(validator: Any) -> None:
    arts = sorted((DEVSET / "articles").glob("d[12]*.txt"))
    p = run_cli("check", *map(str, arts), "--source", str(COUNCIL), "--format", "jsonl", LEX)
    lines = p.stdout.decode().splitlines()
    assert len(lines) == 2
    for line in lines:
        assert_valid(validator, json.loads(line))


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["d1_verbatim.en.txt"], 0),
        (["d3_altered.en.txt"], 1),
        (["d3_altered.en.txt", "--fail-on", "never"], 0),
        (["d1_verbatim.en.txt", "--fail-under", "0.99"], 0),
        (["d3_altered.en.txt", "--fail-on", "never", "--fail-under", "0.9"], 1),
        (["d2_edited.en.txt", "--fail-on", "info"], 1),
    ],
)
def test_exit_codes(args: list[str], code: int) -> None:
    args = [str(DEVSET / "articles" / args[0]), *args[1:]]
    result = CliRunner().invoke(cli, ["check", *args, "--source", str(COUNCIL), "--format", "json", LEX])
    assert result.exit_code == code, result.output


def _bad_inputs(tmp: Path) -> dict[str, list[str]]:
    (tmp / "empty.txt").write_text("")
    (tmp / "blank.txt").write_text("  \n\n ")
    (tmp / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    (tmp / "article.docx").write_bytes(b"PK\x03\x04")
    ok = str(DEVSET / "articles" / "d1_verbatim.en.txt")
    return {
        "missing": ["check", str(tmp / "nope.txt")],
        "empty": ["check", str(tmp / "empty.txt")],
        "blank": ["check", str(tmp / "blank.txt")],
        "binary": ["check", str(tmp / "binary.txt")],
        "image": ["check", str(tmp / "image.png")],
        "unknown": ["check", str(tmp / "article.docx")],
        "missing source": ["check", ok, "--source", str(tmp / "nope.txt")],
        "fail-under": ["check", ok, "--fail-under", "2"],
        "fail-on": ["check", ok, "--fail-on", "sometimes"],
        "option": ["check", ok, "--no-such-option"],
        "no file": ["check"],
    }


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    for name, args in _bad_inputs(tmp_path).items():
        p = run_cli(*args, LEX)
        err = p.stderr.decode()
        assert p.returncode == 2, (name, err)
        assert len(err.strip().splitlines()) == 1, (name, err)
        assert "Traceback" not in err and err.startswith("provenance: error:"), (name, err)


def test_stdin_and_out(tmp_path: Path, validator: Any) -> None:
    out = tmp_path / "r.json"
    data = (DEVSET / "articles" / "d1_verbatim.en.txt").read_bytes()
    p = run_cli("check", "-", "--source", str(COUNCIL), "--out", str(out), LEX, stdin=data)
    assert p.returncode == 0 and p.stdout == b""
    rep = json.loads(out.read_text(encoding="utf-8"))
    assert_valid(validator, rep)
    assert rep["document"]["path"] == "-"


def test_every_command_has_help_with_an_example() -> None:
    runner = CliRunner()
    for name, cmd in cli.commands.items():
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example" in (cmd.help or "") or "Example" in result.output, name


def test_import_and_help_never_load_torch() -> None:
    import subprocess
    import sys

    code = (
        "import sys, provenance\n"
        "from provenance.cli import cli\n"
        "from click.testing import CliRunner\n"
        "CliRunner().invoke(cli, ['--help']); CliRunner().invoke(cli, ['check', '--help'])\n"
        "bad = [m for m in ('torch', 'transformers', 'trafilatura') if m in sys.modules]\n"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""
