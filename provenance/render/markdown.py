"""Markdown, for tickets and pull requests: the verdict first, findings by severity, quotes, passages.

Every piece of article or source text goes through :func:`md` (or :func:`code` for ids): HTML is escaped
(``<script>`` shows as text on GitHub and GitLab), and the characters that make links, images, emphasis,
headings and table cells are backslash-escaped, so an article cannot add a link or markup to a ticket.
"""

from __future__ import annotations

import re

from provenance.render.common import (
    SEVERITY_TITLES,
    Paragraphs,
    by_severity,
    evidence_line,
    judged,
    marker_value,
    scrub,
    side,
    source_title,
    translation_words,
    verdict,
)
from provenance.render.diff import _fmt
from provenance.report import Report

# Markdown punctuation that makes a link or image ([ ]), emphasis (* _ ~), a code span (`) or a table cell
# (|); each is backslash-escaped (CommonMark: any ASCII punctuation may be). Text is one line that never
# starts a line of the output, so heading, list and quote markers need nothing.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
# Bare URLs become links on GitHub ("autolinks"); breaking the scheme keeps them text.
_SCHEME = re.compile(r"(?i)\b(https?|ftp|mailto|javascript|data|file)(:)")


def md(s: object) -> str:
    """Article, source or report text made inert for markdown: one line, HTML escaped, markup escaped."""
    text = " ".join(str(s).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _SCHEME.sub(lambda m: m.group(1) + "&#58;", text)


def code(s: object, *, cell: bool = False) -> str:
    """An id or path as inline code; backticks inside are replaced (a code span cannot escape them), and in a
    table cell the pipe too (GitHub splits cells even inside code spans)."""
    text = " ".join(str(s).split()).replace("`", "ˋ")
    if cell:
        text = text.replace("|", "¦")
    return f"`{text}`" if text else ""


def to_markdown(report: Report) -> str:
    report = scrub(judged(report))
    v = verdict(report)
    sc = report.scores.to_dict()
    d = report.document
    tl = translation_words(report.scores.translation_likelihood)
    out = [
        f"**{md(v.summary)}**",
        "",
        f"# {md(d.title or d.path)}",
        "",
        f"{code(d.path)} · language **{md(report.language.code or '?')}** · fidelity **{_fmt(sc['fidelity'])}**"
        + (f" · {md(tl)}" if tl else ""),
        "",
        "| score | value |",
        "| --- | --- |",
        *[f"| {k.replace('_', ' ')} | {_fmt(v)} |" for k, v in sc.items()],
        "",
    ]
    if report.sources:
        out += ["## Sources", ""]
        for s in report.sources:
            title = source_title(report, s.id)
            out.append(f"- {code(s.id)}" + (f" — {md(title)}" if title else "") + f" ({md(s.language or '?')})")
        out.append("")
    paras = Paragraphs(report.text)
    if report.findings:
        out += ["## Findings", ""]
        for sev, group in by_severity(report.findings):
            out += [f"### {SEVERITY_TITLES[sev]} ({len(group)})", ""]
            for f in group:
                where = paras.label(f.start)
                out.append(f"- {where + ' ' if where else ''}{code(f.code)} {md(f.message)}")
                if (line := evidence_line(f)) is not None:
                    out.append(f"  - against {md(line)}")
            out.append("")
    if report.quotes:
        out += [
            "## Quotes",
            "",
            "| id | ¶ | kind | source | speaker | quote | changes |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        ]
        for q in report.quotes:
            ch = "; ".join(f"{c.op}: {c.quote or ''} ← {c.source or ''}" for c in q.match.changes)
            cells = [code(q.id, cell=True), str(paras.of(q.start) or ""), q.match.kind.replace("_", " "),
                     code(q.match.source or "", cell=True), md(q.speaker or ""), md(q.text), md(ch)]  # fmt: skip
            out.append("| " + " | ".join(cells) + " |")
        out.append("")
    if report.passages:
        out += [
            "## Passages",
            "",
            "| ¶ | kind | source | similarity | drift | text |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for p in report.passages:
            dr = "; ".join(f"{x.type}: {side(x.quote_side)} ← {side(x.source_side)}" for x in p.drift)
            cells = [str(paras.of(p.start) or ""), p.match.kind, code(p.match.source, cell=True),
                     f"{p.match.similarity:.2f}", md(dr), md(p.text)]  # fmt: skip
            out.append("| " + " | ".join(cells) + " |")
        out.append("")
    if report.markers:
        out += ["## Markers", ""]
        out += [f"- {m.kind.replace('_', ' ')}: {md(marker_value(m.value) or m.text)}" for m in report.markers]
        out.append("")
    out += ["<sub>signature:</sub>", "", f"<sub>{code(report.signature)}</sub>", ""]
    return "\n".join(out)
