"""Settings: defaults -> settings file -> PROVENANCE_* environment -> flags, each value checked once with a
message that names the key and where it came from; through the CLI a bad file is exit 2 and one line."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import pytest

from provenance.cli import main
from provenance.errors import SettingsError
from provenance.settings import FAIL_ON, Settings, check_value, validate
from provenance.settings_files import load_settings
from tests.conftest import DEVSET, run_cli

D3 = str(DEVSET / "articles" / "d3_altered.en.txt")
NO_ENV: dict[str, str] = {}


def write(tmp_path: Path, text: str, name: str = "provenance.toml") -> str:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


# --- layering ----------------------------------------------------------------------------------------


def test_defaults_without_any_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert load_settings(env=NO_ENV) == Settings()


def test_file_then_environment_then_flags(tmp_path: Path) -> None:
    cfg = write(tmp_path, 'fail_on = "warning"\nfail_under = 0.5\nmin_quote_words = 5\nlanguages = ["en", "uk"]\n')
    s = load_settings(cfg, env=NO_ENV)
    assert (s.fail_on, s.fail_under, s.min_quote_words, s.languages) == ("warning", 0.5, 5, ("en", "uk"))
    env = {"PROVENANCE_FAIL_ON": "info", "PROVENANCE_FAIL_UNDER": "0.6"}
    s = load_settings(cfg, env=env)
    assert (s.fail_on, s.fail_under, s.min_quote_words) == ("info", 0.6, 5)
    s = load_settings(cfg, env=env, fail_on="never", fail_under=None)  # a flag not given (None) does not count
    assert (s.fail_on, s.fail_under) == ("never", 0.6)


def test_pyproject_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, '[project]\nname = "drafts"\n\n[tool.provenance]\nfail-on = "warning"\nlexical-only = true\n',
          "pyproject.toml")  # fmt: skip
    monkeypatch.chdir(tmp_path)
    s = load_settings(env=NO_ENV)
    assert (s.fail_on, s.lexical_only) == ("warning", True)


def test_provenance_toml_comes_before_pyproject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, '[tool.provenance]\nfail_on = "warning"\n', "pyproject.toml")
    write(tmp_path, 'fail_on = "info"\n')
    monkeypatch.chdir(tmp_path)
    assert load_settings(env=NO_ENV).fail_on == "info"


def test_pyproject_without_the_table_is_skipped_unless_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, '[project]\nname = "x"\n', "pyproject.toml")
    monkeypatch.chdir(tmp_path)
    assert load_settings(env=NO_ENV) == Settings()
    with pytest.raises(SettingsError, match=r"no \[tool.provenance\] table"):
        load_settings(path, env=NO_ENV)


def test_integers_stand_for_numbers(tmp_path: Path) -> None:
    s = load_settings(write(tmp_path, "altered_min_similarity = 1\nquote_weight = 3\n"), env=NO_ENV)
    assert s.altered_min_similarity == 1.0 and isinstance(s.altered_min_similarity, float)
    assert s.quote_weight == 3.0


@pytest.mark.parametrize(
    ("var", "raw", "field", "value"),
    [
        ("PROVENANCE_LEXICAL_ONLY", "yes", "lexical_only", True),
        ("PROVENANCE_LEXICAL_ONLY", "0", "lexical_only", False),
        ("PROVENANCE_MIN_QUOTE_WORDS", " 6 ", "min_quote_words", 6),
        ("PROVENANCE_FAIL_UNDER", "", "fail_under", None),
        ("PROVENANCE_LANGUAGES", "en, uk,ru", "languages", ("en", "uk", "ru")),
        ("PROVENANCE_MODEL", "minilm", "model", "minilm"),
    ],
)
def test_environment_values(var: str, raw: str, field: str, value: Any) -> None:
    assert getattr(load_settings(None, env={var: raw}), field) == value


def test_unrelated_environment_is_ignored() -> None:
    assert load_settings(None, env={"PROVENANCE_TOKEN": "x", "PROVENANCE_DEBUG": "1"}) == Settings()


# --- errors name the key --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("toml", "needle"),
    [
        ("fail_undr = 0.5\n", "unknown setting 'fail_undr' (did you mean 'fail_under'?)"),
        ("colour = 'red'\n", "unknown setting 'colour'"),
        ("[thresholds]\naltered = 0.5\n", "unknown setting 'thresholds'"),
        ("[tool.provenance]\nfail_on = 'info'\n", "without [tool.provenance]"),
        ("fail_on = 'sometimes'\n", "setting 'fail_on' must be one of error, warning, info, never, not 'sometimes'"),
        ("fail-on = 1\n", "setting 'fail-on' must be a string"),
        ("fail_under = 1.5\n", "setting 'fail_under' must be a number between 0 and 1, not 1.5"),
        ("fail_under = '0.5'\n", "setting 'fail_under' must be a number (or left unset), not '0.5'"),
        ("min_quote_words = 0.5\n", "setting 'min_quote_words' must be an integer, not 0.5"),
        ("min_quote_words = 0\n", "setting 'min_quote_words' must be an integer of at least 1, not 0"),
        ("max_join_gap = -1\n", "setting 'max_join_gap' must be an integer of at least 0, not -1"),
        ("max_bytes = true\n", "setting 'max_bytes' must be an integer, not true"),
        ("lexical_only = 'yes'\n", "setting 'lexical_only' must be true or false, not 'yes'"),
        ("altered_min_similarity = 2\n", "setting 'altered_min_similarity' must be a number between 0 and 1"),
        ("quote_weight = 0\n", "setting 'quote_weight' must be a number above 0, not 0.0"),
        ("quote_weight = nan\n", "setting 'quote_weight' must be a number, not nan"),
        ("languages = 'en'\n", "setting 'languages' must be a list of strings, not 'en'"),
        ("languages = ['en', 'ua']\n", "Ukrainian is uk, not ua"),
        ("languages = ['English']\n", "setting 'languages' must be a list of ISO 639 codes"),
        ("model = ''\n", "setting 'model' must be a model name or folder, not ''"),
        ("model = { name = 'x' }\n", "setting 'model' must be a string (or left unset), not a table"),
        ("paraphrase_min_similarity = 0.9\n", "'paraphrase_min_similarity' (0.9) must not be above"),
        ("fail_on = \n", "not valid TOML"),
    ],
)
def test_bad_file_names_the_key(tmp_path: Path, toml: str, needle: str) -> None:
    with pytest.raises(SettingsError) as e:
        load_settings(write(tmp_path, toml), env=NO_ENV)
    assert needle in str(e.value)
    assert "\n" not in str(e.value)


def test_missing_file() -> None:
    with pytest.raises(SettingsError, match=r"settings file /no/such\.toml not found"):
        load_settings("/no/such.toml", env=NO_ENV)


@pytest.mark.parametrize(
    ("env", "needle"),
    [
        ({"PROVENANCE_FAIL_UNDER": "abc"}, "environment variable PROVENANCE_FAIL_UNDER must be a number"),
        ({"PROVENANCE_FAIL_UNDER": "7"}, "PROVENANCE_FAIL_UNDER must be a number between 0 and 1, not 7.0"),
        ({"PROVENANCE_LEXICAL_ONLY": "maybe"}, "PROVENANCE_LEXICAL_ONLY must be true or false, not 'maybe'"),
        ({"PROVENANCE_MIN_QUOTE_WORDS": "4.5"}, "PROVENANCE_MIN_QUOTE_WORDS must be an integer, not '4.5'"),
        ({"PROVENANCE_FAIL_ON": "all"}, "PROVENANCE_FAIL_ON must be one of"),
        ({"PROVENANCE_ALTERED_MIN_SIMILARITY": "inf"}, "must be a number, not inf"),
    ],
)
def test_bad_environment_names_the_variable(env: dict[str, str], needle: str) -> None:
    with pytest.raises(SettingsError) as e:
        load_settings(None, env=env)
    assert needle in str(e.value)


@pytest.mark.parametrize(
    ("flags", "needle"),
    [
        ({"fail_under": 1.5}, "--fail-under must be a number between 0 and 1, not 1.5"),
        ({"max_bytes": 0}, "--max-bytes must be a positive number of bytes, not 0"),
        ({"fail_on": "loud"}, "--fail-on must be one of"),
        ({"nonsense": 1}, "flags: unknown setting 'nonsense'"),
    ],
)
def test_bad_flags_name_the_flag(flags: dict[str, Any], needle: str) -> None:
    with pytest.raises(SettingsError) as e:
        load_settings(None, env=NO_ENV, **flags)
    assert needle in str(e.value)


def test_settings_object_validates_itself() -> None:
    with pytest.raises(SettingsError, match=r"setting 'min_quote_words' must be an integer, not 2\.5"):
        Settings(min_quote_words=2.5)  # type: ignore[arg-type]
    with pytest.raises(SettingsError, match="setting 'fail_on'"):
        Settings().replace(fail_on="sometimes")
    validate(Settings())


def test_every_field_has_a_type_check() -> None:
    """A field added later is validated too: every default passes, and a value of no sensible type fails."""
    for f in dataclasses.fields(Settings):
        assert check_value(f.name, getattr(Settings(), f.name)) is None
        assert check_value(f.name, {"a": "table"}) is not None, f.name
    assert check_value("no_such_setting", 1) == "is not a setting"
    assert set(FAIL_ON) == {"error", "warning", "info", "never"}


def _other_values(name: str, value: Any) -> list[Any]:
    """Other values to try for a field (the first valid one is used)."""
    if isinstance(value, bool):
        return [not value]
    if isinstance(value, (int, float)):
        kind = type(value)
        return [kind(value + 1), kind(value * 2), value / 2, value + 0.01, value - 0.01, 0.5]
    return {"fail_on": ["warning"], "severity": [("QUOTE_UNSUPPORTED=error",)], "languages": [("en",)]}.get(name, [])


def test_every_field_is_in_the_signature() -> None:
    """Each setting is named in the signature with its value, and changing it changes the signature."""
    base = Settings()
    sig = base.signature()
    for f in dataclasses.fields(Settings):
        value = getattr(base, f.name)
        assert f"{f.name}={value}" in sig.split("|"), f"setting {f.name!r} is missing from Settings.signature()"
        for other in _other_values(f.name, value):
            try:
                changed = base.replace(**{f.name: other})
            except SettingsError:
                continue
            assert changed.signature() != sig, f"changing {f.name!r} does not change the signature"
            break


def test_every_field_has_its_reason() -> None:
    """Each field of Settings has a comment saying why it has its value: on its line, or above it (over the
    other fields of its group)."""
    import inspect

    lines = [line.strip() for line in inspect.getsource(Settings).splitlines()]
    missing = []
    for f in dataclasses.fields(Settings):
        i = next(k for k, line in enumerate(lines) if line.startswith(f"{f.name}:"))
        k = i - 1
        while k > 0 and re.match(r"\w+: ", lines[k]) and "#" not in lines[k]:
            k -= 1
        if "#" not in lines[i] and not lines[k].startswith("#") and f.name not in _SELF_EXPLAINED:
            missing.append(f.name)
    assert missing == [], f"settings without a reason comment: {missing}"


def test_every_field_is_read_by_the_product() -> None:
    """No dead setting: each field is read somewhere under provenance/ (directly, or through the f-string
    families ``credit_<kind>``, ``drift_penalty_<severity>``, ``margin_<model>_<same|cross>`` and ``tl_<evidence>``)."""
    root = Path(__file__).resolve().parents[1] / "provenance"
    code = "\n".join(p.read_text(encoding="utf-8") for p in root.rglob("*.py") if p.name != "settings.py")
    families = {k: f'f"{k}{{' for k in ("credit_", "drift_penalty_", "margin_", "tl_")}
    unread = [
        f.name for f in dataclasses.fields(Settings)
        if not re.search(rf"\b{f.name}\b", code)
        and not any(f.name.startswith(k) and v in code for k, v in families.items())
    ]  # fmt: skip
    assert unread == [], f"settings that no code reads: {unread}"


@pytest.mark.parametrize(
    ("field", "value"),
    [("speaker_window_chars", 5), ("max_quote_words", 3), ("byline_max_line", 5)],
)
def test_a_limit_changes_the_report(field: str, value: int) -> None:
    """A wired limit is honoured: setting it to an extreme changes what the check reports."""
    from provenance import check

    article = (
        'By Jane Roe and Sam Poe\n\nThe minister said: "We will open the border crossing on Monday, '
        'and the lorries will pass with food and medicine," at a briefing in the capital. '
        "Officials said the crossing had been closed for weeks, and that aid groups had waited at the gate.\n"
    )
    source = (
        "We will open the border crossing on Monday, and the trucks will pass with food and medicine. "
        "Officials said the crossing had been closed for weeks, and that aid groups had waited at the gate."
    )

    def findings(settings: Settings) -> list[Any]:
        d = check(article, sources=[source], settings=settings, semantic=None).to_dict()
        return [d[k] for k in ("quotes", "passages", "markers")]  # not the signature, which names every value

    assert findings(Settings().replace(**{field: value})) != findings(Settings())


# Switches and gate options whose name says what they do (docs/ and --help explain them).
_SELF_EXPLAINED = {"lexical_only", "model", "fail_on", "fail_under", "max_bytes", "languages"}


# --- through the CLI: exit 2, one line on stderr naming the key -------------------------------------------


@pytest.mark.parametrize(
    ("toml", "key"),
    [("fail_undr = 0.5\n", "fail_undr"), ("min_quote_words = 'four'\n", "min_quote_words"),
     ("fail_on = 'sometimes'\n", "fail_on")],
)  # fmt: skip
def test_cli_bad_config_exits_2_naming_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], toml: str, key: str
) -> None:
    bad = write(tmp_path, toml, "bad.toml")
    with pytest.raises(SystemExit) as e:
        main(["check", D3, "--config", bad, "--lexical-only", "--format", "json"])
    assert e.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("provenance: error: ")
    assert f"'{key}'" in err and "bad.toml" in err


def test_cli_config_applies(tmp_path: Path) -> None:
    """A settings file moves the gate: with fail_on = never, an altered quote no longer fails the check."""
    cfg = write(tmp_path, 'fail_on = "never"\nlexical_only = true\n')
    source = str(DEVSET / "sources" / "orlin-council.en.txt")
    assert run_cli("check", D3, "--source", source, "--format", "json").returncode == 1
    assert run_cli("check", D3, "--source", source, "--format", "json", "--config", cfg).returncode == 0


def test_cli_bad_environment_exits_2() -> None:
    p = run_cli("check", D3, "--lexical-only", env={"PROVENANCE_FAIL_UNDER": "high"})
    assert p.returncode == 2
    assert p.stderr.decode().count("\n") == 1 and "PROVENANCE_FAIL_UNDER" in p.stderr.decode()
