"""Datelines in their wire forms: ``CITY —``, ``CITY, Country (AP) —``, ``CITY, Jan. 25 (Reuters) -``,
``PARIS (AFP) -``, ``Madrid, 10 jun (EFE).-``, ``МОСКВА, 5 марта. /ТАСС/.``, ``МОСКВА, 5 мар — РИА Новости.``,
``КИЇВ. 5 березня. УНІАН.``, ``بغداد - واع``. ``value.place`` is the place; an agency named with it is also an
``outlet`` marker."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from provenance import lexicon
from provenance.pipeline.markers._base import (
    ARABIC,
    MONTHS,
    OPENERS,
    OUTLETS,
    is_agency_code,
    is_cap,
    is_datey,
    is_lower_agency_code,
    is_outlet_name,
    mk,
    outlet_value,
    words_of,
)
from provenance.pipeline.markers.byline import NAME_PARTICLES
from provenance.report import Marker
from provenance.settings import Settings

# The world's countries in the languages read (CLDR; tools/lexicon_countries.py): "Budapest, Hungary -" is a
# dateline by its country, where a place, a comma and another capitalised word before a dash may be a headline.
COUNTRIES = frozenset(lexicon.table("countries"))
# All-caps words at a paragraph's start that are labels, not places ("BREAKING - ...").
NOT_PLACES = frozenset(w.upper() for w in words_of("marker_not_places"))
_DATELINE_RE = re.compile(
    r"(?P<place>[^\W\d_][\w'’.\-]*(?:[ \-/][^\W\d_][\w'’.\-]*){0,3}?)"
    r"(?P<parts>(?:,[ \t]*[^,()\n–—\-/]{1,40}?){0,2})"
    r"[ \t]*(?:\((?P<agency>[^()\n]{2,40})\)[ \t]*)?"
    r"(?:\.?(?P<dash>[-–—]{1,2})|\.?[ \t]*/(?P<slash>[^/\n]{2,30})/\.?|(?P<colon>:)|(?P<bare>(?<=\)[ \t])))"
    r"(?P<gap>[ \t]*)(?=[\w\"“«'‘„])"
)  # (no space after the dash, or a colon for the dash, only after an agency in brackets: "ORLIN (Reuters) -Borea
# condemned …", "WASHINGTON (AFP): …")
# German regional papers' form: the place and a full stop open the first paragraph ("Kellbrück. Das Kabinett
# hat …", "Ansfeld/Brannock Falls. Der Hersteller …").
_DOT_PLACE_RE = re.compile(r"(?P<place>[^\W\d_a-z][\w'’\-]+(?:[ /][^\W\d_a-z][\w'’\-]+){0,2})\.[ \t]+(?=[^\W\d_a-z])")
# A paragraph that a dot-place dateline opens is prose: at least this long.
DOT_PLACE_MIN_PARAGRAPH = 120


# RIA's form: the agency after the dash, closed by a full stop ("МОСКВА, 5 мар — РИА Новости. Text").
_AFTER_DASH_AGENCY = re.compile(r"[ \t]*(?P<agency>[^\W\d_][^.\n]{1,40}?)\.[ \t]+(?=\w)")
# "КИЇВ. 5 березня. УНІАН. Text": place, date and agency as three short sentences.
_DOTTED_RE = re.compile(
    r"(?P<place>[^\W\d_][\w'’\-]*(?:[ \-][^\W\d_][\w'’\-]*){0,2})\.[ \t]+(?P<date>\d{1,2}[ \t]+[^\W\d_]+\.?"
    r"(?:[ \t]+\d{4})?)\.?[ \t]+(?P<agency>[^\W\d_][^.\n]{1,30}?(?:\.[^\W\d_]{2,4})?)(?:\.|[ \t]+[-–—])[ \t]+(?=\w)"
)  # (or an agency's site and a dash: "Москва. 25 августа. INTERFAX.RU - Text")
# "Madrid.- Text": a place closed by a full stop and a dash (Spanish agency copy).
_DOT_DASH_RE = re.compile(r"(?P<place>[^\W\d_][\w'’\-]*(?:[ \-][^\W\d_][\w'’\-]*){0,2})\.[-–—][ \t]*(?=\w)")
# The Arabic agencies' form: a place, a dash, the agency's short name ("بغداد - واع"), alone or before the text.
_ARABIC_RE = re.compile(
    r"(?P<place>[\u0621-\u064a]+(?:(?:[ \t]|[ \t]?/[ \t]?)[\u0621-\u064a]+){0,2})[ \t]*"
    r"(?:\((?P<agency>[^()\n]{2,40})\)[ \t]*)?"
    r"[-–—/][ \t]*(?:(?P<code>[\u0621-\u064a]{2,5})[ \t]*(?:$|[-–—:/][ \t]*)|(?=[\u0621-\u064a]))",
    re.M,
)
# The South Asian agencies' form: a place in capitals, then the outlet (or outlets) and the date in one bracket,
# and the text with no dash ("ISLAMABAD (Orlin Post / Coast Wire - 17th July, 2023) The minister said ...").
_PAREN_DATE_RE = re.compile(
    r"(?P<place>[^\W\d_][\w'’.\-]*(?:[ \-][^\W\d_][\w'’.\-]*){0,3}?)[ \t]*"
    r"\((?P<agency>[^()\n]{2,60}?)[ \t]+[-–—][ \t]+(?P<date>[^()\n]{4,30}?)\)[ \t]*[-–—]?[ \t]*(?=[\w\"“«'‘„])"
)
# A date and time alone on a line ("21-01-2023 17:10", "21.01.2023, 17:10"): a site's stamp, the place may follow.
_STAMP_LINE_RE = re.compile(r"[ \t]*\d{1,4}[-./]\d{1,2}[-./]\d{1,4}[ \t,]*(?:\d{1,2}:\d{2})?[ \t]*")
RELATED_HEADS = words_of("marker_related_heads")
# A place alone on its line, in capitals, before the story's first paragraph: this many words at most.
LONE_PLACE_MAX_WORDS = 2


# A page's ISO date stamp, labelled or not, that an extraction leaves before the first paragraph's words ("date
# 2024-09-05 MOSCOW, September 6. /TASS/. …"): the dateline follows it.
_PAGE_STAMP = re.compile(
    r"[ \t]*(?:(?:date|published|updated):?[ \t]+)?\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?Z?)?[ \t]+", re.I
)


def datelines(text: str, spans: Sequence[tuple[int, int]], s: Settings) -> list[Marker]:
    out: list[Marker] = []
    prose = 0  # paragraphs of prose before this one (a headline, a subhead, a photo's caption are none)
    for n, (a0, b) in enumerate(spans):
        stamp = _PAGE_STAMP.match(text, a0, b)
        a = stamp.end() if stamp else a0  # the wire's dateline after the page's own date stamp
        found = _wire(text, a, b, s.dateline_bare_max_words) or _dotted(text, a, b) or _arabic(text, a, b)
        found = found or _paren_date(text, a, b) or _place_date_agency(text, a, b, first=prose == 0)
        a = a0
        found = found or (_arabic_credit_line(text, a, b) if n < CREDIT_LINE_WITHIN else [])
        found = found or _lone_place(text, spans, n) or _place_under_stamp(text, spans, n)
        found = found or (_colon_place(text, spans, n) if prose < COLON_PLACE_WITHIN else [])
        found = found or (_titled_place(text, a, b) if prose == 0 else [])
        prose += b - a >= DOT_PLACE_MIN_PARAGRAPH
        out.extend(found or _place_date_line(text, a, b) or _place_outlet_line(text, a, b))
    return out


def _agency_markers(text: str, start: int, agency: str) -> list[Marker]:
    end = start + len(agency)
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        start, end = start - 1, end + 1  # the credit as printed: "(Reuters)"
    return [mk(text, "outlet", start, end, outlet_value(agency))]


# An aggregator's tag in brackets before the wire's own dateline ("(MENAFN- Orlin News Agency (ONA)) ORLIN, …").
_SYNDICATION_TAG = re.compile(r"\((?:[^()\n]|\([^()\n]*\)){2,80}\)[ \t]+")


def _wire(text: str, a: int, b: int, bare_max_words: int) -> list[Marker]:
    tag = _SYNDICATION_TAG.match(text, a, b)
    a = tag.end() if tag and _DATELINE_RE.match(text, tag.end(), b) else a
    m = _DATELINE_RE.match(text, a, b)
    if not m or not _dateline_ok(m, bare_max_words):
        return _dot_place(text, a, b)
    value: dict[str, Any] = {"place": m.group("place").rstrip(".")}
    group = "agency" if m.group("agency") else "slash"
    parts = [p.strip() for p in m.group("parts").split(",") if p.strip()]
    dates = [p for p in parts if is_datey(p)]
    if dates:
        value["date"] = dates[0]
    if parts and not is_datey(parts[0]):
        value["region"] = parts[0]
    end = m.end("dash") if m.group("dash") else m.end("colon") if m.group("colon") else m.end()
    out: list[Marker] = []
    agency = (m.group(group) or "").strip()
    # "(Reuters)", "June 12 (Coast Wire)", "/ТАСС/", "Qasimiya (Sorgan 24)"; not "KYIV (Ukraine)".
    if agency and (is_outlet_name(agency) or dates or group == "slash" or "region" in value
                   or is_lower_agency_code(agency)):  # fmt: skip
        value["agency"] = agency
        out += _agency_markers(text, m.start(group) + m.group(group).index(agency), agency)
    elif agency:
        value.setdefault("region", agency)
    elif m.group("dash") and dates and m.group("place").isupper():
        after = _AFTER_DASH_AGENCY.match(text, m.end("dash"), b)
        name = after.group("agency").strip() if after else ""
        if after and name and len(name.split()) <= 3 and all(is_cap(w) for w in name.split()):
            value["agency"] = name
            out += _agency_markers(text, after.start("agency"), name)
            end = after.end("agency") + 1
    out.append(mk(text, "dateline", a, end, value))
    return out


def _dot_place(text: str, a: int, b: int) -> list[Marker]:
    m = _DOT_PLACE_RE.match(text, a, b)
    if not m or b - a < DOT_PLACE_MIN_PARAGRAPH:
        return []
    place = m.group("place")
    words = re.split(r"[ /]", place)
    if not _place_words(words):
        return []
    if not re.search(rf"(?<![\w]){re.escape(words[0])}", text[m.end() :]):
        return []  # a place the story names again ("… in Kellbrück"); not a word that opens a sentence
    return [mk(text, "dateline", a, m.start() + len(place) + 1, {"place": place})]


def _place_words(words: Sequence[str]) -> bool:
    """The words of a capitalised run that may be a place: no label ("BREAKING") or sentence opener among them, the
    first of three letters or more."""
    return not any(w.upper() in NOT_PLACES or w.casefold() in OPENERS for w in words) and len(words[0]) >= 3


def _dateline_ok(m: re.Match[str], bare_max_words: int) -> bool:
    place = m.group("place")
    if (not m.group("gap") or m.group("colon")) and not m.group("agency"):
        return False
    if m.group("bare") is not None and not (is_outlet_name(m.group("agency").strip()) and is_datey(m.group("parts"))):
        return False  # "New Orlin, Apr 21 (AP) Text": no dash only after a date and a known agency
    letters = [c for c in place if c.isalpha()]
    if len(letters) < 3 or place.upper() in NOT_PLACES or not all(is_cap(w) for w in re.split(r"[ \-]", place)):
        return False
    agency = m.group("agency") or m.group("slash")
    if agency is not None and not (
        is_cap(agency.strip()) or is_lower_agency_code(agency.strip()) or is_outlet_name(agency.strip())
    ):  # "(dpa-AFX)": a known outlet in lower case
        return False
    parts = [p.strip() for p in m.group("parts").split(",") if p.strip()]
    for p in parts:
        if not is_datey(p) and not all(is_cap(w) or w in ("of", "de", "la") for w in p.split()):
            return False
    if place.isupper():  # "KYIV -"; a longer caps run with nothing else is a kicker ("UKRAINE WAR LATEST -"); a
        # place's particle is no word of it there ("CITTÀ DEL PORTO -", "RIO DE JANEIRO -")
        named = [w for w in place.split() if w.lower() not in NAME_PARTICLES]
        return agency is not None or bool(parts) or len(named) <= bare_max_words
    if text_dot_dash(m):
        return True
    if m.group("dash") and len(parts) == 1 and parts[0] in COUNTRIES and place not in COUNTRIES:
        return True  # "Budapest, Hungary - Text": a place and its country
    return agency is not None or any(is_datey(p) for p in parts)


def text_dot_dash(m: re.Match[str]) -> bool:
    """ "Madrid.- Text": the agency copy's full stop before the dash marks a dateline."""
    return m.string[m.start("dash") - 1 : m.start("dash")] == "." if m.group("dash") else False


