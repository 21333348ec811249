"""The drift stage: where a quote or passage that comes from a source changes what the source says.

Works on an alignment (``align.Alignment``): numbers, dates and names that one side changes, a negation
that one side has and the other lacks, a changed modal verb, a qualifier the article drops. Meaning-level
drift (added claims) is added by the semantic stage.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from provenance import lexicon
from provenance.pipeline import anchors as _anchors
from provenance.pipeline import meaning as M
from provenance.pipeline import variants
from provenance.pipeline.align import STOPWORDS, Alignment, Op, PieceAlignment
from provenance.pipeline.align_edges import SENTENCE_BOUNDARY
from provenance.pipeline.date_drift import date_kept, dates_differ, day_changed, saying_days, weekday_dates
from provenance.pipeline.figure_bounds import counts_other_things, rounding_phrase, same_bound
from provenance.pipeline.modality import modal_changes
from provenance.pipeline.name_swaps import (
    COUNTRIES,
    STATE_FORMS,
    TITLE_WORDS,
    name_run,
    named_in_span,
    one_full_name,
    outlet_or_person,
    part_of_shared_name,
    spelt_otherwise,
    stem_shared,
)
from provenance.pipeline.names import body_noun
from provenance.pipeline.negation_drift import NEGATION_LOCAL_FLOOR, SENTENCE_BREAK, negation_drift, sentence_breaks
from provenance.pipeline.qualifiers import ALLEGATION_FRAMES
from provenance.report import Drift
from provenance.settings import Settings, defaults
from provenance.text import Token, norm_word, title_case, tokens

NUMBER_WORDS = {  # and French, German, Spanish and Turkish (tools/lexicon_numbers.py); keyed as tokens are
    norm_word(w): float(v)
    for name in ("drift_number_words", "anchor_number_words_more")
    for w, v in lexicon.table(name).items()
}
# Month, weekday and negation words in every language the anchors know (one vocabulary for both stages).
MONTHS = frozenset(_anchors.MONTHS)
WEEKDAYS = frozenset(_anchors.WEEKDAYS)


QUALIFIERS = lexicon.words("drift_qualifiers")
_DIGITS = re.compile(r"^\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?$")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
# The longest swapped name or date, and the source context read for numbers: max_swap_words, max_context_words.


def number_value(word: str) -> float | None:
    w = word.lower()
    if _DIGITS.match(w):
        w = re.sub(r"(st|nd|rd|th)$", "", w)
        if re.fullmatch(r"\d{1,3}(,\d{3})+", w):
            w = w.replace(",", "")
        try:
            return float(w.replace(",", "."))
        except ValueError:
            return None
    return NUMBER_WORDS.get(w)


def is_date_word(word: str) -> bool:
    w = word.lower()
    return w in MONTHS or w in WEEKDAYS or bool(_YEAR.match(w))


def _in_numeric_date(doc: str, toks: Sequence[Token]) -> bool:
    """Whether a number among ``toks`` is part of a date written in digits ("2024-12-07"), which the word
    tokens split: a page's date stamp, compared as a date if at all."""
    if not toks:
        return False
    lo, hi = toks[0].start, toks[-1].end
    base = max(0, lo - DATE_STAMP_REACH)
    around = doc[base : hi + DATE_STAMP_REACH]
    return any(m.start() + base < hi and lo < m.end() + base for m in _anchors.NUMERIC_DATE.finditer(around))


# How far either side of a number a date in digits around it is looked for (the longest, "2024-12-07", is 10).
DATE_STAMP_REACH = 10


def _numbers(words: Iterable[str]) -> list[float]:
    return [v for w in words if not _YEAR.match(w) and (v := number_value(w)) is not None]


def _is_name(tok: Token, text: str) -> bool:
    """A capitalised word that does not start a sentence: a proper name (a body's noun, "el Ministerio", is none;
    a headline's capitals in title case, "Gravely Alarmed by …", say nothing of names)."""
    word = text[tok.start : tok.end]
    if not word[:1].isupper() or number_value(word) is not None or is_date_word(word) or body_noun(word):
        return False
    if word.casefold() in _COURTESY or (word in _TITLE_ABBREVIATIONS and text[tok.end : tok.end + 1] == "."):
        return False  # "M. Durov" for "Pavel Durov", "Monsieur Durov": a courtesy title, no name of its own
    if title_case(text, tok.start):
        return False
    before = text[max(0, tok.start - 3) : tok.start].rstrip(" \"“«„'‘")
    return bool(before) and before[-1:] not in ".!?\n:"


