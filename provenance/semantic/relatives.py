"""Negations inside a relative clause: "neighbouring countries that had not previously reported cases", "страны,
которые не сообщали о случаях" describe the noun the clause hangs on; they deny nothing the sentence claims. A claim
that cases "have been reported" is not contradicted by them. Nor by a negated infinitive ("every tenant's right to
not be evicted", "urged them not to strike"): a right, a call or a purpose, no fact. Read by
:mod:`provenance.semantic.claims`."""

from __future__ import annotations

import re

from provenance import lexicon
from provenance.pipeline.speaker_phrases import VERB_ANY

_OPENERS = frozenset(w.casefold() for w in lexicon.words_all("relative_openers"))
# Words that, between the opener and the negation, show a clause with a subject of its own: what was said ("briefing
# that they are not", "that the meetings are not"), not a relative clause.
_SUBJECTS = frozenset(
    w.casefold()
    for w in lexicon.words_all("pronouns") | lexicon.words_all("person_pronouns")
    | lexicon.words("definite_articles") | lexicon.words("indefinite_articles")
)  # fmt: skip
# At most this many words between the opener and the negation: an auxiliary and an adverb ("that had not", "qui
# n'avaient pas", "die bisher keine"); a longer run holds a subject.
RELATIVE_GAP_WORDS = 2
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|,")
_BOUNDARY = re.compile(r"[.;:!?\n]")


# The endings of an adverb of manner between a verb of saying and its "that" ("state unequivocally that",
# "affirmer clairement que", "dijo claramente que"; English -ly, French -ment, Spanish, Italian, Portuguese -mente).
_ADVERB_ENDINGS = ("ly", "ment", "mente")


def in_relative_clause(text: str, negation_end: int) -> bool:
    """Whether the negation word that ends at ``negation_end`` stands in a relative clause: a relative opener at most
    ``RELATIVE_GAP_WORDS`` words before it, none of them a subject, and no verb of saying before the opener (which
    makes "that" and "que" open what was said)."""
    head = text[:negation_end]
    cut = max((m.end() for m in _BOUNDARY.finditer(head)), default=0)
    toks = _TOKEN.findall(head[cut:])[:-1]  # the words before the negation word, in its sentence
    for gap, k in enumerate(range(len(toks) - 1, -1, -1)):
        w = toks[k].casefold()
        if w == ",":
            return False
        if w in _OPENERS:
            before = [t for t in reversed(toks[:k]) if t != ","][:2]
            if len(before) == 2 and before[0].casefold().endswith(_ADVERB_ENDINGS):
                before = before[1:]  # "state unequivocally that no …": the verb before its adverb
            return bool(before) and not VERB_ANY.fullmatch(before[0])
        if gap == RELATIVE_GAP_WORDS or w in _SUBJECTS or toks[k][:1].isupper():
            return False
    return False


_INFINITIVE = [row.split("\t") for row in lexicon.rows("negation_infinitive_markers", ext="tsv")]
_BEFORE = frozenset(w.strip() for w, where in _INFINITIVE if where.strip() == "before")
_AFTER = frozenset(w.strip() for w, where in _INFINITIVE if where.strip() == "after")
_PARTICLES = frozenset(w.strip() for w, where in _INFINITIVE if where.strip() == "particle")


def in_infinitive(text: str, negation_end: int) -> bool:
    """Whether the negation word that ends at ``negation_end`` negates an infinitive: an infinitive's marker right
    before it ("to not be", "de ne pas") or right after it ("not to", "nicht zu"), lexicon
    ``negation_infinitive_markers``."""
    before = _TOKEN.findall(text[max(0, negation_end - 30) : negation_end])[:-1]  # (the negation word itself last)
    if before and before[-1].casefold() in _PARTICLES:  # "de ne | pas"
        before = before[:-1]
    after = _TOKEN.findall(text[negation_end : negation_end + 20])
    return bool(before and before[-1].casefold() in _BEFORE) or bool(after and after[0].casefold() in _AFTER)
