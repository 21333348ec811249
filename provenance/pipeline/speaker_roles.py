"""A role description standing for a person the text named before: "the Borean President added", "the head of
the Orlin group said", "— сказал борейский лидер", "заявив диктатор".

News names a person once in full ("Borean President Ivo Marek", "Orlin group chief Pavel Dorn") and
then refers to them by a description built on a role. :func:`described` tells such a description from a
person's name; :func:`named_near` finds the name it stands for: the last one written with a word of the
description in its lead-in. ``provenance.pipeline.resolve`` asks these before it falls back on the last
speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from provenance import lexicon
from provenance.pipeline.markers._base import QUOTED_AS_SAYING_ROWS
from provenance.pipeline.markers.byline import NAME_PARTICLES
from provenance.pipeline.speaker_phrases import (
    _ARABIC_LETTER,
    _DEFINITE,
    _FULL_NAME,
    _FUNCTION_WORDS,
    _PRONOUNS,
    _SURNAME_ENDINGS,
    ARABIC_ANY,
    ARTICLES_DE,
    BODY_STEMS,
    COMPLEMENT_WORDS,  # "the head of the Orlin group": the capitalised words after it name a body, not the person
    NAME_WORD,
    SEPARABLE_PARTICLES,
    VERB,
    VERB_ANY,
    _has_name,
    _mask,
    _role_prefixed,
    _roles,
)
from provenance.pipeline.speaker_times import time_tail
from provenance.text import lazy_pattern

_BODY_ENDINGS = tuple(lexicon.words("role_body_endings"))
_BODIES = frozenset(w.lower() for w in lexicon.words_all("speaker_bodies"))
_STOPWORDS = frozenset(w.casefold() for w in lexicon.words_all("stopwords"))
# Determiners a definite description opens with ("The Borean President", "Le président russe").
# How many words before a name its lead-in holds ("Borean President Ivo Marek", "Orlin group chief Pavel").
LEAD_IN_WORDS = 4
# Description words shorter than this match nothing ("of", "the", "РФ"); longer ones by their first
# ``STEM_CHARS`` letters ("russian"/"russia", "президент"/"президента").
MIN_WORD_CHARS = 4
STEM_CHARS = 5
# The longest ending a role word takes as a person ("Präsident-in", "министр-а", "bakan-ı").
ROLE_ENDING_CHARS = 3
# How far back the name may stand (the lede names the person; the tenth paragraph may still call them "the
# president").
WINDOW_CHARS = 4000

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_BOUNDARY = re.compile(r"[.!?:;\n]")
_APPOSED_ROLE = re.compile(r"\s*,\s*([^\W\d_][\w'’-]*)")  # "Yago Roe, director de …"


@lru_cache(maxsize=4096)  # asked for each word of each description, against every role word
def is_role(word: str) -> bool:
    """A role word with at most a case or gender ending ("президента", "Ministerin", "bakanı"); a longer word
    built on one names a body ("bakanlığı": the ministry), not a person."""
    for low in dict.fromkeys((word.lower().rsplit("-", 1)[-1], word.lower())):  # "SPD-Chef"; whole: "porte-parole"
        if low.endswith(_SURNAME_ENDINGS):  # "Popescu", "İmamoğlu": a surname built on a role's word
            return False
        if any(low.startswith(r) and len(low) - len(r) <= ROLE_ENDING_CHARS
               and not low[len(r) :].startswith(_BODY_ENDINGS) for r in _roles()):  # fmt: skip
            return True
    return False


@lru_cache(maxsize=4096)
def is_body(word: str) -> bool:
    """A noun of a body that speaks (lexicon speaker_bodies) with at most a case ending ("Comitato", "Ministeriums");
    a longer word built on one is another noun ("Regierungserklärung": a statement)."""
    low = word.lower()
    return any(low.startswith(b) and len(low) - len(b) <= ROLE_ENDING_CHARS for b in _BODIES)


def names_one(phrase: str) -> bool:
    """The phrase names someone: a personal name, or a capitalised body's word built on a role ("Dışişleri
    Bakanlığından": the foreign ministry), which the personal-name test reads as a role; not a Turkish possessor
    and the place it owns ("Azerbaycan’ın Karabağ")."""
    if _INNER_CASE.search(phrase):
        return False
    words = phrase.split()
    if any(w in ARTICLES_DE for w in words[1:-1]) and not any(w.lower().endswith(_BODY_SUFFIXES_DE) for w in words):
        return False  # "Website den Beginn": German capitalises nouns; an article between them makes no body's name
    return _has_name(phrase) or any(
        w[:1].isupper() and any(low.startswith(r) and low[len(r) :].startswith(_BODY_ENDINGS) for r in _roles())
        for w in phrase.split()
        for low in (w.lower(),)
    )


_INNER_CASE = re.compile(r"\w['’][a-zçğıöşü]+\s")  # a Turkish case ending inside a run ("Azerbaycan’ın Karabağ")
# Lower-case words besides function words from which a phrase is a clause, no name ("Azerbaycan'ın Karabağ’da
# başlattığı askeri operasyonla ilgili").
CLAUSE_WORDS = 3


def clause_like(phrase: str) -> bool:
    """A phrase with ``CLAUSE_WORDS`` lower-case content words or more: a clause read as a speaker."""
    return sum(1 for w in phrase.split() if w[:1].islower() and w.casefold() not in _FUNCTION_WORDS) >= CLAUSE_WORDS


# A country in the Russian or Ukrainian genitive after a role ("Глава России", "Президент Франции", "міністр
# України"): the role's complement, not a surname after a title.
GENITIVE_PLACE = re.compile(r"[А-ЯІЇЄҐ]\w*(?:ии|ії|ины|ини)$")


def titled_name(ws: Sequence[str]) -> bool:
    """A title and a full name, all capitalised ("Cardinal Jan Marek"), no role in apposition ("Chief of Orlin")."""
    return len(ws) >= 3 and all(w[:1].isupper() for w in ws) and not any(_role_prefixed(w) for w in ws[-2:])


def described(speaker: str) -> bool:
    """A description built on a role word whose capitalised words only qualify the role: a demonym before it
    ("The Borean President"), a body after the preposition of its complement ("The head of the Orlin group").
    Two capitalised words in a row that are no role are a person's name ("President Ivo Marek")."""
    words = speaker.split()
    if not words or _ARABIC_LETTER.match(words[0]) or not any(is_role(w) for w in words):
        return False
    capitals, role = 0, False
    for k, w in enumerate(words):
        if w.lower() in COMPLEMENT_WORDS:  # the rest is the role's complement, unless a name follows the body it names
            return capitals <= 1 and not _name_after_complement(words[k + 1 :])
        if is_role(w):
            role = True
        elif (
            w[:1].isupper()
            and not w.isupper()
            and not _role_prefixed(w)
            and not (k == 0 and w.lower() in _DEFINITE)
            and not (role and GENITIVE_PLACE.match(w))
        ):
            if role:
                return False  # "President Marek": a name after its title
            capitals += 1
    return capitals <= 1


