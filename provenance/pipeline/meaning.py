"""Meaning drift between two texts in any pair of languages: the anchors' disagreements (numbers, dates,
names: :mod:`provenance.pipeline.anchors`), and a negation, a hedge or a qualifier one side has and the other
lacks, read with per-language lexicons (``anchor_negations``, ``negation.LANG``, ``negative_meaning``,
``hedges``, ``modality.LANG``; the qualifiers in :mod:`provenance.pipeline.qualifiers`).

:func:`meaning_drift` is what the semantic stage reports for a quote or passage it matched by meaning.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from provenance import lexicon
from provenance.pipeline.anchors import (
    MONTHS,
    Anchors,
    NameRule,
    Word,
    _word_forms,
    anchors_of,
    compare,
    words,
)
from provenance.pipeline.figure_bounds import counts_other_things
from provenance.pipeline.hedges_ar import imperfect_ar, pluperfect_ar
from provenance.pipeline.negation_comparisons import (
    capital_inside,
    conditional,
    emphasised,
    if_not_more,
    in_condition,
    litotes,
    noun_prefix,
    opens_phrase,
    than_ever,
)
from provenance.pipeline.prior_values import background_figure, unpaired_across
from provenance.pipeline.qualifiers import EMPHATIC, QUALIFIERS, dropped_qualifiers
from provenance.report import Drift
from provenance.settings import Settings
from provenance.text import SENTENCE_STOP, sentences

# --- polarity, modality, qualifiers --------------------------------------------------------------

NEGATIONS = lexicon.words("anchor_negations")
# Words whose meaning carries a negation ("safe" = no danger, "avoid" = not do). A side that lacks a
# negation but has one of these is not a flipped negation: the paraphrase moved the "not" into the word.
NEGATIVE_MEANING = tuple(lexicon.rows("negative_meaning"))
# Negations that say something stopped, and the words of ending that render them without a negation.
CEASED = tuple(lexicon.rows("negation_ceased"))
CESSATION = tuple(lexicon.rows("cessation_words"))
# Hedges: a statement of possibility. One side hedged and the other not is modality drift.
HEDGES = tuple(lexicon.rows("hedges"))
# Words that are a hedge in one reading and an ability ("can") in another: they never count as drift
# (lexicon hedge_or_ability: adjectives of possibility too).
HEDGE_OR_ABILITY = tuple(lexicon.rows("hedge_or_ability"))
# --- polarity and hedging ------------------------------------------------------------------------


def _has(ws: Sequence[Word], lexicon: Iterable[str], *, prefix: bool = False) -> Word | None:
    lex = tuple(lexicon)
    joined = " " + " ".join(w.low for w in ws) + " "
    for w in ws:
        for form in _word_forms(w.low):
            if form in lex or (prefix and any(form.startswith(p) for p in lex if len(p) >= 4)):
                return w
    for phrase in (p for p in lex if " " in p):
        if f" {phrase} " in joined:
            return ws[0] if ws else None
    return None


def ceased(negated: str, plain: str) -> bool:
    """The negated text says something no longer goes on and the other that it is over ("no longer a national
    emergency" for "over as a national emergency"): the ending carries the negation, no drift."""
    return _has(words(negated), CEASED) is not None and _has(words(plain), CESSATION) is not None


def means_negation(plain: str) -> bool:
    """The text says "not" with a word of negative meaning ("safe" for "no danger", "unacceptable" for "we do
    not accept"): the other side's negation renders it."""
    return _negative_word(words(plain)) is not None


def _negative_word(ws: Sequence[Word]) -> Word | None:
    """A word of negative meaning (lexicon ``negative_meaning``) or one that says something cannot be done."""
    return _has(ws, NEGATIVE_MEANING, prefix=True) or _privative(ws)


# Affixes of words that say something cannot be done ("uncontrollable" for "cannot be controlled"), and the
# length such a word has at least: shorter ones ("unable" is listed; "table", "invisible" is long enough) are
# too often other words that happen to start and end so.
PRIVATIVE_AFFIXES = tuple(
    (a.strip("-"), b) for a, b in (r.split("\t") for r in lexicon.rows("privative_affixes", ext="tsv"))
)
PRIVATIVE_MIN_LETTERS = 8


def _privative(ws: Sequence[Word]) -> Word | None:
    """A word that says something cannot be done ("incontrôlable", "unkontrollierbar", "неконтролируемый";
    lexicon ``privative_affixes``)."""
    return next(
        (w for w in ws if len(w.low) >= PRIVATIVE_MIN_LETTERS
         and any(w.low.startswith(a) and w.low.endswith(b) for a, b in PRIVATIVE_AFFIXES)),
        None,
    )  # fmt: skip


@lru_cache(maxsize=1)
def all_negations() -> tuple[str, ...]:
    """The cross-language negation cues (lexicon ``anchor_negations``: stems and phrases such as "no longer")
    and the clause negations of every language (lexicon ``negation.LANG``, which :mod:`drift` reads alone)."""
    return tuple(sorted(set(NEGATIONS) | {w.lower() for w in lexicon.words_all("negation")}))


@lru_cache(maxsize=4)
def _modal_words(modal_class: str) -> frozenset[str]:
    """The modal words of a class ("possible", "able") in every language's modality table."""
    return frozenset(w.lower() for lang in lexicon.languages("modality")
                     for w, c in lexicon.table("modality", lang).items() if modal_class in c.split(","))  # fmt: skip


@lru_cache(maxsize=1)
def _all_hedges() -> tuple[str, ...]:
    """This module's hedges and the lexicon's modal words of possibility in every language."""
    return tuple(sorted(set(HEDGES) | _modal_words("possible")))


# Letters of languages that say negation and possibility with verb suffixes (Turkish -me/-ma, -abil): a side
# written in them is read for negation by its endings (:func:`suffix_negated`), not for modality.
_SUFFIXING = re.compile("[ğışĞİŞ]")


# The shortest Turkish verb stem read before a negative ending without a list: "gelmedi", "yapılmamış"; a
# two-letter one must be a listed verb ("etmedi"), or "komedi" and "namaz" would read as negated.
NEGATED_STEM_MIN = 3


@lru_cache(maxsize=1)
def _negative_endings() -> re.Pattern[str]:
    endings = sorted(lexicon.rows("negation_endings", "tr"), key=len, reverse=True)
    alts = "|".join(re.escape(e.rstrip("*")) + (r"\w*" if e.endswith("*") else "") for e in endings)
    short = "|".join(re.escape(s) for s in sorted(lexicon.rows("verb_stems_short", "tr")))
    return re.compile(rf"(?:\w{{{NEGATED_STEM_MIN},}}|{short})(?:{alts})")


def suffix_negated(word: str) -> bool:
    """A Turkish verb negated by its suffix ("kaydedilmediğini", "olmayacak"; lexicon ``negation_endings.tr``).
    A capitalised word is a name ("Yılmaz")."""
    return word[:1].islower() and _negative_endings().fullmatch(word.casefold()) is not None


def negated(ws: Sequence[Word], *, suffixes: bool = False) -> Word | None:
    """The first negation; one within three words after "until" in its negative form ("поки … не відступить",
    "avant qu'il ne parte") negates nothing. ``suffixes``: the text is Turkish, whose verbs negate with a
    suffix (:func:`suffix_negated`)."""
    for k, w in enumerate(ws):
        if w.low.endswith("n't") and not _doubted(ws, k):
            return w
    expletive = _expletive_cues()
    # a negation after "until", one that asserts ("not only … but", "make no mistake", "no doubt that"), or one of
    # a concessive clause ("що б не сказав": whatever he says)
    kept = [
        w for k, w in enumerate(ws)
        if not any(x.low in expletive for x in ws[max(0, k - 3) : k])
        and not opens_phrase(ws, k, EMPHATIC + _IDIOMS) and not _doubted(ws, k)
        and not any(ws[j].low in _PARTICLE and ws[j - 1].low in _CONCESSIVE for j in range(max(1, k - 2), k))
        and not (w.low in _LOOKALIKES and k + 1 < len(ws) and ws[k + 1].low.startswith("ال"))  # "كلا البلدين"
        and not any(f in _PRIVATIVES for f in _word_forms(w.low))  # "غير قانوني": unlawful
        and not (k and ws[k - 1].low in _NOUN_HEADS)  # "un pas de plus": a step
        and not (w.low in _NUMERO and k + 1 < len(ws) and ws[k + 1].text.isdigit() and w.text[:1].isupper())  # "No. 3"
        and not w.joined and not noun_prefix(ws, k)  # "non-membership", "la no intervención": a noun's prefix
        and not than_ever(ws, k)  # "más fuerte que nunca": stronger than ever
        and not if_not_more(ws, k)  # "as much, if not more": perhaps more
        and not litotes(ws, k, _negation_set())  # "не мог не знать": he knew
        and not capital_inside(ws, k)  # "in dieser Zeit der Not": a German noun, not English "not"
    ]  # fmt: skip
    found = _has(kept, all_negations())
    if found is None and suffixes:
        found = next((w for w in kept if suffix_negated(w.text) and not _as_soon_as(ws, w)), None)
    return found


_NUMERO = frozenset(lexicon.words("numero_words"))


def _as_soon_as(ws: Sequence[Word], w: Word) -> bool:
    """Turkish "-ir -mez" with one verb twice ("toplanır toplanmaz", "gelir gelmez"): "as soon as", no negation."""
    k = ws.index(w)
    stem = w.low[:-3]
    return k > 0 and w.low.endswith(("maz", "mez")) and ws[k - 1].low.startswith(stem) and ws[k - 1].low.endswith("r")


def _doubted(ws: Sequence[Word], k: int) -> bool:
    """A doubt word within three words after ``ws[k]`` or just before it: a negation there asserts ("I have no
    doubt", "ولا يساورني أدنى شك", "şüphem yok")."""
    near = [*ws[k + 1 : k + 4], *ws[max(0, k - 1) : k]]
    return any(f in _DOUBTS for x in near for f in _word_forms(x.low))


# ... and verbs of sparing, which a negation next to them makes a promise ("will spare no effort").
_DOUBTS = frozenset(w.casefold() for w in (*lexicon.words("doubt_words"), *lexicon.words("negation_sparing")))
# Phrases opening with a negation that assert ("no doubt that", "not only"), casefolded (claims read them too).
# ... and phrases opening with a negation word that negate nothing ("وغير ذلك": "and other"; "لا سيما": "especially").
_IDIOMS = tuple(p.casefold() for p in lexicon.rows("negation_idioms"))


def _bound_idioms() -> tuple[str, ...]:
    """Number bounds said with a negation ("не менее", "ما لا يقل عن": at least; "no more than"; lexicon
    ``anchor_bounds``), from each negation word on: a bound, no negated clause. A negation word that closes its
    phrase ("ne dépassant pas") is no idiom alone: every "pas" would be one."""
    negations = {w.casefold() for w in lexicon.words_all("negation")}
    phrases = [p.casefold().split() for p in lexicon.table("anchor_bounds")]
    return tuple(
        " ".join(ws[k:]) for ws in phrases for k, w in enumerate(ws) if w in negations and set(ws[k:]) - negations
    )


_IDIOMS += _bound_idioms()
_CONCESSIVE = lexicon.words("concessive_words")
_LOOKALIKES = frozenset(w.lower() for w in lexicon.words_all("negation_lookalikes"))
_PRIVATIVES = frozenset(w.lower() for w in lexicon.words_all("negation_privatives"))
_NOUN_HEADS = frozenset(w.casefold() for w in lexicon.words_all("negation_noun_heads"))
_PARTICLE = frozenset({"б", "би", "бы"})  # the conditional particle of Ukrainian and Russian


@lru_cache(maxsize=1)
def _negation_set() -> frozenset[str]:
    return frozenset(all_negations())


@lru_cache(maxsize=1)
def _expletive_cues() -> frozenset[str]:
    return frozenset(w.casefold() for w in lexicon.words("expletive_negation"))


def hedged(ws: Sequence[Word]) -> Word | None:
    """The first hedge ("may", "could", "можливо"); "May" written with a capital mid-sentence is the month, and
    Arabic "قد" is a hedge before an imperfect verb ("قد تتوسع": may widen), not before a perfect ("قد وصل", "قد
    تجاوز")."""
    plain = [w for k, w in enumerate(ws) if not (k and w.text[:1].isupper() and w.low in MONTHS)]
    # "all those who might seek to do us harm": the modal says who is meant, not how sure the claim is
    plain = [w for k, w in enumerate(plain) if not (k and plain[k - 1].low in _RELATIVES)]
    # "a report will say whether the bridge can be repaired": a modal the question holds is not the claim's hedge
    plain = [w for k, w in enumerate(plain) if not _asked(plain, k)]
    # "لا يمكن إصلاحه", "не может быть": a possibility denied is a certainty ("irreparable"), no hedge
    plain = [w for k, w in enumerate(plain) if not (k and _negation_word(plain[k - 1]))]
    # "could not stop the closure", "konnte nicht": an ability denied after its modal is as certain ("failed
    # to"); "may not", "might not" (no ability) stay hedges
    able = _modal_words("able")
    plain = [
        w for k, w in enumerate(plain) if not (w.low in able and k + 1 < len(plain) and _negation_word(plain[k + 1]))
    ]
    for k, w in enumerate(plain[:-1]):
        if w.low in ("قد", "وقد") and imperfect_ar(plain[k + 1].low) and not pluperfect_ar(plain, k):
            return w
    conditional = next((w for w in plain if len(w.low) >= 6 and w.low.endswith(_CONDITIONAL)), None)
    return _has(plain, _all_hedges()) or conditional


_RELATIVES = frozenset(lexicon.words("relative_pronouns"))


def _negation_word(w: Word) -> bool:
    return any(f in _negation_set() for f in _word_forms(w.low))


_WHETHER = frozenset(lexicon.words("whether_words"))


def _asked(ws: Sequence[Word], k: int) -> bool:
    return any(x.low in _WHETHER for x in ws[max(0, k - WHETHER_REACH) : k + 2])


# How many words before a modal "whether" may stand for the modal to be inside its question: German puts it at the
# clause end ("ob die Brücke instand gesetzt werden kann": six words); further off, it is as often the main clause's.
WHETHER_REACH = 8


# Endings of the conditional mood, which hedges without a modal word ("le relèverait", "lo subiría").
_CONDITIONAL = tuple(lexicon.words_all("hedge_endings"))


def meaning_drift(
    x_text: str,
    y_text: str,
    settings: Settings | None = None,
    *,
    cross: bool = False,
    y_context: str = "",
    x_context: str = "",
    y_gap: bool = False,
    x_lang: str | None = None,
) -> list[Drift]:
    """Drift between an article text and the source text it renders, in any pair of languages.

    Numbers, dates and names from the anchors; a negation one side has and the other lacks (unless the
    other side says it with a word of negative meaning, "safe" for "no danger"); a hedge added or dropped;
    a qualifier class the source has and the article lacks.

    ``cross``: the two texts are in different languages. A translator renders a name ("Autoridad Nacional
    del Agua" for "National Water Authority"), a hedge or a qualifier in words no lexicon pairs, so those
    drifts are weak evidence there (``confidence="low"``: info). ``y_context``: the source sentences around
    ``y_text``; a translation that fuses two sentences takes its negation from the neighbour. ``x_context``:
    the article's words around a quote, which may carry the negation the source puts inside the quoted words
    (the ministry said it did not mean "giving up any rights", for "it does not mean any giving up of rights").
    ``y_gap``: the stored source lacks the words beside ``y_text`` ("[…]"): a negated clause of the article's
    beside others may render them. ``x_lang``: the article's language; where the approximation lexicon reads it,
    an approximate figure given as exact ("6 %" for "about 6 percent") is no weak evidence in any pair.
    """
    rule = NameRule.of(settings)
    x, y = anchors_of(x_text, rule.skeleton_min_len), anchors_of(y_text, rule.skeleton_min_len)
    weak = "low" if cross else None
    around = anchors_of(y_context, rule.skeleton_min_len) if y_context else None
    out: list[Drift] = [
        dataclasses.replace(d, confidence=weak) if d.type == "name" else d
        for d in compare(x, y, rule).conflicts
        if not _fused_fact(d, around, rule)
        and not (
            _other_things_counted(d, x_text, y_text, y_context)
            if not cross
            else unpaired_across(d, x_text, y_text, x, y)
        )
        and not background_figure(d, x_text, y_text)  # "up from its previous 2.3", "1.9 per cent in 2026"
    ]
    xw, yw = words(x_text), words(y_text)
    x_tr, y_tr = bool(_SUFFIXING.search(x_text)), bool(_SUFFIXING.search(y_text))
    nx, ny = negated(xw, suffixes=x_tr), negated(yw, suffixes=y_tr)
    if bool(nx) != bool(ny):
        plain = xw if ny else yw
        fused = nx is not None and y_context and negated(words(y_context)) is not None
        fused = fused or (ny is not None and x_context and negated(words(x_context)) is not None)
        # in one language, shared words tell the clauses apart too
        fused = fused or (
            _clause_apart(x_text, nx, y, other_words="" if cross else y_text)
            if nx
            else _clause_apart(y_text, ny, x, other_words="" if cross else x_text)
        )
        fused = fused or (_sentence_apart(x_text, nx, y_text, y) if nx else _sentence_apart(y_text, ny, x_text, x))
        fused = fused or _contrasted(x_text, nx) or _contrasted(y_text, ny) or emphasised(yw if nx else xw, EMPHATIC)
        fused = fused or (y_gap and nx is not None and _partial_clause(x_text, nx))
        # "demands must be met within a week" for "in the event the demands are not met within one week": a
        # negation in a condition the other side restates as a demand states no fact of its own
        neg, text, other = (nx, x_text, y_text) if nx else (ny, y_text, x_text)
        fused = fused or (neg is not None and in_condition(text, neg.start) and not conditional(other))
        # "no longer an emergency" for "the emergency is over": the ending carries the negation
        ended = _has(yw if ny else xw, CEASED) is not None and _has(plain, CESSATION) is not None
        if not _negative_word(plain) and not fused and not ended:
            out.append(Drift("negation", _clause_of(x_text, nx), _clause_of(y_text, ny)))
    if x_tr or y_tr:  # possibility and most qualifiers sit in verb and case suffixes there (-abil, -den fazla):
        # unread; an approximation is a word ("yaklaşık", "civarında") and is read
        return out + dropped_qualifiers(y_text, xw, yw, x_lang, weak, ("approximate",))
    hx, hy = hedged(xw), hedged(yw)
    if bool(hx) != bool(hy):
        ability = _has(xw if hy else yw, HEDGE_OR_ABILITY)
        # a hedge set off by commas ("деревням, возможно, придется") is no clause of its own
        # (in one language, shared words tell the clauses apart too, as for a negation)
        apart = (
            _clause_apart(x_text, hx, y, 4, other_words="" if cross else y_text, small=_one_clause(y_text))
            if hx
            else _clause_apart(y_text, hy, x, 4, other_words="" if cross else x_text, small=_one_clause(x_text))
        )
        if ability is None and not apart:
            # a hedge the rendering drops is a firmer claim in any language these lexicons read ("повысит",
            # "le relèvera" for "may raise"), a modal verb, that is: a sentence adverb set off by commas ("В том
            # числе, наверное, черпая …") is the speaker's aside, which a translated paraphrase often leaves out:
            # weak there. One the rendering adds claims less than the source ("could be extended by a day for
            # every ten hostages" for "will result in one additional day"): worth a look, never an alarm
            dropped = hy is not None and hx is None
            firm = (weak if hy is not None and _aside(y_text, hy) else None) if dropped else "low"
            out.append(Drift("modality", hx.text if hx else None, hy.text if hy else None, firm))
    return out + dropped_qualifiers(y_text, xw, yw, x_lang, weak, tuple(QUALIFIERS))


def _aside(text: str, w: Word) -> bool:
    """The word stands between commas or dashes, or opens its sentence before a comma ("Perhaps, …")."""
    before, after = text[: w.start].rstrip(), text[w.end :].lstrip()
    opens = not before or before[-1] in ".!?\n"
    return after[:1] in (",", "—", "–") and (opens or before[-1:] in (",", "—", "–"))


def _other_things_counted(d: Drift, x_text: str, y_text: str, y_context: str) -> bool:
    """In one language, two figures that count different nouns ("из пяти портов", "шесть рыбаков") are two
    facts, not one changed (:func:`provenance.pipeline.drift.counts_other_things`)."""
    if d.type != "number" or not d.quote_side or not d.source_side:
        return False
    after = [re.match(r"\W*(\w+)", t[t.find(side) + len(side) :]) if side in t else None
             for t, side in ((x_text, d.quote_side), (y_text, d.source_side))]  # fmt: skip
    ys = [w.low for w in words(f"{y_text} {y_context}")]
    return all(after) and counts_other_things(after[0].group(1).lower(), after[1].group(1).lower(), ys)  # type: ignore[union-attr]


_DOTTED_TIME = re.compile(r"^(\d{1,2})[.h](\d{2})$")
_COLON_TIME = re.compile(r"^\d{1,2}:\d{2}$")


def _fused_fact(d: Drift, around: Anchors | None, rule: NameRule) -> bool:
    """A number or date the article gives that the source's neighbouring sentences hold: a rendering that fuses
    the sentence with its neighbour ("more than 50 nations hit by 27 attacks" beside "2,000 ships diverted"),
    not a changed fact."""
    if around is None or d.type not in ("number", "date") or not d.quote_side:
        return False
    # the whole value, not a part of it: "вторник, 16 марта" is not fused with a neighbour's "вторник, 2 марта";
    # a time the article writes with a dot ("8.20 horas") read as the time it was, without the word that cued it
    side = _DOTTED_TIME.sub(r"\1:\2", d.quote_side) if _COLON_TIME.search(d.source_side or "") else d.quote_side
    x = anchors_of(side, rule.skeleton_min_len)
    if d.type == "date" and x.dates["dated"]:  # a day with its month: that date itself, not its month alone
        return x.dates["dated"] <= around.dates["dated"]
    verdict = compare(x, around, rule)
    return verdict.shared > 0 and not verdict.conflicts


# In one language, a clause is rendered by the other text when it keeps this share of its words there at least
# (a negation flipped keeps nearly all of them: "will not attend" for "will attend").
CLAUSE_RENDERED_MIN = 0.34


def _one_clause(text: str) -> bool:
    """No comma, semicolon or coordinating conjunction cuts the text: it renders one clause at most (an Arabic
    word that opens with "و" or "ف" may be "and" joined to a verb, "وستمدد": taken as a cut)."""
    ws = words(text)
    joined = any(w.low[:1] in "وف" and len(w.low) > 3 for w in ws)
    return not re.search(r"[,،;:]", text) and not joined and not any(w.low in _CONJUNCTIONS for w in ws)


def _clause_apart(
    text: str, neg: Word | None, other: Anchors, min_words: int = 1, other_words: str = "", small: bool = False
) -> bool:
    """The negation stands in a clause of its own that shares no number, date or name with the other text,
    while another clause does: a sentence that fuses two ("… will send 45 advisers, stressing they will not
    fight") or a clause the other text renders elsewhere. Its negation is not this pair's to compare. With
    ``small`` (the other text is one clause), a figure too small to confirm a pair shows the rendered clause too."""
    if neg is None:
        return False
    cuts = sorted({0, *(m.end() for m in re.finditer(r"[,،;:]", text)), *_conjunction_cuts(text, neg), len(text) + 1})
    spans = list(itertools.pairwise(cuts))
    if len(spans) < 2:
        return False

    theirs = {w.low[:STEM_CHARS] for w in words(other_words) if len(w.low) >= STEM_CHARS}

    figures = {v for n in other.numbers for v in n.values}

    def shares(a: int, b: int, least: float = 0.0, rendered: bool = False) -> bool:
        mine = anchors_of(text[a:b])
        stems = [w.low[:STEM_CHARS] for w in words(text[a:b]) if len(w.low) >= STEM_CHARS]
        common = sum(st in theirs for st in stems)
        # the other clauses may show they are the rendered one by any figure ("up to 12 months"), one too
        # small to confirm a pair on its own
        same_figure = small and rendered and any(n.values & figures for n in mine.numbers)
        return compare(mine, other).shared > 0 or (common > 0 and common >= least * len(stems)) or same_figure

    own = next(((a, b) for a, b in spans if a <= neg.start < b), None)
    if own is None or len(text[own[0] : own[1]].split()) < min_words:
        return False
    # the clause that shares them is a clause too, not a name set off by commas ("to a third district, Kessel,");
    # in one language, a clause that keeps few of its words on the other side ("the attack", beside a new
    # statement) is not the one rendered
    return not shares(*own, CLAUSE_RENDERED_MIN if theirs else 0.0) and any(
        shares(a, b, rendered=True) for a, b in spans if (a, b) != own and len(text[a:b].split()) >= min_words
    )


def _sentence_apart(text: str, neg: Word | None, other_text: str, other: Anchors) -> bool:
    """The negation stands in a sentence of ``text`` beyond what the other side holds (a quote that runs on past
    its source span, a source sentence the quote cuts off) and shares no number, date or name with it."""
    spans = sentences(text)
    if neg is None or len(spans) <= len(sentences(other_text)):
        return False
    own = next(((a, b) for a, b in spans if a <= neg.start < b), None)
    if own is None or compare(anchors_of(text[own[0] : own[1]]), other).shared > 0:
        return False
    # in one language, the sentence sharing most words with the other side is the one that renders it
    theirs = {w.low for w in words(other_text)}
    shared = {span: len({w.low for w in words(text[span[0] : span[1]])} & theirs) for span in spans}
    return shared[own] < max(shared.values()) or shared[own] == 0


_CONTRASTIVE = frozenset(lexicon.words_all("contrastive_conjunctions"))
# Letters two words in one language share at the start to count as one word in :func:`_clause_apart` ("народ",
# "народу"; "protect", "protecting"); shorter words (articles, particles) tell no clause apart.
STEM_CHARS = 5


def _contrasted(text: str, neg: Word | None) -> bool:
    """The negation opens the first half of "not X but Y": a contrastive conjunction follows it in its sentence
    ("لا يتناول الانسحاب، بل يتناول الشراكة"); the other text may render Y alone. Or it follows one, opening the
    second half of "Y, а не X", which the other text may render as "Y rather than X"."""
    if neg is None:
        return False
    before = re.findall(r"[\w'’-]+", text[max(0, neg.start - 12) : neg.start])
    if before and before[-1].lower() in _CONTRASTIVE and text[neg.start - 1 : neg.start].isspace():
        return True
    end = next((m.start() for m in re.finditer(r"[.!?;\n]", text[neg.end :])), len(text) - neg.end) + neg.end
    return any(m.group().lower() in _CONTRASTIVE for m in re.finditer(r"[\w'’-]+", text[neg.end : end]))


_CONJUNCTIONS = CONJUNCTIONS = frozenset(lexicon.words_all("clause_conjunctions"))
# How many words before a negation a conjunction may open its clause ("and trucks will not", "і вантажівки не").
CONJUNCTION_REACH = 3


def _conjunction_cuts(text: str, neg: Word) -> list[int]:
    """Where a coordinate clause holding the negation opens: a conjunction a few words before it, or the
    negation itself when a conjunction is joined to it (Arabic "ولن", "فلا")."""
    if text[neg.start : neg.start + 1] in "وف" and len(text[neg.start : neg.end]) > 2:
        return [neg.start]
    before = list(re.finditer(r"[\w'’-]+", text[: neg.start]))[-CONJUNCTION_REACH:]
    return [m.start() for m in before if m.group().lower() in _CONJUNCTIONS][-1:]


# A clause ends at a stop, a semicolon, a comma or a line's end, but not at the point or comma of "7.25".
_CLAUSE_STOP = re.compile(r"[!?;\n،؛]|[.,](?!\d)")  # the Arabic comma and semicolon too


# The stored source's mark for words it lacks ("[…]", "[...]"), and how near a unit it counts as beside it.
GAP = re.compile(r"\[(?:…|\.\.\.)\]")
GAP_NEAR_CHARS = 6


def borders_gap(text: str, start: int, end: int) -> bool:
    """Whether a gap mark stands right before ``text[start:end]`` or right after it."""
    return bool(
        GAP.search(text[max(0, start - GAP_NEAR_CHARS) : start]) or GAP.search(text[end : end + GAP_NEAR_CHARS])
    )


def _partial_clause(text: str, w: Word) -> bool:
    """The clause holding ``w`` leaves words of ``text`` outside it: a clause beside others."""
    a = max((m.end() for m in _CLAUSE_STOP.finditer(text, 0, w.start)), default=0)
    z = next((m.start() for m in _CLAUSE_STOP.finditer(text, w.end)), len(text))
    return len((text[:a] + " " + text[z:]).split()) >= 3


# The evidence a negation drift prints: the clause around the negation, this many words at most, centred on it.
CLAUSE_EVIDENCE_WORDS = 12


def _clause_of(text: str, w: Word | None) -> str | None:
    if w is None:
        return None
    a = max((m.end() for m in _CLAUSE_STOP.finditer(text, 0, w.start)), default=0)
    z = next((m.start() for m in _CLAUSE_STOP.finditer(text, w.end)), len(text))
    before, after = text[a : w.start].split(), text[w.start : z].split()
    k = min(len(before), max(CLAUSE_EVIDENCE_WORDS // 2, CLAUSE_EVIDENCE_WORDS - len(after)))
    return " ".join(before[len(before) - k :] + after[: CLAUSE_EVIDENCE_WORDS - k]) or None  # a long clause: the
    # words around the negation, which the editor looks for


# A clause opens at a conjunction or complementiser this many words before its negation at most ("… and that
# they do not take orders").
NEGATED_CLAUSE_REACH = 5
_COMPLEMENTISERS = frozenset(w.lower() for w in lexicon.rows("complementisers"))


_CLAUSE_PUNCT = re.compile(r"[,،;:]")


def _first_negation(text: str) -> Word | None:
    """The text's first negation (the lexicons' negations; a Turkish text's verb suffixes too)."""
    return negated(words(text), suffixes=bool(_SUFFIXING.search(text)))


def has_negation(text: str) -> bool:
    """The text negates a clause."""
    return _first_negation(text) is not None


def negated_clause(text: str) -> tuple[int, int] | None:
    """Where the clause holding ``text``'s first negation starts and ends (cut at sentence stops, commas and a
    conjunction before it), or None when it has none or the clause is the whole text."""
    neg = _first_negation(text)
    if neg is None:
        return None
    before = list(re.finditer(r"[\w'’-]+", text[: neg.start]))[-NEGATED_CLAUSE_REACH:]
    opens = [m.start() for m in before if m.group().lower() in _CONJUNCTIONS or m.group().lower() in _COMPLEMENTISERS]
    stops = [m.end() for rx in (_CLAUSE_PUNCT, SENTENCE_STOP) for m in rx.finditer(text)]  # nor past a sentence
    cuts = sorted({0, *stops, *opens[-1:], *_conjunction_cuts(text, neg)})
    cuts.append(len(text))
    a = max(c for c in cuts if c <= neg.start)
    z = min(c for c in cuts if c > neg.start)
    return None if (a == 0 and z >= len(text.rstrip(" .!?"))) else (a, z)
