"""Attribution phrases built around a verb of saying or a document, in the orders the cue-first rules of
:mod:`~provenance.pipeline.markers.attribution` do not read:

- French, German and Spanish put the verb before its subject after a quote or a clause
  (``», a déclaré le ministère dans un communiqué``, ``", sagte die Sprecherin``, ``, dijo el ministro``); a German
  separable verb closes its clause with its particle (``teilte das Gericht am Freitag mit``), and
  ``Das teilte X mit`` is one attribution sentence;
- Arabic puts the verb first (``وقال بيان الوزارة``) and credits a text with ``جاء في`` ("it came in");
- Russian and Ukrainian credit a document with an impersonal verb after it (``В сообщении суда отмечается``);
- Turkish names the statement's issuer before it (``Bakanlık'tan yapılan yazılı açıklamada``);
- English credits with a passive (``This was stated in the ministry's statement``).

``value.source`` is the body, person or document credited. Every word list is lexicon data: the verbs of
saying (``speech_verbs``), the documents (``speech_documents``), the bodies and roles (``speaker_bodies``,
``person_roles``, ``marker_source_nouns``), the stop words (``marker_source_stops``).
"""

from __future__ import annotations

import re

from provenance import lexicon
from provenance.pipeline.markers._base import (
    MONTHS,
    PRONOUNS,
    alternation,
    both_cases,
    is_cap,
    mk,
    rows_of,
    strip_leading,
)
from provenance.pipeline.speaker_epithets import aged
from provenance.pipeline.speaker_phrases import BODY_STEMS, SEPARABLE_FRAMES, SEPARABLE_PARTICLES
from provenance.report import Marker
from provenance.text import TASHKEEL, lazy_pattern

_VERB_FIRST_LANGS = ("fr", "de", "es", "it", "pt")
# Verbs of saying that are cues before a source ("selon", "laut") or postpositions ("zufolge") have their own
# rules; "so" is German for "thus" as often as for "said".
_NOT_INVERTED = frozenset(
    ["so", "zufolge", "selon", "d'après", "d’après", "según", "de acuerdo con", "laut", "segundo", "de acordo com"]
)
# German particles that close a separable verb's clause ("teilte ... mit", "fügte ... hinzu").
_PARTICLES = SEPARABLE_PARTICLES
# Words between the verb and its subject's article: a time ("a déclaré vendredi la Cour", "dijo este lunes el").
GAP_WORDS_MAX = 2
# Longest subject after an inverted verb, in words; a particle this many characters after it at most.
SUBJECT_WORDS_MAX = 6
# Adjectives between a subject's article and its noun ("der schwedische Ministerpräsident", "el primer ministro").
ADJECTIVES_MAX = 2
PARTICLE_REACH_CHARS = 60
_ARTICLES = frozenset(("le", "la", "les", "l'", "l’", "el", "los", "las", "der", "die", "das", "dem", "den", "des",
                       "un", "une", "una", "o", "os", "um", "uma"))  # fmt: skip
_IN_DOC = frozenset(["dans", "en", "in", "im", "par", "por", "via", "em", "num", "numa"])
_DOC_DETERMINERS = frozenset(("un", "une", "son", "sa", "leur", "le", "la", "una", "su", "el", "einer", "einem",
                              "ihrer", "seiner", "der", "um", "uma", "seu", "sua", "o"))  # fmt: skip


def _verbs_by_first_word() -> dict[str, dict[str, str]]:
    """lang -> {verb as matched: its German particle or ""}; separable verbs are matched by their first word."""
    out: dict[str, dict[str, str]] = {}
    for lang in _VERB_FIRST_LANGS:
        verbs: dict[str, str] = {}
        for v in lexicon.rows("speech_verbs", lang):
            if v.casefold() in _NOT_INVERTED:
                continue
            head, _, tail = v.rpartition(" ")
            if lang == "de" and (head, tail) in SEPARABLE_FRAMES:
                verbs.setdefault(head, tail)
            else:
                verbs[v] = ""
        out[lang] = verbs
    return out


