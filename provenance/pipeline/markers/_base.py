"""What every marker family shares: the word lists read from ``provenance/lexicon/data/``, the thresholds, the
word classes and the small helpers that build a :class:`~provenance.report.Marker`.

Only the standard library and the text helpers are imported; every pattern is compiled once, at import.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from provenance import lexicon
from provenance.report import Marker
from provenance.text import lazy_pattern, word_trie

# The eight languages markers are read in; per-language lists exist for some of them only.
LANGS = ("en", "uk", "ru", "ar", "tr", "fr", "de", "es", "it", "pt", "pl")

# The markers' line and word limits that are tuned are Settings fields (repeated_line_min, glued_switcher_min,
# byline_max_tail_words, byline_max_line, dateline_bare_max_words, boilerplate_max_line). The bounds below are
# part of the grammar: compiled into its patterns, they change with the package version (in the signature).
# --- thresholds -------------------------------------------------------------------------------------------------
# Longest outlet, credit or source phrase taken from running text, in words.
MAX_NAME_WORDS = 6
# An agency code in a dateline's brackets ("(UHA)", "(AMN)"): upper-case letters, this many at most.
AGENCY_CODE_MAX = 6
# A name line, a site-name line or a lone credit under a picture is this short, in words.
SHORT_LINE_WORDS = 5


def words_of(concept: str) -> frozenset[str]:
    """A list's entries in every language, lower case."""
    return frozenset(w.casefold() for w in lexicon.words_all(concept))


def rows_of(concept: str, langs: Iterable[str | None] = (None,)) -> list[str]:
    """A list's rows, in file order, for the given languages (``None``: the all-language file)."""
    out: list[str] = []
    for lang in langs:
        out.extend(r for r in lexicon.rows(concept, lang) if r not in out)
    return out


def _load_outlets() -> dict[str, str]:
    """alias -> canonical name; an ALL-CAPS rendering of a longer alias is an alias too."""
    out: dict[str, str] = {}
    for names in lexicon.groups("outlets"):
        for alias in names:
            out.setdefault(alias, names[0])
            if len(alias) > 3:
                out.setdefault(alias.upper(), names[0])
    return out


OUTLETS = _load_outlets()
PHOTO_AGENCIES = frozenset(lexicon.rows("photo_agencies"))
MONTHS = frozenset(k.casefold().rstrip(".") for k in lexicon.table("months")) | words_of("marker_weekdays")
OPENERS = words_of("marker_openers")
ARTICLES = frozenset(("the", "a", "an", "its", "their"))
OUTLET_WORDS = words_of("marker_outlet_words")
OUTLET_PREFIXES = words_of("marker_outlet_prefixes")
PRONOUNS = words_of("marker_pronouns")