def _dotted(text: str, a: int, b: int) -> list[Marker]:
    m = _DOTTED_RE.match(text, a, b)
    if not m or not is_datey(m.group("date")):
        return []
    agency = m.group("agency").strip()
    if not is_cap(agency) or len(agency.split()) > 3:
        return []
    if not (m.group("place").isupper() or (agency.isupper() and is_outlet_name(agency.split(".")[0]))):
        return []  # a place in title case only before a known agency in capitals ("Москва. … INTERFAX.RU -")
    value = {"place": m.group("place"), "date": m.group("date"), "agency": agency}
    end = len(text[: m.end()].rstrip())
    return [*_agency_markers(text, m.start("agency"), agency), mk(text, "dateline", a, end, value)]


def _arabic(text: str, a: int, b: int) -> list[Marker]:
    """``بغداد - واع`` or ``قلعة سهم (وكالة الأفق للأنباء) -``: Arabic has no capitals, so an agency is required."""
    if not ARABIC.match(text, a):
        return []
    m = _ARABIC_RE.match(text, a, b)
    if not m or not (m.group("agency") or m.group("code")):
        return []
    agency = (m.group("agency") or m.group("code")).strip()
    if m.group("code") and not m.group("agency") and m.group("code") not in OUTLETS and m.end("code") != b:
        return []  # a short word after a dash in running text is no agency unless listed or alone on its line
    start = m.start("agency") if m.group("agency") else m.start("code")
    value = {"place": m.group("place"), "agency": agency}
    end = m.end("code") if m.group("code") else m.end()
    return [*_agency_markers(text, start, agency), mk(text, "dateline", a, end, value)]