# A role's complement that runs to this many capitalised words, the last no body's, ends with a person's name
# ("Secretary of Defense Ivo Marek", "Minister of Foreign Affairs Jane Roe"); a body alone is shorter
# ("the head of the Orlin group") or ends with its kind ("of the Orlin Grain Company").
COMPLEMENT_NAME_CAPITALS = 3


def _name_after_complement(rest: list[str]) -> bool:
    run = 0  # the capitalised words closing the complement
    for w in reversed(rest):
        if not w[:1].isupper():
            break
        run += 1
    last = rest[-1].lower().rstrip(".,") if rest else ""
    # a body's name closed by its adjective, a name after it ("du Conseil européen Charles Michel")
    ended = rest[-run - 1].lower() if 2 <= run < len(rest) else ""
    adjective = ended.isalpha() and ended not in _STOPWORDS and ended not in COMPLEMENT_WORDS
    named = run >= COMPLEMENT_NAME_CAPITALS or adjective
    return named and last not in _BODIES and not last.endswith(_BODY_ENDINGS)


# A role after an indefinite article is someone new (lexicon: indefinite_articles).
_INDEFINITE = frozenset(lexicon.words("indefinite_articles"))
# Portuguese writes its feminine definite article as English its indefinite one: "a porta-voz", "a ministra" is
# the one named before. A Portuguese role word written whole after "a" tells the two apart; the words both
# languages spell alike ("a director") stay English's.
_ROLES_PT_ONLY = frozenset(lexicon.words("person_roles", "pt")) - frozenset(lexicon.words("person_roles", "en"))


