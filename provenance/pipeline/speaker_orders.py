"""Speakers in word orders the subject-before-verb rules of ``speakers`` do not read: German puts the finite
verb second, so an adverbial that opens the sentence puts the subject after the speech verb ("Angesichts der Lage
sagte Generalsekretärin Jane Doe: „…“"; the openers are data, ``speaker_fronted.de``); English wire copy hangs a
second speaker on a participle ("…, with the ministry's spokesman Jane Doe saying the strikes were a “…”") and
sets a role between the name and its verb ("“…,” Jane Doe, a spokeswoman for the ministry, said.");
Turkish closes the sentence with its verb, the quote inside it ("Jane Doe, görüşmelerin “…” öne sürerek bunu
savundu.")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from provenance import lexicon
from provenance.pipeline.speaker_joins import adverbial, participle_opener
from provenance.pipeline.speaker_phrases import (
    _CAP,
    _DEFINITE,
    _NP_STOP,
    _PRONOUNS,
    _SEATS,
    _TAIL_PREPOSITIONS,
    BODY_STEMS,
    LOWER,
    VERB,
    VERB_ANY,
    VERB_AUXILIARIES,
    _alternation,
    _clean_np,
    _has_name,
    _mask,
    _role_only,
    _role_prefixed,
    _sent_to,
    _words,
)
from provenance.pipeline.speaker_roles import SUBJECT_ARTICLES, is_role
from provenance.pipeline.speaker_times import TIME_OPENERS, after_time_clause, time_tail
from provenance.text import lazy_pattern

# German roles close compounds too ("UN-Generalsekretär", "Außenministerin"): a word holding one is a title.
_TRAILING_ROLE = re.compile(rf"^(?:\S*(?i:{_alternation(frozenset(lexicon.words('person_roles', 'de')))})\w*\s+)+")
# After an opener, the phrase from the speech verb to the colon or comma is the speaker.
_FRONTED_DE = frozenset(lexicon.words("speaker_fronted", "de"))
_VERB_DE = _alternation(frozenset(lexicon.words("speech_verbs", "de")))
_V2_DE = re.compile(rf"^(?P<head>\S+)[^:,\"“”«»„]*?\s(?P<verb>{_VERB_DE})\s+(?P<np>[^,:;\"“”«»„]{{2,80}}?)\s*[:,]\s*$")


# "For X," that opens the sentence the quote closes (lexicon according_opening): X, a name or a role.
_FOR_WHOM = re.compile(
    rf"^\s*(?i:{_alternation(frozenset(lexicon.words_all('according_opening')))})\s+(?P<np>[^,;:.!?\"“”«»„]{{2,60}}?)\s*,\s*$"
)


def fronted(sentence: str, s_off: int) -> tuple[str | None, tuple[int, int] | None]:
    """The speaker a sentence's fronted words name: a German verb put second (:func:`fronted_subject`), or "For
    X," right before X's quote ("Per Bellini, «…»")."""
    found = fronted_subject(sentence, s_off)
    m = _FOR_WHOM.match(sentence) if found[0] is None else None
    if m is not None:
        np_ = _clean_np(_words(m.group("np")), leading=True)
        if np_ and len(np_.split()) == len(m.group("np").split()) and (_has_name(np_) or _role_only(np_)):
            return np_, (s_off + m.start("np"), s_off + m.end("np"))
    return found


def fronted_subject(sentence: str, s_off: int) -> tuple[str | None, tuple[int, int] | None]:
    """The subject after a German speech verb that an adverbial opening the sentence put second."""
    m = _V2_DE.match(sentence)
    if m is None or m.group("head").casefold() not in _FRONTED_DE:
        return None, None
    words = m.group("np").split()
    while words and words[0][:1].islower():
        words.pop(0)  # "die Ministerin Jane Doe": the article
    k = 1
    while k < len(words) and words[k][:1].isupper():
        k += 1  # "Doe den Reportern": the name ends where an object opens
    np_ = " ".join(words[:k])
    if not np_ or not (_has_name(np_) or _role_only(np_)):
        return None, None
    named = _TRAILING_ROLE.sub("", np_) if _has_name(np_) else np_  # "Ministerin Jane Doe": the name
    return named or np_, (s_off + m.start("np"), s_off + m.end("np"))


# "…, with X saying (that) …": X speaks the quote that closes the clause.
_WITH_SAYING = re.compile(r"(?<![\w-])with\s+(?P<np>[^,.;:!?\"“”«»]{2,80}?)\s+saying\b[^,;.!?\"“”«»]{0,120}$", re.I)