# An Arabic site's credit line is among the first lines (headline, credit line, text).
CREDIT_LINE_WITHIN = 4
# Words that close such a line: "خاص" (exclusive), "متابعات" (follow-ups), "وكالات" (agencies).
_CREDIT_TAILS = frozenset(["خاص", "متابعات", "متابعة", "وكالات"])


def _arabic_credit_line(text: str, a: int, b: int) -> list[Marker]:
    """``PLACE - OUTLET - خاص``, ``PLACE/ OUTLET``, ``OUTLET - متابعات``: a short line of its own."""
    line = text[a:b]
    if not ARABIC.match(line) or len(line.split()) > 6 or line.rstrip()[-1:] in ".:؟!":
        return []
    parts = [p for p in re.finditer(r"[^-–—/]+", line) if p.group().strip()]
    tail = bool(parts) and parts[-1].group().strip() in _CREDIT_TAILS
    if tail:
        parts = parts[:-1]
    if not parts or len(parts) > 2 or (len(parts) == 1 and not tail) or not re.search(r"[-–—/]", line):
        return []
    if any(len(p.group().split()) > 3 for p in parts):
        return []
    name = parts[-1]
    n0 = a + name.start() + len(name.group()) - len(name.group().lstrip())
    outlet = name.group().strip()
    out = [mk(text, "outlet", n0, n0 + len(outlet), outlet_value(outlet))]
    if len(parts) == 2:
        place = parts[0].group().strip()
        p0 = a + parts[0].start() + len(parts[0].group()) - len(parts[0].group().lstrip())
        out.append(mk(text, "dateline", p0, p0 + len(place), {"place": place, "agency": outlet}))
    return out


