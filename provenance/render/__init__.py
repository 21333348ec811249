"""Every output format, built as strings: ``render(reports, fmt)`` is the one place a report becomes text.

Nothing here prints; the CLI writes what this returns, so each format is tested exactly.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from provenance.render.diff import marked_diff, source_span, word_diff
from provenance.render.html import to_html
from provenance.render.jsonfmt import to_json, to_jsonl_line
from provenance.render.markdown import to_markdown
from provenance.render.text import KIND_COLOUR, SEVERITY_COLOUR, to_text, to_texts
from provenance.report import Report

FORMATS = ("text", "json", "jsonl", "markdown", "html")


def render(reports: Sequence[Report], fmt: str, *, color: bool = False) -> str:
    """Reports in ``fmt`` (one of FORMATS); ``color`` adds terminal colours to the text format."""
    if fmt == "json":
        if len(reports) == 1:
            return to_json(reports[0])
        return json.dumps([r.to_dict() for r in reports], ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(to_jsonl_line(r.to_dict()) for r in reports)
    if fmt == "markdown":
        return "\n".join(to_markdown(r) for r in reports)
    if fmt == "html":
        return to_html(reports)
    if len(reports) == 1:
        return to_text(reports[0], color=color)
    return to_texts(reports, color=color)


__all__ = [
    "FORMATS",
    "KIND_COLOUR",
    "SEVERITY_COLOUR",
    "marked_diff",
    "render",
    "source_span",
    "to_json",
    "to_jsonl_line",
    "to_markdown",
    "to_text",
    "to_texts",
    "word_diff",
]
