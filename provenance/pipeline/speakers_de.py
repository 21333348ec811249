"""German word order for speakers: the finite verb comes second, so an adverbial that opens the sentence puts
the subject after the speech verb ("Angesichts der Lage sagte Generalsekretärin Jane Doe: „…“"). The openers
are data (``speaker_fronted.de``); the rest of the speaker rules are in ``speakers``."""

from __future__ import annotations

import re

from provenance import lexicon
from provenance.pipeline.speaker_phrases import _alternation, _has_name, _role_only

# German roles close compounds too ("UN-Generalsekretär", "Außenministerin"): a word holding one is a title.
_TRAILING_ROLE = re.compile(rf"^(?:\S*(?i:{_alternation(frozenset(lexicon.words('person_roles', 'de')))})\w*\s+)+")
# After an opener, the phrase from the speech verb to the colon or comma is the speaker.
_FRONTED_DE = frozenset(lexicon.words("speaker_fronted", "de"))
_VERB_DE = _alternation(frozenset(lexicon.words("speech_verbs", "de")))
_V2_DE = re.compile(rf"^(?P<head>\S+)[^:,\"“”«»„]*?\s(?P<verb>{_VERB_DE})\s+(?P<np>[^,:;\"“”«»„]{{2,80}}?)\s*[:,]\s*$")


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
