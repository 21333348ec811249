"""The equivalence layer: differences between a quote and its source that change no word of what was said.

An editor who is told that a correct quote is altered stops trusting the tool, so before a difference becomes
a change it is tried against the variants real copy is full of:

- spelling variants of one word or name: abbreviations written out (``Dept.``/``Department``, ``U.S.``/
  ``United States``), transliterations of one name (``Yusuf``/``Yousef``, ``Андрій``/``Andriy``),
  month names in another system (Arabic ``شباط``/``فبراير``), a number with or without its percent word;
- a word in the singular for the plural or the reverse (``garant``/``garants``): its grammatical number;
- what spoken sources hold and quotes clean up: fillers (``um``, ``euh``) and false starts that repeat the
  words next to them (``we will — we will``);
- the end of a cut-off source: quote words past the source's last word are not checked, not changed.

Token-level variants (dots in acronyms, Arabic orthography and clitics, digits, invisible characters) are
folded earlier, in :func:`provenance.text.norm_word`. Each variant found here becomes a note on the match,
never a change. Vocabularies are lexicon data (``abbreviations.tsv``, ``months.tsv``, ``fillers.LANG.txt``,
``percent.txt``).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

from provenance import lexicon
from provenance.settings import Settings, defaults
from provenance.text import LOST_LETTER, norm_word, tokens

# Arabic one-letter proclitics that typists sometimes write apart ("و سلامة" for "وسلامة"); joined, the
# tokeniser strips them (provenance.text), so apart they are no word of their own.
LONE_CLITICS = frozenset("وفبلك")
# The least skeleton of a name and the longest false start are Settings fields (variant_min_skeleton,
# max_stutter_words).


@functools.cache
def _abbreviations() -> dict[str, tuple[str, ...]]:
    """Abbreviations and English contractions with the words they stand for ("dept" -> department, "don't" -> do
    not; lexicons abbreviations, contractions.en)."""
    table = {**lexicon.table("abbreviations"), **lexicon.table("contractions", "en")}
    return {norm_word(k): tuple(norm_word(w) for w in v.split()) for k, v in table.items()}


def spelled_out(word: str) -> tuple[str, ...] | None:
    """The words an abbreviation or an English contraction stands for ("dept": department, "don't": do not)."""
    return _abbreviations().get(norm_word(word))


@functools.cache
def _name_spellings() -> dict[tuple[str, ...], int]:
    """Each spelling of a place or group name (lexicon name_spellings) -> its group."""
    return {tuple(_words(name)): k for k, row in enumerate(lexicon.rows("name_spellings")) for name in row.split("|")}


@functools.cache
def _countries() -> dict[tuple[str, ...], str]:
    """Each name of a country (lexicon countries, CLDR's names in the project's languages) -> its ISO code."""
    return {tuple(_words(name)): code for name, code in lexicon.table("countries").items()}


def _initials_of(acronym: str, words: Sequence[str]) -> bool:
    """``acronym`` (one word in capitals, "ОТС", "IAEA", "DoD") is the initials of ``words`` (normalised), with or
    without their function words ("Department of Defense")."""
    acronym = acronym.strip().removeprefix("#")  # a post's hashtag ("#EUCO") is the abbreviation it holds
    if not (2 <= len(acronym) <= 8 and acronym.isalpha() and acronym[0].isupper() and acronym[-1].isupper()):
        return False
    if len(words) < 2:
        return False
    short, content = acronym.casefold(), [w for w in words if w not in _STOPWORDS]
    return short in ("".join(w[0] for w in words), "".join(w[0] for w in content)) or _prefixes_of(short, content)


SYLLABLE_MAX = 3  # a syllabic abbreviation takes up to three letters of each word ("EUCO": EUropean COuncil)


def _prefixes_of(short: str, words: Sequence[str]) -> bool:
    """``short`` is the words' starts run together, one to ``SYLLABLE_MAX`` letters of each, every word in turn
    ("euco" for "european council", "ecofin" for "economic … financial"): a syllabic abbreviation."""
    if not words:
        return not short
    head = words[0]
    return any(
        head.startswith(short[:n]) and _prefixes_of(short[n:], words[1:])
        for n in range(1, min(SYLLABLE_MAX, len(short) - len(words) + 1) + 1)
    )


_STOPWORDS = lexicon.words("stopwords")


# The possessive a name takes in a quote as in its source ("Britain's", "the UK’s"; apostrophes unified).
_POSSESSIVE = "'s"


def _country(words: Sequence[str]) -> str | None:
    """The ISO code of the country ``words`` name, possessive or not ("Britain's": GB)."""
    if words and words[-1].endswith(_POSSESSIVE):
        words = [*words[:-1], words[-1][: -len(_POSSESSIVE)]]
    return _countries().get(tuple(words))


@functools.cache
def _months() -> tuple[tuple[tuple[str, ...], int], ...]:
    """Month names as word tuples (longest first, so "كانون الثاني" wins over a shorter name)."""
    out = {tuple(norm_word(w) for w in name.split()): int(n) for name, n in lexicon.table("months").items()}
    return tuple(sorted(out.items(), key=lambda kv: -len(kv[0])))


@functools.cache
def _fillers() -> frozenset[str]:
    return frozenset(norm_word(w) for w in lexicon.words_all("fillers"))


@functools.cache
def _percent() -> frozenset[str]:
    return frozenset(norm_word(w) for w in lexicon.words("percent"))


_ASCII_FOLD = [("ph", "f"), ("kh", "h"), ("gh", "g"), ("ck", "k"), ("q", "k"), ("c", "k"), ("x", "ks"), ("w", "v"),
               ("j", "y"), ("dh", "d"), ("th", "t"), ("sh", "s"), ("ch", "s"), ("z", "s")]  # fmt: skip
_VOWELS = re.compile(r"[aeiouy]+")
_VOWELS_NOT_Y = re.compile(r"[aeiou]+")


@functools.lru_cache(maxsize=4096)
def skeleton(name: str, keep_y: bool = False) -> str:
    """A name's consonant skeleton in Latin letters: transliterations of one name share it.

    Finer than :func:`provenance.pipeline.names.skeleton`, which also drops w, h and j to meet Arabic script
    (no short vowels, no case): two Latin spellings keep those letters, and keeping them keeps "Hadi" and
    "Adi" apart when a quote is judged word by word. ``keep_y`` keeps "y" as the consonant it is in a short name
    ("Beniyye" and "Baniye": "bny", where the vowels alone leave "bn", too short to stand for a name)."""
    from anyascii import anyascii

    s = re.sub(r"[^a-z]", "", anyascii(name).lower())
    for a, b in _ASCII_FOLD:
        s = s.replace(a, b)
    s = (_VOWELS_NOT_Y if keep_y else _VOWELS).sub("", s)
    return re.sub(r"(.)\1+", r"\1", s)


@functools.cache
def _months_by_first() -> dict[str, tuple[tuple[tuple[str, ...], int], ...]]:
    """The month names indexed by their first word, longest first under each (as :func:`_months` orders them),
    so that :func:`_expand` looks at the few names a word can begin, not at every name (linear in the words)."""
    out: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for name, n in _months():
        out.setdefault(name[0], []).append((name, n))
    return {k: tuple(v) for k, v in out.items()}


def _expand(words: Sequence[str]) -> list[str]:
    """Abbreviations written out and month names replaced by their number."""
    out: list[str] = []
    i = 0
    months = _months_by_first()
    while i < len(words):
        for name, n in months.get(words[i], ()):
            if tuple(words[i : i + len(name)]) == name:
                out.append(f"<month {n}>")
                i += len(name)
                break
        else:
            out.extend(_abbreviations().get(words[i].replace(".", ""), (words[i],)))
            i += 1
    return out


def month_number(word: str) -> int | None:
    """The month a single-word month name stands for, in any language and system the lexicon holds."""
    return _single_months().get(word)


@functools.cache
def _single_months() -> dict[str, int]:
    return {name[0]: n for name, n in _months() if len(name) == 1}


def _words(s: str | None) -> list[str]:
    return [t.norm for t in tokens(s or "")]


@functools.cache
def _spelling_rules(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(k), v) for k, v in lexicon.table("spelling_rules", lang).items())


_CYRILLIC_WORD = re.compile(r"[а-яё]+")
# English endings are rewritten on words of this many letters or more ("sized" stays apart from "sised").
_EN_SPELLING_MIN = 5


@functools.lru_cache(maxsize=8192)
def house_spelling(word: str) -> str:
    """One form for a word's house spellings (lexicon spelling_rules): British and American English
    ("jeopardised" and "jeopardized" give the same), Russian "ё" and "е" ("идёт", "идет")."""
    if word.isascii() and word.isalpha() and len(word) >= _EN_SPELLING_MIN:
        rules = _spelling_rules("en")
    elif _CYRILLIC_WORD.fullmatch(word):
        rules = _spelling_rules("ru")
    else:
        return word
    for rx, repl in rules:
        word = rx.sub(repl, word)
    return word


def variant(
    quote_side: str | None, source_side: str | None, settings: Settings | None = None, language: str | None = None
) -> str | None:
    """Why two differing stretches say the same thing (a note), or None when they do not. ``language``: the
    source's, where its euphony alternates word forms (Ukrainian "у"/"в")."""
    if language == "uk" and _euphonic(_words(quote_side), _words(source_side)):
        return f"the same words in the other euphonic form: “{quote_side}” for “{source_side}”"
    return _variant(quote_side, source_side, (settings or defaults()).variant_min_skeleton)