def with_saying(sentence: str, s_off: int) -> tuple[str | None, tuple[int, int] | None]:
    """The one a participle clause has say the quote: "with the ministry's spokesman Jane Doe saying …"."""
    m = _WITH_SAYING.search(sentence)
    if m is None:
        return None, None
    np_ = _clean_np(_words(m.group("np")), leading=False)
    if not np_ or not (_has_name(np_) or _role_only(np_)):
        return None, None
    return np_, (s_off + m.start("np"), s_off + m.end("np"))


# Turkish is verb-final: a speech verb closing the quote's sentence, a short clause after the quote, has the
# sentence's subject speak it.
_VERB_TR = _alternation(frozenset(lexicon.words("speech_verbs", "tr")))
_CLOSES_TR = re.compile(rf"^[^.!?\"“”«»\n]{{0,80}}?(?<![\w-])(?:{_VERB_TR})\s*[.!]", re.I)


def closed_by_verb_tr(after: str) -> bool:
    """The words after a quote end its sentence with a Turkish speech verb ("… öne sürerek, bunu savundu.")."""
    return _CLOSES_TR.match(after) is not None


# Turkish: a name in the genitive right before a quote ("Arslan'ın “…”") and a noun for what was said after it
# ("sözleri", "ifadeleri"): the name's owner said it.
_GENITIVE_OWNER = re.compile(rf"(?P<name>(?:{_CAP}[\w-]+\s+){{1,3}}{_CAP}[\w-]+)['’](?:n?[ıiuü]n)\s*$")
_SPEECH_NOUN_AFTER = re.compile(rf"^\s*(?:{_alternation(frozenset(lexicon.words('speech_nouns', 'tr')))})\w*", re.I)


def owner_tr(before: str, after: str, offset: int) -> tuple[str | None, tuple[int, int] | None]:
    """The owner of a quote in Turkish: the genitive name before it when a noun for words follows it."""
    owner = _GENITIVE_OWNER.search(before)
    if owner is None or not _SPEECH_NOUN_AFTER.match(after):
        return None, None
    return owner.group("name"), (offset + owner.start("name"), offset + owner.end("name"))


# Turkish: a relative participle of saying right after the quote, the name it qualifies after it ("…" diyen
# Bakan Deniz Arslan; lexicon speech_participles): that name said it.
_PARTICIPLE_TR = lazy_pattern(
    rf"^\s*,?\s*(?i:{_alternation(frozenset(lexicon.words('speech_participles', 'tr')))})\s+"
    rf"(?P<name>(?:{_CAP}[\w'’-]+\s+){{0,3}}{_CAP}[\w-]+)"
)


def participle_owner_tr(after: str, offset: int) -> tuple[str | None, tuple[int, int] | None]:
    """The name a Turkish participle of saying after the quote qualifies ("…" diyen Aliyev, "…")."""
    m = _PARTICIPLE_TR.match(after)
    if m is None or not _has_name(m.group("name")):
        return None, None
    return m.group("name"), (offset + m.start("name"), offset + m.end("name"))


# "Jane Doe, spokeswoman for the ministry, said": a name, a role set off by commas (a role word among its first
# three), the verb. Before a quote the verb may take a short tail ("said the court was “…”").
_NAME_RUN = rf"(?P<name>(?:{_CAP}[\w'’\u2024-]+\s+){{0,3}}{_CAP}[\w'’\u2024-]+)"
_APPOSITIVE = r"\s*,\s*(?P<role>(?:(?i:the|a|an)\s+)?[^\W\d_][^,.;:!?\n\"“”«»]{1,90}?)\s*,\s*"
_APPOSED_AFTER = lazy_pattern(rf"^[\s,–—-]*{_NAME_RUN}{_APPOSITIVE}{VERB_AUXILIARIES}(?i:{VERB})(?!\w)")
# ... and after a quote the other order: the role, then the name in commas ("“…,” Biden's national security
# adviser, Jake Sullivan, said"); the role is a noun phrase, its head (a role word) anywhere in it.
_ROLE_FIRST_AFTER = lazy_pattern(
    rf"^[\s,–—-]*(?P<role>[^\W\d_][^,.;:!?\n\"“”«»]{{1,90}}?)\s*,\s*{_NAME_RUN}\s*,\s*{VERB_AUXILIARIES}(?i:{VERB})(?!\w)"
)
_APPOSED_BEFORE = lazy_pattern(
    rf"(?<![\w'’]){_NAME_RUN}{_APPOSITIVE}{VERB_AUXILIARIES}(?i:{VERB})(?!\w)[^.!?\n\"“”«»]{{0,120}}$"
)


