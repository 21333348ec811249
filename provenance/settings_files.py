"""Settings layered from their sources: defaults, then a settings file, then the environment, then flags.

:func:`load_settings` reads ``[tool.provenance]`` of pyproject.toml or a provenance.toml, the ``PROVENANCE_*``
environment variables and the flags given, checks each value as it is read (so a bad one is named with where it
came from) and builds one :class:`~provenance.settings.Settings`, which validates the whole once more.
"""

from __future__ import annotations

import difflib
import os
import tomllib
import typing
from collections.abc import Mapping, Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

from provenance.errors import SettingsError
from provenance.settings import Settings, _base_type, _hints, check_value

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
    close = difflib.get_close_matches(key.replace("-", "_"), known, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    if not close and key == "tool":
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
        data: dict[str, Any] = tomllib.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise SettingsError(f"{p}: cannot read settings: {e}") from None
    except tomllib.TOMLDecodeError as e:
        raise SettingsError(f"{p}: not valid TOML: {e}") from None
    return data
