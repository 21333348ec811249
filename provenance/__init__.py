"""provenance: a multilingual translation-provenance checker for news.

``provenance.check(article, sources, settings) -> Report``. Importing this package is cheap: heavy parts
(models, HTML extraction, language detectors) load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from provenance.pipeline import check as check
    from provenance.report import Report as Report
    from provenance.settings import Settings as Settings

__all__ = ["Report", "Settings", "__version__", "check"]


def __getattr__(name: str) -> Any:
    if name == "check":
        from provenance.pipeline import check

        return check
    if name == "Report":
        from provenance.report import Report

        return Report
    if name == "Settings":
        from provenance.settings import Settings

        return Settings
    raise AttributeError(name)
