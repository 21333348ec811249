"""Site markers: the parts of a news page that say who wrote it, where and when, who is credited.

:func:`find_markers` returns :class:`~provenance.report.Marker` s of the kinds of the report contract
(``language_switcher``, ``byline``, ``dateline``, ``photo_credit``, ``updated``, ``outlet``, ``attribution``,
``boilerplate``), each with ``text == document[start:end]``, sorted by ``(start, kind)``.

Everything here is rules over lines and phrases (English, Ukrainian, Russian); the lists that are lists live in
``provenance/data/`` (outlets, boilerplate phrases, switcher labels). Only the standard library is imported;
every pattern is compiled once, at import.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from provenance import lexicon
from provenance.report import Marker
from provenance.text import lines as _lines


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _data_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a data list."""
    concept, _, ext = name.rpartition(".")
    return list(lexicon.rows(concept, ext=ext))


# --- data lists -----------------------------------------------------------------------------------------------
def _load_outlets() -> dict[str, str]:
    """alias -> canonical name; an ALL-CAPS rendering of a longer alias is an alias too."""
    out: dict[str, str] = {}
    for row in _data_lines("outlets.txt"):
        names = [n.strip() for n in row.split(" | ") if n.strip()]
        for alias in names:
            out.setdefault(alias, names[0])
            if len(alias) > 3:
                out.setdefault(alias.upper(), names[0])
    return out


def _load_switcher_codes() -> dict[str, str]:
    out: dict[str, str] = {}
    for row in _data_lines("switcher_codes.txt"):
        label, _, code = row.rpartition(" ")
        if label and code:
            out[label.casefold()] = code
    return out


def _load_boilerplate() -> tuple[frozenset[str], tuple[str, ...]]:
    """(phrases that must be the whole line, phrases that may start a line)."""
    exact: set[str] = set()
    prefix: list[str] = []
    for row in _data_lines("boilerplate.txt"):
        if row.endswith("…"):
            prefix.append(_norm_line(row[:-1]))
        else:
            exact.add(_norm_line(row))
    return frozenset(exact), tuple(sorted(prefix, key=len, reverse=True))


def _norm_line(s: str) -> str:
    return " ".join(s.casefold().split()).rstrip(" .:!…»›>→|-–—")


OUTLETS = _load_outlets()
PHOTO_AGENCIES = frozenset(_data_lines("photo_agencies.txt"))
SWITCHER_CODES = _load_switcher_codes()
BOILERPLATE_EXACT, BOILERPLATE_PREFIX = _load_boilerplate()

# --- thresholds -------------------------------------------------------------------------------------------------
# A repeated line shorter than this is a label ("Video", "Share"), not a repeated headline.
REPEATED_LINE_MIN = 20
# A switcher glued to the end of a text line needs this many codes: two could be ordinary words.
GLUED_SWITCHER_MIN = 3
# Words that may follow the name on a "By" line ("| Orlin Daily", ", Senior Correspondent in Kyiv").
BYLINE_MAX_TAIL_WORDS = 6
# A "By ..." line longer than this is prose that happens to start with "By".
BYLINE_MAX_LINE = 120
# A capitalised place with no region, date or agency after it has at most this many words ("NEW YORK -").
DATELINE_BARE_MAX_WORDS = 2
# Longest outlet, credit or source phrase taken from running text, in words.
MAX_NAME_WORDS = 6
# Boilerplate "starts with" phrases apply to lines up to this long (a "Read also: <headline>" line).
BOILERPLATE_MAX_LINE = 200

