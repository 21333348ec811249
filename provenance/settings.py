"""Settings: every decision threshold in one frozen object, each with the reason for its value.

Layering (defaults -> settings file -> environment -> flags) is done by :func:`load_settings`; the result is
validated once, and :meth:`Settings.signature` names everything in it that changes a number.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import math
import os
import re
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from provenance import policy
from provenance.errors import SettingsError

FAIL_ON = ("error", "warning", "info", "never")


@dataclass(frozen=True)
class Settings:
    # --- quote alignment (lexical) -------------------------------------------------------------
    # Share of a quote's words that must align to one source span before we call it the source's words
    # at all (altered). Below it a span shares only topic words: "unsupported". 0.5 keeps a quote with one
    # word in two changed (an altered quote) and rejects quotes that merely share names and stop words.
    altered_min_similarity: float = 0.5
    # Quotes shorter than this many words are too short to judge against sources ("yes", a scare quote
    # such as "specific and clear"): they are matched only verbatim, never as altered.
    min_quote_words: int = 4
    # An ellipsis may stand for at most this many source words; beyond it the two parts are unrelated.
    max_ellipsis_gap: int = 400
    # A bracket may replace at most this many source words ("[the mayor]" for "he", "[August]" for "that").
    max_bracket_span: int = 6
    # A quote split by an attribution ("X," he said, "Y.") may skip this many source words between parts:
    # the source's own attribution sitting in the same place.
    max_join_gap: int = 12
    # --- passages --------------------------------------------------------------------------------
    # An unquoted sentence needs this many words to be compared; shorter ones are headings and fragments.
    min_passage_words: int = 6
    # Word similarity at or above which an unquoted sentence counts as copied from a source.
    copied_min_similarity: float = 0.8
    # Word similarity at or above which an unquoted sentence is a lexical paraphrase of a source span
    # (shares most of its words in order but rewrites some). Below it the sentence is left out.
    paraphrase_min_similarity: float = 0.45
    # Distinctive shared words (not stop words) that a lexical paraphrase must have: two rules out
    # sentences that share only "the council" with a source.
    paraphrase_min_anchors: int = 3
    # --- scoring ---------------------------------------------------------------------------------
    # A quote weighs this many passages in the fidelity score: misquoting is worse than loose paraphrase.
    quote_weight: float = 2.0
    # --- semantic stage (issue: meaning across wording and languages) ----------------------------
    lexical_only: bool = False
    model: str | None = None
    # --- gate ------------------------------------------------------------------------------------
    fail_on: str = "error"
    fail_under: float | None = None
    # Per-code severities over the defaults (policy.DEFAULT_SEVERITY): a [severity] table in the file,
    # CODE=LEVEL entries elsewhere. A named preset (policy.PRESETS) sits under them.
    severity: tuple[str, ...] = field(default=())
    preset: str | None = None
    max_bytes: int = 8 * 1024 * 1024
    languages: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        validate(self)

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)

    def signature(self) -> str:
        """Everything in the settings that changes a number, as ``key=value`` parts."""
        skip = {"fail_on", "fail_under", "max_bytes", "model", "languages", "severity", "preset"}
        parts = [f"{f.name}={getattr(self, f.name)}" for f in fields(self) if f.name not in skip]
        return "|".join(parts)


# --- validation: every value's type and range, checked in one place --------------------------------

# Ranges beyond the type. Each rule is (test, what the value must be); fields not named here get the
# generic rules below: a float named *_similarity lies in 0..1, any other number is finite and >= 0.
_LANG_CODE = re.compile(r"[a-z]{2,3}")
_RULES: dict[str, tuple[Callable[[Any], bool], str]] = {
    "fail_on": (
        lambda v: policy.fail_on_problem(v) is None,
        "one of " + ", ".join(FAIL_ON),  # or finding codes, comma-separated: error,QUOTE_UNSUPPORTED
    ),
    "severity": (lambda v: policy.severity_problem(v) is None, "CODE=LEVEL entries (QUOTE_UNSUPPORTED=error)"),
    "preset": (lambda v: v in policy.PRESETS, "one of " + ", ".join(policy.PRESETS)),
    "fail_under": (lambda v: 0 <= v <= 1, "a number between 0 and 1"),
    "max_bytes": (lambda v: v > 0, "a positive number of bytes"),
    "quote_weight": (lambda v: v > 0, "a number above 0"),
    "min_quote_words": (lambda v: v >= 1, "an integer of at least 1"),
    "min_passage_words": (lambda v: v >= 1, "an integer of at least 1"),
    "model": (lambda v: bool(v.strip()), "a model name or folder"),
    "languages": (
        lambda v: all(_LANG_CODE.fullmatch(c) and c != "ua" for c in v),
        'a list of ISO 639 codes such as ["en", "uk"] (lower case; Ukrainian is uk, not ua)',
    ),
}
# What exactly is wrong with a value that has parts (a comma list, a table): added to the message.
_DETAILS: dict[str, Callable[[Any], str | None]] = {
    "fail_on": policy.fail_on_problem,
    "severity": policy.severity_problem,
}
_TYPE_WORDS = {bool: "true or false", int: "an integer", float: "a number", str: "a string"}


@functools.cache
def _hints() -> dict[str, Any]:
    """Each field's annotation, evaluated (the module uses postponed annotations)."""
    return typing.get_type_hints(Settings)