# Courtesy words and title abbreviations before a surname ("Mr", "Herr", "M.", "Mme"): house style, no name.
_COURTESY = lexicon.words("honorifics")
_TITLE_ABBREVIATIONS = lexicon.words("title_abbreviations")


def _written_lower(norm: str, *texts: str) -> bool:
    """A capitalised word that either text also writes in lower case is a common noun, capitalised by a house
    style ("These two Nations have been at War", "these two nations"): no name a drift could swap."""
    return any(norm in _lower_words(t) for t in texts)


@functools.lru_cache(maxsize=64)
def _lower_words(text: str) -> frozenset[str]:
    words = re.findall(r"(?<![\w'’-])[^\W\d_A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’-]*", text)
    return frozenset(norm_word(w) for w in words if w.islower())


def drift_of(al: Alignment, doc_text: str, settings: Settings | None = None, *, passage: bool = False) -> list[Drift]:
    """Drift found in an alignment: changed numbers, dates, names; negation, modality, dropped qualifiers.

    Only an alignment that is confidently the same statement is read (``drift_min_similarity``): on a loose
    one, words that differ are other words, not changed ones, and every "drift" would be a false alarm."""
    settings = settings or defaults()
    if al.similarity < settings.drift_min_similarity:
        # a negation in a clause aligned nearly word for word, inside a looser pair (the sentence fuses two of
        # the source's, or carries its own attribution): "had recorded confirmed cases in Port X" for "We have
        # not recorded any confirmed case in Port X"
        if al.similarity < NEGATION_LOCAL_FLOOR:
            return []
        out = [*negation_drift(al, doc_text, local=True), *_framed_numbers(al, doc_text, settings),
               *weekday_dates(al, doc_text)]  # fmt: skip
    else:
        out = []
        whole = (min(p.s_start for p in al.pieces), max(p.s_end for p in al.pieces)) if al.pieces else None
        for p in al.pieces:
            out.extend(_piece_drift(p, doc_text, al.source.text, al.source.toks, settings, al.source.language, whole))
            out.extend(_leading_bound(p, doc_text, al.source.text, al.source.toks) if passage else ())
        out.extend(negation_drift(al, doc_text))
    toks = [t for p in al.pieces for t in p.piece.toks]
    said = doc_text[toks[0].start : toks[-1].end] if toks else ""
    return dedup(saying_days(out, said, al.source.text[slice(*al.source_span())]))


# A number changed inside a looser pair is read where the words around it align exactly: this many before it (and
# one after), "three U.S. service members were killed and [25] injured" in a reworded lede.
NUMBER_FRAME_WORDS = 5


def _framed_numbers(al: Alignment, doc: str, s: Settings) -> list[Drift]:
    """Numbers swapped one for one between exact runs of words, in an alignment too loose to read whole."""
    out: list[Drift] = []
    for p in al.pieces:
        ops = p.ops
        for k in range(1, len(ops) - 1):
            before, o, after = ops[k - 1], ops[k], ops[k + 1]
            if o.tag != "replace" or before.tag != "equal" or after.tag != "equal":
                continue
            if o.q2 - o.q1 != 1 or o.s2 - o.s1 != 1 or before.q2 - before.q1 < NUMBER_FRAME_WORDS:
                continue
            out += [d for d in _piece_drift(_only(p, k), doc, al.source.text, al.source.toks, s, al.source.language)
                    if d.type == "number"]  # fmt: skip
    return out


