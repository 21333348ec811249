"""Denied predicates: a source clause, in the claim's language, that denies the very thing the claim states.

"Heating in the district was not cut off" against an article's "heating had to be cut off in the district": the
source's negation governs a verb, and its clause names what the verb is about before and after it (the heating,
the district). The claims' scope rule (:func:`provenance.semantic.claims.contradiction`) reads the words after a
negation and wants two of them at issue, so it misses a denial whose subject comes first, as Slavic word order and
English passives write it. This rule reads the negation's whole clause: the denied verb is one word with a word
of the claim (in another of its forms: "відключали", "відключити"), every other content word of the clause is in
the claim, at least ``PREDICATE_MIN_ARGUMENTS`` of them, and the claim states it plainly: no modal word ("may",
"will": a possibility or a plan is no fact the denial contradicts), and no number the denial lacks (a figure of its
own places the claim at another occasion: "had extended the deal three times" against "will not extend the
deal").
"""

from __future__ import annotations

import re

from provenance.pipeline.modality import modal_classes
from provenance.semantic import frames
from provenance.semantic.claim_words import common_start, content_stems, content_word, stem, words
from provenance.semantic.relatives import in_infinitive, in_relative_clause
from provenance.settings import Settings

# What a denied verb is about besides itself: at least this many content words of its clause, every one of them
# in the claim. With one ("the dam was not damaged" / "the dam was damaged in 2019") a sentence about another
# time or place of the same thing reads as a contradiction.
PREDICATE_MIN_ARGUMENTS = 2
# Two forms of one verb share their start but for their endings: English and the Latin-script languages change
# a letter or two ("close"/"closed", "fermé"/"fermer"), Slavic verbs three ("відключали"/"відключити",
# "закрыли"/"закрыть"), after a start of at least PREDICATE_MIN_COMMON letters.
PREDICATE_ENDING_LETTERS = 2
PREDICATE_ENDING_LETTERS_CYRILLIC = 3
PREDICATE_MIN_COMMON = 4
_CLAUSE_START = re.compile(r"[.;:!?—–,(]|\s-\s")
_DIGITS = re.compile(r"\d+")


def _one_verb(x: str, y: str, endings: int) -> bool:
    """Two forms of one verb: a common start of PREDICATE_MIN_COMMON letters (or the whole of a shorter word:
    "cut", "cuts") that leaves at most ``endings`` letters of the shorter one."""
    k = common_start(x, y)
    return k >= min(PREDICATE_MIN_COMMON, len(x), len(y)) and k >= min(len(x), len(y)) - endings


def denied_predicate(claim: str, unit: str, s: Settings) -> set[str] | None:
    """The claim's stems at issue (the verb and what it is about) where a negated clause of ``unit`` denies what
    the claim states; None where none does. The caller has checked that the claim carries no negation."""
    said = words(claim)
    if any(w in modal_classes() or frames.is_negation(w) for w in said):
        return None  # a negation anywhere in the claim, even in a relative clause ("which went on without a break")
    said = [w for w in said if content_word(w, s.claim_min_word_chars)]
    if set(_DIGITS.findall(claim)) - set(_DIGITS.findall(unit)):
        return None
    c_stems = content_stems(claim, s)
    for a, b in frames.negation_tails(unit):
        if in_relative_clause(unit, a) or in_infinitive(unit, a):
            continue  # "countries that had not reported cases" describes the countries, it denies nothing
        tail = [w for w in words(unit[a:b]) if content_word(w, s.claim_min_word_chars) and not frames.is_negation(w)]
        if not tail:
            continue
        verb = tail[0]
        starts = [m.end() for m in _CLAUSE_START.finditer(unit, 0, a)]
        before = unit[starts[-1] if starts else 0 : a]
        clause = [w for w in words(before) if content_word(w, s.claim_min_word_chars) and not frames.is_negation(w)]
        if any(w in modal_classes() for w in words(before) + words(unit[a:b])):
            continue  # "will not extend the deal": a plan, which a past fact ("had extended it") does not contradict
        clause += tail[1:]
        args = {stem(w, s.claim_stem_chars, s.claim_stem_chars_cyrillic) for w in clause}
        if len(args) < PREDICATE_MIN_ARGUMENTS or not args <= c_stems:
            continue
        cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in verb)
        endings = PREDICATE_ENDING_LETTERS_CYRILLIC if cyrillic else PREDICATE_ENDING_LETTERS
        stated = [w for w in said if _one_verb(w, verb, endings)]
        if stated:
            return args | {stem(stated[0], s.claim_stem_chars, s.claim_stem_chars_cyrillic)}
    return None


__all__ = ["PREDICATE_MIN_ARGUMENTS", "denied_predicate"]