def _base_type(hint: Any) -> tuple[Any, bool]:
    """``(type, optional)`` for a field's annotation: ``float | None`` -> ``(float, True)``."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return (args[0] if len(args) == 1 else object), True
    return hint, False


def _type_ok(base: Any, value: Any) -> bool:
    if base is bool:
        return isinstance(value, bool)
    if base is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if base is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if typing.get_origin(base) is tuple:
        return isinstance(value, tuple) and all(isinstance(x, str) for x in value)
    return isinstance(value, base) if isinstance(base, type) else True


def _type_words(base: Any, optional: bool) -> str:
    words = _TYPE_WORDS.get(base, "a list of strings" if typing.get_origin(base) is tuple else str(base))
    return words + (" (or left unset)" if optional else "")


def _show(value: Any) -> str:
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(_show(x) for x in value) + "]"
    return repr(value)


def check_value(name: str, value: Any) -> str | None:
    """Why ``value`` cannot be setting ``name`` ("must be ..., not ..."), or None when it can."""
    hint = _hints().get(name)
    if hint is None:
        return "is not a setting"
    base, optional = _base_type(hint)
    if value is None:
        return None if optional else f"must be {_type_words(base, False)}, not unset"
    if not _type_ok(base, value):
        return f"must be {_type_words(base, optional)}, not {_show(value)}"
    rule = _RULES.get(name)
    if rule is None and base in (int, float):
        rule = (
            ((lambda v: 0 <= v <= 1), "a number between 0 and 1")
            if name.endswith("similarity")
            else ((lambda v: v >= 0), f"{_TYPE_WORDS[base]} of at least 0")
        )
    if rule is not None and not rule[0](value):
        detail = _DETAILS[name](value) if name in _DETAILS else None
        return f"must be {rule[1]}, not {_show(value)}" + (f": {detail}" if detail else "")
    return None


def validate(s: Settings) -> None:
    """Raise SettingsError naming the first setting whose value has the wrong type or lies out of range."""
    for f in fields(s):
        why = check_value(f.name, getattr(s, f.name))
        if why is not None:
            raise SettingsError(f"setting {f.name!r} {why}")
    if s.paraphrase_min_similarity > s.copied_min_similarity:
        raise SettingsError(
            f"setting 'paraphrase_min_similarity' ({s.paraphrase_min_similarity}) must not be above "
            f"'copied_min_similarity' ({s.copied_min_similarity})"
        )


# --- layering: defaults -> settings file -> environment -> flags ------------------------------------


def _from_file(name: str, raw: Any) -> Any:
    """A TOML value as the field's type: integers stand for floats, arrays for tuples; nothing else converts."""
    base, _ = _base_type(_hints()[name])
    if base is float and isinstance(raw, int) and not isinstance(raw, bool):
        return float(raw)
    if typing.get_origin(base) is tuple and isinstance(raw, list):
        return tuple(raw)
    if typing.get_origin(base) is tuple and isinstance(raw, dict):  # [severity] QUOTE_UNSUPPORTED = "error"
        return tuple(f"{k}={v}" for k, v in raw.items())
    return raw


