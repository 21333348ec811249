"""Translated editions: the marks a translation leaves in English (calques), and two editions aligned.

Calques. An English edition of a Ukrainian or Russian site keeps the source language's word order and
formulas: a present-tense attribution closing the sentence ("..., reports the ministry" for "..., повідомляє
міністерство"), an article before a title and a name ("the mayor Jane Doe noted" for "мер Джейн Доу
зазначила"), impersonal openers ("It is noted that" for "Зазначається, що"), "within the framework of" for
"в рамках", "Recall that" for "Нагадаємо". Each is an ``info`` finding ``CALQUE``; their count feeds
``scores.translation_likelihood`` (``ctx.calques``). English-speaking journalists write "said the ministry"
(past tense, after a quote) and "Mayor Jane Doe said": those do not count.

Editions. ``provenance check en.txt --source uk.txt``, where the two are one article in two languages,
aligns their sentences (margin-scored like quotes) and lists what each lacks: ``EDITION_EXTRA`` for a
sentence only the article has, ``EDITION_MISSING`` for one only the other edition has (``info``), with one
``EDITION`` finding that says how much aligned. A source counts as an edition when it is in another language,
at least ``edition_min_share`` of the longer side's sentences align one to one, and the pairs cover most of
both texts (``edition_both_share`` of each side's sentences); each threshold is an ``edition_*`` field of
:class:`~provenance.settings.Settings`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from provenance.pipeline.markers import find_markers
from provenance.report import Finding
from provenance.semantic.matcher import margins_for
from provenance.semantic.units import language_at
from provenance.settings import Settings, defaults
from provenance.text import paragraphs, sentences

if TYPE_CHECKING:
    import numpy as np

    from provenance.pipeline.align import PreparedSource
    from provenance.pipeline.context import Context
    from provenance.semantic.matcher import Matcher
    from provenance.semantic.models import ModelSpec

# --- calques -------------------------------------------------------------------------------------

_NAME = r"(?:[A-Z][\w'’.-]+)(?:\s+(?:of\s+)?[A-Z][\w'’.-]+){0,5}"
# Bodies an English edition names in lower case after "the" ("..., reports the council").
_BODY = (
    r"(?:city\s+)?(?:council|ministry|government|agency|office|department|administration|authority|committee|"
    r"commission|parliament|police|army|military|embassy|company|court|prosecutor's\s+office|mayor's\s+office)"
)
CALQUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "..., reports the agency." / "..., informs the ministry." closing a sentence, present tense
    ("a present-tense attribution closing the sentence (“…, reports X”)",
     re.compile(rf",\s+(?:reports|informs|writes|notes|clarifies|specifies|emphasizes|emphasises|stresses)\s+"
                rf"(?:the\s+)?(?:press\s+service\s+of\s+(?:the\s+)?)?(?:{_NAME}|{_BODY})\s*[.!]?\s*$", re.M)),
    # "the mayor Jane Doe noted": an article before a lower-case title and a full name, no comma
    ("an article before a title and a name (“the mayor Jane Doe”)",
     re.compile(r"\bthe\s+(?:mayor|minister|president|spokesman|spokeswoman|spokesperson|head|director|governor|"
                r"ambassador|secretary|chairman|chairwoman|commander|deputy|prime\s+minister|general|adviser)\s+"
                r"[A-Z][a-z]+\s+[A-Z][a-z]+")),
    ("an impersonal opener (“It is noted that”)",
     re.compile(r"(?:^|[.!?]\s+)It\s+is\s+(?:noted|reported|known|stated|emphasized|emphasised|specified|indicated)\s+"
                r"that\b", re.M)),
    ("“within the framework of” (в рамках)", re.compile(r"\b(?:within|in)\s+the\s+framework\s+of\b", re.I)),
    ("“on the territory of” (на території)", re.compile(r"\bon\s+the\s+territory\s+of\b", re.I)),
    ("“Recall that” (Нагадаємо)", re.compile(r"(?:^|[.!?]\s+)(?:Recall|We\s+(?:will\s+)?remind)\s+that\b", re.M)),
    ("“the press service of” (прес-служба)", re.compile(r"\bthe\s+press\s+service\s+of\b", re.I)),
    ("an opening “Earlier,”/“Yesterday,” before the outlet that reported (Раніше … повідомляв)",
     re.compile(rf"(?:^|[.!?]\s+)(?:Earlier|Yesterday|Previously),\s+{_NAME}\s+(?:reported|wrote|informed)\b", re.M)),
)  # fmt: skip
# Only English editions are read for calques: the patterns are English.
CALQUE_LANGUAGES = frozenset({"en"})


def calques(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, what)`` for each calque in the text, in order."""
    out = []
    for what, pattern in CALQUES:
        for m in pattern.finditer(text):
            a, b = m.span()
            while a < b and text[a] in ".!? \n\t,":
                a += 1
            out.append((a, b, what))
    return sorted(out)