# --- word classes --------------------------------------------------------------------------------------------------
# Upper-case letters of the Latin, Greek and Cyrillic blocks: Python's re has no \p{Lu}.
_UPPER = "[" + re.escape("".join(chr(c) for c in range(0x41, 0x530) if chr(c).isupper())) + "]"
_CAP = rf"{_UPPER}(?:[\w'’\-]|\.(?=\w))*"  # a capitalised word: Coast, Iraq's, al-Sudani's, U.S, Kurdistan24
_NOT_AFTER_WORD = r"(?<![\w'’\-])"
MONTHS = _wordset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня "
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
    "monday tuesday wednesday thursday friday saturday sunday"
)
# Site labels that are also everyday words: a "switcher" made only of these is a phrase ("It is", "No").
SWITCHER_WORDS = _wordset("it is no be am to so my me he as at an or on in of we us do go by id hi ja da")
# Capitalised words that begin a sentence rather than a name ("Yesterday, Coast Wire reported").
LEADING_NON_NAMES = _wordset(
    "the a an and but yesterday today earlier later meanwhile also on in at as this last then now previously "
    "separately however after before while when since according "
    "раніше ранее вчора вчера сьогодні сегодня також также тоді тогда нагадаємо напомним зокрема як как про об "
    "це это у в а і и та але но згодом позже пізніше"
)
ARTICLES = _wordset("the a an its their")
# Words that make a capitalised phrase an outlet's name when it ends in one ("Coast Wire", "Orlin Daily").
OUTLET_WORDS = _wordset(
    "wire news times post daily press herald journal gazette tribune telegraph media tv radio network channel "
    "today chronicle courier weekly pravda правда новини новости вести вісті газета медіа медиа тв радіо радио "
    "канал тиждень телеграф"
)
# Institutions and roles that a credited source is named by in lower case (English).
SOURCE_NOUNS_EN = _wordset(
    "ministry ministries council statement official officials spokesperson spokesman spokeswoman police army "
    "military government authorities office department committee commission agency minister president mayor "
    "governor prosecutor prosecutors court report sources source foreign defense defence interior health city "
    "regional local state national senior press service embassy command forces staff general director chief "
    "head spokespeople administration parliament assembly board secretary ambassador representative "
    "analysts experts observers witnesses residents security transport finance economy justice emergency "
    "prime deputy top federal public joint coalition commander commanders correspondent reporter journalist "
    "editor lawmakers lawmaker legislators"
)
# The same for Ukrainian and Russian (nominative and the case forms after "в/у", "за даними", "по данным").
SOURCE_NOUNS_CYR = _wordset(
    "мер мэр президент міністр министр речник речниця спікер спикер представник представниця представитель "
    "голова глава пресслужба прес-служба пресс-служба пресслужбі прес-службі пресс-службе міністерство "
    "министерство міністерстві министерстве міністерства министерства відомство ведомство відомстві ведомстве "
    "уряд уряді уряду правительство правительстве правительства мерія мерії мэрия мэрии рада раді совет совете "
    "штаб штабі штабе поліція поліції полиция полиции армія армії армия армии командування командование "
    "видання издание агентство агентства телеканал джерела джерело источники источник офіс офісі офис офисе "
    "посол посольство посольстві посольстве прокуратура прокуратурі прокуратуре суд суді суде служба службі "
    "службе генштаб генштабі генштабе адміністрація адміністрації администрация администрации видання издания "
    "издание телеканалу телеканала газети газеты"
)
# Words that end a Cyrillic source phrase: conjunctions, prepositions, time adverbs.
CYR_STOP = _wordset(
    "що что про о об і й и та а але но який яка які которые который которая у в на з с за до від от по "
    "вже уже сьогодні сегодня вчора вчера вранці утром ввечері вечером також также ще еще ещё тоді тогда "
    "зокрема нібито якобы офіційно официально раніше ранее пізніше позже не це это як как після после "
    "під над при через для перед між без серед понад під час под между среди во со ко к из із зі из-за "
    "посилаючись ссылаясь цитує цитирует"
)


