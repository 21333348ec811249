"""Words that join parts of one speaker phrase, or end it: read by ``speaker_phrases._clean_np``.

A conjunction may join two fields of one body's name ("department of international relations and cooperation"),
a subordinate clause may leave no subject ("al tiempo que"), French "que" elided before a vowel is glued to the
subject of its clause ("qu'elle"), and a body's seat after its name is no part of it ("con sede en La Haya"). Adverbs
may join the auxiliary and the participle of a verb of saying ("ha poi precisato").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from provenance import lexicon
from provenance.text import word_trie

# French "que" elided before a vowel, glued to the subject of the clause it opens ("qu'elle", "qu’il").
ELIDED_THAT = frozenset(("qu'", "qu’"))
# Conjunctions of several words that open a subordinate clause (lexicon conjunction_phrases), lower case.
_CONJUNCTION_PHRASES = tuple(sorted(lexicon.words_all("conjunction_phrases"), key=len, reverse=True))
# Words that join a body's noun to the fields it covers (lexicon body_name_links: "of", "de", "für").
_LINKS = frozenset(lexicon.words("body_name_links"))
_ARTICLES = frozenset(w.lower() for w in lexicon.words_all("definite_articles"))
# How far before an "and" the link may stand: "department of | international relations | and cooperation".
LINK_REACH = 3


def conjunction_only(words: Sequence[str], phrase: str) -> bool:
    """Whether the phrase kept of a verb-last subject is no more than a conjunction closing ``words`` ("al tiempo"
    of "al tiempo que")."""
    tail = " ".join(w.strip(",;:").lower() for w in words[-6:])
    low = phrase.lower()
    return any((tail == c or tail.endswith(" " + c)) and c.startswith(low) for c in _CONJUNCTION_PHRASES)


def fields_joined(after: Sequence[str], before: Sequence[str]) -> bool:
    """Read back from a verb: the lower-case words ``after`` an "and" and the words ``before`` it (nearest first)
    are two fields of one body's name ("international relations and cooperation" after "department of"): the
    words after it are lower case, and a link stands among the few before it, lower-case words between."""
    if not after or not all(w[:1].islower() for w in after):
        return False
    for w in before[:LINK_REACH]:
        bare = w.strip(",;:").lower()
        if bare in _LINKS:
            return True
        if not w[:1].islower() or w[-1:] in ",;:":
            return False
    return False


def fields_ahead(before: Sequence[str], nxt: str) -> bool:
    """Read on from a verb: the words ``before`` an "and" (in order) end in a body's link and its field, and the
    word after it, ``nxt``, is a field of the same case ("de Relaciones Internacionales | y | Cooperación")."""
    tail = [w.strip(",;:") for w in before[-LINK_REACH - 1 :]]
    at = max((k for k, w in enumerate(tail) if w.lower() in _LINKS), default=None)
    fields = tail[at + 1 :] if at is not None else []
    word = nxt.strip(",;:").lower()
    if not fields or not nxt[:1].isalpha() or word in _LINKS or word in _ARTICLES:
        return False
    return fields[-1][:1].isupper() == nxt[:1].isupper()  # the last field's case: "internationale Beziehungen"


# A body's seat after its name (lexicon seat_phrases: "based in", "con sede en", "mit Sitz in"), to the segment's end.
_SEAT = re.compile(
    rf"\s+(?:{'|'.join(re.escape(p) for p in sorted(lexicon.words('seat_phrases'), key=len, reverse=True))})\s.*$",
    re.I | re.S,
)


def without_seat(segment: str) -> str:
    """A subject segment without the body's seat after its name ("La corte con sede en La Haya" → "La corte")."""
    return _SEAT.sub("", segment)


_PREPOSITIONS = frozenset(w.lower() for w in lexicon.words_all("prepositions"))
# An English participle that opens an adverbial ("Sitting beside …", "Speaking to …"): this many letters at
# least, and a lower-case word after it ("King Charles", "Ding Xuexiang" are names).
PARTICIPLE_MIN_CHARS = 6


# An English past participle that opens an adverbial ("Named the Orlin Council …, the group said", "Backed by
# …", "Based in …"): this many letters at least, and an article or a preposition after it, which no name ending so
# has ("Fred said", "Zaved bin Orlan").
PAST_PARTICIPLE_MIN_CHARS = 5
_AFTER_PAST_PARTICIPLE = frozenset(
    w.lower()
    for concept in ("prepositions", "adverbial_prepositions", "definite_articles", "indefinite_articles",
                    "passive_agents", "addressee_prepositions", "naming_as")
    for w in lexicon.words_all(concept)
)  # fmt: skip


