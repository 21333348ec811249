"""What every format for people shares: the judged report, its verdict, paragraph numbers, source titles,
scores in words, and text made safe to show.
"""

from __future__ import annotations

import bisect
import dataclasses
import heapq
from collections.abc import Sequence
from typing import Any

from provenance.policy import RANK, Verdict, judge, verdict_of
from provenance.report import Finding, Report
from provenance.text import paragraphs

SEVERITY_TITLES = {"error": "Errors", "warning": "Warnings", "info": "Notes"}
# A source's first line is its title when it is at most this long (a statement's heading, not a paragraph).
MAX_SOURCE_TITLE = 120
# Translation likelihood in words: at or above LIKELY "likely a translated edition", at or above POSSIBLY
# "possibly a translated edition", below it "likely an original" (no evidence is about 0.12: Settings.tl_bias).
LIKELY, POSSIBLY = 0.5, 0.3

# Control characters (C0 but tab and newline, DEL, C1) shown as visible symbols of the same length, so that an
# article cannot move a terminal's cursor, recolour it or hide text (ESC sequences), and offsets still hold.
_CONTROLS = {c: 0x2400 + c for c in range(32) if c not in (9, 10)}
_CONTROLS[0x7F] = 0x2421
_CONTROLS.update({c: 0xFFFD for c in range(0x80, 0xA0)})


def judged(report: Report) -> Report:
    """The report as the gate sees it: a report straight from the pipeline is judged under default settings."""
    return report if report.verdict is not None else judge(report, _default_settings())


def _default_settings() -> Any:
    from provenance.settings import Settings

    return Settings()


def verdict(report: Report) -> Verdict:
    return verdict_of(judged(report))


def visible(s: str) -> str:
    """``s`` with control characters replaced by visible symbols of the same length (␛ for ESC)."""
    return s.translate(_CONTROLS)


def scrub(obj: Any) -> Any:
    """A copy of a report (or any part of it) with every string passed through :func:`visible`."""
    if isinstance(obj, str):
        return visible(obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        changes = {f.name: scrub(getattr(obj, f.name)) for f in dataclasses.fields(obj) if f.init}
        return dataclasses.replace(obj, **changes)
    if isinstance(obj, tuple):
        return tuple(scrub(x) for x in obj)
    if isinstance(obj, list):
        return [scrub(x) for x in obj]
    if isinstance(obj, dict):
        return {scrub(k) if isinstance(k, str) else k: scrub(v) for k, v in obj.items()}
    return obj


class Paragraphs:
    """Paragraph numbers (1 = the first paragraph, often the headline) for offsets into a report's text."""

    def __init__(self, text: str) -> None:
        self.starts = [a for a, _ in paragraphs(text)] or [0]

    def of(self, offset: int | None) -> int | None:
        if offset is None:
            return None
        return max(1, bisect.bisect_right(self.starts, offset))

    def label(self, offset: int | None) -> str:
        n = self.of(offset)
        return "" if n is None else f"¶{n}"


def source_title(report: Report, source_id: str | None) -> str | None:
    """A source's title: its first line when that is short (a statement's heading), else None."""
    text = report.source_texts.get(source_id or "")
    if not text:
        return None
    first = text.strip().split("\n", 1)[0].strip()
    return first if first and len(first) <= MAX_SOURCE_TITLE and first != text.strip() else None


def source_name(report: Report, source_id: str | None) -> str:
    """``id — “Title”`` where the source has a title, else the id."""
    title = source_title(report, source_id)
    return f"{source_id} — “{title}”" if title else str(source_id)


def translation_words(x: float | None) -> str | None:
    if x is None:
        return None
    if x >= LIKELY:
        return f"likely a translated edition ({x:.2f})"
    if x >= POSSIBLY:
        return f"possibly a translated edition ({x:.2f})"
    return f"likely an original edition ({x:.2f})"


def side(words: str | None) -> str:
    """One side of a drift in quotation marks, or a dash where the rule read that side as absent."""
    return f"“{words}”" if words else "—"


def evidence_line(f: Finding, width: int = 160) -> str | None:
    """An alarm's source span in one line ("id, similarity 0.81: “…”"), for error and warning findings that
    carry one; None for the rest."""
    ev = f.evidence
    if f.severity == "info" or ev is None or not ev.source_text:
        return None
    text = " ".join(ev.source_text.split())
    sim = f", similarity {ev.similarity:.2f}" if ev.similarity is not None else ""
    if text[:60] in " ".join(f.message.split()):
        return f"{ev.source}{sim}"  # the message quotes the span already (a contradicted claim's denial)
    text = text if len(text) <= width else text[: width - 1] + "…"
    return f"{ev.source}{sim}: “{text}”"


def by_severity(findings: Sequence[Finding]) -> list[tuple[str, list[Finding]]]:
    """Findings grouped error, warning, info (each group in text order), empty groups left out."""
    groups: dict[str, list[Finding]] = {}
    for f in sorted(findings, key=lambda f: (RANK[f.severity], f.start if f.start is not None else -1)):
        groups.setdefault(f.severity, []).append(f)
    return list(groups.items())


def marker_value(value: dict[str, Any]) -> str:
    """A marker's value for people: each distinct part once ("Reuters", not "Reuters, Reuters")."""
    parts = [" ".join(map(str, v)) if isinstance(v, list) else str(v) for v in value.values()]
    return ", ".join(dict.fromkeys(p for p in parts if p))


def signatures(reports: Sequence[Report]) -> list[str]:
    """Each distinct signature once, in order: several reports of one run share theirs."""
    return list(dict.fromkeys(r.signature for r in reports if r.signature))


class OpenSpans:
    """Spans open at increasing offsets: :meth:`first` is the lowest index among the spans with
    ``start <= at < end``; :meth:`opened` the indices of those that open at ``at``, in index order. Offsets must
    be asked in increasing order; each span is pushed and popped once (a heap), so a sweep is n log n."""

    def __init__(self, spans: Sequence[tuple[int, int]], n: int) -> None:
        self.spans = [(max(0, min(a, n)), max(0, min(b, n))) for a, b in spans]
        self.order = sorted(range(len(self.spans)), key=lambda i: self.spans[i][0])
        self.k = 0
        self.heap: list[int] = []
        self.at = -1
        self.new: list[int] = []

    def _advance(self, at: int) -> None:
        if at == self.at:
            return
        self.at, self.new = at, []
        while self.k < len(self.order) and self.spans[self.order[self.k]][0] <= at:
            i = self.order[self.k]
            self.k += 1
            if self.spans[i][1] > at:
                heapq.heappush(self.heap, i)
                self.new.append(i)
        self.new.sort()

    def first(self, at: int) -> int | None:
        self._advance(at)
        while self.heap and self.spans[self.heap[0]][1] <= at:
            heapq.heappop(self.heap)
        return self.heap[0] if self.heap else None

    def opened(self, at: int) -> list[int]:
        self._advance(at)
        return self.new
