"""Word orders around a speech verb that hide or fake its subject: a linking phrase before a verb whose subject the
language drops ("Luego, afirmó que …"), a prepositional phrase before a verb-second order whose subject follows the
verb ("Vor Reportern sprach er von …"), and an object after an inverted subject ("comentou o presidente a
ocorrência"). Part of the speaker stage (:mod:`provenance.pipeline.speakers`)."""

from __future__ import annotations

import re

from provenance.pipeline import speaker_roles
from provenance.pipeline.speaker_phrases import _ADVERBS, _PRONOUNS, _TAIL_PREPOSITIONS, LOCATED_DOCUMENT, OPENERS


def opener_end(sentence: str) -> int:
    """Where the linking phrase opening ``sentence`` ends ("Luego, ", "Así, ", "En el mismo sentido "; lexicon
    discourse_openers), with the comma and spaces after it; 0 where none opens it."""
    words = list(re.finditer(r"[^\s,]+,?", sentence[:80]))
    for k in range(min(len(words), 4), 0, -1):
        if tuple(w.group().strip(",").casefold() for w in words[:k]) in OPENERS:
            end = words[k - 1].end()
            return end + len(sentence[end:]) - len(sentence[end:].lstrip())
    return 0


def inverted_after_fronted(sentence: str, m: re.Match[str]) -> str | None:
    """The pronoun right after the verb where a prepositional phrase opens the sentence before it: a verb-second
    order whose subject follows the verb ("Vor Medienvertretern sprach er von …"), the phrase no subject."""
    lead = m.group("np").split()
    after = re.match(r"[ \t]+(\w+)(?=[ \t,])", sentence[m.end("verb") :])
    if not lead or lead[0].casefold() not in _TAIL_PREPOSITIONS or after is None:
        return None
    return after.group(1) if after.group(1).lower() in _PRONOUNS else None


# A document in the inessive ("beszédében", "in her speech") fronted before the verb (lexicon
# speech_documents_located): the speaker follows the verb ("… mondta azt X, hogy") or is the one named before.
SMALL_WORD_CHARS = 2  # a particle between the document and the verb ("is", "also")


def located_document(word: str) -> bool:
    """A document noun in the inessive ("beszédében", "Facebook-posztjában": a compound's last part)."""
    return LOCATED_DOCUMENT.fullmatch(word.strip(",;:").rsplit("-", 1)[-1]) is not None


def fronted_document(sentence: str, verb_start: int, verb_end: int) -> tuple[str, int, int] | None:
    """Where the words before the verb (in its clause) end in a document in the inessive, the subject after the
    verb (its phrase, with where it starts and ends in ``sentence``), or "he" (the subject dropped: the last
    speaker goes on) where no one follows before the clause ends."""
    lead = re.split(r"[,.;:!?\n\"“”«»„]", sentence[:verb_start])[-1].split()
    while lead and (lead[-1].casefold() in _ADVERBS or len(lead[-1]) <= SMALL_WORD_CHARS):
        lead.pop()  # "Beszédében azt is elmondta": the adverbs between the document and the verb
    if not lead or not located_document(lead[-1]):
        return None
    tail = re.split(r"[,:;.!?\n\"“”«»„]", sentence[verb_end:], maxsplit=1)[0]
    words = [w for w in tail.split() if w.casefold() not in _ADVERBS]
    if not words:
        return "he", verb_start, verb_end
    if not all(w[:1].isupper() for w in words):
        return None
    at = sentence.index(words[0], verb_end)
    return " ".join(words), at, at + len(" ".join(words))


_CONTENT_MIN_CHARS = 5  # a noun or an adjective before the article; "de", "ante", "sur" link a phrase's own parts


def without_object(np_: str | None) -> str | None:
    """An inverted subject without the object after it: an article after a word in lower case that is no
    preposition opens another phrase ("comentou o presidente francês a ocorrência": the president)."""
    ws = (np_ or "").split()
    for k in range(2, len(ws)):
        before = ws[k - 1]
        if ws[k].lower() in speaker_roles.ARTICLES and before.islower() and len(before) >= _CONTENT_MIN_CHARS:
            return " ".join(ws[:k]) if before not in _TAIL_PREPOSITIONS else np_
    return np_