def indefinite(speaker: str) -> bool:
    """Whether ``speaker`` opens with an indefinite article ("a Pentagon official", "un responsable"): someone new."""
    words = speaker.casefold().split()
    if not words or words[0] not in _INDEFINITE:
        return False
    return not (words[0] == "a" and len(words) > 1 and words[1] in _ROLES_PT_ONLY)


def newer(description: str, recent: str | None, last: str | None) -> bool:
    """Whether ``recent``, the named subject of a speech verb since the last quote ("But X warned …"), is the one a
    described speaker stands for rather than ``last``, the last speaker: another person ("Abdramane’ye", a case of
    the last speaker's name, is the same one, whose full name stands), named with a capital (in a script without
    case a phrase a verb's pattern took for a subject is no sure name)."""
    if recent is None or not any(c.isupper() for c in recent) or not may_stand_for(description, recent):
        return False
    own = {re.split(r"['’]", w)[0] for w in recent.split()}
    return not own & set((last or "").split())


def may_stand_for(description: str, speaker: str) -> bool:
    """Whether a described speaker ("the president") may be ``speaker``, the last one named: a person's role is
    no body known only by its acronym or its body noun ("ORLCOM", "the Ministry")."""
    words = speaker.split()
    body = all(w.isupper() and len(w) > 1 for w in words) or any(w.lower() in _BODIES for w in words)
    if not body and any(w[:1].isupper() and w.lower().endswith(_BODY_SUFFIXES_DE) for w in description.split()):
        return False  # "das aserbaidschanische Verteidigungsministerium": a body, not the person or place named
    if _ELIDED.sub("", speaker) in _COUNTRIES and any(is_role(w) for w in description.split()):
        return False  # "le Premier ministre arménien" is no "L’Azerbaïdjan": a country holds no office
    described = description.split()
    if names_group(description):
        return False
    at = next((k for k, w in enumerate(described) if w.lower() in COMPLEMENT_WORDS), len(described))
    if (own := set(_ELIDED.sub("", speaker).split())) and own <= set(described[at + 1 :]):
        return False  # "the co-chair of the Orlin Union" is no "Orlin Union": a role in the body, not the body
    return not (body and any(is_role(w) for w in described))


_BODY_SUFFIXES_DE = tuple(lexicon.words("body_suffixes", "de"))
_PLURAL_ARTICLES = frozenset(lexicon.words("plural_articles"))


def names_group(description: str) -> bool:
    """A role phrase a plural-only article opens ("Les chefs d’Etat de la CEDEAO"): a group, which stands for no
    one person named before."""
    words = description.split()
    return bool(words) and words[0].lower() in _PLURAL_ARTICLES


_COUNTRIES = frozenset(lexicon.table("countries"))
_ELIDED = re.compile(r"^(?:[LlDd]['’]|(?:The|the|El|el|La|la|Le|le|Die|die|Der|der)\s+)")  # "L’Azerbaïdjan"


# A quotation: its words are what someone said, never a body or person the attribution names ("… « retour à
# l’ordre constitutionnel en République du Niger », selon les résolutions": no issuer inside the marks).
QUOTATION = re.compile(r"“[^“”]*”|«[^«»]*»|„[^„“”]*[“”]|\"[^\"]*\"")


