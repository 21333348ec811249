"""Whom a quote's words are addressed to, never who speaks them: a name after a preposition of address ("sent a
telegram to X: «…»", "a écrit à X :", "schrieb an X:"), after a title there ("wrote to Pope X:"), or after the bare
"a" of Italian, Spanish and Portuguese before a title ("si è rivolto anche a Papa X:"). ``addressed`` gives the
sentence's own subject instead (lexicon addressee_prepositions)."""

from __future__ import annotations

import re

from provenance import lexicon
from provenance.pipeline.speaker_phrases import VERB_ANY as _VERB_ANY
from provenance.pipeline.speaker_roles import ACCORDING_PHRASES, is_role
from provenance.pipeline.speaker_subjects import SENTENCE_BREAK, sentence_subject

_ADDRESSEE = frozenset(w.casefold() for w in lexicon.words("addressee_prepositions"))


def addressed(
    found: tuple[str | None, tuple[int, int] | None], before: str, offset: int
) -> tuple[str | None, tuple[int, int] | None]:
    """A speaker found before a quote, or, where a preposition of address stands before it or before the phrase
    it is in apposition to, the subject of its sentence: "Putin sent a telegram to X: «…»", "a écrit à X :", "à la
    direction de l'Iran, X :" name whom the words are for; "according to X:" credits X."""
    if found[0] is None or found[1] is None:
        return found
    lead_in = before[: max(0, found[1][0] - offset)]
    lead = lead_in.rstrip()
    ws = lead.split()
    role = re.split(r"['’]", ws[-2])[-1] if len(ws) > 1 else ""  # "L'assessore alla Mobilità X": a role's field
    addressee = bool(ws) and ws[-1].casefold() in _ADDRESSEE and not is_role(role)
    clause = SENTENCE_BREAK.split(lead)[-1].split("\n")[-1]  # the quote's own sentence and line
    addressee = addressee or _titled_addressee(ws, found[0], clause)
    words = clause[:-1].split(",")[-1].split() if clause.endswith(",") else []  # the phrase the name is apposed to
    k = max((k for k, w in enumerate(words) if w.casefold() in _ADDRESSEE), default=-1)
    # ... the object of a clause with its own named subject ("Le président X a écrit à la direction de l'Iran, Y :"),
    # not a participle's ("Speaking to reporters, Y:")
    # (a lone lower-case word after the preposition is an infinitive's: "When X tried to respond, Y interrupted")
    phrase = words[k + 1 :]
    addressee_phrase = len(phrase) > 1 or (bool(phrase) and phrase[0][:1].isupper())
    apposed = k > 0 and any(w[:1].isupper() for w in words[1:k]) and not any(map(_VERB_ANY.fullmatch, words[k:]))
    apposed = apposed and addressee_phrase
    if (addressee or apposed) and not lead.casefold().endswith(ACCORDING_PHRASES):
        np_, _ = sentence_subject(lead_in, offset)
        at = lead_in.rfind(np_) if np_ else -1
        return (np_, (offset + at, offset + at + len(np_))) if np_ and at >= 0 else (None, None)
    return found


def _titled_addressee(ws: list[str], name: str, clause: str) -> bool:
    """A title between a preposition of address and the name ("wrote to Pope X:"), or the bare "a" of Italian,
    Spanish and Portuguese before a title and the name where the clause has a named subject before it and no verb
    of saying right before the "a" ("Il presidente X si è rivolto anche a Papa Y:"): Y is addressed, not speaking.
    (Bare "a" is the English article too; "said a spokesman X:" has the verb before it.)"""
    if len(ws) < 3:
        return False
    title = ws[-1][:1].isupper() and is_role(ws[-1])
    if title and ws[-2].casefold() in _ADDRESSEE and not is_role(re.split(r"['’]", ws[-3])[-1]):
        return True  # "to Pope X": the title written before the name the speaker reading found
    named = name.split()
    if ws[-1] != "a" or len(named) < 2 or not is_role(named[0]) or _VERB_ANY.fullmatch(ws[-2]):
        return False
    head = clause.split()[1:-1]  # the clause's words after its first, up to the "a"
    return any(w[:1].isupper() and not is_role(w) for w in head)
