"""The word diff between a quote and its source span, shared by every format."""

from __future__ import annotations

from collections.abc import Callable

from rapidfuzz.distance import Levenshtein

from provenance.report import Passage, Quote, Report


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
