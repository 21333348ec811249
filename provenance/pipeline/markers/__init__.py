"""Site markers: the parts of a news page that say who wrote it, where and when, who is credited.

:func:`find_markers` returns :class:`~provenance.report.Marker` s of the kinds of the report contract
(``language_switcher``, ``byline``, ``dateline``, ``photo_credit``, ``updated``, ``outlet``, ``attribution``,
``boilerplate``), each with ``text == document[start:end]``, sorted by ``(start, kind)``, and each with its value
parsed (a place, a name, a credit, a time, a source); nothing is reported whose value could not be read.

One module per marker family; everything is rules over lines and phrases in English, Ukrainian, Russian,
Arabic, Turkish, French, German and Spanish, and every word list lives in ``provenance/lexicon/data/``
(``marker_*``, ``outlets``, ``boilerplate``, ``photo_agencies``, ``switcher_codes``). Only the standard
library is imported.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Mapping, Sequence

from provenance.pipeline.markers._base import mk
from provenance.pipeline.markers.attribution import attributions
from provenance.pipeline.markers.boilerplate import boilerplate
from provenance.pipeline.markers.byline import bylines
from provenance.pipeline.markers.credits import photo_credits
from provenance.pipeline.markers.dateline import datelines
from provenance.pipeline.markers.outlets import outlets
from provenance.pipeline.markers.stamps import updated
from provenance.pipeline.markers.switcher import switcher_languages, switchers
from provenance.report import Marker
from provenance.settings import Settings, defaults
from provenance.text import lines as _lines


def find_markers(
    text: str, meta: Mapping[str, str] | None = None, settings: Settings | None = None
) -> tuple[Marker, ...]:
    """Every site marker in ``text``, sorted by ``(start, kind)``; ``text[m.start:m.end] == m.text``."""
    s = settings or defaults()
    spans = _lines(text)
    found_switchers = switchers(text, spans, s)
    cuts = {_line_of(spans, s.start): s.start for s in found_switchers}
    found: list[Marker] = [*found_switchers, *updated(text, spans, cuts), *bylines(text, spans, s)]
    found += datelines(text, spans, s) + photo_credits(text, spans) + outlets(text, spans) + attributions(text)
    found += boilerplate(text, spans, s)
    found += _from_meta(text, meta, found)
    found = [_bracketed(text, m) for m in found]
    return tuple(sorted(_dedupe(found), key=lambda m: (m.start, m.kind, -m.end)))


# Marker kinds printed in brackets as a whole: "(Photo: Presidential Office)", a story's closing "(Belga)", "(обновлено:
# 19:29 16.02.2024)",
# "(Reporting by X; Editing by Y)". The wire credit's closing bracket may come this far after its first name.
_BRACKETED_KINDS = frozenset(("photo_credit", "byline", "outlet", "updated"))
BRACKET_REACH_CHARS = 160


def _bracketed(text: str, m: Marker) -> Marker:
    """A marker with the brackets that enclose it on its line: the credit as printed."""
    if m.kind not in _BRACKETED_KINDS:
        return m
    start = m.start - 1 if text[m.start - 1 : m.start] == "(" else m.start
    if text[start : start + 1] != "(":
        return m
    before = text[max(0, start - 3) : start].rstrip(" \t")
    if m.kind == "outlet" and before and before[-1] not in '.!?»”"\n':
        return m  # "ORLIN, June 12 (Coast Wire) -": a dateline's agency; "… said. (Belga)" closes a story
    close = text.find(")", m.end, m.end + BRACKET_REACH_CHARS)
    if close < 0 or "\n" in text[m.end : close] or "(" in text[m.end : close]:
        return m
    if close > m.end and m.kind != "byline":
        return m  # only a wire credit runs on past its first name: "(Reporting by X; Editing by Y)"
    return mk(text, m.kind, start, close + 1, dict(m.value))


def _from_meta(text: str, meta: Mapping[str, str] | None, found: Sequence[Marker]) -> list[Marker]:
    """A byline or outlet the HTML metadata names, where the text shows it and no marker covers it yet."""
    if not meta:
        return []
    out: list[Marker] = []
    for key, kind, value_key in (("author", "byline", "author"), ("sitename", "outlet", "name")):
        name = (meta.get(key) or "").strip()
        if len(name) < 2:
            continue
        pos = text.casefold().find(name.casefold())
        if pos < 0 or any(m.kind == kind and m.start <= pos < m.end for m in found):
            continue
        out.append(mk(text, kind, pos, pos + len(name), {value_key: text[pos : pos + len(name)], "from": "meta"}))
    return out


def _line_of(spans: Sequence[tuple[int, int]], pos: int) -> int:
    """The start of the line (``spans`` are sorted, disjoint lines) that holds ``pos``; else ``pos``."""
    i = bisect.bisect_right(spans, pos, key=lambda s: s[0]) - 1
    if i >= 0 and spans[i][0] <= pos <= spans[i][1]:
        return spans[i][0]
    return pos


def _dedupe(markers: Iterable[Marker]) -> Iterator[Marker]:
    """One marker per kind and span; an outlet or attribution inside a longer one of its kind goes."""
    kept: dict[str, list[Marker]] = {}
    for m in sorted(markers, key=lambda m: (m.kind, m.start, -(m.end - m.start))):
        same = kept.setdefault(m.kind, [])
        nested = m.kind in ("outlet", "attribution")
        if any(
            (k.start <= m.start and m.end <= k.end) if nested else (k.start, k.end) == (m.start, m.end)
            for k in same[-8:]
        ):
            continue
        same.append(m)
        yield m


__all__ = ["find_markers", "switcher_languages"]
