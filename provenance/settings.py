"""Settings: every decision threshold in one frozen object, each with the reason for its value.

Layering (defaults -> settings file -> environment -> flags) is done by :func:`load_settings`; the result is
validated once, and :meth:`Settings.signature` names everything in it that changes a number.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .errors import SettingsError

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
    max_bytes: int = 8 * 1024 * 1024
    languages: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        validate(self)

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)

    def signature(self) -> str:
        """Everything in the settings that changes a number, as ``key=value`` parts."""
        skip = {"fail_on", "fail_under", "max_bytes", "model", "languages"}
        parts = [f"{f.name}={getattr(self, f.name)}" for f in fields(self) if f.name not in skip]
        return "|".join(parts)


def validate(s: Settings) -> None:
    for f in fields(s):
        value = getattr(s, f.name)
        if f.name.endswith("similarity") and not (isinstance(value, (int, float)) and 0 <= value <= 1):
            raise SettingsError(f"setting {f.name} must be a number between 0 and 1, not {value!r}")
    if s.fail_on not in FAIL_ON:
        raise SettingsError(f"fail_on must be one of {', '.join(FAIL_ON)}, not {s.fail_on!r}")
    if s.fail_under is not None and not (isinstance(s.fail_under, (int, float)) and 0 <= s.fail_under <= 1):
        raise SettingsError(f"--fail-under must be between 0 and 1, not {s.fail_under!r}")
    if not isinstance(s.max_bytes, int) or s.max_bytes <= 0:
        raise SettingsError(f"max_bytes must be a positive integer, not {s.max_bytes!r}")


def _coerce(name: str, raw: Any, default: Any, origin: str) -> Any:
    kind = type(default)
    try:
        if isinstance(default, bool):
            if isinstance(raw, str):
                if raw.lower() in ("1", "true", "yes", "on"):
                    return True
                if raw.lower() in ("0", "false", "no", "off"):
                    return False
                raise ValueError(raw)
            return bool(raw)
        if isinstance(default, tuple):
            items = raw.split(",") if isinstance(raw, str) else list(raw)
            return tuple(str(x).strip() for x in items if str(x).strip())
        if default is None:
            return None if raw in (None, "") else (float(raw) if name == "fail_under" else str(raw))
        return kind(raw)
    except (TypeError, ValueError):
        raise SettingsError(f"{origin}: setting {name!r} has a bad value {raw!r}") from None


def load_settings(
    path: str | Path | None = None, *, env: dict[str, str] | None = None, **flags: Any
) -> Settings:
    """Defaults, then ``[tool.provenance]`` of pyproject.toml or provenance.toml, then PROVENANCE_* env, then flags."""
    defaults = Settings()
    known = {f.name: getattr(defaults, f.name) for f in fields(defaults)}
    values: dict[str, Any] = {}
    file_values, origin = _read_file(path)
    for key, raw in file_values.items():
        name = key.replace("-", "_")
        if name not in known:
            raise SettingsError(f"{origin}: unknown setting {key!r}")
        values[name] = _coerce(name, raw, known[name], origin)
    env = dict(os.environ) if env is None else env
    for name, default in known.items():
        raw = env.get(f"PROVENANCE_{name.upper()}")
        if raw is not None:
            values[name] = _coerce(name, raw, default, f"PROVENANCE_{name.upper()}")
    values.update({k: v for k, v in flags.items() if v is not None})
    return Settings(**values)


def _read_file(path: str | Path | None) -> tuple[dict[str, Any], str]:
    import tomllib

    candidates = [Path(path)] if path else [Path("provenance.toml"), Path("pyproject.toml")]
    for p in candidates:
        if not p.is_file():
            if path:
                raise SettingsError(f"settings file {p} not found")
            continue
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
            raise SettingsError(f"{p}: cannot read settings: {e}") from None
        section = data.get("tool", {}).get("provenance") if p.name == "pyproject.toml" else data
        if section is None:
            continue
        if not isinstance(section, dict):
            raise SettingsError(f"{p}: settings must be a table")
        return section, str(p)
    return {}, ""
