"""The library's front door for callers that start from paths (the CLI, audits, the service).

``provenance.check`` works on texts; these functions add loading, settings and the optional source library.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from provenance.errors import InputError
from provenance.pipeline.run import check
from provenance.pipeline.context import SemanticStage
from provenance.pipeline.load import Text, load_many
from provenance.report import Report
from provenance.settings import Settings, load_settings

if TYPE_CHECKING:
    from provenance.library import Library


def settings_from(config: str | None = None, **flags: Any) -> Settings:
    """Settings layered: defaults, settings file, PROVENANCE_* environment, then flags given (not None)."""
    return load_settings(config, **flags)


def load_sources(paths: Sequence[str], settings: Settings) -> list[Text]:
    if not paths:
        return []
    return load_many(list(paths), max_bytes=settings.max_bytes)


def check_paths(
    files: Sequence[str], sources: Sequence[str], settings: Settings, *, library: str | None = None
) -> list[Report]:
    """Load the articles and sources, and check each article (against the library's picks, when given)."""
    if list(files).count("-") + list(sources).count("-") > 1:
        raise InputError("standard input ('-') can be read only once", code="stdin")
    articles = load_many(list(files), max_bytes=settings.max_bytes)
    src_texts = load_sources(sources, settings)
    stage = semantic_stage(settings)
    return [check_one(a, src_texts, settings, stage, library=library) for a in articles]


def check_one(
    article: Text, sources: Sequence[Text], settings: Settings, stage: SemanticStage | None,
    *, library: str | Library | None = None,
) -> Report:  # fmt: skip
    """Check one article; with ``library`` (a path or an open Library), also against the sources it picks."""
    if library:
        from provenance.library import check_with_library

        return check_with_library(article, sources, settings, stage, library)
    return check(article, list(sources), settings, semantic=stage)


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
    if settings.fail_on != "never":
        rank = {"error": 0, "warning": 1, "info": 2}
        limit = rank[settings.fail_on]
        if any(rank[f.severity] <= limit for f in report.findings):
            return False
    fid = report.scores.fidelity
    return not (settings.fail_under is not None and fid is not None and fid < settings.fail_under)