def _leading_bound(p: PieceAlignment, doc: str, stext: str, stoks: Sequence[Token]) -> list[Drift]:
    """A passage's figure whose source words open with an approximation or a bound the aligner left outside the
    pair ("Around | 12,000 residents … have been advised" for "The NWA advised 12,000 residents …", or "Around
    12,000 | residents …" for "Officials told 12,000 | residents …"): no operation holds the source's word, so the
    rule for a dropped qualifier never reads it. The source's phrase must stand in the figure's sentence, and the
    article's words before the same figure, or anywhere in its sentence, hold none."""
    first = next((o for o in p.ops if o.tag != "quote_only"), None)
    if first is None or first.tag != "equal":
        return []
    k = first.s1  # the source's words before the pair, back to its sentence's start
    while k > max(0, first.s1 - _anchors.BOUND_WORDS - 2) and not SENTENCE_BOUNDARY.search(
        stext[stoks[k - 1].end : stoks[k].start]
    ):
        k -= 1
    qt = p.piece.toks
    if (value := number_value(stoks[first.s1].norm)) is not None:
        fs, fq = first.s1, first.q1  # the pair opens on the figure
    else:  # the figure stands just before the pair on both sides, among the article's unpaired words
        fs = next((j for j in range(first.s1 - 1, k - 1, -1) if number_value(stoks[j].norm) is not None), -1)
        value = number_value(stoks[fs].norm) if fs >= 0 else None
        fq = next(
            (j for j in range(first.q1 - 1, -1, -1) if value is not None and number_value(qt[j].norm) == value), -1
        )
        if fq < 0:
            return []
    phrase = rounding_phrase([t.norm for t in stoks[k:fs]])
    if phrase is None or rounding_phrase([t.norm for t in qt[:fq]]) is not None:
        return []
    if set(phrase.split()) & {t.norm for t in qt} or any(t.norm in _HEDGES or t.norm.startswith(_EXPECTED) for t in qt):
        return []  # "12,000 residents, roughly": kept elsewhere; "expected to reach 12,000": hedged
    n = len(phrase.split())
    return [Drift("dropped_qualifier", _words_at(doc, qt, fq, min(len(qt), fq + 2)),
                  _words_at(stext, stoks, fs - n, min(len(stoks), fs + 2)))]  # fmt: skip


def _only(p: PieceAlignment, k: int) -> PieceAlignment:
    """``p`` with its operation ``k`` alone."""
    return replace(p, ops=(p.ops[k],))


