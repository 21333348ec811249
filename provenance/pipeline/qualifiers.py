"""Qualifiers a rendering may drop: a class of qualifier ("about", "only", "temporarily", "reportedly") the source
has and the article lacks, read with per-language word lists (``approximate_qualifiers``, ``universal_quantifiers``,
``range_connectors``, ``only_temporal``, ``allegation_frames``, ``emphatic_negations``).

:func:`dropped_qualifiers` is what :func:`provenance.pipeline.meaning.meaning_drift` reports for them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from provenance import lexicon
from provenance.pipeline.anchors import Word, _word_forms, _word_value, numbers
from provenance.pipeline.dating import RANGE_JOINS
from provenance.report import Drift
from provenance.text import main_script

# Qualifier classes: a class the source uses and the article lacks is a dropped qualifier. Classes marked
# with a number need a number within two words after them ("about 68,000", not "about the plan").
QUALIFIERS: dict[str, tuple[tuple[str, ...], bool]] = {
    "immediate": (("immediate", "immediately", "imminent", "негайн", "безпосередн", "невідкладн", "немедленн",
                   "непосредственн", "незамедлительн", "فوري", "مباشر"), False),
    "approximate": (tuple(lexicon.rows("approximate_qualifiers")), True),
    "bound": (("least", "more", "over", "longer", "than", "понад", "більше", "щонайменше", "принаймні",
               "более", "свыше", "больше", "менее", "أكثر", "أقل"), True),
    "only": (("only", "just", "merely", "simply", "simplement", "simplemente", "лише", "тільки", "лишь", "только",
              "فقط"), False),
    "provisional": (("temporarily", "temporary", "tentatively", "preliminary", "provisional", "тимчасов",
                     "попередн", "временн", "предварительн", "مؤقت", "أولي"), False),
    "reported": (("reportedly", "allegedly", "нібито", "начебто", "якобы", "يزعم"), False),
}  # fmt: skip

EMPHATIC = tuple(p.casefold() for p in lexicon.rows("emphatic_negations"))  # "not only … but": no restriction


# Words of "all" ("nearly all", "почти все"): the figure an approximation qualifies where no number is given.
_UNIVERSAL = frozenset(w.casefold() for w in lexicon.words("universal_quantifiers"))
UNIVERSAL_REACH = 2  # "nearly all", "almost the entire": the word of "all" within two words of the approximation


def _figure_near(ws: Sequence[Word], k: int, both_ways: bool = False) -> bool:
    """A number within three words after ``ws[k]``, or a word of "all" within two; ``both_ways``: before it too."""
    after = any(_word_value(v) is not None for v in ws[k + 1 : k + 4])
    after = after or any(v.low in _UNIVERSAL for v in ws[k + 1 : k + 1 + UNIVERSAL_REACH])
    before = ws[max(0, k - 3) : k] if both_ways else ()  # "جميع الطائرات المسيرة تقريبا": noun and adjective between
    return after or any(_word_value(v) is not None or v.low in _UNIVERSAL for v in before)


def qualifier_classes(ws: Sequence[Word], both_ways: bool = False) -> dict[str, Word]:
    """Qualifier classes used in the words, each with the word that marks it (a class that needs a figure with
    it: see :func:`_figure_near`)."""
    out: dict[str, Word] = {}
    for k, w in enumerate(ws):
        for cls in QUALIFIERS:
            if cls not in out and _in_class(ws, k, cls, both_ways):
                out[cls] = w
    return out


def _in_class(ws: Sequence[Word], k: int, cls: str, both_ways: bool = False) -> bool:
    """``ws[k]`` marks qualifier class ``cls`` where it stands."""
    lex, needs_number = QUALIFIERS[cls]
    forms = _word_forms(ws[k].low)
    if not any(f in lex or any(f.startswith(p) for p in lex if len(p) >= 6) for f in forms):
        return False
    if needs_number and not _figure_near(ws, k, both_ways):
        return False
    if k and " ".join(x.low for x in ws[k - 1 : k + 3]).startswith(EMPHATIC):
        return False  # "not only … but": no restriction
    return not (cls == "only" and _temporal(ws, k))  # "I've just spoken": a moment ago


_ONLY_TEMPORAL = tuple(p.casefold() for p in lexicon.rows("only_temporal"))


def _temporal(ws: Sequence[Word], k: int) -> bool:
    """``ws[k]`` is "just" of time (lexicon ``only_temporal``): it opens "только что" or ends "have just"."""
    ahead = " ".join(x.low for x in ws[k : k + 2])
    behind = " ".join(x.low for x in ws[max(0, k - 1) : k + 1])
    return any(ahead == p or behind.endswith(p) for p in _ONLY_TEMPORAL)


def dropped_qualifiers(y_text: str, xw: Sequence[Word], yw: Sequence[Word], x_lang: str | None, weak: str | None,
             classes: Sequence[str]) -> list[Drift]:  # fmt: skip
    """A qualifier class of ``classes`` the source has and the article lacks. The article's own qualifier may
    follow its figure ("450 bin civarında", "جميعها تقريبا"): read both ways there."""
    out, qx, qy = [], qualifier_classes(xw, both_ways=True), qualifier_classes(yw)
    for cls, first in qy.items():
        w: Word | None = first
        if cls not in classes:
            continue
        if cls == "reported" and any(v.low.startswith(ALLEGATION_FRAMES) for v in xw):
            continue  # "Early reports say …", "accused of": the article keeps who says it ("reportedly")
        if QUALIFIERS[cls][1] and (not _same_figure(yw, first, xw, y_text) or _range_after(y_text, yw, first)):
            continue  # "for more than two years" beside what the article renders: the figure is not rendered either
        if not QUALIFIERS[cls][1] and weak is None and _one_script(xw, yw):
            w = _qualified_rendered(yw, cls, xw)  # "just approved a long-awaited resolution" for "passes resolution":
        if w is not None and cls not in qx:  # its phrase is not rendered, so nothing is dropped from it
            exact = cls == "approximate" and x_lang in _APPROXIMATE_LANGUAGES
            out.append(Drift("dropped_qualifier", None, _phrase_after(y_text, w), None if exact else weak))
    return out


# Words that frame a claim as reported or alleged (lexicon allegation_frames, word prefixes).
ALLEGATION_FRAMES = tuple(lexicon.rows("allegation_frames"))


# The languages whose approximations ("environ", "близько", "yaklaşık") the lexicon holds: an article in one of
# them that gives a figure without any is read as giving it exact.
_APPROXIMATE_LANGUAGES = frozenset({"en", "uk", "ru", "ar", "de", "fr", "es", "tr"})


def _same_figure(yw: Sequence[Word], w: Word, xw: Sequence[Word], y_text: str) -> bool:
    """The figure the source's approximation qualifies ("about 6 percent") stands in the article too; the figure
    stands in the qualifier's phrase ("Почти год назад, 22 июля": "almost a year ago", not the 22nd)."""
    at = next((k for k, v in enumerate(yw) if v.start == w.start), None)
    if at is None:
        return False
    if any(v.low in _UNIVERSAL for v in yw[at + 1 : at + 1 + UNIVERSAL_REACH]):
        return any(v.low in _UNIVERSAL for v in xw)  # "all" for "nearly all"
    reach = at + 1
    while reach < min(len(yw), at + 5) and not _PHRASE_BREAK.search(y_text[yw[reach - 1].end : yw[reach].start]):
        reach += 1
    figure = numbers(yw[at + 1 : reach])  # "68 тисяч" and "68,000" alike
    theirs = {v for n in numbers(xw) for v in n.values}
    return bool(figure) and bool(figure[0].values & theirs)


