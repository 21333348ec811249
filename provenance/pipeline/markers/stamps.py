""" "Updated" time stamps ("Updated at 6:05 pm", "Оновлено: 17.04.2027, 14:20", "mis à jour le 19/05/2027 à
08h15", "Güncelleme: 12.04.2027 11:47", "آخر تحديث: 14/02/2027 - 16:35"): ``value.time`` is the time as written."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from provenance.pipeline import variants
from provenance.pipeline.markers._base import MONTHS, both_cases, mk, phrase_regex, rows_of, trim_phrase
from provenance.report import Marker


def _keys(concept: str) -> str:
    rows = rows_of(concept)
    return phrase_regex([*both_cases(rows), *(r.upper() for r in rows), *(r.title() for r in rows)])  # "Last Updated"


_UPDATED_RE = re.compile(
    rf"(?<![\w])(?P<key>{_keys('marker_updated')})"
    r"(?:[ \t]*(?::|at|on|le|am|el|о|в|في)(?![\w]))?[ \t]*:?[ \t]*(?P<time>[^\n|•·]*?\d[^\n|•·]*)"
)
# The key, a colon and a date in digits: a stamp wherever the line holds it (an extractor joins it to the headline).
_KEYED_DATE = re.compile(r"[ \t]*:[ \t]*\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d(?!\d)")
_PUBLISHED_BEFORE = re.compile(rf"(?:{_keys('marker_published')})(?![\w])[^\n]*$")
# The outlet's name before a separator on a stamp's line ("مدار الساعة ـ نشر في 2023/03/10 الساعة 19:47"): a few
# words, no digit.
_LEAD = r"[^\W\d_][^\d\n|•·–—ـ-]{0,40}?"
# A "Published" stamp alone on its line, or after the outlet's name and a separator ("Published : Friday, 25
# February, 2027 at 12:00 AM"): the page's time too, reported as an ``updated`` marker, ``value.stamp`` "published".
_PUBLISHED_RE = re.compile(
    rf"(?m)^[ \t]*(?:{_LEAD}[ \t]+[|•·–—ـ-][ \t]+)?(?P<key>{_keys('marker_published')})(?![\w])"
    r"(?:[ \t]*(?:on|at|le|am|el|في))?[ \t]*:?[ \t]*"
    r"(?P<time>[^\n|•·]*?\d[^\n|•·]*)"
)


# A page's date stamp without a key: a line near the top that ends with a date (and a time), alone or after a
# separator or a byline's name ("Feb 03, 2024", "3 February 2024   09:55", "Jane Roe 03 Лютого 2024 11:02").
STAMP_TOP_LINES = 8
_TIME = r"(?:[ \t,]+(?:[-–—|][ \t]+)?(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?)?"
# A date with a month's name and the year, either order ("Feb 03, 2024", "3 February 2024"): the month in m1 or m2;
# Spanish and Portuguese join the parts with "de" ("3 de mayo de 2020", "3 de maio de 2020").
_OF = r"(?:de[ \t]+)?"
_NAMED_DATE = (
    rf"(?:\d{{1,2}}[ \t.]+{_OF}(?P<m1>[^\W\d_]{{3,12}})\.?|(?P<m2>[^\W\d_]{{3,12}})\.?[ \t]+\d{{1,2}},?)"
    rf"[ \t,]+{_OF}(?:19|20)\d\d"
)
_DATE_TAIL = re.compile(rf"(?P<time>{_NAMED_DATE}{_TIME})[ \t]*$")
_BYLINE_NAME = re.compile(r"^(?:[Bb]y[ \t]+)?(?:[A-ZА-ЯІЇЄҐ][\w'’-]+[ \t]+){1,2}[A-ZА-ЯІЇЄҐ][\w'’-]+$")
# A reading time closing the stamp's line ("June 6, 2023 8:34 PM 1 min read"): no part of the stamp; looked for in
# the line's last characters only.
READ_TIME_CHARS = 40
_READ_TIME = re.compile(r"[ \t]+\d{1,3}[ \t]+min(?:ute)?s?[ \t]+read[ \t]*$", re.I)
# The page's section after a separator ("18 марта 2027, 09:15 | Раздел: В мире", "3 June 2023 • World"): a
# label of a few words without digits, no part of the stamp either; looked for in the line's last characters.
SECTION_TAIL_WORDS = 4
SECTION_TAIL_CHARS = 70
_SECTION_TAIL = re.compile(r"[ \t]+[|•·][ \t]*(?P<label>[^\W\d_][^\d|•·\n]{0,60})$")
# A live page's time before the date ("10:36 a.m. ET, June 6, 2023", "13:13 Июнь 6, 2023"), alone on its line.
_TIME_FIRST = re.compile(
    r"[ \t]*(?P<time>\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,4})?,?[ \t]+"
    r"(?:(?P<m1>[^\W\d_]{3,12})\.?[ \t]+\d{1,2},?|\d{1,2}[ \t.]+(?P<m2>[^\W\d_]{3,12})\.?)[ \t]+(?:19|20)\d\d)[ \t]*$"
)


# A date in digits alone on its line near the top, a clock time before or after it, a weekday before it, a second
# stamp after a dash ("06/06/2023", "02:55 12.01.2024", "2024-01-12 00:57:26", "الأحد 25-06-2023 04:06",
# "2023-06-06 20:51:00 - 2023-06-06 20:55:17").
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
_NUM_DATE = r"(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d-\d{2}-\d{2})"
_NUM_STAMP = rf"(?:{_CLOCK}[ \t,]+)?{_NUM_DATE}(?:[ \t,]+(?:at[ \t]+)?{_CLOCK})?"
_NUMERIC_LINE = re.compile(
    rf"[ \t]*(?:(?P<weekday>[^\W\d_]{{2,12}}),?[ \t]+)?(?P<time>{_NUM_STAMP}(?:[ \t]+[-–—|][ \t]+{_NUM_STAMP})?)[ \t]*"
)
# The day and month of a stamp's first date, either order ("06/12/2023", "2023-12-06").
_DAY_MONTH = re.compile(r"(?<!\d)(?:(\d{1,2})[./-](\d{1,2})[./-](?:19|20)\d\d|(?:19|20)\d\d-(\d{2})-(\d{2}))")


# The same stamp closing a line after a byline ("Author – Jane Roe, 06/06/2023", "كتب: … الأحد 25-06-2023 04:06").
_NUMERIC_TAIL = re.compile(rf"(?:(?P<weekday>[^\W\d_]{{2,12}}),?[ \t]+)?(?P<time>{_NUM_STAMP})[ \t]*$")
_BYLINE_KEYED = re.compile(rf"(?:{phrase_regex(rows_of('marker_byline_keys'))})[ \t]*[:\-–—]?[ \t]*\S")
# Words of a byline before a stamp on its line: the key's and the names'.
STAMP_BYLINE_WORDS = 10


# A date with its year opening the first paragraph, a dash after it and the story's words ("July 17, 2023 - Borea
# halted …", "17 July 2023 — …", "17.07.2023 - …", the agency style's "17 de julio de 2023.- …"): the page's date,
# as a wire's dateline gives it without a place.
_DATE_DASH = re.compile(rf"[ \t]*(?P<time>{_NAMED_DATE}|{_NUM_DATE})(?:[ \t]+|\.)[-–—][ \t]+(?=[^\W\d_])")


def _month(m: re.Match[str]) -> str | None:
    """The month's name a date pattern caught (group m1 or m2), or None."""
    return m.group("m1") or m.group("m2")


