"""Quotes that take the speaker of another: one that shares its sentence's attribution with the next ("“A” and
“B”, she said"), and one whose words a credited quote repeats (a headline's phrase of the body's quote)."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from provenance.text import tokens

if TYPE_CHECKING:
    from provenance.pipeline.quotes import RawQuote


# Two quotes at most this far apart, joined by a comma or a conjunction, are one sentence's
# ("“A” ve “B” iddiaları olduğunu belirtti", "“A” and “B”, she said"): the room for a conjunction and a comma.
SHARED_SENTENCE_GAP_CHARS = 12
# a comma, "and", "ve", "и" on one line: no colon, no full stop, no words of its own
_JOINED = re.compile(r"(?:[^\S\n]|,)*(?:\w{1,4}(?:[^\S\n]|,)+)?")


def sentence_shared(text: str, quotes: list[RawQuote]) -> list[RawQuote]:
    """A quote without a speaker takes the one its sentence gives the next quote: the attribution closes both."""
    for k in range(len(quotes) - 2, -1, -1):
        q, nxt = quotes[k], quotes[k + 1]
        gap = text[q.end + 1 : max(q.end + 1, nxt.start - 1)]
        if (
            q.speaker is None and nxt.speaker is not None and len(gap) <= SHARED_SENTENCE_GAP_CHARS
            and _JOINED.fullmatch(gap)
        ):  # fmt: skip
            quotes[k] = replace(q, speaker=nxt.speaker, speaker_span=nxt.speaker_span)
    return quotes


# A quote repeats another when a run of this share of its words (two at least: a single word, "treason", is a
# term many speakers use) recurs in order inside the other: a headline adds an article or drops one
# ("Ein Dolchstoß in den Rücken" over the body's "Dolchstoß in den Rücken").
ECHO_MIN_WORDS = 2
ECHO_MIN_SHARE = 0.75
# A repeated phrase is a headline's or a lede's: longer quotes are not compared (their cost grows with the square).
ECHO_MAX_WORDS = 30


def _echo_words(text: str) -> tuple[str, ...]:
    # the comparison form of each word, with the dot of a capital "İ" dropped ("BİR" in a headline is "bir")
    return tuple(t.norm.replace("\u0307", "") for t in tokens(text))


def echoes(quotes: list[RawQuote]) -> list[RawQuote]:
    """A quote without a speaker whose words recur, in order, inside a quote that has one takes its speaker: a
    headline or a lede repeating a phrase of the quote the body credits ("«The city held out»: what we know"
    above "«The city held out tonight», the mayor said"). Where quotes of two speakers hold the phrase, or the
    phrase sits inside the very quote that holds it, the quote keeps no speaker."""
    words = [_echo_words(q.text) for q in quotes]
    joined = [f" {' '.join(ws)} " for ws in words]
    for k, q in enumerate(quotes):
        n = len(words[k])
        if q.speaker is not None or not ECHO_MIN_WORDS <= n <= ECHO_MAX_WORDS:
            continue
        need = max(ECHO_MIN_WORDS, math.ceil(ECHO_MIN_SHARE * n))
        runs = [f" {' '.join(words[k][i : i + need])} " for i in range(n - need + 1)]
        found = {
            o.speaker for j, o in enumerate(quotes)
            if j != k and o.speaker is not None and not (o.start <= q.start and q.end <= o.end)
            and any(r in joined[j] for r in runs)
        }  # fmt: skip
        if len(found) == 1:
            quotes[k] = replace(q, speaker=found.pop(), speaker_span=None)
    return quotes
