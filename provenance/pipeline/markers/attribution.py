"""Attribution phrases: who a statement is credited to, in the eight languages. English ("said the ministry in a
statement", "the council said", "according to the Pentagon"), Ukrainian and Russian ("заявили в міністерстві",
"сообщили в МИД", "за даними Генштабу"), French, German and Spanish cues before the source ("selon", "laut",
"según informó el Ministerio"), Turkish postpositions after it ("Bakanlığın açıklamasına göre"), Arabic cues
("بحسب", "وفق"), and a story's "Source: X" line. ``value.source`` is the body or person credited."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from provenance.pipeline.markers._base import (
    ARTICLES,
    CAP,
    MAX_NAME_WORDS,
    MONTHS,
    NOT_AFTER_WORD,
    OPENERS,
    OUTLET_RE,
    OUTLETS,
    PRONOUNS,
    QUOTED_AS_SAYING,
    QUOTED_AS_SAYING_VERBS,
    alternation,
    both_cases,
    is_cap,
    mk,
    phrase_regex,
    rows_of,
    strip_leading,
    trim_phrase,
    words_of,
)
from provenance.pipeline.markers.attribution_frames import ELIDED_ARTICLE, attribution_frames, merged
from provenance.pipeline.markers.attribution_pronouns import pronoun_attributions
from provenance.pipeline.markers.attribution_span import with_tails
from provenance.pipeline.speaker_phrases import ACCORDING_RELATIVE
from provenance.report import Marker
from provenance.text import lazy_pattern

_SAY_EN = phrase_regex(rows_of("marker_say", ("en",)))
# a capitalised word (an abbreviation keeps its last point: "the U.S. president"), or a source noun
# A title abbreviated with its point ("Maj. Gen. Jane Roe", "M. Zelensky"; lexicon title_abbreviations).
TITLES = frozenset(rows_of("title_abbreviations"))
_TITLES_EN = alternation(sorted(TITLES))
# A name's particle, joined ("al-Sudani's") or apart ("Osama bin Laden"; lexicon marker_name_particles).
_PARTICLES_EN = alternation(rows_of("marker_name_particles"))
_SOURCE_WORD_EN = (
    rf"(?:(?:{_TITLES_EN})\.(?=[ \t])|(?:(?:{_PARTICLES_EN})-)?{CAP}(?:(?<=\.[A-Z])\.)?"
    rf"|{alternation(rows_of('marker_source_nouns', ('en',)))}(?:['’]s)?\b)"
)
_NP_EN = (
    rf"(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)[ \t]+)?{_SOURCE_WORD_EN}"
    rf"(?:[ \t]+(?:(?:of|for|and)[ \t]+(?:the[ \t]+)?|(?:(?:{_PARTICLES_EN})[ \t]+)+(?=[A-Z]))?{_SOURCE_WORD_EN})"
    rf"{{0,{MAX_NAME_WORDS}}}"  # a title and name
)
_STATEMENT = (
    r"(?:[ \t]+in[ \t]+an?[ \t]+(?:(?:separate|joint|written|brief|short|new)[ \t]+)?"
    r"(?:statement|post|interview|briefing|report))?"
)
_ATTR_INVERTED_RE = lazy_pattern(rf"(?<=[,”\"»’])[ \t]*(?P<phrase>(?:{_SAY_EN})[ \t]+(?P<src>{_NP_EN}){_STATEMENT})")
# Between a subject and its verb: an auxiliary, adverbs ("has said", "had earlier said", "initially said"; the
# lexicon's speaker_adverbs in Latin letters).
_BETWEEN_EN = alternation(
    ["has", "had", "have", *(w for w in rows_of("speaker_adverbs") if w.isascii() and w.isalpha() and len(w) > 3)]
)
# A source noun's fields in lower case ("the department of international relations and cooperation", "the ministry
# of health"): up to three words after "of"/"for", and one or two more after "and"; no article, verb or adverb.
_NOT_FIELD = rf"(?!(?:the|a|an|and|{_SAY_EN}|{_BETWEEN_EN})\b)"
_FIELD_WORD = rf"{_NOT_FIELD}[a-z][\w\-]*"
_FIELDS_EN = (
    rf"(?:[ \t]+(?:of|for)[ \t]+{_FIELD_WORD}(?:[ \t]+{_FIELD_WORD}){{0,2}}"
    rf"(?:[ \t]+and[ \t]+{_FIELD_WORD}(?:[ \t]+{_FIELD_WORD})?)?)?"
)
_ATTR_SUBJECT_RE = lazy_pattern(
    rf"{NOT_AFTER_WORD}(?P<phrase>(?P<src>{_NP_EN}{_FIELDS_EN})(?:[ \t]+(?:{_BETWEEN_EN})){{0,2}}"
    rf"[ \t]+(?:{_SAY_EN})\b{_STATEMENT})"
)
_QUESTION_BEFORE = re.compile(r"(?:^|\s)(?:[Ww]hat|[Hh]ow|[Ww]hy|[Ww]hen|[Ww]here)\s+$")
_ATTR_ACCORDING_RE = lazy_pattern(
    r"(?P<phrase>(?:[Aa]ccording[ \t]+to|[Cc]iting|[Aa]s[ \t]+(?:reported|cited|quoted|stated)[ \t]+by)[ \t]+"
    r"(?:(?:the|a|an|his|her|their|its)[ \t]+)?"
    r"(?:(?:latest|new|official|preliminary|final|initial)[ \t]+)?"
    r"(?:(?:tally|data|figures|statement|report|estimate|estimates|count|numbers|information|statistics)[ \t]+"
    rf"(?:from|by|of)[ \t]+)?(?P<src>{_NP_EN}))"
)

# Ukrainian and Russian: a verb of saying or a source phrase, then the source ("повідомляє Укрінформ").
# (the verbs of saying of the speaker lexicon too: "додав Остін", "говорит Байден")
SAY_CYR = rows_of("marker_say", ("uk", "ru")) + [
    v for v in rows_of("speech_verbs", ("uk", "ru")) if " " not in v and not v.startswith(("по ", "за "))
]
SOURCE_NOUNS_EN = frozenset(w.casefold() for w in rows_of("marker_source_nouns", ("en",)))
SOURCE_NOUNS_CYR = frozenset(w.casefold() for w in rows_of("marker_source_nouns", ("uk", "ru")))
ROLES_CYR = tuple(w.casefold() for w in rows_of("person_roles", ("uk", "ru")))
# A role after an adjective ("американський лідер", "британский премьер"): the source is named by its role.
_ADJECTIVE_ROLE_CYR = re.compile(r"[а-яіїєґё'’\-]+(?:ий|ій|ый|ой|ий|а|я|е|ие|і)[ \t]+(?P<role>[а-яіїєґё'’\-]+)")
CYR_STOP = frozenset(rows_of("marker_source_stops", ("uk", "ru")))
_CUES_CYR = alternation(both_cases(rows_of("marker_source_cues", ("uk", "ru"))))  # "со ссылкой на", "за даними"
_SAY_CYR = (
    rf"(?:(?:{alternation(both_cases(['як', 'как']))}) )?(?:{alternation(both_cases(SAY_CYR))})"
    rf"(?: (?:в|у|на))?|{_CUES_CYR}"
)
_ATTR_CYR_RE = lazy_pattern(rf"(?<![\w])(?P<verb>{_SAY_CYR})[ \t]+(?=\w)")
# ... and a source phrase before a name in quotation marks, as outlets' names are written there ("со ссылкой на
# «Интерфакс»", "за даними \"Української правди\""): the name inside the marks.
_CUE_QUOTED_CYR_RE = lazy_pattern(
    rf"(?<![\w])(?:{_CUES_CYR})[ \t]+[«\"„“]"
    r"(?P<src>[^«»\"„“”\n]{2,40})[»\"“”]"
)
# ... and a verb of relaying before an outlet's name in quotation marks ("передає «Радіо Свобода»", "сообщает
# «Российская газета»"): a known outlet only, since a verb before quotation marks more often opens a quote.
_SAY_QUOTED_CYR_RE = lazy_pattern(rf"(?<![\w])(?:{_SAY_CYR})[ \t]+[«\"„“](?P<src>[^«»\"„“”\n]{{2,40}})[»\"“”]")
_WORD = re.compile(r"[\w'’\-.]+")

# French, German, Spanish: a cue, maybe a verb and a time ("según informó este lunes"), then the source.
_ROMANCE_LANGS = ("fr", "de", "es")
_CUE_RE = re.compile(
    rf"(?<![\w])(?P<cue>{phrase_regex(both_cases(rows_of('marker_source_cues', _ROMANCE_LANGS)))})[ \t]+(?=\w)"
)
_ROMANCE_STOP = frozenset(rows_of("marker_source_stops", _ROMANCE_LANGS))
_ROMANCE_NOUNS = frozenset(rows_of("marker_source_nouns", _ROMANCE_LANGS))
_ARTICLE_ROMANCE = frozenset(
    ["le", "la", "les", "l'", "l’", "du", "des", "el", "los", "las", "del", "der", "die", "das", "dem", "den", "des"]
)
# Words between a Spanish cue and its source: the verb and a time ("según informó este lunes el Ministerio").
_CUE_GAP_MAX = 3

# Arabic: a cue, then up to this many words of the source, to a stop word or punctuation.
_AR_CUE_RE = re.compile(rf"(?<![\w])(?P<cue>{phrase_regex(rows_of('marker_source_cues', ('ar',)))})[ \t]*(?=\w)")
_AR_STOP = frozenset(rows_of("marker_source_stops", ("ar",)))
AR_SOURCE_MAX_WORDS = 4
# Turkish: the source stands before "göre" in the dative ("Bakanlığın açıklamasına göre", "AA'ya göre").
_TR_GORE_RE = re.compile(
    r"(?<![\w'’])(?P<src>(?:[^\W\d_][\w'’]*[ \t]+){0,3}[^\W\d_][\w'’]*?(?:['’]?(?:y?[ae]|n[ae])))"
    r"[ \t]+(?P<cue>göre)(?![\w])"
)
# Labels before a colon that name no speaker: a transcript's question, a section ("Photo:", "UPDATE:").
_NOT_LABEL_SOURCES = frozenset(w.upper() for w in rows_of("marker_not_places") + rows_of("marker_photo_keys"))
# "Source: X" at the foot of a story.
_SOURCE_LABEL_RE = re.compile(
    rf"^(?P<key>{phrase_regex(both_cases(rows_of('marker_source_labels')))})[ \t]*:[ \t]*(?P<src>[^\n]{{2,80}}?)"
    r"[ \t]*$",
    re.M,
)


def attributions(text: str) -> list[Marker]:
    out: list[Marker] = []
    for rx in (_ATTR_INVERTED_RE, _ATTR_SUBJECT_RE, _ATTR_ACCORDING_RE):
        for m in rx.finditer(text):
            src_text, src_start = m.group("src"), m.start("src")
            start = m.start("phrase")
            if rx is _ATTR_SUBJECT_RE:  # the source opens the phrase: drop "Yesterday", "But" before it
                src_text, src_start = strip_leading(src_text, src_start, keep_articles=True)
                start = src_start
                if _QUESTION_BEFORE.search(text, max(0, start - 12), start):
                    continue  # a section head, "What the Pentagon also said", credits nothing
            src = _clean_source(src_text)
            if src is None and rx is _ATTR_ACCORDING_RE:  # "according to the ministry's statement"
                article = re.search(r"(?:the|a|an|his|her|their|its)[ \t]+$", text[max(0, src_start - 6) : src_start])
                src = _clean_source(article.group() + src_text) if article else None
                if src is None and src_text.split()[-1].casefold() in SOURCE_NOUNS_EN:
                    src = (article.group() if article else "") + src_text  # "according to officials", "… his aide"
            if src is not None:
                end = m.start("phrase") + len(trim_phrase(m.group("phrase")))
                out.append(mk(text, "attribution", start, end, {"source": src}))
    out += _attributions_cyr(text) + _attributions_cue(text) + _attributions_ar(text) + _attributions_tr(text)
    out += _source_lines(text) + _about_this(text) + _colon_labels(text) + attribution_frames(text)
    out += _role_first_en(text) + _quoted_as_saying(text)
    return with_tails(text, merged(text, out + pronoun_attributions(text, out)))


# A role first, then the name in commas, then the verb: "the president's security adviser, Jane Roe, said".
_ROLE_NAME_SAY_RE = re.compile(
    rf",[ \t]+(?P<src>{CAP}(?:[ \t]+{CAP}){{0,3}}),[ \t]+(?P<verb>(?:{_SAY_EN})\b{_STATEMENT})"
)
_ROLES_EN = frozenset(w.casefold() for w in rows_of("person_roles", ("en",)))
# The role before the name: this many words at most, from the clause's start.
ROLE_FIRST_MAX_WORDS = 8
_CLAUSE_START = re.compile(r".*[.!?\n\"“”«»,;:][ \t]*", re.S)


def _role_first_en(text: str) -> list[Marker]:
    out = []
    for m in _ROLE_NAME_SAY_RE.finditer(text):
        lo = max(0, m.start() - 120)
        head = _CLAUSE_START.match(text, lo, m.start())
        start = head.end() if head else lo
        words = [w.rstrip(".").casefold() for w in text[start : m.start()].split()]
        if (head is None and lo > 0) or not 0 < len(words) <= ROLE_FIRST_MAX_WORDS:
            continue
        if not any(w in _ROLES_EN for w in words) or not text[start : start + 1].strip():
            continue
        out.append(mk(text, "attribution", start, m.end("verb"), {"source": m.group("src")}))
    return out


_WEEKDAYS = words_of("marker_weekdays")  # (not the months: "Theresa May")


def _clean_source(src: str) -> str | None:
    """The credited body as written, or None for a pronoun, a date, or bare common nouns ("coalition")."""
    src = trim_phrase(src)
    words = src.split()
    while len(words) > 1 and words[-1].casefold() in _WEEKDAYS:  # "BHA Wednesday said": the day is no part of it
        src, words = src[: src.rfind(words[-1])].rstrip(), words[:-1]
    if not words or src.casefold() in PRONOUNS or words[-1].casefold() in ("the", "a", "an", "of", "for", "and"):
        return None
    if words[0].casefold() not in ARTICLES and not any(is_cap(w) for w in words):
        return None
    if words[0].casefold() in MONTHS or (len(words) == 1 and words[0].casefold() in OPENERS):
        return None
    return src


def _attributions_cyr(text: str) -> list[Marker]:
    out: list[Marker] = []
    for m in _ATTR_CYR_RE.finditer(text):
        role = _ADJECTIVE_ROLE_CYR.match(text, m.end())
        if role and role.group("role").casefold().startswith(ROLES_CYR):
            out.append(mk(text, "attribution", m.start(), role.end(), {"source": role.group()}))
            continue
        end = _source_end(
            text, m.end(), CYR_STOP, lambda w, low: is_cap(w) or low in SOURCE_NOUNS_CYR or low.startswith(ROLES_CYR)
        )
        if end > m.end():
            out.append(mk(text, "attribution", m.start(), end, {"source": text[m.end() : end]}))
    for q in _CUE_QUOTED_CYR_RE.finditer(text):
        src = q.group("src").strip()
        if is_cap(src) and len(src.split()) <= MAX_NAME_WORDS:
            out.append(mk(text, "attribution", q.start(), q.end(), {"source": src}))
    for q in _SAY_QUOTED_CYR_RE.finditer(text):
        src = q.group("src").strip()
        if src in OUTLETS and not any(x.start <= q.start() < x.end for x in out):
            out.append(mk(text, "attribution", q.start(), q.end(), {"source": src}))
    return out


def _source_end(
    text: str, pos: int, stops: frozenset[str], first_ok: Callable[[str, str], bool], limit: int = MAX_NAME_WORDS
) -> int:
    """End of the source phrase at ``pos``: a name or an institution, then its genitive words
    ("пресслужба Київської міської ради"), up to a stop word or punctuation."""
    end, i, taken = pos, pos, 0
    while taken < limit:
        m = _WORD.match(text, i)
        if not m:
            break
        w = m.group().rstrip(".")
        low = w.casefold()
        if not w or low in stops or low in PRONOUNS or not (taken or first_ok(w, low)):
            break
        titled = m.group().endswith(".") and w in TITLES  # "selon M. Zelensky": the title, then the name
        end, taken, i = m.start() + len(w) + titled, taken + 1, m.end()
        if text[i : i + 1] not in (" ", "\t") or (m.group().endswith(".") and not titled):
            break
        i += 1
    return end


def _attributions_cue(text: str) -> list[Marker]:
    """ "selon le ministère", "laut dem Ministerium", "según informó este lunes el Ministerio de ..."."""
    out: list[Marker] = []
    for m in _CUE_RE.finditer(text):
        pos = m.end()
        if ACCORDING_RELATIVE.match(text, pos):
            continue  # "des rumeurs selon lesquelles …": the cue opens a relative clause, it names no source
        for _ in range(_CUE_GAP_MAX):  # skip a verb and a time before the source's article or capital
            w = _WORD.match(text, pos)
            if (
                not w
                or is_cap(w.group())
                or w.group().casefold() in _ARTICLE_ROMANCE
                or text[w.end() : w.end() + 1] != " "
            ):
                break
            pos = w.end() + 1
        w = _WORD.match(text, pos)
        if w and w.group().casefold() in _ARTICLE_ROMANCE and text[w.end() : w.end() + 1] == " ":
            pos = w.end() + 1
        elif w and (elided := ELIDED_ARTICLE.match(w.group())):  # "selon l'armée"
            pos += elided.end()
        adjective = _adjective_before_noun(text, pos)  # "nach Angaben des russischen Verteidigungsministeriums"
        end = _source_end(text, pos, _ROMANCE_STOP, functools.partial(_romance_first, adjective=adjective))
        if m.group("cue").casefold() in _GERMAN_CUES:
            end = _german_noun_phrase_end(text, pos, end)
        if end > pos:
            out.append(mk(text, "attribution", m.start(), end, {"source": text[pos:end]}))
    return out


_GERMAN_CUES = frozenset(w.casefold() for w in rows_of("marker_source_cues", ("de",)))
# Words that go on a German source past its noun: articles and prepositions of a genitive or a name.
_GERMAN_LINKS = frozenset(["der", "des", "von", "vom", "für", "und", "den", "dem"])


def _german_noun_phrase_end(text: str, pos: int, end: int) -> int:
    """A German source ends at the first lower-case word after a capitalised one that links nothing: every German
    noun has a capital, so "Verteidigungsministeriums stürzte" has reached its verb."""
    seen_cap = False
    for w in _WORD.finditer(text, pos, end):
        word = w.group()
        if seen_cap and word[:1].islower() and word.casefold() not in _GERMAN_LINKS:
            return len(text[: w.start()].rstrip())
        seen_cap = seen_cap or is_cap(word)
    return end


def _romance_first(w: str, low: str, adjective: str | None) -> bool:
    """A source's first word after a cue: a name, a body, or the adjective before one."""
    return is_cap(w) or low in _ROMANCE_NOUNS or (adjective is not None and w == adjective)


