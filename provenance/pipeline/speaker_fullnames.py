"""A speaker named by surname as the text named them in full before: "Heappey", "господин Петров", "President
Carver", "ماريك" after "James Heappey", "Иван Петров", "President Joe Carver", "الرئيس البوري إيفو ماريك". The
title before the surname is kept ("President Joe Carver"); a courtesy word is not ("Mr Doe" is "Jane Doe").
Read by :func:`provenance.pipeline.resolve.attribute`."""

from __future__ import annotations

import re

from provenance import lexicon
from provenance.pipeline.markers._base import OUTLETS
from provenance.pipeline.speaker_edges import CYRILLIC as _CYRILLIC
from provenance.pipeline.speaker_edges import GENITIVE_CYRILLIC as _GENITIVE_CYRILLIC
from provenance.pipeline.speaker_phrases import (
    _ADJECTIVES_AR,
    _ARABIC_LETTER,
    _DEFINITE_AR,
    _FULL_NAME,
    _NON_NAMES_AR,
    _NP_STOP,
    _OPENERS,
    _PRONOUNS,
    NAME_WORD,
    _role_prefixed,
    _roles,
)
from provenance.pipeline.speaker_roles import ARTICLES, complement_before
from provenance.text import title_case

HONORIFICS = frozenset(w.lower() for w in lexicon.words("honorifics") | lexicon.words("title_abbreviations"))
# A surname's case ending may differ from the full name's ("Сунака" for "Сунак"): this many letters at most.
SURNAME_ENDING_MAX = 2
# How far back the full name is looked for, in characters: a long article's opening paragraphs.
LOOKBACK_CHARS = 4000
# A possessive before the surname is its country or body, no given name ("France's Macron" in a headline).
_POSSESSIVE = ("'s", "’s")
# Given names kept before a surname: "Jane", "Mary Ann"; more is a title read as names.
GIVEN_MAX = 2


def in_full(text: str, before: int, speaker: str) -> str:
    """``speaker`` with the given names of the last full name before ``before`` that ends with its surname; the
    speaker as it stands when no full name ends so."""
    words = speaker.split()
    k = _title_end(words)
    surname = words[k] if k == len(words) - 1 else ""
    title = [w for w in words[:k] if w.lower().rstrip(".") not in HONORIFICS]
    if _ARABIC_LETTER.match(surname):
        given = _given_ar(text, before, surname)
    elif len(surname) < 3 or not surname[:1].isupper() or surname.isupper():
        return speaker
    else:
        given = _given(text, before, surname)
    return " ".join([*title, *given, surname]) if given else speaker


# A patronymic: a Russian or Ukrainian full name of three words ("Иван Петрович Сидоров") is one name.
_PATRONYMIC = re.compile(r"(?:ович|евич|ьевич|йович|ьович|овна|евна|івна|ївна|ична|інична|ич)$")


def without_complement(speaker: str) -> str:
    """A Cyrillic run of three or more capitalised words whose first is a body or a country in the genitive, or
    an acronym ("Альянса Иван Петров", "НАТО Іван Петренко", "Госдепартамента США Анна Роу"), cut from a role's
    complement ("генеральный секретарь Альянса Иван Петров"): the name it ends with. A run with a patronymic
    ("Иван Петрович Сидоров") is a full name, and a run opening with a word of another ending is left whole, as is
    one whose every word may be a genitive (a body's name, or a female name: "Карелии Анна Смирнова")."""
    words = speaker.split()
    if len(words) < 3 or not all(_CYRILLIC.match(w) and w[:1].isupper() for w in words):
        return speaker
    if any(_PATRONYMIC.search(w) for w in words) or any(_role_prefixed(w) for w in words):
        return speaker
    while len(words) > 2 and (
        (words[0].isupper() and len(words[0]) > 1) or (_GENITIVE_CYRILLIC.search(words[0]) and len(words[0]) > 3)
    ):
        words = words[1:]
    if any(w.isupper() for w in words) or all(_GENITIVE_CYRILLIC.search(w) for w in words):
        return speaker  # "Службы Безопасности Украины": a body's name in the genitive, no person's after it
    return " ".join(words)