_VERBS = _verbs_by_first_word()
_ALL_VERBS = {v for verbs in _VERBS.values() for v in verbs}
_PARTICLE_OF = {v: p for verbs in _VERBS.values() for v, p in verbs.items() if p}
# After a comma or a closing quote, or opening a German sentence with "Das"/"Dies".
_INVERTED_RE = lazy_pattern(
    rf"(?:(?P<lead>[,”\"»])[ \t]*(?:[–—-][ \t]*)?|(?:(?<=[.!?][ \t])|^)(?P<dem>Das|Dies)[ \t]+)"
    rf"(?P<verb>{alternation(_ALL_VERBS)})(?![\w\-])[ \t]+",
    re.M,
)
_STOPS = frozenset(w.casefold() for w in rows_of("marker_source_stops", _VERB_FIRST_LANGS))
_NOUNS = frozenset(
    w.casefold()
    for concept in ("marker_source_nouns", "speaker_bodies", "person_roles", "speech_documents")
    for w in rows_of(concept, _VERB_FIRST_LANGS)
)
_DOCS = tuple(w.casefold() for w in rows_of("speech_documents", _VERB_FIRST_LANGS))
_GERMAN_ONLY = frozenset(_VERBS["de"]) - frozenset(_VERBS["fr"]) - frozenset(_VERBS["es"])
_TIME_WORDS = MONTHS | frozenset(w.casefold() for w in rows_of("marker_time_deictics"))
_SUBJECT_PRONOUNS = PRONOUNS | frozenset(
    w.casefold() for lang in _VERB_FIRST_LANGS for w in lexicon.rows("pronouns", lang)
)
_WORD = re.compile(r"[\w'’\-.]+")
_TITLES = frozenset(rows_of("title_abbreviations"))


# German ", so X." closing a sentence: "so" as "said" (a source with a capital, the sentence's end after it).
_DE_SO_RE = re.compile(
    r",[ \t]+(?P<phrase>so[ \t]+(?P<src>(?:(?:der|die|das)[ \t]+)?(?:[\w\-]+[ \t]+){0,3}?[A-ZÄÖÜ][\w\-]+)"
    r"(?:[ \t]+weiter)?)[ \t]*(?=[.;])"  # ", so Peskow weiter."
)


def _german_so(text: str) -> list[Marker]:
    return [mk(text, "attribution", m.start("phrase"), m.end("phrase"), {"source": m.group("src")})
            for m in _DE_SO_RE.finditer(text)]  # fmt: skip


# "Wie die BHA in Sarnholm mitteilte, …", "Wie Coast Wire berichtete, …": German's "as X said" sets its verb last; the
# source is the noun phrase after "wie" (an article and capitalised words), up to a place or time before the verb.
_DE_FINAL = [p + v for v, p in _VERBS["de"].items() if " " not in v]
_DE_AS_RE = lazy_pattern(
    r"(?<![\w\-])[Ww]ie[ \t]+(?P<src>(?:(?:der|die|das|den)[ \t]+)?[A-ZÄÖÜ][\w\-]*(?:[ \t]+[A-ZÄÖÜ][\w\-]*){0,3})"
    rf"(?:[ \t]+[^,.;:!?\n\"“”«»„]{{1,40}}?)?[ \t]+(?:{alternation(_DE_FINAL)})[ \t]*,"
)  # (a separable verb's particle joins it at the clause's end: "teilte … mit", "wie X mitteilte")
# "Comme l'a rappelé le ministère, …", "comme l'ont souligné les experts": French "as X said", the subject after it.
_FR_AS_RE = lazy_pattern(
    r"(?<![\w\-])[Cc]omme[ \t]+l['’](?:a|ont|avait|avaient)[ \t]+"
    rf"(?:{alternation(w for w in _VERBS['fr'] if ' ' not in w)})[ \t]+(?P<src>[^,.;:!?\n\"“”«»„]{{2,80}}?)[ \t]*,"
)


# "…, a déclaré le ministre, cité par Le Figaro", "dijo el ministro, citado por El País": the outlet that quoted it.
_QUOTED_BY_RE = re.compile(
    r"(?<![\w\-])(?:cité|citée|cités|citées|citado|citada|citados|citadas)[ \t]+(?:par|por)[ \t]+"
    r"(?P<src>[^,.;:!?\n\"“”«»„()]{2,60}?)[ \t]*(?=[,.;:!?\n]|$)"
)


def _as_said(text: str) -> list[Marker]:
    out = []
    for rx in (_DE_AS_RE, _FR_AS_RE, _QUOTED_BY_RE):
        for m in rx.finditer(text):
            src = m.group("src").strip()
            if src.split()[-1].casefold() in _SUBJECT_PRONOUNS:
                continue
            end = m.end() - 1 if m.group().endswith(",") else m.end()
            out.append(mk(text, "attribution", m.start(), end, {"source": src}))
    return out


