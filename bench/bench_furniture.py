"""Passages that hold page furniture, per labelled set (issue 13: "no passage contains page furniture").

Usage: python bench/bench_furniture.py SET_DIR [SET_DIR ...] [-v]

Each article of a set is checked (lexical stages) against every source of the set; a passage that overlaps a
marker of a furniture kind (byline, dateline, photo credit, updated, boilerplate, language switcher) is
counted, and with -v printed with the marker's words.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import provenance
from provenance.pipeline.context import FURNITURE
from provenance.settings import Settings


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    settings = Settings(lexical_only=True)
    for name in (a for a in argv if a != "-v"):
        root = Path(name)
        labels = json.loads((root / "labels.json").read_text(encoding="utf-8"))
        sources = [(root / s).read_text(encoding="utf-8") for s in labels["sources"]]
        held = total = 0
        for article in labels["articles"]:
            text = (root / "articles" / article).read_text(encoding="utf-8")
            report = provenance.check(text, sources, settings)
            furniture = [m for m in report.markers if m.kind in FURNITURE]
            for p in report.passages:
                total += 1
                hit = next((m for m in furniture if m.start < p.end and p.start < m.end), None)
                if hit is not None:
                    held += 1
                    if verbose:
                        print(f"  {article}: passage {p.start}-{p.end} holds {hit.kind} {text[hit.start : hit.end]!r}")
        print(f"{name}: {held} of {total} passages hold page furniture")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
