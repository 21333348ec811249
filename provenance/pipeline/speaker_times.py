"""The time adverbials around a speaker's phrase ("Jane Doe on Saturday said", "sagte am Donnerstag X"): their
words, the weekdays and dates they hold, and where they begin or end."""

from __future__ import annotations

from collections.abc import Sequence

from provenance import lexicon
from provenance.pipeline import variants

TIME_WORDS = frozenset(w.casefold() for w in lexicon.words_all("time_adverbial_words"))
# Weekday names, every language (the anchors' calendar lists, read here without the anchors' dependencies).
WEEKDAYS = frozenset(
    f for name in ("anchor_dates", "anchor_calendar")
    for f, kind, *_ in (row.split("\t") for row in lexicon.rows(name, ext="tsv")) if kind == "weekday"
)  # fmt: skip


def time_tail(words: Sequence[str]) -> int:
    """Where a time adverbial closing ``words`` begins (words of ``time_adverbial_words`` around a date or a
    weekday: "on April 13", "late Saturday night", "в субботу"), or ``len(words)``; a word or more stays."""
    k, dated = len(words), False
    while k > 1:
        w = words[k - 1].strip(",.").casefold()
        if date_word(w) or w in WEEKDAYS:
            dated = True
        elif w not in TIME_WORDS:
            break
        k -= 1
    if all(w.strip(",.").casefold() in TIME_WORDS for w in words[:k]):
        return len(words)  # nothing but the adverbial ("On Saturday")
    return k if dated else len(words)


def dated_ahead(words: Sequence[str]) -> bool:
    """Whether ``words`` open on a weekday or a date, after more words of a time adverbial ("am | Donnerstag",
    "w | czwartek", "в | ночь на четверг")."""
    for w in words[:3]:
        bare = w.strip(",.").casefold()
        if bare in WEEKDAYS or date_word(bare):
            return True
        if bare not in TIME_WORDS:
            return False
    return False


def date_word(word: str) -> bool:
    w = word.strip(",.").casefold()
    return w[:1].isdigit() or variants.month_number(w) is not None
