"""The words around a date: a Turkish case ending on a month's name, and a weekday that dates an attribution
rather than what it reports. Read by :func:`provenance.pipeline.anchors.dates`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from provenance import lexicon


class Word(Protocol):  # anchors.Word, without importing anchors (which imports this module)
    @property
    def low(self) -> str: ...


__all__ = ["case_stem", "said_when"]


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
