"""The name a pronoun or a role stands for when nothing nearer names one: the last full name in the quote's
paragraph and the one above (further up a chain of paragraphs that open with a pronoun), a surname alone written
since standing for the full name it ends. :mod:`resolve` and :mod:`speaker_above` ask it last."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from provenance import lexicon
from provenance.pipeline.speaker_phrases import (
    _ARABIC_LETTER,
    _OBLIQUE_ADJECTIVE,
    _PRONOUNS,
    BODY_STEMS,
    NAME_WORD,
    PRONOUN_WINDOW_PARAGRAPHS,
    _full_names,
    _role_prefixed,
    _time_tail,
)
from provenance.pipeline.speaker_relays import credited_outlet

# A run of capitalised words long enough for a title before a name ("Ukraine's Prosecutor General Jane Doe").
_TITLED_NAME_RUN = re.compile(rf"(?<![\w.])(?:{NAME_WORD}[^\S\n]+){{1,5}}{NAME_WORD}")  # within one line


# A definite article in lower case right before a capitalised run: a place or a body ("in het Witte Huis", "at the
# Élysée Palace", "die Grünen"), not the person "he" is.
_ARTICLE_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(lexicon.words('definite_articles')))})[^\S\n]+$")


# A preposition of place right before a capitalised run (lexicon speaker_place_prepositions: "en La Paz", "in Den
# Haag", "à Le Havre"): a place, not a person.
_AT_PLACE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(sorted(map(re.escape, lexicon.words('speaker_place_prepositions'))))})[^\S\n]+$"
)


# How far back a chain of paragraphs that open with a pronoun ("Він також заявив …") takes one looking for its name.
PRONOUN_CHAIN_PARAGRAPHS = 5


def _opens_with_pronoun(paragraph: str) -> bool:
    """Whether a pronoun is among the first three words of a paragraph ("He also said", "Про це він заявив")."""
    return any(w.strip(",").lower() in _PRONOUNS for w in paragraph.split()[:3])


def last_full_name(text: str, before: int, person: bool = False, skip: Collection[str] = ()) -> str | None:
    from provenance.pipeline.names import place_codes  # (lazy: names loads rapidfuzz, which the markers never need)

    paras = text[:before].split("\n\n")
    filled = [j for j, p in enumerate(paras[:-1]) if p.strip()] + [len(paras) - 1]  # (none blanked as furniture)
    k = filled[-PRONOUN_WINDOW_PARAGRAPHS] if len(filled) >= PRONOUN_WINDOW_PARAGRAPHS else 0
    while k > 0 and len(paras) - k < PRONOUN_CHAIN_PARAGRAPHS and _opens_with_pronoun(paras[k]):
        k -= 1  # "Він також заявив …": the paragraph goes on about the one named above it
    window = "\n\n".join(paras[k:])
    for m in reversed(list(_TITLED_NAME_RUN.finditer(window))):
        if _ARABIC_LETTER.match(m.group()) or m.group() in skip:
            continue  # Arabic writes no capitals: a run of its words is no name; ``skip``: agencies relay
        if person and any(w.isupper() for w in m.group().split()):
            continue  # "Каховської ГЕС": an acronym names a thing or a body, not the person "he" is
        if person and _ARTICLE_BEFORE.search(window, max(0, m.start() - 8), m.start()):
            continue  # "… te tekenen in het Witte Huis, “…”": a place, not the person "hij" is
        if person and _AT_PLACE.search(window, max(0, m.start() - 6), m.start()):
            continue  # "… el intento de golpe a Arce en La Paz": where, not who "he" is
        if person and credited_outlet(_sentence_around(window, m.start(), m.end()), m.group()):
            continue  # "…, X reports via Coast Wire.": the outlets carrying the story, not the person "he" is
        if _OBLIQUE_ADJECTIVE.search(m.group().split()[0]):
            continue  # "Нагірного Карабаху", "Южного округа": an adjective in an oblique case names a place
        words = m.group().split()
        at_start = m.start() == 0 or window[: m.start()].rstrip()[-1:] in '.!?\n"“”«»'
        if at_start:
            words = words[1:]  # a capital that opens a sentence is no sign of a name
        words = words[: _time_tail(words)]  # "She took to Twitter Thursday": a weekday is no part of a name
        if person and place_codes(words):
            continue  # "… le dighe di Lisbona": a place, no person "he" or "il premier" is
        if len(words) >= 2:
            return _named_since(text, before, window, m.end(), " ".join(words), skip)
    return None


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (within its line, and SENTENCE_REACH_CHARS either side) that holds ``text[start:end]``."""
    lo = max(0, start - SENTENCE_REACH_CHARS)
    stops = [m.end() for m in _STOP.finditer(text, lo, start)]
    after = _STOP.search(text, end, end + SENTENCE_REACH_CHARS)
    return text[stops[-1] if stops else lo : after.end() if after else min(len(text), end + SENTENCE_REACH_CHARS)]