def _piece_drift(
    p: PieceAlignment,
    doc: str,
    stext: str,
    stoks: Sequence[Token],
    s: Settings,
    src_language: str | None = None,
    whole: tuple[int, int] | None = None,
) -> list[Drift]:
    """Drift in one piece's operations. German capitalises every noun, so a capital is no sign of a name there
    and names are not compared. ``whole``: the source words the alignment's pieces span together (a name the
    article writes in one piece is no swap where another piece's source words hold it)."""
    out: list[Drift] = []
    qt = p.piece.toks
    s_from, s_to = whole or (p.s_start, p.s_end)
    # a qualifier the passage keeps elsewhere was moved, not dropped; in its quoted words too (a passage leaves
    # them out: 'ready to "immediately" start')
    kept = {t.norm for t in qt} | ({t.norm for t in tokens(doc[qt[0].start : qt[-1].end])} if qt else set())
    for k, o in enumerate(p.ops):
        if o.tag == "equal":
            continue
        qw = [t.norm for t in qt[o.q1 : o.q2]]
        sw = [t.norm for t in stoks[o.s1 : o.s2]]
        # A side with no words of its own is shown by the words around the gap ("no risk of").
        q_side = _words_at(doc, qt, o.q1, o.q2)
        s_side = _words_at(stext, stoks, o.s1, o.s2)
        # A name or a date swapped for another is a short replacement; a long one is a rewording whose
        # words happen to include dates or capitals on both sides.
        local = max(len(qw), len(sw)) <= s.max_swap_words
        if o.tag == "replace":
            qn, sn = _numbers(qw), _numbers(sw)
            elsewhere = set(_numbers(t.norm for t in qt[: o.q1])) | set(_numbers(t.norm for t in qt[o.q2 :]))
            if (
                qn and sn and set(qn) != set(sn) and _only_numbers_differ(qw, sw) and not set(sn) <= elsewhere
                and not _same_written_number(doc, qt, o.q1, o.q2, stext, stoks, o.s1, o.s2)
                and not _in_numeric_date(doc, qt[o.q1 : o.q2])  # "2024-12-07 The …": a page's stamp, no count
            ):  # fmt: skip
                # (a source figure the passage writes elsewhere is kept, not changed: "the first 20 of 45")
                # the whole number on each side ("twenty-five"), not the word the ops split off
                qa, qb = _number_span(qt, o.q1, o.q2, words_only=True)
                sa, sb = _number_span(stoks, o.s1, o.s2, words_only=True)
                # "майже 39 млн" for "38,6 млн": the source's figure rounded (a multiplier after both, if any)
                written = _words_at(doc, qt, max(0, qa - 2), min(len(qt), qb + 1)) or ""
                rounded = _anchors.rounded_from(written, _words_at(stext, stoks, sa, min(len(stoks), sb + 1)) or "")
                reach = _anchors.BOUND_WORDS  # the words before each figure: its bound, if any ("up to 80")
                bounded = _anchors.bound_keeps(
                    [t.norm for t in stoks[max(0, sa - reach) : sa]],
                    qn,
                    sn,
                    [t.norm for t in qt[max(0, qa - reach) : qa]],
                )
                if not rounded and not bounded and not _count_other_things(qt, qb, stoks, sb):
                    out.append(Drift("number", _words_at(doc, qt, qa, qb), _words_at(stext, stoks, sa, sb)))
            if local and dates_differ(qw, sw) and not date_kept(qw, [t.norm for t in stoks[p.s_start : p.s_end]]):
                out.append(Drift("date", q_side, s_side))
            qnames = [t for t in qt[o.q1 : o.q2] if _is_name(t, doc) and not _written_lower(t.norm, doc, stext)]
            snames = [t for t in stoks[o.s1 : o.s2] if _is_name(t, stext) and not _written_lower(t.norm, doc, stext)]
            if (
                local
                and qnames
                and snames
                and _anchors.capitals_are_names(src_language)
                and _swapped_name(qnames, snames, doc, stext, stoks, qt, s, in_place=_in_place(p.ops, k))
                and not _names_cut(qnames, doc, snames, stext)
                # "Cardinal Chamberlain Ivo Jan Marek" for "Cardinal Ivo Marek, Chamberlain of …": the
                # article's person is named in the source's span too, the words moved around the name
                and not named_in_span(qnames, doc, [t for t in stoks[s_from:s_to] if _is_name(t, stext)])
            ):
                out.append(Drift("name", q_side, s_side))
        if o.tag in ("replace", "source_only"):
            dropped = [w for k, w in enumerate(sw, o.s1) if w in QUALIFIERS and w not in kept and _qualifies(stoks, k)
                       and _figure_rendered(stoks, k, qt) and not _own_bound(stoks, k, qt)]  # fmt: skip
            if dropped and set(dropped) <= _ATTRIBUTION_QUALIFIERS and _alleged(qt):
                dropped = []  # "The accusation is that X is responsible" for "X is allegedly responsible"
            if dropped and same_bound([t.norm for t in qt], (o.q1, o.q2), [t.norm for t in stoks], (o.s1, o.s2)):
                dropped = []  # "as much as 900" for "up to 900": the bound said in other words
            if local and dropped and not [w for w in qw if w in QUALIFIERS or w in _HEDGES or w.startswith(_EXPECTED)]:
                out.append(Drift("dropped_qualifier", q_side, s_side))
    for q1, q2, s1, s2 in modal_changes(p.ops, qt, doc, stoks, stext):
        out.append(Drift("modality", _words_at(doc, qt, q1, q2), _words_at(stext, stoks, s1, s2)))
    days = day_changed(qt, stoks[p.s_start : p.s_end], stoks) if not any(d.type == "date" for d in out) else None
    if days is not None:
        # "on Monday, Nov. 8, the ministry said" for "on Monday, 15 November. The remaining …": the one month
        # each side names, with another day beside it, however the operations cut the words
        (qa, qb), (sa, sb) = days
        out.append(Drift("date", doc[qa:qb], stext[sa:sb]))
    out.extend(_unpaired_numbers(p, doc, stext, stoks, s.max_context_words))
    return out


