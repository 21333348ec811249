"""Notes for differences an editor makes without changing what was said: words a quote adds in parentheses, a lone
function word added or left out of a long quote, "a historic" for "an historic", an article cut off mid-word.
A difference with a note is no change (:func:`provenance.pipeline.align.changes_and_notes`)."""

from __future__ import annotations

from functools import lru_cache

from provenance import lexicon
from provenance.pipeline.pieces import PARENTHESES_MAX_CHARS, Op, PieceAlignment, PreparedSource
from provenance.settings import Settings

STOPWORDS = lexicon.words("stopwords")


def editorial_note(
    o: Op, p: PieceAlignment, src: PreparedSource, doc: str, sides: tuple[str | None, str | None], settings: Settings
) -> str | None:
    """A difference an editor makes without changing what was said: words the quote adds in parentheses (AP
    style marks an insertion so: "(Vladimir) Putin") or puts there for the source's ("(the shooter's)" for "his"),
    or, in a long quote, a lone article or preposition added
    or left out ("in the Ukraine" for "in Ukraine"), never a negation."""
    q, s = sides
    qt = p.piece.toks
    if o.tag in ("quote_only", "replace") and q and o.q2 <= len(qt):
        a, b = qt[o.q1].start, qt[o.q2 - 1].end
        before, after = doc[max(0, a - 4) : a].rstrip()[-1:], doc[b : b + 4].lstrip()[:1]
        instead = f" for “{s}”" if o.tag == "replace" else ""  # "(Trump is) doing well" for "he's doing well"
        if before == "(" and after == ")":
            return f"{PARENTHESES_NOTE}{instead}: “({q})”"
        opened, closed = (
            doc.rfind("(", max(0, a - PARENTHESES_MAX_CHARS), a),
            doc.find(")", b, b + PARENTHESES_MAX_CHARS),
        )
        inside = qt[0].start < opened and -1 < closed < qt[-1].end  # (a parenthesis of the quote's, not around it)
        if o.tag == "replace":
            inside = qt[0].start - 1 <= opened and -1 < closed <= qt[-1].end + 1  # (it may open or close the quote)
        if inside and ")" not in doc[opened:a] and "(" not in doc[b:closed]:
            return (
                f"{PARENTHESES_NOTE}{instead}: “{doc[opened : closed + 1]}”"  # "(the deal — Ed.)": the editor's words
            )
    cut = o.tag == "replace" and o.q2 == len(qt) and o.q2 - o.q1 == 1 and not doc[qt[-1].end :].strip(_CLOSERS)
    if cut and src.norms[o.s1].startswith(qt[-1].norm) and src.norms[o.s1] != qt[-1].norm:  # "… ultimately pri"
        return f"the article ends mid-word (“{q}” of “{s}”): not checked (cut off)"
    one = o.tag == "replace" and o.q2 - o.q1 == 1 and o.s2 - o.s1 == 1
    if one and {qt[o.q1].norm, src.norms[o.s1]} <= _A_AN:
        return f"the article “{q}” for “{s}” (a house style: “an historic”, “a historic”)"
    if o.tag not in ("quote_only", "source_only") or len(qt) < settings.function_word_min_quote_words:
        return None
    words = [t.norm for t in qt[o.q1 : o.q2]] if o.tag == "quote_only" else list(src.norms[o.s1 : o.s2])
    if len(words) == 1 and words[0] in STOPWORDS and words[0] not in _negations():
        return f"the function word “{q or s}” {'added' if o.tag == 'quote_only' else 'left out'} (no change of meaning)"
    return None


# The English indefinite article's two forms, which house styles choose between before "h" ("an historic").
_A_AN = frozenset({"a", "an"})
# What may follow a quote's last word at the end of a cut-off article.
_CLOSERS = " \t\n\"”’»“«'.…[]"  # ("[…]": an excerpt's cut marked)
# The note an editor's insertion in parentheses gets; the quote counts as marked (near_verbatim).
PARENTHESES_NOTE = "an editor's insertion in parentheses"


@lru_cache(maxsize=1)
def _negations() -> frozenset[str]:
    return frozenset(w.casefold() for w in lexicon.words_all("negation"))
