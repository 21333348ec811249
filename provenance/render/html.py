"""``--format html``: one self-contained page an editor reads in any browser, built as a string.

Self-contained means nothing is fetched: styles are inline, there are no scripts, fonts or images, and a
Content-Security-Policy (``default-src 'none'``) tells the browser to refuse anything else. Every piece of
text that comes from an article or a source goes through :func:`esc` (``html.escape``), so a ``<script>``
in an article is shown as text and never runs.

Layout of one report: the verdict (PASS/FAIL and why), a header (document, language, sources by title), the
score and its parts, the findings grouped by severity, a legend, the article with quotes marked by kind,
passages underlined and every finding's span highlighted, each quote beside its source span with the word
changes marked, the passages with their drift, markers, and the signature.

Links go both ways and need no script: each finding links to its highlighted span in the article (``#r1-at-f2``)
and to its quote or passage card; each highlighted span links back to its finding, and each card back to its
place in the article. ``:target`` styles show where a link landed.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Sequence
from typing import Any

from provenance.render.common import (
    SEVERITY_TITLES,
    OpenSpans,
    Paragraphs,
    by_severity,
    evidence_line,
    judged,
    side,
    source_title,
    translation_words,
    verdict,
)
from provenance.render.diff import source_span, word_diff
from provenance.report import Finding, Passage, Quote, Report

# What each quote kind means, in an editor's words (REPORT.md); the legend and the quote cards use it.
QUOTE_KIND_NOTES = {
    "verbatim": "the source's words",
    "near_verbatim": "the source's words with marked edits ([ ], …, [sic])",
    "altered": "the source's words changed without a mark",
    "reworded": "same meaning, no longer the speaker's words",
    "translated": "matches a source in another language",
    "unsupported": "no source carries it",
    "unchecked": "no source to check against",
}
PASSAGE_KIND_NOTES = {
    "copied": "a source's words, not marked as a quote",
    "paraphrase": "a source's content in other words",
    "translated": "a source's content in another language",
}
# Quote kinds whose source span is in the same language: a word diff beside it is meaningful.
DIFFABLE = frozenset({"verbatim", "near_verbatim", "altered", "reworded"})
# Characters of source text shown (dimmed) on each side of a matched span, so an editor sees the sentence.
CONTEXT_CHARS = 80
# Fidelity at or above GOOD is shown green, at or above FAIR amber, below it red (display only).
GOOD, FAIR = 0.9, 0.7

CSS = """
:root { color-scheme: light; --ink: #1f2328; --dim: #59636e; --line: #d1d9e0; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: var(--ink); background: #fff; }
main { max-width: 1180px; margin: 0 auto; padding: 16px 24px 48px; }
h1 { font-size: 22px; margin: 8px 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; }
h3 { font-size: 15px; margin: 0; }
.meta, .dim { color: var(--dim); font-size: 13px; }
nav table, table.findings, table.sources { border-collapse: collapse; width: 100%; font-size: 14px; }
td, th { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: var(--bg); font-weight: 600; }
section.report { border-top: 3px solid var(--ink); margin-top: 28px; padding-top: 4px; }
main > section.report:first-child { border-top: 0; margin-top: 0; }
.scores { display: flex; gap: 24px; align-items: center; flex-wrap: wrap; background: var(--bg);
  border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.fidelity { font-size: 40px; font-weight: 700; line-height: 1; }
.fidelity small { display: block; font-size: 12px; font-weight: 400; color: var(--dim); }
.good { color: #1a7f37; } .fair { color: #9a6700; } .poor { color: #cf222e; } .none { color: var(--dim); }
.parts { display: grid; grid-template-columns: max-content 160px max-content; gap: 4px 10px; font-size: 13px;
  align-items: center; }
.bar { height: 8px; background: #e6eaef; border-radius: 4px; overflow: hidden; }
.bar span { display: block; height: 100%; background: #57606a; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; font-size: 13px; margin: 10px 0; }
.legend span.k, .badge { padding: 0 6px; border-radius: 4px; border: 1px solid; font-size: 12px;
  font-weight: 600; white-space: nowrap; }
.article { white-space: pre-wrap; border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px;
  font-family: Georgia, "Times New Roman", serif; font-size: 16px; line-height: 1.7; }
.article .furniture { color: var(--dim); }
.q { border-bottom: 2px solid; padding: 1px 0; }
.qlabel { font: 600 10px/1 system-ui, sans-serif; vertical-align: super; text-decoration: none;
  margin-right: 1px; padding: 1px 3px; border-radius: 3px; color: #fff; }
.p-copied { text-decoration: underline 2px solid #bc4c00; text-underline-offset: 5px; }
.p-paraphrase { text-decoration: underline 2px dotted #6639ba; text-underline-offset: 5px; }
.p-translated { text-decoration: underline 2px dashed #0969da; text-underline-offset: 5px; }
.p-copied.drifted, .p-paraphrase.drifted, .p-translated.drifted { text-decoration-color: #cf222e; }
.card.passage { border-left-color: #8c959f; } .card.passage.drifted { border-left-color: #cf222e; }
.k-verbatim { --c: #1a7f37; --t: #dafbe1; } .k-near_verbatim { --c: #0f766e; --t: #ccfbf1; }
.k-translated { --c: #0969da; --t: #ddf4ff; } .k-reworded { --c: #9a6700; --t: #fff1b8; }
.k-altered { --c: #cf222e; --t: #ffebe9; } .k-unsupported { --c: #8250df; --t: #f5e8ff; }
.k-unchecked { --c: #6e7781; --t: #eaeef2; }
.q, .badge, .legend span.k { background: var(--t); border-color: var(--c); }
.badge, .legend span.k { color: var(--c); } .qlabel { background: var(--c); }
.k-altered.q { text-decoration: underline wavy #cf222e 1px; text-underline-offset: 6px; }
.card { border: 1px solid var(--line); border-left: 5px solid var(--c, var(--line)); border-radius: 8px;
  margin: 10px 0; padding: 10px 14px; }
.card header { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; margin-bottom: 6px; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.pair > div { background: var(--bg); border-radius: 6px; padding: 8px 10px; }
.pair .side { font-size: 12px; font-weight: 600; color: var(--dim); text-transform: uppercase;
  letter-spacing: .04em; }
.pair blockquote { margin: 4px 0 0; font-family: Georgia, serif; font-size: 15px; }
ins, del { text-decoration: none; font-weight: 700; border-radius: 3px; padding: 0 2px; }
ins { background: #ffcecb; color: #82071e; } del { background: #aceebb; color: #055d20; }
.ctx { color: #8c959f; }
.speakers { font-size: 13px; margin-top: 6px; } .mismatch { color: #cf222e; font-weight: 600; }
ul.changes, ul.drift { margin: 6px 0 0; padding-left: 20px; font-size: 13px; }
ul.drift li { color: #a40e26; }
ul.drift.weak li { color: #6a737d; }
.sev { font-weight: 700; text-transform: uppercase; font-size: 12px; }
.sev-error { color: #cf222e; } .sev-warning { color: #9a6700; } .sev-info { color: #0969da; }
code, .sig { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
.sig { white-space: pre-wrap; word-break: break-all; background: var(--bg); border: 1px solid var(--line);
  border-radius: 6px; padding: 8px 10px; }
details summary { cursor: pointer; margin-top: 4px; }
.verdict { font-size: 16px; font-weight: 600; border-radius: 8px; padding: 10px 14px; margin: 8px 0 12px;
  border: 2px solid; }
.verdict.pass { color: #1a7f37; border-color: #1a7f37; background: #dafbe1; }
.verdict.fail { color: #82071e; border-color: #cf222e; background: #ffebe9; }
.hit-error { background: #ffcecb; } .hit-warning { background: #fff1b8; } .hit-info { background: #ddf4ff; }
.flabel { font: 600 10px/1 system-ui, sans-serif; vertical-align: super; text-decoration: none; padding: 1px 3px;
  border-radius: 3px; color: #fff; margin-right: 1px; }
.flabel.sev-error { background: #cf222e; } .flabel.sev-warning { background: #9a6700; }
.flabel.sev-info { background: #0969da; }
.back { font-size: 12px; margin-left: auto; }
:target { outline: 3px solid #0969da; outline-offset: 2px; }
@media (max-width: 760px) { .pair { grid-template-columns: 1fr; } }
@media print { .card, tr { break-inside: avoid; } }
"""
# Nothing may load: no scripts at all, styles only from this page, no images, fonts, frames or forms.
CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"


def esc(s: object) -> str:
    """Text from an article, a source or a report, made safe to place in HTML text or a quoted attribute."""
    return html.escape(str(s), quote=True)


def to_html(reports: Sequence[Report]) -> str:
    """One page for one or several reports (a section each, with a contents table for several)."""
    reports = [judged(r) for r in reports]
    title = "provenance report"
    if len(reports) == 1:
        title += " — " + (reports[0].document.title or reports[0].document.path)
    several = len(reports) > 1
    body = [_contents(reports), _legend()] if several else []
    body += [_report(r, f"r{i}", legend=not several) for i, r in enumerate(reports, 1)]
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(body)
        + "\n</main>\n</body>\n</html>\n"
    )


# --- pieces --------------------------------------------------------------------------------------


def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.2f}"


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _level(x: float | None) -> str:
    if x is None:
        return "none"
    return "good" if x >= GOOD else "fair" if x >= FAIR else "poor"


def _contents(reports: Sequence[Report]) -> str:
    rows = []
    for i, r in enumerate(reports, 1):
        fid = r.scores.fidelity
        worst = r.worst_severity()
        v = verdict(r)
        rows.append(
            f'<tr><td><a href="#r{i}">{esc(r.document.path)}</a></td>'
            f'<td class="sev {"good" if v.passed else "poor"}">{"PASS" if v.passed else "FAIL"}</td>'
            f"<td>{esc(r.language.code or '?')}</td>"
            f'<td class="{_level(fid)}">{_fmt(fid)}</td><td>{len(r.quotes)}</td>'
            f'<td class="sev sev-{esc(worst or "none")}">{esc(worst or "–")}</td></tr>'
        )
    return (
        f"<h1>provenance report: {len(reports)} articles</h1>\n<nav><table><tr><th>article</th><th>verdict</th>"
        "<th>language</th><th>fidelity</th><th>quotes</th><th>worst finding</th></tr>\n"
        + "\n".join(rows)
        + "</table></nav>"
    )


def _report(r: Report, rid: str, *, legend: bool = True) -> str:
    r = judged(r)
    parts = [
        f'<section class="report" id="{rid}">',
        _verdict(r),
        _header(r),
        _scores(r),
        _findings(r, rid),
        "<h2>Article</h2>",
        _legend() if legend else "",
        _article(r, rid),
        _quotes(r, rid),
        _passages(r, rid),
        _markers(r),
        _signature(r),
        "</section>",
    ]
    return "\n".join(p for p in parts if p)


def _verdict(r: Report) -> str:
    v = verdict(r)
    return f'<div class="verdict {"pass" if v.passed else "fail"}" role="status">{esc(v.summary)}</div>'


def numbered(r: Report) -> list[tuple[str, Finding]]:
    """The findings in the order they are listed (by severity, then place), each with its id (f1, f2, ...)."""
    return [(f"f{i}", f) for i, f in enumerate((f for _, g in by_severity(r.findings) for f in g), 1)]


def _source_label(r: Report, sid: str) -> str:
    title = source_title(r, sid)
    return f"<code>{esc(sid)}</code>" + (f" “{esc(title)}”" if title else "")


def _header(r: Report) -> str:
    d, lang = r.document, r.language
    srcs = (
        ", ".join(f"{_source_label(r, s.id)} ({esc(s.language or '?')})" for s in r.sources)
        or "none given: quotes are listed, not checked"
    )
    return (
        f'<h1>{esc(d.title or d.path)}</h1>\n<div class="meta"><code>{esc(d.path)}</code> · {d.chars} characters · '
        f"language <b>{esc(lang.code or '?')}</b> ({lang.confidence:.2f}) · sources: {srcs}</div>"
    )


def _scores(r: Report) -> str:
    sc = r.scores
    parts = [
        ("quotes", sc.quote_fidelity, "quote fidelity"),
        ("passages", sc.paraphrase_fidelity, "paraphrase fidelity"),
        ("coverage", sc.coverage, "share of the article's words that a source covers"),
        ("translated", sc.translation_likelihood, translation_words(sc.translation_likelihood) or "not measured"),
    ]
    rows = "".join(
        f'<span title="{esc(why)}">{esc(name)}</span>'
        f'<div class="bar"><span style="width:{0 if x is None else round(100 * min(1.0, max(0.0, x)))}%"></span>'
        f"</div><span>{_fmt(x)}</span>"
        for name, x, why in parts
    )
    counts: dict[str, int] = {}
    for q in r.quotes:
        counts[q.match.kind] = counts.get(q.match.kind, 0) + 1
    tally = " · ".join(f"{n} {esc(k.replace('_', ' '))}" for k, n in counts.items()) or "no quotes"
    worst = r.worst_severity()
    nfind = _n(len(r.findings), "finding")
    if worst:
        nfind += f', worst: <span class="sev sev-{worst}">{worst}</span>'
    return (
        f'<div class="scores"><div class="fidelity {_level(sc.fidelity)}">{_fmt(sc.fidelity)}'
        f'<small>fidelity</small></div><div class="parts">{rows}</div>'
        f'<div class="meta">{_n(len(r.quotes), "quote")}: {tally}<br>{_n(len(r.passages), "passage")} from sources'
        f"<br>{nfind}</div></div>"
    )


def _legend() -> str:
    kinds = "".join(
        f'<span><span class="k k-{k}">{k.replace("_", " ")}</span> {esc(note)}</span>'
        for k, note in QUOTE_KIND_NOTES.items()
    )
    passages = "".join(
        f'<span><span class="p-{k}">{k} passage</span> {esc(note)}</span>' for k, note in PASSAGE_KIND_NOTES.items()
    )
    drift = '<span><span class="p-paraphrase drifted">red underline</span> a passage with drift</span>'
    diff = "<span><ins>changed</ins> words in the article · <del>the source's words</del> in their place</span>"
    return f'<div class="legend">{kinds}</div><div class="legend">{passages}{drift}{diff}</div>'


# --- the article, marked -------------------------------------------------------------------------


def _article(r: Report, rid: str) -> str:
    text = r.text
    if not text:
        return '<p class="dim">(the article\'s text is not part of this report)</p>'
    furniture = [
        (m.start, m.end)
        for m in r.markers
        if m.kind in ("language_switcher", "byline", "dateline", "photo_credit", "updated", "boilerplate")
    ]
    hits = [(fid, f) for fid, f in numbered(r) if f.start is not None and f.end is not None and f.start < f.end]
    cuts = {0, len(text)}
    spans = [(q.start, q.end) for q in r.quotes] + [(p.start, p.end) for p in r.passages] + furniture
    spans += [(f.start, f.end) for _, f in hits]  # type: ignore[misc]  # None left out above
    for a, b in spans:
        cuts.update((max(0, min(a, len(text))), max(0, min(b, len(text)))))
    bounds = sorted(cuts)
    out: list[str] = []
    started: set[str] = set()
    # One sweep over the cuts (linear in the spans, not spans × cuts): each kind keeps the spans open at a cut.
    n = len(text)
    q_open = OpenSpans([(q.start, q.end) for q in r.quotes], n)
    p_open = OpenSpans([(p.start, p.end) for p in r.passages], n)
    f_open = OpenSpans([(f.start, f.end) for _, f in hits], n)  # type: ignore[misc]  # None left out above
    furniture_open = OpenSpans(furniture, n)
    for a, b in itertools.pairwise(bounds):
        if a >= b:
            continue
        qi, pi, new_hits = q_open.first(a), p_open.first(a), f_open.opened(a)
        f_first = f_open.first(a)
        q = r.quotes[qi] if qi is not None else None
        p = pi + 1 if pi is not None else None
        classes = []
        for fid, f in (hits[k] for k in new_hits):  # each finding's label, where its span starts: links to it
            if fid not in started:
                started.add(fid)
                out.append(
                    f'<a class="flabel sev-{esc(f.severity)}" id="{rid}-at-{fid}" href="#{rid}-{fid}" '
                    f'title="{esc(f.code)}">{fid}</a>'
                )
        if q is not None:
            classes += ["q", f"k-{q.match.kind}"]
            if q.id not in started:
                started.add(q.id)
                out.append(
                    f'<a class="qlabel k-{esc(q.match.kind)}" id="{rid}-at-{esc(q.id)}" href="#{rid}-{esc(q.id)}" '
                    f'title="{esc(q.match.kind)}">{esc(q.id)}</a>'
                )
        if p is not None:
            passage = r.passages[p - 1]
            classes.append(f"p-{passage.match.kind}" + (" drifted" if passage.drift else ""))
            if f"p{p}" not in started:
                started.add(f"p{p}")
                out.append(f'<a id="{rid}-at-p{p}"></a>')
        if furniture_open.first(a) is not None:
            classes.append("furniture")
        if f_first is not None:
            classes.append(f"hit hit-{hits[f_first][1].severity}")  # listed worst first
        piece = esc(text[a:b])
        out.append(f'<span class="{esc(" ".join(classes))}">{piece}</span>' if classes else piece)
    lang = f' lang="{esc(r.language.code)}"' if r.language.code else ""
    return f'<div class="article"{lang}>' + "".join(out) + "</div>"


# --- quotes beside their sources -----------------------------------------------------------------


def _diff_html(article_side: str, source_side: str) -> tuple[str, str]:
    """Both sides with changed words marked: <ins> the article's, <del> the source's (every word escaped)."""
    q_out, s_out = [], []
    for tag, q, s in word_diff(article_side, source_side):
        if tag == "equal":
            q_out.append(esc(q))
            s_out.append(esc(s))
            continue
        if q:
            q_out.append(f"<ins>{esc(q)}</ins>")
        if s:
            s_out.append(f"<del>{esc(s)}</del>")
    return " ".join(x for x in q_out if x), " ".join(x for x in s_out if x)


def _context(r: Report, item: Quote | Passage) -> tuple[str, str]:
    """A little of the source before and after the matched span, cut at word boundaries."""
    m = item.match
    text = r.source_texts.get(m.source or "")
    if text is None or m.source_start is None or m.source_end is None:
        return "", ""
    a, b = m.source_start, m.source_end
    before, after = text[max(0, a - CONTEXT_CHARS) : a], text[b : b + CONTEXT_CHARS]
    if a > CONTEXT_CHARS and " " in before:
        before = "…" + before.split(" ", 1)[1]
    if b + CONTEXT_CHARS < len(text) and " " in after:
        after = after.rsplit(" ", 1)[0] + "…"
    # Whitespace (line breaks included) becomes single spaces; a space at the join is kept.
    lead = " " if before[-1:].isspace() else ""
    trail = " " if after[:1].isspace() else ""
    return " ".join(before.split()) + lead, trail + " ".join(after.split())


def _pair(r: Report, item: Quote | Passage, kind: str, article_label: str) -> str:
    span = source_span(r, item)
    if span is None:
        note = QUOTE_KIND_NOTES.get(kind, "no source span")
        return (
            f'<div class="pair"><div><div class="side">{esc(article_label)}</div><blockquote>{esc(item.text)}'
            f'</blockquote></div><div><div class="side">source</div><blockquote class="dim">{esc(note)}'
            "</blockquote></div></div>"
        )
    if kind in DIFFABLE or kind in ("copied", "paraphrase"):
        art, src = _diff_html(item.text, span)
    else:
        art, src = esc(item.text), esc(span)
    before, after = _context(r, item)
    return (
        f'<div class="pair"><div><div class="side">{esc(article_label)}</div><blockquote>{art}</blockquote></div>'
        f'<div><div class="side">source {esc(item.match.source)}</div><blockquote><span class="ctx">'
        f'{esc(before)}</span>{src}<span class="ctx">{esc(after)}</span></blockquote></div></div>'
    )


def _speakers(q: Quote, mismatched: frozenset[tuple[int | None, int | None]]) -> str:
    """The article's speaker beside the source's; red where the report found they are not the same person."""
    said = q.speaker or "nobody named"
    who = q.match.source_speaker
    if who is None:
        return f'<div class="speakers">credited in the article to <b>{esc(said)}</b></div>'
    mismatch = (q.start, q.end) in mismatched
    cls = ' class="mismatch"' if mismatch else ""
    return (
        f'<div class="speakers">credited in the article to <b{cls}>{esc(said)}</b> · '
        f"in the source to <b{cls}>{esc(who)}</b></div>"
    )


def _changes(q: Quote) -> str:
    items = []
    for c in q.match.changes:
        if c.op == "replace":
            items.append(f"changed: “<ins>{esc(c.quote)}</ins>” where the source has “<del>{esc(c.source)}</del>”")
        elif c.op == "insert":
            items.append(f"added: “<ins>{esc(c.quote)}</ins>”")
        else:
            items.append(f"dropped: “<del>{esc(c.source)}</del>”")
    return '<ul class="changes">' + "".join(f"<li>{x}</li>" for x in items) + "</ul>" if items else ""


def _drift(drift: Sequence[Any], weak: bool = False) -> str:
    """Drift items; ``weak``: changes read on weak evidence, shown apart and never as an alarm."""
    if not drift:
        return ""
    lead = "possible " if weak else ""
    items = "".join(
        f"<li><b>{lead}{esc(d.type.replace('_', ' '))}</b>: {esc(side(d.quote_side))} where the source has "
        f"{esc(side(d.source_side))}</li>"
        for d in drift
    )
    return f'<ul class="{"drift weak" if weak else "drift"}">{items}</ul>'


def _quotes(r: Report, rid: str) -> str:
    if not r.quotes:
        return '<h2>Quotes</h2><p class="dim">No quotations found.</p>'
    cards = []
    # Spans of attribution findings, once (not once per quote: quotes × findings).
    mismatched = frozenset((f.start, f.end) for f in r.findings if f.code.startswith("ATTRIBUTION_"))
    for q in r.quotes:
        m = q.match
        nums = [f"similarity {_fmt(m.similarity)}"] if m.similarity is not None else []
        if m.chrf is not None:
            nums.append(f"chrF {m.chrf:.1f}")
        if q.marks:
            nums.append("marks: " + ", ".join(q.marks))
        reason = f'<div class="dim">{esc(m.reason)}</div>' if m.reason else ""
        cards.append(
            f'<article class="card k-{esc(m.kind)}" id="{rid}-{esc(q.id)}"><header><h3>{esc(q.id)}</h3>'
            f'<span class="badge k-{esc(m.kind)}">{esc(m.kind.replace("_", " "))}</span>'
            f'<span class="dim">{esc(QUOTE_KIND_NOTES.get(m.kind, ""))}</span>'
            f'<span class="meta">{esc(" · ".join(nums))}</span>'
            f'<a class="back" href="#{rid}-at-{esc(q.id)}">↑ in the article</a></header>'
            + _pair(r, q, m.kind, "article")
            + _speakers(q, mismatched)
            + reason
            + _changes(q)
            + _drift(q.drift)
            + _drift(q.weak_drift, weak=True)
            + "</article>"
        )
    return f"<h2>Quotes ({len(r.quotes)}), each beside its source</h2>\n" + "\n".join(cards)


def _passages(r: Report, rid: str) -> str:
    if not r.passages:
        return ""
    cards = []
    for i, p in enumerate(r.passages, 1):
        m = p.match
        drifted = " drifted" if p.drift else ""
        cards.append(
            f'<article class="card passage{drifted}" id="{rid}-p{i}"><header>'
            f'<h3 class="p-{esc(m.kind)}{drifted}">p{i} · {esc(m.kind)} passage</h3>'
            f'<span class="dim">{esc(PASSAGE_KIND_NOTES.get(m.kind, ""))}</span>'
            f'<span class="meta">similarity {m.similarity:.2f}</span>'
            f'<a class="back" href="#{rid}-at-p{i}">↑ in the article</a></header>'
            + _pair(r, p, m.kind, "article")
            + (_drift(p.drift) or '<div class="dim">no drift found</div>')
            + _drift(p.weak_drift, weak=True)
            + "</article>"
        )
    return f"<h2>Passages from sources ({len(r.passages)}) and their drift</h2>\n" + "\n".join(cards)


def _findings(r: Report, rid: str) -> str:
    """The findings grouped by severity; each links to its span in the article and to its card."""
    if not r.findings:
        return '<h2>Findings</h2><p class="dim">Nothing to look at.</p>'
    by_span = {(p.start, p.end): f"p{i}" for i, p in enumerate(r.passages, 1)}
    by_span.update({(q.start, q.end): q.id for q in r.quotes})
    paras = Paragraphs(r.text)
    ids = dict((id(f), fid) for fid, f in numbered(r))
    out = [f"<h2>Findings ({len(r.findings)})</h2>"]
    for sev, group in by_severity(r.findings):
        rows = []
        for f in group:
            fid = ids[id(f)]
            where = '<span class="dim">the whole article</span>'
            if f.start is not None and f.end is not None and f.start < f.end:
                card = by_span.get((f.start, f.end))
                snippet = " ".join(r.text[f.start : f.end].split())
                snippet = snippet if len(snippet) <= 70 else snippet[:69] + "…"
                where = f'<a href="#{rid}-at-{fid}">{esc(paras.label(f.start))} in the article</a>'
                where += f' · <a href="#{rid}-{esc(card)}">{esc(card)}</a>' if card else ""
                where += f' <span class="dim">{esc(snippet)}</span>'
            line = evidence_line(f)
            against = f'<br><span class="dim">against {esc(line)}</span>' if line else ""
            rows.append(
                f'<tr id="{rid}-{fid}"><td>{fid}</td><td><code>{esc(f.code)}</code></td>'
                f"<td>{esc(f.message)}{against}</td><td>{where}</td></tr>"
            )
        out.append(
            f'<h3 class="sev sev-{esc(sev)}">{SEVERITY_TITLES[sev]} ({len(group)})</h3>\n<table class="findings">'
            "<tr><th></th><th>code</th><th>what</th><th>where</th></tr>\n" + "\n".join(rows) + "</table>"
        )
    return "\n".join(out)


def _markers(r: Report) -> str:
    if not r.markers:
        return ""
    rows = []
    for m in r.markers:
        val = "; ".join(f"{k}: {' '.join(map(str, v)) if isinstance(v, list) else v}" for k, v in m.value.items())
        rows.append(f'<tr><td>{esc(m.kind)}</td><td>{esc(val)}</td><td class="dim">{esc(m.text)}</td></tr>')
    return (
        f'<h2>Markers ({len(r.markers)})</h2>\n<table class="sources"><tr><th>kind</th><th>value</th>'
        "<th>as written</th></tr>\n" + "\n".join(rows) + "</table>"
    )


def _signature(r: Report) -> str:
    short, full = [], []
    for stage, info in sorted(r.models.items()):
        if isinstance(info, dict):
            name = str(info.get("name", "?")) + (f" ({info['revision']})" if info.get("revision") else "")
            full.append(f"{stage}: " + ", ".join(f"{k}={v}" for k, v in info.items()))
        else:
            name = "none" if info is None else str(info)
            full.append(f"{stage}: {name}")
        short.append(f"{stage} {name}")
    details = (
        f'<details><summary>models: {esc(" · ".join(short))}</summary><div class="sig">{esc(chr(10).join(full))}'
        "</div></details>"
        if full
        else "<p>models: none</p>"
    )
    return (
        '<h2>Signature</h2>\n<p class="dim">Everything that changes the numbers above. Quote it with a '
        f'score.</p><div class="sig">{esc(r.signature or "(none)")}</div>'
        f'<div class="meta">provenance {esc(r.version)} · document sha256 <code>{esc(r.document.sha256)}</code>'
        f"{details}</div>"
    )
