"""Units that count only inside a compound number word, right after its tens ("thirty-one", "thirty-first", "тридцать
один", "treinta y uno", "trente et un", "otuz birinci"; lexicon ``anchor_compound_units``): alone they are an
article, a pronoun or an ordinal that counts nothing ("one of them", "the first time"), which is why the number-word
lists leave them out. Read by :func:`provenance.pipeline.anchors.numbers`; and how far apart two numbers are in
magnitude (:func:`log_distance`), which pairs an article's figure with the source's it stands for.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from provenance import lexicon

COMPOUND_UNITS: dict[str, float] = {w: float(v) for w, v in lexicon.table("anchor_compound_units").items()}


def unit_after_tens(word: str, value: float, last: float) -> float | None:
    """The value of ``word`` as the unit of the compound read so far (``value``), where its last word was a round
    tens word (``last`` is ``value``, 20-90); None otherwise."""
    return COMPOUND_UNITS.get(word) if last == value and value % 10 == 0 and 20 <= value < 100 else None


def log_distance(a: Iterable[float], b: Iterable[float]) -> float:
    """How far apart two numbers are in magnitude, by their closest readings (``a``, ``b``: the values each may
    stand for); zero and negative readings far."""
    return min((abs(math.log(va / vb)) if va > 0 and vb > 0 else math.inf for va in a for vb in b), default=math.inf)