def _adjective_before_noun(text: str, pos: int) -> str | None:
    """The lower-case word at ``pos`` when a name or a body follows it (a German adjective before its noun, "des
    russischen Verteidigungsministeriums"; "le premier ministre"), else None."""
    w = _WORD.match(text, pos)
    if not w or not w.group()[:1].islower() or text[w.end() : w.end() + 1] != " ":
        return None
    nxt = _WORD.match(text, w.end() + 1)
    if nxt is None or not (is_cap(nxt.group()) or nxt.group().casefold() in _ROMANCE_NOUNS):
        return None
    return w.group().rstrip(".") if w.group().casefold() not in _ROMANCE_STOP else None


_AR_QUOTED_NAME = re.compile(
    r"[ \t]*[\"“«][\u0621-\u064a]+(?:[ \t][\u0621-\u064a]+)?[\"”»](?:[ \t]+ال[\u0621-\u064a]+ي(?:ة)?)?"
)


def _attributions_ar(text: str) -> list[Marker]:
    out: list[Marker] = []
    for m in _AR_CUE_RE.finditer(text):
        end = _source_end(text, m.end(), _AR_STOP, lambda w, low: True, AR_SOURCE_MAX_WORDS)
        named = _AR_QUOTED_NAME.match(text, end)  # 'بحسب موقع قناة "المملكة" الأردنية': a name in marks, an adjective
        end = named.end() if named and end > m.end() else end
        src = text[m.end() : end].strip("،,. ")
        if src and end > m.end():
            out.append(mk(text, "attribution", m.start(), m.end() + len(src), {"source": src}))
    return out


