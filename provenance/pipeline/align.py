"""The align stage: lexical alignment of quotes and unquoted sentences to spans of the sources.

Statistics first, verdict second: :func:`align_words` finds the best source span for a run of words by
diagonal voting over a word index (a rare word shared at the same offset is strong evidence) and then a
word-level Levenshtein alignment (rapidfuzz) inside that window. A quote's editorial marks split it into
pieces (an ellipsis may skip source words) and mark bracketed words (they may replace a few source words).
:func:`match_quote` turns the alignment into the contract's kinds: verbatim, near_verbatim, altered,
unsupported.
"""

from __future__ import annotations

import bisect
import dataclasses
import heapq
import math
import re
from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from provenance import lexicon
from provenance.pipeline import variants
from provenance.pipeline.align_edges import edge_kept, repaired, sentence_kept
from provenance.pipeline.align_notes import PARENTHESES_NOTE, editorial_note
from provenance.pipeline.chrf_score import chrf as chrf
from provenance.pipeline.chrf_score import chrf_signature as chrf_signature
from provenance.pipeline.contractions import contracted
from provenance.pipeline.pieces import (
    Alignment,
    Op,
    Piece,
    PieceAlignment,
    PreparedSource,
    _quoted,
    parse_pieces,
)
from provenance.pipeline.pieces import prepare_source as prepare_source  # the alignment's way in, re-exported
from provenance.pipeline.quote_kinds import classify as classify  # the verdict of an alignment, re-exported
from provenance.pipeline.quote_tails import beside_source_quotation, other_sentence
from provenance.pipeline.source_ties import nearer
from provenance.report import Change, QuoteMatch
from provenance.settings import Settings, defaults
from provenance.text import Token, cut_mark_at

# The alignment's limits (common_word_cap, vote_band, smooth_top, align_candidates, max_quote_words) are
# Settings fields, with their reasons there; they change which window a quote is matched to.

STOPWORDS = lexicon.words("stopwords")


def _explained(p: PieceAlignment, o: Op, src: PreparedSource, settings: Settings) -> bool:
    """A difference that an editorial mark or the source's own layout accounts for."""
    if _bracket_only(p.piece, o) and o.s2 - o.s1 <= settings.max_bracket_span:
        return True  # "[Orlin] city centre", "[the mayor]" for "he"
    # The source's attribution between two of its quotations ("…centre," said the mayor. "It is…"): the
    # article quoting both as one passage skips words that were never the speaker's.
    return (
        o.tag == "source_only"
        and o.s2 - o.s1 <= settings.max_join_gap
        and _quoted(src, o.s1 - 1)
        and _quoted(src, o.s2)
        and not any(_quoted(src, k) for k in range(o.s1, o.s2))
    )


# --- aligning words ------------------------------------------------------------------------------


def _votes(
    norms: Sequence[str], skip: Sequence[bool], src: PreparedSource, lo: int, hi: int, cap: int
) -> dict[int, float]:
    votes: defaultdict[int, float] = defaultdict(float)
    for i, (t, b) in enumerate(zip(norms, skip, strict=True)):
        if b:
            continue
        pos = src.index.get(t)
        if not pos:
            continue
        a, z = bisect.bisect_left(pos, lo), bisect.bisect_left(pos, hi)
        if z - a > cap:
            continue
        w = (0.3 if t in STOPWORDS else 1.0) / (1.0 + math.log(len(pos)))
        for p in pos[a:z]:
            votes[p - i] += w
    return votes


def _best_diagonals(votes: dict[int, float], m: int, s: Settings) -> list[int]:
    if not votes:
        return []
    band = s.vote_band
    # Smooth only around the strongest raw diagonals: a long source gives thousands of weak ones.
    top = heapq.nlargest(s.smooth_top, votes.items(), key=lambda kv: (kv[1], -kv[0]))
    offsets = range(-band, band + 1)
    seeds = {d + k for d, _ in top for k in offsets if d + k in votes}
    vote = votes.get
    smooth = {d: sum([vote(d + k, 0.0) for k in offsets]) for d in seeds}  # (a list: faster, the same order)
    chosen: list[int] = []
    for d, _ in sorted(smooth.items(), key=lambda kv: (-kv[1], kv[0])):
        if all(abs(d - c) > max(m, 2 * band) for c in chosen):
            chosen.append(d)
        if len(chosen) >= s.align_candidates:
            break
    return chosen


