"""JSON and JSONL: the report as ``REPORT.md`` describes it."""

from __future__ import annotations

import json
from typing import Any

from provenance.report import Report


def to_json(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


# Characters that JSON leaves raw in strings but that str.splitlines() (and some editors) take for line ends:
# escaped, so that a JSONL line is one line to every reader.
_LINE_BREAKERS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def to_jsonl_line(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).translate(_LINE_BREAKERS) + "\n"
