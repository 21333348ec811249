"""Names at a phrase's edges: the personal name that opens a paragraph after its article and roles
(:func:`opening_name`), the one that closes a described speaker's phrase (:func:`trailing_name`, :func:`name_tail`),
a role's second field after "and" (:func:`after_conjunction`), and Russian and Ukrainian words in an oblique case,
a role's complement rather than a name (:func:`cyrillic_oblique`). Split from :mod:`.speaker_roles`, whose role
words they read."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from provenance.pipeline.speaker_phrases import (
    _ARABIC_LETTER,
    _CAP,
    _DEFINITE,
    _FUNCTION_WORDS,
    _NAME_AND,
    _PRONOUNS,
    _date_word,
    _has_name,
    _role_prefixed,
)
from provenance.pipeline.speaker_roles import _COUNTRIES, is_body, is_role

# A sentence's subject names a person within this many role words after its article ("Le général", "Der frühere
# Präsident" reads "frühere" as no role and stops: a name there needs the roles next to it).
OPENING_ROLE_WORDS = 3
OPENING_CHARS = 200  # an article, the roles and a name of four words fit in the paragraph's first 200 characters
_TOKEN = re.compile(r"[^\s,.;:!?()\"“”«»]+|[,.;:!?()\"“”«»]")
_NOT_IN_NAMES = _FUNCTION_WORDS | _PRONOUNS  # "On Monday", "He Said": a capital on a function word names no one


def opening_name(paragraph: str) -> str | None:
    """The personal name that opens ``paragraph``'s first sentence after its article and role words at most ("Le
    général Ivo Marek a lu …", "President Ivo Marek signed …", "Ivo Marek arrived …"): whom the paragraph is
    about, the subject a pronoun opening a sentence below goes on with. No body, country or acronym, and nothing
    in Arabic script, which writes no capitals."""
    tokens = _TOKEN.findall(paragraph.lstrip(' "“«')[:OPENING_CHARS])
    article = 1 if tokens and tokens[0].lower() in _DEFINITE else 0
    k = article
    while k < len(tokens) and k <= OPENING_ROLE_WORDS and is_role(tokens[k]):
        k += 1
    if article and k == article:
        return None  # "The White House", "La CEDEAO": an article before a capital names a body, not a person
    run = list(itertools.takewhile(lambda w: w[:1].isupper() and not w.isupper() and len(w) > 1, tokens[k:]))
    if not 2 <= len(run) <= 4 or any(
        _role_prefixed(w) or is_body(w) or w.lower() in _NOT_IN_NAMES or _date_word(w) for w in run
    ):  # "On Monday the port's director …": a preposition and a day, no name
        return None
    name = " ".join(run)
    return None if _ARABIC_LETTER.match(name) or name in _COUNTRIES or not _has_name(name) else name


# A personal name closing a described speaker's phrase: its last two capitalised words, after a capitalised run.
_TRAILING_NAME = re.compile(rf"(?<=\s){_CAP}[\w'’-]+\s+(?P<name>{_CAP}[\w'’\u2024-]+\s+{_CAP}[\w'’-]+)[.\s]*$")


def trailing_name(phrase: str) -> re.Match[str] | None:
    """The personal name closing a described speaker's phrase ("the ministry's spokeswoman Jane Roe"); none where
    the capitalised run names a body ("the UK Space Agency": its last words are the body's, "Space Agency")."""
    m = _TRAILING_NAME.search(phrase)
    return None if m is None or is_body(m.group("name").split()[-1]) else m


def after_conjunction(text: str, at: int) -> bool:
    """The word before ``at`` is a conjunction ("… Health and | Social Care"): the capitalised words there are a
    role's second field, no name closing the phrase."""
    return bool(set(text[:at].split()[-1:]) & _NAME_AND)


# Endings of a Russian or Ukrainian noun in the genitive (or, Ukrainian, the dative-like -у/-ю): "Альянса",
# "России", "України", "Кремля", "Пентагону". Not the plural adjective's -і ("Збройні Сили").
GENITIVE_CYRILLIC = re.compile(r"(?:[аяыуюи]|ії|ии)$")
CYRILLIC = re.compile(r"^[\u0400-\u04ff]")


def cyrillic_oblique(word: str) -> bool:
    """A Russian or Ukrainian word in an oblique case ("Бореи", "Франции", "України"): a role's complement, no name."""
    return CYRILLIC.match(word) is not None and GENITIVE_CYRILLIC.search(word) is not None


def name_tail(run: Sequence[str], text: str) -> str:
    """The person's name that closes a run of capitalised words after a role: its last two words ("МИД Бореи Алёна
    Сивцова": Алёна Сивцова), or its last three where the text writes the first of them alone, a family name
    written first ("Yoon Suk Yeol … Yoon said"; "Kim Jong Un")."""
    first, second = (re.escape(w) for w in run[-3:-1]) if len(run) >= 3 else ("", "")
    if first and not cyrillic_oblique(run[-3]) and re.search(rf"(?<![\w-]){first}(?![\w-])(?!\s+{second})", text):
        return " ".join(run[-3:])
    return " ".join(run[-2:])