# How far a sentence is read either side of a name for an outlet's credit at its end (a long sentence's start is
# no part of the credit frame).
SENTENCE_REACH_CHARS = 400
_STOP = re.compile(r"[.!?](?=\s|$)|\n")


def _named_since(text: str, before: int, window: str, after: int, name: str, skip: Collection[str] = ()) -> str:
    """The person whose surname alone stands in ``window`` after ``after``, past ``name`` ("Ivo Marek … the Green
    House … Marek said"): a full name the text gave before ``before`` ends with it."""
    full: dict[str, str] = {}
    for end, words in _full_names(text):
        if end > before or " ".join(words[-2:]) in skip or words[-1] in full:
            continue  # (the first full name a surname ends is kept; the cheap tests first)
        start = text.rfind(words[0], 0, end)
        if _ARTICLE_BEFORE.search(text, max(0, start - 8), start) or _AT_PLACE.search(text, max(0, start - 6), start):
            continue  # "het Witte Huis", "en Villa Orlin": a place, whose last word alone names no one later
        if credited_outlet(_sentence_around(text, start, end), " ".join(words)):
            continue  # "…, reports Coast Wire.": an outlet, whose last word ("Wire") names no one later
        full[words[-1]] = " ".join(words[-2:])
    # (the name's own surname written last keeps it: "… Trump verweet …. Tijdens … leek Zelenski …")
    later = [w for w in re.findall(rf"(?<![\w.]){NAME_WORD}", window[after:]) if w in full]
    return full[later[-1]] if later and full[later[-1]] != name else name


_THIRD_POSSESSIVES = frozenset(lexicon.words("possessive_third_person"))


def possessive_lead(words: Sequence[str], after: str) -> bool:
    """A speaker phrase a possessive of the third person opens, its noun (in the phrase or right ``after`` it) in
    lower case or German's capital ("Son verdict", "Sein Fazit"), no role and no capital after it but German's
    nouns: not a name that opens with such a word ("Son Heung-min", "Her Majesty"), nor the one's spokesman or
    ministry ("son porte-parole Jean Valmont", "son ministère de la Défense"), who speak for them."""
    if not words or words[0].lower() not in _THIRD_POSSESSIVES:
        return False
    rest = list(words[1:]) or (after.split() or [""])[:1]
    german = words[0].lower().startswith("sein")
    if any(_role_prefixed(w) or w.lower().startswith(BODY_STEMS) for w in rest):  # "ministère", "Ministerium"
        return False
    return (german and len(rest) <= POSSESSIVE_LEAD_WORDS) or all(w[:1].islower() for w in rest)


# The words at most after a German possessive in a lead-in ("Sein Fazit zum Koalitionsende"): German capitalises
# its nouns, so a longer run of capitals may hold a name.
POSSESSIVE_LEAD_WORDS = 3
