"""The words of a speaker's phrase, in every language: speech verbs, stop words, roles, names, titles, the
"according to" frames and the noun-phrase trimming that speakers.py and speakers_ar.py share. Every word list
lives in ``provenance/lexicon/data/``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from provenance import lexicon
from provenance.pipeline import speaker_joins as joins
from provenance.pipeline.speaker_epithets import aged
from provenance.pipeline.speaker_possessors import ARTICLES_HU, possessed, possessor
from provenance.pipeline.speaker_times import TIME_WORDS as _TIME_WORDS
from provenance.pipeline.speaker_times import WEEKDAYS as _WEEKDAYS
from provenance.pipeline.speaker_times import adverbial as _adverbial
from provenance.pipeline.speaker_times import date_word as _date_word
from provenance.pipeline.speaker_times import dated_ahead as _dated_ahead
from provenance.pipeline.speaker_times import time_tail as _time_tail
from provenance.text import INDIC_LETTER, INDIC_LETTERS, lazy_pattern, word_trie

# A regex of the words that tries the longest first (a frame before the verb it starts with), as a trie.
_alternation = word_trie

# Speech verbs and attribution frames in every language the lexicon holds (``speech_verbs.LANG.txt``), and the
# impersonal ones that have no subject before them (``speech_verbs_impersonal``: "говорится в заявлении X").
IMPERSONAL_VERBS = frozenset(w.lower() for w in lexicon.words_all("speech_verbs_impersonal"))
SPEECH_VERBS = _alternation(lexicon.words_all("speech_verbs") | IMPERSONAL_VERBS)
# A German separable frame ("teilte mit") with words between its verb and its particle ("teilte er am Sonntag
# mit"): the verb alone, where its particle closes the clause within SEPARABLE_REACH words.
SEPARABLE_PARTICLES = lexicon.words("separable_particles", "de")
SEPARABLE_REACH = 5
_FRAMES_DE = sorted(tuple(f.split()) for f in lexicon.words("speech_verbs", "de") if f.count(" ") == 1)
SEPARABLE_FRAMES = tuple(f for f in _FRAMES_DE if f[1] in SEPARABLE_PARTICLES)  # (verb, particle); markers too
_SEPARABLE = "|".join(
    rf"{re.escape(v)}(?=(?:\s+[^\s,.;:!?\"“”„«»]+){{1,{SEPARABLE_REACH}}}?\s+{re.escape(p)}(?![\w-]))"
    for v, p in SEPARABLE_FRAMES
)
_INSERTED = joins.inserted_verbs()  # "ha poi precisato", "a également déclaré"
VERB = "(?:" + "|".join(p for p in (SPEECH_VERBS, _INSERTED, _SEPARABLE) if p) + ")"
VERB_ANY = lazy_pattern(rf"(?<![\w-])(?:{VERB})(?![\w-])", re.I)  # any speech verb as a word of its own
# Words that may stand between a subject and its verb ("Doe has said", "Doe later said").
VERB_AUXILIARIES = r"(?:(?i:has|had|later|also)\s+)*"
# An Arabic letter anywhere (Arabic script has no capitals: the rules that read names by case pass it by).
ARABIC_ANY = re.compile(r"[\u0621-\u064a]")
# Words that end a speaker's noun phrase ("said the Pentagon | in a statement on Thursday").
_NP_STOP = frozenset(w.lower() for w in lexicon.words_all("speaker_stops"))
_PRONOUNS = frozenset(w.lower() for w in lexicon.words_all("pronouns"))
# Forms of "be" and "have" (lexicon copulas): after a speech verb they make the words a clause of what was said
# ("said the event was a “horrible” sign"), no speaker.
_COPULAS = frozenset(w.lower() for w in lexicon.words_all("copulas"))
_COPULA_POSSESSIVES = frozenset(lexicon.words("copula_possessives"))
# Adverbs that may stand between a speaker and the verb, or open the phrase ("also", "також", "auch").
_ADVERBS = frozenset(w.lower() for w in lexicon.words_all("speaker_adverbs"))
_WORDS = re.compile(r"[\w'’.\u2024\u064b-\u065f\u0670-]+", re.UNICODE)
_ARABIC_LETTER = re.compile(r"^[\u0600-\u06ff]")
# A title's dot ("Dr. Jane Doe") is masked with a one-dot leader while a speaker is looked for, so that it
# ends no sentence and no noun phrase; the leader is a dot again in the speaker found.
_TITLES = "|".join(sorted(map(re.escape, lexicon.words_all("title_abbreviations")), key=len, reverse=True))
_TITLE_DOT = re.compile(rf"(?<![\w.])(?P<t>{_TITLES})\.(?=\s+\w)")
_LEADER = "\u2024"
# ... and an initial's after a given name, a lower-case word or comma ("Jane B. Roe", "said J. Roe"; not "Plan B. The")
_INITIAL_DOT = re.compile(
    r"(?P<pre>(?:(?<![\w.])[A-Z][a-z]+|(?<=[a-z,]))[ \t])(?P<t>[A-Z])\.(?=[ \t]+(?P<next>[A-Z][a-z]+))"
)
# The lower-case letters of the eight languages' scripts (Latin with its accents and Turkish letters, Cyrillic): a
# word opening with one is no name ("çevrildiği Putin" is a participle and a name).
LOWER = "a-zß-öø-ÿğışœăąćčęłńňőřśšťůűźżžа-яіїєґё"
# A capital letter, in any script with capitals.
_CAP = f"[^\\W\\d_{LOWER}{INDIC_LETTERS}]"  # (the Indic scripts write no capitals: their letters are none)
# French and German put the pronoun after the verb ("a-t-elle affirmé", "dit-il", "widersprach sie:"); a French
# reflexive verb keeps its pronoun before it ("se réjouit-il", "s’interroge-t-elle", "s'est-il félicité").
_INVERTED_AFTER = re.compile(r"^[\s,–—-]*(?:(?:se\s+|s['’]))?(?:\w+-t-|\w+-)(?P<pro>il|elle|ils|elles)\b", re.I)


# A full name: two to four capitalised words ("Jane Doe", "Олена Петренко"), the kind a pronoun points back to.
NAME_WORD = rf"[^\W\d_{LOWER}][\w'’-]+"  # a capitalised word of a name
_FULL_NAME = re.compile(rf"(?<![\w.])(?:{NAME_WORD}[^\S\n]+){{1,3}}{NAME_WORD}")  # a name spans no line break
# How far back a pronoun looks for its name: this paragraph and the one before.
PRONOUN_WINDOW_PARAGRAPHS = 2


@functools.cache
def _roles() -> tuple[str, ...]:
    return tuple(sorted({w.lower() for w in lexicon.words_all("person_roles")}, key=len, reverse=True))


def _role_only(speaker: str) -> bool:
    """A speaker named by role alone ("the official", "la porte-parole du ministère", "Речниця")."""
    words = speaker.split()
    if aged(speaker):  # "the 73-year-old", "der 72-Jährige": the person the story named
        return not _has_name(speaker)
    # an Arabic role word with the -ية ending is the body it names ("مديرية", a directorate), not a person
    if not any(w.lower().startswith(_roles()) and not (_ARABIC_LETTER.match(w) and w.endswith("ية")) for w in words):
        return False
    return not _has_name(speaker)


# The article, alone or after a joined preposition or conjunction ("للدفاع", "بالعاصمة", "والأطفال").
_DEFINITE_AR = ("ال", "لل", "بال", "وال", "فال", "كال")
_NON_NAMES_AR = frozenset(lexicon.words("name_non_words", "ar"))  # alone or after a joined "ل" ("لوزارة الدفاع")
_ADJECTIVES_AR = frozenset(lexicon.words("speaker_adjectives", "ar"))
_NOT_NAMES_AR = _NP_STOP | _ADJECTIVES_AR | _NON_NAMES_AR


def _role_of_body(speaker: str) -> bool:
    """A role and the body it serves, capitalised as German writes every noun ("Direktor der Vereinigung",
    "Leiter von Orlin Port"): a role word, then a lower-case word; an apposition, not a name."""
    words = speaker.split()
    return len(words) >= 3 and words[0].lower().startswith(_roles()) and words[1][:1].islower()


def _role_prefixed(word: str) -> bool:
    """A word a role opens, unless a surname's ending closes it ("Imamoglu": "imam", then "-oglu", son of)."""
    return word.lower().startswith(_roles()) and not word.lower().endswith(_SURNAME_ENDINGS)


