"""Negation drift over an alignment: a negation one side has and the other lacks.

Part of the drift stage (:mod:`provenance.pipeline.drift` calls :func:`negation_drift`). A negation is a word of
the lexicon ``negation.LANG`` in any language, or, in a Turkish source, a verb negated by its suffix
(:func:`provenance.pipeline.meaning.suffix_negated`: "kaydedilmediğini" for "kaydedildiğini"). Only a short
insertion or deletion counts, only where the source's clause around it is aligned, and the clause on each side is
the evidence the finding carries.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from provenance import lexicon
from provenance.pipeline import meaning as M
from provenance.pipeline.align import STOPWORDS, Alignment, Op
from provenance.pipeline.anchors import words
from provenance.pipeline.negation_comparisons import litotes
from provenance.pipeline.qualifiers import EMPHATIC
from provenance.report import Drift
from provenance.text import Token, norm_word, tokens

SENTENCE_BREAK = re.compile(r"[.!?…](?=\s|$)|\n")

# A negation added or dropped is one or two words ("not", "no longer"); a longer run one side skips is text
# left out (often quoted elsewhere), not a flipped statement.
MAX_NEGATION_GAP = 3


@functools.cache
def negations() -> frozenset[str]:
    """Clause negations, every language (lexicon ``negation.LANG.txt``), in comparison form."""
    return frozenset(norm_word(w) for w in lexicon.words_all("negation"))


@functools.cache
def homographs(language: str | None) -> frozenset[str]:
    """Words of another language's negation list that ``language`` writes with another meaning (lexicon
    ``negation_homographs.LANG``: Portuguese "no" is "in the")."""
    return frozenset(norm_word(w) for w in lexicon.words("negation_homographs", language)) if language else frozenset()


@functools.lru_cache(maxsize=16)
def sentence_breaks(stext: str) -> tuple[list[int], list[int]]:
    """Where the sentence breaks of a source start and end, found once per source (a scan from the start
    for every aligned quote made a long source quadratic)."""
    found = [(m.start(), m.end()) for m in SENTENCE_BREAK.finditer(stext)]
    return [a for a, _ in found], [b for _, b in found]


def _aligned_sentences(al: Alignment, breaks: Sequence[int]) -> str:
    """The source's sentences that the alignment's matched words fall in, whole."""
    stoks = al.source.toks
    at = [stoks[i].start for p in al.pieces for o in p.ops if o.tag == "equal" for i in range(o.s1, o.s2)]
    if not at:
        return ""
    k = bisect.bisect_right(breaks, max(at))
    return al.source.text[min(at) : breaks[k] if k < len(breaks) else len(al.source.text)]


def negation_drift(al: Alignment, doc: str, local: bool = False) -> list[Drift]:
    """A negation one side has and the other lacks, over the aligned words. Words one side skips in a long
    run (a clause the article quotes elsewhere, or leaves out) are not compared: only a short insertion or
    deletion (“not”, “no longer”) is a negation added or dropped. With ``local``, only where the source's
    clause around the negation aligns nearly word for word (:func:`_clause_aligned`)."""
    q_neg: list[Token] = []
    q_gap: list[bool] = []  # each article negation was set against a gap in the stored source
    s_neg: list[int] = []
    s_edge: list[int] = []  # past a window's edge: in the sentence the edge cuts, whether or not it aligns
    stoks = al.source.toks
    suffixed = al.source.language == "tr"  # verbs negated by a suffix, read on the words as written
    other_meaning = homographs(al.source.language)  # a lexical alignment pairs texts of one language

    def q_negative(t: Token) -> bool:
        if t.norm in other_meaning:
            return False
        return (_negative(t.norm) and not _asserting(doc, t)) or (suffixed and M.suffix_negated(doc[t.start : t.end]))

    def s_negative(i: int) -> bool:
        t, text = stoks[i], al.source.text
        if t.norm in other_meaning:
            return False
        return (_negative(t.norm) and not _asserting(text, t)) or (suffixed and M.suffix_negated(text[t.start : t.end]))

    for p in al.pieces:
        qt = p.piece.toks
        for k, o in enumerate(p.ops):
            if o.tag in ("quote_only", "source_only") and max(o.q2 - o.q1, o.s2 - o.s1) > MAX_NEGATION_GAP:
                continue
            found = [t for t in qt[o.q1 : o.q2] if q_negative(t)]
            q_neg += found
            # a clause set against source words around a gap the stored source marks ("[…]"): what the clause
            # renders is not stored, so its negation is not compared
            cut = o.tag == "replace" and o.q2 - o.q1 > MAX_NEGATION_GAP and _GAP.search(_span_text(al, o.s1, o.s2))
            q_gap += [bool(cut)] * len(found)
            if o.tag != "equal" and k in (0, len(p.ops) - 1):
                # unmatched source words at the window's edge belong to a neighbouring statement; but an
                # article negation unmatched there may render one the source sentence has just past the edge
                # ("ولن نذهب … للدفاع" for "سنذهب … من أجل الفوز وليس من أجل الدفاع")
                if o.tag == "replace" and any(q_negative(t) for t in qt[o.q1 : o.q2]):
                    s_edge += _negations_past_edge(al, o, last=k == len(p.ops) - 1)
                elif o.tag == "replace":  # or one whose negated verb the article states bare ("применили")
                    s_edge += _flipped(al, p.ops, qt, o)
                continue
            negs = [i for i in range(o.s1, o.s2) if s_negative(i)]
            if negs and (o.tag == "equal" or not _kept_in_quote(doc, qt, p.ops, k)):
                s_neg += negs
    # a negation in a source sentence that no aligned word falls in belongs to a neighbouring statement
    breaks, _ = sentence_breaks(al.source.text)
    shared = {bisect.bisect_right(breaks, stoks[i].start) for p in al.pieces for o in p.ops if o.tag == "equal"
              for i in range(o.s1, o.s2)}  # fmt: skip
    s_neg = [i for i in s_neg if bisect.bisect_right(breaks, stoks[i].start) in shared] + s_edge
    q_neg = [t for t, gap in zip(q_neg, q_gap, strict=True) if not gap]
    if len(q_neg) == len(s_neg):
        return []
    if q_neg:  # the article negates what the source states
        if _negated_elsewhere(al, q_neg[0]):
            return []
        q_tok, s_tok = q_neg[0], _counterpart(al, q_neg[0], source_side=False)
    else:  # the source negates what the article states
        s_tok = stoks[s_neg[0]]
        q_tok = _counterpart(al, s_tok, source_side=True)
    if local and not _clause_aligned(al, s_tok):
        return []
    if _asked(al.source.text, breaks, s_tok):
        return []  # "Q: Will any of them go to the border areas?": a question states nothing, its answer does
    q_clause, s_clause = _clause(doc, q_tok), _clause(al.source.text, s_tok)
    if q_neg and clause_unshared(q_clause, _aligned_sentences(al, breaks)):
        return []  # the article's negated clause has no word of the source's sentences: it renders none of them
    if not q_neg and clause_unshared(s_clause, " ".join(doc[t.start : t.end] for p in al.pieces for t in p.piece.toks)):
        return []  # "…, but adding players must not create difficulties": a clause the passage leaves out
    if not _content_near(al, s_tok):
        return []  # "dass er die Koalition …" for "dass er nicht die Kraft hat": only function words align there
    if M.ceased(q_clause, s_clause) if q_neg else M.ceased(s_clause, q_clause):
        return []  # "no longer a national emergency" for "over as a national emergency"
    if M.means_negation(_aligned_sentences(al, breaks) if q_neg else q_clause):
        return []  # "we in no way accept" for "… is completely unacceptable"
    return [Drift("negation", q_clause, s_clause)]


# A negation is read against the words aligned around it: a content word (no function word, no negation) both
# sides share within this many source words of it ("will not raise local taxes to pay": "pay", five words on).
# Aligned function words alone ("dass er … die") say nothing of which clause the other side renders.
NEGATION_CONTENT_REACH = 6
# Function words of every language the lexicon holds, beside the aligner's stopwords: articles, prepositions,
# pronouns, complementisers, relative pronouns and conjunctions; and any word of two letters or fewer.
_FUNCTION_CONCEPTS = (
    "definite_articles", "indefinite_articles", "prepositions", "pronouns", "complementisers", "relative_pronouns",
    "clause_conjunctions",
)  # fmt: skip
_FUNCTION_WORDS = STOPWORDS | frozenset(w.casefold() for c in _FUNCTION_CONCEPTS for w in lexicon.words_all(c))


def _content_near(al: Alignment, s_tok: Token) -> bool:
    stoks = al.source.toks
    at = next((i for i, t in enumerate(stoks) if t.start >= s_tok.start), len(stoks))
    lo, hi = max(0, at - NEGATION_CONTENT_REACH), at + NEGATION_CONTENT_REACH + 1
    equal = {i for p in al.pieces for o in p.ops if o.tag == "equal" for i in range(max(o.s1, lo), min(o.s2, hi))}
    return any(
        len(stoks[i].norm) > 2 and stoks[i].norm not in _FUNCTION_WORDS and not _negative(stoks[i].norm) for i in equal
    )


# A clause the other side shares no word with, in one language: this many words of its own at least (words of
# this many letters, negations aside), each compared by its first ``CLAUSE_STEM_LETTERS`` letters (a case ending
# apart). Its negation is the clause's, which the other side does not render: no negation dropped or added.
CLAUSE_MIN_WORDS = 3
CLAUSE_WORD_LETTERS = 4
CLAUSE_STEM_LETTERS = 5


def clause_unshared(clause: str, other: str) -> bool:
    """No content word of ``clause`` (in one language with ``other``) is in ``other``, by its stem; ``clause``
    has ``CLAUSE_MIN_WORDS`` of them at least."""
    own = _stems(clause)
    return len(own) >= CLAUSE_MIN_WORDS and not own & _stems(other)


def _stems(text: str) -> set[str]:
    words = (w.casefold() for w in re.findall(r"[^\W\d_]+", text))
    return {w[:CLAUSE_STEM_LETTERS] for w in words if len(w) >= CLAUSE_WORD_LETTERS and not _negative(norm_word(w))}


def _kept_in_quote(doc: str, qt: Sequence[Token], ops: Sequence[Op], k: int) -> bool:
    """Between the article words that align around the change ``ops[k]`` is part of stands a negation the passage's
    words leave out: a quote inside the passage ('… and said he "will not stop" until …'), compared as a quote."""
    if not qt:
        return False
    before = [o for o in ops[:k] if o.tag == "equal"]
    after = [o for o in ops[k + 1 :] if o.tag == "equal"]
    a = qt[before[-1].q2 - 1].end if before else qt[0].start
    z = qt[after[0].q1].start if after else qt[-1].end
    words = {(t.start, t.end) for t in qt}
    return any(_negative(t.norm) and (t.start, t.end) not in words for t in tokens(doc, a, z))


# A looser pair (word overlap from this) is read for negation where the source's clause around it aligns: this
# share of its content words equal, at least this many, a name or a number among them. On the drifts corpus the
# fused sentences that carry a flipped negation align at 0.4-0.5 overall and two thirds in the clause.
NEGATION_LOCAL_FLOOR = 0.35
NEGATION_LOCAL_SHARE = 0.6
NEGATION_LOCAL_WORDS = 4


def _clause_aligned(al: Alignment, s_tok: Token) -> bool:
    text, stoks = al.source.text, al.source.toks
    a, z = _clause_bounds(text, s_tok)
    equal = {i for p in al.pieces for o in p.ops if o.tag == "equal" for i in range(o.s1, o.s2)}
    content = [i for i, t in enumerate(stoks) if a <= t.start < z and t.norm not in STOPWORDS and not _negative(t.norm)]
    kept = [i for i in content if i in equal]
    telling = any(text[stoks[i].start].isupper() or stoks[i].norm[:1].isdigit() for i in kept if stoks[i].start > a + 1)
    return len(kept) >= NEGATION_LOCAL_WORDS and len(kept) >= NEGATION_LOCAL_SHARE * len(content) and telling


# A gap a stored source marks where its text is missing ("[…]", "[...]").
_GAP = M.GAP  # the stored source's "[…]" (meaning.GAP)


def _span_text(al: Alignment, s1: int, s2: int) -> str:
    toks = al.source.toks
    return al.source.text[toks[s1].start : toks[s2 - 1].end] if s2 > s1 else ""


# A negated word the article states without the negation, however the rewording moves it: a word of the article
# that the alignment leaves unmatched shares this many first letters with it ("применили" for "не применяли"). Read
# at a window's edge, where unmatched words are otherwise a neighbouring statement's.
FLIP_STEM_CHARS = 5


def _flipped(al: Alignment, ops: Sequence[Op], qt: Sequence[Token], o: Op) -> list[int]:
    """The source negations in ``o`` whose negated word (the next content word) the article states un-negated
    among the words the alignment leaves unmatched."""
    stoks = al.source.toks
    loose = [j for x in ops if x.tag != "equal" for j in range(x.q1, x.q2)]
    out = []
    for i in range(o.s1, o.s2):
        if not _negative(stoks[i].norm):
            continue
        after = (t.norm for t in stoks[i + 1 : min(o.s2, i + 3)] if t.norm not in STOPWORDS and not _negative(t.norm))
        head = next(after, "")
        if len(head) <= FLIP_STEM_CHARS:
            continue
        if any(
            qt[j].norm[:FLIP_STEM_CHARS] == head[:FLIP_STEM_CHARS]
            and not any(_negative(t.norm) for t in qt[max(0, j - MAX_NEGATION_GAP) : j])
            for j in loose
        ):
            out.append(i)
    return out


def _negations_past_edge(al: Alignment, o: Op, *, last: bool) -> list[int]:
    """Negations of the source sentence that a window's edge operation cuts, on the far side of the edge."""
    stoks = al.source.toks
    breaks, _ = sentence_breaks(al.source.text)
    at = o.s2 - 1 if last else o.s1
    if not 0 <= at < len(stoks):
        return []
    sentence = bisect.bisect_right(breaks, stoks[at].start)
    span = range(o.s1, len(stoks)) if last else range(o.s2 - 1, -1, -1)
    out = []
    for i in span:
        if bisect.bisect_right(breaks, stoks[i].start) != sentence:
            break
        if _negative(stoks[i].norm):
            out.append(i)
    return out