# The German perfect after a quote: an auxiliary, the subject, its channel or time, the participle closing the clause
# (", hatte Jane Roe auf der Plattform X erklärt.", ", hat der Minister am Montag gesagt.").
_DE_AUX = alternation(["hat", "hatte", "habe", "hätte", "haben", "hatten", "hätten"])
_DE_PERFECT_RE = re.compile(
    rf"(?<=[,”\"»“])[ \t]*(?:[–—-][ \t]*)?(?P<phrase>(?:{_DE_AUX})[ \t]+(?P<rest>[^.,;:!?\n\"“”«»„]{{2,120}}?)[ \t]+"
    rf"(?:{alternation(lexicon.rows('speech_past_participles', 'de'))}))(?=[ \t]*[.,;:!?\n]|$)"
)


def _german_perfect(text: str) -> list[Marker]:
    out = []
    for m in _DE_PERFECT_RE.finditer(text):
        pos = m.start("rest")
        w = _WORD.match(text, pos)
        article = bool(w and w.group().casefold() in _ARTICLES)
        if w and article:
            pos = w.end() + 1
        words = _subject(text[: m.end("rest")], pos)  # (the participle is no part of it)
        if not words:
            continue
        first = text[words[0][0] : words[0][1]]  # every German noun is capitalised: after an article, a body or
        if first.casefold() in _SUBJECT_PRONOUNS or not (_is_noun(first, True) or (is_cap(first) and not article)):
            continue  # a role ("hatte die Arbeit beendet und erklärt": no subject)
        source = text[words[0][0] : words[-1][1]]
        out.append(mk(text, "attribution", m.start("phrase"), m.end("phrase"), {"source": source}))
    return out


def attribution_frames(text: str) -> list[Marker]:
    out = _inverted(text) + _arabic(text) + _cyrillic_documents(text) + _turkish(text) + _english_passive(text)
    out += _german_so(text) + _german_perfect(text)
    return out + _document_frames(text) + _subject_first(text) + _turkish_closing(text) + _as_said(text)


def _is_noun(word: str, german: bool) -> bool:
    """A body or a role: the word starts with one; a German compound may end with one ("Außenministerium")."""
    low = word.casefold()
    return any(low.startswith(n) or (german and low.endswith(n)) for n in _NOUNS)


def _inverted(text: str) -> list[Marker]:
    out: list[Marker] = []
    for m in _INVERTED_RE.finditer(text):
        verb = re.sub(r"\s+", " ", m.group("verb"))
        pos = m.end()
        for _ in range(GAP_WORDS_MAX):  # "a déclaré vendredi la Cour": skip the time before the article
            w = _WORD.match(text, pos)
            if not w or w.group().casefold() not in _TIME_WORDS or text[w.end() : w.end() + 1] != " ":
                break
            pos = w.end() + 1
        w = _WORD.match(text, pos)
        has_article = bool(w and w.group().casefold() in _ARTICLES and text[w.end() : w.end() + 1] == " ")
        if has_article and w is not None:
            pos = w.end() + 1
        elif w is not None and (elided := ELIDED_ARTICLE.match(w.group())):  # "a annoncé l'armée américaine"
            has_article, pos = True, pos + elided.end()
        words = _subject(text, pos)
        if not words:
            continue
        if has_article:  # "sagte der schwedische Ministerpräsident X", "dijo el primer ministro": the noun after
            lead = 0  # the adjectives before it (lower case) heads the subject
            while (
                lead < min(ADJECTIVES_MAX, len(words) - 1)
                and text[words[lead][0]].islower()
                and not _is_noun(word := text[words[lead][0] : words[lead][1]], True)
                and word.casefold() not in _OF
            ):
                lead += 1
                if _is_noun(text[words[lead][0] : words[lead][1]], True):
                    words = words[lead:]
                    break
        first = text[words[0][0] : words[0][1]]
        german = verb in _GERMAN_ONLY
        particle = _PARTICLE_OF.get(verb)
        if german and has_article:  # every German noun is capitalised: the subject must be a body, a role
            named = _is_noun(first, german) or first.isupper()  # or an acronym, or frame a separable verb
        else:
            named = is_cap(first) or (has_article and _is_noun(first, german))
        named = named or (has_article and aged(text[words[0][0] : words[-1][1]]))  # "erklärte der 72-Jährige"
        if first.casefold() in _SUBJECT_PRONOUNS or not (named or (particle and is_cap(first))):
            continue
        src_end, source = words[-1][1], text[words[0][0] : words[-1][1]]
        if has_article and _is_noun(first, german) and (ap := _APPOSITIVE.match(text, src_end)):
            src_end, source = ap.end(), ap.group("name")
        end = _document_end(text, src_end)
        if particle:
            p = re.compile(rf"(?<![\w])(?:{particle})(?![\w])").search(text, end, end + PARTICLE_REACH_CHARS)
            if p is None or re.search(r"[.,;:!?\n]", text[end : p.start()]):
                continue  # "teilte" without its "mit" is another verb
            end = p.end()
        elif m.group("dem"):
            continue  # "Das sagte X" opens a sentence only with a separable verb's frame read whole
        start = m.start("dem") if m.group("dem") else m.start("verb")
        out.append(mk(text, "attribution", start, end, {"source": source}))
    return out