_SURNAME_ENDINGS = tuple(lexicon.words_all("surname_endings"))


# Number words ("fünf", "cinq", "vier"): a phrase a count opens names no one. Those of three letters or fewer are
# left out: some are given names too ("Cem", "Dix").
_NUMBER_WORDS = frozenset(
    w.lower() for name in ("anchor_number_words", "anchor_number_words_more") for w in lexicon.table(name) if len(w) > 3
)


def _has_name(speaker: str) -> bool:
    """Whether a speaker phrase holds a personal name: a capitalised word that is neither its first word nor a
    role ("Minister Jane Doe", "Петренко" alone counts, one capitalised word being the whole phrase). Arabic
    script has no capitals: there a word that is no role and no definite noun counts, or a nisba surname
    ("الخرساني": the article, and the -ي ending of a family name)."""
    words = speaker.split()
    if words and all(_ARABIC_LETTER.match(w) for w in words):
        return bool(arabic_names(speaker))
    if any(INDIC_LETTER.match(w) for w in words):  # no capitals either: a word that is no role ("PM मोदी")
        return any(INDIC_LETTER.match(w) and not w.lower().startswith(_roles()) for w in words)
    if len(words) == 1:
        return words[0][:1].isupper() and not _role_prefixed(words[0])
    if words and words[0].lower() in _NUMBER_WORDS:  # "Fünf Jahre später …": a count, German nouns after it
        return False
    # an acronym names a body, not a person ("представитель МИД", "a NATO official"); a capitalised word before a
    # lower-case role qualifies it ("the American leader", "a Pentagon spokesman")
    return any(
        (w[:1].isupper() and not w.isupper() and not _role_prefixed(w) and not _qualifies_role(words, k))
        or _PARTICLE_NAME.match(w)
        for k, w in enumerate(words[1:], 1)
    )


