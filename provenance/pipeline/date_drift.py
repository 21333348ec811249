"""Dates that disagree in an alignment: month names or weekdays swapped in a short replacement ("Tuesday" for
"Monday"), and a day of the same month changed, however the operations cut the words ("Nov. 8" for "15
November" in a fused lede)."""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import datetime
import functools
from collections.abc import Sequence

from provenance import lexicon
from provenance.pipeline import anchors as _anchors
from provenance.pipeline import variants
from provenance.pipeline.dating import RANGE_JOINS
from provenance.pipeline.negation_drift import sentence_breaks
from provenance.pipeline.pieces import Alignment
from provenance.report import Drift
from provenance.text import Token, sentences, tokens

# A weekday this many words from a date (either side) names that date's day: "Thursday, Oct. 21", "jeudi 28
# octobre", "21 жовтня, у четвер".
WEEKDAY_REACH_WORDS = 3


def _months(ws: Sequence[str]) -> set[int]:
    """The months the words name, in any of their systems."""
    numbered = {n for w in ws if (n := variants.month_number(w)) is not None}
    return {_anchors.MONTHS[w] for w in ws if w in _anchors.MONTHS} | numbered


def _weekdays(ws: Sequence[str]) -> set[int]:
    return {_anchors.WEEKDAYS[w] for w in ws if w in _anchors.WEEKDAYS}


def dates_differ(qw: Sequence[str], sw: Sequence[str]) -> bool:
    """Month names (in any of their systems) or weekdays that disagree; a weekday beside a date is no change."""
    qm, sm = _months(qw), _months(sw)
    if qm and sm:
        return qm != sm
    qd, sd = _weekdays(qw), _weekdays(sw)
    return bool(qd and sd and qd != sd)


def date_kept(qw: Sequence[str], whole: Sequence[str]) -> bool:
    """The months (else the weekdays) of ``qw`` all stand in ``whole``, the source words the piece aligns to: an
    alignment run across two source sentences paired the passage's "May" with the next one's "June", while the
    source's own "May" is a few words back ("… dredged last May. In June, …")."""
    qm = _months(qw)
    if qm:
        return qm <= _months(whole)
    qd = _weekdays(qw)
    return bool(qd) and qd <= _weekdays(whole)


def day_changed(
    qt: Sequence[Token], st: Sequence[Token], whole: Sequence[Token] = ()
) -> tuple[tuple[int, int], tuple[int, int]] | None:  # fmt: skip
    """The spans of a day of the month on each side, the same month and another day ("Nov. 8" / "15
    November"), where each side names that month once with a day number beside it. A date the source states
    anywhere in ``whole`` is the source's, set beside another of its dates by the alignment ("May 24" against a
    header's "Issued: 18 May", the source's "on 24 May" a paragraph on)."""
    q = _month_days(qt)
    s = _month_days(st) if q else []
    if not s:
        return None  # (the source's dates are read only where both sides give a day of a month)
    stated = {(month, day) for month, day, _ in _month_days(whole)}
    for month, day, span in q:
        mine = [x for x in q if x[0] == month]
        theirs = [x for x in s if x[0] == month]
        if len(mine) == 1 and len(theirs) == 1 and theirs[0][1] != day and (month, day) not in stated:
            return span, theirs[0][2]
    return None


def weekday_day_changed(doc: str, a: int, b: int, stext: str, s0: int, s1: int) -> tuple[str, str] | None:
    """A date the article (``doc[a:b]``) gives with the weekday and month of a date in one sentence of the source
    span (``stext[s0:s1]``) and another day of the month ("Thursday, Oct. 21" for "Thursday, 28 October"): the
    same day named twice, its number changed. For a pair too loose to read word by word, where the weekday and the
    month say the two dates are one. The article's date stated anywhere in the source span is no change."""
    mine = _weekday_dates(tokens(doc, a, b))
    if not mine:
        return None
    words = tokens(stext, s0, s1)  # (read once: each sentence's words are a run of them)
    stated = {(month, day) for month, day, _ in _month_days(words)}
    for x0, x1 in sentences(stext, s0, s1):
        theirs = _weekday_dates([t for t in words if x0 <= t.start < x1])
        for wd, month, day, span in mine:
            other = [t for t in theirs if t[0] == wd and t[1] == month and t[2] != day]
            if len(other) == 1 and (month, day) not in stated:
                return doc[span[0] : span[1]], stext[other[0][3][0] : other[0][3][1]]
    return None