@functools.cache
def _euphonic_forms() -> dict[str, int]:
    return {w: k for k, row in enumerate(lexicon.groups("euphonic_alternations", "uk")) for w in row}


_UK_CONSONANTS = frozenset("бвгґджзйклмнпрстфхцчшщ")


def _euphonic(q: Sequence[str], s: Sequence[str]) -> bool:
    """Each word the same or its other euphonic form (lexicon euphonic_alternations.uk): "у"/"в", "і"/"й", and a
    word opening with "у" or "в" before a consonant written with the other ("вже"/"уже", "всі"/"усі")."""
    forms = _euphonic_forms()

    def same(a: str, b: str) -> bool:
        if a == b or (a in forms and forms.get(a) == forms.get(b)):
            return True
        return len(a) >= 3 and a[1:] == b[1:] and {a[0], b[0]} == {"у", "в"} and a[1] in _UK_CONSONANTS

    return bool(q) and len(q) == len(s) and q != s and all(same(a, b) for a, b in zip(q, s, strict=True))


# A quote's differing stretches come back against every source span it is aligned with, and a wire story's
# quotes in every reprint: a fifth of the questions in an audit are repeats (issue 15).
@functools.lru_cache(maxsize=1 << 14)
def _initialled(a: str, b: str) -> bool:
    """The same words, but for a given name on one side and its capital initial and dot on the other ("Евгения" /
    "Е.", "Jane Roe" / "J. Roe"; not "act" / "a", nor "In" / "I")."""
    x, y = re.findall(r"[^\W\d_][\w'’-]*\.?", a), re.findall(r"[^\W\d_][\w'’-]*\.?", b)
    if len(x) != len(y) or x == y:
        return False
    return all(
        u.rstrip(".").casefold() == v.rstrip(".").casefold()
        or (min(len(u), len(v)) == 2 and u[:1] == v[:1] and u[:1].isupper() and "." in (u[1:2], v[1:2]))
        for u, v in zip(x, y, strict=True)
    )