def _title_end(words: list[str]) -> int:
    """How many of ``words`` before the last are a title: courtesy words, roles, the capitalised words that
    qualify a role and the article before it ("the Borean President", "der US-Präsident", "الرئيس")."""
    last = -1
    for k, w in enumerate(words[:-1]):
        low = w.lower().rstrip(".")
        if low in HONORIFICS or low.startswith(_roles()):
            last = k
        elif not (w[:1].isupper() or low in ARTICLES):
            return 0  # "… said Jane": no title
    return last + 1


_NOT_GIVEN = _PRONOUNS | _NP_STOP | _OPENERS | HONORIFICS


def _surname(surname: str) -> str:
    """A regex of ``surname`` with any case ending ("Сунака" for "Сунак")."""
    return rf"{re.escape(surname[: max(3, len(surname) - SURNAME_ENDING_MAX)])}\w{{0,{2 * SURNAME_ENDING_MAX}}}(?!\w)"


def _given(text: str, before: int, surname: str) -> list[str]:
    """The given names of the full name the surname stands for. Where the text names two people of that surname
    in full, the one it names first: a story introduces its subject first and a relative after, by full name
    ("Prime Minister Jane Roe … with her father, the late Senator John Roe … Roe said": Jane)."""
    found = _givens(text, before, surname)
    return found[0] if found and any(g != found[-1] for g in found) else (found[-1] if found else [])


def _givens(text: str, before: int, surname: str) -> list[list[str]]:
    run = re.compile(rf"(?<![\w.])(?P<given>(?:{NAME_WORD}[ \t]+){{1,3}}){_surname(surname)}")
    out: list[list[str]] = []
    for m in run.finditer(text, max(0, before - LOOKBACK_CHARS), before):
        given: list[str] = []
        for w in reversed(m.group("given").split()):  # "Prime Minister Rishi": "Rishi"
            low = w.lower()
            if w.isupper() or "-" in w or low.startswith(_roles()) or low in _NOT_GIVEN or low.endswith(_POSSESSIVE):
                break
            given.insert(0, w)
        if len(given) > 1 and complement_before(text, m.start()):
            given = given[-1:]  # "Secretary of State Ivo Marek": "State" completes the role, not a name
        dotted = text[m.start() : m.start() + len(m.group("given"))].strip().endswith(".")
        if (
            given
            and len(given) <= GIVEN_MAX
            and not any(_surname_elsewhere(text, g) for g in given)
            and not dotted
            and not title_case(text, m.start())
            and not _label(text, m.start())
        ):
            out.append(given)  # a headline's capitals ("U.S. Welcomes Iran-Saudi Deal") and a subheading name no one
    return out


def _surname_elsewhere(text: str, word: str) -> bool:
    """``word`` ends a full name elsewhere in the text ("Ивана Марека."): another person's surname, no given name
    ("Покушение на Марека Петров назвал …": a headline's two surnames side by side)."""
    return re.search(rf"(?<![\w.]){NAME_WORD}[ \t]+{re.escape(word)}(?!\w)(?![ \t]+{NAME_WORD})", text) is not None


def _label(text: str, at: int) -> bool:
    """The line at ``at`` is a subheading or label: no lower-case word and no sentence stop ("Komentarz Roe")."""
    a, b = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[a : b if b != -1 else len(text)].strip()
    return bool(line) and not any(w[:1].islower() for w in line.split()) and line[-1:] not in ".!?…:"


_SPEECH_VERBS_AR = frozenset(lexicon.words("speech_verbs", "ar"))
_STOPWORDS_AR = frozenset(w for w in lexicon.words("stopwords") if _ARABIC_LETTER.match(w))
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]{2,}")