def _weekday_dates(toks: Sequence[Token]) -> list[tuple[int, int, int, tuple[int, int]]]:
    """(weekday, month, day, span) for each day of a month with a weekday beside it (WEEKDAY_REACH_WORDS)."""
    out = []
    for month, day, (a, b) in _month_days(toks):
        at = [k for k, t in enumerate(toks) if a <= t.start < b]
        near = toks[max(0, at[0] - WEEKDAY_REACH_WORDS) : at[-1] + 1 + WEEKDAY_REACH_WORDS]
        days = {_anchors.WEEKDAYS[t.norm] for t in near if t.norm in _anchors.WEEKDAYS}
        if len(days) == 1:
            out.append((days.pop(), month, day, (a, b)))
    return out


def _month_days(toks: Sequence[Token]) -> list[tuple[int, int, tuple[int, int]]]:
    """(month, day, span) for each month word with a day number (1-31) right before or after it, and the day at
    the range's other end where the day opens or closes one ("March 6 to 10", "6-10 March": 6 and 10)."""
    out = []
    for k, t in enumerate(toks):
        month = _anchors.MONTHS.get(t.norm) or variants.month_number(t.norm)
        if month is None:
            continue
        for j in (k - 1, k + 1):
            if 0 <= j < len(toks) and _day(toks[j]):
                a, b = sorted((k, j))
                out.append((month, int(toks[j].norm), (toks[a].start, toks[b].end)))
                step = j - k  # away from the month: the range's other day
                joined = 0 <= j + step < len(toks) and toks[j + step].norm in RANGE_JOINS
                other = j + 2 * step if joined else j + step
                if not (0 <= other < len(toks) and _day(toks[other])):
                    break
                gap = (toks[j].start - toks[other].end) if step < 0 else (toks[other].start - toks[j].end)
                if joined or gap <= RANGE_DASH_CHARS:
                    out.append((month, int(toks[other].norm), (toks[min(other, a)].start, toks[max(other, b)].end)))
                break
    return out


# How far apart two day numbers stand to be a range's ends with a dash between them: one character ("6-10",
# "6–10"); the tokens hold no text, and "6, 10" (a date, then a count) is two apart.
RANGE_DASH_CHARS = 1


def _day(t: Token) -> bool:
    return t.norm.isdigit() and 1 <= int(t.norm) <= 31


@functools.lru_cache(maxsize=64)
def stated_weekdays(text: str) -> frozenset[int]:
    """The weekdays (Monday = 1) of the full dates ``text`` states, day, month and year ("4 березня 2027", "March
    4, 2027"): a source's stamp dates its "today" ("від сьогоднішнього ранку"), which an article renders by its
    weekday ("on Thursday morning")."""
    toks = [t.norm for t in tokens(text)]
    out = set()
    for k, w in enumerate(toks):
        month = _anchors.MONTHS.get(w)
        if month is None:
            continue
        for day_at, year_at in ((k - 1, k + 1), (k + 1, k + 2)):
            if 0 <= day_at < len(toks) and 0 <= year_at < len(toks) and toks[day_at].isdigit():
                day, year = toks[day_at], toks[year_at]
                if year.isdigit() and len(year) == 4:
                    with contextlib.suppress(ValueError):  # "31 February": no date
                        out.add(datetime.date(int(year), month, int(day)).isoweekday())
    return frozenset(out)


def weekday_stated(side: str | None, source: str) -> bool:
    """``side`` (a drift's article side) is a weekday of a date ``source`` states."""
    days = {_anchors.WEEKDAYS[t.norm] for t in tokens(side or "") if t.norm in _anchors.WEEKDAYS}
    return bool(days) and days <= stated_weekdays(source)


def weekday_dates(al: Alignment, doc: str) -> list[Drift]:
    """A date whose weekday and month agree with the source's and whose day does not, in a looser pair."""
    toks = [t for p in al.pieces for t in p.piece.toks]
    if not toks:
        return []
    # the article's sentence whole: a clause-by-clause pair may leave the date's clause out
    para = doc.rfind("\n", 0, toks[0].start) + 1, (doc.find("\n", toks[-1].end) + 1 or len(doc) + 1) - 1
    a, b = next(((x, y) for x, y in sentences(doc, *para) if x <= toks[0].start < y), (toks[0].start, toks[-1].end))
    s0, s1 = al.source_span()
    starts, ends = sentence_breaks(al.source.text)  # the window may stop inside a date: its sentences whole
    s0 = ends[k - 1] if (k := bisect.bisect_right(ends, s0)) else 0
    s1 = starts[k] if (k := bisect.bisect_left(starts, s1)) < len(starts) else len(al.source.text)
    found = weekday_day_changed(doc, a, max(b, toks[-1].end), al.source.text, s0, s1)
    return [Drift("date", *found)] if found else []