def arabic_names(speaker: str) -> list[str]:
    """Words of an Arabic speaker phrase that may be a name: no role, stop word or definite noun, but a word after
    "عبد", "أبو" ("عبد الرحيم") and a nisba surname ("الخرساني") after a name or a role (after a noun, an adjective)."""
    ws = speaker.split()
    linked = [k >= 1 and ws[k - 1] in NAME_LINKS_AR for k in range(len(ws))]
    after = [k == 0 or not ws[k - 1].startswith(_DEFINITE_AR) or linked[k - 1] or ws[k - 1].startswith(_roles())
             for k in range(len(ws))]  # fmt: skip
    nisba = [w.endswith("ي") and len(w) >= 6 and after[k] for k, w in enumerate(ws)]
    return [w for k, w in enumerate(ws) if _ARABIC_LETTER.match(w) and not w.startswith(_roles()) and len(w) >= 3
            and w not in _NOT_NAMES_AR and w.removeprefix("ل") not in _NON_NAMES_AR
            and (not w.startswith(_DEFINITE_AR) or linked[k] or nisba[k])]  # fmt: skip


def _full_name(phrase: str) -> bool:
    """Two words or more, a name among them ("Jane Roe", "Minister Roe")."""
    return len(phrase.split()) >= 2 and _has_name(phrase)


# Definite articles, every language (lexicon definite_articles).
_DEFINITE = frozenset(lexicon.words_all("definite_articles"))


def _qualifies_role(words: Sequence[str], k: int) -> bool:
    after = words[k + 1] if k + 1 < len(words) else ""
    return after[:1].islower() and after.lower().startswith(_roles())


# A name after a lower-case particle joined by a hyphen ("al-Sabbagh", "ed-Dabbağ", "ас-Саббаг").
_PARTICLE_NAME = re.compile(rf"^[^\W\d_]{{1,4}}-{_CAP}")


_TEMPORAL = re.compile(
    r"\b(?:(?:earlier|later|last|this|next)\s+(?:week|month|year|day|time)|on\s+(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)|today|yesterday|earlier|later|also|then|recently|in\s+turn|on\s+\w+day)\b",
    re.I,
)


_TAIL_PREPOSITIONS = frozenset(w.lower() for w in lexicon.words_all("prepositions"))
# Words a speaker phrase keeps at most: a role, its body and a name ("первый заместитель министра по ЧС Далмории …").
MAX_SPEAKER_WORDS = 10
COMPLEMENT_WORDS = frozenset(lexicon.words_all("role_complement_words"))  # "de", "of": a role's complement


_REFLEXIVE_POSSESSIVES = frozenset(lexicon.words("reflexive_possessives"))
# Gerunds of speech verbs ("commentando gli attacchi"): a clause of their own, after a subject or before its verb.
_GERUNDS = frozenset(lexicon.words_all("speech_gerunds"))