def _alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, as a character trie: one branch per next letter, so the engine
    never tries a few hundred alternatives at each position (5x faster than a plain ``a|b|c``)."""
    root: dict[str, Any] = {}
    for w in set(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(root)


def _trie_regex(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


# --- patterns --------------------------------------------------------------------------------------------------------
_OUTLET_RE = re.compile(rf"(?<![\w\-])(?:{_alternation(OUTLETS)})(?![\w\-])")
_CAP_SEQ = rf"{_CAP}(?:[ \t]+(?:(?:of|de|the|and|for)[ \t]+)?(?:{_CAP}|\d+)){{0,{MAX_NAME_WORDS - 1}}}"
# Phrases after which a name is the one reporting: "according to Orlin Daily", "повідомляє Укрінформ".
OUTLET_OBJECT_PHRASES = (
    "according to",
    "told",
    "reported by",
    "cited by",
    "quoted by",
    "citing",
    "interview with",
    "published by",
    "reports",
    "reported",
    "за даними",
    "повідомляє",
    "повідомило",
    "пише",
    "передає",
    "з посиланням на",
    "в інтерв'ю",
    "в інтерв’ю",
    "по данным",
    "сообщает",
    "сообщило",
    "пишет",
    "передает",
    "передаёт",
    "со ссылкой на",
    "в интервью",
)
_SWITCHER_SPLIT = re.compile(r"[\s|/•·,]+")
_TOKEN_RE = re.compile(r"\S+")
SWITCHER_SEPARATORS = _wordset("| / • · ,")
_UPDATED_RE = re.compile(
    r"(?P<key>Last[ \t]+updated|Last[ \t]+modified|Updated|UPDATED|Оновлено|Обновлено|Змінено|Изменено)"
    r"(?:[ \t]*(?::|at|on|о|в|в:|о:)(?![\w]))?[ \t]*(?P<time>[^\n|•·]*?\d[^\n|•·]*)"
)
_PUBLISHED_BEFORE = re.compile(r"(?:Published|Posted|Опубліковано|Опубликовано|Додано|Добавлено)\b[^\n]*$")
_BY_RE = re.compile(r"(?:By|BY)[ \t]+")
_BYLINE_KEY_RE = re.compile(
    r"(?:(?:Additional[ \t]+)?[Rr]eporting[ \t]+by|Reported[ \t]+by|Written[ \t]+by|Story[ \t]+by|Words[ \t]+by|"
    r"Text[ \t]+by|Підготува(?:ла|ли|в)|Подготови(?:ла|ли|л)|"
    r"Автор(?:ка|и|ы)?[ \t]+(?:статті|статьи|матеріалу|материала|тексту|текста))[ \t]*[:\-–—]?[ \t]*"
    r"|(?:Authors?|AUTHORS?|Автор(?:ка|и|ы)?|АВТОР|Текст|Text|By)[ \t]*[:\-–—][ \t]*"
)
_NAME_TOKEN = re.compile(r"[^\W\d_](?:[\w'’\-]*[^\W_])?\.?")
NAME_PARTICLES = _wordset("de da di del della van von der den la le al el bin ibn ben du dos das ter ten y")
NAME_JOINERS = _wordset("and & і й та и")
_DATELINE_RE = re.compile(
    r"(?P<place>[^\W\d_][\w'’.\-]*(?:[ \-][^\W\d_][\w'’.\-]*){0,3}?)"
    r"(?P<parts>(?:,[ \t]*[^,()\n–—\-/]{1,40}?){0,2})"
    r"[ \t]*(?:\((?P<agency>[^()\n]{2,40})\)[ \t]*)?"
    r"(?:(?P<dash>[-–—]{1,2})|\.?[ \t]*/(?P<slash>[^/\n]{2,30})/\.?)[ \t]+(?=[\w\"“«'‘„])"
)
# All-caps words at a paragraph's start that are labels, not places ("BREAKING - ...").
NOT_PLACES = _wordset(
    "BREAKING UPDATE UPDATED EXCLUSIVE WATCH LIVE VIDEO PHOTO PHOTOS OPINION ANALYSIS EDITORIAL "
    "COMMENT NOTE CORRECTION FACTBOX EXPLAINER INTERVIEW NATO EU UN"
)
_PHOTO_KEY = (
    r"(?:[Pp]hoto[ \t]+credit|[Pp]hotographs?|[Pp]hotos?|[Pp]ictures?|[Ii]mages?|[Cc]redit|"
    r"Фото|фото|Світлина|світлина|Ілюстрація|ілюстрація|Иллюстрация|иллюстрация|Джерело фото|Источник фото|"
    r"PHOTO|ФОТО)"
)
_PHOTO_PAREN_RE = re.compile(rf"\(\s*(?P<key>{_PHOTO_KEY})\s*(?::|by\b|[-–—])\s*(?P<credit>[^()\n]{{2,80}}?)\s*\)")
_PHOTO_LINE_RE = re.compile(
    rf"(?:^|(?<=[.!?»”\"][ \t])|(?<=[.!?»”\"]))(?P<key>{_PHOTO_KEY})[ \t]*(?::|by\b|[-–—])[ \t]*"
    r"(?P<credit>[^\n()|]{2,80}?)[ \t]*(?=$|\||\n)",
    re.M,
)
_PHOTO_BARE_RE = re.compile(rf"^(?P<key>Фото|ФОТО)[ \t]+(?P<credit>{_UPPER}[^\n()|]{{1,60}}?)[ \t]*$", re.M)
_SLASH_CREDIT_RE = re.compile(r"[ \t]/[ \t]*(?P<credit>[^\n/]{2,40}?)[ \t]*$", re.M)
PHOTO_WORDS = _wordset("images image photo photos pictures pix фото світлини")

# Attribution: verbs of saying, then who said it.
_SAY_EN = (
    r"said|says|reported|reports|announced|announces|stated|states|noted|notes|added|adds|confirmed|confirms|"
    r"claimed|claims|wrote|writes|warned|warns|explained|clarified|stressed|emphasi[sz]ed|insisted|argued|"
    r"declared|estimated|told[ \t]+(?:reporters|journalists)|told"
)
_SOURCE_WORD_EN = rf"(?:{_CAP}|{_alternation(SOURCE_NOUNS_EN)}\b)"
_NP_EN = (
    rf"(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)[ \t]+)?{_SOURCE_WORD_EN}"
    rf"(?:[ \t]+(?:(?:of|for)[ \t]+(?:the[ \t]+)?)?{_SOURCE_WORD_EN}){{0,{MAX_NAME_WORDS - 1}}}"
)
_STATEMENT = (
    r"(?:[ \t]+in[ \t]+an?[ \t]+(?:(?:separate|joint|written|brief|short|new)[ \t]+)?"
    r"(?:statement|post|interview|briefing|report))?"
)
_ATTR_INVERTED_RE = re.compile(rf"(?<=[,”\"»’])[ \t]*(?P<phrase>(?:{_SAY_EN})[ \t]+(?P<src>{_NP_EN}){_STATEMENT})")
_ATTR_SUBJECT_RE = re.compile(
    rf"{_NOT_AFTER_WORD}(?P<phrase>(?P<src>{_NP_EN})(?:[ \t]+(?:also|later|earlier|previously|further|again|then))?"
    rf"[ \t]+(?:{_SAY_EN})\b{_STATEMENT})"
)
_QUESTION_BEFORE = re.compile(r"(?:^|\s)(?:[Ww]hat|[Hh]ow|[Ww]hy|[Ww]hen|[Ww]here)\s+$")
_ATTR_ACCORDING_RE = re.compile(
    r"(?P<phrase>(?:[Aa]ccording[ \t]+to|[Cc]iting)[ \t]+(?:(?:the|a|an)[ \t]+)?"
    r"(?:(?:latest|new|official|preliminary|final|initial)[ \t]+)?"
    r"(?:(?:tally|data|figures|statement|report|estimate|estimates|count|numbers|information|statistics)[ \t]+"
    rf"(?:from|by|of)[ \t]+)?(?P<src>{_NP_EN}))"
)
# Ukrainian and Russian verbs of saying (the source follows them: "повідомляє Укрінформ", "заявил мэр X")
# and the phrases that name a source ("за даними X", "по данным X").
SAY_CYR = _wordset(
    "повідомляє повідомляють повідомив повідомила повідомило повідомили пише пишуть передає інформує зазначає "
    "зазначив зазначила зазначили заявив заявила заявило заявили наголосив наголосила наголосили сказав сказала "
    "сказали підкреслив підкреслила йдеться ідеться сообщает сообщают сообщил сообщила сообщило сообщили пишет "
    "пишут передает передаёт заявил отметил отметила отметили сказал подчеркнул подчеркнула говорится "
    "повідомляло писало передало сообщало писало передало"
)
SOURCE_PHRASES_CYR = (
    "за даними",
    "за інформацією",
    "за словами",
    "з посиланням на",
    "згідно з",
    "по данным",
    "по информации",
    "по словам",
    "со ссылкой на",
    "согласно",
)


def _both_cases(phrases: Iterable[str]) -> list[str]:
    """Each phrase as written and with a capital first letter (it may open a sentence)."""
    return [v for p in phrases for v in (p, p[:1].upper() + p[1:])]


_SAY_CYR = (
    rf"(?:(?:{_alternation(_both_cases(['як', 'как']))}) )?(?:{_alternation(_both_cases(SAY_CYR))})"
    rf"(?: (?:в|у|на))?|{_alternation(_both_cases(SOURCE_PHRASES_CYR))}"
)
_ATTR_CYR_RE = re.compile(rf"(?<![\w])(?P<verb>{_SAY_CYR})[ \t]+(?=\w)")
# Verbs whose subject, when it is a name ending in an outlet word, is an outlet ("Coast Wire reported").
OUTLET_VERBS_EN = (
    "reported",
    "reports",
    "said",
    "says",
    "wrote",
    "writes",
    "quoted",
    "cited",
    "published",
    "learned",
    "learnt",
)
# Common nouns that introduce an outlet's name ("the newspaper Orlin Daily", "видання Orlin Daily").
OUTLET_INTRO = _wordset(
    "the newspaper outlet agency channel broadcaster site видання виданню видання агентство агентства телеканал "
    "телеканалу газета газети сайт сайту портал порталу издание издания агентства телеканала газеты сайта портала"
)
_OUTLET_SUBJECT_RE = re.compile(
    rf"{_NOT_AFTER_WORD}(?P<name>{_CAP_SEQ})(?=['’]s\b|\s+(?:has\s+|had\s+|also\s+|earlier\s+)?"
    rf"(?:{_alternation([*OUTLET_VERBS_EN, *SAY_CYR])})(?![\w]))"
)
_OUTLET_OBJECT_RE = re.compile(
    rf"(?<![\w])(?:{_alternation(_both_cases(OUTLET_OBJECT_PHRASES))})"
    rf"\s+(?:(?:{_alternation(OUTLET_INTRO)})\s+)?(?P<name>{_CAP_SEQ})"
)
_CYR_WORD = re.compile(r"[\w'’\-.]+")
PRONOUNS = _wordset("he she they it we i you him her them він вона вони воно ми я він он она они оно мы")


# --- helpers -------------------------------------------------------------------------------------------------------
def _mk(text: str, kind: str, start: int, end: int, value: dict[str, Any]) -> Marker:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Marker(kind, text[start:end], start, end, value)


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _trim_phrase(s: str) -> str:
    return s.strip().rstrip(".,;:!?)»”\"'’").strip()


def _is_datey(s: str) -> bool:
    words = re.findall(r"[^\W\d_]+", s.casefold())
    return any(ch.isdigit() for ch in s) or any(w in MONTHS for w in words)


def _strip_leading(name: str, start: int, keep_articles: bool = False) -> tuple[str, int]:
    """Drop sentence-initial words from a capitalised run: "Yesterday Coast Wire" -> "Coast Wire".
    An article stays when ``keep_articles`` or when it is part of a two-word name ("The Times")."""
    while True:
        head, _, rest = name.partition(" ")
        low = head.casefold()
        if not rest or low not in LEADING_NON_NAMES:
            return name, start
        if low in ARTICLES and (keep_articles or " " not in rest.strip()):
            return name, start
        stripped = rest.lstrip()
        start += len(name) - len(stripped)
        name = stripped


# --- language switcher ---------------------------------------------------------------------------------------------
def _switcher_codes(tokens: Sequence[str]) -> list[str] | None:
    """ISO codes for a run of switcher labels, or None when any token is not a label."""
    codes: list[str] = []
    for tok in tokens:
        code = SWITCHER_CODES.get(tok.casefold().rstrip("."))
        if code is None:
            return None
        if code not in codes:
            codes.append(code)
    if len(codes) < 2 or all(t.casefold().rstrip(".") in SWITCHER_WORDS for t in tokens):
        return None
    return codes


def _switchers(text: str, spans: Sequence[tuple[int, int]]) -> list[Marker]:
    out: list[Marker] = []
    for a, b in spans:
        line = text[a:b]
        codes = _switcher_codes([t for t in _SWITCHER_SPLIT.split(line) if t])
        if codes:
            out.append(_mk(text, "language_switcher", a, b, {"languages": codes}))
            continue
        tail = _switcher_tail(text, a, b)
        if tail:
            out.append(tail)
    return out


def _label(token: str) -> bool:
    return token.casefold().rstrip(".") in SWITCHER_CODES


def _switcher_tail(text: str, a: int, b: int) -> Marker | None:
    """A switcher at the end of a text line, glued or not: "Updated at 08:12 pmua en ru"."""
    if not _label(text[a:b].rsplit(None, 1)[-1]):
        return None
    toks = [(m.start(), m.group()) for m in _TOKEN_RE.finditer(text, a, b)]
    i = len(toks)
    while i > 0 and (_label(toks[i - 1][1]) or toks[i - 1][1] in SWITCHER_SEPARATORS):
        i -= 1
    if i == 0 or i == len(toks):
        return None
    labels = [t for _, t in toks[i:] if t not in SWITCHER_SEPARATORS]
    start = toks[i][0]
    prev_start, prev = toks[i - 1]
    for k in (3, 2):  # a label glued to the previous word: its last letters ("pm" + "ua")
        cut = prev[-k:]
        if len(prev) > k and cut.isalpha() and _label(cut) and cut.islower() == labels[0].islower():
            labels.insert(0, cut)
            start = prev_start + len(prev) - k
            break
    codes = _switcher_codes(labels)
    if not codes or len(labels) < GLUED_SWITCHER_MIN:
        return None
    return _mk(text, "language_switcher", start, b, {"languages": codes})


def switcher_languages(markers: Sequence[Marker]) -> list[str] | None:
    """The languages of the first language switcher among ``markers`` (ISO codes, page order), or None."""
    for m in markers:
        if m.kind == "language_switcher":
            langs = m.value.get("languages")
            return list(langs) if langs else None
    return None


# --- updated ------------------------------------------------------------------------------------------------------
def _updated(text: str, spans: Sequence[tuple[int, int]], cuts: Mapping[int, int]) -> list[Marker]:
    """``Updated at 08:12 pm`` at a line's start, after a separator, or after a "Published ..." stamp."""
    out: list[Marker] = []
    for a, b in spans:
        end = cuts.get(a, b)
        for m in _UPDATED_RE.finditer(text, a, end):
            before = text[a : m.start()].rstrip()
            if before and before[-1] not in "|•·/(–—-," and not _PUBLISHED_BEFORE.search(before):
                continue
            t_start, t_end = m.start("time"), m.end("time")
            time = _trim_phrase(text[t_start:t_end])
            if time and any(c.isdigit() for c in time):
                out.append(_mk(text, "updated", m.start(), t_start + len(time), {"time": time}))
    return out


