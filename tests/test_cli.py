"""The command line as a user and a pipeline meet it: formats, the contract, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from provenance.cli import cli
from tests.conftest import COUNCIL, DEVSET, PENTAGON, ROOT, SEED_000, SEED_003, assert_valid, run_cli

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
    out = result.stdout
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
    out = tmp_path / "r.json"  # --out's extension names the format when --format is not given
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


# ---------------------------------------------------------------------------------------------- defaults

D1, D3 = str(DEVSET / "articles" / "d1_verbatim.en.txt"), str(DEVSET / "articles" / "d3_altered.en.txt")
EXAMPLES = ROOT / "examples"
STATEMENT, DRAFT_PASS, DRAFT_FAIL = (str(EXAMPLES / n) for n in ("statement.txt", "draft-pass.txt", "draft-fail.txt"))


def test_text_is_the_default_when_piped() -> None:
    """Piped (a subprocess's stdout is a pipe), check writes the text report, not JSON."""
    p = run_cli("check", D1, "--source", str(COUNCIL), LEX)
    out = p.stdout.decode()
    assert p.returncode == 0, p.stderr
    assert out.startswith("PASS: 0 errors, 0 warnings · fidelity 1.00 · 2 quotes: 2 verbatim\n")
    assert not out.lstrip().startswith("{") and "\x1b[" not in out  # no JSON, no colour into a pipe


@pytest.mark.parametrize(
    ("name", "fmt", "starts"),
    [("r.json", None, "{"), ("r.jsonl", None, "{"), ("r.html", None, "<!DOCTYPE html>"), ("r.md", None, "**PASS"),
     ("r.txt", None, "PASS: "), ("report", None, "PASS: "), ("r.json", "text", "PASS: ")],
)  # fmt: skip
def test_out_extension_names_the_format(tmp_path: Path, name: str, fmt: str | None, starts: str) -> None:
    out = tmp_path / name
    args = ["check", D1, "--source", str(COUNCIL), "-o", str(out), LEX] + (["--format", fmt] if fmt else [])
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8").startswith(starts)


def _in_a_terminal(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    """Run the CLI with stdout and stderr on a pseudo-terminal; the exit status and everything it showed."""
    import os
    import pty
    import subprocess
    import sys

    leader, follower = pty.openpty()
    full_env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"} | (env or {})
    proc = subprocess.Popen([sys.executable, "-m", "provenance", *args], stdout=follower, stderr=follower,
                            stdin=subprocess.DEVNULL, cwd=ROOT, env=full_env)  # fmt: skip
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the process has exited
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return proc.wait(timeout=120), b"".join(chunks).decode("utf-8", "replace")


def test_colour_on_a_terminal_only_and_never_with_no_color() -> None:
    code, shown = _in_a_terminal("check", D3, "--source", str(COUNCIL), LEX)
    assert code == 1 and "\x1b[" in shown and "FAIL" in shown
    assert shown.count("FAIL") == 1  # on a terminal the report's first line says it; stderr does not repeat it
    code, shown = _in_a_terminal("check", D3, "--source", str(COUNCIL), LEX, env={"NO_COLOR": "1"})
    assert code == 1 and "\x1b[" not in shown and "FAIL:" in shown


def test_no_arguments_prints_the_help() -> None:
    p = run_cli()
    assert p.returncode == 0 and p.stderr == b""
    out = p.stdout.decode()
    assert out.startswith("Usage: provenance") and "Commands:" in out and "\n  check " in out
    assert run_cli("--help").stdout == p.stdout
    lib = run_cli("library")
    assert lib.returncode == 0 and lib.stdout.decode().startswith("Usage: provenance library")


def test_command_list_is_not_cut_off() -> None:
    out = CliRunner().invoke(cli, ["--help"]).output
    commands = out[out.index("Commands:") :]
    assert "..." not in commands
    for name, cmd in cli.commands.items():
        assert cmd.short_help and len(cmd.short_help) <= 70, name
        assert name in commands


# ---------------------------------------------------------------------------------------------- sources


def test_check_without_sources_never_passes_silently() -> None:
    p = run_cli("check", D1, LEX)
    err = p.stderr.decode()
    assert p.returncode == 2 and p.stdout == b""
    assert err.count("\n") == 1 and "--source" in err and "--library" in err and "--no-sources" in err


def test_bad_input_is_named_before_missing_sources(tmp_path: Path) -> None:
    p = run_cli("check", str(tmp_path / "nope.txt"), LEX)
    assert p.returncode == 2 and "nope.txt" in p.stderr.decode()


@pytest.mark.parametrize(("article", "code"), [(D1, 0), (DRAFT_FAIL, 0)])
def test_no_sources_reports_markers_and_language_only(article: str, code: int, validator: Any) -> None:
    p = run_cli("check", article, "--no-sources", "--format", "json", LEX)
    assert p.returncode == code, p.stderr
    rep = json.loads(p.stdout)
    assert_valid(validator, rep)
    assert rep["sources"] == [] and {q["match"]["kind"] for q in rep["quotes"]} == {"unchecked"}
    assert rep["verdict"]["summary"].startswith("PASS: no sources checked · 0 errors")


def test_no_sources_with_sources_is_a_bad_option() -> None:
    p = run_cli("check", D1, "--no-sources", "--source", str(COUNCIL), LEX)
    assert p.returncode == 2 and "--no-sources" in p.stderr.decode()


# ---------------------------------------------------------------------------------------------- verdict


def test_verdict_in_json_text_and_on_stderr(validator: Any) -> None:
    js = run_cli("check", DRAFT_FAIL, "--source", STATEMENT, "--format", "json", LEX)
    assert js.returncode == 1
    rep = json.loads(js.stdout)
    assert_valid(validator, rep)
    v = rep["verdict"]
    assert v["pass"] is False and v["summary"].startswith("FAIL: 2 errors, 1 warning · fidelity ")
    assert "2 quotes: 1 altered, 1 unsupported" in v["summary"]
    assert set(v["reasons"]) == {"QUOTE_ALTERED", "DRIFT_NUMBER"}
    assert v["counts"] == {"error": 2, "warning": 1, "info": 0}
    assert js.stderr.decode() == f"provenance: {DRAFT_FAIL}: {v['summary']}\n"
    text = run_cli("check", DRAFT_FAIL, "--source", STATEMENT, LEX)
    assert text.stdout.decode().splitlines()[0] == v["summary"]
    assert run_cli("check", DRAFT_FAIL, "--source", STATEMENT, "-q", LEX).stderr == b""  # -q: errors only


def test_a_pass_says_so_and_is_quiet_on_stderr() -> None:
    p = run_cli("check", DRAFT_PASS, "--source", STATEMENT, LEX)
    assert p.returncode == 0 and p.stderr == b""
    assert p.stdout.decode().startswith("PASS: 0 errors, 0 warnings · fidelity 1.00 · 1 quote: 1 verbatim\n")


def test_verdict_schema_is_what_the_contract_allows(validator: Any) -> None:
    """The verdict is an added field: the report validates with and without it."""
    rep = _json(DRAFT_FAIL, "--source", STATEMENT)
    assert_valid(validator, rep)
    del rep["verdict"]
    assert_valid(validator, rep)


# ---------------------------------------------------------------------------------------------- gate policy

SCARE = 'Council plan\n\nThe council called the plan "specific and clear" on Friday.\n\n' + (
    '"This line will bring Riverside within fifteen minutes of the city centre," said Mayor Tomas Verhoeven.\n'
)
MODALITY = (
    "Velmora pier\n\nThe Harbour Authority awarded the contract to repair the north pier on Tuesday. The pier will "
    "reopen to foot traffic by the summer, but boats will have to wait until the work is done.\n"
)  # "may reopen" -> "will reopen" in an unquoted passage: its certainty changed (a warning by default)


@pytest.mark.parametrize(
    ("article", "source", "args", "code"),
    [
        (DRAFT_FAIL, STATEMENT, [], 1),
        (DRAFT_FAIL, STATEMENT, ["--fail-on", "never"], 0),
        (DRAFT_PASS, STATEMENT, ["--preset", "newsroom"], 0),
        (DRAFT_PASS, STATEMENT, ["--fail-on", "info"], 0),
        ("SCARE", str(COUNCIL), [], 0),  # an unsupported scare quote is a warning
        ("SCARE", str(COUNCIL), ["--fail-on", "error,QUOTE_UNSUPPORTED"], 1),  # ... that a code can fail on
        ("SCARE", str(COUNCIL), ["--fail-on", "QUOTE_ALTERED"], 0),
        ("SCARE", str(COUNCIL), ["--severity", "QUOTE_UNSUPPORTED=error"], 1),  # ... or raise
        ("SCARE", str(COUNCIL), ["--preset", "newsroom"], 0),  # newsroom lets a scare quote with no speaker pass
        ("SCARE", str(COUNCIL), ["--fail-on", "warning", "--severity", "QUOTE_UNSUPPORTED=info"], 0),  # ... lower
        ("MODALITY", STATEMENT, [], 0),
        ("MODALITY", STATEMENT, ["--preset", "newsroom"], 1),
        ("MODALITY", STATEMENT, ["--preset", "newsroom", "--severity", "DRIFT_MODALITY=warning"], 0),
        ("MODALITY", STATEMENT, ["--preset", "newsroom", "--fail-on", "never"], 0),
    ],
)
def test_gate_policy(tmp_path: Path, article: str, source: str, args: list[str], code: int) -> None:
    if article in ("SCARE", "MODALITY"):
        path = tmp_path / f"{article.lower()}.txt"
        path.write_text(SCARE if article == "SCARE" else MODALITY, encoding="utf-8")
        article = str(path)
    result = CliRunner().invoke(cli, ["check", article, "--source", source, "--format", "json", LEX, *args])
    assert result.exit_code == code, result.output
    rep = json.loads(result.stdout)
    assert rep["verdict"]["pass"] is (code == 0)


def test_named_speaker_quote_no_source_carries_is_a_warning_naming_the_speaker() -> None:
    rep = _json(DRAFT_FAIL, "--source", STATEMENT)
    (f,) = [f for f in rep["findings"] if f["code"] == "QUOTE_UNSUPPORTED_NAMED"]
    assert f["severity"] == "warning" and "Carvalho" in f["message"]
    p = run_cli("check", DRAFT_FAIL, "--source", STATEMENT, "--severity", "QUOTE_UNSUPPORTED_NAMED=info", LEX)
    err = p.stderr.decode()
    assert p.returncode == 2 and err.count("\n") == 1 and "cannot be lower than warning" in err
    newsroom = run_cli("check", DRAFT_FAIL, "--source", STATEMENT, "--preset", "newsroom", "--format", "json", LEX)
    sev = {f["code"]: f["severity"] for f in json.loads(newsroom.stdout)["findings"]}
    assert sev["QUOTE_UNSUPPORTED_NAMED"] == "error"


def test_one_finding_per_change() -> None:
    """The altered quote's modality change is one finding (QUOTE_ALTERED, which names it), not two."""
    rep = _json(DRAFT_FAIL, "--source", STATEMENT)
    q1 = rep["quotes"][0]
    on_q1 = [f for f in rep["findings"] if (f["start"], f["end"]) == (q1["start"], q1["end"])]
    assert [f["code"] for f in on_q1] == ["QUOTE_ALTERED"]
    assert "modality" in on_q1[0]["message"] and q1["drift"][0]["type"] == "modality"  # the drift stays listed


@pytest.mark.parametrize(
    ("toml", "code"),
    [
        ('[severity]\nQUOTE_UNSUPPORTED = "error"\n', 1),
        ('fail_on = "error,QUOTE_UNSUPPORTED"\n', 1),
        ('preset = "newsroom"\n', 0),
        ("", 0),
    ],
)
def test_policy_in_a_settings_file(tmp_path: Path, toml: str, code: int) -> None:
    cfg = tmp_path / "provenance.toml"
    cfg.write_text(toml, encoding="utf-8")
    article = tmp_path / "scare.txt"
    article.write_text(SCARE, encoding="utf-8")
    p = run_cli("check", str(article), "--source", str(COUNCIL), "--config", str(cfg), LEX)
    assert p.returncode == code, p.stderr


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--fail-on", "error,QUOTE_UNSUPORTED"], "did you mean QUOTE_UNSUPPORTED"),
        (["--fail-on", "never,error"], "'never' cannot be combined"),
        (["--severity", "QUOTE_ALTERED"], "not CODE=LEVEL"),
        (["--severity", "QUOTE_ALTERED=fatal"], "'fatal' is not one of"),
        (["--preset", "tabloid"], "newsroom"),
    ],
)
def test_bad_policy_is_one_line_and_exit_2(args: list[str], needle: str) -> None:
    p = run_cli("check", D1, "--source", str(COUNCIL), *args, LEX)
    err = p.stderr.decode()
    assert p.returncode == 2 and err.count("\n") == 1 and needle in err, err


