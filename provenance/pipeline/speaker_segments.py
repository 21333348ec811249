"""The subject before a speech verb, read back across the comma segments of its sentence (``subject_in``).

"Jane Doe, head of the programme, said …": a name wins; a role stands when no name is its apposition; a linking
word, an opening adverbial, a participle's clause, a time clause and a relative clause about the subject are passed
over. ``speakers`` calls it for the last speech verb before a quote; ``speaker_relays`` for a relayed report.
"""

from __future__ import annotations

import re

from provenance import lexicon
from provenance.pipeline import speaker_apart, speaker_roles
from provenance.pipeline import speaker_joins as joins
from provenance.pipeline.speaker_phrases import (
    _ACCORDING,
    _CAP,
    _CLOSING_NAME,
    _DOCUMENT_WORD,
    _IMPERSONAL_AT,
    _NP_STOP,
    _PRONOUNS,
    BODY_STEMS,
    OPENERS,
    VERB_ANY,
    _clean_np,
    _full_name,
    _has_name,
    _named_body,
    _role_of_body,
    _role_only,
    _role_prefixed,
    _words,
    as_said_frame,
    opener_cut,
)
from provenance.pipeline.speaker_roles import is_role
from provenance.pipeline.speaker_subjects import relative_subject, role_opened
from provenance.pipeline.speaker_times import opens_time_clause
from provenance.text import word_trie

# A document opening an impersonal attribution's body, its issuer capitalised after it ("сообщении Суда").
_DOCUMENTED = re.compile(rf"(?i:{_DOCUMENT_WORD.pattern})\s+(?={_CAP})")


