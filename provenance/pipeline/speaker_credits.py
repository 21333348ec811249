"""Credits after a quote: the sentence right after a quote points back at it and names who said it ("«…». Lo ha
detto il ministro X", "„…“ Das sagte Ministerin X", "«…». Con queste parole il cardinale X ha annunciato …",
"Ce sont les mots de X"; lexicon ``credit_after.LANG.tsv``). The Ukrainian and Russian "Про це заявив X" and the
English "This was stated by X" are the attribution markers' (:func:`provenance.pipeline.markers.attribution.
about_this_after`). Read by :func:`provenance.pipeline.resolve.attribute` where nothing else names the speaker.
"""

from __future__ import annotations

import itertools
import re

from provenance import lexicon
from provenance.pipeline.markers._base import OUTLETS
from provenance.pipeline.markers.attribution import after_quote
from provenance.pipeline.speaker_phrases import _DEFINITE, _FULL_NAME, _clean_np, _has_name, _role_only, _words
from provenance.pipeline.speaker_roles import _WORD, SUBJECT_ARTICLES, is_role
from provenance.pipeline.speakers import VERB_ANY, _speaker_after
from provenance.text import word_trie

# How many words may stand between a "with these words" opener and the verb of saying its subject goes with
# ("Con queste parole il cardinale camerlengo Mario Rossi ha annunciato": a role, a title and a full name).
SUBJECT_WORDS = 8

_KINDS = {
    phrase: kind
    for lang in lexicon.languages("credit_after")
    for phrase, kind in lexicon.table("credit_after", lang).items()
}


# The phrase opens its sentence (after the quote's end), as the lexicon writes it, and a word or its elision follows.
_OPENER = re.compile(rf"(?P<opener>{word_trie(frozenset(_KINDS))})(?:(?<=['’])|[ \t]+)(?=\w)")
_SENTENCE_END = re.compile(r"[.!?…\n]")
# An aside set off by commas right after the verb (", in una nota diffusa in serata,", ", su Facebook,"): 60 characters.
_ASIDE = re.compile(r"\s*,[^,]{1,60},")


def credited_after(text: str, pos: int) -> tuple[str, tuple[int, int]] | None:
    """The speaker the sentence right after a quote (ending at ``pos``) credits it to, and where that name stands;
    None where that sentence opens with no credit phrase or names no one."""
    at = after_quote(text, pos)
    m = _OPENER.match(text, at) if at is not None else None
    if m is None:
        return None
    kind, rest = _KINDS[m.group("opener")], m.end()
    end = _SENTENCE_END.search(text, rest)
    sentence = text[rest : end.start() if end else len(text)]
    verb = VERB_ANY.match(sentence)
    found: tuple[str | None, tuple[int, int] | None] = (None, None)
    if verb is not None and kind in ("verb", "subject", "ellipsis"):
        # "Lo ha detto il ministro X", "Mit diesen Worten verkündete Minister X": the subject after the verb
        found = _speaker_after(sentence, rest, verb_last=False)
        aside = _ASIDE.match(sentence, verb.end()) if found[0] is None else None
        if aside:  # "Lo ha confermato, in una nota, il sindaco X": past the aside
            found = _speaker_after(sentence[: aside.start()] + " " * len(aside.group()) + sentence[aside.end() :],
                                   rest, verb_last=False)  # fmt: skip
    elif kind == "subject":
        # "Con queste parole il cardinale X ha annunciato": the subject before the verb
        verb = VERB_ANY.search(sentence)
        head = sentence[: verb.start()] if verb else ""
        words = _words(head.strip(" ,"))
        np_ = _clean_np(words, leading=False) if verb and 0 < len(words) <= SUBJECT_WORDS else None
        if np_ and (s := text.find(np_, rest, rest + len(head))) >= 0:
            found = np_, (s, s + len(np_))
        elif (named := _named_subject(sentence)) is not None:
            # "With these words the spokesman Jane Doe opened the briefing": the words' owner is the subject,
            # whatever the verb; a full name says where the subject ends
            found = named[0], (rest + named[1], rest + named[1] + len(named[0]))
        elif (roled := _role_subject(sentence)) is not None:
            # "Con queste parole, pronunciate dalla Loggia …, il primo Papa americano, che …, ha delineato": the
            # first comma segment an article or a capital opens, up to its relative pronoun or auxiliary
            found = roled[0], (rest + roled[1], rest + roled[1] + len(roled[0]))
    elif (
        kind == "ellipsis"
        and (name := _FULL_NAME.search(sentence))
        and len(_words(sentence[: name.start()])) <= LEAD_WORDS
    ):
        found = name.group(), (rest + name.start(), rest + name.end())  # "Così il presidente X in una nota": no verb
    elif kind == "owner":
        np_ = _clean_np(_words(re.split(r"[,;:(]", sentence, maxsplit=1)[0]), leading=True)  # "Parole di X, …"
        if np_ and (s := text.find(np_, rest)) >= 0:
            found = np_, (s, s + len(np_))
    who, span = found
    if not who or span is None or who in OUTLETS or not (_has_name(who) or _role_only(who)):
        return None  # "Lo ha detto anche ieri", "Das sagte er": no one named (a pronoun is the speaker before's)
    name = _FULL_NAME.search(who)
    if name and who[name.end() :].strip() and who[name.end() :].split()[0][:1].islower():
        # "Así ha calificado Ivo Marek la revuelta": the verb's object follows its subject's name
        who = who[: name.end()]
    at = text.find(who, span[0])
    return who, (at, at + len(who)) if at >= 0 else span