# Qualifiers of who says a claim ("allegedly"), which a frame of allegation in the sentence keeps ("accused of"),
# and the hedges that stand in for a qualifier ("probably" for "allegedly"): lexicons attribution_qualifiers,
# allegation_frames (read by meaning, which keeps "reportedly" the same way), hedges.
_ATTRIBUTION_QUALIFIERS = lexicon.words("attribution_qualifiers")
_HEDGES = frozenset(M.HEDGES)
# ... and the words that present a claim as expected, which keep a dropped hedge ("projected" for "likely";
# lexicon expectation_words).
_EXPECTED = tuple(lexicon.words_all("expectation_words"))


def _alleged(toks: Sequence[Token]) -> bool:
    return any(t.norm.startswith(ALLEGATION_FRAMES) for t in toks)


# Qualifiers that qualify only with their partner after them: "more than 300", "up to 900"; "two more will open"
# and "set up" qualify nothing (lexicon: qualifier_partners).
_PARTNERED = lexicon.table("qualifier_partners")


_APPROXIMATE = frozenset(w.lower() for w in lexicon.rows("approximate_qualifiers"))


def _own_bound(stoks: Sequence[Token], k: int, qt: Sequence[Token]) -> bool:
    """The article gives the figure the source's qualifier at ``k`` qualifies after a bound or an approximation of
    its own ("nearly 3,400" for "some 3,400"), which the operations may set apart from the source's word."""
    figure = next((v for t in stoks[k + 1 : k + 4] if (v := number_value(t.norm)) is not None), None)
    before = (qt[max(0, j - _anchors.BOUND_WORDS) : j] for j, t in enumerate(qt) if number_value(t.norm) == figure)
    return figure is not None and any(rounding_phrase([t.norm for t in b]) is not None for b in before)


def _figure_rendered(stoks: Sequence[Token], k: int, qt: Sequence[Token]) -> bool:
    """A qualifier of a figure ("more than a year", "about 300") is dropped only where the passage gives the
    figure: one it leaves out whole ("… been overflowing for more than a year." beside a sentence the passage
    renders) was not rendered, so neither was its qualifier. A qualifier of no figure counts as before."""
    figure = next((v for t in stoks[k + 1 : k + 4] if (v := number_value(t.norm)) is not None), None)
    if figure is not None:
        return figure in {number_value(t.norm) for t in qt}
    if stoks[k].norm not in _PARTNERED and stoks[k].norm not in _APPROXIMATE:
        return True
    if stoks[k].norm not in _PARTNERED and not any(_anchors.time_unit(t.norm) for t in stoks[k + 1 : k + 4]):
        return False  # "some good news", "about the talks": an approximation of no figure or duration is none
    # "more than a year": the words of the figure, one of them in the passage
    words = [t.norm for t in stoks[k + 1 : k + 4] if t.norm not in STOPWORDS and t.norm not in _PARTNERED.values()]
    return not words or bool(set(words) & {t.norm for t in qt})


_PARTICLE_VERBS = tuple(lexicon.words("qualifier_particle_verbs"))  # "pick up to": the verb's particle


def _qualifies(toks: Sequence[Token], k: int) -> bool:
    partner = _PARTNERED.get(toks[k].norm)
    if partner is not None and k > 0 and toks[k - 1].norm.startswith(_PARTICLE_VERBS):
        return False  # "will pick up to 0.9 percent": the verb's particle, no bound
    return partner is None or (k + 1 < len(toks) and toks[k + 1].norm == partner)


def _number_span(toks: Sequence[Token], a: int, b: int, *, words_only: bool = False) -> tuple[int, int]:
    """Widen ``a:b`` over the number words beside it: "twelve | thousand" is one number, 12,000. With
    ``words_only``, over number words alone (no digits, no multipliers): the words a drift shows ("twenty |
    five")."""

    def widens(norm: str, forward: bool) -> bool:
        if words_only:
            return (number_value(norm) is not None and not _DIGITS.match(norm)) or norm in _anchors.AFTER_NUMBER
        return (
            number_value(norm) is not None
            or (forward and norm in _anchors.MULTIPLIERS)
            or norm in _anchors.AFTER_NUMBER
        )

    while a > 0 and widens(toks[a - 1].norm, False):
        a -= 1
    while b < len(toks) and widens(toks[b].norm, True):
        b += 1
    return a, b