def blank_quotations(s: str) -> str:
    """``s`` with its quotations blanked (same length: offsets hold)."""
    return QUOTATION.sub(lambda m: " " * len(m.group()), s)


def named_near(text: str, before: int, speaker: str, shared: bool = True) -> str | None:
    """The last full name before ``before`` introduced by a role, whose lead-in shares a word with the description
    ``speaker`` ("Borean President Ivo Marek" for "The Borean President"); with ``shared`` false, the last
    name introduced by any role, before it or in apposition after it ("Yago Roe, director de …" for "el
    analista")."""
    keys = {w.lower()[:STEM_CHARS] for w in _WORD.findall(speaker)
            if len(w) >= MIN_WORD_CHARS and w.lower() not in COMPLEMENT_WORDS | _DEFINITE}  # fmt: skip
    if not keys or _ARABIC_LETTER.search(speaker) or names_group(speaker):
        return None  # Arabic writes no capitals: a run of its words is no name
    # a capitalised qualifier of the description ("министр обороны США", "the Borean president") must qualify the
    # role the name was introduced with: "российским министром обороны X" is another country's minister
    qualifiers = {w.lower()[:STEM_CHARS] for w in _WORD.findall(speaker)
                  if w[:1].isupper() and not is_role(w) and w.lower() not in _DEFINITE}  # fmt: skip
    # a title of office ("the Secretary General") is no holder of another title ("Prime Minister X"), even where
    # any role's holder may stand for a description ("el analista" for "X, director de …"); German capitalises
    # every noun ("die Grünen-Politikerin"), so a capital there is no title's
    titles = (
        set()
        if speaker.split()[0].lower() in ARTICLES_DE
        else {w.lower()[:STEM_CHARS] for w in _WORD.findall(speaker) if w[:1].isupper() and is_role(w)}
    )
    if titles and not shared:
        return None  # "il Pontefice": a title names its own office, whose holder no other role's name is
    offices = _offices(_WORD.findall(speaker))  # (lower-case offices, as Romance languages write them)
    lo = max(0, before - WINDOW_CHARS)
    window = blank_quotations(_mask(text[lo:before]))  # ("reads a statement as “President of the Council”")
    found = None
    for m in _FULL_NAME.finditer(window):
        words = m.group().split()
        words = words[: time_tail(words)]  # "told Orlin News Tuesday": no weekday in a name
        k = 0  # the run's roles, demonyms and abbreviations before the name ("Russian President", "Президент РФ");
        # a word before a role is its demonym, and a name of three words stays whole ("Yoon Suk Yeol")
        while (k < len(words) - 2 and any(_role_prefixed(w) for w in words[k + 1 :])) or (
            k < len(words) and (_role_prefixed(words[k]) or words[k].isupper())
        ):
            k += 1
        if len(words) - k < 2:
            continue
        before_name = _BOUNDARY.split(window[max(0, m.start() - 80) : m.start()])[-1]  # its own sentence and line
        pre = _WORD.findall(before_name)[-LEAD_IN_WORDS:]
        lead = pre + words[:k]
        if (lead and lead[-1].lower() in COMPLEMENT_WORDS) or (pre and pre[-1].lower() in COMPLEMENT_WORDS):
            continue  # "director de la Fundación Borea", "head of the Orlin group": the body a role is of
        roles_at = [j for j, w in enumerate(pre) if is_role(w)]
        tail = pre[roles_at[-1] + 1 :] if roles_at and not k and not before_name.rstrip().endswith(",") else []
        if len(tail) >= 2 and tail[0].lower() in COMPLEMENT_WORDS and tail[1][:1].islower():
            continue  # "direttrice del consorzio irriguo Bassa Valle": the body's name, its common noun before it
        if not k and roles_at and any(VERB_ANY.fullmatch(w) for w in pre[roles_at[-1] + 1 :]):
            continue  # "a spokesperson told Orlin News", "Дипломат назвала визит Бореи": the verb's object
        framed = _FRAMED_ROLE.search(before_name)
        if framed and any(is_role(w) for w in _WORD.findall(framed.group())):
            continue  # "Según el mandatario ruso, Ebrahim Raisi «…»": the name opens what the role said
        apposed = _APPOSED_ROLE.match(window, m.end())
        if not (any(is_role(w) for w in lead) or (apposed and is_role(apposed.group(1)))):
            continue  # a name the text introduced by no role ("the American … White House")
        if _ARABIC_LETTER.search(m.group()):
            continue
        stems = {w.lower()[:STEM_CHARS] for w in lead + ([apposed.group(1)] if apposed else [])}  # "X, responsable"
        other = {w.lower()[:STEM_CHARS] for w in lead if w[:1].isupper() and is_role(w)}
        if titles and other and not titles & other:
            continue
        if not shared and offices and (theirs := _offices(lead)) and not offices & theirs:
            continue  # "el secretario general" is no "ministro de Exteriores, X": another office
        if (not shared or keys & stems) and not (shared and qualifiers - stems):
            found = " ".join(words[k:])
    return found