# ---------------------------------------------------------------------------------------------- options named alike


def _all_commands() -> list[tuple[str, Any]]:
    out = []
    for name, cmd in cli.commands.items():
        out.append((name, cmd))
        for sub, subcmd in getattr(cmd, "commands", {}).items():
            out.append((f"{name} {sub}", subcmd))
    return out


def test_every_format_option_has_help() -> None:
    for name, cmd in _all_commands():
        for p in cmd.params:
            if "--format" in getattr(p, "opts", []):
                assert p.help and len(p.help) > 20, name


def test_shared_options_are_declared_once() -> None:
    source = "".join((ROOT / "provenance" / "cli" / f).read_text(encoding="utf-8")
                     for f in ("__init__.py", "options.py", "bulk.py", "serve.py"))  # fmt: skip
    for opt in ("--model", "--lexical-only", "--max-bytes", "--config", "--library", "--source", "--fail-on", "--out"):
        assert source.count(f'"{opt}"') == 1, opt
    for name in ("check", "audit"):
        opts = {o for p in cli.commands[name].params for o in getattr(p, "opts", [])}
        assert {"--library", "-o", "--out", "-q", "-v", "--format", "--model", "--config", "--fail-on"} <= opts, name
    serve_opts = {o for p in cli.commands["serve"].params for o in getattr(p, "opts", [])}
    assert {"--library", "--model", "--lexical-only", "--max-bytes", "--config", "-q"} <= serve_opts