# How far before "göre" its source phrase may start (four words): the regex runs on that window only, since
# run over a whole text it scans every long word from each of its letters (100 k letters took minutes).
TR_SOURCE_WINDOW_CHARS = 160
_GORE = re.compile(r"(?<![\w])göre(?![\w])")


def _attributions_tr(text: str) -> list[Marker]:
    out: list[Marker] = []
    for cue in _GORE.finditer(text):
        lo = max(0, cue.start() - TR_SOURCE_WINDOW_CHARS)
        m = _TR_GORE_RE.search(text, lo, cue.end())
        while m is not None and m.end() < cue.end():
            m = _TR_GORE_RE.search(text, m.end(), cue.end())
        if m is None:
            continue
        words = list(re.finditer(r"\S+", m.group("src")))
        while len(words) > 2 and not is_cap(words[0].group()):
            words.pop(0)  # the phrase starts at its name: "ise Bakanlığın açıklamasına" -> from the capital
        start = m.start("src") + words[0].start()
        src = text[start : m.end("src")]
        if (is_cap(src) or len(words) >= 2) and src.casefold() not in PRONOUNS:
            out.append(mk(text, "attribution", start, m.end("cue"), {"source": src}))
    return out


# "Про це повідомив X", "Об этом заявил X", "This was stated by X": a sentence crediting the ones before it. The
# verb comes within this many words of the opener (the subject may stand before it: "Про це глава держави
# повідомив").
ABOUT_VERB_WITHIN = 5
_ABOUT_RE = re.compile(rf"(?<![\w])(?:{phrase_regex(both_cases(rows_of('marker_about_this')))})(?=[ \t])")
_SAY_CYR_SET = frozenset(v.casefold() for v in SAY_CYR)
_CONNECTORS_EN = frozenset(("of", "the", "and", "for"))
# Where an English source phrase ends: its channel or time ("on Telegram"), or a clause ("who", "that").
_STOPS_EN = frozenset(rows_of("attribution_tail_openers", ("en",))) | frozenset(("that", "who", "which", "as"))


