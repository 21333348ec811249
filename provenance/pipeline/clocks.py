"""Times of day in the forms news writes them: "21:00", "9 pm", "9:30 a.m.", "11:30 من مساء", and the forms a dot
or an "h" makes ("22.00 horas", "à 22h00", "22 h 30") where a word beside them says it is a time (lexicon
``clock_cues``). A time given in a named zone ("21h00 GMT") is set apart: an article that converts its source's
local time to GMT changed no fact (lexicon ``time_zones``). Read by :func:`provenance.pipeline.anchors.numbers`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from provenance import lexicon


class Word(Protocol):  # anchors.Word, without importing anchors (which imports this module)
    @property
    def low(self) -> str: ...


@dataclass(frozen=True)
class Clock:
    hour: int  # on the 24-hour clock
    minute: int
    written: int  # the hour as written ("9" of "9 pm")
    width: int  # words it takes ("22 h 00": three)
    zoned: bool  # a time-zone mark follows it


# A feed's time stamp: a time with its seconds and the zone's offset ("09:15:00 +0200"), no time the story states.
MACHINE_TIME = re.compile(r"(?<![\d:])\d{1,2}:\d{2}:\d{2}(?:[ \t]*[+-][01]\d:?[0-5]\d(?!\d))?")
_COLON = re.compile(r"^(\d{1,2}):(\d{2})$")
_DOTTED = re.compile(r"^(\d{1,2})[.h](\d{2})$")
_PM, _AM = lexicon.words_all("clock_pm"), lexicon.words_all("clock_am")
_LINKS = lexicon.words_all("clock_links")
_CUES = frozenset(lexicon.words("clock_cues"))
_ZONES = frozenset(lexicon.words("time_zones"))


def read_clock(ws: Sequence[Word], i: int) -> Clock | None:
    """The time of day that opens at ``ws[i]``, if any."""
    low = ws[i].low
    dotted = _DOTTED.match(low)
    m, width = _COLON.match(low) or (dotted if dotted and _cued(ws, i) else None), 1
    if m is None and low.isdigit() and len(low) <= 2 and _at(ws, i + 1) == "h" and _at(ws, i + 2).isdigit():
        m, width = re.match(r"(\d+)\D*(\d\d)$", f"{low}h{_at(ws, i + 2)}"), 3  # "22 h 00", "22h00"
    hour, minute = (int(m.group(1)), int(m.group(2))) if m else (None, 0)
    nxt = _at(ws, i + width)
    if nxt in _LINKS and _at(ws, i + width + 1) in _PM | _AM:  # "11:30 من مساء"
        nxt = _at(ws, i + width + 1)
    if hour is None and low.isdigit() and len(low) <= 2 and nxt in _PM | _AM:
        hour = int(low)
    if hour is None or hour > 24 or minute > 59:
        return None
    written = hour
    if nxt in _PM and hour < 12:
        hour += 12
    zoned = _at(ws, i + width) in _ZONES or _at(ws, i + width - 1).endswith(tuple(_ZONES))  # "00GMT" glued
    return Clock(hour, minute, written, width, zoned)


def _at(ws: Sequence[Word], j: int) -> str:
    return ws[j].low if 0 <= j < len(ws) else ""


def _cued(ws: Sequence[Word], i: int) -> bool:
    """A word of time beside the one-word figure ``ws[i]``: one of the cues before it (one or two words) or after it."""
    before = {_at(ws, i - 1), f"{_at(ws, i - 2)} {_at(ws, i - 1)}"}
    return bool(before & _CUES) or _at(ws, i + 1) in _CUES or _at(ws, i + 1) in _ZONES