def _known_month(m: re.Match[str]) -> bool:
    """The month's name a date pattern caught is a month in some calendar CLDR knows."""
    name = _month(m)
    return name is not None and variants.month_number(name.casefold()) is not None


def _date_dash(text: str, a: int, b: int) -> Marker | None:
    m = _DATE_DASH.match(text, a, b)
    if m is None or (_month(m) is not None and not _known_month(m)):
        return None
    return mk(text, "updated", m.start("time"), m.end(), {"time": m.group("time"), "stamp": "published"})


def _numeric_stamp(text: str, a: int, b: int) -> Marker | None:
    m = _NUMERIC_LINE.fullmatch(text, a, b)
    weekday = m is not None and m.group("weekday") and m.group("weekday").casefold() in MONTHS
    if m is None or (m.group("weekday") and not weekday):
        m = _NUMERIC_TAIL.search(text, a, b)
        weekday = m is not None and m.group("weekday") and m.group("weekday").casefold() in MONTHS
        if m is None or not _stamp_lead(text[a : m.start() if weekday else m.start("time")]):
            return None
    dm = _DAY_MONTH.search(m.group("time"))
    if dm is None:
        return None
    one, two = (int(dm.group(1)), int(dm.group(2))) if dm.group(1) else (int(dm.group(4)), int(dm.group(3)))
    if not (1 <= min(one, two) <= 12 and max(one, two) <= 31):
        return None  # "45/67/2023" is no date
    start = m.start("weekday") if weekday else m.start("time")
    return mk(text, "updated", start, m.end("time"), {"time": text[start : m.end("time")], "stamp": "published"})