def test_library_takes_library_and_db_alike(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    assert run_cli("library", "add", str(COUNCIL), "--library", db).returncode == 0
    listed = run_cli("library", "list", "--db", db, "--format", "json")
    assert listed.returncode == 0 and [r["id"] for r in json.loads(listed.stdout)] == ["orlin-council.en"]
    grouped = run_cli("library", "--library", db, "list")
    assert grouped.returncode == 0 and "orlin-council.en" in grouped.stdout.decode()
    checked = run_cli("check", D3, "--library", db, LEX)
    assert checked.returncode == 1 and checked.stdout.decode().startswith("FAIL: ")


def test_library_add_reads_layered_settings(tmp_path: Path) -> None:
    cfg = tmp_path / "provenance.toml"
    cfg.write_text("max_bytes = 100\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    p = run_cli("library", "add", str(COUNCIL), "--db", db, "--config", str(cfg))
    assert p.returncode == 2 and "100" in p.stderr.decode()
    p = run_cli("library", "add", str(COUNCIL), "--db", db, env={"PROVENANCE_MAX_BYTES": "100"})
    assert p.returncode == 2 and "100" in p.stderr.decode()
    assert run_cli("library", "add", str(COUNCIL), "--db", db, "--max-bytes", "100000").returncode == 0


def test_audit_format_must_match_the_out_extension(tmp_path: Path) -> None:
    p = run_cli("audit", D1, "--source", str(COUNCIL), "--format", "csv", "-o", str(tmp_path / "a.jsonl"), LEX)
    assert p.returncode == 2 and "--format csv" in p.stderr.decode()
    out = tmp_path / "a.csv"
    p = run_cli("audit", D1, "--source", str(COUNCIL), "--format", "csv", "-o", str(out), "-q", LEX)
    assert p.returncode == 0 and p.stderr == b"" and out.read_text(encoding="utf-8").startswith("path,language,")


def test_loading_models_is_said_before_the_stage_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    from provenance import api
    from provenance.settings import Settings

    heard: list[str] = []
    monkeypatch.setattr(api, "semantic_stage", lambda s: heard.append("loaded") and None)
    api.check_paths([D1], [str(COUNCIL)], Settings(), note=heard.append)
    assert heard[:2] == ["loading models…", "loaded"]
    heard.clear()
    api.check_paths([D1], [str(COUNCIL)], Settings(lexical_only=True), note=heard.append)
    assert "loading models…" not in heard


def test_notes_on_a_terminal_only_and_never_quiet(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    import sys

    from provenance.cli.options import Notes

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    Notes().on_terminal("loading models…")
    Notes(quiet=True).on_terminal("hidden")
    Notes(verbose=True).detail("detail")
    Notes().detail("no detail")
    assert capsys.readouterr().err == "loading models…\ndetail\n"
