"""Speakers in Hindi and Marathi, which write no capitals: the ergative subject before a verb of saying closing
the clause before the quote ("पुतिन ने अपने संदेश में कहा, “…”", "PM मोदी ने कहा", "प्रधानमंत्री यांनी म्हटले"), and
the pronoun that stands for the one named before ("उन्होंने कहा:"). Lexicons ``speech_verbs.hi``, ``speaker_stops.hi``,
``pronouns.hi``.
"""

from __future__ import annotations

import re

from provenance import lexicon
from provenance.text import INDIC_LETTER, word_trie

_VERBS = word_trie(frozenset(lexicon.words("speech_verbs", "hi")))
_STOPS = frozenset(lexicon.words("speaker_stops", "hi"))
# The ergative "ने" (Marathi "यांनी", "नी") after the subject, then at most this many characters of the clause
# ("अपने संदेश में") before the verb of saying, which closes the clause before the quote.
CLAUSE_CHARS = 80
# The subject's words: up to four, none of them a mark.
_NP = r"(?P<np>[^\s।.!?:\"“”«»,]+(?:\s+[^\s।.!?:\"“”«»,]+){0,3})"
_SAID = re.compile(rf"{_NP}\s+(?:ने|यांनी|नी)\s+[^।.!?\"“”«»]{{0,{CLAUSE_CHARS}}}?(?<!\S)(?:{_VERBS})\s*[,:]?\s*$")
# The ergative pronouns ("उन्होंने", Marathi "त्यांनी"): the one named before (lexicon ``pronouns.hi``).
_PRONOUN_SAID = re.compile(
    rf"(?:^|\s)(?:{word_trie(frozenset(lexicon.words('pronouns', 'hi')))})\s+[^।.!?\"“”«»]{{0,{CLAUSE_CHARS}}}?"
    rf"(?<!\S)(?:{_VERBS})\s*[,:]?\s*$"
)


def hindi_speaker(sentence: str, s_off: int) -> tuple[str | None, tuple[int, int] | None]:
    """The subject of the verb of saying that closes ``sentence`` (the text before a quote, starting at ``s_off``):
    the words before the ergative "ने" back to a stop word or a mark; "he" for "उन्होंने"; (None, None) otherwise."""
    if not INDIC_LETTER.search(sentence):
        return None, None
    if (p := _PRONOUN_SAID.search(sentence)) is not None:
        return "he", (s_off + p.start(), s_off + p.end())
    m = _SAID.search(sentence)
    if m is None:
        return None, None
    np_ = _past_stops(m.group("np"))
    if np_ is None:
        return None, None
    at = sentence.rfind(np_, m.start("np"), m.end("np"))
    return np_, (s_off + at, s_off + at + len(np_))


def _past_stops(phrase: str) -> str | None:
    """The words of ``phrase`` after its last stop word ("इस मौके पर | PM मोदी"), where one of them is Indic."""
    words = phrase.split()
    words = words[max((k + 1 for k, w in enumerate(words) if w in _STOPS), default=0) :]
    return " ".join(words) if any(INDIC_LETTER.match(w) for w in words) else None


# The ergative subject of any verb ("पीएम मोदी ने … लाइव देखा"): who a sentence before a pronoun's quote is about.
_ERGATIVE = re.compile(rf"{_NP}\s+(?:ने|यांनी)(?!\S)")


def ergative_subject(sentence: str) -> str | None:
    """The named subject before the first ergative "ने" of a Hindi or Marathi sentence, back to a stop word."""
    m = _ERGATIVE.search(sentence) if INDIC_LETTER.search(sentence) else None
    return _past_stops(m.group("np")) if m else None