def _lost_letters(whole: Sequence[str], lost: Sequence[str]) -> bool:
    """Each word of ``lost`` the same as ``whole``'s but where its copy's encoding lost a letter ("bor?a" for
    "boréa"): each lost mark stands for one letter, or two (a two-byte letter read as two marks)."""
    if len(whole) != len(lost) or not any(c in w for w in lost for c in LOST_LETTER):
        return False
    for a, b in zip(whole, lost, strict=True):
        if a != b and not re.fullmatch("".join(_LOST if c in LOST_LETTER else re.escape(c) for c in b), a):
            return False
    return True


_LOST = r"[^\W\d_]{1,2}"


def _variant(quote_side: str | None, source_side: str | None, min_skeleton: int) -> str | None:
    q, s = _words(quote_side), _words(source_side)
    if not q or not s:
        return None
    eq, es = _expand(q), _expand(s)
    if eq == es:
        return f"spelling variant: “{quote_side}” for “{source_side}”"
    if len(eq) == len(es) and all(
        a == b or house_spelling(a) == house_spelling(b) for a, b in zip(eq, es, strict=True)
    ):
        return f"the other house spelling: “{quote_side}” for “{source_side}”"
    if len(q) == len(s) and all(_unmarked(a) == _unmarked(b) for a, b in zip(q, s, strict=True)):
        return f"the same word with other diacritics: “{quote_side}” for “{source_side}”"  # "yegane" for "yegâne"
    if "".join(q) == "".join(s) or "".join(eq) == "".join(es):
        return f"the same word written apart or hyphenated: “{quote_side}” for “{source_side}”"  # co-operation
    spellings = _name_spellings()
    if spellings.get(tuple(q)) is not None and spellings.get(tuple(q)) == spellings.get(tuple(s)):
        return f"another spelling of the name: “{quote_side}” for “{source_side}”"
    if _initialled(quote_side or "", source_side or ""):
        return f"a given name and its initial: “{quote_side}” for “{source_side}”"  # "Евгения" for "Е."
    if _initials_of(quote_side or "", s) or _initials_of(source_side or "", q):
        return f"an abbreviation written out or made: “{quote_side}” for “{source_side}”"  # "ОТС", "Объединённый …"
    qc, sc = _country(q), _country(s)
    if qc is not None and qc == sc:
        return f"another name of the country: “{quote_side}” for “{source_side}”"  # "UK" for "Britain"
    if sorted(eq) == sorted(es) and any(w.startswith("<month") for w in eq):
        return f"the same date written in another order: “{quote_side}” for “{source_side}”"
    if _lost_letters(q, s) or _lost_letters(s, q):
        return f"a letter the copy lost in its encoding: “{quote_side}” for “{source_side}”"  # "Bor?a"
    if _handle_of(quote_side or "", source_side or "", q):
        return f"a post's handle written as the name: “{quote_side}” for “{source_side}”"  # "Erdogan", "@RTErdogan"
    if len(q) == len(s) and all(a == b or _number_form(a, b) for a, b in zip(q, s, strict=True)):
        return f"the same word in the singular or the plural: “{quote_side}” for “{source_side}”"  # "garant"/"garants"
    if _same_number(quote_side or "", source_side or ""):
        return f"the same number in figures or in words: “{quote_side}” for “{source_side}”"
    if len(q) == len(s) and all(a == b or _doubled(a, b) or _doubled(b, a) for a, b in zip(q, s, strict=True)):
        return f"a letter doubled or written once, a slip of spelling: “{quote_side}” for “{source_side}”"
    if (
        len(q) == len(s)
        and all(
            a == b
            or (len(skeleton(a)) >= min_skeleton and skeleton(a) == skeleton(b))
            or (
                "y" in a
                and "y" in b
                and len(skeleton(a, True)) >= min_skeleton
                and skeleton(a, True) == skeleton(b, True)
            )
            for a, b in zip(q, s, strict=True)
        )
        and _capitalised(quote_side)
        and _capitalised(source_side)
    ):
        return f"name spelled differently: “{quote_side}” for “{source_side}”"
    return None


