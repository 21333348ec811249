"""The time adverbials around a speaker's phrase ("Jane Doe on Saturday said", "sagte am Donnerstag X"): their
words, the weekdays and dates they hold, and where they begin or end."""

from __future__ import annotations

import re
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


# A time clause opening a sentence before its main clause ("Hours after the palace announced the death, …"; lexicon
# time_clause_openers), longest phrase first.
TIME_OPENERS = "|".join(map(re.escape, sorted(lexicon.words_all("time_clause_openers"), key=len, reverse=True)))
_TIME_CLAUSE = re.compile(rf"^\s*(?:{TIME_OPENERS})\s", re.I)


def opens_time_clause(text: str) -> bool:
    """A time clause opens ``text`` ("Hours after …", "Horas después de que …"): an adverbial, never a subject."""
    return _TIME_CLAUSE.match(text) is not None


def after_time_clause(sentence: str, upto: int, verb_at: int | None = None) -> int | None:
    """Where the last comma segment before ``upto`` starts, when a time clause opens ``sentence`` (and holds the
    verb at ``verb_at``: no comma between the opener and it): the main clause, whose subject speaks, not the time
    clause's ("Hours after the palace announced …, Jane Roe remembered her as “…”"). None otherwise."""
    opener = _TIME_CLAUSE.match(sentence)
    if opener is None or (verb_at is not None and "," in sentence[opener.end() : verb_at]):
        return None
    cut = sentence.rfind(",", verb_at if verb_at is not None else opener.end(), upto)
    return None if cut < 0 else cut + 1


_TIME_CLAUSE_AFTER = re.compile(rf"^[\s\"”»’']*,?\s*(?:{TIME_OPENERS})\s[^,.;!?]*(?:[.;!?]|$)", re.I)


def time_clause_after(after: str) -> bool:
    """The words after a quote are a time clause to the end of the sentence, no comma closing it (“…,” after X
    declared an emergency.): another event, whose verb is no attribution of the quote (", when asked about it,
    X said" goes on past its comma to the attribution)."""
    return _TIME_CLAUSE_AFTER.match(after) is not None


# Nouns of time (lexicon anchor_time_units: "horas", "dnia", "days"), and the length from which a word with the
# Romance adverb suffix "-mente" is an adverb ("anteriormente", "previamente"; "Clemente", a name, is shorter).
_TIME_NOUNS = frozenset(w.casefold() for w in lexicon.table("anchor_time_units"))
ADVERB_MIN_LETTERS = 10
# A time adverbial opening a sentence is short ("Poprzedniego dnia", "Horas"): a longer phrase is a subject's.
ADVERBIAL_MAX_WORDS = 2


def adverbial(phrase: str) -> bool:
    """A phrase that opens a sentence as its time adverbial, never its subject: "Horas (después de que …)",
    "Poprzedniego dnia (mówił)", "Anteriormente, …"; a capital after its first word is a name's."""
    words = phrase.split()
    if not words or len(words) > ADVERBIAL_MAX_WORDS or any(w[:1].isupper() or w[:1].isdigit() for w in words[1:]):
        return False  # ("le maire de 72 ans": an age, after a role)
    last = words[-1].strip(",.").casefold()
    return last in _TIME_NOUNS or (len(words) == 1 and len(last) >= ADVERB_MIN_LETTERS and last.endswith("mente"))
