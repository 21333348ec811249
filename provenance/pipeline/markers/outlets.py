"""Outlets and agencies: a listed name or agency code anywhere (``outlets.txt``: AP, AFP, Reuters, AA, DHA,
İHA, ТАСС, РИА Новости, Интерфакс, Укрінформ, УНІАН, واع, dpa, EFE, ...), a capitalised name reporting or
reported from ("Coast Wire reported", "according to Orlin Daily", "повідомляє Укрінформ"), and a site's name
on its own line near the top ("Transcontinental News", "موقع الضفتين"). ``value.name``; ``value.canonical``
for a listed one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from provenance import lexicon
from provenance.pipeline.markers._base import (
    ARABIC,
    CAP,
    CAP_SEQ,
    LANGS,
    NOT_AFTER_WORD,
    OUTLET_PREFIXES,
    OUTLET_RE,
    OUTLET_WORDS,
    OUTLETS,
    RIGHTS_RESERVED,
    SHORT_LINE_WORDS,
    alternation,
    both_cases,
    has_rights_phrase,
    is_agency_code,
    is_cap,
    is_outlet_name,
    mk,
    outlet_value,
    rows_of,
    strip_leading,
    trim_phrase,
    words_of,
)
from provenance.report import Marker
from provenance.text import lazy_pattern

# Verbs whose subject, when it is a name ending in an outlet word, is an outlet ("Coast Wire reported").
OUTLET_VERBS_EN = ("reported", "reports", "said", "says", "wrote", "writes", "quoted", "cited", "published")
OUTLET_INTRO = words_of("marker_outlet_intro")
_SAY = rows_of("marker_say", ("uk", "ru"))
_OUTLET_SUBJECT_RE = re.compile(
    rf"{NOT_AFTER_WORD}(?P<name>{CAP_SEQ})(?=['’]s\b|\s+(?:has\s+|had\s+|also\s+|earlier\s+)?"
    rf"(?:{alternation([*OUTLET_VERBS_EN, 'learned', 'learnt', *_SAY])})(?![\w]))"
)
_OUTLET_OBJECT_RE = re.compile(
    rf"(?<![\w])(?:{alternation(both_cases(rows_of('marker_outlet_cues', LANGS)))})"
    rf"\s+(?:(?:{alternation(OUTLET_INTRO)})\s+)?(?P<name>{CAP_SEQ})"
)
_MEDIA_VERBS = lexicon.table("marker_media_verbs")
# "..., пише УНН.": a name closing the clause after a verb said of media.
_MEDIA_OBJECT_RE = lazy_pattern(
    rf"(?<![\w])(?P<verb>{alternation(both_cases(list(_MEDIA_VERBS)))})\s+(?P<name>{CAP}(?:[ \t]+{CAP}){{0,2}})"
    r"(?=[ \t]*(?:[.,;:)]|$))",
    re.M,
)
# An agency's initials in brackets before the dash that opens a story ("June 24, 2023 (EIRNS)—In an address").
_LEAD_CODE_RE = re.compile(r"^[^\n()]{0,60}?\((?P<code>[^()\n]{2,12})\)[ \t]*[-–—]", re.M)
# A site's copyright footer: "©" with a year beside it, or a rights-reserved phrase on the line.
_FOOTER_RE = re.compile(r"^[^\n©]{0,60}©[^\n]{2,100}$", re.M)
_FOOTER_NOISE = re.compile(
    rf"(?i)©|\b(?:19|20)\d\d\b|(?:{alternation(RIGHTS_RESERVED)})|[|.,:;\-–—]+(?=\s|$)|^\s*[|.,:;\-–—]+"
)
_BYLINE_WORDS = frozenset(rows_of("marker_byline_prepositions"))
_MAKER = re.compile(r"(?i)\b(?:design(?:ed)?|powered|developed|made|hosted)\s+by\b")
# A site's name line is among the first lines of the page (headline, name, date).
SITE_LINE_WITHIN = 4


def outlets(text: str, spans: Sequence[tuple[int, int]]) -> list[Marker]:
    out = [mk(text, "outlet", m.start(), m.end(), outlet_value(m.group())) for m in OUTLET_RE.finditer(text)]
    for rx in (_OUTLET_SUBJECT_RE, _OUTLET_OBJECT_RE):
        for m in rx.finditer(text):
            name, start = strip_leading(trim_phrase(m.group("name")), m.start("name"))
            if is_outlet_name(name) and not _code_in_prose(name):
                out.append(mk(text, "outlet", start, start + len(name), outlet_value(name)))
    for m in _MEDIA_OBJECT_RE.finditer(text):
        name = m.group("name")
        if _MEDIA_VERBS[m.group("verb").casefold()] == "any" or name in OUTLETS or is_agency_code(name):
            out.append(mk(text, "outlet", m.start("name"), m.end("name"), outlet_value(name)))
    for m in _LEAD_CODE_RE.finditer(text):
        if is_agency_code(m.group("code")):
            out.append(mk(text, "outlet", m.start("code"), m.end("code"), outlet_value(m.group("code"))))
    out.extend(_site_lines(text, spans))
    out.extend(_footers(text))
    for m in _PREFIXED_LEAD_RE.finditer(text):  # "صحيفة النهار: افتتح المجلس …": the outlet opens its story
        if m.group("prefix").casefold() in OUTLET_PREFIXES:
            out.append(mk(text, "outlet", m.start("name"), m.end("name"), outlet_value(m.group("name"))))
    return out


# A paragraph opened by an outlet's name, led by "newspaper", "site", "agency", and a colon.
_PREFIXED_LEAD_RE = re.compile(
    r"^(?P<name>(?P<prefix>[^\W\d_]+)(?:[ \t]+[^\W\d_][\w'’-]*){1,3})[ \t]*:[ \t]*(?=\w)", re.M
)


def _footers(text: str) -> list[Marker]:
    """The outlet a copyright footer names ("© 2024 | Orlin Public Media", "جميع الحقوق محفوظة © نهران اليوم 2027")."""
    out: list[Marker] = []
    for m in _FOOTER_RE.finditer(text):
        line = m.group()
        dated = re.search(r"©\s*(?:19|20)\d\d|(?:19|20)\d\d\s*©", line)
        if not (dated or has_rights_phrase(line)):
            continue
        # the name follows the mark ("© Orlin News. All rights reserved. Design by …"), else the longest part; a
        # maker's credit ("Design by", "Powered by") names no outlet
        mark = line.index("©")
        parts = _footer_parts(line[mark:]) or _footer_parts(line)
        name = parts[0] if line[mark:].strip("© ")[:1].isalpha() and parts else max(parts, key=len, default="")
        if name and len(name.split()) <= SHORT_LINE_WORDS and not name[:1].isdigit():
            start = m.start() + line.index(name)
            out.append(mk(text, "outlet", start, start + len(name), outlet_value(name)))
    return out


def _footer_parts(line: str) -> list[str]:
    """A footer's words between its noise (the mark, years, rights phrases, punctuation), a maker's credit left out."""
    return [p.strip() for p in _FOOTER_NOISE.split(line) if p.strip() and not _MAKER.search(p)]


def _code_in_prose(name: str) -> bool:
    """Initials in running text ("NATO said") are an institution, not an outlet, unless listed."""
    return " " not in name and name.isupper() and not OUTLET_RE.fullmatch(name)


def _site_lines(text: str, spans: Sequence[tuple[int, int]]) -> list[Marker]:
    """A line of its own near the top that names an outlet: "Transcontinental News", "Gündem Kıyı Haber
    Merkezi", "موقع الضفتين" (a name opened by "site", "agency", "newspaper")."""
    out: list[Marker] = []
    for a, b in spans[:SITE_LINE_WITHIN]:
        line = text[a:b]
        words = line.split()
        if not 2 <= len(words) <= SHORT_LINE_WORDS or line[-1:] in ".!?:":
            continue
        last, first = words[-1].casefold(), words[0].casefold()
        if words[0] in _BYLINE_WORDS:
            continue
        capitalised = all(is_cap(w) for w in words) or bool(ARABIC.match(line))  # Arabic has no capitals
        if first in OUTLET_PREFIXES or (capitalised and last in OUTLET_WORDS):
            out.append(mk(text, "outlet", a, b, outlet_value(line)))
    return out