def _subject(text: str, pos: int) -> list[tuple[int, int]]:
    """The subject's words from ``pos`` to a stop word, a punctuation mark or the word limit."""
    words: list[tuple[int, int]] = []
    i = pos
    while len(words) < SUBJECT_WORDS_MAX:
        w = _WORD.match(text, i)
        if not w:
            break
        word = w.group().rstrip(".")
        low = word.casefold()
        if not word or low in _STOPS or low in _SUBJECT_PRONOUNS or (words and low in _ALL_VERBS):
            break
        of = any(text[a:b].casefold() in _OF for a, b in words)  # inside a role's complement ("chef de la diplomatie")
        if words and not is_cap(word) and low not in _OF and len(words) >= 3 and not of:
            break
        titled = w.group().endswith(".") and word in _TITLES  # "a déclaré M. Marek": a title, then the name
        words.append((w.start(), w.start() + len(word) + titled))
        i = w.end()
        if text[i : i + 1] not in (" ", "\t") or (w.group().endswith(".") and not titled):
            break
        i += 1
    while words and text[words[-1][0] : words[-1][1]].casefold() in _ARTICLES | _OF:
        words.pop()
    return words


_OF = frozenset(["de", "du", "des", "del", "der", "d'", "d’", "do", "da", "dos"])  # ("das" is German)
# A French article elided onto its noun, read as a word of its own: "l'armée", "l’Élysée".
ELIDED_ARTICLE = re.compile(r"[lL]['’](?=\w)")
# A name set off by a comma after a role that closes the sentence: "a réagi le chef de la diplomatie ukrainienne,
# Dmytro Kuleba." (the name is the source), ", Jean Dupont, lundi".
_APPOSITIVE = re.compile(r",[ \t]+(?P<name>[A-ZÀ-ÖØ-Þ][\w\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w\-]+){1,3})(?=[ \t]*[.;,]|$)")


def _document_end(text: str, pos: int) -> int:
    """The end of "dans un communiqué", "in einer Mitteilung", "en un comunicado" right after ``pos``."""
    m = re.compile(r"[ \t]+(\w+)[ \t]+(\w+)[ \t]+([\w\-]+)").match(text, pos)
    ok = m and m.group(1).casefold() in _IN_DOC and m.group(2).casefold() in _DOC_DETERMINERS
    return m.end() if m and ok and m.group(3).casefold().startswith(_DOCS) else pos


# --- Arabic -------------------------------------------------------------------------------------------------------
# Verbs whose next word is their subject in the verb-first order, and "جاء في"/"ورد في" ("it came in" a text).
_AR_OBJECT = lexicon.words("speech_verbs_object", "ar") | lexicon.words("speech_verbs_ambiguous", "ar")
_AR_VERBS = [
    v
    for v in lexicon.rows("speech_verbs", "ar")
    if v not in _AR_OBJECT and " " not in v and not v.endswith(("ا", "اً", "ة"))
]
_AR_TEXT_CUES = ("جاء في", "وجاء في", "ورد في", "وورد في", "كما جاء في")
_AR_VERB_RE = re.compile(rf"(?<![\w])(?P<cue>{alternation([*_AR_VERBS, *_AR_TEXT_CUES])})[ \t]+(?=\w)")
_AR_STOPS = (  # a stop word, a pronoun, or another cue ("وقال الوزير بحسب بيان": the minister, not the statement)
    frozenset(rows_of("marker_source_stops", ("ar",)))
    | lexicon.words("pronouns", "ar")
    | frozenset(c.split()[0] for c in rows_of("marker_source_cues", ("ar",)))
    | frozenset(_AR_VERBS)
    | frozenset(w for w in lexicon.rows("attribution_channels", "ar") if w.startswith("لل"))  # "للصحفيين": to whom
)
_AR_DOCS = lexicon.words("speech_documents", "ar")
# Words of an Arabic source after its verb: "بيان وزارة الخارجية".
AR_SUBJECT_WORDS_MAX = 8  # "المتحدث باسم مجلس الأمن القومي جون كيربي": a role, its body and a name
_AR_WORD = re.compile(r"[^\W\d_](?:[\w\-]|[\u064b-\u065f\u0670])*")