def _negated_elsewhere(al: Alignment, neg: Token) -> bool:
    """The source negates the article's negated word somewhere else ("they will not fight" in a headline, "not to
    fight" in the statement's last quote): a summary that moves a negation is no added one."""
    toks = [t for p in al.pieces for t in p.piece.toks]
    k = next((i for i, t in enumerate(toks) if t is neg), None)
    if k is None:
        return False
    head = next((t.norm for t in toks[k + 1 : k + 4] if t.norm not in STOPWORDS and not _negative(t.norm)), None)
    if head is None:
        return False
    stoks = al.source.toks
    return any(
        stoks[i].norm == head and any(_negative(t.norm) for t in stoks[max(0, i - MAX_NEGATION_GAP - 1) : i])
        for i in al.source.index.get(head, ())
    )


def _asked(stext: str, breaks: Sequence[int], tok: Token) -> bool:
    """The source sentence of ``tok`` is a question (it ends in "?"): a briefing's question, not a statement."""
    k = bisect.bisect_left(breaks, tok.end)
    return k < len(breaks) and stext[breaks[k]] == "?"


def _asserting(text: str, t: Token) -> bool:
    """The negation opens a phrase that asserts ("no doubt", "leaving no stone unturned"; lexicon
    ``emphatic_negations``), or is one of two around a verb of ability ("не мог не знать"): nothing is denied."""
    if " ".join(text[t.start : t.start + 60].casefold().split()).startswith(EMPHATIC):
        return True
    lo = max(0, t.start - LITOTES_CHARS)
    ws = words(text[lo : t.end + LITOTES_CHARS])
    k = next((j for j, w in enumerate(ws) if w.start == t.start - lo), None)
    return k is not None and litotes(ws, k, negations())