def _written_values(text: str, toks: Sequence[Token], a: int, b: int) -> set[float]:
    """The values of the whole number written over words ``a:b`` and the number words beside them ("twenty |
    five", "twelve | thousand")."""
    a, b = _number_span(toks, a, b)
    return set(_values_in(text[toks[a].start : toks[b - 1].end]))


def _written_in(text: str) -> frozenset[float]:
    """The values of the numbers written in ``text`` (:func:`anchors.numbers`, words read together)."""
    return frozenset(v for n in _anchors.numbers(_anchors.words(text), text) for v in n.values)


# A source sentence is read for numbers against every article sentence aligned with it, in every reprint (issue 15);
# an article's own numbers are kept for its check only (a few articles: each would be held alive while kept).
_values_in = functools.lru_cache(maxsize=1 << 13)(_written_in)
_article_values = functools.lru_cache(maxsize=4)(_written_in)


def _same_written_number(
    doc: str, qt: Sequence[Token], q1: int, q2: int, stext: str, st: Sequence[Token], s1: int, s2: int
) -> bool:
    """Both sides hold one number, written differently ("twelve thousand" and "12,000", "twenty-five" and "25")."""
    qv, sv = _written_values(doc, qt, q1, q2), _written_values(stext, st, s1, s2)
    return (bool(qv) and qv <= sv) or (bool(sv) and sv <= qv)


def _words_at(text: str, toks: Sequence[Token], a: int, b: int) -> str | None:
    if b <= a:
        a, b = max(0, a - 2), min(len(toks), a + 2)
    if b <= a:
        return None
    return text[toks[a].start : toks[b - 1].end]


def _only_numbers_differ(qw: Sequence[str], sw: Sequence[str]) -> bool:
    """A number changed in place: take the numbers out and both sides read the same ("five" / "fifteen")."""

    def rest(ws: Sequence[str]) -> list[str]:
        return [w for w in ws if number_value(w) is None or _YEAR.match(w)]

    return rest(qw) == rest(sw)


def _count_other_things(qt: Sequence[Token], qb: int, stoks: Sequence[Token], sb: int) -> bool:
    """The two figures count different things: the words after them are other nouns."""
    words = (t.norm for t in stoks[max(0, sb - 40) : sb + 40])
    return qb < len(qt) and sb < len(stoks) and counts_other_things(qt[qb].norm, stoks[sb].norm, words)


def _unpaired_numbers(p: PieceAlignment, doc: str, stext: str, stoks: Sequence[Token], max_context: int) -> list[Drift]:
    """A number the article gives that the aligned source words lack, where the source gives another."""
    qt = p.piece.toks
    context = list(_sentence_context(stext, stoks, p.s_start, p.s_end, max_context))
    s_nums = set(_numbers(t.norm for t in context))
    if context:  # and the numbers written over several words ("ثمانية عشر" is 18, not 8 and 10)
        s_nums |= _values_in(stext[context[0].start : context[-1].end])
    # source numbers by the word that follows them: "148 million" -> {"million": ["148"]}
    by_unit: dict[str, list[Token]] = {}
    for a, b in itertools.pairwise(context):
        if number_value(a.norm) is not None:
            by_unit.setdefault(b.norm, []).append(a)
    out = []
    for o in p.ops:
        if o.tag not in ("quote_only", "replace"):
            continue
        if o.tag == "replace":  # a number changed in place is the replace rule's
            qw = [t.norm for t in qt[o.q1 : o.q2]]
            sw = [t.norm for t in stoks[o.s1 : o.s2]]
            if _numbers(sw) and _only_numbers_differ(qw, sw):
                continue
        for k in range(o.q1, o.q2):
            t = qt[k]
            v = number_value(t.norm)
            unit = qt[k + 1].norm if k + 1 < len(qt) else ""
            if v is None or _YEAR.match(t.norm) or v in s_nums or unit not in by_unit:
                continue
            if _in_numeric_date(doc, [t]):
                continue  # "2024-12-07 The …": a page's date stamp, no count of anything
            if _written_values(doc, qt, k, k + 1) & s_nums:
                continue  # "twenty-five": the number is the whole written run, which the source has
            other = by_unit[unit][0]
            if _given_too(doc, other.norm):
                continue  # "191 morts" beside the source's "2.012 morts", which the article gives too: a detail added
            at = stoks.index(other)
            oa, _ = _number_span(stoks, at, at + 1, words_only=True)
            other_text = stext[stoks[oa].start : other.end]  # "deux cent cinquante", not "cinquante"
            written, theirs = doc[qt[max(0, k - 2)].start : qt[k + 1].end], f"{other_text} {unit}"
            if _anchors.rounded_from(written, theirs):
                continue  # "майже 39 млн" for "38,6 млн": the source's figure, rounded
            out.append(Drift("number", doc[t.start : qt[k + 1].end], f"{other_text} {unit}"))
    return out


