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


# A quotation opens before a source's word: a mark right before it, after a space, a colon or nothing
# (", “Many …", ": «Il …", "„Wir …"); it closes after one: a mark right after it, or after its stop (",” he said").
_OPENS = re.compile(r"(?:^|[\s:(—–])[“«„‹\"']\s*$")
_CLOSES = re.compile(r"^[.,!?;:…]*[”»“›\"'’]")


def beside_source_quotation(
    p: PieceAlignment, src: PreparedSource, doc: str, *, first: bool, last: bool
) -> dict[int, str]:
    """A quote whose first sentence (or last) the source does not hold as the speaker's: the source's quotation of
    the same words opens after it (closes before it) and the alignment paired the quote's sentence with the
    source's own words around the quotation ("The president compared … stating, “Many people …”" for "“I am trying
    to simplify … Many people …”"). Changes there would accuse the writer of altering words the source never
    quoted; the sentence is noted as not checked instead. Op index -> the note on the run's first op, "" on the
    others; nothing where the quote's sentence shares a content word with the source's words it was paired with."""
    ops, toks = p.ops, p.piece.toks
    out: dict[int, str] = {}
    if first:
        for m, o in enumerate(ops):
            if m == 0 or o.tag != "equal" or not 0 < o.s1 < len(src.toks):
                continue
            gap = src.text[src.toks[o.s1 - 1].end : src.toks[o.s1].start]
            if not _OPENS.search(gap) or not _apart(ops[:m], toks, src, doc, (0, o.q1)):
                continue
            out.update({k: "" for k in range(m)})
            out[0] = _unquoted(doc[toks[0].start : toks[o.q1 - 1].end])
            break
    if last:
        for m in range(len(ops) - 1, -1, -1):
            o = ops[m]
            if m == len(ops) - 1 or o.tag != "equal" or not 0 < o.s2 < len(src.toks):
                continue
            gap = src.text[src.toks[o.s2 - 1].end : src.toks[o.s2].start]
            if not _CLOSES.match(gap) or not _apart(ops[m + 1 :], toks, src, doc, (o.q2, len(toks))):
                continue
            out.update({k: "" for k in range(m + 1, len(ops))})
            out[m + 1] = _unquoted(doc[toks[o.q2].start : toks[-1].end])
            break
    return out


def _unquoted(sentence: str) -> str:
    return f"“{sentence}” is a sentence the source does not quote here: {UNCHECKED}"


def _apart(run: Sequence[Op], toks: Sequence[Token], src: PreparedSource, doc: str, side: tuple[int, int]) -> bool:
    """The quote's words ``side`` (those of ``run``) are whole sentences of at least OTHER_SENTENCE_MIN_WORDS words
    that share no content word with the source's words of ``run``."""
    a, b = side
    if b - a < OTHER_SENTENCE_MIN_WORDS or not run or any(o.tag == "equal" and o.q2 > o.q1 + 1 for o in run):
        return False  # (one stop word in common, "to", is no shared sentence; two words in a row are)
    if (a > 0 and not _sentence_before(doc, toks[a].start)) or (
        b < len(toks) and not _sentence_before(doc, toks[b].start)
    ):
        return False
    s1, s2 = min(o.s1 for o in run), max(o.s2 for o in run)
    return not ({t.norm for t in toks[a:b]} - _STOP) & set(src.norms[s1:s2])
