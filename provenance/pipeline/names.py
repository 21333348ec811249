"""Names across scripts: a Latin key for any name (``Гофман`` and ``Hoffman`` share one) and a consonant
skeleton for transliterations, and when two name keys name one person (:func:`same_name`); used by the anchors
and the attribution stage."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from anyascii import anyascii
from rapidfuzz import fuzz

from provenance import lexicon
from provenance.settings import Settings, defaults


@lru_cache(maxsize=8192)
def latin(word: str) -> str:
    """The word in Latin letters, lower case (anyascii), without apostrophes."""

    return re.sub(r"['’ʼ`]", "", anyascii(word)).casefold()


# A case ending or a possessive after a name's apostrophe ("Libya’daki", "Türkiye'nin", "Biden's"): no part of it.
_CASE_SUFFIX = re.compile(r"(?<=\w\w)['’ʼ][a-zçğıöşüé]{1,5}$")


def name_key(word: str) -> str:
    """A name's comparison form: Latin letters, lower case, without a case ending after an apostrophe."""
    return latin(_CASE_SUFFIX.sub("", word))


@lru_cache(maxsize=1)
def _body_nouns() -> frozenset[str]:
    return frozenset(name_key(w) for w in lexicon.words_all("speaker_bodies"))


def body_noun(word: str) -> bool:
    """A body's noun, capitalised in the text ("según el Ministerio"): no name a drift could swap."""
    return name_key(word) in _body_nouns()


# Case endings of Slavic names as they come out of transliteration ("Роною" -> "ronoyu"), tried off before two
# names are compared, longest first.
LATIN_NAME_ENDINGS = (
    "oyu",
    "eyu",
    "ovi",
    "evi",
    "ogo",
    "omu",
    "om",
    "em",
    "iv",
    "yu",
    "ya",
    "oi",
    "ei",
    "a",
    "u",
    "y",
    "i",
    "e",
)


def stripped(key: str) -> str:
    for e in LATIN_NAME_ENDINGS:
        if key.endswith(e) and len(key) - len(e) >= 3:
            return key[: -len(e)]
    return key


@lru_cache(maxsize=8192)
def skeleton(word: str) -> str:
    """Consonants of a name in Latin letters, for matching against Arabic script (which omits short vowels)."""
    s = latin(word)
    for a, b in (
        ("kh", "h"),
        ("gh", "g"),
        ("ph", "f"),
        ("th", "t"),
        ("sh", "s"),
        ("ch", "c"),
        ("zh", "z"),
        ("ck", "k"),
    ):
        s = s.replace(a, b)
    s = s.translate(str.maketrans("vpqcxz", "fbkksz"))
    s = re.sub(r"[aeiouywhj']", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


# The Arabic definite article, alone or after a one-letter clitic ("الدباغ", "والدباغ").
_ARABIC_ARTICLES = ("وال", "بال", "فال", "لل", "ال")


def name_skeletons(words: Iterable[str], min_len: int) -> frozenset[str]:
    """Skeletons of the words of an Arabic text, each also without its definite article: a name written in Latin
    letters drops the article ("al-Dabbagh" reads "Dabbagh") or writes it apart. One-letter clitics stay on:
    stripped, a short word's skeleton would meet too many names."""
    out: set[str] = set()
    for w in words:
        bare = next((w[len(a) :] for a in _ARABIC_ARTICLES if w.startswith(a) and len(w) - len(a) >= 2), None)
        out.update(s for f in (w, bare) if f and len(s := skeleton(f)) >= min_len)
    return frozenset(out)


class NameRule(NamedTuple):
    """When two names are one (Settings ``name_min_ratio``, ``name_min_fuzzy_len``, ``skeleton_min_len``;
    their reasons are there), and the counts too small to confirm a match (``small_count``)."""

    min_ratio: int
    min_fuzzy_len: int
    skeleton_min_len: int
    small_count: int

    @classmethod
    def of(cls, s: Settings | None) -> NameRule:
        s = s or defaults()
        return cls(s.name_min_ratio, s.name_min_fuzzy_len, s.skeleton_min_len, s.small_count)


def same_name(a: str, b: str, rule: NameRule | None = None) -> bool:
    """Two name keys name one person or place: equal, close in spelling, or equal once case endings are off."""
    if a == b:
        return True
    r = rule or NameRule.of(None)
    if min(len(a), len(b)) < r.min_fuzzy_len:
        return False
    if fuzz.ratio(a, b) >= r.min_ratio:
        return True
    sa, sb = stripped(a), stripped(b)
    if sa == sb or (min(len(sa), len(sb)) >= r.min_fuzzy_len and fuzz.ratio(sa, sb) >= r.min_ratio):
        return True
    short, long_ = sorted((sa, sb), key=len)
    return long_.startswith(short) and len(short) >= 5  # "kestri" (Кестрія) / "kestrian"


@lru_cache(maxsize=1)
def _places() -> dict[str, frozenset[str]]:
    """Country and capital names (lexicons countries and capitals), lower case and in Latin letters (a name key's
    form: "pekin", "etats unis") -> the countries' codes; and a word of a longer name that only one country's
    names hold ("saudi"), as a name key is one word."""
    out: dict[str, set[str]] = {}
    words: dict[str, set[str]] = {}
    for name in ("countries", "capitals", "regions"):
        for row in lexicon.rows(name, ext="tsv"):
            key, codes = row.split("\t")[:2]
            for form in {_place_key(key), _place_key(latin(key))}:
                out.setdefault(form, set()).update(codes.split(","))
                for part in form.split() if " " in form else ():
                    words.setdefault(part, set()).update(codes.split(","))
    for part, held in words.items():
        if len(held) == 1 and len(part) >= PLACE_WORD_MIN_LEN:
            out.setdefault(part, set()).update(held)
    return {k: frozenset(v) for k, v in out.items()}


# The least length of a word of a country's name read alone ("saudi"): shorter ones are particles ("of", "de").
PLACE_WORD_MIN_LEN = 4


def _place_key(name: str) -> str:
    return re.sub(r"[-\s]+", " ", name.casefold()).removeprefix("the ").strip(" .,;:")


def place_codes(words: Iterable[str]) -> frozenset[str]:
    """The countries a name of words names, as a country or by its capital ("China", "Beijing", "Пекин": CN):
    the whole name's, else its words' one by one."""
    words = list(words)
    places = _places()
    whole = places.get(_place_key(" ".join(words)))
    return whole if whole else frozenset().union(*(places.get(_place_key(w), frozenset()) for w in words))


def same_place(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two names name one country, one of them by its capital ("Beijing" for "China")."""
    return bool(place_codes(a) & place_codes(b))


def not_place(name: str | None) -> str | None:
    """``name``, unless it names a country, a capital or a region (lexicons countries, capitals, regions): no
    holder of a role ("ma Lisbona afferma …", then "ha scritto il premier")."""
    return None if name and place_codes(name.split()) else name