def _bare(word: str) -> str:
    return word.translate(TASHKEEL)  # "أنّ" is "أن"


def _arabic(text: str) -> list[Marker]:
    out: list[Marker] = []
    for m in _AR_VERB_RE.finditer(text):
        cue = m.group("cue")
        words: list[tuple[int, int]] = []
        pos = m.end()
        closed = False  # the subject ends at a stop word or a punctuation mark, not at the word limit
        while True:
            w = _AR_WORD.match(text, pos)
            if not w or _bare(w.group()) in _AR_STOPS:
                closed = True
                break
            if len(words) == AR_SUBJECT_WORDS_MAX:
                break
            words.append((w.start(), w.end()))
            pos = w.end()
            if text[pos : pos + 1] not in (" ", "\t"):
                closed = True
                break
            pos += 1
        if not words:
            continue
        first = text[words[0][0] : words[0][1]]
        # After a verb, the subject must say what it is: a text or a definite noun ("البيان", "المتحدث"), or,
        # after "جاء في", any text named.
        named = first in _AR_DOCS or first.startswith(("ال", "وال")) or closed  # "وقال جو بايدن في البيان"
        if cue.strip() not in _AR_TEXT_CUES and not named:
            continue
        out.append(mk(text, "attribution", m.start(), words[-1][1], {"source": text[words[0][0] : words[-1][1]]}))
    return out


# --- Russian and Ukrainian ------------------------------------------------------------------------------------------
_CYR_DOCS = rows_of("speech_documents", ("ru", "uk"))
_CYR_IMPERSONAL = rows_of("speech_verbs_impersonal", ("ru", "uk"))
_CYR_DOC_RE = re.compile(
    rf"(?<![\w])(?:[ВвУу])[ \t]+(?P<doc>(?:{alternation(_CYR_DOCS)})\w*)[ \t]+(?P<src>(?:[\w\-«»\"]+[ \t]+){{0,5}}?)"
    rf"(?P<verb>{alternation(_CYR_IMPERSONAL)})(?![\w])"
)


# "В ведомстве также уточнили", "У міністерстві заявили", "В Кремле сообщили": a body (its noun, lexicon
# speaker_bodies as speaker_phrases.BODY_STEMS, or a capitalised name) in the locative, then a verb of saying in the
# plural with no subject.
_CYR_PLURAL_SAY = sorted(
    {
        v
        for name in ("marker_say", "speech_verbs")
        for v in rows_of(name, ("uk", "ru"))
        if v.endswith("ли") and " " not in v
    }
)
_CYR_BODY_RE = re.compile(
    rf"(?<![\w])(?:[ВвУу]|[Вв]о)[ \t]+(?P<src>[\w\-]+(?:[ \t]+[\w\-]+)??)[ \t]+"
    rf"(?:(?:{alternation(rows_of('speaker_adverbs'))})[ \t]+)?(?P<verb>{alternation(_CYR_PLURAL_SAY)})(?![\w])"
)


def _cyrillic_documents(text: str) -> list[Marker]:
    """ "В сообщении суда отмечается", "У заяві міністерства йдеться": the document and its issuer; "В ведомстве
    уточнили": the body."""
    out: list[Marker] = []
    for m in _CYR_DOC_RE.finditer(text):
        src = m.group("src").strip() or m.group("doc")  # the issuer, or the document itself
        out.append(mk(text, "attribution", m.start(), m.end("verb"), {"source": src}))
    for m in _CYR_BODY_RE.finditer(text):
        src = m.group("src")
        if is_cap(src) or src.casefold().startswith(BODY_STEMS):
            out.append(mk(text, "attribution", m.start(), m.end("verb"), {"source": src}))
    return out


# --- Turkish --------------------------------------------------------------------------------------------------------
_TR_DOCS = rows_of("speech_documents", ("tr",))
_TR_RE = re.compile(
    r"(?<![\w'’])(?P<src>(?:[A-ZÇĞİÖŞÜ][\w]*[ \t]+){0,3}[A-ZÇĞİÖŞÜ][\w]*?)['’]?(?:[dt][ae]n|n[ıiuü]n)[ \t]+"
    rf"(?:yapılan[ \t]+)?(?:yazılı[ \t]+|resmi[ \t]+)?(?:{alternation(_TR_DOCS)})\w*"
)


