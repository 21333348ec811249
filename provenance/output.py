"""Every output format, built as strings: ``render(reports, fmt)`` is the one place a report becomes text.

Nothing here prints; the CLI writes what this returns, so each format is tested exactly.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

import click
from rapidfuzz.distance import Levenshtein

from .report import Passage, Quote, Report

FORMATS = ("text", "json", "jsonl", "markdown", "html")
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


def to_json(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


# Characters that JSON leaves raw in strings but that str.splitlines() (and some editors) take for line ends:
# escaped, so that a JSONL line is one line to every reader.
_LINE_BREAKERS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def to_jsonl_line(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).translate(_LINE_BREAKERS) + "\n"


def render(reports: Sequence[Report], fmt: str, *, color: bool = False) -> str:
    if fmt == "json":
        if len(reports) == 1:
            return to_json(reports[0])
        return json.dumps([r.to_dict() for r in reports], ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(to_jsonl_line(r.to_dict()) for r in reports)
    if fmt == "markdown":
        return "\n".join(to_markdown(r) for r in reports)
    if fmt == "html":
        from .html import to_html

        return to_html(reports)
    return "\n".join(to_text(r, color=color) for r in reports)


# --- word diff shared by the human formats -------------------------------------------------------


def word_diff(quote: str, source: str) -> list[tuple[str, str, str]]:
    """``(tag, quote_words, source_words)`` runs: tag is equal, replace, insert (quote only) or delete."""
    qw, sw = quote.split(), source.split()

    def key(w: str) -> str:
        return w.strip(".,;:!?\"“”«»„'’()[]").casefold()

    out = []
    for o in Levenshtein.opcodes([key(w) for w in qw], [key(w) for w in sw]):
        tag = {"equal": "equal", "replace": "replace", "delete": "insert", "insert": "delete"}[o.tag]
        out.append((tag, " ".join(qw[o.src_start : o.src_end]), " ".join(sw[o.dest_start : o.dest_end])))
    return out


def marked_diff(quote: str, source: str, mark: Callable[[str, str], str]) -> tuple[str, str]:
    """The quote and its source span with changed words passed through ``mark(tag, words)``."""
    q_out, s_out = [], []
    for tag, q, s in word_diff(quote, source):
        if tag == "equal":
            q_out.append(q)
            s_out.append(s)
            continue
        if q:
            q_out.append(mark("quote", q))
        if s:
            s_out.append(mark("source", s))
    return " ".join(q_out), " ".join(s_out)


# --- text ----------------------------------------------------------------------------------------


def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.2f}"


def source_span(report: Report, item: Quote | Passage) -> str | None:
    """The source words a quote or passage was matched to, when the report carries the source texts."""
    m = item.match
    text = report.source_texts.get(m.source or "")
    if text is None or m.source_start is None or m.source_end is None:
        return None
    return text[m.source_start : m.source_end]


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


def _md_escape(s: str) -> str:
    return " ".join(s.split()).replace("|", "\\|")


def to_markdown(report: Report) -> str:
    sc = report.scores.to_dict()
    out = [
        f"# {_md_escape(report.document.title or report.document.path)}",
        "",
        f"`{report.document.path}` · language **{report.language.code}** · fidelity **{_fmt(sc['fidelity'])}**",
        "",
        "| score | value |",
        "| --- | --- |",
        *[f"| {k} | {_fmt(v)} |" for k, v in sc.items()],
        "",
    ]
    if report.quotes:
        out += [
            "## Quotes",
            "",
            "| id | kind | source | speaker | quote | changes |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for q in report.quotes:
            ch = "; ".join(f"{c.op}: {c.quote or ''} ← {c.source or ''}" for c in q.match.changes)
            out.append(
                f"| {q.id} | {q.match.kind} | {q.match.source or ''} | {_md_escape(q.speaker or '')} | "
                f"{_md_escape(q.text)} | {_md_escape(ch)} |"
            )
        out.append("")
    if report.passages:
        out += ["## Passages", "", "| kind | source | similarity | drift | text |", "| --- | --- | --- | --- | --- |"]
        for p in report.passages:
            dr = "; ".join(f"{d.type}: {d.quote_side} ← {d.source_side}" for d in p.drift)
            cells = [p.match.kind, p.match.source, f"{p.match.similarity:.2f}", _md_escape(dr), _md_escape(p.text)]
            out.append("| " + " | ".join(cells) + " |")
        out.append("")
    if report.findings:
        out += ["## Findings", ""]
        out += [f"- **{f.severity}** `{f.code}` {_md_escape(f.message)}" for f in report.findings]
        out.append("")
    out += [f"<sub>signature: `{report.signature}`</sub>", ""]
    return "\n".join(out)