# The Indian agencies' form: a place (its country in square brackets), a date, the agency in brackets, a colon
# ("Sarnholm [Borea], August 15 (ANI): The agency …", "Kessel, Aug 14 (PTI): …").
_PLACE_DATE_AGENCY_RE = re.compile(
    r"(?P<place>[^\W\d_][\w'’.\-]*(?:[ \-][^\W\d_][\w'’.\-]*){0,3}?)(?P<country>[ \t]*\[[^\[\]\n]{2,40}\])?,[ \t]*"
    r"(?P<date>[^()\n,:]{3,20}?)[ \t]*(?:\((?P<agency>[^()\n]{2,20})\)[ \t]*)?:[ \t]*(?=[\w\"“«'‘„])"
)  # (the agency may be left out where the country in brackets marks the form: "Sarnholm [Borea], August 15:")


def _place_date_agency(text: str, a: int, b: int, first: bool = False) -> list[Marker]:
    """``first``: the story's first paragraph of prose, where a place and a date before a colon are its dateline
    without an agency or a country ("New Orlin, April 21: The text …")."""
    m = _PLACE_DATE_AGENCY_RE.match(text, a, b)
    agency = m.group("agency") if m else None
    if not m or not is_cap(m.group("place")) or not is_datey(m.group("date")):
        return []
    if not (agency or m.group("country") or (first and re.search(r"\d", m.group("date")) and b - a >= 80)):
        return []
    if agency is None:
        return [mk(text, "dateline", a, m.end(), {"place": m.group("place"), "date": m.group("date").strip()})]
    if not is_cap(agency):
        return []
    value = {"place": m.group("place"), "agency": agency, "date": m.group("date").strip()}
    return [*_agency_markers(text, m.start("agency"), agency), mk(text, "dateline", a, m.end(), value)]


