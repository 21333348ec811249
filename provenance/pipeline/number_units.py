"""Units that count only inside a compound number word, right after its tens ("thirty-one", "thirty-first", "тридцать
один", "treinta y uno", "trente et un", "otuz birinci"; lexicon ``anchor_compound_units``): alone they are an
article, a pronoun or an ordinal that counts nothing ("one of them", "the first time"), which is why the number-word
lists leave them out. Read by :func:`provenance.pipeline.anchors.numbers`.
"""

from __future__ import annotations

from provenance import lexicon

COMPOUND_UNITS: dict[str, float] = {w: float(v) for w, v in lexicon.table("anchor_compound_units").items()}


def unit_after_tens(word: str, value: float, last: float) -> float | None:
    """The value of ``word`` as the unit of the compound read so far (``value``), where its last word was a round
    tens word (``last`` is ``value``, 20-90); None otherwise."""
    return COMPOUND_UNITS.get(word) if last == value and value % 10 == 0 and 20 <= value < 100 else None