def _about_this(text: str) -> list[Marker]:
    return [mark for m in _ABOUT_RE.finditer(text) if (mark := _about_at(text, m)) is not None]


def _about_at(text: str, m: re.Match[str]) -> Marker | None:
    """The attribution a sentence opened by an "about this" frame (``m``) makes, to its source; None without one."""
    if m.group().endswith("by"):  # English: the source follows "by"
        end = _source_end(
            text, m.end() + 1, _STOPS_EN, lambda w, low: is_cap(w) or low in SOURCE_NOUNS_EN or low in ARTICLES,
            limit=MAX_NAME_WORDS + 2,
        )  # fmt: skip
        while end > m.end() and text[:end].rsplit(None, 1)[-1].casefold() in _CONNECTORS_EN:
            end = text.rfind(" ", 0, end)
        if end > m.end() + 1:
            return mk(text, "attribution", m.start(), end, {"source": text[m.end() + 1 : end]})
        return None
    words = list(_WORD.finditer(text[m.end() : m.end() + 120].split("\n", 1)[0]))[: ABOUT_VERB_WITHIN + 1]
    verb = next((k for k, w in enumerate(words) if w.group().casefold() in _SAY_CYR_SET), None)
    if verb is None or re.search(r"[.,;:!?«»\"“”]", text[m.end() : m.end() + words[verb].start()]):
        return None
    if verb:  # the subject before the verb: "Про це глава держави повідомив"
        src = text[m.end() + words[0].start() : m.end() + words[verb - 1].end()]
        end = m.end() + words[verb].end()
    else:  # after it: "Об этом сообщил глава МИД Андрей Сибига"
        at = m.end() + words[0].end() + 1
        end = _source_end(
            text, at, CYR_STOP, lambda w, low: is_cap(w) or low in SOURCE_NOUNS_CYR or low.startswith(ROLES_CYR)
        )
        src = text[at:end]
    if not src.strip():
        return None
    value: dict[str, object] = {"source": src.strip()}
    if src.strip().casefold() in PRONOUNS:
        value["pronoun"] = True  # "Про це він написав": a guess at who he is, as "he said" is
    return mk(text, "attribution", m.start(), end, value)


