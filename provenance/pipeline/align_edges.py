"""Where an alignment's edges fall: the window a quote's unmatched words at either end may take, and which word a
one-word replace pairs with, where Levenshtein's tie could pair it with either.

Levenshtein pays the same for "a for b, c left out" as for "a left out, c for b", and the changes an editor is
shown follow its choice: a quote's "ships and Kyiv's cranes" for the source's "ships & Kiev's cranes" came back as
"and" for "Kiev's" with "Kyiv's" added, where "and" was added and "Kyiv's" is the source's "Kiev's" (a variant, no
change). A one-word replace moves onto the neighbouring word that one side alone has when that word is much
likelier the counterpart (its share of characters in common); the count of equal words is the same either way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz.distance import Indel

from provenance import lexicon
from provenance.pipeline.pieces import Op, PreparedSource

STOPWORDS = lexicon.words("stopwords")
SENTENCE_BOUNDARY = re.compile(r"[.!?\n]")  # a sentence's end, or a line's (a title has no stop)


def edge_kept(src: PreparedSource, edge: int, matched: int, unmatched: set[str]) -> int:
    """``edge`` as it is: an unquoted sentence may fuse two of the source's, so its window crosses their end."""
    return edge


def sentence_kept(src: PreparedSource, edge: int, matched: int, unmatched: set[str]) -> int:
    """``edge``, a window's first (or, past ``matched``, its end) word for the quote's ``unmatched`` words before
    (after) its matched ones, moved back to the sentence (or line) the matched words are in where the words beyond
    share none but function words with them: the quote's leading words are not the last words of the source's
    sentence before ("The fund will pay" against a post's "… support. Fund will pay"), nor its trailing words
    those of the sentence after ("… в Орлине" against "… в Орлине [...] Без согласия")."""
    between = range(matched, edge, -1) if edge < matched else range(matched, edge)
    for j in between:  # (from the matched words outwards: the first sentence end met bounds the window)
        if 0 < j < len(src.toks) and SENTENCE_BOUNDARY.search(src.text, src.toks[j - 1].end, src.toks[j].start):
            beyond = src.norms[edge:j] if edge < matched else src.norms[j:edge]
            return edge if (unmatched & set(beyond)) - STOPWORDS else j
    return edge


# The least share of characters (rapidfuzz's Indel similarity) a neighbouring word needs to be taken for the
# counterpart: "kyiv's"/"kiev's" 0.83; "and"/"kiev's" 0; unrelated words of one length stay put.
REPAIR_MIN_RATIO = 0.6


def _moved(o: Op, side: Op, q: Sequence[str], s: Sequence[str], off: int) -> list[Op] | None:
    """``o`` (a one-word replace) and ``side`` (the op beside it, one side's words only) paired anew, or None."""
    after = side.q1 >= o.q2 and side.s1 >= o.s2
    if side.tag == "quote_only":
        k = side.q1 if after else side.q2 - 1  # the word of the run next to the replace
        here, there = (q[o.q1], s[o.s1 - off]), (q[k], s[o.s1 - off])
    else:
        k = side.s1 if after else side.s2 - 1
        here, there = (q[o.q1], s[o.s1 - off]), (q[o.q1], s[k - off])
    if Indel.normalized_similarity(*there) <= max(Indel.normalized_similarity(*here), REPAIR_MIN_RATIO):
        return None
    if side.tag == "quote_only":
        pair = Op("replace", k, k + 1, o.s1, o.s2)
        left = Op("quote_only", o.q1, o.q2, o.s1, o.s1) if after else Op("quote_only", o.q1, o.q2, o.s2, o.s2)
        rest = Op("quote_only", k + 1, side.q2, o.s2, o.s2) if after else Op("quote_only", side.q1, k, o.s1, o.s1)
    else:
        pair = Op("replace", o.q1, o.q2, k, k + 1)
        left = Op("source_only", o.q1, o.q1, o.s1, o.s2) if after else Op("source_only", o.q2, o.q2, o.s1, o.s2)
        rest = Op("source_only", o.q2, o.q2, k + 1, side.s2) if after else Op("source_only", o.q1, o.q1, side.s1, k)
    rest_len = (rest.q2 - rest.q1) + (rest.s2 - rest.s1)
    if after:
        return [left, pair, *([rest] if rest_len else [])]
    return [*([rest] if rest_len else []), pair, left]


def repaired(ops: list[Op], q: Sequence[str], s: Sequence[str], s_off: int) -> list[Op]:
    """``ops`` (of quote words ``q`` against source words ``s`` from word ``s_off``) with each one-word replace on
    the neighbouring word that is likelier its counterpart (each move raises a pair's similarity: it ends)."""
    out = list(ops)
    k = 0
    while k < len(out):
        o = out[k]
        if o.tag == "replace" and o.q2 - o.q1 == 1 and o.s2 - o.s1 == 1:
            for j in (k + 1, k - 1):
                side = out[j] if 0 <= j < len(out) else None
                if side is None or side.tag not in ("quote_only", "source_only"):
                    continue
                new = _moved(o, side, q, s, s_off)
                if new is not None:
                    lo = min(j, k)
                    out[lo : lo + 2] = new
                    break
        k += 1
    return out


__all__ = ["REPAIR_MIN_RATIO", "edge_kept", "repaired", "sentence_kept"]