# --- bylines ------------------------------------------------------------------------------------------------------
def _leading_name(text: str, pos: int, end: int) -> tuple[int, int, int]:
    """(start, end, capitalised words) of the personal name starting at ``pos``; end == start when none."""
    i, last_end, caps, words = pos, pos, 0, 0
    while i < end and words < MAX_NAME_WORDS + 2:
        m = _NAME_TOKEN.match(text, i, end)
        if not m:
            break
        w = m.group()
        if _is_cap(w):
            caps, last_end = caps + 1, m.end()
        elif not caps or (w.casefold() not in NAME_PARTICLES and w.casefold() not in NAME_JOINERS):
            break
        words += 1
        i = m.end()
        if i < end and text[i] == "," and text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].isupper():
            nxt = _NAME_TOKEN.match(text, i + 2, end)  # "A, B and C": keep going only into a name list
            if not nxt or not any(f" {j} " in text[i:end] for j in ("and", "і", "и", "та")):
                break
            i += 1
        if i < end and text[i] in " \t":
            i += 1
        else:
            break
    if text[pos:last_end].endswith("."):
        last_end -= 1
    return pos, last_end, caps


def _bylines(text: str, spans: Sequence[tuple[int, int]]) -> list[Marker]:
    out: list[Marker] = []
    for a, b in spans:
        m = _BYLINE_KEY_RE.match(text, a, b)
        if m:
            out.extend(_byline_at(text, a, m.end(), b, strict=False))
            continue
        m = _BY_RE.match(text, a, b)
        if m and b - a <= BYLINE_MAX_LINE:
            out.extend(_byline_at(text, a, m.end(), b, strict=True))
    return out