def _sentence_context(stext: str, stoks: Sequence[Token], a: int, z: int, max_context: int) -> Sequence[Token]:
    """The source words of the sentences that the aligned window touches."""
    if a >= z:
        return ()
    starts, ends = sentence_breaks(stext)
    i = bisect.bisect_right(ends, stoks[a].start)
    lo = ends[i - 1] if i else 0
    j = bisect.bisect_left(starts, stoks[z - 1].end)
    hi = starts[j] if j < len(starts) else len(stext)
    floor, ceiling = max(0, a - max_context), min(len(stoks), z + max_context)
    while a > floor and stoks[a - 1].start >= lo:
        a -= 1
    while z < ceiling and stoks[z].end <= hi:
        z += 1
    return stoks[a:z]


def _in_place(ops: Sequence[Op], k: int) -> bool:
    """A one-word replacement with the same words on both sides of it ("in the Alder and X regions")."""
    o = ops[k]
    return (o.q2 - o.q1 == 1 == o.s2 - o.s1 and 0 < k < len(ops) - 1
            and ops[k - 1].tag == "equal" and ops[k + 1].tag == "equal")  # fmt: skip


# Words that link a name's words ("Court of Justice", "Prevention and Punishment of the Crime"; lexicons
# body_name_links, name_conjunctions and definite_articles), read between capitalised words only.
_LINK_WORDS = {*lexicon.words("body_name_links"), *lexicon.words("name_conjunctions")}
_ARTICLE_WORDS = {w for w in lexicon.words_all("definite_articles") if w.isalpha()}  # "of the Crime"
_NAME_LINK = "|".join(re.escape(w) for w in sorted(_LINK_WORDS | _ARTICLE_WORDS, key=len, reverse=True))
_CAP_WORD = r"[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’-]*"
_RUN_AFTER = re.compile(rf"(?:[^\S\n]+(?:(?:{_NAME_LINK})[^\S\n]+){{0,2}}{_CAP_WORD})+")
_RUN_BEFORE = re.compile(rf"(?:{_CAP_WORD}[^\S\n]+(?:(?:{_NAME_LINK})[^\S\n]+){{1,2}})+$")


def _beyond(text: str, a: int, b: int) -> tuple[list[str], list[str]]:
    """The words of the longer name that ``text[a:b]`` is part of, before it and after it: capitalised words after
    it ("Court of Justice"), and before it only through a link ("Prevention and"; a title right before a person's
    name, "Deputy Governor", is none)."""
    before = _RUN_BEFORE.search(text[max(0, a - 80) : a])
    after = _RUN_AFTER.match(text[b : b + 80])
    return (before.group().split() if before else []), (after.group().split() if after else [])


def _names_cut(qnames: Sequence[Token], doc: str, snames: Sequence[Token], stext: str) -> bool:
    """The two sides are parts of two longer names that go on differently ("International" of "The International
    Court of Justice" against "Punishment" of "the Prevention and Punishment of the Crime"): a loose alignment
    paired the parts, no name was swapped for another. A whole name for a whole name ("Jane Doe" for "John Roe",
    "Deputy Governor Lev Roe" for "Governor Ana Doe"), for part of one ("Marek" for "the Borea NPP"), or two names
    that go on alike ("Jane Doe of Orlin" for "John Roe of Kessel") stays a swap."""
    qb, qa = _beyond(doc, qnames[0].start, qnames[-1].end)
    sb, sa = _beyond(stext, snames[0].start, snames[-1].end)
    low = str.casefold
    alike = (qa and sa and low(qa[0]) == low(sa[0])) or (qb and sb and low(qb[-1]) == low(sb[-1]))
    return bool(qa or qb) and bool(sa or sb) and not alike and [*map(low, qb + qa)] != [*map(low, sb + sa)]


