"""Date drift another supplied source explains: the article's date is the one another source's title line dates
that source by. A passage that tells of a statement ("In a statement on Monday (July 28), the minister said …")
may align with the title of the minister's statement of the day before, while the sources hold the statement of
that Monday too: the article reports the other text, and the dates differ between two documents, not between the
article and the one it renders (real coverage of a ceasefire: a secretary's two statements on two days). Read by the
run after every passage is matched."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from provenance.pipeline import anchors
from provenance.report import Passage


def _dated(text: str) -> frozenset[int]:
    """The days a text names with their month (100 × month + day)."""
    return anchors.dates(anchors.words(text), text)["dated"]


def _title_line(text: str) -> str:
    return next((line for line in text.split("\n") if line.strip()), "")


def other_dated(passages: Sequence[Passage], sources: Mapping[str, str]) -> list[Passage]:
    """Passages without the date drift whose article-side day and month another source's title line names."""
    if not any(d.type == "date" for p in passages for d in p.drift):
        return list(passages)  # (no title read on an article without a date drift)
    titles = {sid: _dated(_title_line(text)) for sid, text in sources.items()}

    def explained(p: Passage, side: str | None) -> bool:
        days = _dated(side or "")
        return bool(days) and any(days <= t for sid, t in titles.items() if sid != p.match.source)

    return [
        replace(p, drift=tuple(d for d in p.drift if not (d.type == "date" and explained(p, d.quote_side))))
        if any(d.type == "date" for d in p.drift) else p
        for p in passages
    ]  # fmt: skip
