"""The library's front door for callers that start from paths (the CLI, audits, the service).

``provenance.check`` works on texts; these functions add loading, settings and the optional source library.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from provenance import policy
from provenance.errors import InputError, SettingsError
from provenance.pipeline.context import SemanticStage
from provenance.pipeline.load import Text, load_many
from provenance.pipeline.run import check
from provenance.report import Report
from provenance.settings import Settings, load_settings

if TYPE_CHECKING:
    from provenance.library import Library


NO_SOURCES_MESSAGE = (
    "nothing to check against: give the sources with --source PATH or --library DB "
    "(or --no-sources to report markers and language only)"
)


def settings_from(config: str | None = None, **flags: Any) -> Settings:
    """Settings layered: defaults, settings file, PROVENANCE_* environment, then flags given (not None)."""
    return load_settings(config, **flags)


def load_sources(paths: Sequence[str], settings: Settings) -> list[Text]:
    if not paths:
        return []
    return load_many(list(paths), max_bytes=settings.max_bytes)


def check_paths(
    files: Sequence[str], sources: Sequence[str], settings: Settings, *, library: str | None = None,
    note: Callable[[str], None] | None = None, require_sources: bool = False,
) -> list[Report]:  # fmt: skip
    """Load the articles and sources, and check each article (against the library's picks, when given).
    ``note`` hears "loading models…" before the semantic stage loads; with ``require_sources``, a check with
    neither sources nor library stops (SettingsError) once the inputs have loaded, so bad input is named first."""
    if list(files).count("-") + list(sources).count("-") > 1:
        raise InputError("standard input ('-') can be read only once", code="stdin")
    articles = load_many(list(files), max_bytes=settings.max_bytes)
    src_texts = load_sources(sources, settings)
    if require_sources and not src_texts and not library:
        raise SettingsError(NO_SOURCES_MESSAGE)
    if note is not None and not settings.lexical_only:
        note("loading models…")
    stage = semantic_stage(settings)
    return [check_one(a, src_texts, settings, stage, library=library) for a in articles]


def check_one(
    article: Text, sources: Sequence[Text], settings: Settings, stage: SemanticStage | None,
    *, library: str | Library | None = None,
) -> Report:  # fmt: skip
    """Check one article; with ``library`` (a path or an open Library), also against the sources it picks."""
    if library:
        from provenance.library import check_with_library

        return policy.judge(check_with_library(article, sources, settings, stage, library), settings)
    return policy.judge(check(article, list(sources), settings, semantic=stage), settings)


def models_listing(fmt: str = "text") -> str:
    from provenance.semantic.models import listing

    return listing(fmt)


def semantic_stage(settings: Settings) -> SemanticStage | None:
    """The semantic stage for these settings, loaded once per process; None with ``lexical_only``."""
    if settings.lexical_only:
        return None
    try:
        from provenance.semantic import stage as semantic_module
    except ImportError:  # the stage ships with the package; only a broken install lacks it
        return None
    stage: SemanticStage | None = semantic_module.stage_for(settings)
    return stage


def gate(report: Report, settings: Settings) -> bool:
    """True when the report passes ``fail_on`` and ``fail_under`` (exit status 0), False for exit 1."""
    return verdict(report, settings).passed


def verdict(report: Report, settings: Settings) -> policy.Verdict:
    """PASS or FAIL and the one line that says why (``provenance.policy`` decides; every format shows it)."""
    return policy.verdict(report, settings)