def _clean_np(words: Sequence[str], *, leading: bool) -> str | None:
    """Trim a speaker phrase: stop words end it (verb-first) or start it (verb-last)."""
    out: list[str] = []
    seq = list(words)[:: 1 if leading else -1]
    if not leading and seq and seq[0].strip(".,;:").lower() in _NAME_AND:  # "… und bezeichnete dies als": the verb
        return None  # is joined to an earlier one, whose subject it shares
    if not leading and seq and possessed(seq[0]):
        seq = possessor(seq[1:])  # "X (az MTI-hez eljuttatott) nyilatkozata szerint": X's statement, X speaks
    for k, w in enumerate(seq):
        bare = w.strip(".,;:!?()[]").lower()
        if not leading and out and bare == "for" and out[-1][:1].isupper() and _role_before(seq, k):
            out.append(w)  # "Minister for Health Jana Roe", "High Representative for Foreign Affairs": the role's field
            continue
        if not leading and out and bare == "to" and k + 1 < len(seq) and _sent_to(seq[k + 1]):
            out.append(w)  # "Borea's mission to the United Nations", "the ambassador to the UN": the role's complement
            continue
        nxt = seq[k + 1] if k + 1 < len(seq) else ""
        names = out and all(x[:1].isupper() for x in out) and nxt[:1].isupper() and nxt[-1:].isalpha()
        if not leading and bare in _NAME_AND and (names or joins.fields_joined(out, seq[k + 1 :])):
            out.append(w)  # "Ivo Marek and Jana Roe said": two names, one subject (or two fields of one body)
            continue
        if leading and bare in _NAME_AND and joins.fields_ahead(out, nxt):
            out.append(w)  # "declaró el departamento de Relaciones Internacionales y Cooperación": one body
            continue
        if not leading and bare[:3] in joins.ELIDED_THAT and len(bare) > 3 and bare[3:].isalpha():
            out.append(w[3:].strip(",;:!?()[]"))  # "alors qu'elle soulignait": the clause's subject, past "qu'"
            break
        if not leading and bare in _PLACE_PREPOSITIONS and len(out) == 1 and out[0][:1].isupper() and nxt.isalpha():
            out = []  # "посольство Бореи в Орлине назвало": the seat between the subject and its verb
            continue
        if not leading and out and bare in _REFLEXIVE_POSSESSIVES:
            out = []  # "Правительство свое решение объяснило": "свое решение" is the object; the subject before it
            continue
        if out and bare in _GERUNDS:
            if leading:
                break  # "ha detto Joe Biden commentando gli attacchi": the subject ends at its gerund
            out = []  # "Joe Biden commentando gli attacchi ha detto": the gerund's object is no subject
            continue
        if leading and not out and bare in _WEEKDAYS:
            continue  # "a déclaré mardi son ministère": the day between the verb and its subject
        if leading and not out and bare in _TIME_WORDS and _dated_ahead(seq[k + 1 :]):
            continue  # "zareagował w czwartek Kowalski", "sagte am Donnerstag X": the adverbial's preposition
        if leading and bare in _ADVERBS:
            if not out:
                continue  # "— сообщил | журналистам | первый заместитель …": words between the verb and the speaker
            break  # "— сказав Доу | журналістам": the speaker ends where they are told
        if not leading and (bare[-1:] in "-–—" or bare[:1] in "-–—") and len(bare) > 1:
            break  # "MEHMET BOZDAŞ- Açıklamasında": a byline; "para -según dijo-": an aside the dash opens
        if not leading and out and bare in _SEATS and all(x[:1].isupper() for x in out) and nxt[:1].isalpha():
            out = []  # "Marek in Parliament said", "The minister in Kyiv said": the place spoken in, no subject
            continue
        if not bare.strip("-–—") or bare in _NP_STOP or (not leading and bare in _ADVERBS):  # a dash sets off an aside
            if out or leading:
                if not leading and bare in _PLACE_PREPOSITIONS and len(out) >= 3 and all(x[:1].isupper() for x in out):
                    out.pop()  # "в Орлине Иван Петров заявил": the place, then the name
                break
            continue
        if leading and out and w in _COPULAS:
            if w in _COPULA_POSSESSIVES and out[-1][:1].isupper():
                break  # "sprach Marek sein „Beileid“ aus": his, after the name
            return None
        if leading and w in _TOLD_ARTICLES and len(out) >= 2 and all(x[:1].isupper() for x in out[-2:]):
            break  # "sagte Kremlsprecher Dmitri Peskow der Nachrichtenagentur Tass": whom he told, after the name
        if (
            leading
            and len(out) >= 2
            and all(x[:1].isupper() and not _role_prefixed(x) for x in out)  # a name, no role's body after it
            and _after_full_name(w.strip(".,;:!?()[]"))
        ):
            break  # "írta Tóth Gábor közösségi oldalán": where (or to whom) the one named spoke, not a speaker's word
        out.append(w.strip(",;:!?()[]"))
        if len(out) >= MAX_SPEAKER_WORDS:
            while leading and out and out[-1].lower() in _TAIL_PREPOSITIONS:  # "… du Golfe sur (la plateforme X)"
                out.pop()
            break
    while leading and len(out) > 1 and out[-1] in _TIME_WORDS:  # "according to the ministry (on Monday) morning"
        out.pop()
    if not leading:
        out.reverse()
        while out and out[0].lower() in _ADVERBS | {"later", "also"}:
            out.pop(0)
        out = _without_opener(out)
        if len(out) >= 5 and out[0].lower() in COMPLEMENT_WORDS and out[1] in _DEFINITE and out[2].istitle():
            out = out[2:]  # "(los representantes) de la Comunidad …": the phrase opens on the body's name
        # "Взрыв ГЭС посольство Бореи назвало": Russian and Ukrainian front the object before the body's noun
        body = [j for j in range(1, len(out)) if "Ѐ" <= out[j][:1] <= "ӿ" and out[j].startswith(BODY_STEMS)]
        out = out[body[-1] :] if body and out[body[-1] - 1][:1].isupper() else out
    dated = False
    while out and (out[0].strip(",.")[:1].isdigit() or (dated and _date_word(out[0]))):
        dated = True  # "17 липня Генеральний секретар …": a date opens the sentence (a month only after a day:
        out.pop(0)  # "sie", "Jan" and "May" are words and names too)
    phrase = " ".join(out).strip(" .")
    if phrase and (_adverbial(phrase) or _prepositional(phrase)):
        return None  # "Poprzedniego dnia mówił", "Horas después de que …": when, not who; "Jako powód podał": how
    if phrase and not leading and joins.conjunction_only(words, phrase):
        return None  # "…, manifestó, al tiempo que recalcó": the conjunction, no subject (the clause before's)
    return phrase or None


