"""Speakers sentence frames put apart from the quote: an outlet relaying another's words ("the president said
…, CNN reports: «…»": the subject of the sentence's own verb of saying; "…, the agency quoted the minister as
saying": the one quoted; lexicon ``quoted_as_saying``), and a German perfect that closes its
sentence after the quote ("Jane Roe hat das Abkommen als „gute Nachricht“ bezeichnet.": the subject before the
auxiliary; lexicons ``speech_past_participles.de``, ``perfect_auxiliaries.de``). Read by
:func:`provenance.pipeline.resolve.attribute`.
"""

from __future__ import annotations

import re

from provenance import lexicon
from provenance.pipeline.markers._base import OUTLETS, QUOTED_AS_SAYING
from provenance.pipeline.speaker_phrases import _FULL_NAME, sentence_start
from provenance.pipeline.speaker_segments import subject_in as _subject_in
from provenance.pipeline.speakers import VERB_ANY as _VERB_ANY
from provenance.pipeline.speakers import _subject_of_last_verb
from provenance.text import word_trie


def relayed(
    text: str,
    speaker: str | None,
    span: tuple[int, int],
    previous: tuple[int, str | None] | None = None,
    start: int = 0,
) -> tuple[str | None, tuple[int, int]]:
    """The one who spoke where the speaker found relays: the one it quotes as saying, else, for an outlet, the
    subject of the sentence's own verb of saying (:func:`relayed_speaker`), else the speaker of the quote before
    on the same line (``previous``: its end and speaker; ``start``: this quote's; "X said “…” and that “…”,
    according to the agency"); else the speaker found."""
    at = text.find(speaker, span[0]) if speaker else -1
    quoted = next((m for rx in _QUOTED_AS_SAYING if (m := rx.match(text, at + len(speaker or ""))) is not None), None)
    if at >= 0 and quoted and not _VERB_ANY.search(quoted.group("who")):
        who = quoted.group("who")
        return _OBJECT_PRONOUNS.get(who.lower(), who), (quoted.start("who"), quoted.end("who"))
    if listed_outlet(speaker) and (found := relayed_speaker(text, span)):
        return found
    if speaker and previous and previous[1] and outlet_named(speaker) and "\n" not in text[previous[0] : start]:
        return previous[1], span
    return speaker, span


def outlet_named(speaker: str) -> bool:
    """The speaker phrase is an outlet's name, alone or in a few words around it ("the Reuters news agency";
    lexicon ``outlets``): an outlet relays words, it does not speak them."""
    words = re.findall(r"[\w'’.-]+", speaker)
    return listed_outlet(speaker) or (
        len(words) <= OUTLET_PHRASE_WORDS and any(w in OUTLETS and len(w) > 3 for w in words)
    )


def listed_outlet(speaker: str | None) -> bool:
    """An outlet's name as the lexicon writes it, or with its article in lower case inside a sentence ("the Times")."""
    name = (speaker or "").strip()
    return bool(name) and (name in OUTLETS or (name.startswith("the ") and f"T{name[1:]}" in OUTLETS))


# An outlet credited at a sentence's end, after a comma: the story's carrier, no speaker of its own ("…, Trend
# reports.", "…, reports Orlin News.", "…, передает Интерфакс."): English "reports", and the verbs said of media only.
_MEDIA_ONLY = lexicon.table("marker_media_verbs")
_CREDIT_VERBS = ("reports", "reported", *(verb for verb, kind in _MEDIA_ONLY.items() if kind == "any"))


_VERBS = "|".join(map(re.escape, _CREDIT_VERBS))
_VIA = r"\s+(?:via|citing|quoting)"  # "…, X reports via CNN.": X and CNN carry it
_NAME_THEN_VERB = re.compile(rf"\s+(?:{_VERBS})(?:{_VIA}\s+[^,;]{{1,40}})?")  # after the name: "… reports (via CNN)"
_VERB_THEN_NAME = re.compile(rf"[,;]\s*(?:(?:{_VERBS})|\S.{{0,40}}?\s+(?:{_VERBS}){_VIA})\s+$")  # before it


def credited_outlet(sentence: str, name: str) -> bool:
    """``name`` is an outlet the sentence credits at its end (see _CREDIT_VERBS), whatever it is called."""
    tail = sentence.rstrip(" .;\n")
    at = tail.rfind(name)
    if at < 0 or (at and tail[at - 1].isalnum()):
        return False
    before, after = tail[:at], tail[at + len(name) :]
    if not after:  # "…, reports X", "…, Y reports via X"
        return _VERB_THEN_NAME.search(before) is not None
    return before.rstrip().endswith((",", ";")) and _NAME_THEN_VERB.fullmatch(after) is not None