# How far around a negation its litotes is looked for: a verb of ability and the other negation ("не мог не").
LITOTES_CHARS = 24


def _negative(word: str) -> bool:
    return word in negations() or word.endswith("n't")


def _counterpart(al: Alignment, tok: Token, *, source_side: bool) -> Token:
    """The word on the other side that the alignment puts nearest to ``tok``."""
    best: tuple[int, Token] | None = None
    stoks = al.source.toks
    for p in al.pieces:
        qt = p.piece.toks
        for o in p.ops:
            if o.q2 <= o.q1 or o.s2 <= o.s1:
                continue
            if source_side:
                dist = (
                    0
                    if stoks[o.s1].start <= tok.start < stoks[o.s2 - 1].end
                    else min(abs(stoks[o.s1].start - tok.start), abs(stoks[o.s2 - 1].end - tok.end))
                )
                cand = qt[o.q1]
            else:
                dist = (
                    0
                    if qt[o.q1].start <= tok.start < qt[o.q2 - 1].end
                    else min(abs(qt[o.q1].start - tok.start), abs(qt[o.q2 - 1].end - tok.end))
                )
                cand = stoks[o.s1]
            if best is None or dist < best[0]:
                best = (dist, cand)
    if best is None:
        return al.pieces[0].piece.toks[0] if source_side else stoks[al.s_start]
    return best[1]


def _clause_bounds(text: str, tok: Token) -> tuple[int, int]:
    """Where the clause around a word starts and ends: the nearest sentence punctuation on either side."""
    a = max(text.rfind(c, 0, tok.start) for c in '.!?;,\n"“”«»') + 1
    ends = [i for c in '.!?;,\n"“”«»' if (i := text.find(c, tok.end)) != -1]
    return a, min(ends) if ends else len(text)


def _clause(text: str, tok: Token) -> str:
    """The clause around a word: up to the nearest sentence punctuation on either side, at most ~12 words."""
    a, z = _clause_bounds(text, tok)
    words = text[a:z].split()
    return " ".join(words[:16]).strip()