def mark_calques(ctx: Context) -> None:
    """Count the calques of an English article into ``ctx.calques``, each with an ``info`` finding."""
    if getattr(ctx.language, "code", None) not in CALQUE_LANGUAGES:
        return
    found = calques(ctx.text)
    ctx.calques = len(found)
    for a, b, what in found:
        ctx.findings.append(Finding("info", "CALQUE", f"Reads as translated: {what}", a, b))


# --- editions ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EditionAlignment:
    pairs: tuple[tuple[int, int], ...]  # (article sentence, source sentence) indices
    article: tuple[tuple[int, int], ...]  # article sentence spans
    source: tuple[tuple[int, int], ...]  # source sentence spans


def _sentence_spans(text: str, min_words: int, skip: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    out = []
    for p0, p1 in paragraphs(text):
        for s0, s1 in sentences(text, p0, p1):
            covered = sum(max(0, min(b, s1) - max(a, s0)) for a, b in skip)
            if covered * 2 >= s1 - s0:  # a byline, a switcher: page furniture, not the article
                continue
            if len(re.findall(r"\w+", text[s0:s1])) >= min_words:
                out.append((s0, s1))
    return out


def align_editions(
    a_vecs: object, b_vecs: object, margin_min: float, settings: Settings | None = None
) -> list[tuple[int, int]]:
    """One-to-one sentence pairs: mutual best matches whose margin over each side's next best reaches ``margin_min``.

    ``a_vecs`` (n, d) and ``b_vecs`` (m, d) are normalised embeddings of the two editions' sentences.
    """
    import numpy as np

    s = settings or defaults()
    a = np.asarray(a_vecs)
    b = np.asarray(b_vecs)
    if not len(a) or not len(b):
        return []
    sim = a @ b.T
    k = min(s.semantic_knn, sim.shape[1])
    near_a = np.sort(sim, axis=1)[:, -k:].mean(axis=1)
    k = min(s.semantic_knn, sim.shape[0])
    near_b = np.sort(sim, axis=0)[-k:, :].mean(axis=0)
    # ratio margin (Artetxe & Schwenk 2019): cos / mean of both sides' neighbourhoods, as a distance margin
    denom = (near_a[:, None] + near_b[None, :]) / 2
    margin = (sim - denom) / np.maximum(1e-6, 1 - denom)
    mutual = []
    for i in range(sim.shape[0]):
        j = int(np.argmax(margin[i]))
        if int(np.argmax(margin[:, j])) == i:
            mutual.append((i, j, float(margin[i, j])))
    anchors = [(i, j) for i, j, v in mutual if v >= margin_min]
    # Editions keep their order: a weaker mutual match that falls in order between the anchors is a pair too
    # (a headline, a short sentence), one out of order is not.
    fill = [(i, j) for i, j, v in mutual if s.edition_gap_margin <= v < margin_min
            and all((a < i) == (b < j) for a, b in anchors)]  # fmt: skip
    return sorted(anchors + fill)


def check(ctx: Context, matcher: Matcher) -> None:
    """For each source in another language that is an edition of the article, list what each side lacks."""
    s = ctx.settings
    # a line that is mostly markers (a byline with its outlet, a credit) is furniture, not a sentence to align
    furniture = [(m.start, m.end) for m in ctx.markers if m.kind != "attribution"]
    art = _sentence_spans(ctx.text, s.edition_min_words, furniture)
    if len(art) < 2:
        return
    lang = getattr(ctx.language, "code", None)
    art_texts = [ctx.text[a:b] for a, b in art]
    art_langs = [language_at(ctx, a, b) for a, b in art]
    for src in ctx.sources:
        if src.language is None or lang is None or src.language == lang:
            continue
        srcs = _source_spans(src, s.edition_min_words)
        if len(srcs) < 2:
            continue
        needed = max(s.edition_min_pairs, s.edition_min_share * max(len(art), len(srcs)))
        fast = matcher.fast_spec_for(lang, src.language)
        spec, covers = matcher.spec_for(lang, src.language)
        if fast is not None and fast != spec:  # screen with the fast model before paying for the slow one
            bridged = not (fast.covers(lang) and fast.covers(src.language))
            pairs = align_editions(matcher.vectors(fast, art_texts, art_langs),
                                   _source_vectors(matcher, fast, src, s.edition_min_words),
                                   _margin_for(fast.name, not bridged, s), s)  # fmt: skip
            if len(pairs) < needed * s.edition_screen_share:
                continue
        if spec is None or not matcher.load(spec):
            continue
        a_vecs = matcher.vectors(spec, art_texts, art_langs)
        b_vecs = _source_vectors(matcher, spec, src, s.edition_min_words)
        pairs = align_editions(a_vecs, b_vecs, _margin_for(spec.name, covers, s), s)
        if len(pairs) < needed or not covers_most(len(pairs), len(art), len(srcs), s):
            continue
        _report(ctx, src, EditionAlignment(tuple(pairs), tuple(art), tuple(srcs)))


def covers_most(pairs: int, article: int, source: int, s: Settings) -> bool:
    """The aligned pairs cover most of both texts: each side's share of aligned sentences reaches
    ``edition_both_share`` (an article quoting part of a long statement is no edition of it, nor is a
    statement an edition of the long article that quotes it)."""
    return pairs >= s.edition_both_share * article and pairs >= s.edition_both_share * source


def _source_spans(src: PreparedSource, min_words: int) -> list[tuple[int, int]]:
    """A source's sentences to align, found once per prepared source (it is kept across articles)."""
    key = f"editions.spans.{min_words}"
    hit = src.extra.get(key)
    if hit is None:
        hit = _sentence_spans(src.text, min_words, _source_furniture(src))
        src.extra[key] = hit
    return hit


def _source_vectors(matcher: Matcher, spec: ModelSpec, src: PreparedSource, min_words: int) -> np.ndarray:
    """The rows of a source's sentences for one model, embedded once per prepared source (issue 15): the
    encoder's cache would answer too, but each article paid for stacking them (and for the Russian bridge)."""
    key = f"editions.vectors.{spec.name}.{spec.path}.{min_words}"
    hit = src.extra.get(key)
    if hit is None:
        spans = _source_spans(src, min_words)
        hit = matcher.vectors(spec, [src.text[a:b] for a, b in spans], [src.language] * len(spans))
        src.extra[key] = hit
    return hit


def _source_furniture(src: PreparedSource) -> list[tuple[int, int]]:
    key = "editions.furniture"
    hit = src.extra.get(key)
    if hit is None:
        hit = [(m.start, m.end) for m in find_markers(src.text, {}) if m.kind != "attribution"]
        src.extra[key] = hit
    return hit


def _margin_for(model: str, covers: bool, s: Settings) -> float:
    """The margin an edition's sentence pair needs: a passage's, across languages (the bridged one for a model
    reading one side through the Russian bridge)."""
    if not covers:
        return s.margin_bridged
    return margins_for(model, s)[1] - s.semantic_passage_extra_margin


def _report(ctx: Context, src: PreparedSource, al: EditionAlignment) -> None:
    got_a = {i for i, _ in al.pairs}
    got_b = {j for _, j in al.pairs}
    extra = [s for i, s in enumerate(al.article) if i not in got_a]
    missing = [s for j, s in enumerate(al.source) if j not in got_b]
    summary = (f"{src.id} ({src.language}) reads as another edition of this article: {len(al.pairs)} sentences "
               f"align; {len(extra)} only here, {len(missing)} only in {src.id}")  # fmt: skip
    ctx.findings.append(Finding("info", "EDITION", summary))
    for a, b in extra[: ctx.settings.edition_max_listed]:
        ctx.findings.append(Finding("info", "EDITION_EXTRA", f"Only in this edition, not in {src.id}", a, b))
    for a, b in missing[: ctx.settings.edition_max_listed]:
        text = " ".join(src.text[a:b].split())
        ctx.findings.append(Finding("info", "EDITION_MISSING", f"{src.id} has a sentence this edition lacks: “{text}”"))
