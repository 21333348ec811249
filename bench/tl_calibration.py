"""Calibration of ``scores.translation_likelihood`` on labelled editions.

For every article of the labelled sets named on the command line (folders in the ``evaluate.py`` format), the
truth is whether the article is a translated edition: its label's ``translation_likely`` where it has one, else
whether most of its labelled quotes come from sources in another language than the article's (an English
edition of a Ukrainian statement, a Russian reprint of an Arabic one). The checker's likelihood is read off a
full check (semantic stage on), and the table gives, per bin of predicted likelihood, how many articles fell
in it and how many of them were translated; with the Brier score and the accuracy of the 0.5 cut.

    python3 bench/tl_calibration.py tests/devset tests/realistic            # tuning part
    python3 bench/tl_calibration.py tests/realistic/heldout                  # held out
"""

from __future__ import annotations

import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

from provenance.api import check_paths, settings_from

BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0001)


def source_languages(folder: Path) -> dict[str, str]:
    """Source id (file name less its language and extension) -> language code from the file name."""
    out = {}
    for p in (folder / "sources").glob("*.txt"):
        m = re.match(r"(?P<id>.+)\.(?P<lang>[a-z]{2})\.txt$", p.name)
        if m:
            out[m.group("id")] = m.group("lang")
            out[p.name[: -len(".txt")]] = m.group("lang")
    return out


def truth(label: dict, langs: dict[str, str]) -> bool | None:
    if "translation_likely" in label:
        return bool(label["translation_likely"])
    own = label.get("language")
    src = [langs.get(q[2]) for q in label.get("quotes", []) if len(q) > 2 and q[2]]
    src = [s for s in src if s]
    if not own or not src:
        return None
    return Counter(s != own for s in src).most_common(1)[0][0]


def main(folders: list[str]) -> None:
    settings = settings_from()
    rows: list[tuple[float, bool]] = []
    for name in folders:
        folder = Path(name)
        labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))["articles"]
        langs = source_languages(folder)
        todo = [(a, t) for a, lab in labels.items() if (t := truth(lab, langs)) is not None]
        sources = sorted(str(p) for p in (folder / "sources").glob("*.txt"))
        reports = check_paths([str(folder / "articles" / a) for a, _ in todo], sources, settings)
        for (_, t), rep in zip(todo, reports, strict=True):
            rows.append((rep.scores.translation_likelihood or 0.0, t))
    print(f"{len(rows)} articles, {sum(t for _, t in rows)} translated editions")
    print("| predicted | articles | translated | observed rate | mean predicted |")
    print("| --- | --- | --- | --- | --- |")
    for lo, hi in itertools.pairwise(BINS):
        inside = [(p, t) for p, t in rows if lo <= p < hi]
        if not inside:
            print(f"| {lo:.1f}–{min(hi, 1):.1f} | 0 | 0 | – | – |")
            continue
        k = sum(t for _, t in inside)
        mean = sum(p for p, _ in inside) / len(inside)
        print(f"| {lo:.1f}–{min(hi, 1):.1f} | {len(inside)} | {k} | {k / len(inside):.2f} | {mean:.2f} |")
    brier = sum((p - t) ** 2 for p, t in rows) / len(rows)
    right = sum((p >= 0.5) == t for p, t in rows)
    print(f"Brier {brier:.3f} · right at the 0.5 cut {right}/{len(rows)}")


if __name__ == "__main__":
    main(sys.argv[1:])
