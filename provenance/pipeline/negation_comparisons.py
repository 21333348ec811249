"""Negation words inside a comparison that deny nothing: "más fuerte que nunca" (stronger than ever) and "as much,
if not more" (as much, perhaps more). :func:`provenance.pipeline.meaning.negated` passes over them. And negations
in the condition of a conditional sentence ("in the event the demands are not met"), which state no fact of
their own (:func:`in_condition`). And two negations around a verb of ability, which cancel ("не мог не знать": he
could not but know; :func:`litotes`). And a negation word that is a noun's prefix or a noun (:func:`noun_prefix`,
:func:`capital_inside`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from provenance import lexicon
from provenance.pipeline.anchors import Word

_EVER_ROWS = [row.split("\t") for row in lexicon.rows("negation_comparative_ever", ext="tsv")]
_EVER = {kind: frozenset(w.strip() for k, w in _EVER_ROWS if k == kind) for kind in ("ever", "link", "comparative")}
# How far before "que nunca" the word of comparison may stand ("más unida y fuerte que nunca").
COMPARATIVE_REACH = 5
_IF_NOT_ROWS = [row.split("\t") for row in lexicon.rows("negation_if_not", ext="tsv")]
_IF_NOT = {
    kind: frozenset(w.strip().casefold() for k, w in _IF_NOT_ROWS if k == kind)
    for kind in ("if", "even", "comparative")
}


def than_ever(ws: Sequence[Word], k: int) -> bool:
    """A "never" after a comparison and its link, as "ever" (lexicon negation_comparative_ever)."""
    if ws[k].low not in _EVER["ever"] or k < 2 or ws[k - 1].low not in _EVER["link"]:
        return False
    return any(x.low in _EVER["comparative"] for x in ws[max(0, k - 1 - COMPARATIVE_REACH) : k - 1])


def if_not_more(ws: Sequence[Word], k: int) -> bool:
    """A negation between "if" and a comparison ("if not more", "wenn nicht sogar mehr"): a figure raised, no
    denial (lexicon negation_if_not)."""
    if not k or ws[k - 1].low not in _IF_NOT["if"]:
        return False
    after = [w.low for w in ws[k + 1 : k + 3]]
    if after and after[0] in _IF_NOT["even"]:
        after = after[1:]
    return bool(after) and after[0] in _IF_NOT["comparative"]


def opens_phrase(ws: Sequence[Word], k: int, phrases: tuple[str, ...]) -> bool:
    """A phrase of ``phrases`` (casefolded, four words at most) opens at ``ws[k]``."""
    return " ".join(w.low for w in ws[k : k + 4]).startswith(phrases)


def emphasised(ws: Sequence[Word], phrases: tuple[str, ...]) -> bool:
    """A phrase of ``phrases`` (the emphatic negations: "not just", "nicht nur", "no doubt") opens at some word: the
    side asserts with a negation word, which another language often renders with a plain negation ("n'était pas
    un simple fonctionnaire" for "was not just another clerk"), so a negation there alone tells nothing."""
    return any(opens_phrase(ws, k, phrases) for k in range(len(ws)))


# Verbs of ability that a negation on each side makes an affirmation (lexicon negation_double_verbs).
_DOUBLE_VERBS = frozenset(w.casefold() for w in lexicon.words("negation_double_verbs"))


def litotes(ws: Sequence[Word], k: int, negations: frozenset[str]) -> bool:
    """``ws[k]`` is one of two negations around a listed verb of ability ("не мог не знать", "nie może nie
    wiedzieć"): together they affirm, and neither denies the clause."""

    def neg(j: int) -> bool:
        return 0 <= j < len(ws) and ws[j].low in negations

    def verb(j: int) -> bool:
        return 0 <= j < len(ws) and ws[j].low in _DOUBLE_VERBS

    return (verb(k + 1) and neg(k + 2)) or (verb(k - 1) and neg(k - 2))


# Conditional openers (lexicon conditional_openers), and how many words before its negation one may open the
# condition ("In the event the Authority's demands are not met": five).
_CONDITIONAL = tuple(sorted(lexicon.words("conditional_openers"), key=len, reverse=True))
CONDITIONAL_REACH = 8
_CLAUSE_STOP = re.compile(r"[,;:.!?\n،؛]")
_WORD = re.compile(r"[\w'’-]+")


# Words after which a condition may open mid-clause ("warned that if …", "and if …"; lexicons complementisers and
# clause_conjunctions): elsewhere an opener's word is another word ("se" reflexive, "si" for "so").
_CLAUSE_OPENERS = frozenset(w.lower() for w in lexicon.rows("complementisers")) | frozenset(
    lexicon.words_all("clause_conjunctions")
)


def _opens_condition(words: Sequence[str], lo: int = 0, anywhere: bool = True) -> bool:
    for c in _CONDITIONAL:
        n = len(c.split())
        for j in range(lo, len(words) - n + 1):
            if " ".join(words[j : j + n]) == c and (anywhere or j == 0 or words[j - 1] in _CLAUSE_OPENERS):
                return True
    return False


def in_condition(text: str, start: int) -> bool:
    """The negation at ``start`` stands in the condition of a conditional sentence: an opener opening its clause
    (or after a complementiser or conjunction) at most CONDITIONAL_REACH words before it, with no clause stop
    between ("In the event the demands are not met …", "warned that if the demands are not met")."""
    head = text[max((m.end() for m in _CLAUSE_STOP.finditer(text, 0, start)), default=0) : start]
    words = _WORD.findall(head.lower())
    return _opens_condition(words, max(0, len(words) - CONDITIONAL_REACH), anywhere=False)


def conditional(text: str) -> bool:
    """The text holds a conditional opener anywhere (a rendering that keeps the condition)."""
    return _opens_condition(_WORD.findall(text.lower()))


def capital_inside(ws: Sequence[Word], k: int) -> bool:
    """The word written with a capital right after a lower-case word, a space between: a noun or a name inside its
    sentence (German "der Not", need), not another language's negation; "said: Not now" has its colon between."""
    w = ws[k].text
    return bool(k) and w.istitle() and len(w) > 1 and ws[k - 1].text.islower() and ws[k].start - ws[k - 1].end == 1


_NOUN_PREFIX_ROWS = [row.split("\t") for row in lexicon.rows("negation_noun_prefixes", ext="tsv")]
_NOUN_PREFIXES = frozenset(w.strip() for kind, w in _NOUN_PREFIX_ROWS if kind == "word")
_NOUN_ENDINGS = tuple(w.strip() for kind, w in _NOUN_PREFIX_ROWS if kind == "ending")
# A noun after a negation word is read on words of this many letters at least ("nación" is a noun, "no" a word).
NOUN_MIN_LETTERS = 7


def noun_prefix(ws: Sequence[Word], k: int) -> bool:
    """A negation word written apart before a noun, as its prefix (lexicon negation_noun_prefixes): the noun ends as
    one, or an article stands right before the negation word ("para los no católicos", "i non cattolici")."""
    nxt = ws[k + 1].low if k + 1 < len(ws) else ""
    article = k > 0 and ws[k - 1].low in _ARTICLES and len(nxt) >= NOUN_MIN_LETTERS
    return ws[k].low in _NOUN_PREFIXES and (article or (len(nxt) >= NOUN_MIN_LETTERS and nxt.endswith(_NOUN_ENDINGS)))


_ARTICLES = frozenset(w.casefold() for w in lexicon.words_all("definite_articles"))