# --- word classes --------------------------------------------------------------------------------------------------
# Upper-case letters of the Latin, Greek and Cyrillic blocks: Python's re has no \p{Lu}.
UPPER = "[" + re.escape("".join(chr(c) for c in range(0x41, 0x530) if chr(c).isupper())) + "]"
CAP = rf"{UPPER}(?:[\w'’\-]|\.(?=\w))*"  # a capitalised word: Coast, Iraq's, al-Sudani's, U.S, Kurdistan24
NOT_AFTER_WORD = r"(?<![\w'’\-])"
CAP_SEQ = rf"{CAP}(?:[ \t]+(?:(?:of|de|the|and|for)[ \t]+)?(?:{CAP}|\d+)){{0,{MAX_NAME_WORDS - 1}}}"
ARABIC = re.compile(r"[\u0600-\u06ff]")


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, as a character trie (:func:`provenance.text.word_trie`)."""
    return word_trie(words)


# "The agency quoted the minister as saying" (lexicon quoted_as_saying): each frame's verb, the one quoted (group
# ``who``) and the words that close it, as a regex; the speaker rules and the attribution markers both read it.
QUOTED_AS_SAYING_ROWS = tuple(row.split("\t") for row in lexicon.rows("quoted_as_saying", ext="tsv"))
QUOTED_AS_SAYING = tuple(
    rf"{re.escape(verb)}[ \t]+(?P<who>[^.,;:!?\n\"“”«»„]{{2,80}}?)[ \t]+{re.escape(close)}(?!\w)"
    for verb, close in QUOTED_AS_SAYING_ROWS
)
# ... and each frame's verb alone, in the same order: a text without it cannot hold the frame
QUOTED_AS_SAYING_VERBS = tuple(verb for verb, _ in QUOTED_AS_SAYING_ROWS)


def phrase_regex(phrases: Iterable[str]) -> str:
    """Phrases as a regex in which each space is any run of spaces or tabs."""
    alts = sorted({p for p in phrases if p}, key=len, reverse=True)
    return "|".join(r"[ \t]+".join(re.escape(w) for w in p.split()) for p in alts)


def both_cases(phrases: Iterable[str]) -> list[str]:
    """Each phrase as written and with a capital first letter (it may open a sentence)."""
    return [v for p in phrases for v in (p, p[:1].upper() + p[1:])]


OUTLET_RE = lazy_pattern(rf"(?<![\w\-])(?:{alternation(OUTLETS)})(?![\w\-])")


# --- helpers -------------------------------------------------------------------------------------------------------
def mk(text: str, kind: str, start: int, end: int, value: dict[str, Any]) -> Marker:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Marker(kind, text[start:end], start, end, value)


def is_cap(word: str) -> bool:
    return word[:1].isupper()


def trim_phrase(s: str) -> str:
    return s.strip().rstrip(".,;:!?)»”\"'’").strip()


def is_datey(s: str) -> bool:
    words = re.findall(r"[^\W\d_]+", s.casefold())
    return any(ch.isdigit() for ch in s) or any(w in MONTHS for w in words)


def strip_leading(name: str, start: int, keep_articles: bool = False) -> tuple[str, int]:
    """Drop sentence-initial words from a capitalised run: "Yesterday Coast Wire" -> "Coast Wire".
    An article stays when ``keep_articles`` or when it is part of a two-word name ("The Times")."""
    while True:
        head, _, rest = name.partition(" ")
        low = head.casefold()
        if not rest or low not in OPENERS:
            return name, start
        if low in ARTICLES and (keep_articles or " " not in rest.strip()):
            return name, start
        stripped = rest.lstrip()
        start += len(name) - len(stripped)
        name = stripped


def outlet_value(name: str) -> dict[str, Any]:
    value: dict[str, Any] = {"name": name}
    if name in OUTLETS:
        value["canonical"] = OUTLETS[name]
    return value


def is_agency_code(name: str) -> bool:
    """An agency's initials as datelines bracket them: "UHA", "AMN", "ТАСС", "İHA"."""
    letters = name.replace("-", "").replace("/", "")
    return 2 <= len(letters) <= AGENCY_CODE_MAX and letters.isalpha() and letters.isupper()


def is_lower_agency_code(name: str) -> bool:
    """An agency that writes its code in lower case ("dpa", "epd"): two to four lower-case letters."""
    return 2 <= len(name) <= 4 and name.isalpha() and name.islower()


RIGHTS_RESERVED = rows_of("marker_rights_reserved")


def has_rights_phrase(line: str) -> bool:
    """Whether a line says its rights are reserved ("All rights reserved", "جميع الحقوق محفوظة"): a site's footer."""
    low = line.lower()
    return any(r.lower() in low for r in RIGHTS_RESERVED)


def is_outlet_name(name: str) -> bool:
    """A phrase that names an outlet: a listed one, an agency code, two+ capitalised words ending in an outlet
    word ("Coast Wire"), or a name opened by an outlet word ("Radio Svoboda", "وكالة الأفق للأنباء")."""
    if name in OUTLETS or is_agency_code(name):
        return True
    words = name.split()
    if len(words) < 2:
        return False
    last, first = words[-1].casefold(), words[0].casefold()
    if first in OUTLET_PREFIXES:
        return True
    if last.isdigit():
        return words[-2].casefold() in OUTLET_WORDS
    if not is_cap(words[0]):
        return False
    return last in OUTLET_WORDS or (last in ("agency", "service") and words[-2].casefold() in ("news", "press"))