def apposed_subject(segment: str, offset: int, *, after: bool) -> tuple[str | None, tuple[int, int] | None]:
    """The name before a role in commas and a speech verb: after a quote (``after``, the segment opens with the
    name) or closing the sentence before it."""
    if segment.count(",") < 2:
        return None, None  # the role stands between two commas: without them no regex need run
    m = (_APPOSED_AFTER.match if after else _APPOSED_BEFORE.search)(segment)
    # ("“…,” Orlin's Mayor, Jane Roe, said": a capitalised role before the name reads as a name; the role's word says)
    role_first = after and (m is None or not _roled(m.group("role")))
    if role_first:
        m = _ROLE_FIRST_AFTER.match(segment)
    if m is None or VERB_ANY.search(m.group("role")) or not _roled(m.group("role"), anywhere=role_first):
        return None, None  # "Moscow, which denies it, said": no role between
    name = m.group("name")
    if not _has_name(name) or _clean_np(_words(name), leading=True) != name:
        return None, None  # "Last week, the minister said": an opener, no name
    return name, (offset + m.start("name"), offset + m.end("name"))


def _roled(phrase: str, anywhere: bool = False) -> bool:
    """A role among a phrase's first three words ("spokeswoman for the Foreign Ministry", "the Kremlin's aide") or
    as its last, its head ("the Defence Department spokesman"), or, ``anywhere``, among all of them (a role phrase
    before the name ends with its head: "Biden's security adviser")."""
    words = phrase.split()
    return any(_role_prefixed(w) for w in (words if anywhere else words[:3] + words[-1:]))


# A speech verb's participle after a comma (", by saying", ", en affirmant") hangs the quote that closes its
# clause on the sentence's subject ("Roe vowed to punish the leaders of the revolt that shook the port on
# Saturday, saying it was a “…”"; lexicon speech_gerunds), however far the main verb stands; the participle
# stands this close to the quote.
GERUND_REACH_CHARS = 160
SPEECH_GERUNDS = frozenset(lexicon.words_all("speech_gerunds"))
# The object pronoun a Romance gerund takes at its end ("definendola", "calificándolo" with the stress marked,
# "classificando-a" joined by a hyphen): the thing the quote names.
_ENCLITICS = ("lo", "la", "li", "le", "los", "las", "les", "ne", "se")
_ENCLITICS_PT = ("o", "a", "os", "as", "se", "lo", "la")
_STRESSED = {"ando": "ándo", "iendo": "iéndo", "yendo": "yéndo"}


def _with_enclitics(gerunds: frozenset[str]) -> frozenset[str]:
    """``gerunds`` and their forms with an object pronoun joined at the end."""
    forms = set(gerunds)
    for g in (g for g in gerunds if g.endswith("ndo")):
        tail = next((t for t in _STRESSED if g.endswith(t)), "")
        stressed = g[: len(g) - len(tail)] + _STRESSED[tail] if tail else g
        forms.update(f"{stem}{c}" for stem in {g, stressed} for c in _ENCLITICS)
        forms.update(f"{g}-{c}" for c in _ENCLITICS_PT)
    return frozenset(forms)