# Frames that put a speaker after them, every language, longest first (lexicon according: "according to", "según").
ACCORDING_PHRASES = tuple(sorted({w.casefold() for w in lexicon.words_all("according")}, key=len, reverse=True))
# Such a frame closed by a comma ("Según el mandatario ruso, "): where it holds a role, the name after it is the
# subject of what was said, not the role's holder ("Selon l'agence Reuters, X, responsable de …" names no role).
_FRAMED_ROLE = re.compile(rf"(?i:{'|'.join(map(re.escape, ACCORDING_PHRASES))})\s[^,.;:!?]*,\s*$")


# A speech verb, then a capitalised name of at most three words: the subject after its verb in a verb-second
# sentence ("Indirekt bestätigte Putin jedoch …", "Später sagte Roe, …").
_AFTER_VERB_NAME = lazy_pattern(rf"\s*(?i:{VERB})\s+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})(?![\w'’-])")


def inverted_name(text: str, speaker: str) -> str | None:
    """The name after the speech verb where the word before it is an opening adverb, not the subject: a single
    capitalised word the text writes only there ("Indirekt", "Später"), before a verb followed by a name the
    text gives elsewhere too (the person it introduced)."""
    if " " in speaker or not speaker[:1].isupper() or _lowered(text).count(speaker.lower()) != 1:
        return None
    at = re.search(rf"(?<![\w-]){re.escape(speaker)}(?![\w-])", text)
    m = _AFTER_VERB_NAME.match(text, at.end()) if at else None
    if m is None:
        return None
    name = m.group("name")
    return name if text.count(name.split()[-1]) >= 2 else None


@lru_cache(maxsize=4)
def _lowered(text: str) -> str:
    return text.lower()


def role_between(words: str) -> bool:
    """Lower-case words (five at most) that hold a role: the description between a speech verb and the name
    closing its sentence ("прокоментував перший заступник міністра Матвій Ковильський")."""
    ws = words.split()
    return 0 < len(ws) <= 5 and not ws[0][:1].isupper() and any(_role_prefixed(w) for w in ws)


def name_past_role(after: str, closing: str | None) -> str | None:
    """The subject after an inverted speech verb: the name closing its clause, or the first full name after the
    verb with a role before it and words after it ("…, заявил премьер-министр страны Jane Roe после …"); a
    run of capitalised words right after the role's complement word opens with the complement's and closes with the
    name's two words ("il direttore del Porto Ivo Marek": Ivo Marek)."""
    if closing and len(closing.split()) >= 2 and _has_name(closing) and not object_of_preposition(after, closing):
        return closing
    m = _FULL_NAME.search(after)
    if not (m and role_between(after[: m.start()]) and _has_name(m.group())):
        return None
    words = m.group().split()
    return " ".join(words[-2:]) if len(words) > 2 and complement_before(after, m.start()) else m.group()