# The words an outlet's name may stand among in a speaker phrase ("the Reuters news agency").
OUTLET_PHRASE_WORDS = 4
_QUOTED_AS_SAYING = tuple(re.compile(rf"[ \t]+{frame}", re.I) for frame in QUOTED_AS_SAYING)
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


def relayed_speaker(text: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]] | None:
    """ "президент сообщил, что …, передает CNN: «…»": the outlet relays; the subject of the sentence's speech verb
    before the outlet's own (beside it) speaks."""
    s0 = sentence_start(text, span[0])
    verbs = [m for m in _VERB_ANY.finditer(text, s0, span[0]) if text[m.end() : span[0]].strip(" ,")]
    found = _subject_of_last_verb(text[s0 : verbs[-1].end()], s0) if verbs else (None, None)
    if verbs and not found[0] and (pro := _PRONOUN_AFTER_VERB.match(text, verbs[-1].end(), span[0])):
        found = pro.group("pro"), pro.span("pro")  # "warnte er vor „…“, wie CNN berichtet": the inverted pronoun
    return found if found[0] and found[1] and found[0] not in OUTLETS else None  # type: ignore[return-value]


# A personal pronoun right after the verb (the subject inverted after a fronted phrase: "In einem Post warnte er").
_PRONOUN_AFTER_VERB = re.compile(rf"\s+(?P<pro>(?i:{word_trie(lexicon.words_all('pronouns'))}))(?!\w)")


_PARTICIPLES = word_trie(lexicon.rows("speech_past_participles", "de"))
_PARTICIPLE_CLOSE = re.compile(rf"[\"“”„«»‘’']?[ \t]*(?:{_PARTICIPLES})[ \t]*[.!?]")
_AUXILIARY = re.compile(rf"(?<!\w)(?:{'|'.join(lexicon.rows('perfect_auxiliaries', 'de'))})(?!\w)")


def perfect_subject(text: str, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """The subject of a German perfect whose participle of saying closes the quote's sentence."""
    if not _PARTICIPLE_CLOSE.match(text, end):
        return None
    s0 = sentence_start(text, start)
    aux = _AUXILIARY.search(text, s0, start)
    found = _subject_in(text[s0 : aux.start()], s0) if aux else (None, None)
    return found if found[0] and found[1] else None  # type: ignore[return-value]


def perfect_clause_subject(sentence: str, verb: tuple[int, int]) -> str | None:
    """The subject of a German perfect whose participle of saying (at ``verb``) closes ``sentence`` ("Jane Roe hat
    am Sonntag ihren Rückzug erklärt."): the words before the auxiliary, not the nouns before the participle."""
    if sentence[verb[1] :].strip(" \t.!?"):
        return None
    aux = _AUXILIARY.search(sentence, 0, verb[0])
    found, _ = _subject_in(sentence[: aux.start()], 0) if aux else (None, None)
    return found


# A passive verb of saying and its agent ("was read Monday by Cardinal Jan Marek", "annoncée par le cardinal Jan
# Marek", "vom Leiter, Kapitän Jan Marek, mitgeteilt"; lexicon ``passive_agents``): the verb before the agent
# (a word or two between), or a German participle closing the clause after it.
_AGENTS = word_trie(lexicon.rows("passive_agents"))
_AGENT_AFTER_VERB = re.compile(rf"(?:[\w'’]+\s+){{0,2}}?(?:{_AGENTS})\s+(?P<np>[^.;:!?\"“”«»„\n]{{2,120}})", re.I)
_AGENT_BEFORE_PARTICIPLE = re.compile(
    rf"(?<!\w)(?:vom|von)\s+(?P<np>[^.;:!?\"“”«»„\n]{{2,120}}?)\s*"
    rf"(?:{_PARTICIPLES})\s*[.;]?\s*$"
)
# The name is among the agent phrase's first words ("by the diocese's chamberlain, Cardinal Jan Marek"), no later.
AGENT_NAME_WITHIN_WORDS = 6


def passive_agent(sentence: str) -> str | None:
    """The person a passive verb of saying in ``sentence`` names as its agent: the first full name of the agent
    phrase (with its title: "Cardinal Jan Marek"); None where the sentence has no such verb or names nobody."""
    found = [m for v in _VERB_ANY.finditer(sentence) if (m := _AGENT_AFTER_VERB.match(sentence, v.end() + 1))]
    found += [m for m in [_AGENT_BEFORE_PARTICIPLE.search(sentence)] if m]
    for m in found:
        name = _FULL_NAME.search(m.group("np"))
        lead = m.group("np")[: name.start()] if name else ""
        # after a comma, only a title before the name: "by his spokesperson, after this West Borean country …" moved on
        apart = "," in lead and any(w[:1].islower() for w in lead.rsplit(",", 1)[1].split())
        if name and len(lead.split()) <= AGENT_NAME_WITHIN_WORDS and not apart:
            return name.group()
    return None