# A word this long whose letter is doubled on one side and single on the other is one word misspelt ("agressor",
# "accomodate"); shorter pairs are often two words ("later"/"latter", "diner"/"dinner"). Never a doubling right
# before an inflection's ending, where English doubles to tell two verbs apart ("scraped"/"scrapped").
DOUBLED_MIN_CHARS = 8
_INFLECTIONS = ("ed", "ing", "er", "est", "y")


def _doubled(longer: str, shorter: str) -> bool:
    """``longer`` is ``shorter`` with one letter doubled (see DOUBLED_MIN_CHARS)."""
    if len(longer) != len(shorter) + 1 or len(longer) < DOUBLED_MIN_CHARS or not longer.isalpha():
        return False
    k = next((i for i, (a, b) in enumerate(zip(longer, shorter, strict=False)) if a != b), len(shorter))
    if longer[:k] + longer[k + 1 :] != shorter:
        return False
    if k > 0 and longer[k] == longer[k - 1]:
        second = k  # the added letter is the second of the pair
    elif k + 1 < len(longer) and longer[k] == longer[k + 1]:
        second = k + 1
    else:
        return False
    return not longer[second + 1 :].startswith(_INFLECTIONS)


@functools.lru_cache(maxsize=8192)
def _unmarked(word: str) -> str:
    """A word without its combining marks (a house style that drops Turkish "â", a capital's accent, "ё"), and "ı"
    as "i" (a heading in capitals writes "I" for both: "ATACAĞIZ" folds to "atacağiz")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)).replace("ı", "i")


def _same_number(q: str, s: str) -> bool:
    """Each side is one number and nothing else, of the same value ("2" / "два", "twenty-five" / "25")."""
    a = _number_alone(q)
    return a is not None and bool(a & (_number_alone(s) or frozenset()))


@functools.lru_cache(maxsize=8192)
def _number_alone(side: str) -> frozenset[float] | None:
    """The values of the one number a stretch of words is, nothing else; None where it is not one (a quote's
    changed stretches recur across the source spans it is aligned with: read once each)."""
    # imported here: the markers read month names through this module, and import the standard library only
    from provenance.pipeline import anchors

    ws = anchors.words(side)
    found = anchors.numbers(ws, side)
    if len(found) != 1 or len(found[0].text.split()) != len(ws) or found[0].clock:
        return None
    return frozenset(found[0].values)


# A handle glues a name to initials or other words, in mixed case ("@RTErdogan", "ZelenskyyUa"); the name it
# holds, this long at least, is the person the handle is (shorter words are too often parts of other words).
HANDLE_NAME_CHARS = 4


def _handle_of(quote_side: str, source_side: str, q: Sequence[str]) -> bool:
    """Whether the source's one word is a mixed-case handle holding the quote's last, capitalised name word."""
    handle = source_side.strip().lstrip("@")
    mixed = handle.isalnum() and any(c.isupper() for c in handle[1:]) and any(c.islower() for c in handle)
    name = q[-1] if q else ""
    return (
        mixed
        and _capitalised(quote_side)
        and len(name) >= HANDLE_NAME_CHARS
        and _unmarked(name) in _unmarked(handle.casefold())
    )


# A plural's ending added to a word, or dropped ("garant"/"garants", "institution"/"institutions"); a stem shorter
# than this is too often another word with it ("lo"/"los", "u"/"us").
PLURAL_ENDINGS = ("s", "x")
PLURAL_STEM_CHARS = 5


def _number_form(a: str, b: str) -> bool:
    """One word is the other with a plural's ending: the grammatical number of a word, no other word said."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= PLURAL_STEM_CHARS and long_[:-1] == short and long_.endswith(PLURAL_ENDINGS)


