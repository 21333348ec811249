"""Which words and which sources can show a claim added or contradicted: a sentence that reports what someone said
("… reiterated that it had no troops there"), or holds one end of a quotation (:func:`quotation_part`), is that
side's word, not the article's claim; a source cut off
mid-sentence (an excerpt a store or an editor cut) cannot show that its speaker never said something past the cut.
Read by :mod:`provenance.semantic.claims`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from provenance import lexicon
from provenance.pipeline.speaker_phrases import VERB_ANY

if TYPE_CHECKING:
    from provenance.pipeline.align import PreparedSource

# Complementisers, every language ("that", "что", "que"): after a verb of saying, what follows is its report.
_COMPLEMENTISER = re.compile(
    rf"(?<![\w-])(?:{'|'.join(map(re.escape, lexicon.words_all('complementisers')))})(?![\w-])", re.I
)
# Characters before a complementiser the verb of saying is looked for in ("has repeatedly said that").
REPORTED_VERB_CHARS = 40
# ... or a subject pronoun right after the verb, the complementiser left out ("the operator said it is yet to be
# decided …", "sagte, er sei …"): lexicons pronouns.en, pronouns.de.
_PRONOUN_AFTER = re.compile(
    rf"\s*,?\s+(?:{'|'.join(map(re.escape, lexicon.words('pronouns', 'en') | lexicon.words('pronouns', 'de')))})\s",
    re.I,
)


def reported(text: str) -> bool:
    """Whether a sentence reports what someone said: a verb of saying right before a complementiser ("and
    reiterated that", "заявил, что") or a subject pronoun ("said it is"), whoever its subject is (an attribution
    the markers did not read)."""
    for m in _COMPLEMENTISER.finditer(text):
        head = text[max(0, m.start() - REPORTED_VERB_CHARS) : m.start()].rstrip(" ,")
        if any(v.end() == len(head) for v in VERB_ANY.finditer(head)):
            return True
    return any(_PRONOUN_AFTER.match(text, v.end()) for v in VERB_ANY.finditer(text))


# Words from which a last line without a stop is a sentence cut short, not a signature ("Media contact: press
# office, X") or a contact line; and from which the line before it, without a stop either, was wrapped by hand.
CUT_OFF_MIN_WORDS, WRAPPED_LINE_MIN_WORDS = 15, 8
_LAST_FUNCTION_WORDS = frozenset(w.casefold() for w in lexicon.words("stopwords") | lexicon.words_all("function_words"))


def cut_off(src: PreparedSource) -> bool:
    """A source whose text ends mid-sentence: its last line has no closing stop, and ends on a function word ("…
    As part of"), is a long sentence, or goes on a long line wrapped by hand ("… the enemy's" over "po"): an excerpt,
    cut off. A short last line without a stop is a signature or a contact line."""
    lines = [ln.strip() for ln in src.text.rstrip().split("\n")]
    line = lines[-1].rstrip("\"”»’')]")
    if not line or line[-1] in ".!?…。؟:":
        return False
    words = line.split()
    before = lines[-2] if len(lines) > 1 else ""
    wrapped = bool(before) and before[-1] not in ".!?…。؟:\"”»’')]" and len(before.split()) >= WRAPPED_LINE_MIN_WORDS
    return words[-1].casefold() in _LAST_FUNCTION_WORDS or len(words) >= CUT_OFF_MIN_WORDS or wrapped


def quotation_part(sentence: str) -> bool:
    """The sentence holds one end of a quotation whose other end is in another sentence: a mark left over when its
    pairs ("…", “…”, „…“, «…», »…«) are taken out (a quote of several paragraphs written without the mark that
    reopens each: '… Safer together," X wrote.')."""
    rest = _PAIRED_QUOTE.sub("", sentence)
    while (shorter := _PAIRED_QUOTE.sub("", rest)) != rest:
        rest = shorter
    return any(c in _QUOTE_MARKS for c in rest)


_PAIRED_QUOTE = re.compile(r'"[^"]*"|„[^„“”]*[“”]|“[^“”„]*”|«[^«»]*»|»[^«»]*«')
_QUOTE_MARKS = frozenset('"“”„«»')