# A date that heads a report of speech dates the saying ("On 28 May, the ministry said the strike …"; "the ministry
# said on 28 May that …"): against the source's date of what was reported (the strike, a day before), it is another
# day, not that day moved. The verb of saying stands within this many words after the date's day (the subject
# between them), or just before it; one-word verbs of every language (lexicon speech_verbs).
REPORT_AFTER_WORDS = 7
REPORT_BEFORE_WORDS = 2
REPORT_OPENING_WORDS = 3  # the day's place in its sentence at most, for the verb after it ("On 28 September, …")
_SAYING = frozenset(w.casefold() for w in lexicon.words_all("speech_verbs") if " " not in w)
# A word by which the text dates itself (lexicon today_words) this many words before a day makes it the writer's
# day ("condemned today, Monday (3 May)"): the day of the report, whatever the source dates.
TODAY_BEFORE_WORDS = 3
_TODAY = frozenset(w.casefold() for w in lexicon.words_all("today_words") if " " not in w)


def dates_report(side: str | None, text: str) -> bool:
    """The day of ``side`` (a date drift's side, "28 September") dates a verb of saying in ``text``: the date opens
    its sentence and the verb follows within REPORT_AFTER_WORDS words, or the verb stands just before it; or the
    text gives it as its own day, a word of today before it (TODAY_BEFORE_WORDS)."""
    day = next((t.norm for t in tokens(side or "") if _day(t)), None)
    if day is None:
        return False
    for a, b in sentences(text, 0, len(text)):
        toks = tokens(text[a:b])
        ws, raw = [t.norm for t in toks], [text[a + t.start : a + t.end].casefold() for t in toks]
        for k, w in enumerate(ws):
            # (after the day only where the date opens the sentence: "…, arrive on Monday, Nov. 8, the ministry said
            # on Tuesday" dates the arrival the ministry reported)
            after = ws[k + 1 : k + 1 + REPORT_AFTER_WORDS] if k <= REPORT_OPENING_WORDS else []
            if w == day and any(x in _SAYING for x in after + ws[max(0, k - REPORT_BEFORE_WORDS) : k]):
                return True
            if w == day and any(x in _TODAY for x in raw[max(0, k - TODAY_BEFORE_WORDS) : k]):
                return True
    return False


def saying_days(found: Sequence[Drift], article: str, source: str) -> list[Drift]:
    """``found`` without the date drift (and a day read as a changed number) whose article side dates a report of
    speech that the source's side does not (:func:`dates_report`); a date drift between two sentences that both
    tell of someone giving an address ("X addressed the nation on Saturday, 24 June" against "X addressed the
    citizens on the evening of 26 June") is a look, not an alarm: two addresses on two days as often as one
    misdated (``confidence="low"``)."""
    if not any(d.type in ("date", "number") for d in found):
        return list(found)
    kept = [
        d for d in found
        if not (d.type in ("date", "number") and _months([t.norm for t in tokens(d.quote_side or "")])
                and dates_report(d.quote_side, article) and not dates_report(d.source_side, source))
    ]  # fmt: skip
    both = any(d.type == "date" for d in kept) and _spoken(article) and _spoken(source)
    return [dataclasses.replace(d, confidence="low") if d.type == "date" and both else d for d in kept]


# Stems of words of giving an address (lexicon address_stems); one this long or longer is read inside a compound too
# ("телеобращением", "Fernsehansprache").
_ADDRESS = tuple(w.casefold() for w in lexicon.words("address_stems"))
ADDRESS_INSIDE_LETTERS = 7
_ADDRESS_INSIDE = tuple(a for a in _ADDRESS if len(a) >= ADDRESS_INSIDE_LETTERS)


def _spoken(text: str) -> bool:
    """The text tells of someone giving an address (lexicon address_stems), not of any saying ("the ministry said")."""
    return any(w.startswith(_ADDRESS) or any(a in w for a in _ADDRESS_INSIDE) for w in (t.norm for t in tokens(text)))