def _given_ar(text: str, before: int, surname: str) -> list[str]:
    """Arabic writes no capitals: the given names are the words without the article right before the surname
    (the family name may carry it: "محمد شياع السوداني"), where a role or a definite adjective of nationality
    (the nisba -ي) stands before them ("الرئيس البوري إيفو ماريك", "وزير الدفاع لويد كارفر")."""
    window = text[max(0, before - LOOKBACK_CHARS) : before]
    for m in reversed(list(re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", window))):
        head = window[: m.start()].split()
        given: list[str] = []
        while head and len(given) < GIVEN_MAX and _given_word_ar(head[-1]):
            given.insert(0, head.pop())
        if given and head and _title_before_ar(head[-2:]):
            return given
    return []


def _given_word_ar(w: str) -> bool:
    bare = w.removeprefix("و").removeprefix("ف")
    return (
        bool(_ARABIC_WORD.fullmatch(w))
        and not w.startswith(_DEFINITE_AR)
        and not w.startswith(_roles())
        and w not in _NP_STOP | _NON_NAMES_AR | _ADJECTIVES_AR | _STOPWORDS_AR
        and w not in _SPEECH_VERBS_AR and bare not in _SPEECH_VERBS_AR
    )  # fmt: skip


def _title_before_ar(words: list[str]) -> bool:
    """A role ("الرئيس", "وزير الدفاع") or a definite adjective of nationality ("الأمريكي") closes ``words``."""
    last = words[-1].strip("،,")
    if _role_ar(last):
        return True
    if not last.startswith(_DEFINITE_AR):
        return False
    return last.endswith("ي") or (len(words) == 2 and _role_ar(words[0]))


def _role_ar(word: str) -> bool:
    return word.startswith(_roles()) or (word[1:].startswith(_roles()) and word[0] in "وف")  # "ووزير", "والرئيس"


# How near a name its age is printed ("Joe Carver, 72,", "72-year-old Joe Carver", "Джо Карвер (72 года)").
AGE_NEAR_CHARS = 30


def aged_person(text: str, before: int, epithet: str) -> str | None:
    """The person an age epithet ("the 72-year-old", "der 72-Jährige") stands for: the one the text gave that
    age before ``before``, else the last one the quote's paragraph names before it, else the person the text names
    most often (the story's subject: an epithet varies the name of whom the story is about, not of whoever spoke
    last); None where it names no one in full."""
    age = re.search(r"\d{1,3}", epithet)
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    paragraph = text.rfind("\n\n", 0, before) + 1
    here: str | None = None  # the last person the quote's own paragraph names before it
    for m in _FULL_NAME.finditer(text, 0, before):
        words = m.group().split()
        while words and words[0].lower() in _NOT_GIVEN | ARTICLES:
            words = words[1:]  # "Pour Marek", "The Borean": a capital opening a sentence
        name, start, end = " ".join(words), m.end() - len(" ".join(words)), m.end()
        if len(words) < 2 or not _person_name(words):
            continue
        near = text[max(0, start - AGE_NEAR_CHARS) : min(before, end + AGE_NEAR_CHARS)]
        if age and re.search(rf"(?<!\d){age.group()}(?!\d)", near):
            return name
        here = name if start >= paragraph else here
        counts.setdefault(name, len(re.findall(rf"(?<!\w){_surname(words[-1])}", text)))
        first.setdefault(name, start)
    return here or (max(counts, key=lambda n: (counts[n], -first[n])) if counts else None)


def _person_name(words: list[str]) -> bool:
    """A full name of a person: no acronym ("ORLCOM Ivo"), no role or courtesy word, no outlet."""
    return (
        not any((w.isupper() and len(w.strip(".")) > 1) or _role_prefixed(w) or w.lower() in HONORIFICS for w in words)
        and " ".join(words) not in OUTLETS
    )