_GERUND_FORMS = _with_enclitics(SPEECH_GERUNDS)
# A time clause inside the sentence whose subject is a name ("The row began when Jane Roe addressed the mayor,
# saying …"): where no name opens the sentence, the participle qualifies that clause, whose subject speaks.
_INNER_TIME_SUBJECT = re.compile(
    rf"\s(?i:{TIME_OPENERS})\s+(?P<np>{_CAP}[\w'’-]+(?:\s+{_CAP}[\w'’-]+){{0,2}})(?=\s+[a-zà-ÿ])"
)
_GERUND = lazy_pattern(
    rf"(?:(?:[,،]|(?i:\s(?:{_alternation(frozenset(lexicon.words_all('speech_documents')))}))"
    rf"|[,،][^,.!?;\"“”«»„]{{1,60}}?\s(?i:{_alternation(lexicon.words('name_conjunctions'))}))\s*(?i:(?:by|en)\s+)?"
    rf"(?i:{_alternation(_GERUND_FORMS)})|\s(?i:{_alternation(_GERUND_FORMS - SPEECH_GERUNDS)}))"
    rf"(?![\w-])[^.!?;\"“”«»„]*$"
)  # (", saying", or right after the document it is said in: "issued a statement saying that", or joined to another
# participle of the clause: ", raising his voice and stating"; a gerund with its pronoun needs no comma: it cannot
# qualify a noun)
# The sentence's subject: a capitalised run opening it (an article and a role's lower-case words before the
# name allowed: "Russian President Vladimir Putin", "El presidente Jane Roe"), then a lower-case word.
_NAME_PART = rf"(?:[^\W\d_]{{1,4}}-)?{_CAP}"  # "al-Hajjawi", "ed-Dabbağ": a particle joined to the name
# A role word in lower case and a full name after the capitalised words opening a sentence ("Ukrainian president
# Jane Roe"): one subject.
_ROLE_NAME = re.compile(rf"\s+(?P<role>[a-z][\w-]+)\s+(?P<name>{_NAME_PART}[\w'’-]+(?:\s+{_NAME_PART}[\w'’-]+){{1,2}})")
_OPENER_COMMA = lazy_pattern(rf"^\s*(?i:{_alternation(frozenset(lexicon.words_all('marker_openers')))}),\s*")
# A phrase opening the sentence before its subject, a comma after it: a capital, then lower-case words (no name
# opens it: "In a video after the strikes,", "Dans un message vidéo,"), at most this many words.
OPENING_PHRASE_MAX_WORDS = 10
_PHRASE_OPENING = re.compile(rf"^\s*{_CAP}[^\W\d_]*\s+[{LOWER}][^,.!?;:\"“”«»„]*?,\s*(?=\S)")
_OPENING_SUBJECT = re.compile(
    rf"^\s*(?P<np>(?:{_NAME_PART}[\w'’.-]*\s+){{0,4}}{_NAME_PART}[\w'’-]+)\s+(?=[^\W\d_])(?!{_NAME_PART})"
)


# Letters Russian writes and Ukrainian does not: a Russian sentence, where "сказав" is the gerund (Ukrainian's past
# tense has the word before it for its subject).
_RUSSIAN_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")
_RUSSIAN_GERUNDS = frozenset(lexicon.words("speech_gerunds", "ru"))


def russian_gerund(sentence: str) -> bool:
    """The sentence is Russian and its quote hangs on a gerund of speech after a comma ("…, сказав: «…»")."""
    m = _GERUND.search(sentence)
    words = re.findall(r"\w+", m.group().lower()) if m else []
    return bool(_RUSSIAN_ONLY.search(sentence)) and any(w in _RUSSIAN_GERUNDS for w in words)


def ends_in_gerund(sentence: str) -> bool:
    """The sentence ends in a participle of saying before its quote ("…, stating, “…”"): it goes on with the subject
    of the clause it closes ("X reported that Y expressed concern …, stating"), no relayer's."""
    m = _GERUND.search(sentence)
    return m is not None and not sentence[m.end() :].strip(" ,:")


