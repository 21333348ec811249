"""Name drift a passage's neighbours explain away: the source says the same of two people and the article renders
both (:func:`parallel_names`), or the article's attribution phrase stands against words an excerpt cut from their
sentence (:func:`credited_names`), or names the source's own author (:func:`authored_names`). Read by the run after
every passage is matched."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from provenance.report import Drift, Passage
from provenance.text import cut_mark_at


def parallel_names(passages: Sequence[Passage]) -> list[Passage]:
    """A name drift on a passage whose source span another passage renders with no name drift is no swap: the
    source says the same of two people ("… that Mr X approved the contract" for each), the article renders both,
    and the source's sentence on the second person is missing or cut off. Its name drift is dropped."""

    def rendered_by_other(p: Passage) -> bool:
        a, b = p.match.source_start or 0, p.match.source_end or 0
        return any(
            o is not p and o.match.source == p.match.source and (o.match.source_start or 0) < b
            and a < (o.match.source_end or 0) and not any(d.type == "name" for d in o.drift)
            for o in passages
        )  # fmt: skip

    return [
        replace(p, drift=tuple(d for d in p.drift if d.type != "name"))
        if any(d.type == "name" for d in p.drift) and rendered_by_other(p) else p
        for p in passages
    ]  # fmt: skip


def credited_names(
    passages: Sequence[Passage], text: str, credits: Sequence[tuple[int, int]], sources: Mapping[str, str]
) -> list[Passage]:
    """A name drift whose article side stands in the passage's attribution phrase (``credits``: the spans of the
    article's attribution markers) and whose source side is the end of a sentence an excerpt's cut mark closes
    ("… резолюции 12. [...]") is the article naming who says it, set against words the excerpt left without their
    sentence: it is dropped. A credit set against the source's own words ("the Department said" for "approved by
    the Cabinet") stays a drift."""

    def credited(p: Passage, d: Drift) -> bool:
        at = text.find(d.quote_side or "\0", p.start, p.end)
        if at < 0 or not any(a < at + len(d.quote_side or "") and at < b for a, b in credits):
            return False
        src = sources.get(p.match.source, "")
        there = src.find(d.source_side or "\0", p.match.source_start, p.match.source_end)
        return there >= 0 and cut_mark_at(src, there + len(d.source_side or ""))

    return [
        replace(p, drift=tuple(d for d in p.drift if not (d.type == "name" and credited(p, d))))
        if any(d.type == "name" for d in p.drift) else p
        for p in passages
    ]  # fmt: skip


def authored_names(passages: Sequence[Passage], authors: Mapping[str, str | None]) -> list[Passage]:
    """A name drift whose article side is a word of the source's author's name is the article naming who says it
    ("…, said Minister Tan, adding that the reports are in the file" where the minister's own statement never
    names him): it is dropped. A name the author's does not hold stays a drift."""

    def authored(p: Passage, d: Drift) -> bool:
        from provenance.pipeline.names import name_key  # (lazy: names loads rapidfuzz)

        author = authors.get(p.match.source or "") or ""
        keys = {name_key(w) for w in author.split() if len(w) > 2}
        return bool(d.quote_side) and name_key(str(d.quote_side)) in keys

    return [
        replace(p, drift=tuple(d for d in p.drift if not (d.type == "name" and authored(p, d))))
        if any(d.type == "name" for d in p.drift) else p
        for p in passages
    ]  # fmt: skip