def _capitalised(s: str | None) -> bool:
    words = re.findall(r"\w+(?:['’]\w+)?", s or "")  # "Erdoğan's": one word, its possessive ending no word
    return bool(words) and all(w[:1].isupper() or not w[:1].isalpha() or not w[:1].isascii() for w in words)


FALSE_START = "false start of the transcript left out: "


def dropped_speech(deleted: Sequence[str], before: Sequence[str], after: Sequence[str], max_stutter: int) -> str | None:
    """Why source words a quote leaves out were never part of what was said: fillers, or a false start that
    repeats the words right before or after them. ``before``/``after`` are the source words around them."""
    if deleted and all(w in _fillers() for w in deleted):
        return "filler words of the transcript left out: " + " ".join(deleted)
    n = len(deleted)
    if n <= max_stutter * 2:
        rest = [w for w in deleted if w not in _fillers()]
        k = len(rest)
        if k and k <= max_stutter and (list(after[:k]) == rest or list(before[-k:]) == rest):
            return FALSE_START + " ".join(rest)
        # a repair that says it again without its article: "the Prime Minister, Prime Minister Jane Roe"
        if 2 <= k <= max_stutter and rest[0] in _articles() and list(after[: k - 1]) == rest[1:]:
            return FALSE_START + " ".join(rest)
    return None


@functools.lru_cache(maxsize=1)
def _articles() -> frozenset[str]:
    return frozenset(norm_word(w) for c in ("definite_articles", "indefinite_articles") for w in lexicon.words_all(c))


def percent_word(words: Sequence[str], next_to_number: bool) -> bool:
    """``80%`` against ``80 percent``: only percent words, right beside a number."""
    return next_to_number and bool(words) and all(w in _percent() for w in words)