def gerund_subject(sentence: str, s_off: int) -> tuple[str | None, tuple[int, int] | None]:
    """The subject opening the sentence whose participle clause (", saying", ", affirmant", ", назвав") holds
    the quote; or the speaker of an inverted attribution right before the participle (", said Jane Roe, calling
    the reports “…”")."""
    m = _GERUND.search(sentence)
    if m is None or len(sentence) - m.start() > GERUND_REACH_CHARS:
        return None, None
    said = _SAID_BEFORE.search(sentence, 0, m.start() + 1)
    if said is not None:
        np_ = _clean_np(_words(said.group("np")), leading=True)
        if np_ and _has_name(np_):
            return np_, (s_off + said.start("np"), s_off + said.start("np") + len(said.group("np")))
    marks = [k for k in (sentence.find(c) for c in '"“«„') if 0 <= k < m.start()]
    if (cut := after_time_clause(sentence, min(marks, default=m.start()))) is not None:
        s_off, sentence = s_off + cut, sentence[cut:]  # "Hours after X announced …, Jane Roe called it “…”, saying"
    first = re.match(r"[^,]+,", sentence)
    if first is not None and participle_opener(first.group()[:-1]):  # "Chosen on Thursday, after …, X appeared"
        s_off, sentence = s_off + first.end(), sentence[first.end() :]
        while (seg := re.match(r"[^,]+,", sentence)) is not None and _adverbial_segment(seg.group()[:-1].split()):
            s_off, sentence = s_off + seg.end(), sentence[seg.end() :]  # ("after two days of conclave,")
        lead_ws = len(sentence) - len(sentence.lstrip())
        s_off, sentence = s_off + lead_ws, sentence[lead_ws:]
    opening = _OPENING_SUBJECT.match(sentence)
    lead = _OPENER_COMMA.match(sentence)  # "Earlier, X issued a statement saying …": past the opening adverb
    if opening is None and lead is not None:
        s_off, sentence = s_off + lead.end(), sentence[lead.end() :]
        opening = _OPENING_SUBJECT.match(sentence)
    named = opening is not None and _has_name(_clean_np(_words(opening.group("np")), leading=True) or "")
    seg = None if named else _PHRASE_OPENING.match(sentence)
    if seg is not None and len(seg.group().split()) <= OPENING_PHRASE_MAX_WORDS:
        s_off, sentence = s_off + seg.end(), sentence[seg.end() :]  # "In a video after the strikes, X praised Y,"
        opening = _OPENING_SUBJECT.match(sentence)
    body = _body_opening(sentence)
    if body is not None:  # "Il ministero degli Esteri boreano, in una nota, …, definendola «…»"
        at = s_off + sentence.index(body)
        return body, (at, at + len(body))
    if opening is None:
        return None, None
    np_ = _clean_np(_words(opening.group("np")), leading=True)
    np_ = " ".join((ws := (np_ or "").split())[: time_tail(ws)])  # "Jane Roe Thursday called it …": no weekday
    if np_.lower() in _POSSESSIVES:  # "Son avocat, Me Jean Roe, a fait valoir …, déclarant": the name apposed
        apposed = re.match(r"[^,]{1,40},\s*(?P<np>[^,]{3,60}),", sentence)
        name = _clean_np(_words(apposed.group("np")), leading=True) if apposed else None
        if apposed and name and _has_name(name) and name[:1].isupper():
            return name, (s_off + apposed.start("np"), s_off + apposed.end("np"))
        return None, None
    role = _ROLE_NAME.match(sentence, opening.end("np"))  # "Ukrainian president Jane Roe said …": the whole
    start, end = opening.start("np"), opening.end("np")
    if np_ and role and _role_prefixed(role.group("role")):
        np_, end = f"{np_} {role.group('role')} {role.group('name')}", role.end("name")
    # "The Orlin Daily reported that Ivo Marek was worried …, saying": a body or an outlet under its article relays,
    # the clause's named subject speaks ("X emphasized that Borean forces …, declaring" stays X's)
    relayed = _RELAYED_SUBJECT.match(sentence, end)
    led = bool(np_) and np_.split()[0].lower() in _DEFINITE
    if relayed and led and len(relayed.group("np").split()) > 1 and _has_name(relayed.group("np")):
        return relayed.group("np"), (s_off + relayed.start("np"), s_off + relayed.end("np"))
    if not np_ or not _has_name(np_) or np_.split()[0].lower() in _NP_STOP | _DEFINITE:
        if inner := [t for t in _INNER_TIME_SUBJECT.finditer(sentence, 0, m.start()) if _has_name(t.group("np"))]:
            return inner[-1].group("np"), (s_off + inner[-1].start("np"), s_off + inner[-1].end("np"))
        return None, None  # "Les frappes sont …, en évoquant « … »": an article opens the sentence, no name
    owned = _OWNED.match(sentence, end) if np_.endswith(("'s", "’s")) else None
    if owned and _sent_to(owned.group("noun")):  # "Borea’s mission to the UN issued a statement saying …"
        np_, end = f"{np_} {owned.group().strip()}", owned.end()
    return np_, (s_off + start, s_off + end)


_POSSESSIVES = frozenset(w.lower() for w in lexicon.words("possessive_third_person"))  # "Son", "His": no name


def _adverbial_segment(ws: list[str]) -> bool:
    """A comma segment after a participle's clause that is no subject's: a preposition or a participle opens it, or
    a lower-case word that is no article ("after two days of conclave")."""
    if not ws:
        return False
    return adverbial(" ".join(ws)) or (ws[0][:1].islower() and ws[0].lower() not in _DEFINITE | SUBJECT_ARTICLES)


# A body opening the sentence under its article (Italian's and Portuguese "a" among them), the name after its noun
# ("Il ministero degli Esteri boreano", "A Agência do Ambiente da Borea"; lexicon speaker_bodies).
_BODY_ARTICLES = SUBJECT_ARTICLES | {"a", "as"}
_BODY_OPENING = lazy_pattern(
    rf"^\s*(?i:l['’]\s*|(?:{_alternation(_BODY_ARTICLES)})\s+)(?:[{LOWER}]+\s+)?"
    rf"(?i:{_alternation(frozenset(BODY_STEMS))})\w*\s"
)


def _body_opening(sentence: str) -> str | None:
    """The body that opens ``sentence`` (its article, its noun and the words naming it up to a stop word), where a
    capitalised word after the noun names it; None for any other opening ("Les frappes", "The ministry")."""
    if _BODY_OPENING.match(sentence) is None:
        return None
    np_ = _clean_np(_words(sentence[:200]), leading=True)
    if not np_ or not sentence.lstrip().startswith(np_) or len(np_.split()) < 3:
        return None
    return np_ if any(w[:1].isupper() for w in np_.split()[2:]) else None


