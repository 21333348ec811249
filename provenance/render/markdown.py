"""Markdown, for tickets and pull requests."""

from __future__ import annotations

from provenance.render.diff import _fmt
from provenance.report import Report


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
