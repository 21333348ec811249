"""Which source a quote is from when two carry its words equally well: the one whose sentence around the words
shares more with the article's sentence around the quote.

A phrase of a resolution ("an immediate ceasefire") is also in the post that welcomes it; both align verbatim, at
one similarity. The article's own words around the quote say which text it is reporting ("the resolution demands an
“immediate ceasefire” for the month of Ramadan" shares "demands", "month", "Ramadan" with the resolution's sentence,
nothing with the post's). Where the contexts share as much, the earlier source keeps the quote, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from provenance import lexicon
from provenance.pipeline.pieces import Alignment

# Context words: letters only, at least this long (shorter ones are mostly function words in the eight languages),
# casefolded; the stopword list removes the rest.
CONTEXT_MIN_CHARS = 4
# How far a sentence is read either side of the quote in the article, and of the aligned words in the source.
CONTEXT_REACH_CHARS = 300

_WORD = re.compile(rf"[^\W\d_]{{{CONTEXT_MIN_CHARS},}}")
_STOP = frozenset(w.casefold() for w in lexicon.words_all("stopwords"))
_BREAK = re.compile(r"[.!?;\n]\s")


def _sentence(text: str, a: int, b: int) -> tuple[str, str]:
    """The text before ``a`` and after ``b`` in their sentence, within the reach."""
    lo = max(0, a - CONTEXT_REACH_CHARS)
    head = text[lo:a]
    cuts = list(_BREAK.finditer(head))
    head = head[cuts[-1].end() :] if cuts else head
    tail = text[b : b + CONTEXT_REACH_CHARS]
    cut = _BREAK.search(tail)
    return head, tail[: cut.start() + 1] if cut else tail


def _words(text: str, without: set[str] | frozenset[str] = frozenset()) -> set[str]:
    found = {w.casefold() for w in _WORD.findall(text)}
    return found - _STOP - without


def context_share(doc_text: str, parts: Sequence[tuple[int, int]], source_text: str, s0: int, s1: int) -> int:
    """How many context words the quote's sentence in the article shares with the aligned words' sentence in the
    source, the quoted words themselves left out."""
    quoted = _words(" ".join(doc_text[a:b] for a, b in parts))
    head, tail = _sentence(doc_text, parts[0][0], parts[-1][1])
    s_head, s_tail = _sentence(source_text, s0, s1)
    return len(_words(head + " " + tail, quoted) & _words(s_head + " " + s_tail, quoted))


def nearer(doc_text: str, parts: Sequence[tuple[int, int]], al: Alignment, than: Alignment | None) -> bool:
    """Whether ``al``'s source sentence shares more of the quote's sentence than ``than``'s does."""
    return than is not None and context_share(doc_text, parts, al.source.text, *al.source_span()) > context_share(
        doc_text, parts, than.source.text, *than.source_span()
    )