# An inverted attribution closed by the participle's comma: ", said Defense spokesman Jane Roe,".
# A verb of saying and its complementiser after the sentence's subject, then the clause's own named subject: the one
# a participle of saying at the clause's end goes on with.
_RELAYED_SUBJECT = lazy_pattern(
    rf"\s+(?i:{VERB})\s+(?i:{_alternation(frozenset(lexicon.words_all('complementisers')))})\s+"
    rf"(?P<np>(?:{_CAP}[\w'’-]+\s+){{0,2}}{_CAP}[\w'’-]+)(?=\s+[^\W\d_A-ZÀ-ÞА-ЯІЇЄҐ])"
)
_SAID_BEFORE = lazy_pattern(rf",\s+(?:{VERB})\s+(?P<np>[^,.;:!?\"“”«»]{{2,80}}?)\s*,$")
# What a possessive name opening a sentence owns: a body or a role, and where it is sent ("mission to the UN").
_OWNED = re.compile(rf"\s+(?P<noun>[a-z]+)(?:\s+to\s+(?:the\s+)?(?:{_CAP}[\w.]*)(?:\s+{_CAP}[\w.]*){{0,3}})?")


# How far the words after a quote are read for the end of its sentence, past the sentence's later quotes.
SENTENCE_TAIL_CHARS = 600
_PAIRS = {"“": "”", "«": "»", "„": "“", '"': '"'}  # an opening mark and the mark that closes it
# Words at most between the sentence's last quote and its closing attribution ("… eingeleitet“ worden, erklärte
# X"); more are a clause with a subject of its own ("“…,” Biden, who is due to leave, said in the Rose Garden").
BETWEEN_WORDS = 2


def sentence_tail(text: str, end: int) -> tuple[int, int] | None:
    """Where the attribution closing the quote's sentence stands when words or later quotes of the sentence come
    between ("Um „…“, um „…“ zu verhindern, seien „…“ worden, erklärte das Ministerium."): the clause after the first
    comma or dash past the sentence's last quote; None where no words stand between or the sentence runs on."""
    open_: list[str] = []  # the closing marks the quotes open at this point expect, innermost last
    last = -1
    limit = min(len(text), end + 1 + SENTENCE_TAIL_CHARS)
    for k in range(end + 1, limit):
        c = text[k]
        if c == "\n":
            return None
        if open_ and c == open_[-1]:  # "“" closes a German „…“ and opens an English “…”
            open_.pop()
            last = k if not open_ else last
        elif c in _PAIRS:
            open_.append(_PAIRS[c])
        elif c in ".!?" and not open_ and (k + 1 == len(text) or text[k + 1].isspace()):
            start = max(last, end) + 1
            cuts = [
                p for p in (text.find(",", start, k), text.find(" –", start, k), text.find(" —", start, k)) if p > 0
            ]
            cut = min(cuts, default=-1)
            # the clause after the first comma or dash past the last quote ("… worden, erklärte X, …"), words before
            between = text[start:cut].strip(' \t"”»').split() if cut > start else []
            later = last > end  # quotes of the sentence after this one, else a word or two ("… eingeleitet“ worden,")
            return (cut, k + 1) if between and (later or len(between) <= BETWEEN_WORDS) else None
    return None


# "… « activités antiterroristes » dans la région, a déclaré mardi son ministère de la Défense, pour « … »": an
# inverted attribution set off by commas inside the sentence, before its next quote. Its verb opens the clause
# (after an auxiliary; matched with the one compiled ``VERB_ANY``); the clause runs to the next comma.
_COMMA_CLAUSE = re.compile(r",[ \t]+(?P<clause>[^,.;:!?\n\"“”«»„]{3,120}),")
_AUXILIARIES = re.compile(VERB_AUXILIARIES)