_NAME_AND = frozenset(lexicon.words("name_conjunctions"))
_NAME_PARTICLES = frozenset(lexicon.words_all("marker_name_particles"))


def _after_full_name(word: str) -> bool:
    """A lower-case word after a full name that neither joins names ("de", "van", "bin") nor holds a role: the
    speaker's phrase has ended (a role after a name is set off by a comma: "X, spokeswoman for …")."""
    return word.isalpha() and word.islower() and word not in _NAME_PARTICLES | _NAME_AND and not _role_prefixed(word)


_SEATS = frozenset(lexicon.words("speaker_place_prepositions"))
# Prepositions of place before a capitalised place a name follows in a verb-last phrase.
_PLACE_PREPOSITIONS = frozenset(("в", "во", "на", "у", "из", "із", "з"))


def _prepositional(phrase: str) -> bool:
    """A phrase before the verb that a preposition opens and no capital follows ("Jako powód (podał)", "Por
    su parte"): an adverbial, the subject dropped (lexicon prepositions)."""
    words = phrase.split()
    return len(words) >= 2 and words[0].lower() in _TAIL_PREPOSITIONS and not any(w[:1].isupper() for w in words[1:])


_SENT = tuple(w.lower() for w in (*lexicon.words("speaker_bodies", "en"), *lexicon.words("person_roles", "en")))


def _role_before(seq: Sequence[str], k: int) -> bool:
    """The word before ``seq[k]`` in the text (the next one, read backwards) is a role ("Minister", "Secretary"):
    "for" between it and a capitalised field is the role's ("Minister for Health"), no stop as elsewhere."""
    return k + 1 < len(seq) and seq[k + 1].strip(".,;:").casefold().startswith(_roles())


def _sent_to(word: str) -> bool:
    """A role or a body one is sent to a place or body as ("mission", "ambassador", "envoy")."""
    return word.lower().removesuffix("'s").removesuffix("’s").startswith(_SENT)


# Phrases that link a sentence to the one before ("у свою чергу", "for his part"; lexicon discourse_openers),
# longest first; the phrase's last two words or more are enough (a preposition before them may have ended the
# phrase already: "У | свою чергу канцлер …").
_DISCOURSE_OPENERS = sorted(
    {tuple(p.split()[k:]) for p in lexicon.words_all("discourse_openers") for k in range(len(p.split()))
     if k == 0 or len(p.split()) - k >= 2}, key=len, reverse=True,
)  # fmt: skip
OPENERS = frozenset(_DISCOURSE_OPENERS)  # each phrase, as a tuple of its words


def _without_opener(words: list[str]) -> list[str]:
    """``words`` without the linking phrase that opens them ("свою чергу канцлер Олаф X" → "канцлер Олаф X"); none
    where they are that phrase alone ("Por eso pide …": the subject dropped)."""
    low = tuple(w.strip(",").lower() for w in words)
    for phrase in _DISCOURSE_OPENERS:
        if low[: len(phrase)] == phrase:
            return words[len(phrase) :]
    return words


def opener_cut(raw: str) -> str:
    """``raw`` without the linking phrase or the dateline that opens it ("У свою чергу канцлер X" → "канцлер X",
    "KYIV (AP) — Jane Doe" → "Jane Doe") and the time adverbial that closes it ("Jane Doe on April 13")."""
    words = raw.split()
    if len(words) > 1 and words[0].lower() in _NAME_AND and words[1][:1].isupper():
        words = words[1:]  # "…, und Marek bekräftigte": the subject after the conjunction
        raw = raw.split(maxsplit=1)[1]
    kept = _without_opener(words)
    raw = raw if kept is words else raw.split(maxsplit=len(words) - len(kept))[-1]
    dated = _DATELINE_HEAD.match(raw)  # "WASHINGTON - US President Jane Doe": the dateline is no part of it
    raw = raw[dated.end() :] if dated and raw[dated.end() :].strip() else raw
    words = raw.split()
    k = _time_tail(words)
    return raw if k == len(words) else raw.rsplit(maxsplit=len(words) - k)[0]