# What may stand between a quote and an "about this" sentence that credits it: the quote's closing mark, the
# sentence's end, and the blank (a paragraph break: the quote stands alone, the credit under it).
_TO_ABOUT = re.compile(r"[\s\"“”«»„’'.!?…]*")


def after_quote(text: str, pos: int) -> int | None:
    """Where the sentence after a quote ending at ``pos`` starts, when the quote's sentence ends there (past its
    closing marks, its full stop, and at most one paragraph break); None where the quote's sentence goes on."""
    gap = _TO_ABOUT.match(text, pos)
    at = gap.end() if gap else pos
    ended = re.search(r"[.!?…]", text[max(0, pos - 1) : at]) or "\n" in text[pos:at]
    ended = ended or text[max(0, pos - 4) : pos].rstrip()[-1:] in (".", "!", "?", "…")  # "semaine. »"
    if text.count("\n", pos, at) > 2 or not ended:
        return None  # more than one paragraph between them, or the quote's sentence goes on
    return at


def about_this_after(text: str, pos: int) -> tuple[str, tuple[int, int]] | None:
    """The source an "about this" sentence right after ``pos`` (a quote's end) credits, and where it stands:
    "«…». Об этом заявил министр X." → "министр X"; a pronoun's credit is no one by name (None)."""
    at = after_quote(text, pos)
    if at is None:
        return None
    m = _ABOUT_RE.match(text, at)
    mark = _about_at(text, m) if m else None
    src = str(mark.value.get("source", "")) if mark else ""
    if mark is None or not src or mark.value.get("pronoun"):
        return None
    s = text.find(src, mark.start)
    return src, (s, s + len(src))