def parenthetical_attribution(text: str, end: int) -> tuple[int, int] | None:
    """The inverted attribution set off by commas between the quote and the next quote or stop of its sentence:
    from its first comma to its second."""
    reach = end + 1 + SENTENCE_TAIL_CHARS  # "…, says Dr. Jane Roe, …": a title's dot ends no sentence (offsets hold)
    text = _mask(text[:reach]) + text[reach:]
    stop = len(text)
    for k in range(end + 1, min(len(text), end + 1 + SENTENCE_TAIL_CHARS)):
        if text[k] in '\n“«„"' or (text[k] in ".!?" and (k + 1 == len(text) or text[k + 1].isspace())):
            stop = k
            break
    for comma in (k for k in range(end + 1, stop + 1) if text[k : k + 1] == ","):
        m = _COMMA_CLAUSE.match(text, comma, stop + 1)
        aux = _AUXILIARIES.match(text, m.start("clause")) if m else None  # (it matches, if only nothing)
        verb = VERB_ANY.match(text, aux.end()) if m and aux else None
        if m and verb and text[verb.end() : verb.end() + 1] in (" ", "\t"):
            name = _APPOSED_NAME.match(text, m.end(), stop + 1)  # "…, dijo el jefe del ejército, Ivo Marek, en …"
            named = name is not None and all(w[:1].isupper() for w in name.group("name").split())
            return m.start(), (name.end("name") if named and name else m.end() - 1)
    return None


# A name in apposition after the clause's role, up to its comma: one to four words, each capitalised.
_APPOSED_NAME = re.compile(r"[ \t]*(?P<name>(?:[^\W\d_][\w'’-]*[ \t]+){0,3}[^\W\d_][\w'’-]*)[ \t]*,")


# A pronoun and its verb of saying right after a quote ("… are aligned" he added): the quote's attribution, though no
# comma sets it off; a name after the verb is the sentence's relay, not the speaker ("he added, Coast Wire reported").
_PRONOUN_SAID = lazy_pattern(
    rf"^[ \t]*(?:{_alternation(frozenset(lexicon.words_all('person_pronouns')))})[ \t]+{VERB_AUXILIARIES}(?:{VERB})\b",
    re.I,
)


def pronoun_said(after: str) -> bool:
    return bool(_PRONOUN_SAID.match(after))


# An occasion between an inverted verb and its subject ("a déclaré lors d'une conférence de presse le directeur",
# "dijo durante una rueda de prensa el ministro", "said at a briefing the minister"): passed over, as a document is.
_OCCASION_PREPOSITIONS = (
    "lors d['’]une?",
    "lors de la",
    "pendant une?",
    "durante una?",
    "en una?",
    "at an?",
    "during an?",
)
# ... or the channel named between the verb and its subject ("ha scritto su Truth il tycoon", "dijo en Telegram el
# ministro", "sagte im ZDF der Minister"): a preposition that opens an attribution's channel (lexicon
# attribution_tail_openers), one or two capitalised words, and the subject's article after them.
_CHANNEL_OPENERS = sorted({w.casefold() for w in lexicon.words_all("attribution_tail_openers")}, key=len, reverse=True)
CHANNEL_AFTER_VERB = re.compile(
    rf"^(?i:{'|'.join(map(re.escape, _CHANNEL_OPENERS))})\s+(?:[A-ZÀ-Þ][\w.’'-]*\s+){{1,2}}"
    rf"(?=(?i:{'|'.join(sorted(SUBJECT_ARTICLES))})\s|(?P<role>[^\W\d_A-ZÀ-Þ]+)\s)"
)  # ... or a role in lower case, its article joined to it ("a scris pe X președintele Comisiei": Romanian)


def channel_after_verb(rest: str) -> re.Match[str] | None:
    """:data:`CHANNEL_AFTER_VERB` where the word after the channel is an article, or a role that holds its own."""
    m = CHANNEL_AFTER_VERB.match(rest)
    return m if m is None or m["role"] is None or is_role(m["role"]) else None


OCCASION_AFTER_VERB = re.compile(
    rf"^(?:{'|'.join(_OCCASION_PREPOSITIONS)})\s+(?:{_alternation(frozenset(lexicon.words_all('speech_occasions')))})"
    r"(?:\s+[^\W\d_]+){0,2}?\s+(?=(?:le|la|les|l['’]|el|los|las|the|su|son|sa)\s)",
    re.I,
)


# Words a sentence may hold after its verb and still be the attribution of the quote before it ("… said on Tuesday
# in Orlin."); more, on a line of its own, make it a statement of its own ("The release said Doe welcomed …").
NEXT_LINE_TAIL_WORDS = 4


def next_line_statement(after: str, m: re.Match[str]) -> bool:
    """A quote closing its sentence, a line break, and a sentence (``m``: its subject ``np`` and verb of saying)
    that goes on to say something of its own: a new statement after the quote, not its attribution ("“…”\nThe
    release said Doe welcomed the governor …")."""
    if "\n" not in after[: m.start("np")]:
        return False
    rest = re.split(r"[.!?\n]", after[m.end() :], maxsplit=1)[0]
    return len(rest.split()) > NEXT_LINE_TAIL_WORDS