# A dateline before the subject: a capitalised place or an agency in brackets, then a spaced dash (or an agency's
# bracket glued to a double hyphen or a dash: "Tokyo, Dec. 4 (Agency)--Prime Minister X").
_DATELINE_HEAD = re.compile(r"^[^\n]*?(?:(?:[A-ZА-ЯЁІЇЄ]{3,}|\))[^\w\n]*?\s[-–—]\s+|\)(?:--|[–—])(?=\w))")


# Frames that put the speaker after them ("according to X", "selon X", "بحسب X").
_ACCORDING_FRAMES = frozenset(lexicon.rows("according"))


def as_said_frame(segment: str) -> bool:
    """A comma segment opened by "as" ("Come riporta Radio Orlin", "As Reuters reported", "Como se esperaba"; lexicon
    as_said_openers): a frame or an adverbial, not the sentence's subject."""
    ws = segment.split()
    return len(ws) >= 2 and ws[0].casefold() in _AS_SAID


_AS_SAID = frozenset(w.casefold() for w in lexicon.words_all("as_said_openers"))


def according_word(word: str) -> bool:
    """One word of the frames that put the speaker after them ("según", "selon"): no verb with a subject before it."""
    return word.casefold() in _ACCORDING_FOLDED


_ACCORDING_FOLDED = frozenset(f.casefold() for f in _ACCORDING_FRAMES)
# ... past a document and its issuer ("according to a statement issued by X", "وفق بيان صادر عن X"): X.
_ACCORDING_DOCUMENTS = _alternation(frozenset(lexicon.rows("according_documents")))
_APOSTROPHES = "['’]"  # either apostrophe in a frame ("d'après", "D’après")
# ... but not a relative clause after the frame ("des rumeurs selon lesquelles …"): no source (the markers' cues too)
ACCORDING_RELATIVE = re.compile(
    rf"(?:(?:el|la|los|las|lo)\s+)?(?:{_alternation(frozenset(lexicon.rows('according_relatives')))})(?!\w)", re.I
)
_ACCORDING = re.compile(
    rf"(?:{_alternation(_ACCORDING_FRAMES).replace(chr(39), _APOSTROPHES)})\s+(?!{ACCORDING_RELATIVE.pattern})"
    rf"(?:(?:{_ACCORDING_DOCUMENTS})\s+)?"
    rf"(?P<np>[^,،.;:\n\"“”«»]{{1,80}})",
    re.I,
)
_DOCUMENT_LEAD = re.compile(rf"^(?:{_ACCORDING_DOCUMENTS})\s+", re.I)
# Documents that speak for their issuer, every language (stems: "açıklamada", "заявлении" start with one) ...
_DOCUMENTS = tuple(sorted({w.lower() for w in lexicon.words_all("speech_documents")}, key=len, reverse=True))
# ... and documents in the inessive (Hungarian "beszédében", "in his speech"; lexicon speech_documents_located)
_LOCATED = "|".join(re.escape(d) for d in sorted(lexicon.words_all("speech_documents_located"), key=len, reverse=True))
LOCATED_DOCUMENT = re.compile(rf"(?:{_LOCATED})\w*(?:ban|ben)", re.I)
_DOCUMENT_WORD = re.compile(
    rf"(?<![\w])(?:(?:{'|'.join(re.escape(d) for d in _DOCUMENTS)})\w*|{LOCATED_DOCUMENT.pattern}(?!\w))", re.I
)
# ... and one between a speech verb and its subject, after a preposition and an article ("afirmó en un comunicado su
# directora general, X"; "said in a statement the ministry's spokeswoman") or with its issuer ("said a statement
# issued by X"): passed over.
_DOC_AFTER = rf"(?:{_ACCORDING_DOCUMENTS})|(?:[^\W\d_]+\s+){{1,2}}{_DOCUMENT_WORD.pattern}"
_DOCUMENT_AFTER_VERB = re.compile(rf"^(?:{_DOC_AFTER})\s+", re.I)
# ... and the audience told, a preposition, an article and a channel noun ("respondió a la prensa el ministro",
# "a-t-il dit aux journalistes le ministre"; lexicon attribution_channels): passed over too.
CHANNEL_WORDS = frozenset(w.lower().rstrip("*") for w in lexicon.words_all("attribution_channels"))
_CHANNEL_WORDS = "|".join(re.escape(w) for w in sorted(CHANNEL_WORDS, key=len)[::-1])
AUDIENCE_AFTER_VERB = re.compile(
    rf"^(?:a|à|aux|to|ante|al)\s+(?:(?:la|el|los|las|les|the)\s+)?(?:{_CHANNEL_WORDS})\s+(?=\S)", re.I
)