# A name and a colon before a quote, opening its line ("Scholz: «…»"), or a label naming whose quote follows ("Quote
# from Peskov:", "Цитата Пєскова:", Ukrainian outlets' house style).
_COLON_LABEL_RE = re.compile(
    rf"(?m)^[ \t]*(?P<phrase>(?:(?:Quote|Quoting|Цитата|Пряма мова)(?:[ \t]+(?:from|of|by))?[ \t]+)?"
    rf"(?P<src>{CAP}(?:[ \t]+{CAP}){{0,3}})[ \t]*:)[ \t]*(?=[\"“„«]|$)"
)


def _colon_labels(text: str) -> list[Marker]:
    out = []
    for m in _COLON_LABEL_RE.finditer(text):
        src = m.group("src")
        if len(src) > 2 and src.casefold() not in PRONOUNS and src.split()[0].upper() not in _NOT_LABEL_SOURCES:
            out.append(mk(text, "attribution", m.start("phrase"), m.end("phrase"), {"source": src}))
    return out


# The signature of an embedded post: a dash, the author, the handle in brackets, the date ("— Jane Roe (@roe)
# January 26, 2024"): the post above it is the author's. Its line is page furniture (``embedded``): the date is
# the post's, no date the story states.
_EMBED_SIGNATURE = re.compile(
    r"^[ \t]*(?P<sig>[—–-])[ \t]*(?P<src>[^()\n@]{2,60}?)[ \t]*\(@\w{1,30}\)"
    r"(?:[ \t]*[^\W\d_]{3,12}\.?[ \t]+\d{1,2},[ \t]*\d{4})?",
    re.M,
)