# A time word between an inverted verb and its subject ("a déclaré dimanche X", "dijo este lunes X", "comentó hoy la
# portavoz X"): lexicons marker_weekdays, marker_time_deictics.
_TIMES = frozenset(lexicon.words_all("marker_weekdays")) | frozenset(lexicon.words_all("marker_time_deictics"))
TIME_AFTER_VERB = re.compile(rf"\s*(?:(?:este|esta|ce|cette)\s+)?(?i:{_alternation(_TIMES)})(?=\s)")
# Whom an inverted verb addresses, a preposition and its article before lower-case words ("expresó a la población.",
# "a déclaré à la presse le ministre"): no subject; one may follow it. A bare "a" is Portuguese's article too ("disse
# a porta-voz"): it needs an article after it.
_ARTICLE = rf"(?i:{_alternation(_DEFINITE)})"
ADDRESSEE_AFTER_VERB = re.compile(
    rf"^(?:(?i:a)\s+{_ARTICLE}|(?i:à|al|aux|ante)(?:\s+{_ARTICLE})?)\s+(?:(?!{_ARTICLE}\s)[{LOWER}][\w'’-]*\s*){{1,3}}"
    rf"(?=[,.;:]|$|{_ARTICLE}\s)"
)


# What a naming verb calls its object ("described X as “…”", "ha descritto X come «…»"; lexicon naming_as).
_NAMING_AS = lazy_pattern(rf"^\s*(?i:{_alternation(frozenset(lexicon.words('naming_as')))})(?!\w)")


_NAMING_VERBS = frozenset(lexicon.words_all("naming_verbs"))


def naming(verb: str) -> bool:
    """A verb of saying that names its object ("called", "ha definito"; lexicon naming_verbs)."""
    return verb.split()[-1].casefold() in _NAMING_VERBS


def named_as(phrase: str, rest: str) -> bool:
    """Whether ``phrase``, read after a verb, closes on the word that says what the verb names it ("… as",
    "… come"), or ``rest``, the words after it, opens on one: the phrase is the verb's object, not its subject."""
    words = phrase.split()
    return _NAMING_AS.match(rest) is not None or (bool(words) and _NAMING_AS.match(words[-1]) is not None)


# The rest of a quote's sentence closed by an attribution after a comma ('“reopen the gate …” soon, she said.') ...
_TAIL_ATTRIBUTION = lazy_pattern(
    rf"^[^.!?\"“”«»„\n]{{1,160}},\s*(?P<np>[^,.;:!?\"“”«»„\n]{{1,60}}?)\s+(?:{VERB})"
    rf"(?P<rest>[^.!?\"“”«»„\n]{{0,80}})[.!]",
    re.I,
)
# ... with adverbials after its verb ("…, Roe said on Monday."), but no that-clause ("…, Roe said that …").
COMPLEMENTISERS = frozenset(w.lower() for w in lexicon.words_all("complementisers"))
_PREPOSITIONS = _TAIL_PREPOSITIONS | _SEATS  # (lexicons prepositions, speaker_place_prepositions)


def tail_subject(after: str) -> tuple[str, int, int] | None:
    """The pronoun or name of four words at most before the verb that closes the quote's sentence, and its span in
    ``after``; none before a that-clause, nor a place after its preposition ("…, Jan Kovač, im Kurznachrichtendienst
    Orlin erklärt": where he said it)."""
    tail = _TAIL_ATTRIBUTION.match(after)
    if tail is None or any(w.lower() in COMPLEMENTISERS for w in tail.group("rest").split()):
        return None
    who = tail.group("np").strip()
    if len(who.split()) > 4 or who.split()[0].lower() in _PREPOSITIONS:
        return None
    return (who, tail.start("np"), tail.end("np")) if who.lower() in _PRONOUNS or _has_name(who) else None


def in_reported_clause(sentence: str, earlier: Sequence[re.Match[str]], at: int) -> bool:
    """A verb at ``at`` inside the clause an earlier verb of saying reports ("X revealed that Borea had continued
    its attacks": "continued" is the news, not a verb of saying whose subject speaks): a complementiser stands
    between one of the ``earlier`` verbs and it, and no sentence's stop (one inside a quotation the sentence
    splitter passed over: "… notes that … “… NATO.” The Department notes that …")."""
    return any(
        {w.lower() for w in re.findall(r"[\w'’]+", sentence[end:at])} & COMPLEMENTISERS
        and not _STOP_BETWEEN.search(sentence, end, at)
        for end in (e.end() for e in earlier)
        if end <= at
    )


_STOP_BETWEEN = re.compile(r"[.!?…][\"”»’)]*\s+\S")