# A name in apposition after a verb-first sentence's role, in any script ("وأشار المتحدث باسم الرئاسة، إبراهيم
# قالن، إلى أن"): up to four words between commas, or before the complementiser.
_APPOSED = re.compile(r"\s*[,،]\s*(?P<name>[^,،.:!?\"“”«»\n]{2,40}?)\s*(?:[,،]|\s[-–—]\s|\s(?:إن|أن|إلى أن)(?!\w))")
_NOT_APPOSED = _NP_STOP | frozenset(lexicon.words_all("apposition_clause_openers"))


def _apposed(sentence: str, pos: int) -> re.Match[str] | None:
    """The apposition at ``pos`` (closed by a comma, a dash aside or the complementiser), unless it opens with a stop
    word ("، في حديث لإذاعة محلية،") or a clause ("، طلب عدم الكشف عن اسمه،": lexicon apposition_clause_openers)."""
    m = _APPOSED.match(sentence, pos)
    return m if m and m.group("name").split()[0].lower() not in _NOT_APPOSED else None


def _words(s: str) -> list[str]:
    return _WORDS.findall(_GLUED_ABBREVIATION.sub(" ", _TEMPORAL.sub(" ", s)))


# A short lower-case abbreviation glued to the capitalised word after it by a page's export ("2023 р.Міністерство
# оборони": the year's "р." and the subject): no part of the word.
_GLUED_ABBREVIATION = re.compile(r"(?<![\w.])[a-zа-яёіїєґ]{1,3}\.(?=[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ])")


def _mask(s: str) -> str:
    """``s`` with each title's and middle initial's dot masked (same length: offsets hold)."""
    s = _TITLE_DOT.sub(lambda m: m.group("t") + _LEADER, s)
    return _INITIAL_DOT.sub(_initial, s)


def _initial(m: re.Match[str]) -> str:
    return m.group(0) if m.group("next").lower() in _FUNCTION_WORDS else m.group("pre") + m.group("t") + _LEADER


# (an article of any language after it opens a new sentence: "… sur X. Le président …" is the platform X)
_FUNCTION_WORDS = frozenset(w.lower() for w in lexicon.words("stopwords") | lexicon.words_all("definite_articles"))


_NAME_TITLES = frozenset(lexicon.words_all("name_titles"))
NAME_LINKS_AR = frozenset(lexicon.words("name_links", "ar"))


def _titled(phrase: str) -> bool:
    """A phrase that opens with an honorific ("المهندس فراس الدباغ"): a person's name follows it."""
    words = phrase.split()
    return len(words) >= 2 and words[0] in _NAME_TITLES


_OPENERS = frozenset(lexicon.words_all("marker_openers"))


# Prepositions of an impersonal attribution in Russian and Ukrainian ("В Пентагоне заявили"), and the bodies
# that may follow them (lexicon speaker_bodies): a capitalised name or one of those.
_IMPERSONAL_AT = frozenset({"в", "во", "у"})
BODY_STEMS = tuple(sorted(lexicon.words_all("speaker_bodies"), key=len, reverse=True))


def _named_body(phrase: str) -> bool:
    """A body after "в"/"у": a capitalised name ("Пентагоне") or a body noun ("компании Orlin")."""
    words = phrase.split()
    return 1 <= len(words) <= 8 and (words[0][:1].isupper() or words[0].lower().startswith(BODY_STEMS))


# An article right after an inverted speech verb ("…, a annoncé l'armée américaine", "…, dijo el ministerio", "…,
# said the ministry"): the verb's subject follows it, a body or a role, never the clause before the comma.
INVERTED_ARTICLE = re.compile(r"\s+(?:[lL]['’]|(?:le|la|les|el|los|las|der|die|das|the)\s)", re.I)
# Adverbs of place opening an impersonal attribution ("Там ему заявили"): nobody by name (lexicon).
PLACE_ADVERBS = frozenset(lexicon.words_all("speaker_place_adverbs"))
# Not right after a preposition of place: "в Орлине Иван Петров" is a place, then the name.
NOT_AFTER_PLACE_PREPOSITION = "".join(rf"(?<!\b{p}\s)" for p in ("в", "во", "на", "у", "из", "із", "з", "in", "at"))
# A name closing a phrase ("… заявил глава ведомства Джон Доу"), up to four capitalised words.
_CLOSING_NAME = re.compile(rf"{NOT_AFTER_PLACE_PREPOSITION}(?:{_CAP}[\w'’\u2024-]+\s+){{0,3}}{_CAP}[\w'’-]+(?=\s*$)")


# A Cyrillic adjective's oblique-case ending ("Нагорного", "Південної", "Северному"): no first name ends so.
_OBLIQUE_ADJECTIVE = re.compile(r"(?:ого|его|ої|ому|ему)$")