# How many words may lead a full name in a "with these words" sentence's subject ("the spokesman", "il cardinale
# camerlengo"); the first of them may be the German verb before its subject ("Mit diesen Worten eröffnete …").
LEAD_WORDS = 4


def _named_subject(sentence: str) -> tuple[str, int] | None:
    """The subject of a sentence opened by "with these words" where it holds a full name: the name and the role
    words leading it ("the spokesman Jane Doe"), and where it starts; None where other words stand before it."""
    name = _FULL_NAME.search(sentence)
    if name is None:
        return None
    lead = list(_WORD.finditer(sentence, 0, name.start()))
    if len(lead) > LEAD_WORDS:
        return None
    led = [w.group().lower() in _DEFINITE or is_role(w.group()) for w in lead]  # an article or a role word
    first = led.index(True) if True in led else len(led)
    if first > 1 or not all(led[first:]) or (first == 1 and lead[0].group()[:1].isupper()):
        return None  # "With these words he thanked Jane Doe": another subject; one word first: the German verb
    start = lead[first].start() if first < len(lead) else name.start()
    return sentence[start : name.end()], start


# Where a "with these words" sentence's subject ends: a relative pronoun after it, or the auxiliary of its verb.
_SUBJECT_ENDS = frozenset(w.casefold() for w in lexicon.words_all("relative_pronouns")) | frozenset(
    w.casefold() for name in ("perfect_auxiliaries", "speaker_auxiliaries") for w in lexicon.words_all(name)
)
ROLE_SUBJECT_WORDS = 6


def _role_subject(sentence: str) -> tuple[str, int] | None:
    """The subject of a "with these words" sentence with no verb of saying and no full name: past the segments a
    participle or a preposition opens, the first comma segment, opened by an article or a capital, its shortest
    run of words that is a role, before a relative pronoun or an auxiliary ("il primo Papa …, che …, ha …", "the
    mayor opened …"); and where it starts."""
    for seg in re.finditer(r"[^,;]+", sentence):
        words = seg.group().split()
        if not words:
            continue
        if words[0][:1].islower() and words[0].casefold() not in SUBJECT_ARTICLES:
            continue  # "pronunciate dalla Loggia …", "nel suo primo saluto": no subject
        head = list(itertools.takewhile(lambda w: w.casefold() not in _SUBJECT_ENDS, words))[:ROLE_SUBJECT_WORDS]
        # the shortest run that is a role ("the mayor" of "the mayor opened the meeting"), capitals after it kept
        k = next((k for k in range(1, len(head) + 1) if _role_only(" ".join(head[:k]))), 0)
        while 0 < k < len(head) and head[k][:1].isupper():
            k += 1
        np_ = " ".join(head[:k]).strip(" .")
        return (np_, seg.start() + seg.group().index(head[0])) if np_ else None
    return None
