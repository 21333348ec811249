"""A quote that goes on, or opens, with a sentence the source does not have at that place.

A statement an article quotes in two sentences ("Today the committee met and advised me … I have accepted that
advice.") may come from a source that has only the first: a transcript of a clip, an excerpt, a release that left
the second out. The alignment then pairs the quote's second sentence with whatever sentence the source goes on with
("The detection and rapid spread …") and reads a replacement: an alteration, which accuses the writer of changing the
speaker's words. Where the quote's words and the source's words there are each a sentence of their own and share no
content word, they are two sentences, not one changed: the quote's sentence is noted as not checked, as the words
past a cut-off source's end are (``align._variant_note``), and ``score`` lists the note as an info finding.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from provenance import lexicon
from provenance.pipeline.pieces import Op, PieceAlignment, PreparedSource
from provenance.text import Token

# A sentence of at least this many words is a statement of its own; two or three words replaced at a quote's end
# ("… said the minister" for "… the minister said") are a change within a sentence and stay one.
OTHER_SENTENCE_MIN_WORDS = 4

_STOP = lexicon.words("stopwords")
_ENDS = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")
# What marks a note of words the source does not carry there, for ``score`` to list (the cut-off notes say it too).
UNCHECKED = "not checked"


def _sentence_before(text: str, at: int) -> bool:
    """Whether the text before ``at`` ends a sentence (or nothing stands before it)."""
    head = text[max(0, at - 12) : at]
    return not head.strip() or bool(_ENDS.search(head))


def other_sentence(o: Op, p: PieceAlignment, src: PreparedSource, doc: str, q: str | None, s: str | None) -> str | None:
    """The note for a replacement that is a sentence of the quote's own against another of the source's, at the
    quote's end or its start; None for a change within a sentence."""
    toks = p.piece.toks
    if o.tag in ("replace", "quote_only") and _piece_apart(p, src, doc):  # "I have accepted that advice," after a
        whole = doc[toks[0].start : toks[-1].end]  # break in the quote, placed on a source's "that": in no source
        return f"“{whole}” is a sentence the source does not have here: {UNCHECKED}"
    if o.tag == "quote_only" and o.q2 - o.q1 >= OTHER_SENTENCE_MIN_WORDS and _sentence_added(o, toks, src, doc):
        return f"“{q}” is a sentence the source does not have here: {UNCHECKED}"
    if o.tag != "replace" or o.q2 - o.q1 < OTHER_SENTENCE_MIN_WORDS or o.s2 <= o.s1:
        return None
    if {t.norm for t in toks[o.q1 : o.q2]} - _STOP & set(src.norms[o.s1 : o.s2]):
        return None  # a content word in common: the same sentence, changed
    q_opens, s_opens = _sentence_before(doc, toks[o.q1].start), _sentence_before(src.text, src.toks[o.s1].start)
    tail = o.q2 == len(toks) and q_opens and s_opens  # (a later part of a split quote may be the sentence whole)
    q_closes = o.q2 < len(toks) and _sentence_before(doc, toks[o.q2].start)
    s_closes = o.s2 < len(src.toks) and _sentence_before(src.text, src.toks[o.s2].start)
    head = o.q1 == 0 and o.q2 < len(toks) and q_closes and s_closes
    if not (tail or head):
        return None
    return f"“{q}” is a sentence the source does not have here (it has “{s}”): {UNCHECKED}"


def _sentence_added(o: Op, toks: Sequence[Token], src: PreparedSource, doc: str) -> bool:
    """Quote words no source word stands against that are a sentence of the quote's own, at its end after a source
    sentence that ends there (or at the source's end), or at its start before one that starts there."""
    s_starts = o.s1 >= len(src.toks) or _sentence_before(src.text, src.toks[o.s1].start)
    if o.q2 == len(toks):
        return _sentence_before(doc, toks[o.q1].start) and s_starts
    return o.q1 == 0 and _sentence_before(doc, toks[o.q2].start) and s_starts


def _piece_apart(p: PieceAlignment, src: PreparedSource, doc: str) -> bool:
    """A part of a quote that opens a sentence of its own (after a break or an attribution inside the quote), of
    ``OTHER_SENTENCE_MIN_WORDS`` words or more, whose alignment keeps no content word of it: the source lacks it."""
    toks = p.piece.toks
    if len(toks) < OTHER_SENTENCE_MIN_WORDS or not _sentence_before(doc, toks[0].start):
        return False
    kept = {toks[k].norm for o in p.ops if o.tag == "equal" for k in range(o.q1, o.q2)}
    return not (kept - _STOP)
