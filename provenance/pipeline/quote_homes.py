"""A quote's home source: where the article's other quotes of the same speaker stand word for word.

A quote found with unmarked changes in one source, while the speaker's quotes that stand word for word do so in
other sources only, is most often that speaker's own words from a part of their statement the sources lack: two
statements on one event share their stock phrases ("calm and restraint on all sides"), and the word index or an
encoder placed the quote on the other voice's nearly identical one. Calling it altered accuses the article of
changing the wrong person's words; it is left unsupported, the near match and the speaker's home named in its
reason (on real coverage: one statement's stock phrase placed on another's).
"""

from __future__ import annotations

import dataclasses

from provenance.pipeline.attribution import same_speaker, source_speaker
from provenance.pipeline.context import Context
from provenance.report import QuoteMatch

# The verdicts that show a source carries a speaker's words as they stand.
_AS_THEY_STAND = frozenset({"verbatim", "near_verbatim"})


def _homes(ctx: Context, speaker: str) -> set[str]:
    """The sources that carry some quote of ``speaker`` (or of a phrase naming the same one) as it stands."""
    return {
        q.match.source
        for q in ctx.quotes
        if q.match.kind in _AS_THEY_STAND
        and q.match.source
        and q.speaker
        and (q.speaker == speaker or same_speaker(q.speaker, speaker, ctx.settings))
    }


def rehome(ctx: Context) -> None:
    """Leave unsupported an altered quote whose speaker's quotes stand word for word in other sources only, where
    the source it was placed on names no voice of its own that may be the speaker."""
    by_id = {s.id: s for s in ctx.sources}
    for i, q in enumerate(ctx.quotes):
        m = q.match
        if m.kind != "altered" or not q.speaker or not m.source:
            continue
        homes = _homes(ctx, q.speaker)
        if not homes or m.source in homes:
            continue
        src, a, b = by_id.get(m.source), m.source_start, m.source_end
        who = source_speaker(src, a, b) if src is not None and a is not None and b is not None else None
        if who and same_speaker(q.speaker, who, ctx.settings) is not False:
            continue  # the source's own voice may be the speaker: the change stays theirs
        sim = f" (similarity {m.similarity:.2f})" if m.similarity is not None else ""
        why = (
            f"nearest: {m.source}{sim}, with unmarked changes; {q.speaker}'s other quotes stand word for word in "
            f"{', '.join(sorted(homes))}: words of theirs the sources lack, not another voice's words altered"
        )
        ctx.quotes[i] = dataclasses.replace(q, match=QuoteMatch("unsupported", reason=why, notes=m.notes))