# ... and a post or statement made from an account: "Kristersson, X hesabından yaptığı paylaşımda", "Başkanlığının
# sosyal medya hesabından yapılan açıklamada", "Stoltenberg ise X'ten yaptığı paylaşımda".
_TR_ACCOUNT_RE = re.compile(
    r"(?<![\w'’])(?P<src>(?:[A-ZÇĞİÖŞÜ][\w]*[ \t]+){0,3}[A-ZÇĞİÖŞÜ][\w]*?)(?:['’]?n[ıiuü]n|,|[ \t]+ise)[ \t]+"
    r"(?:[\w'’]+[ \t]+){0,3}?(?:hesab[ıi]ndan|[A-ZÇĞİÖŞÜ]\w*['’][dt][ae]n)[ \t]+(?:yapılan|yaptığı)[ \t]+"
    rf"(?:{alternation(_TR_DOCS)})\w*"
)


# ... and a statement its subject made, the subject in the nominative: "Başkan Marek yaptığı açıklamada", "Orlin Kara
# Komutanlığı (ORLCOM) saldırı hakkında yaptığı açıklamada" (what it concerned may stand between).
_TR_MADE_RE = re.compile(
    r"(?<![\w'’])(?P<src>(?:[A-ZÇĞİÖŞÜ][\w]*[ \t]+){0,4}[A-ZÇĞİÖŞÜ][\w]*(?:[ \t]+\([A-ZÇĞİÖŞÜ]{2,8}\))?),?[ \t]+"
    r"(?:(?:[\w'’]+[ \t]+){1,3}?hakkında[ \t]+)?(?:(?:yaptığı|yaptıkları)[ \t]+(?:yazılı[ \t]+|ortak[ \t]+)?"
    rf"(?:{alternation(_TR_DOCS)})\w*|(?:{alternation(_TR_DOCS)})\w*?[ıiuü]nd[ae](?![\w]))"
)  # (or the statement as the subject's own: "Bakan Marek açıklamasında")


def _turkish(text: str) -> list[Marker]:
    """ "Bakanlık'tan yapılan yazılı açıklamada", "Mahkemenin açıklamasında", "X, hesabından yaptığı paylaşımda":
    the statement's issuer."""
    found = [*_TR_RE.finditer(text), *_TR_ACCOUNT_RE.finditer(text)]
    # a subject that opens its sentence (a capital after a stop may open any sentence: "Açıklamada, …" is none)
    found += [
        m for m in _TR_MADE_RE.finditer(text)
        if not {w.casefold() for w in m.group("src").split()} & (_TR_DOC_WORDS | _TIME_WORDS | _OPENING_WORDS)
    ]  # fmt: skip
    return [mk(text, "attribution", m.start(), m.end(), {"source": m.group("src")}) for m in found]


_TR_DOC_WORDS = frozenset(w.casefold() for w in _TR_DOCS)


# A Turkish verb closing a quote's sentence ("“…” dedi.", "“…” ifadelerini kullandı."): its source is the name that
# opens the sentence, set off by a comma ("Bakan Jane Roe, “…” dedi.").
_TR_VERBS = [v for v in lexicon.rows("speech_verbs", "tr") if v not in ("göre", "açıklamasında", "öne sürerek")]
_TR_CLOSING_RE = re.compile(
    rf"[”\"»][ \t]*,?[ \t]*(?P<phrase>(?:(?:{alternation(lexicon.rows('quote_verb_frames', 'tr'))})[ \t]+)?"
    rf"(?:{alternation(_TR_VERBS)}))[ \t]*[.!]"
)
_TR_OPENING_NAME = re.compile(r"[ \t]*(?P<name>[A-ZÇĞİÖŞÜ][\w'’\-]*(?:[ \t]+[A-ZÇĞİÖŞÜ][\w'’\-]*){0,4})[ \t]*,")


def _turkish_closing(text: str) -> list[Marker]:
    out = []
    for m in _TR_CLOSING_RE.finditer(text):
        opening = max(text.rfind(c, 0, m.start()) for c in '“"«')
        cut = max((text.rfind(c, 0, max(0, opening)) for c in ".!?\n"), default=-1)
        name = _TR_OPENING_NAME.match(text, cut + 1) if opening > 0 else None
        if name is not None:
            out.append(mk(text, "attribution", m.start("phrase"), m.end("phrase"), {"source": name.group("name")}))
    return out


# --- English ---------------------------------------------------------------------------------------------------------
_EN_DOCS = rows_of("speech_documents", ("en",)) + rows_of("marker_source_nouns", ("en",))
_EN_PASSIVE_RE = re.compile(
    r"(?<![\w])(?:This|That|It)[ \t]+(?:is|was|has[ \t]+been|had[ \t]+been)[ \t]+"
    r"(?:stated|reported|said|announced|noted|written|confirmed)[ \t]+(?:in|on|by)[ \t]+"
    r"(?P<src>(?:the|a|an|its|their)[ \t]+(?:[\w\-]+(?:['’]s)?[ \t]+){0,3}"
    rf"(?:{alternation(_EN_DOCS)}|website|site|page|account|channel)\b)"
)