def subject_in(head: str, off: int) -> tuple[str | None, tuple[int, int] | None]:
    """Walk the comma segments of a subject back from the verb: a name wins; a role ("the minister") stands when no
    name is its apposition; a parenthetical ("в свою очередь") or an opening adverbial ("In Kyiv") is passed over."""
    role: tuple[str | None, tuple[int, int] | None] = (None, None)
    relative = False  # the segment after this one is a relative clause
    cut = max(head.rfind(";"), head.rfind("\n")) + 1  # "CBH lifts rate …; governor says", a heading's line
    head, off = head[cut:], off + cut
    for seg in reversed(list(re.finditer(r"(?:[^,،]|(?<=\d),(?=\d))+", head))):  # ("60,000": one segment)
        raw = joins.without_seat(opener_cut(seg.group().strip()))  # "У свою чергу канцлер X заявив": the chancellor
        if relative and (at := speaker_apart.relative_antecedent(raw)):  # "Premier Jane Roe, who wrote that …"
            return raw[at[0] : at[1]], (off + seg.start() + at[0], off + seg.start() + at[1])  # (or "the mayor")
        if tuple(w.lower() for w in raw.split()) in OPENERS or (role[0] and joins.adverbial(raw)):
            continue  # "However, the office said", "Sitting beside X, the chief said": a linking word, an adverbial
        if joins.participle_opener(raw):
            continue  # "Speaking to reporters, Kim said": the participle's clause, never the subject
        if _ACCORDING.match(raw) or opens_time_clause(raw) or as_said_frame(raw):
            continue  # "According to a statement …, the court said", "Hours after …, X said": a frame, no subject
        if not head[seg.end() :].strip() and (own := relative_subject(raw)):  # "…, which the mayor said was “…”"
            pos = off + seg.start() + seg.group().rfind(own)  # (the subject's own words: "who he" is "he")
            return own, (pos, pos + len(own))
        if raw and speaker_apart.opens_relative(raw, after_comma=seg.start() > 0):
            relative = not head[seg.end() :].strip()  # its verb is the one read ("X, who wrote that …")
            continue  # "…, who has condemned …, said": a relative clause about the subject ("WHO": a body)
        relative = False
        np_ = _clean_np(_words(raw), leading=False) if raw else None
        if np_ and VERB_ANY.fullmatch(np_.split()[0]) and len(np_.split()) > 1:
            np_ = np_.split(maxsplit=1)[1]  # "وقال وزير …": the verb that opens a verb-first sentence
        if np_ and VERB_ANY.fullmatch(np_.split()[-1]) and len(np_.split()) > 1:
            np_ = np_.rsplit(maxsplit=1)[0]  # "the mayor said, adding that …": the earlier verb's subject
        if not np_ or _oblique_tr(np_.split()[0]):
            continue  # "Kovac, Marek'e şunları söyledi": the one told, not the teller
        inner = VERB_ANY.search(raw)
        if inner and len(raw[inner.end() :].split()) >= 3 and not VERB_ANY.search(np_):
            break  # "Orlin has condemned the act in Borea, media reports said": a clause of its own, no subject
        span = (off + seg.start(), off + seg.end())
        said = [k for k, w in enumerate(np_.split()) if k > 0 and VERB_ANY.fullmatch(w)]
        if said:  # "She said Qaradani officials had told …": the one who relays it speaks
            outer = np_.split()[: said[0]]
            if " ".join(outer).lower() in _PRONOUNS or (_has_name(" ".join(outer)) and outer[0][:1].isupper()):
                return " ".join(outer), span
        ws = np_.split()
        if len(ws) >= 3 and ws[-1].lower() in _PRONOUNS and not any(w[:1].isupper() for w in ws[1:]):
            np_ = ws[-1]  # "Speaking about the crisis that faces his rule he said …": the pronoun closing it
        if np_.lower() in _PRONOUNS:  # "Asked whether …, she said:": resolved later
            return np_, span
        role_led = role_opened(raw, ws) and seg.start() > 0 and not speaker_roles.titled_name(ws)
        if _role_only(np_) or _role_of_body(np_) or role_led:
            # "Quilla Varna, Chief Executive of Orlin Chemicals, said": a role in apposition gives way to
            # the name before it
            role = role if role[0] else (np_, span)
            continue
        first = raw.split()[0]
        body = raw.split(maxsplit=1)[-1]
        if first.lower() in _IMPERSONAL_AT and _DOCUMENTED.match(body):
            body = body.split(maxsplit=1)[1]  # "В сообщении суда Бореи отмечается": the court
        if first.lower() in _IMPERSONAL_AT and seg.start() == 0 and _named_body(body):
            # "В компании Orlin Chemicals … пообещали", "У Міністерстві … повідомили": the body speaks (up
            # to a preposition: "В Пентагоне в четверг заявили")
            words = body.split()
            cut = next((k for k, w in enumerate(words) if k and w.lower() in _NP_STOP | _IMPERSONAL_AT), len(words))
            return " ".join(words[:cut]), span
        if (
            first.lower() in speaker_roles.ARTICLES
            and np_.endswith(body)
            and ((body[:1].isupper() and (_has_name(body) or body.isupper())) or body.lower().startswith(BODY_STEMS))
        ):
            return np_, span  # "La Cour a également demandé …", "Le ministère de l’Intérieur a indiqué": a body
        closing = _CLOSING_NAME.search(raw) if first[:1].islower() else None
        if closing and speaker_roles.role_led_name(raw, closing.start(), _full_name(closing.group())):
            return closing.group(), span  # "humanitarian chief Martin Griffiths said", "le cardinal Marek"
        if (elided := _ELIDED_BODY.match(raw)) and np_.endswith(raw[elided.end() :]):
            return np_, span  # "Tout en condamnant …, l’Union africaine rappelle": the article glued to a body's name
        # a lower-case start is a clause, not a subject, unless a role opens it ("spokeswoman Jane Doe"); so is a
        # word that is never a speaker ("Tout en condamnant …", "Ce, alors que …")
        lower_start = first[:1].islower() and not _role_prefixed(first)
        if lower_start or first in _STOP_FORMS or first.lower() in NON_SPEAKERS:
            continue
        if (subject := before_comitative(raw, np_)) is not None:
            return subject, span  # "Президент X після зустрічі з прем'єром Y заявив": X, not the one met
        if _has_name(np_) and not (role[0] and joins.object_apposition(head, seg.start())):
            return np_, span
        opening = _clean_np(_words(raw), leading=True) if np_[:1].islower() else None
        if opening and _has_name(opening) and len(opening.split()) < len(raw.split()):
            # "Керівник бригади Явуз Текелі в інтерв’ю нашому виданню розповів": the subject, then an adverbial
            return opening, span
        break
    return role