def object_of_preposition(text: str, name: str) -> bool:
    """The name closing ``text`` follows a preposition (and an article), or a common noun's "de" ("ciudad de X"): a
    place or a body the clause goes to ("expresó el mandatario en una declaración desde la Casa Blanca"), no subject."""
    raw = re.findall(r"[\w'’]+", text[: text.rfind(name)])[-2:]
    before = [w.lower() for w in raw]
    before = before[:-1] if len(before) == 2 and before[-1] in ARTICLES else before
    genitive = len(raw) == 2 and raw[1].lower() in COMPLEMENT_WORDS and raw[0].islower() and not is_role(raw[0])
    return genitive or (bool(before) and before[-1] in _PREPOSITION_WORDS)


def complement_before(text: str, at: int) -> bool:
    """A role's complement word (and perhaps an article) right before ``at``: the capitalised words there open
    its body or field ("Minister of Foreign Affairs Ivo Marek", "le ministre de l'Intérieur Jean Roe")."""
    before = re.findall(r"[\w'’]+", text[max(0, at - 24) : at])[-2:]
    words = [w.lower() for w in before]
    if words and words[-1] in ARTICLES and len(words) > 1:
        words = words[:-1]
    return bool(words) and words[-1] in COMPLEMENT_WORDS


# Relatives by which a person is described, before the relative's name (lexicon relation_roles).
_RELATIONS = frozenset(lexicon.words_all("relation_roles"))


def relation_led(speaker: str) -> bool:
    """A description by a relative ("жена Алексея X", "the widow of X"): the name in it is not the speaker's."""
    words = [w for w in speaker.split() if w.casefold() not in _DEFINITE]
    if len(words) >= 2 and words[0][:1].isupper() and words[0].casefold() in _CLERICAL and words[1][:1].isupper():
        return False  # "Father Mark Roe", "Sister Mary Doe": a cleric's title before the name
    return len(words) >= 2 and words[0].casefold() in _RELATIONS and any(w[:1].isupper() for w in words[1:])


_CLERICAL = frozenset(lexicon.words("clerical_titles"))


ROLE_GROUPS = tuple(frozenset(w.casefold() for w in g) for g in lexicon.groups("role_words"))


_OFFICE_ROWS = {w: frozenset(k for k, g in enumerate(ROLE_GROUPS) if w in g) for g in ROLE_GROUPS for w in g}


def _offices(words: Sequence[str]) -> set[int]:
    """The rows of lexicon ``role_words`` that ``words`` name: the offices, across languages."""
    return {k for w in words for k in _OFFICE_ROWS.get(w.casefold(), ())}


def role_synonyms(role: str) -> frozenset[str]:
    """The role word and the other words of its role (lexicon ``role_words``): "the pontiff" is "Pope X"."""
    return frozenset({role}).union(*(g for g in ROLE_GROUPS if role in g))


def after_acronyms(words: Sequence[str]) -> list[str]:
    """The words of a run after the capitalised abbreviations that open it ("ООН", "UN", "МЗС")."""
    k = 0
    while k < len(words) and len(words[k].strip(".,")) >= 2 and words[k].strip(".,").isupper():
        k += 1
    return list(words[k:])


DEFINITE_WORDS = frozenset(w.casefold() for w in lexicon.words_all("definite_articles"))


# Articles before an inverted subject; Italian "il" among them (no French "il" follows its verb without a hyphen);
# before a body opening a sentence too (speaker_orders).
SUBJECT_ARTICLES = DEFINITE_WORDS | lexicon.words("articles", "it")
# ("von der Leyen", "de la Cruz": a name's particles, lexicon marker_name_particles, are no clause)
_PREPOSITION_WORDS = frozenset(w.casefold() for w in lexicon.words_all("prepositions"))


