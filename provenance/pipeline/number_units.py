"""Units that count only inside a compound number word, right after its tens ("thirty-one", "thirty-first", "тридцать
один", "treinta y uno", "trente et un", "otuz birinci"; lexicon ``anchor_compound_units``): alone they are an
article, a pronoun or an ordinal that counts nothing ("one of them", "the first time"), which is why the number-word
lists leave them out. Read by :func:`provenance.pipeline.anchors.numbers`, with the units that scale a figure into
another ("50 basis points", 0.5 percentage points: :func:`scaled_unit`); and how far apart two numbers are in
magnitude (:func:`log_distance`), which pairs an article's figure with the source's it stands for. A figure is a
:class:`Number`; one that names a thing ("G-20") or ranks one ("21st") is no count (:func:`rank_of`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from provenance import lexicon


@dataclass(frozen=True)
class Number:
    """A number as written, with the values it may stand for (the plain value, and minutes for a duration)."""

    text: str
    values: frozenset[float]
    clock: bool = False  # a time of day ("23:30", "11:30 pm")
    pair: bool = False  # "both", "the two sides": shared as a count, never a changed one
    zoned: bool = False  # a time of day in a named zone ("21h00 GMT")
    timed: bool = False  # a duration ("three days"): its minutes among its values
    rank: str | None = None  # "name" ("G-20", "MQ-9"), "ordinal" ("21st century"): see :func:`rank_of`


COMPOUND_UNITS: dict[str, float] = {w: float(v) for w, v in lexicon.table("anchor_compound_units").items()}
# Units that scale a figure into another the anchors compare ("50 basis points" is 0.5 percentage points; lexicon
# anchor_scaled_units), and the most words of one: how many words after a figure are read for it.
SCALED_UNITS: dict[str, float] = {w: float(v) for w, v in lexicon.table("anchor_scaled_units").items()}
UNIT_WORDS = max(len(w.split()) for w in SCALED_UNITS)


def unit_after_tens(word: str, value: float, last: float) -> float | None:
    """The value of ``word`` as the unit of the compound read so far (``value``), where its last word was a round
    tens word (``last`` is ``value``, 20-90); None otherwise."""
    return COMPOUND_UNITS.get(word) if last == value and value % 10 == 0 and 20 <= value < 100 else None


# A month is a twelfth of a year ("12 mesi" is "one year") and thirty days ("three months" is "90 days"), in
# minutes as lexicon anchor_time_units writes it: a figure of months has both readings.
MONTH_MINUTES, MONTH_OF_DAYS_MINUTES = 43800.0, 43200.0


# Two durations more than this many times apart measure different spans, not one span changed ("seven years
# after the ties were cut" against "within two months"), as a factor's logarithm; a week for a month is 4.3 times.
DURATION_SPAN = math.log(20)


def unit_readings(unit: float) -> tuple[float, ...]:
    """The minutes one of a time unit stands for: a month's two readings, any other unit's one."""
    return (unit, MONTH_OF_DAYS_MINUTES) if unit == MONTH_MINUTES else (unit,)


def scaled_unit(after: Sequence[str]) -> float | None:
    """The factor of the scaled unit the lower-case words ``after`` a figure open with, the longest phrase first
    ("basis points": 0.01); None where they open with none."""
    for n in range(min(UNIT_WORDS, len(after)), 0, -1):
        if (factor := SCALED_UNITS.get(" ".join(after[:n]))) is not None:
            return factor
    return None


def unit_values(value: float, unit: float | None, after: Sequence[str]) -> set[float]:
    """What a figure of ``value`` also stands for: with a time ``unit``, its minutes (a month's two readings);
    before a scaled unit (the lower-case words ``after`` it: "basis points"), its value in the unit compared."""
    out = {value * u for u in unit_readings(unit)} if unit is not None else set()
    if (scale := scaled_unit(after)) is not None:
        out.add(value * scale)
    return out


def log_distance(a: Iterable[float], b: Iterable[float]) -> float:
    """How far apart two numbers are in magnitude, by their closest readings (``a``, ``b``: the values each may
    stand for); zero and negative readings far."""
    return min((abs(math.log(va / vb)) if va > 0 and vb > 0 else math.inf for va in a for vb in b), default=math.inf)


# A figure joined to a capitalised word before it names a thing ("G-20", "MQ-9", "Chandrayaan-3", "COVID-19"); one
# with an ordinal ending after it ranks one ("21st century", "21-го", "21e siècle"; lexicon anchor_ordinal_suffixes).
_DESIGNATED = re.compile(r"(?<![\w-])[^\W\d_]*[A-ZА-ЯЁІЇЄҐ][^\W\d_]*-?$")
_ORDINAL_END = re.compile(
    rf"^-?(?:{'|'.join(sorted(map(re.escape, lexicon.words('anchor_ordinal_suffixes')), key=len, reverse=True))})(?!\w)"
)
# How far before a figure its designating word is read.
DESIGNATOR_CHARS = 24


def rank_of(text: str | None, start: int, end: int) -> str | None:
    """What the digits at ``text[start:end]`` are besides a count: "name" after a capitalised word joined to them,
    "ordinal" before an ordinal ending; None for a count. A name's figure confirms a pair and never conflicts; an
    ordinal is set against ordinals only."""
    if text is None:
        return None
    if _DESIGNATED.search(text[max(0, start - DESIGNATOR_CHARS) : start]):
        return "name"
    return "ordinal" if _ORDINAL_END.match(text[end : end + 6]) else None