def _swapped_name(qnames: Sequence[Token], snames: Sequence[Token], doc: str, stext: str,
                  stoks: Sequence[Token], passage: Sequence[Token], settings: Settings, *,
                  in_place: bool = False) -> bool:  # fmt: skip
    """A name swapped for another person or body: the article's name is another one the source itself names
    (so not a spelling, alias, abbreviation or translation of the source's), and no variant of it."""
    q = " ".join(doc[t.start : t.end + (doc[t.end : t.end + 1] == ".")] for t in qnames)  # ("Е.": an initial)
    s = " ".join(stext[t.start : t.end + (stext[t.end : t.end + 1] == ".")] for t in snames)
    if (
        {t.norm for t in qnames} == {t.norm for t in snames}
        or variants.variant(q, s, settings)
        or _anchors.same_name(q, s, _anchors.NameRule.of(settings))
    ):
        return False
    acronyms = [[doc[t.start : t.end] for t in qnames], [stext[t.start : t.end] for t in snames]]
    if any(all(len(w) > 1 and w.isupper() for w in side) for side in acronyms):
        return False  # an acronym stands for a name written out elsewhere
    if SENTENCE_BREAK.search(stext[snames[0].start : snames[-1].end + 2]):
        return False  # "… Russian Federation. He wishes": the alignment ran over the source's sentence end
    if {t.norm for t in snames} & {t.norm for t in passage}:
        return False  # the source's name is still in the passage: words moved, not a name swapped
    if spelt_otherwise(doc, qnames, stext, snames):
        return False  # "Idaoutnan" for "Ida-Outanane": one place's name in another spelling
    if one_full_name(doc, qnames, stext, snames):
        return False  # "stand with Roe" for "stand with you, Jane": one person's surname for their given name
    if part_of_shared_name(doc, qnames, passage, stext, snames):
        return False  # "President Jane Roe" for "Roe": the given name of a person both name, no one else
    if outlet_or_person(doc, qnames, stext, snames):
        return False  # "told Orlin News" for "Cardinal Jane Roe announced": an outlet where a person was, no swap
    if stem_shared(name_run(doc, qnames), name_run(stext, snames)):
        return False  # "Russia" for "the Russian Federation": one country's short and official names
    if any(t.norm in STATE_FORMS for t in [*qnames, *snames]):
        return False  # "the Republic of Azerbaijan", "Azerbaijan's Ministry of Defense": a state's title, no swap
    if any(t.norm in COUNTRIES for t in qnames) != any(t.norm in COUNTRIES for t in snames):
        return False  # "from Ukraine" for "from the Zaporizhzhia NPP": a place named by its country, no swap
    if any(all(t.norm in TITLE_WORDS for t in side) for side in (qnames, snames)):
        return False  # "Papa Ivo" for "Santo Padre Ivo": one person's title for another of theirs
    if (len(qnames) >= 2 and len(snames) >= 2) or in_place:
        return True  # one full name ("Jane Doe") for another ("John Roe"); one place for another, in place
    source_names = {t.norm for t in stoks if _is_name(t, stext)}
    return all(t.norm in source_names for t in qnames)


def _given_too(doc: str, source_figure: str) -> bool:
    """The article gives the source's figure somewhere (its headline, another sentence)."""
    values = {v for n in _anchors.numbers(_anchors.words(source_figure)) for v in n.values}  # "2.012": 2012 too
    return bool(values) and bool(values & _article_values(doc))


def dedup(items: Sequence[Drift]) -> list[Drift]:
    """Drift items in order, each (type, sides) once."""
    seen = set()
    out = []
    for d in items:
        key = (d.type, d.quote_side, d.source_side)
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


SEVERITY = {
    "number": "error",
    "date": "error",
    "name": "error",
    "negation": "error",
    "modality": "warning",
    "dropped_qualifier": "warning",
    "added_claim": "warning",
}