def role_led_name(phrase: str, at: int, full: bool) -> bool:
    """The name at ``at`` closes a phrase a role opens (in its first three words): a full name (``full``), or a
    surname right after a role word ("le cardinal Marek", "la ministra Roe"), not a body the role's complement
    names ("the head of Orlin")."""
    if not any(_role_prefixed(w) for w in phrase.split()[:3]):
        return False
    before = phrase[:at].split()
    return full or (bool(before) and is_role(before[-1]) and len(phrase[at:].split()) == 1)


def inverted_subject(np_: str) -> bool:
    """A subject after an inverted verb of saying: a name, or an article and a role ("sagte die Ministerin"); an
    article and another noun is the verb's object ("kommentierte die Äußerung": German capitalises nouns)."""
    words = np_.split()
    if words[0].casefold() in SUBJECT_ARTICLES:  # or a body's noun ("scrive il Consiglio", "sagte das Ministerium")
        return any(is_role(w) or is_body(w) for w in words[1:])
    # a preposition opens an adverbial ("a annoncé avec regret le départ du maire X"), no subject; so do two words
    # in lower case that are no name's particles ("afirmó al llegar a la sede": upon arriving)
    clause = len(words) > 1 and words[1].islower() and words[1].lower() not in NAME_PARTICLES and words[0].islower()
    return _has_name(np_) and words[0].lower() not in _PRONOUNS | _PREPOSITION_WORDS and not clause


# Verbs of saying that are other verbs too ("a lancé": exclaimed, or launched), lexicon speech_verbs_ambiguous:
# followed by an article they take an object ("a lancé des « activités … »") and say nothing.
_AMBIGUOUS = frozenset(v.casefold() for v in lexicon.words_all("speech_verbs_ambiguous"))
_ARTICLE_AFTER = re.compile(r"\s+(?:des|une|un|les|le|la|l['’]|an?|the|el|los|las|unos|unas)\s", re.I)


# An Arabic clause going on to its complementiser ("بيّن … أن"): what makes an ambiguous verb one of saying.
TO_COMPLEMENTISER_AR = re.compile(r"[^.!?\n\"“”«»:،,]{0,160}?\s(?:أن|إن|بأن)(?!\w)")
_AMBIGUOUS_AR = frozenset(lexicon.words("speech_verbs_ambiguous", "ar"))


def not_said(verb: str, after: str, before: str = "") -> bool:
    """A verb of saying that is another verb here: an ambiguous one with an article after it ("a lancé des"), an
    Arabic one without a complementiser after it ("بين السعودية وإيران": between, not "showed"); or one whose
    subject ``before`` it did not say it (a passive: "The plan was announced")."""
    if verb in _AMBIGUOUS_AR:
        return TO_COMPLEMENTISER_AR.match(after) is None
    return (verb.casefold() in _AMBIGUOUS and _ARTICLE_AFTER.match(after) is not None) or passive(before, verb, after)


# Auxiliaries that make the verb of saying after them passive (lexicon passive_auxiliaries): "The plan was
# announced", "Der Preis wurde verkündet", "Le lauréat a été annoncé".
_PASSIVE = frozenset(w.casefold() for w in lexicon.words_all("passive_auxiliaries"))
_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")
# ... closing the speaker phrase of a verb that is not passive ("Roe was [quoted as saying]"), and a German verb's
# separable particle after its inverted subject ("hob der Kanzler hervor"; lexicon separable_particles): no part of it.
_PARTICLES_DE = "|".join(map(re.escape, sorted(SEPARABLE_PARTICLES)))
VERB_TAIL = re.compile(
    rf"\s+(?:(?i:{'|'.join(map(re.escape, sorted(_PASSIVE, key=len, reverse=True)))})|{_PARTICLES_DE})\s*$"
)
# The words that close a "quoted as saying" frame (lexicon quoted_as_saying): "Roe was quoted as saying" is Roe's.
_QUOTED_AS = tuple(close.casefold() for _, close in QUOTED_AS_SAYING_ROWS)