def _byline_at(text: str, a: int, pos: int, b: int, strict: bool) -> list[Marker]:
    """A byline whose name starts at ``pos``; ``strict`` ("By ...") wants the line to hold little else."""
    n_start, n_end, caps = _leading_name(text, pos, b)
    n_end, listed = _split_trailing_outlet(text, n_start, n_end)
    name = text[n_start:n_end]
    if caps == 0 or name.split()[0].casefold() in MONTHS:
        return []
    outlet = listed or _byline_outlet(text, n_end, b)
    if strict and not (caps >= 2 or name in OUTLETS):
        return []
    if strict and not _byline_rest_ok(text[listed[1] if listed else n_end : b]):
        return []
    found = [_mk(text, "byline", a, n_end, {"author": name})]
    if outlet is not None:
        found.append(_mk(text, "outlet", outlet[0], outlet[1], _outlet_value(text[outlet[0] : outlet[1]])))
    if name in OUTLETS:
        found.append(_mk(text, "outlet", n_start, n_end, _outlet_value(name)))
    return found


def _split_trailing_outlet(text: str, start: int, end: int) -> tuple[int, tuple[int, int] | None]:
    """AP style "By JOHN SMITH Associated Press": a listed outlet closing the name is not part of it."""
    for m in _OUTLET_RE.finditer(text, start, end):
        before = re.sub(r"\s+(?:The|THE)$", "", text[start : m.start()].rstrip())
        if m.end() == end and " " in before.strip():
            return start + len(before), (m.start(), m.end())
    return end, None