# A Turkish proper name with a case ending after its apostrophe, other than the genitive (lexicon case_suffixes).
_OBLIQUE_TR = re.compile(rf"{_CAP}[\w-]*['’](?:{word_trie(lexicon.words('case_suffixes', 'tr'))})")


def _oblique_tr(word: str) -> bool:
    return _OBLIQUE_TR.fullmatch(word.rstrip(",.:;")) is not None


_COMITATIVE = frozenset(lexicon.words_all("comitative_prepositions"))
_INSTRUMENTAL = tuple(lexicon.words_all("instrumental_endings"))


def before_comitative(raw: str, np_: str) -> str | None:
    """The subject of a Russian or Ukrainian segment where a phrase of "with" in the instrumental case stands in it
    (lexicons comitative_prepositions, instrumental_endings): the name that opens the segment when that phrase runs
    to the verb ("Президент Бореї Олег Петренко після зустрічі з прем'єром Іваном Коваленком і міністром Андрієм
    Мельником заявив": Петренко), the name or the pronoun after it when one follows ("После встречи с премьером
    Олегом Ивановым министр Анна Петрова заявила": Петрова; "В беседе с агентством она заявила": она); None where
    no such phrase is read."""
    words = raw.split()
    at = [k for k, w in enumerate(words) if w.lower() in _COMITATIVE]
    if not at or not np_.split() or words[-1] != np_.split()[-1]:
        return None
    if words[-1].lower() in _PRONOUNS and at[-1] < len(words) - 1:
        return words[-1]  # "В беседе с РИА Новости она заявила": the pronoun after the phrase
    if words[-1].lower().endswith(_INSTRUMENTAL) and at[-1] < len(words) - 1:
        subject = _clean_np(words[: at[0]], leading=True)
    else:
        ended = [k for k in range(at[-1] + 1, len(words)) if words[k].lower().endswith(_INSTRUMENTAL)]
        subject = _clean_np(words[ended[-1] + 1 :], leading=False) if ended else None
    head = subject.split()[0] if subject else ""
    return subject if subject and _has_name(subject) and (head[:1].isupper() or _role_prefixed(head)) else None


_STOP_FORMS = _NP_STOP | {w.capitalize() for w in _NP_STOP}  # as written: an acronym ("WHO") is a name
NON_SPEAKERS = frozenset(lexicon.words_all("speaker_non_words"))  # "ce", "se", "tout": no speaker on their own
_ELIDED_BODY = re.compile(r"^[lL]['’](?=[A-ZÀ-Þ])")  # "l’Union africaine", "l'ONU"


# A Romance participle or adjective right after the verb, the speaker's manner ("señaló emocionada", "ha detto
# commossa la ministra", "disse emocionado"): a lower-case word with a participle's ending, alone or before an article.
_PREDICATIVE = re.compile(r"[a-zà-ÿ]+(?:ad[oa]s?|id[oa]s?|at[oaie]|it[oaie]|ut[oaie]|oss[oaie]|os[oa]s?)")


def without_predicative(speaker: str) -> str | None:
    """The speaker without the participle of manner that opens it ("emocionada la presidenta": "la presidenta");
    None where that word is all there is ("señaló emocionada": the subject is elsewhere); else as it is."""
    ws = speaker.split()
    if not _PREDICATIVE.fullmatch(ws[0]) or is_role(ws[0]):
        return speaker
    if len(ws) == 1:
        return None
    return " ".join(ws[1:]) if ws[1].casefold() in speaker_roles.ARTICLES else speaker
