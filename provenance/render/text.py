"""The text report, for people: the verdict first, then the findings by severity with paragraph numbers,
the quotes beside their source, the passages, the page markers, and the signature on its own last line.

Article and source text is shown with control characters made visible (``render.common.visible``), so an
article cannot send escape sequences to the terminal. Colour is only added by the caller's choice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import click

from provenance.render.common import (
    SEVERITY_TITLES,
    Paragraphs,
    by_severity,
    evidence_line,
    judged,
    marker_value,
    scrub,
    side,
    signatures,
    source_name,
    translation_words,
    verdict,
)
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
Style = Callable[..., str]


def to_text(report: Report, *, color: bool = False, signature: bool = True) -> str:
    """One report; ``signature=False`` leaves the signature out (several reports end with it once)."""
    report = scrub(judged(report))

    def st(s: str, **kw: Any) -> str:
        return click.style(s, **kw) if color else s

    paras = Paragraphs(report.text)
    sections = [_head(report, st), _findings(report, paras, st), _quotes(report, paras, st),
                _passages(report, paras, st), _markers(report, st)]  # fmt: skip
    if signature and report.signature:
        sections.append(signature_lines([report], st))
    return "\n\n".join(s for s in sections if s) + "\n"


def to_texts(reports: Sequence[Report], *, color: bool = False) -> str:
    """Several reports, one after the other, and the signature they share once at the end."""
    st: Style = (lambda s, **kw: click.style(s, **kw)) if color else (lambda s, **kw: s)
    body = "\n".join(to_text(r, color=color, signature=False) for r in reports)
    sig = signature_lines([scrub(r) for r in reports], st)
    return body + ("\n" + sig + "\n" if sig else "")


def signature_lines(reports: Sequence[Report], st: Style) -> str:
    return "\n".join(st("signature:", dim=True) + "\n" + st(s, dim=True) for s in signatures(reports))


def _head(r: Report, st: Style) -> str:
    v = verdict(r)
    word, rest = v.summary.split(":", 1) if ":" in v.summary else (v.summary, "")
    lines = [st(word, fg="green" if v.passed else "red", bold=True) + ":" + rest]
    title = f"  “{r.document.title}”" if r.document.title else ""
    lines.append(
        st(r.document.path, bold=True) + title + f"  ·  {r.language.code or '?'} ({r.language.confidence:.2f})"
    )
    if r.sources:
        lines.append("sources: " + "; ".join(source_name(r, s.id) for s in r.sources))
    else:
        lines.append("sources: none given: quotes are listed, not checked")
    sc = r.scores
    parts = [f"quotes {_fmt(sc.quote_fidelity)}", f"passages {_fmt(sc.paraphrase_fidelity)}",
             f"coverage {_fmt(sc.coverage)}"]  # fmt: skip
    line = f"fidelity {_fmt(sc.fidelity)} ({' · '.join(parts)})"
    tl = translation_words(sc.translation_likelihood)
    lines.append(line + (f" · {tl}" if tl else ""))
    return "\n".join(lines)


def _findings(r: Report, paras: Paragraphs, st: Style) -> str:
    if not r.findings:
        return st("Findings", bold=True) + "\n  none"
    out = []
    for sev, group in by_severity(r.findings):
        out.append(st(f"{SEVERITY_TITLES[sev]} ({len(group)})", bold=True, fg=SEVERITY_COLOUR[sev]))
        width = max(len(f.code) for f in group)
        for f in group:
            where = paras.label(f.start)
            out.append(f"  {where:<4} {st(f.code.ljust(width), fg=SEVERITY_COLOUR[sev])}  {f.message}")
            if (line := evidence_line(f)) is not None:
                out.append(st(f"  {'':<4} {'':<{width}}  against {line}", dim=True))
    return "\n".join(out)


def _quotes(r: Report, paras: Paragraphs, st: Style) -> str:
    if not r.quotes:
        return ""
    out = [st(f"Quotes ({len(r.quotes)})", bold=True)]
    for q in r.quotes:
        out += _quote(r, q, paras.label(q.start), st)
    return "\n".join(out)


def _quote(r: Report, q: Quote, where: str, st: Style) -> list[str]:
    m = q.match
    kind = st(f"{m.kind.upper().replace('_', ' '):<13}", fg=KIND_COLOUR[m.kind], bold=True)
    meta = [f"{q.id:<3}", f"{where:<4}", kind]
    if m.source:
        meta.append(f"{m.source} sim {_fmt(m.similarity)} chrF {'–' if m.chrf is None else f'{m.chrf:.1f}'}")
    who = q.speaker or "no speaker"
    if m.source_speaker and m.source_speaker != q.speaker:
        who += f"  (the source: {m.source_speaker})"
    meta.append(f"— {who}")
    out = ["  " + " ".join(meta)]
    span = source_span(r, q)
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
        out.append(st(_drift_line(dr, 6), fg="red"))
    out += [st(_weak(dr, 6), dim=True) for dr in q.weak_drift]
    if m.reason and m.kind == "unchecked":
        out.append(f"      ({m.reason})")
    return out


def _drift_line(dr: Any, indent: int, weak: bool = False) -> str:
    """A drift's type and its two sides (article ← source)."""
    label = f"possible {dr.type.replace('_', ' ')} (weak)" if weak else f"drift {dr.type.replace('_', ' ')}"
    return " " * indent + f"{label}: {side(dr.quote_side)} ← {side(dr.source_side)}"


def _weak(dr: Any, indent: int) -> str:
    """A change read on weak evidence: shown dim, never as an alarm."""
    return _drift_line(dr, indent, weak=True)


def _passages(r: Report, paras: Paragraphs, st: Style) -> str:
    if not r.passages:
        return ""
    out = [st(f"Passages ({len(r.passages)})", bold=True)]
    for p in r.passages:
        where = paras.label(p.start)
        out.append(f"  {where:<4} {p.match.kind.upper():<11} {p.match.source} sim {p.match.similarity:.2f}")
        out.append(f"       {_clip(p.text)}")
        for dr in p.drift:
            out.append(st(_drift_line(dr, 7), fg="red"))
        out += [st(_weak(dr, 7), dim=True) for dr in p.weak_drift]
    return "\n".join(out)


def _markers(r: Report, st: Style) -> str:
    if not r.markers:
        return ""
    out = [st("Markers", bold=True)]
    for m in r.markers:
        out.append(f"  {m.kind.replace('_', ' '):<17} {_clip(marker_value(m.value) or m.text)}")
    return "\n".join(out)


def _clip(s: str, n: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"