_PHRASE_BREAK = re.compile(r"[,;:()–—]")
# How far past a qualifier the words it qualifies are looked for ("the immediate and unconditional release").
QUALIFIED_REACH = 3
_STOPWORDS = frozenset(w.casefold() for w in lexicon.words_all("stopwords"))
_PREFIX_CHARS = 5  # a word's form in the other text: its first letters ("release"/"released", "approved"/"approves")


def _one_script(xw: Sequence[Word], yw: Sequence[Word]) -> bool:
    """Both texts are written in one script (a pair read as one language may still be two, when the caller says not)."""
    return main_script(" ".join(w.text for w in xw)) == main_script(" ".join(w.text for w in yw))


def _qualified_rendered(yw: Sequence[Word], cls: str, xw: Sequence[Word]) -> Word | None:
    """In one language, the source's qualifier of the class whose phrase stands in the article (a content word
    among the few after it does): the qualifier is dropped from that phrase, not paraphrased away with it."""
    theirs = {v.low[:_PREFIX_CHARS] for v in xw}
    for k in (k for k in range(len(yw)) if _in_class(yw, k, cls)):
        after = [v for v in yw[k + 1 : k + 1 + QUALIFIED_REACH] if v.low not in _STOPWORDS and len(v.low) > 2]
        if not after or any(v.low[:_PREFIX_CHARS] in theirs for v in after):
            return yw[k]
    return None


def _range_after(text: str, ws: Sequence[Word], w: Word) -> bool:
    """The figure after ``w`` is a range ("about 10 to 12", "yaklaşık 10–12"): approximate already."""
    at = next((k for k, v in enumerate(ws) if v.start == w.start), len(ws))
    after = list(ws[at + 1 : at + 4])
    if len(after) < 2 or _word_value(after[0]) is None:
        return False
    a, b = after[0], after[1]
    if _word_value(b) is not None:
        return any(d in text[a.end : b.start] for d in "-–—")
    return b.low in RANGE_JOINS and len(after) == 3 and _word_value(after[2]) is not None


def _phrase_after(text: str, w: Word) -> str:
    return " ".join(text[w.start :].split()[:4]).rstrip(".,;:")
