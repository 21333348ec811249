"""The one way in: :func:`check` (``provenance.check``), and the helpers for callers that start from paths.

``check(article, sources, settings, library=..., semantic=...) -> Report`` checks one text against its sources
(and those a source library picks); the CLI, the HTTP service and the audit engines all go through it.
``check_paths``/``check_one`` add loading and the gate policy; ``semantic_stage`` loads the semantic stage once
per process and ``semantic_unavailable_reason`` says, in one line, why it cannot run.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any, Literal

from provenance import policy
from provenance.errors import InputError, SettingsError
from provenance.library.search import FINDING_CODE, NONE_FOUND_CODE, VECTORS_OFF_CODE, Candidate, none_found_message
from provenance.library.store import Library
from provenance.pipeline import run
from provenance.pipeline.align import PreparedSource
from provenance.pipeline.context import SemanticStage
from provenance.pipeline.load import Text, load_many, text_from_string
from provenance.report import Finding, Report
from provenance.semantic import models
from provenance.semantic import stage as semantic_module
from provenance.settings import Settings
from provenance.settings_files import load_settings

Source = Text | str | PreparedSource


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
    """Check one article with a stage already loaded, and judge it by the gate policy; with ``library`` (a path
    or an open Library), also against the sources it picks."""
    return policy.judge(check(article, sources, settings, library=library or None, semantic=stage), settings)


def check(
    article: Text | str,
    sources: Sequence[Source] = (),
    settings: Settings | None = None,
    *,
    library: str | Library | None = None,
    semantic: SemanticStage | Literal["auto"] | None = None,
) -> Report:
    """Check one article against its sources and return the report.

    ``article`` and ``sources`` are loaded texts or plain strings (ids ``article``, ``source1``, ...).
    ``library`` (a path or an open :class:`~provenance.library.Library`) adds the sources it picks, each with
    an info finding. ``semantic`` is a loaded stage, ``"auto"`` for the one ``settings`` call for (loaded
    once per process; none with ``lexical_only``), or None for the lexical stages only.
    """
    settings = settings or Settings()
    art = text_from_string(article, id="article") if isinstance(article, str) else article
    srcs = [text_from_string(s, id=f"source{i}") if isinstance(s, str) else s for i, s in enumerate(sources, 1)]
    stage = semantic_stage(settings) if semantic == "auto" else semantic
    if library is None:
        return run.check(art, srcs, settings, semantic=stage)
    if isinstance(library, Library):
        found = library.candidates(art.text, settings=settings)
    else:
        with Library(library) as lib:
            found = lib.candidates(art.text, settings=settings)
    return check_with_candidates(art, srcs, found, settings, stage)


def check_with_candidates(
    article: Text, sources: Sequence[Text | PreparedSource], found: Sequence[Candidate], settings: Settings,
    stage: SemanticStage | None,
) -> Report:  # fmt: skip
    """``check`` with the library's candidates already looked up (the Dask engine looks them up beside the
    library file): the given sources plus those picked, with an info finding per pick."""
    given = {s.id for s in sources}
    picked = [c for c in found if c.source.id not in given]
    # a library searched by words and by meaning that holds no source of the article: its quotes are unsupported
    # there, as against sources named that do not carry them (a library without vectors leaves them unchecked)
    searched = 0 if (picked or sources) else getattr(found, "searched", 0)
    report = run.check(article, [*sources, *(c.source for c in picked)], settings, semantic=stage,
                       library_searched=searched)  # fmt: skip
    note: str | None = getattr(found, "note", None)  # why the library's vectors were not searched
    if picked:
        extra = tuple(Finding("info", FINDING_CODE, c.describe()) for c in picked)
        if note:
            extra += (Finding("info", VECTORS_OFF_CODE, f"Translated sources cannot be found: {note}"),)
    elif not found and not sources:
        extra = (Finding("info", NONE_FOUND_CODE, none_found_message(settings, note)),)
    else:
        return report
    order = {"error": 0, "warning": 1, "info": 2}
    findings = sorted(
        report.findings + extra, key=lambda f: (f.start if f.start is not None else -1, order[f.severity], f.code)
    )
    return dataclasses.replace(report, findings=tuple(findings))


def models_listing(fmt: str = "text") -> str:
    return models.listing(fmt)


def semantic_stage(settings: Settings) -> SemanticStage | None:
    """The semantic stage for these settings, loaded once per process; None with ``lexical_only``. When no
    model is installed it is a stand-in that runs the model-free checks and adds a ``SEMANTIC_UNAVAILABLE``
    finding (see :func:`semantic_unavailable_reason`). Raises ModelUnavailable for a named model that is missing."""
    stage: SemanticStage | None = semantic_module.stage_for(settings)
    return stage


def semantic_unavailable_reason(settings: Settings) -> str | None:
    """Why the semantic stage cannot run for these settings, in one line (for stderr), or None when it runs or
    ``lexical_only`` asks for none. Reports checked against sources carry it as a ``SEMANTIC_UNAVAILABLE``
    finding."""
    stage = semantic_stage(settings)
    reason: str | None = getattr(stage, "unavailable", None)
    return reason


def gate(report: Report, settings: Settings) -> bool:
    """True when the report passes ``fail_on`` and ``fail_under`` (exit status 0), False for exit 1."""
    return verdict(report, settings).passed


def verdict(report: Report, settings: Settings) -> policy.Verdict:
    """PASS or FAIL and the one line that says why (``provenance.policy`` decides; every format shows it)."""
    return policy.verdict(report, settings)