def _paren_date(text: str, a: int, b: int) -> list[Marker]:
    """``PLACE (Outlet / Agency - date) Text``: each outlet in the bracket is an outlet marker."""
    m = _PAREN_DATE_RE.match(text, a, b)
    if not m or not m.group("place").isupper() or not is_datey(m.group("date")):
        return []
    names = []
    for k in re.finditer(r"[^/]+", m.group("agency")):
        name = k.group().strip()
        if name:
            names.append((m.start("agency") + k.start() + k.group().index(name), name))
    if not names or not all(is_cap(n) for _, n in names):
        return []
    out = [mk(text, "outlet", i, i + len(n), outlet_value(n)) for i, n in names if n]
    value = {"place": m.group("place"), "agency": m.group("agency").strip(), "date": m.group("date").strip()}
    return [*out, mk(text, "dateline", a, m.end("date") + 1, value)]


def _place_under_stamp(text: str, spans: Sequence[tuple[int, int]], n: int) -> list[Marker]:
    """A capitalised place alone on its line right under the date-and-time line ("21-01-2023 17:10" / "Ankara"),
    prose after it: the dateline of sites that print the place under the stamp."""
    a, b = spans[n]
    words = text[a:b].split()
    if n == 0 or n + 1 >= len(spans) or not 1 <= len(words) <= LONE_PLACE_MAX_WORDS:
        return []
    if not _STAMP_LINE_RE.fullmatch(text, *spans[n - 1]):
        return []
    if not all(re.fullmatch(r"[^\W\d_][\w'’\-]*", w) and is_cap(w) for w in words):
        return []
    if text[a:b] in OUTLETS or words[0].upper() in NOT_PLACES:
        return []
    na, nb = spans[n + 1]
    if nb - na < 80 and text[nb - 1 : nb] not in ".!?":  # prose: a long line, or a sentence
        return []
    return [mk(text, "dateline", a, b, {"place": text[a:b]})]


# A line that is a place and a date and nothing else ("Védelsk, 9 de septiembre de 2027", "Kyiv, 3 March 2027").
_PLACE_DATE_LINE = re.compile(
    r"[ \t]*(?P<place>[^\W\d_a-z][\w'’\-]*(?:[ \-][^\W\d_a-z][\w'’\-]*){0,2}),[ \t]*(?P<date>[^\n]{6,40}?)[ \t.]*"
)


def _place_date_line(text: str, a: int, b: int) -> list[Marker]:
    """A dateline on its own line: a capitalised place, a comma, a date (the whole line)."""
    m = _PLACE_DATE_LINE.fullmatch(text, a, b)
    if not m or not is_datey(m.group("date")) or not re.search(r"\d", m.group("date")):
        return []
    if m.group("place") in OUTLETS or m.group("place").split()[0].upper() in NOT_PLACES:
        return []
    if m.group("place").casefold() in MONTHS:  # "Friday, 16 February 2024, 13:52": a stamp, no place
        return []
    return [mk(text, "dateline", a, b, {"place": m.group("place"), "date": m.group("date").strip()})]