_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


def _from_env(name: str, raw: str) -> Any:
    """An environment string as the field's type; the raw string is kept when it does not parse (the check
    that follows then names it)."""
    base, optional = _base_type(_hints()[name])
    text = raw.strip()
    if optional and text == "":
        return None
    if base is bool:
        low = text.lower()
        return True if low in _TRUE else False if low in _FALSE else raw
    if typing.get_origin(base) is tuple:
        return tuple(x.strip() for x in text.split(",") if x.strip())
    try:
        if base is int:
            return int(text)
        if base is float:
            return float(text)
    except ValueError:
        return raw
    return raw


def _unknown(key: str, origin: str, known: Sequence[str]) -> SettingsError:
    hint = ""
    close = difflib.get_close_matches(key.replace("-", "_"), known, n=1)
    if close:
        hint = f" (did you mean {close[0]!r}?)"
    elif key == "tool":
        hint = " (provenance.toml holds the settings at its top level, without [tool.provenance])"
    return SettingsError(f"{origin}: unknown setting {key!r}{hint}")


def load_settings(path: str | Path | None = None, *, env: Mapping[str, str] | None = None, **flags: Any) -> Settings:
    """Defaults, then ``[tool.provenance]`` of pyproject.toml or provenance.toml, then PROVENANCE_* env, then flags.

    Each value is checked as it is read, so a bad one is reported with where it came from (the file and
    key, the environment variable, or the flag); then the whole is validated once more as one object.
    """
    known = [f.name for f in fields(Settings)]
    values: dict[str, Any] = {}
    file_values, origin = _read_file(path)
    for key, raw in file_values.items():
        name = key.replace("-", "_")
        if name not in known:
            raise _unknown(key, origin, known)
        value = _from_file(name, raw)
        why = check_value(name, value)
        if why is not None:
            raise SettingsError(f"{origin}: setting {key!r} {why}")
        values[name] = value
    env = os.environ if env is None else env
    for name in known:
        var = f"PROVENANCE_{name.upper()}"
        if var in env:
            value = _from_env(name, env[var])
            why = check_value(name, value)
            if why is not None:
                raise SettingsError(f"environment variable {var} {why}")
            values[name] = value
    for name, value in flags.items():
        if value is None:
            continue
        if name not in known:
            raise _unknown(name, "flags", known)
        why = check_value(name, value)
        if why is not None:
            raise SettingsError(f"--{name.replace('_', '-')} {why}")
        values[name] = value
    return Settings(**values)


def _read_file(path: str | Path | None) -> tuple[dict[str, Any], str]:
    """The settings table and a name for it in messages; ``({}, "")`` when no file applies."""
    candidates = [Path(path)] if path else [Path("provenance.toml"), Path("pyproject.toml")]
    for p in candidates:
        if not p.is_file():
            if path:
                raise SettingsError(f"settings file {p} not found")
            continue
        data = _parse_toml(p)
        if p.name == "pyproject.toml":
            tool = data.get("tool", {})
            section = tool.get("provenance") if isinstance(tool, dict) else None
            if section is None:
                if path:
                    raise SettingsError(f"{p}: no [tool.provenance] table")
                continue
            origin = f"{p} [tool.provenance]"
        else:
            section, origin = data, str(p)
        if not isinstance(section, dict):
            raise SettingsError(f"{origin}: settings must be a table")
        return section, origin
    return {}, ""


def _parse_toml(p: Path) -> dict[str, Any]:
    try:
        import tomllib
    except ImportError:  # Python 3.10
        try:
            import tomli as tomllib  # type: ignore[no-redef]
        except ImportError:
            raise SettingsError(f"{p}: reading settings files needs Python 3.11 or the 'tomli' package") from None
    try:
        data: dict[str, Any] = tomllib.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise SettingsError(f"{p}: cannot read settings: {e}") from None
    except tomllib.TOMLDecodeError as e:
        raise SettingsError(f"{p}: not valid TOML: {e}") from None
    return data
