"""The verdict of a quote's alignment with a source: verbatim, near_verbatim, altered, or none of them.

Part of the quote stage (:func:`provenance.pipeline.align.match_quote` asks it). "altered" accuses a writer of
changing a speaker's words, so it asks for most words in place and local changes, and never for a quote whose
changes only move the source's words (:func:`restructured`): a phrase moved within the span or from the rest of
its sentence ("As we meet, the crews …" for "… the crews … as we meet", "a council member" for "a member of the
council"). On real coverage those were delivered remarks against their prepared text, and another statement with the
same words in another order; they are left to the semantic stage, which calls them reworded or finds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from provenance import lexicon
from provenance.pipeline.speaker_times import WEEKDAYS, date_word
from provenance.text import script_of

if TYPE_CHECKING:
    from provenance.pipeline.align import Alignment
    from provenance.report import Change
    from provenance.settings import Settings

STOPWORDS = lexicon.words("stopwords")
# A sentence's end (not an initial's or an abbreviation's: "U.S.").
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b\w)[.!?…][\"”»’']*\s")
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")


def classify(al: Alignment, changes: Sequence[Change], marks: Sequence[str], settings: Settings) -> str:
    # every change explained (or its words not checked: a sentence the source lacks), and something verified: the
    # words as they stand, or a quote's worth of words in place with one of substance among them ("a" for "a", or a
    # name two languages write alike, places no Spanish quote on an English source)
    if (
        not changes
        and al.matched
        and al.quote_words
        and (
            al.similarity >= settings.altered_min_similarity
            or (al.matched >= settings.min_quote_words and _content_kept(al) > 0)
        )
    ):
        return "near_verbatim" if marks else "verbatim"
    if al.quote_words >= settings.min_quote_words and al.similarity >= settings.altered_min_similarity:
        changed = sum(len((c.quote or c.source or "").split()) for c in changes)
        # "altered" accuses a writer of changing a speaker's words: most words in place, the changes local
        if (
            al.similarity >= settings.altered_strong_similarity
            and changed <= max(settings.altered_max_changed_words, settings.altered_max_changed_share * al.quote_words)
            and len(changes) <= settings.altered_max_edits
            and (_content_kept(al) >= settings.altered_heading_min_kept or not _in_heading(al))
            and _content_kept(al) >= settings.altered_min_content_kept
            and (_content_kept(al) >= FACT_KEPT or not _edge_changed(al) or all(map(_fact_swap, changes)))
            and not restructured(al, changes)
        ):
            return "altered"
    return "unsupported"


# With fewer words of substance in place than this and a change at the quote's edge, "altered" only where each
# change swaps one fact for another (a day, a number, a name: "reopen on Monday" for "reopen on Tuesday"): on real
# reprints two in place after other words ("generally aware of the situation in the region", "operations in the
# Orlin region") were a writer's own words leading into a source's set phrase, no speaker's words changed. A word
# changed between words in place ("The line will take Orlin") stays an alteration.
FACT_KEPT = 3


def _edge_changed(al: Alignment) -> bool:
    """The quote's first or last words are changed or its own (a source's words missing there are no change)."""
    ops = [o for p in al.pieces for o in p.ops if o.tag != "source_only"]
    return bool(ops) and (ops[0].tag != "equal" or ops[-1].tag != "equal")


def _fact_swap(c: Change) -> bool:
    """A change that replaces a fact with another: numbers, dates, weekdays or capitalised names on both sides."""
    sides = [(c.quote or "").split(), (c.source or "").split()]
    return all(0 < len(ws) <= 2 and all(_fact_word(w) for w in ws) for ws in sides)


def _fact_word(word: str) -> bool:
    return word[:1].isupper() or date_word(word) or word.strip(",.").casefold() in WEEKDAYS


# Function words of the other languages (French "pour", German "und"), and any word in Latin letters shorter than
# this but a figure ("la", "de", "et"): words in place that say nothing of whose words these are. (Arabic "لا", a
# negation, and other scripts' short words are read as before.)
_FUNCTION_WORDS = lexicon.words_all("function_words")
CONTENT_MIN_CHARS = 3


def _content_kept(al: Alignment) -> int:
    """How many of the quote's words in place (aligned equal) are no function words."""
    equal = (t for pa in al.pieces for o in pa.ops if o.tag == "equal" for t in pa.piece.toks[o.q1 : o.q2])
    return sum(_substance(t.norm) for t in equal)


def _substance(norm: str) -> bool:
    if norm in STOPWORDS or norm in _FUNCTION_WORDS:
        return False
    return len(norm) >= CONTENT_MIN_CHARS or _DIGIT.search(norm) is not None or script_of(norm[0]) != "latin"


def _in_heading(al: Alignment) -> bool:
    """The aligned source words stand in a line with no sentence stop at its end: a heading, the publisher's."""
    text, (a, _) = al.source.text, al.source_span()
    line = text[text.rfind("\n", 0, a) + 1 :].split("\n", 1)[0]
    return not line.rstrip().endswith(tuple(".!?…:;»”\"'"))


def restructured(al: Alignment, changes: Sequence[Change]) -> bool:
    """The changes move words rather than change them: every run of words the quote adds is one a change drops from
    the span (its words of substance), or a phrase of two words or more that the span's sentence holds past the span;
    and every word of substance a change drops the quote adds elsewhere. Never where a change writes a number: "on
    26 January" for "on January 25" moves the month, as house styles do, and changes the day."""
    if any(c.quote and _DIGIT.search(c.quote) for c in changes):
        return False
    added = {w for c in changes if c.quote for w in _content(c.quote)}
    dropped = {w for c in changes if c.source for w in _content(c.source)}
    if not added or not dropped <= added:
        return False
    around = None  # read only for a run no change drops
    for c in changes:
        if not c.quote or _content(c.quote) <= dropped:
            continue
        around = around if around is not None else " ".join(_WORD.findall(_around(al).casefold()))
        phrase = " ".join(_WORD.findall(c.quote.casefold()))
        if len(phrase.split()) < 2 or f" {phrase} " not in f" {around} ":
            return False
    return True


def _content(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.casefold()) if w not in STOPWORDS}


def _around(al: Alignment) -> str:
    """The words of the aligned span's sentence before and after the span (what a moved phrase came from), and of
    the sentence before it: the quote writes out a pronoun's referent named there ("The mayor is
    deeply worried" for the source's "The mayor visited the site …. She is deeply worried")."""
    text, (a, b) = al.source.text, al.source_span()
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, a)]
    start = ends[-2] if len(ends) >= 2 else 0
    stop = _SENTENCE_END.search(text, b)
    return text[start:a] + " " + text[b : stop.start() if stop else len(text)]