# A line that is a place and the outlet, split by a bullet ("Kyiv  •  UNN"): an agency's dateline. (A bar splits
# a section from the site as often: "World | Reuters".)
_PLACE_OUTLET_LINE = re.compile(
    r"[ \t]*(?P<place>[^\W\d_a-z][\w'’\-]*(?:[ \-][^\W\d_a-z][\w'’\-]*){0,2})[ \t]*[•·][ \t]*"
    r"(?P<outlet>[^\n•·|]{2,40}?)[ \t]*"
)


def _place_outlet_line(text: str, a: int, b: int) -> list[Marker]:
    m = _PLACE_OUTLET_LINE.fullmatch(text, a, b)
    if not m or m.group("outlet") not in OUTLETS or m.group("place") in OUTLETS:
        return []
    if m.group("place").split()[0].upper() in NOT_PLACES:
        return []
    return [mk(text, "dateline", m.start("place"), m.end("place"), {"place": m.group("place")})]


# "MOSCOW: Russian President …", the form of Singaporean, Gulf and Indian English papers: a place in capitals and
# a colon open one of the story's first paragraphs of prose. A transcript's speaker labels take the same form, so only a
# text where no other paragraph opens so has one.
_COLON_PLACE_RE = re.compile(r"(?P<place>[^\W\d_]{3,}(?:[ \-][^\W\d_]{2,}){0,2}):[ \t]+(?=[^\W\d_]|[\"“«‘'])")
COLON_PLACE_WITHIN = 4


def _colon_place(text: str, spans: Sequence[tuple[int, int]], n: int) -> list[Marker]:
    a, b = spans[n]
    m = _COLON_PLACE_RE.match(text, a, b)
    if m is None or b - a < DOT_PLACE_MIN_PARAGRAPH or not m.group("place").isupper():
        return []
    place = m.group("place")
    if NOT_PLACES & set(re.split(r"[ \-]", place)) or place in OUTLETS:
        return []
    labels = [
        k for k, (x, y) in enumerate(spans) if (o := _COLON_PLACE_RE.match(text, x, y)) and o.group("place").isupper()
    ]
    if labels != [n]:
        return []  # a transcript's labels ("KIRBY: …", "QUESTION: …"), not a dateline
    return [mk(text, "dateline", a, m.start() + len(place), {"place": place})]


def _lone_place(text: str, spans: Sequence[tuple[int, int]], n: int) -> list[Marker]:
    """A place alone on its line in capitals ("SARNHOLM"), the next line a paragraph of prose."""
    a, b = spans[n]
    line = text[a:b]
    words = line.split()
    if not (1 <= len(words) <= LONE_PLACE_MAX_WORDS) or not line.isupper() or NOT_PLACES & set(words):
        return []
    if line.casefold() in RELATED_HEADS:
        return []
    if not all(re.fullmatch(r"[^\W\d_][\w'’.\-]*", w) for w in words) or n + 1 >= len(spans):  # "D.C."
        return []
    if line in OUTLETS or (is_agency_code(line) and len(line) <= 3):
        return []
    na, nb = spans[n + 1]
    if nb - na < 80 or not text[na].isupper():
        return []
    return [mk(text, "dateline", a, b, {"place": line})]


# "Washington - US-Präsident …": a place in title case and a spaced dash, no agency, opening the story's first
# paragraph of prose. A name or a kicker before a dash opens a headline or a caption, not a long paragraph.
_TITLED_PLACE_RE = re.compile(
    r"(?P<place>[^\W\d_a-z][\w'’.]+(?:[ \-][^\W\d_a-z][\w'’.]+){0,2})[ \t]+(?P<dash>[-–—])[ \t]+(?=[^\W\d_a-z]|[\"“«„])"
)


def _titled_place(text: str, a: int, b: int) -> list[Marker]:
    m = _TITLED_PLACE_RE.match(text, a, b)
    if not m or b - a < DOT_PLACE_MIN_PARAGRAPH:
        return []
    place = m.group("place")
    if place in OUTLETS or not _place_words(re.split(r"[ \-]", place)):
        return []
    return [mk(text, "dateline", a, m.end("dash"), {"place": place})]