def passive(head: str, verb: str, tail: str = "") -> bool:
    """The verb of saying is passive: the word right before it is a passive auxiliary, the verb no English "-ing"
    form ("was saying" goes on saying) and no "quoted as saying" frame. Its subject is what was said, not who
    said it."""
    last = _LAST_WORD.search(head)
    if last is None or last.group(1).casefold() not in _PASSIVE or verb.casefold().endswith("ing"):
        return False
    langs = _VERB_LANGUAGES.get(verb.casefold())
    if langs and not any(last.group(1).casefold() in _PASSIVE_OF.get(lang, ()) for lang in langs):
        return False  # another language's word: Hungarian "is" ("also") before "elmondta" is no English "is"
    return not tail.lstrip().casefold().startswith(_QUOTED_AS)


_PASSIVE_OF = {
    lang: frozenset(w.casefold() for w in lexicon.words("passive_auxiliaries", lang))
    for lang in lexicon.languages("passive_auxiliaries")
}
_VERB_LANGUAGES: dict[str, set[str]] = {}
for _lang in lexicon.languages("speech_verbs"):
    for _verb in lexicon.words("speech_verbs", _lang):
        _VERB_LANGUAGES.setdefault(_verb.casefold(), set()).add(_lang)


# A speaker phrase of one word that cannot be a subject: an article ("Una" opening a quoted sentence), or an
# auxiliary's infinitive (lexicon auxiliary_infinitives).
_NOT_SUBJECTS = frozenset(
    w.lower()
    for c in ("definite_articles", "indefinite_articles", "auxiliary_infinitives", "subject_relatives")  # "no qual"
    for w in lexicon.words_all(c)
)
ARTICLES = lexicon.words("definite_articles") | lexicon.words("indefinite_articles") | {"l'"}


def fragment(np_: str) -> bool:
    """A speaker phrase of lower-case words only, none a role, a pronoun or a document ("the statement"): a clause
    the reading took for a subject; or one word that cannot be a subject ("destaca los “…”", "Après avoir
    annoncé …"). Arabic script has no capitals and is left to its own rules."""
    words = [w for w in np_.split() if any(c.isalnum() for c in w)]  # "das -": the dash is no word
    if not any(c.isalpha() for c in np_):
        return True  # "-": punctuation left of a phrase
    if len(words) == 1 and (words[0].lower() in _NOT_SUBJECTS or VERB_ANY.fullmatch(words[0])):
        return True  # ("Отмечается, что …": an impersonal verb opening the sentence)
    if len(words) < 4 or ARABIC_ANY.search(np_) or any(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    if words[0].lower() in ARTICLES:
        return False  # "the port authority of the city": a noun phrase
    return not any(_role_prefixed(w) or w.lower() in _PRONOUNS for w in words)


def body_last_spoke(noun: str | None, last: str | None) -> str | None:
    """The last speaker ``last`` where a body's generic noun ("the ministry") or a document ("the statement", for
    ``noun`` None) credited with a quote stands for it: a named body holding that noun ("Borean Foreign Ministry"),
    any body for a document. The body named paragraphs above and quoted since has no need to be named again."""
    if not last or not _has_name(last):
        return None
    held = [w.lower() for w in last.split()[1:] if w.lower().startswith(BODY_STEMS)]
    if noun is None:
        return last if held else None
    stem = next((b for b in BODY_STEMS if noun.lower().startswith(b)), None)
    return last if stem is not None and any(w.startswith(stem) for w in held) else None


# A clitic elided before a word in lower case ("c’est", "qu’il", "l’a"); "O'Brien" keeps its capital.
_ELIDED_CLITIC = re.compile(r"^(?:[Qq]u|[^\W\d_])[’'][^\W\d_A-ZÀ-Þ]")


def elided_clitic(word: str) -> bool:
    """A word that opens with an elided one-letter clitic ("C’est", "qu’a"): a pronoun and its verb, no name."""
    return bool(_ELIDED_CLITIC.match(word))