# A document that speaks: "the statement reads", "reads the court's statement", "the ministry's statement said".
_EN_DOC_PHRASE = (
    rf"(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[ \t]+(?:[\w\-]+(?:['’]s)?[ \t]+){{0,3}}"
    rf"(?:{alternation(rows_of('speech_documents', ('en',)))}|order|ruling|decision)"
)
_EN_DOC_READS_RE = re.compile(
    rf"(?<![\w])(?:(?P<src>{_EN_DOC_PHRASE})[ \t]+(?:reads|read|says|said|states|stated|continued|continues|added)"
    rf"|(?:reads|read)[ \t]+(?P<src2>{_EN_DOC_PHRASE}))(?![\w])"
)


def _english_passive(text: str) -> list[Marker]:
    """ "This was stated in the ministry's statement", "It is reported on the court's website", and a document
    that speaks: "the statement reads", "reads the court's statement"."""
    out = [
        mk(text, "attribution", m.start(), m.end(), {"source": m.group("src")}) for m in _EN_PASSIVE_RE.finditer(text)
    ]
    for m in _EN_DOC_READS_RE.finditer(text):
        src = m.group("src") or m.group("src2")
        out.append(mk(text, "attribution", m.start(), m.end(), {"source": src, "document": True}))
    return out


# --- "in a statement", in every language --------------------------------------------------------------------------
def _document_frame_regex() -> re.Pattern[str]:
    alts = []
    for row in lexicon.rows("marker_document_frames", None, "tsv"):
        lang, preps, dets, adjs, after = [*row.split("\t"), "", "", "", ""][:5]
        # what may speak ("a statement") and where one speaks ("a televised address", "a video on Telegram")
        docs = [d.casefold() for name in ("speech_documents", "speech_occasions") for d in lexicon.rows(name, lang)]
        stem = lang in ("ru", "uk", "tr")
        doc = rf"(?:{alternation(docs)})" + (r"\w*" if stem else r"(?![\w\-])")
        if lang == "ar":
            doc = rf"(?:{alternation(docs)})(?:ه|ها|هم)?(?![\w])"  # "بيانه": his statement
        if lang == "tr":
            doc = rf"(?:{alternation(docs)})(?:s[ıi])?n?d[ae](?![\w])"  # "açıklamada", "açıklamasında"
        part = doc
        if adjs.strip():
            part = rf"(?:(?:{alternation(adjs.split('|'))})[ \t]+){{0,2}}" + part  # "an emergency televised"
        if dets.strip() not in ("", "-"):
            part = rf"(?:{alternation(dets.split('|'))})[ \t]+" + part
        if preps.strip() not in ("", "-"):
            part = rf"(?:{alternation(w for p in preps.split('|') for w in (p, p[:1].upper() + p[1:]))})[ \t]+" + part
        if after.strip():
            part += rf"(?:[ \t]+(?:{alternation(after.split('|'))})(?![\w])(?:[ \t]+(?:{_WEEKDAYS}))?)?"
        alts.append(part)
    return lazy_pattern(rf"(?<![\w])(?:{'|'.join(alts)})", re.I)


_FRAME_PREPOSITIONS = frozenset(
    p.casefold() for row in lexicon.rows("marker_document_frames", None, "tsv") for p in row.split("\t")[1].split("|")
)
_WEEKDAYS = alternation(w for w in lexicon.rows("marker_weekdays") if len(w) > 3)
_DOC_FRAME_RE = _document_frame_regex()


# A verb of saying right before a document frame, in any language ("dijo en un comunicado", "قال في بيان").
_ANY_VERB = [*(v for lang in (*_VERB_FIRST_LANGS, "ar") for v in lexicon.rows("speech_verbs", lang)),
             *rows_of("marker_say", ("en", "ru", "uk"))]  # fmt: skip
_VERB_BEFORE_RE = lazy_pattern(rf"(?<![\w\-])(?:{alternation(_ANY_VERB)})[ \t]*,?[ \t]*$", re.I)
VERB_REACH_CHARS = 40


def _document_frames(text: str) -> list[Marker]:
    """ "in a written statement on Monday", "dans un communiqué publié samedi", "في بيان لها": the document, and
    the verb of saying right before it ("confirmó en un comunicado")."""
    out = []
    for m in _DOC_FRAME_RE.finditer(text):
        head, _, rest = m.group().partition(" ")
        document = rest if rest and head.casefold() in _FRAME_PREPOSITIONS else m.group()
        verb = _VERB_BEFORE_RE.search(text, max(0, m.start() - VERB_REACH_CHARS), m.start())
        start = verb.start() if verb else m.start()
        out.append(mk(text, "attribution", start, m.end(), {"source": document.strip(), "document": True}))
    return out