def _byline_rest_ok(rest: str) -> bool:
    """What may follow the name on a "By" line: nothing, a date, or a short tail after a separator
    ("| Orlin Daily", ", Staff Writer", "in Kyiv"), but not a clause ("By Friday, the council had ...")."""
    rest = rest.strip()
    if not rest or _is_datey(rest):
        return True
    words = rest.split()
    lower = sum(1 for w in words if w[:1].islower() and w not in ("for", "in", "and", "of", "the"))
    return (rest[0] in "|•·/–—-," or words[0] in ("for", "in")) and len(words) <= BYLINE_MAX_TAIL_WORDS and lower < 2


_BYLINE_OUTLET_RE = re.compile(rf"[ \t]*(?:[|•·/–—\-,]|for|for the)[ \t]+(?P<name>{_CAP_SEQ})[ \t]*$")


def _byline_outlet(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """The outlet after a byline's name: "By Iris Quan | Orlin Daily"."""
    m = _BYLINE_OUTLET_RE.match(text, pos, end)
    if not m:
        return None
    name = _trim_phrase(m.group("name"))
    words = name.casefold().split()
    if not name or _is_datey(name) or words[0] in ("updated", "staff", "published"):
        return None
    return m.start("name"), m.start("name") + len(name)


# --- datelines ----------------------------------------------------------------------------------------------------
def _datelines(text: str, spans: Sequence[tuple[int, int]]) -> list[Marker]:
    out: list[Marker] = []
    for a, b in spans:
        m = _DATELINE_RE.match(text, a, b)
        if not m or not _dateline_ok(m):
            continue
        place = m.group("place")
        value: dict[str, Any] = {"place": place}
        group = "agency" if m.group("agency") else "slash"
        parts = [p.strip() for p in m.group("parts").split(",") if p.strip()]
        dates = [p for p in parts if _is_datey(p)]
        if dates:
            value["date"] = dates[0]
        if parts and not _is_datey(parts[0]):
            value["region"] = parts[0]
        end = m.end("dash") if m.group("dash") else m.end()
        agency = (m.group(group) or "").strip()
        if agency and (_is_outlet_name(agency) or dates or group == "slash"):
            value["agency"] = agency  # "(Reuters)", "June 12 (Coast Wire)", "/ТАСС/"; not "KYIV (Ukraine)"
            ag_start = m.start(group) + m.group(group).index(agency)
            out.append(_mk(text, "outlet", ag_start, ag_start + len(agency), _outlet_value(agency)))
        elif agency:
            value.setdefault("region", agency)
        out.append(_mk(text, "dateline", a, end, value))
    return out


def _dateline_ok(m: re.Match[str]) -> bool:
    place = m.group("place")
    letters = [c for c in place if c.isalpha()]
    if len(letters) < 3 or place.upper() in NOT_PLACES or not all(_is_cap(w) for w in re.split(r"[ \-]", place)):
        return False
    agency = m.group("agency") or m.group("slash")
    if agency is not None and not _is_cap(agency.strip()):
        return False
    parts = [p.strip() for p in m.group("parts").split(",") if p.strip()]
    for p in parts:
        if not _is_datey(p) and not all(_is_cap(w) or w in ("of", "de", "la") for w in p.split()):
            return False
    if place.isupper():  # "KYIV -"; a longer caps run with nothing else is a kicker ("UKRAINE WAR LATEST -")
        return agency is not None or bool(parts) or len(place.split()) <= DATELINE_BARE_MAX_WORDS
    return agency is not None or any(_is_datey(p) for p in parts)


def _outlet_value(name: str) -> dict[str, Any]:
    value: dict[str, Any] = {"name": name}
    if name in OUTLETS:
        value["canonical"] = OUTLETS[name]
    return value


# --- photo credits ------------------------------------------------------------------------------------------------
def _photo_credits(text: str) -> list[Marker]:
    out: list[Marker] = []
    for rx in (_PHOTO_PAREN_RE, _PHOTO_LINE_RE, _PHOTO_BARE_RE):
        for m in rx.finditer(text):
            credit = _trim_phrase(m.group("credit"))
            if not credit or (rx is _PHOTO_LINE_RE and not _credit_line_ok(text, m, credit)):
                continue
            end = m.start("credit") + m.group("credit").index(credit) + len(credit)
            out.append(_mk(text, "photo_credit", m.start("key"), end, {"credit": credit}))
    for m in _SLASH_CREDIT_RE.finditer(text):
        credit = _trim_phrase(m.group("credit"))
        words = credit.casefold().split()
        if credit in OUTLETS or credit in PHOTO_AGENCIES or (words and _is_cap(credit) and PHOTO_WORDS & set(words)):
            start = m.start("credit")
            out.append(_mk(text, "photo_credit", start, start + len(credit), {"credit": credit}))
    return out


def _credit_line_ok(text: str, m: re.Match[str], credit: str) -> bool:
    """A "Photo: X" outside parentheses: at a line's start (any credit) or after a caption (a named credit)."""
    line_start = m.start() == 0 or text[m.start() - 1] == "\n"
    if line_start and "\u0400" <= m.group("key")[0] <= "\u04ff":  # "Фото: пресслужба ОП" is lower-case
        return len(credit.split()) <= MAX_NAME_WORDS
    if line_start:
        return _is_cap(credit) and len(credit.split()) <= MAX_NAME_WORDS * 2
    return _is_cap(m.group("key")) and _is_cap(credit) and len(credit.split()) <= MAX_NAME_WORDS


# --- outlets ------------------------------------------------------------------------------------------------------
def _outlets(text: str) -> list[Marker]:
    out = [_mk(text, "outlet", m.start(), m.end(), _outlet_value(m.group())) for m in _OUTLET_RE.finditer(text)]
    for rx in (_OUTLET_SUBJECT_RE, _OUTLET_OBJECT_RE):
        for m in rx.finditer(text):
            name, start = _strip_leading(_trim_phrase(m.group("name")), m.start("name"))
            if _is_outlet_name(name):
                out.append(_mk(text, "outlet", start, start + len(name), _outlet_value(name)))
    return out


def _is_outlet_name(name: str) -> bool:
    """A capitalised phrase that names an outlet: a listed one, or two+ words ending in an outlet word."""
    if name in OUTLETS:
        return True
    words = name.split()
    if len(words) < 2:
        return False
    last = words[-1].casefold()
    if last.isdigit():
        return words[-2].casefold() in OUTLET_WORDS or words[0].casefold() in ("channel", "radio", "tv")
    return last in OUTLET_WORDS or (last in ("agency", "service") and words[-2].casefold() in ("news", "press"))


# --- attributions -------------------------------------------------------------------------------------------------
def _attributions(text: str) -> list[Marker]:
    out: list[Marker] = []
    for rx in (_ATTR_INVERTED_RE, _ATTR_SUBJECT_RE, _ATTR_ACCORDING_RE):
        for m in rx.finditer(text):
            src_text, src_start = m.group("src"), m.start("src")
            start = m.start("phrase")
            if rx is _ATTR_SUBJECT_RE:  # the source opens the phrase: drop "Yesterday", "But" before it
                src_text, src_start = _strip_leading(src_text, src_start, keep_articles=True)
                start = src_start
                if _QUESTION_BEFORE.search(text, max(0, start - 12), start):
                    continue  # a section head, "What the Pentagon also said", credits nothing
            src = _clean_source(src_text)
            if src is not None:
                end = m.start("phrase") + len(_trim_phrase(m.group("phrase")))
                out.append(_mk(text, "attribution", start, end, {"source": src}))
    out.extend(_attributions_cyr(text))
    return out


def _clean_source(src: str) -> str | None:
    """The credited body as written, or None for a pronoun, a date, or bare common nouns ("coalition")."""
    src = _trim_phrase(src)
    words = src.split()
    if not words or src.casefold() in PRONOUNS or words[-1].casefold() in ("the", "a", "an", "of", "for"):
        return None
    if words[0].casefold() not in ARTICLES and not any(_is_cap(w) for w in words):
        return None
    if words[0].casefold() in MONTHS or (len(words) == 1 and words[0].casefold() in LEADING_NON_NAMES):
        return None
    return src


def _attributions_cyr(text: str) -> list[Marker]:
    out: list[Marker] = []
    for m in _ATTR_CYR_RE.finditer(text):
        end = _cyr_source_end(text, m.end())
        if end <= m.end():
            continue
        src = text[m.end() : end]
        out.append(_mk(text, "attribution", m.start(), end, {"source": src}))
    return out


def _cyr_source_end(text: str, pos: int) -> int:
    """End of the source phrase after a Cyrillic verb of saying: a name or an institution, then its genitive
    words ("пресслужба Київської міської ради"), up to a stop word or punctuation."""
    end, i, taken = pos, pos, 0
    while taken < MAX_NAME_WORDS:
        m = _CYR_WORD.match(text, i)
        if not m:
            break
        w = m.group().rstrip(".")
        low = w.casefold()
        if low in CYR_STOP or low in PRONOUNS or not (taken or _is_cap(w) or low in SOURCE_NOUNS_CYR):
            break
        end, taken, i = m.start() + len(w), taken + 1, m.end()
        if text[i : i + 1] not in (" ", "\t") or m.group().endswith("."):
            break
        i += 1
    return end


# --- boilerplate --------------------------------------------------------------------------------------------------
def _boilerplate(text: str, spans: Sequence[tuple[int, int]]) -> list[Marker]:
    out: list[Marker] = []
    for a, b in spans:
        reason = _boilerplate_reason(text[a:b])
        if reason:
            out.append(_mk(text, "boilerplate", a, b, {"reason": reason}))
    out.extend(_repeated_lines(text, spans))
    return out


def _boilerplate_reason(line: str) -> str | None:
    norm = _norm_line(line)
    if not norm:
        return None
    if norm in BOILERPLATE_EXACT:
        return "navigation"
    if len(line) > BOILERPLATE_MAX_LINE:
        return None
    for phrase in BOILERPLATE_EXACT:
        if norm.startswith(phrase + ":"):
            return "navigation"
    for phrase in BOILERPLATE_PREFIX:
        if norm == phrase or norm.startswith(phrase + " ") or norm.startswith(phrase + ":"):
            return "navigation"
    return None


def _repeated_lines(text: str, spans: Sequence[tuple[int, int]]) -> list[Marker]:
    """A line that repeats an earlier one, or begins with it (a headline printed again above its caption)."""
    out: list[Marker] = []
    # Each normalised line's first occurrence (order, start, end), and the lengths seen: a line repeats an
    # earlier one when it equals it or one of its prefixes that end at a word boundary does. Looked up by
    # length rather than compared with every earlier line, which made 100,000 lines quadratic.
    first: dict[str, tuple[int, int, int]] = {}
    lengths: set[int] = set()
    for n, (a, b) in enumerate(spans):
        norm = " ".join(text[a:b].casefold().split())
        if len(norm) < REPEATED_LINE_MIN:
            continue
        hits = [first[norm]] if norm in first else []
        hits += [
            first[head] for k in lengths
            if k < len(norm) and not norm[k].isalnum() and (head := norm[:k]) in first
        ]  # fmt: skip
        if hits:
            _, pa, pb = min(hits)
            end = _match_end(text, a, b, text[pa:pb])
            out.append(_mk(text, "boilerplate", a, end, {"reason": "repeated_headline", "repeats": pa}))
        first.setdefault(norm, (n, a, b))
        lengths.add(len(norm))
    return out


def _match_end(text: str, a: int, b: int, earlier: str) -> int:
    """Where ``earlier`` (whitespace and case aside) ends inside ``text[a:b]``."""
    pattern = r"\s+".join(re.escape(w) for w in earlier.split())
    m = re.match(pattern, text[a:b], re.I)
    return a + m.end() if m else b


# --- meta ---------------------------------------------------------------------------------------------------------
def _from_meta(text: str, meta: Mapping[str, str] | None, found: Sequence[Marker]) -> list[Marker]:
    """A byline or outlet the HTML metadata names, where the text shows it and no marker covers it yet."""
    if not meta:
        return []
    out: list[Marker] = []
    for key, kind, value_key in (("author", "byline", "author"), ("sitename", "outlet", "name")):
        name = (meta.get(key) or "").strip()
        if len(name) < 2:
            continue
        pos = text.casefold().find(name.casefold())
        if pos < 0 or any(m.kind == kind and m.start <= pos < m.end for m in found):
            continue
        out.append(_mk(text, kind, pos, pos + len(name), {value_key: text[pos : pos + len(name)], "from": "meta"}))
    return out


# --- the stage ----------------------------------------------------------------------------------------------------
def find_markers(text: str, meta: Mapping[str, str] | None = None) -> tuple[Marker, ...]:
    """Every site marker in ``text``, sorted by ``(start, kind)``; ``text[m.start:m.end] == m.text``."""
    spans = _lines(text)
    switchers = _switchers(text, spans)
    cuts = {_line_of(spans, s.start): s.start for s in switchers}
    found: list[Marker] = [*switchers, *_updated(text, spans, cuts), *_bylines(text, spans)]
    found += _datelines(text, spans) + _photo_credits(text) + _outlets(text) + _attributions(text)
    found += _boilerplate(text, spans)
    found += _from_meta(text, meta, found)
    return tuple(sorted(_dedupe(found), key=lambda m: (m.start, m.kind, -m.end)))


def _line_of(spans: Sequence[tuple[int, int]], pos: int) -> int:
    """The start of the line (``spans`` are sorted, disjoint lines) that holds ``pos``; else ``pos``."""
    i = bisect.bisect_right(spans, pos, key=lambda s: s[0]) - 1
    if i >= 0 and spans[i][0] <= pos <= spans[i][1]:
        return spans[i][0]
    return pos


def _dedupe(markers: Iterable[Marker]) -> Iterator[Marker]:
    """One marker per kind and span; an outlet or attribution inside a longer one of its kind goes."""
    kept: dict[str, list[Marker]] = {}
    for m in sorted(markers, key=lambda m: (m.kind, m.start, -(m.end - m.start))):
        same = kept.setdefault(m.kind, [])
        nested = m.kind in ("outlet", "attribution")
        if any(
            (k.start <= m.start and m.end <= k.end) if nested else (k.start, k.end) == (m.start, m.end)
            for k in same[-8:]
        ):
            continue
        same.append(m)
        yield m
