"""A match's anchors: the text's numbers, dates and names against its unit's (:mod:`provenance.pipeline.anchors`),
with the names the source gives elsewhere forgiven, German capitals no names, and the conflicts whose frame agrees
counted (:mod:`provenance.pipeline.conflict_frames`)."""

from __future__ import annotations

import dataclasses

from provenance.pipeline import anchors as A
from provenance.pipeline.align import PreparedSource
from provenance.pipeline.conflict_frames import framed
from provenance.settings import Settings
from provenance.text import post_words

# Languages that capitalise common nouns, so that capitals say nothing of names.
_NOUNS_CAPITALISED = frozenset({"de", "lb"})


def anchor_verdict(text: str, lang: str | None, unit_text: str, src: PreparedSource, s: Settings) -> A.AnchorVerdict:
    """The anchors of ``text`` (in ``lang``) against those of ``unit_text``, a unit of ``src``."""
    rule = A.NameRule.of(s)
    k_min = rule.skeleton_min_len
    text, unit_text = post_words(text), post_words(unit_text)  # "@PM_ViktorOrban" names Viktor Orban
    x, y = A.anchors_of(text, k_min, lang), A.anchors_of(unit_text, k_min, src.language)
    verdict = A.compare(x, y, rule)
    verdict = _forgive_known_names(verdict, text, src, rule)
    if lang in _NOUNS_CAPITALISED:
        verdict = dataclasses.replace(verdict, foreign_names=0)
    if verdict.conflicts:
        one_language = lang is None or src.language is None or lang == src.language
        weekday = bool(x.dates["weekday"] & y.dates["weekday"])
        verdict = dataclasses.replace(verdict, framed=framed(verdict.conflicts, text, unit_text, one_language, weekday))
    return verdict


def _forgive_known_names(v: A.AnchorVerdict, text: str, src: PreparedSource, rule: A.NameRule) -> A.AnchorVerdict:
    """Names the best unit lacks but the source names elsewhere are not foreign (the speaker, the place)."""
    if not v.foreign_names:
        return v
    whole = _source_anchors(src, rule.skeleton_min_len)
    mine = A.anchors_of(text, rule.skeleton_min_len)
    foreign = sum(1 for n in mine.names if len(n) > 1 and not A._name_in(n, whole, rule))
    return dataclasses.replace(v, foreign_names=foreign)


def _source_anchors(src: PreparedSource, skeleton_min_len: int) -> A.Anchors:
    key = f"semantic.anchors.{skeleton_min_len}"
    hit = src.extra.get(key)
    if hit is None:
        hit = A.anchors_of(src.text, skeleton_min_len)
        src.extra[key] = hit
    return hit
