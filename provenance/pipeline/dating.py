"""The words around a date: a Turkish case ending on a month's name, a weekday that dates an attribution rather
than what it reports, and the days beside a month (a range of them too). Read by
:func:`provenance.pipeline.anchors.dates`."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Protocol

from provenance import lexicon


class Word(Protocol):  # anchors.Word, without importing anchors (which imports this module)
    @property
    def low(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


__all__ = ["RANGE_JOINS", "case_stem", "day_at", "named_day", "range_end", "said_when"]

# Words that join two figures into a range ("6 to 10", "с 6 по 10", "del 6 al 10"; lexicon range_connectors).
RANGE_JOINS = frozenset(lexicon.words("range_connectors"))
_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th|\.)?")
_DASH = re.compile(r"[ \t]*[-–—][ \t]*")


def day_at(ws: Sequence[Word], j: int) -> int | None:
    """The day of a month the word at ``j`` writes ("6", "6th", "6."), or None."""
    day = _DAY.fullmatch(ws[j].low) if 0 <= j < len(ws) else None
    return int(day.group(1)) if day and 1 <= int(day.group(1)) <= 31 else None


def range_end(ws: Sequence[Word], j: int, step: int, text: str) -> int | None:
    """The day at the other end of a range from the day at ``j``, away from its month (``step``): after a dash
    in ``text`` ("6-10 March", "6 – 10 مارس") or a range connector ("March 6 to 10")."""
    k = j + step
    if not 0 <= k < len(ws):
        return None
    if ws[k].low in RANGE_JOINS:
        return day_at(ws, k + step)
    a, b = (ws[j], ws[k]) if step > 0 else (ws[k], ws[j])
    return day_at(ws, k) if _DASH.fullmatch(text, a.end, b.start) else None


def case_stem(low: str) -> list[str]:
    """A name with its case ending set off by an apostrophe, as Turkish writes it ("Ocak'tan", "Mart'ta"): the
    name alone. Only dates look it up: "can't" is no "can" to the modality rules."""
    head, sep, rest = low.partition("'")
    return [head] if sep and head and rest.isalpha() and len(rest) <= CASE_ENDING_MAX else []


# Turkish case endings after an apostrophe: "'ta", "'tan", "'ında", "'ından" at most five letters.
CASE_ENDING_MAX = 5


# Verbs of saying (every language's ``speech_verbs``: one word, or a participle after its auxiliary, "a déclaré")
# and how many words from one a weekday is the day it was said ("said on Thursday", "Про це в четвер
# повідомила"): when the article reports, not when the thing reported happens, so no date to compare.
_AUXILIARIES = frozenset({"a", "ont", "ha", "han", "hat", "haben"})
_SAID = frozenset(
    ws[-1].casefold() for row in lexicon.words_all("speech_verbs")
    if (ws := row.split()) and (len(ws) == 1 or (len(ws) == 2 and ws[0].casefold() in _AUXILIARIES))
)  # fmt: skip
_SAID_REACH = 2


def said_when(ws: Sequence[Word], k: int, months: Mapping[str, int]) -> bool:
    """The weekday at ``k`` dates an attribution: a verb of saying stands within ``_SAID_REACH`` words of it
    (and no month beside it: "said on Monday, June 14" gives a date the source may well give)."""
    near = [*ws[max(0, k - _SAID_REACH) : k], *ws[k + 1 : k + 1 + _SAID_REACH]]
    dated = any(w.low in months for w in ws[k + 1 : k + 3])
    return not dated and any(w.low in _SAID for w in near)


# Feast days and other named days that hold a weekday ("Easter Monday", "lunedì dell'Angelo"; lexicon
# ``named_days``), as runs of lower-case words.
_NAMED_DAYS = tuple(tuple(row.replace("’", "'").split()) for row in lexicon.words_all("named_days"))


def named_day(ws: Sequence[Word], k: int) -> bool:
    """The weekday at ``k`` is a word of a named day ("Easter Sunday", "vendredi saint"): it names that day and
    dates nothing by itself ("the day after Easter Sunday" is a Monday)."""
    low = ws[k].low
    for name in _NAMED_DAYS:
        for i, word in enumerate(name):
            if word == low and k - i >= 0 and tuple(w.low for w in ws[k - i : k - i + len(name)]) == name:
                return True
    return False