@functools.lru_cache(maxsize=16)
def _full_names(text: str) -> tuple[tuple[int, list[str]], ...]:
    """The text's full names of two words or more, each with where it ends, read once per text (every pronoun of
    it may ask); a capital opening a sentence is no sign of a name ("Pour Marek, …")."""
    out = []
    for r in _FULL_NAME.finditer(text):
        k = r.start()
        while k > 0 and text[k - 1].isspace():
            k -= 1  # back over the blank before the name only (a slice and strip of the text before was quadratic)
        words = r.group().split()[1 if text[k - 1 : k] in ("", *".!?\n") else 0 :]
        words = words[: _time_tail(words)]  # "Jane Roe Thursday", "Twitter Thursday": a weekday is no part of one
        # no adjective in an oblique case ("Нагірного Карабаху") nor an acronym ("ЗС Азербайджану"): no person
        if (
            len(words) >= 2
            and not _OBLIQUE_ADJECTIVE.search(words[0])
            and not any(len(w.strip(".")) >= 2 and w.isupper() for w in words)
        ):
            out.append((r.end(), words))
    return tuple(out)


# A phrase opening a sentence up to its comma ("Poco después del anuncio, "), and a capitalised word before a
# lower-case one: a surname alone, opening the sentence past that phrase.
_OPENER_COMMA = re.compile(r"[^,.;:!?\n\"“”«»]{1,60},\s+")
_SURNAME_HEAD = re.compile(rf"{_CAP}[\w'’-]+(?=\s+[^\W\d_A-ZÀ-ÞА-ЯІЇЄҐ])")


def known_surname(sentence: str, text: str, before: int) -> re.Match[str] | None:
    """A surname alone opening ``sentence`` (or the words after its opening phrase and comma) that ends a full name
    the text gave before ``before``: "Poco después, Marek fue consultado …" after "Ivo Marek"."""
    opener = _OPENER_COMMA.match(sentence)
    for pos in (0, opener.end()) if opener else (0,):
        m = _SURNAME_HEAD.match(sentence, pos)
        if m and any(end <= before and words[-1] == m.group() for end, words in _full_names(text)):
            return m
    return None


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last stop or line break before it."""
    return max(text.rfind(c, 0, pos) for c in ".!?\n") + 1


def according_who(np_: str | None, frame: str = "") -> str | None:
    """Who an according-to frame names: not a lone lower-case word that is no role, body or pronoun ("по данным
    проверки", "according to data": a source of facts, nobody's words); after a German "Laut" that the finite verb
    follows ("Laut Baku bestehe das Ziel darin"), the words before that verb."""
    if np_ is not None and frame.lower() in _VERB_SECOND_FRAMES:
        np_ = _before_finite_verb(np_)
    if np_ is not None and VERB_ANY.fullmatch(np_.split()[0].strip("-–—,")):
        return None  # "para -según dijo- evitar «…»": as the subject said, no source of its own
    if np_ is None or " " in np_ or not np_[:1].islower():
        return np_
    low = np_.lower()
    return np_ if low in _PRONOUNS or low.startswith(_roles()) or low.startswith(BODY_STEMS) else None


_VERB_SECOND_FRAMES = frozenset(lexicon.words("according_verb_second", "de"))
ARTICLES_DE = frozenset(lexicon.words("articles", "de"))
_TOLD_ARTICLES_DE = ARTICLES_DE - {"die", "das", "des", "ein", "eine", "eines"}  # a dative's: "der", "dem", "einer" …
# ... and Hungarian's, which after the name open the place or the medium ("mondta X a sajtótájékoztatón")
_TOLD_ARTICLES = _TOLD_ARTICLES_DE | ARTICLES_HU
_NP_INNER_DE = ARTICLES_DE | frozenset(lexicon.words("noun_phrase_inner", "de"))


def _before_finite_verb(np_: str) -> str | None:
    """The words of a German noun phrase before the verb that follows it: capitalised words (nouns and names),
    articles and prepositions inside it, and an adjective before a noun ("dem aserbaidschanischen Ministerium")."""
    words = np_.split()
    out: list[str] = []
    for k, w in enumerate(words):
        after = words[k + 1] if k + 1 < len(words) else ""
        if not (w[:1].isupper() or w.lower() in _NP_INNER_DE or (w[-1:] in "enrsm" and after[:1].isupper())):
            break
        out.append(w)
    return " ".join(out) or None


# A conjunction right before a speech verb, after a comma: a second verb of the same subject ("…, and added").
JOINED_VERB = re.compile(
    r"[,،]\s*(?:and|und|et|y|ve|и|і|та|e|și|şi|és|i|but|pero|mais|aber|ama|але|но)\s*$", re.I
)  # (Romanian "și", Hungarian "és", Polish and Croatian "i")
AND_VERB = re.compile(
    r"\s(?:and|und|et|y|и|і|та|și|şi|és|i)\s*$", re.I
)  # ... without the comma, after a verb of saying
# A pronoun right after the verb, closing the clause: the subject of an inverted order ("betonte sie, dass").
PRONOUN_AFTER = re.compile(r"\s+(?P<pro>\w+)\s*[,:]")