def _participle(ws: list[str]) -> bool:
    """The words open with an English participle: "-ing" before a word in lower case, "-ed" before an article or
    a preposition."""
    first = ws[0].lower()
    if first.endswith("ing") and len(first) >= PARTICIPLE_MIN_CHARS and ws[1].islower():
        return True
    past = (first.endswith("ed") and len(first) >= PAST_PARTICIPLE_MIN_CHARS) or first in _IRREGULAR_PARTICIPLES
    return past and ws[1] in _AFTER_PAST_PARTICIPLE


_IRREGULAR_PARTICIPLES = frozenset(lexicon.words("past_participles_irregular", "en"))  # "Chosen on Thursday"


def participle_opener(segment: str) -> bool:
    """A comma segment that opens with an English participle and goes on in lower case ("Speaking to reporters",
    "Referring to the fears of …", "Named the Orlin Council …"), or with a passive participle and its agent in any
    language ("Joint par POLITICO", "Consultado por EFE"): never the subject, with or without a name before the
    verb."""
    ws = segment.split()
    return len(ws) >= 2 and (_participle(ws) or _passive_agent(ws))


# Endings of past participles in French, Spanish, Portuguese, Italian and German ("joint", "interrogé",
# "consultado", "contattata", "befragt", "kontaktiert"): with an agent preposition after them, a passive phrase.
# (A given name before "von" ends otherwise: "Ursula von der Leyen".)
_PASSIVE_ENDINGS = (
    "é",
    "ée",
    "és",
    "ées",
    "oint",
    "ado",
    "ada",
    "ido",
    "ida",
    "ato",
    "ata",
    "ito",
    "ita",
    "agt",
    "iert",
)
_AGENT_PREPOSITIONS = frozenset(lexicon.words("agent_prepositions"))


def _passive_agent(ws: list[str]) -> bool:
    return ws[1].lower() in _AGENT_PREPOSITIONS and ws[0].lower().endswith(_PASSIVE_ENDINGS) and len(ws[0]) > 4


def adverbial(segment: str) -> bool:
    """A comma segment before a subject that opens with a preposition or an English participle ("Sitting beside
    Prime Minister X, the Secretary General said"): an adverbial, whatever names it holds, no subject."""
    ws = segment.split()
    if len(ws) < 2:
        return False
    return ws[0].lower() in _PREPOSITIONS or _participle(ws)


def object_apposition(head: str, at: int) -> bool:
    """The comma segment at ``at`` of a subject's ``head`` stands in apposition to the segment before it, which
    opens with a preposition ("… al nunzio apostolico, mons. X, il Pontefice esprime"): the name is that object's,
    and the role after it is the subject."""
    before = head[:at].rstrip(" ,،")
    last = re.split(r"[,،]", before)[-1].split() if before else []
    return len(last) >= 2 and last[0].lower() in _PREPOSITIONS


def inserted_verbs() -> str:
    """A compound past of a verb of saying with adverbs between its auxiliary and participle ("ha poi precisato",
    "a également déclaré", "ha trionfalmente commentato"; lexicons ``perfect_auxiliaries.LANG``,
    ``speech_verb_inserts.LANG``, whose rows opening with "*" are adverbs' endings), per language."""
    out = []
    for lang in sorted(lexicon.languages("speech_verb_inserts")):
        auxes = lexicon.words("perfect_auxiliaries", lang)
        parts = {
            v.split()[1] for v in lexicon.words("speech_verbs", lang) if v.count(" ") == 1 and v.split()[0] in auxes
        }
        rows = lexicon.words("speech_verb_inserts", lang)  # a row opening with "*" is an ending: "*mente"
        endings = [rf"\w+{re.escape(r[1:])}" for r in rows if r.startswith("*")]
        inserts = "|".join([word_trie([r for r in rows if not r.startswith("*")]), *endings])
        if parts:
            out.append(rf"(?:{word_trie(auxes)})(?:\s+(?:{inserts})){{1,2}}\s+(?:{word_trie(parts)})")
    return "|".join(out)


# A comma and a conjunction of contrast right after a quote's closing mark (lexicon adversative_conjunctions).
_ADVERSATIVE_AFTER = re.compile(
    rf"^\s*,?\s*(?:{'|'.join(map(re.escape, sorted(lexicon.words_all('adversative_conjunctions'), key=len)[::-1]))})\s",
    re.I,
)


def adversative_after(after: str) -> bool:
    """A clause of contrast opens right after the quote ("“…”, ma Lisbona afferma …"): its verb is its own."""
    return _ADVERSATIVE_AFTER.match(after) is not None