_OP_TAGS = {"equal": "equal", "replace": "replace", "delete": "quote_only", "insert": "source_only"}


def _ops(q: Sequence[str], s: Sequence[str], s_off: int) -> tuple[list[Op], int]:
    out: list[Op] = []
    equal = 0
    for o in Levenshtein.opcodes(q, s):
        out.append(Op(_OP_TAGS[o.tag], o.src_start, o.src_end, s_off + o.dest_start, s_off + o.dest_end))
        if o.tag == "equal":
            equal += o.src_end - o.src_start
    if len(out) > 1 and any(o.tag == "replace" for o in out):
        out = repaired(out, q, s, s_off)
    return out, equal


def align_words(
    toks: Sequence[Token], src: PreparedSource, *, bracket: Sequence[bool] | None = None,
    lo: int = 0, hi: int | None = None, slack: int = 0, settings: Settings | None = None, spoken: bool = False,
) -> PieceAlignment | None:  # fmt: skip
    """The best window of ``src`` (between word ``lo`` and ``hi``) for a run of words, aligned word by word.

    ``spoken``: the words are a quote, whose speaker's false starts and fillers in the source are no part of
    what was said (:func:`_fit`); an unquoted sentence is scored on every word of its window."""
    s = settings or defaults()
    hi = len(src.norms) if hi is None else min(hi, len(src.norms))  # a piece after an ellipsis may look past the end
    norms = [t.norm for t in toks]
    flags = list(bracket) if bracket is not None else [False] * len(norms)
    m = len(norms)
    if not m or lo >= hi:
        return None
    best: PieceAlignment | None = None
    best_fit = -1.0
    slack = max(slack, 3, m // 3)
    piece = Piece(tuple(toks), tuple(flags), None)
    if not any(flags):
        at = _exact_run(norms, src, lo, hi, s.common_word_cap)
        if at is not None:  # the words stand in the source as they are: no window aligns better
            return PieceAlignment(piece, at, at + m, (Op("equal", 0, m, at, at + m),), m)
    for d in _best_diagonals(_votes(norms, flags, src, lo, hi, s.common_word_cap), m, s):
        a, z = max(lo, d - slack), min(hi, d + m + slack)
        ops, equal = _ops(norms, src.norms[a:z], a)
        eq = [o for o in ops if o.tag == "equal"]
        if not eq:
            continue
        # Tighten the window to the matched words (plus the quote's unmatched words at either end) and
        # align again, so that edge words pair with their true counterparts. Where a stray common word
        # ("the" two words early) could start the window, the longest equal run decides instead.
        run = max(eq, key=lambda o: (o.q2 - o.q1, -o.q1))

        def plain(i: int, j: int) -> int:  # quote words in [i, j) that stand in the source (not bracketed)
            return sum(1 for f in flags[i:j] if not f)

        # (a quote's edge is kept to the matched words' sentence where the words it would take from the sentence
        # beside share none but function words with the quote's unmatched ones; an unquoted sentence may fuse two)
        keep = sentence_kept if spoken else edge_kept
        starts = {
            keep(src, max(lo, eq[0].s1 - plain(0, eq[0].q1)), eq[0].s1, set(norms[: eq[0].q1])),
            keep(src, max(lo, run.s1 - plain(0, run.q1)), run.s1, set(norms[: run.q1])),
        }
        ends = {
            keep(src, min(hi, eq[-1].s2 + plain(eq[-1].q2, m)), eq[-1].s2, set(norms[eq[-1].q2 :])),
            keep(src, min(hi, run.s2 + plain(run.q2, m)), run.s2, set(norms[run.q2 :])),
        }
        if spoken and not flags[0] and not flags[-1]:  # the quote's first and last words a few words out: a false start
            reach = 2 * s.max_stutter_words + 2  # in between ("But make no mistake -- make no mistake, …")
            starts |= {p for a_ in list(starts) for p in _places(src, norms[0], max(lo, a_ - reach), a_)}
            ends |= {p + 1 for z_ in list(ends) for p in _places(src, norms[-1], z_, min(hi, z_ + reach))}
        cand, cand_fit = None, -1.0
        for a2 in sorted(starts, reverse=True):
            for z2 in sorted(ends):
                if z2 <= a2:
                    continue
                ops, equal = _ops(norms, src.norms[a2:z2], a2)
                pa = PieceAlignment(piece, a2, z2, tuple(ops), equal)
                fit = _fit(pa, src, s) if spoken else _dice(pa)
                if fit > cand_fit:
                    cand, cand_fit = pa, fit
        if cand is not None and cand_fit > best_fit:
            best, best_fit = cand, cand_fit
    return best


def _places(src: PreparedSource, norm: str, a: int, z: int) -> list[int]:
    """Where the word stands in the source between word ``a`` and ``z``."""
    pos = src.index.get(norm, [])
    return pos[bisect.bisect_left(pos, a) : bisect.bisect_left(pos, z)]


def _fit(p: PieceAlignment, src: PreparedSource, s: Settings) -> float:
    """:func:`_dice`, with the source's words a speaker did not mean left out of its window: a repeated start
    or fillers of a transcript ("make no mistake -- make no mistake") that the quote gives once."""
    dropped = sum(o.s2 - o.s1 for o in p.ops if o.tag == "source_only" and _dropped_speech(o, src, s))
    n = len(p.piece.toks) + p.s_end - p.s_start - dropped
    return 2 * p.equal / n if n else 0.0


_SENTENCE_END = re.compile(r"[.!?]")
# A word a transcript shows broken off: a hyphen right after it, then a dash ("was clo- — closed", "we- -- we").
_BROKEN_OFF = re.compile(r"-\s*(?:—|–|--)")


def _dropped_speech(o: Op, src: PreparedSource, s: Settings) -> str | None:
    """Why source words a quote leaves out were never meant (:func:`variants.dropped_speech`); a repetition
    across a full stop is the speaker's ("he returned to Russia. He returned to Russia knowing …"), no false
    start."""
    before, after = src.norms[max(0, o.s1 - 8) : o.s1], src.norms[o.s2 : o.s2 + 8]
    if o.s2 - o.s1 == 1 and _BROKEN_OFF.match(src.text, src.toks[o.s1].end):  # "the pier was clo- — closed"
        return f"{variants.FALSE_START}{src.text[src.toks[o.s1].start : src.toks[o.s1].end]}- (a word broken off)"
    found = variants.dropped_speech(src.norms[o.s1 : o.s2], before, after, s.max_stutter_words)
    if found and found.startswith(variants.FALSE_START):
        a = src.toks[o.s1 - 1].end if o.s1 else src.toks[o.s1].start
        z = src.toks[o.s2].start if o.s2 < len(src.toks) else src.toks[o.s2 - 1].end
        if _SENTENCE_END.search(src.text, a, z):
            return None
    return found


def _exact_run(norms: Sequence[str], src: PreparedSource, lo: int, hi: int, cap: int) -> int | None:
    """Where ``norms`` stand in the source word for word (the first such place in ``lo:hi``), found from the
    places of the rarest of them; None when nowhere, or when even the rarest is too common to try.

    Voting and Levenshtein can settle on a neighbouring window where repeated words ("a and a a") offer
    several equally cheap alignments, and call a verbatim quote altered; the exact place settles it first."""
    m = len(norms)
    k = min(range(m), key=lambda i: (len(src.index.get(norms[i], ())), i))
    places = src.index.get(norms[k])
    if not places or len(places) > cap:
        return None
    want = tuple(norms)
    for p in places[bisect.bisect_left(places, lo + k) :]:
        at = p - k
        if at + m > hi:
            break
        if src.norms[at : at + m] == want:
            return at
    return None


def _dice(p: PieceAlignment) -> float:
    """Word overlap of a piece and its window: 2·equal / (piece words + window words)."""
    n = len(p.piece.toks) + p.s_end - p.s_start
    return 2 * p.equal / n if n else 0.0


def align_pieces(pieces: Sequence[Piece], src: PreparedSource, settings: Settings) -> Alignment | None:
    """Align every piece of a quote to one source, the longest first, the others in order around it."""
    if not pieces:
        return None
    order = max(range(len(pieces)), key=lambda k: (sum(not b for b in pieces[k].bracket), -k))
    done: dict[int, PieceAlignment] = {}
    bracket_slack = settings.max_bracket_span * sum(any(p.bracket) for p in pieces)
    anchor = align_words(
        pieces[order].toks, src, bracket=pieces[order].bracket, slack=bracket_slack, settings=settings, spoken=True
    )
    if anchor is None:
        return None
    done[order] = anchor
    for k in range(order + 1, len(pieces)):
        prev = done.get(k - 1)
        if prev is None:
            break
        gap = _gap(pieces[k], settings)
        lo, hi = prev.s_end, prev.s_end + gap + len(pieces[k].toks) + settings.max_bracket_span
        pa = align_words(pieces[k].toks, src, bracket=pieces[k].bracket, lo=lo, hi=hi, settings=settings, spoken=True)
        if pa is None:
            break
        done[k] = pa
    for k in range(order - 1, -1, -1):
        nxt = done.get(k + 1)
        if nxt is None:
            break
        gap = _gap(pieces[k + 1], settings)
        hi, lo = nxt.s_start, max(0, nxt.s_start - gap - len(pieces[k].toks) - settings.max_bracket_span)
        pa = align_words(pieces[k].toks, src, bracket=pieces[k].bracket, lo=lo, hi=hi, settings=settings, spoken=True)
        if pa is None:
            break
        done[k] = pa
    aligned = tuple(done[k] for k in sorted(done))
    q_words = sum(sum(not b for b in p.bracket) for p in pieces)
    matched = sum(p.equal for p in aligned)
    s_words = sum(_source_words(p, src, settings) for p in aligned)
    sim = 2 * matched / (q_words + s_words) if q_words + s_words else 0.0
    return Alignment(src, aligned, min(1.0, sim), matched, q_words)


def _gap(p: Piece, settings: Settings) -> int:
    """Source words an editorial gap may skip before the piece: an ellipsis or a paragraph break many, a
    split attribution ("X," he said, "Y") few."""
    return settings.max_ellipsis_gap if p.gap_before in ("ellipsis", "paragraph") else settings.max_join_gap


def _source_words(p: PieceAlignment, src: PreparedSource, settings: Settings) -> int:
    """Source words the piece stands for, less those a bracket replaced or an attribution put between."""
    return sum(o.s2 - o.s1 for o in p.ops if o.tag == "equal" or not _explained(p, o, src, settings))


def _bracket_only(piece: Piece, o: Op) -> bool:
    return o.q2 > o.q1 and all(piece.bracket[o.q1 : o.q2])


# --- from alignment to the contract's kinds ------------------------------------------------------


def _surface(text: str, toks: Sequence[Token], a: int, b: int) -> str | None:
    if a >= b:
        return None
    return text[toks[a].start : toks[b - 1].end]


def changes_of(al: Alignment, quote_text: str, settings: Settings) -> tuple[list[Change], int]:
    """Word-level changes not explained by editorial marks or variants, and how many were explained."""
    changes, explained, _ = changes_and_notes(al, quote_text, settings)
    return changes, explained


def changes_and_notes(
    al: Alignment, quote_text: str, settings: Settings, *, first_change: bool = False
) -> tuple[list[Change], int, list[str]]:
    """The changes, the count of differences explained, and a note for each variant or unchecked tail.

    ``first_change``: stop at the first change (the count and the notes then cover the words before it only),
    for an alignment whose kind only a change-free reading can lift above "unsupported" (issue 15)."""
    out: list[Change] = []
    notes: list[str] = []
    explained = 0
    src = al.source
    n_src = len(src.norms)
    for n, p in enumerate(al.pieces):
        qt = p.piece.toks
        merged = _variant_runs(p, src, quote_text, settings)
        # a sentence of the quote beside the source's quotation of it: not checked (quote_tails)
        merged.update(beside_source_quotation(p, src, quote_text, first=n == 0, last=n == len(al.pieces) - 1))
        for k, o in enumerate(p.ops):
            if o.tag == "equal" or _beside(al, n, k):
                continue
            if k in merged:
                if merged[k]:
                    explained += 1
                    notes.append(merged[k])
                continue
            if _explained(p, o, src, settings):
                explained += 1
                continue
            q = _surface(quote_text, qt, o.q1, o.q2)
            s = _surface(src.text, src.toks, o.s1, o.s2)
            note = _variant_note(o, p, src, q, s, n_src, settings)
            note = note or editorial_note(o, p, src, quote_text, (q, s), settings)
            note = note or other_sentence(o, p, src, quote_text, q, s)  # a sentence the source has not here
            if note is not None:
                explained += 1
                notes.append(note)
                continue
            op = {"replace": "replace", "quote_only": "insert", "source_only": "delete"}[o.tag]
            out.append(Change(op, q, s))
            if first_change:
                return out, explained, list(dict.fromkeys(notes))
    return out, explained, list(dict.fromkeys(notes))  # (one note per sentence the source lacks)


def _beside(al: Alignment, n: int, k: int) -> bool:
    """The source's words at the very edge of the alignment that the quote does not have (op ``k`` of piece ``n``):
    the words beside the excerpt a window took in ("good offices | to further advance …" for "to further advance
    … and to ensure"), no words the quote left out."""
    o = al.pieces[n].ops[k]
    edge = (n == 0 and k == 0) or (n == len(al.pieces) - 1 and k == len(al.pieces[n].ops) - 1)
    return edge and o.tag == "source_only" and len(al.pieces[n].ops) > 1


def _variant_runs(p: PieceAlignment, src: PreparedSource, doc: str, settings: Settings) -> dict[int, str]:
    """Neighbouring changes that together are one variant ("co" for "cooperation", then "operation" added; "do"
    left out, then "don't" for "not"): op index -> the run's note on its first op, "" on the others."""
    out: dict[int, str] = {}
    ops, qt = p.ops, p.piece.toks
    k = 0
    while k < len(ops):
        j = k
        while j < len(ops) and ops[j].tag != "equal":
            j += 1
        if j - k >= 2:
            q1, q2 = min(o.q1 for o in ops[k:j]), max(o.q2 for o in ops[k:j])
            s1, s2 = min(o.s1 for o in ops[k:j]), max(o.s2 for o in ops[k:j])
            q = _surface(doc, qt, q1, q2)
            s = _surface(src.text, src.toks, s1, s2)
            found = variants.variant(q, s, settings) if q and s else None
            if found:
                out.update({i: "" for i in range(k, j)})
                out[k] = found
        k = j + 1
    for k in range(len(ops) - 2):  # "25 January" for "January 25": the day on the other side of its month
        a, mid, b = ops[k], ops[k + 1], ops[k + 2]
        if mid.tag != "equal" or mid.q2 - mid.q1 != 1 or {a.tag, b.tag} != {"quote_only", "source_only"}:
            continue
        if k in out or k + 2 in out:
            continue
        qw = [t.norm for o in (a, b) for t in qt[o.q1 : o.q2]]
        sw = [src.norms[i] for o in (a, b) for i in range(o.s1, o.s2)]
        pair = sorted((qt[mid.q1].norm, qw[0] if qw else ""), key=str.isdigit)  # (month?, day?)
        if qw == sw and len(qw) == 1 and pair[1].isdigit() and variants.month_number(pair[0]) is not None:
            out[k], out[k + 2] = f"the same date written in another order: {' '.join(pair)}", ""
    return out


# Source words beside a changed stretch that a quote's word may run together with it ("OrlinCity" for "Orlin City").
RUN_TOGETHER_MAX_WORDS = 2


def _run_together(qn: Sequence[str], sn: Sequence[str], s1: int, s2: int) -> bool:
    """The quote's one word is the source's words from ``s1`` to ``s2`` with one or two more on either side (two or
    three where the quote adds the word, ``s1 == s2``), written together: a typing slip that drops a space, no
    change of a word."""
    if len(qn) != 1:
        return False
    for j in range(1, RUN_TOGETHER_MAX_WORDS + 2):
        after, before = sn[s1 : s2 + j], sn[max(0, s1 - j) : s2]
        if (len(after) >= 2 and qn[0] == "".join(after)) or (len(before) >= 2 and qn[0] == "".join(before)):
            return True
    return False


def _variant_note(
    o: Op, p: PieceAlignment, src: PreparedSource, q: str | None, s: str | None, n_src: int, settings: Settings
) -> str | None:
    """A note when a difference says the same thing (see :mod:`variants`), or is past a cut-off source's end."""
    qn = [t.norm for t in p.piece.toks[o.q1 : o.q2]]
    sn = list(src.norms[o.s1 : o.s2])
    if o.tag == "replace":
        found = variants.variant(q, s, settings, src.language)
        if found:
            return found
        if _run_together(qn, list(src.norms), o.s1, o.s2):  # "OrlinCity" for "Orlin City" at the window's edge
            return f"words written together: “{q}” for “{s}” and the word beside it"
        # (the quote's words past it are the cut-off tail's note; a partial word whole inside the quote's word
        # holds the cut there too, "ge" of "genocide")
        partial = len(qn) == len(sn) == 1 and qn[0].startswith(sn[0])
        at_end = o.q2 == len(p.piece.toks) or partial
        # ... or a word an excerpt's cut mark ends inside the source ("تحقي [...]"): the source's end there
        cut = partial and cut_mark_at(src.text, src.toks[o.s1].end)
        if (o.s2 >= n_src and at_end and qn and sn and qn[0].startswith(sn[-1][:3])) or cut:
            return f"the source ends mid-word (“{s}”): “{q}” not checked"
    if contracted(o.tag, [t.norm for t in p.piece.toks], o.q1, o.q2, src.norms, o.s1, o.s2):  # "It's" for "it is"
        return f"a contraction spelled out or made: “{q or ''}” for “{s or ''}”"
    if o.tag in ("source_only", "quote_only") and (qn or sn) and all(w in variants.LONE_CLITICS for w in qn or sn):
        return f"the conjunction “{q or s}” written apart from its word"  # Arabic "و سلامة" for "وسلامة"
    if o.tag == "source_only":
        found = _dropped_speech(o, src, settings)
        if found:
            return found
        near_number = any(w[:1].isdigit() for w in src.norms[max(0, o.s1 - 1) : o.s1])
        if variants.percent_word(sn, near_number):
            return f"“{s}” written as a sign"
    if o.tag == "quote_only":
        k = len(qn)
        if k and (list(src.norms[max(0, o.s1 - k) : o.s1]) == qn or list(src.norms[o.s1 : o.s1 + k]) == qn):
            return f"“{q}” stands beside the span in the source (a repeated start)"
        if _run_together(qn, list(src.norms), o.s1, o.s1):  # "OrlinCity" past the window, for "Orlin City"
            return f"words written together: “{q}” for the source's words beside the span"
        near_number = o.q1 > 0 and p.piece.toks[o.q1 - 1].norm[:1].isdigit()
        if variants.percent_word(qn, near_number):
            return f"“{q}” for a percent sign"
        if o.q2 == len(p.piece.toks) and (p.s_end >= n_src or cut_mark_at(src.text, src.toks[p.s_end - 1].end)):
            return f"the source ends here: “{q}” not checked (cut off)"  # (or breaks off: "Лукашенко ...")
        if o.q1 == 0 and p.s_start == 0 and o.s1 == 0:
            return f"the source starts here: “{q}” not checked (cut off)"
    return None


_KIND_RANK = {"verbatim": 4, "near_verbatim": 3, "altered": 2, "unsupported": 0}


def match_quote(
    doc_text: str, parts: Sequence[tuple[int, int]], sources: Sequence[PreparedSource], settings: Settings
) -> tuple[QuoteMatch, Alignment | None, tuple[str, ...]]:
    """The quote's best match over all sources (kind first, then similarity), with its alignment."""
    pieces, marks = parse_pieces(doc_text, parts)
    if not sources:
        return QuoteMatch("unchecked", reason="no sources given"), None, marks
    words = sum(len(p.toks) for p in pieces)
    too_long = words > settings.max_quote_words
    best: tuple[tuple[int, float], QuoteMatch, Alignment | None] | None = None
    for src in sources:
        cap = settings.common_word_cap
        al = _verbatim_alignment(pieces, src, cap) if too_long else _aligned(pieces, src, settings)
        if al is None:
            continue
        # Below the similarity (or length) that "altered" needs, one change makes the quote unsupported here
        # (:func:`classify`): the rest of its changes and notes would be read for nothing.
        weak = al.similarity < settings.altered_min_similarity or al.quote_words < settings.min_quote_words
        changes, _, notes = changes_and_notes(al, doc_text, settings, first_change=weak)
        marked = (*marks, "bracket") if any(n.startswith(PARENTHESES_NOTE) for n in notes) else marks
        kind = classify(al, changes, marked, settings)
        if kind == "unsupported":
            key = (0, al.similarity)
            qm = QuoteMatch("unsupported", similarity=al.similarity, reason="no source span carries these words")
        else:
            s0, s1 = al.source_span()
            key = (_KIND_RANK[kind], al.similarity)
            qm = QuoteMatch(kind, src.id, s0, s1, al.similarity, None, tuple(changes), notes=tuple(notes))
        if best is not None and key == best[0] and kind != "unsupported" and nearer(doc_text, parts, al, best[2]):
            best = (key, qm, al)  # a phrase two sources carry: the one whose sentence the article's shares more of
        if best is None or key > best[0]:
            best = (key, qm, al if kind != "unsupported" else None)
    if best is None and too_long:
        limit = settings.max_quote_words
        why = f"too long to align word by word ({words:,} words, over {limit:,}); no source has it verbatim"
        return QuoteMatch("unchecked", reason=why), None, marks
    if best is None:
        return QuoteMatch("unsupported", similarity=0.0, reason="no source shares its words"), None, marks
    qm, al = best[1], best[2]
    if al is not None:
        s0, s1 = al.source_span()
        qtext = " ".join(doc_text[a:b] for a, b in parts)
        qm = dataclasses.replace(qm, source_start=s0, source_end=s1, chrf=chrf(qtext, al.source.text[s0:s1]))
    return qm, al, marks


# Quotes aligned per process (a wire story's quotes come back in every reprint): the quote's words, marks and
# gaps, the source and the settings; entries hold the source and settings, so that no other object takes their
# ids while the entry lives.
ALIGN_CACHE_MAX = 20_000
_ALIGN_CACHE: dict[tuple[object, ...], tuple[int, Alignment | None, PreparedSource, Settings]] = {}


def _aligned(pieces: Sequence[Piece], src: PreparedSource, settings: Settings) -> Alignment | None:
    """:func:`align_pieces`, once per process for the same words: an alignment depends on the quote's words,
    marks and gaps, not on where the quote stands; a repeat gets the alignment with its own words' places."""
    key = (tuple((tuple(t.norm for t in p.toks), p.bracket, p.gap_before) for p in pieces), id(src), id(settings))
    hit = _ALIGN_CACHE.get(key)
    if hit is None:
        al = align_pieces(pieces, src, settings)
        first = 0 if al is None else _first_piece(al, pieces)
        hit = (first, al, src, settings)
        if len(_ALIGN_CACHE) >= ALIGN_CACHE_MAX:
            _ALIGN_CACHE.pop(next(iter(_ALIGN_CACHE), key), None)  # threads of the service may race here
        _ALIGN_CACHE[key] = hit
    first, al = hit[0], hit[1]
    if al is None:
        return None
    placed = tuple(
        dataclasses.replace(pa, piece=dataclasses.replace(pa.piece, toks=tuple(pieces[first + k].toks)))
        for k, pa in enumerate(al.pieces)
    )  # fmt: skip
    return dataclasses.replace(al, pieces=placed)


def _first_piece(al: Alignment, pieces: Sequence[Piece]) -> int:
    """Which of the quote's pieces the alignment's first stands for (its pieces are a run of them)."""
    want = [[t.norm for t in pa.piece.toks] for pa in al.pieces]
    return next(
        k for k in range(len(pieces) - len(want) + 1)
        if all([t.norm for t in pieces[k + i].toks] == w for i, w in enumerate(want))
    )  # fmt: skip


def _verbatim_alignment(pieces: Sequence[Piece], src: PreparedSource, cap: int) -> Alignment | None:
    """A quote too long to align word by word, found where the source holds it word for word; else None."""
    if len(pieces) != 1 or any(pieces[0].bracket):
        return None
    norms = [t.norm for t in pieces[0].toks]
    at = _exact_run(norms, src, 0, len(src.norms), cap)
    if at is None:
        return None
    n = len(norms)
    pa = PieceAlignment(pieces[0], at, at + n, (Op("equal", 0, n, at, at + n),), n)
    return Alignment(src, (pa,), 1.0, n, n)