def _stamp_lead(lead: str) -> bool:
    """What may stand before a stamp on its line: nothing, a separator, a byline's name or its keyed byline."""
    lead = lead.strip()
    if not lead or lead in "-–—" or lead[-1] in "|•·":
        return True
    lead = lead.rstrip(",;").strip()
    return bool(_BYLINE_NAME.match(lead)) or (
        _BYLINE_KEYED.match(lead) is not None and len(lead.split()) <= STAMP_BYLINE_WORDS
    )


def _date_stamps(text: str, spans: Sequence[tuple[int, int]]) -> list[Marker]:
    out: list[Marker] = []
    for a, b in spans[:STAMP_TOP_LINES]:
        numeric = _numeric_stamp(text, a, b) or _date_dash(text, a, b)
        if numeric is not None:
            out.append(numeric)
            continue
        first = _TIME_FIRST.fullmatch(text, a, b)
        if first and _known_month(first):
            out.append(mk(text, "updated", first.start("time"), first.end("time"),
                          {"time": first.group("time"), "stamp": "published"}))  # fmt: skip
            continue
        read = _READ_TIME.search(text, max(a, b - READ_TIME_CHARS), b)  # the line's end only: linear on any line
        b = read.start() if read else b
        section = _SECTION_TAIL.search(text, max(a, b - SECTION_TAIL_CHARS), b)
        if section and len(section.group("label").split()) <= SECTION_TAIL_WORDS:
            b = section.start()
        m = _DATE_TAIL.search(text, a, b)
        if m is None or not _known_month(m):
            continue
        lead = text[a : m.start()].strip().rstrip(",")
        if lead.casefold() in MONTHS:  # "Friday, 16 February 2024, 13:52": the weekday is part of the stamp
            start = a + len(text[a:b]) - len(text[a:b].lstrip())
            out.append(
                mk(text, "updated", start, m.end("time"), {"time": text[start : m.end("time")], "stamp": "published"})
            )
        elif _stamp_lead(text[a : m.start()]):
            out.append(mk(text, "updated", m.start(), m.end("time"), {"time": m.group("time"), "stamp": "published"}))
    return out


def updated(text: str, spans: Sequence[tuple[int, int]], cuts: Mapping[int, int]) -> list[Marker]:
    """A stamp at a line's start, after a separator, or after a "Published ..." stamp."""
    out: list[Marker] = []
    for a, b in spans:
        end = cuts.get(a, b)
        for m in _UPDATED_RE.finditer(text, a, end):
            before = text[a : m.start()].rstrip()
            keyed = _KEYED_DATE.match(text, m.end("key"))  # "… Rücken" Stand: 24.06.2023 09:49 Uhr"
            if before and before[-1] not in "|•·/(–—-," and not _PUBLISHED_BEFORE.search(before) and not keyed:
                continue
            t_start, t_end = m.start("time"), m.end("time")
            time = trim_phrase(text[t_start:t_end])
            if time.endswith(("a.m", "p.m")) and text[t_start + len(time) : t_start + len(time) + 1] == ".":
                time += "."  # "7:48 p.m.": the abbreviation's dot, not a sentence's
            if time and any(c.isdigit() for c in time):
                out.append(mk(text, "updated", m.start(), t_start + len(time), {"time": time}))
        for m in _PUBLISHED_RE.finditer(text, a, end):
            time = trim_phrase(re.split(r"[ \t]{2,}", m.group("time"))[0])  # "… 12:00 AM  Count : 102"
            if any(x.start <= m.start() < x.end for x in out) or not any(c.isdigit() for c in time):
                continue
            if _UPDATED_RE.search(text, m.start(), m.end()) is None:
                out.append(
                    mk(text, "updated", m.start(), m.start("time") + len(time), {"time": time, "stamp": "published"})
                )
    return out + [d for d in _date_stamps(text, spans) if not any(x.start <= d.start < x.end for x in out)]
