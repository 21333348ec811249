"""The text report, for people on a terminal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from provenance.render.diff import _fmt, marked_diff, source_span
from provenance.report import Quote, Report

KIND_COLOUR = {
    "verbatim": "green",
    "near_verbatim": "green",
    "translated": "cyan",
    "reworded": "yellow",
    "altered": "red",
    "unsupported": "magenta",
    "unchecked": "white",
}
SEVERITY_COLOUR = {"error": "red", "warning": "yellow", "info": "blue"}


def to_text(report: Report, *, color: bool = False) -> str:
    def st(s: str, **kw: Any) -> str:
        return click.style(s, **kw) if color else s

    d = report.to_dict()
    sc = d["scores"]
    lines = [
        st(report.document.path, bold=True) + f"  ·  {report.language.code or '?'} ({report.language.confidence:.2f})",
        f"fidelity {_fmt(sc['fidelity'])}  (quotes {_fmt(sc['quote_fidelity'])} · passages "
        f"{_fmt(sc['paraphrase_fidelity'])} · coverage {_fmt(sc['coverage'])} · translated "
        f"{_fmt(sc['translation_likelihood'])})",
    ]
    if report.markers:
        lines.append(st("Markers", bold=True))
        for m in report.markers:
            val = ", ".join(str(v) if not isinstance(v, list) else " ".join(v) for v in m.value.values())
            lines.append(f"  {m.kind:<17} {val or m.text}")
    if report.quotes:
        lines.append(st(f"Quotes ({len(report.quotes)})", bold=True))
        for q in report.quotes:
            lines += _text_quote(q, source_span(report, q), st)
    if report.passages:
        lines.append(st(f"Passages ({len(report.passages)})", bold=True))
        for p in report.passages:
            head = f"  {p.match.kind.upper():<11} {p.match.source} sim {p.match.similarity:.2f}"
            lines.append(head)
            lines.append(f"      {_clip(p.text)}")
            for dr in p.drift:
                lines.append(st(f"      drift {dr.type}: “{dr.quote_side}” ← “{dr.source_side}”", fg="red"))
    if report.findings:
        lines.append(st("Findings", bold=True))
        for f in report.findings:
            lines.append(f"  {st(f'{f.severity:<7}', fg=SEVERITY_COLOUR[f.severity])} {f.code:<22} {f.message}")
    lines.append(st(f"signature: {report.signature}", dim=True))
    return "\n".join(lines) + "\n"


def _clip(s: str, n: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _text_quote(q: Quote, span: str | None, st: Callable[..., str]) -> list[str]:
    m = q.match
    kind = st(f"{m.kind.upper():<13}", fg=KIND_COLOUR[m.kind], bold=True)
    meta = [f"{q.id}", kind]
    if m.source:
        meta.append(f"{m.source} sim {_fmt(m.similarity)} chrF {'–' if m.chrf is None else f'{m.chrf:.1f}'}")
    who = q.speaker or "no speaker"
    if m.source_speaker and m.source_speaker != q.speaker:
        who += f"  (source: {m.source_speaker})"
    meta.append(f"— {who}")
    out = ["  " + "  ".join(meta)]
    if span is not None and m.kind in ("altered", "near_verbatim", "reworded"):

        def mark(side: str, words: str) -> str:
            return st(f"[{words}]", fg="green" if side == "quote" else "red", bold=True)

        qd, sd = marked_diff(q.text, span, mark)
        out += [f"      quote:  “{_clip(qd, 400)}”", f"      source: “{_clip(sd, 400)}”"]
    else:
        out.append(f"      “{_clip(q.text)}”")
    for c in m.changes[:8]:
        if c.op == "replace":
            out.append(st(f"      changed: “{c.quote}” for “{c.source}”", fg="red"))
        elif c.op == "insert":
            out.append(st(f"      added:   “{c.quote}”", fg="red"))
        else:
            out.append(st(f"      dropped: “{c.source}”", fg="red"))
    for dr in q.drift:
        out.append(st(f"      drift {dr.type}: “{dr.quote_side}” ← “{dr.source_side}”", fg="red"))
    return out


# --- markdown ------------------------------------------------------------------------------------
