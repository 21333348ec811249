"""provenance: a multilingual translation-provenance checker for news.

``provenance.check(article, sources, library=..., settings=...) -> Report`` is the one way in (the CLI, the
service and the audits call it too). Importing this package is cheap: heavy parts (models, HTML extraction,
language detectors) load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from provenance.version import __version__

if TYPE_CHECKING:
    from provenance.api import check as check
    from provenance.report import Report as Report
    from provenance.settings import Settings as Settings

__all__ = ["Report", "Settings", "__version__", "check"]


def __getattr__(name: str) -> Any:
    if name == "check":
        from provenance.api import check

        return check
    if name == "Report":
        from provenance.report import Report

        return Report
    if name == "Settings":
        from provenance.settings import Settings

        return Settings
    raise AttributeError(name)