def _source_lines(text: str) -> list[Marker]:
    out = [
        mk(text, "attribution", m.start("sig"), m.end(), {"source": m.group("src").strip(), "embedded": True})
        for m in _EMBED_SIGNATURE.finditer(text)
    ]
    for m in _SOURCE_LABEL_RE.finditer(text):
        src = trim_phrase(m.group("src"))
        if src and len(src.split()) <= MAX_NAME_WORDS:
            out.append(mk(text, "attribution", m.start(), m.start("src") + len(src), {"source": src}))
            at = m.start("src")
            alone = not text[at + len(src) :].split("\n", 1)[0].strip()
            if alone and len(src.split()) <= 3 and not OUTLET_RE.search(src):
                # "المصدر: الراي", "Source: Daily Courier" closing its line: the outlet the story comes from (a
                # listed outlet has its marker already)
                out.append(mk(text, "outlet", at, at + len(src), {"name": src, "canonical": src}))
    return out


# "the agency quoted the minister as saying", "Reuters quoted him as saying": the relay (up to five words of the
# clause before the verb) and the one it quotes, who is the source.
# Each pattern is tried only on a text that holds its verb: the relay's words are tried at every word start
# otherwise, which cost more than the rest of the attribution markers together.
_QUOTED_AS_SAYING = tuple(
    (
        re.compile(re.escape(verb), re.I),
        re.compile(rf"(?P<relay>(?<![\w'’-])[^\W\d_][\w'’.-]*(?:[ \t]+[\w'’.-]+){{0,4}})[ \t]+{frame}", re.I),
    )
    for verb, frame in zip(QUOTED_AS_SAYING_VERBS, QUOTED_AS_SAYING, strict=True)
)


def _quoted_as_saying(text: str) -> list[Marker]:
    return [
        mk(text, "attribution", m.start("relay"), m.end(), {"source": m.group("who")})
        for verb, rx in _QUOTED_AS_SAYING
        if verb.search(text)
        for m in rx.finditer(text)
    ]