# --- a named subject before its verb, in French, German, Spanish, Russian and Ukrainian ---------------------------
_SV_VERBS = [f"{v} {p}" if p else v for lang in _VERB_FIRST_LANGS for v, p in _VERBS[lang].items()] + [
    v for v in rows_of("marker_say", ("ru", "uk")) + rows_of("speech_verbs", ("ru", "uk")) if " " not in v
]  # a separable verb's head alone ("Der Vertrag teilte das Land") is another verb; "Путин рассказал" too
_SV_ARTICLES = ["le", "la", "les", "el", "los", "las", "der", "die", "das", "o", "os"]
_OPENING_WORDS = frozenset(w.casefold() for w in rows_of("marker_openers")) | frozenset(
    w.casefold() for w in lexicon.rows("stopwords")
)
_NAME_RUN = r"[^\W\d_a-zà-ÿа-яіїєґё][\w'’\-]*(?:[ \t]+[^\W\d_a-zà-ÿа-яіїєґё][\w'’\-]*){0,3}"
_ROLE_NP = (
    rf"(?:{alternation(both_cases(_SV_ARTICLES))})[ \t]+(?:[\w\-]+[ \t]+)?"
    rf"(?:{alternation(w for w in _NOUNS if len(w) > 3)})[\w\-]*(?:[ \t]+[\w\-]+)?"
)
# an adverb between ("Marek también dijo", "Marek a aussi déclaré" is a compound verb's), a name in commas after a role
_ROLES_CYR = alternation(
    w for w in rows_of("person_roles", ("uk", "ru")) if " " not in w and w.islower()
)  # "президент …"
_SV_ADVERBS = alternation(w for w in rows_of("speaker_adverbs") if " " not in w and len(w) > 3)
_SV_RE = lazy_pattern(
    rf"(?<![\w'’\-])(?P<src>(?:(?:{_ROLES_CYR})[ \t]+)?{_NAME_RUN}|{_ROLE_NP}(?:,[ \t]+{_NAME_RUN},)?)"
    rf"(?:[ \t]+(?:{_SV_ADVERBS}))?[ \t]+"
    rf"(?P<verb>{alternation(_SV_VERBS)})(?![\w\-])"
)


def _subject_first(text: str) -> list[Marker]:
    """ "Sunak dijo", "Le président américain a précisé", "Иван Петров заявил": a name or a role, then its verb."""
    out = []
    for m in _SV_RE.finditer(text):
        src, start = m.group("src"), m.start("src")
        if src.split()[0].casefold() not in _SV_ARTICLES:  # "Hier Jane Roe a dit": from the name
            src, start = strip_leading(src, start)
        words = src.split()
        if not words or words[-1].casefold() in _SUBJECT_PRONOUNS or src.casefold() in _SUBJECT_PRONOUNS:
            continue
        if words[0].casefold() in _SV_ARTICLES and not (len(words) > 1 and _is_noun(words[1], True)):
            continue  # "Das Werk schreibt schwarze Zahlen": a German noun is capitalised like a name
        if len(words) == 1 and src.casefold() in _OPENING_WORDS:
            continue  # "Ayer dijo", "Luego dijo": a word opening the sentence, not a name
        out.append(mk(text, "attribution", start, m.end("verb"), {"source": src}))
    return out


def merged(text: str, markers: list[Marker]) -> list[Marker]:
    """A document frame and the attribution it touches (", " or a space between them) are one phrase: "In a
    statement, Joe Biden said", "Biden noted in his statement"; its source is the one that is not a document."""
    out: list[Marker] = []
    for m in sorted(markers, key=lambda m: (m.start, -m.end)):
        last = out[-1] if out else None
        if last is not None and m.kind == last.kind == "attribution" and last.start <= m.start:
            gap = text[last.end : m.start]
            if m.end <= last.end:
                out.append(m)  # nested: the dedupe keeps the longer
                continue
            if len(gap) <= 3 and not gap.strip(" \t,،") and (last.value.get("document") or m.value.get("document")):
                doc = last.value.get("document") and not m.value.get("document")
                value = dict(m.value if doc else last.value)
                out[-1] = mk(text, "attribution", last.start, m.end, value)
                continue
        out.append(m)
    return out


__all__ = ["attribution_frames", "merged"]
