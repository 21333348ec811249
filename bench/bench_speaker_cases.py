"""Speakers of invented snippets (bench/speaker_cases): the quote holding each needle, and whether its speaker holds
the labelled surname (the first letters of a surname Polish declines); lexical, no sources.

    python bench/bench_speaker_cases.py bench/speaker_cases/pt.tuning.json [-v]
"""

from __future__ import annotations

import json
import sys
import unicodedata

from provenance import check
from provenance.settings import Settings

# A Polish surname in another case keeps all but its last two letters ("Sowa", "Sowy").
DECLENSION_LETTERS = 2


def _norm(s: object) -> str:
    return " ".join(unicodedata.normalize("NFC", str(s or "")).lower().split())


def main(path: str, verbose: bool = False) -> int:
    with open(path, encoding="utf-8") as f:
        cases = json.load(f)
    right = total = 0
    for k, case in enumerate(cases):
        report = check(case["text"], [], Settings(lexical_only=True))
        for needle, want in case["quotes"]:
            total += 1
            found = [q for q in report.quotes if _norm(needle) in _norm(q.text)]
            got = found[0].speaker if found else None
            if want is None:
                good = bool(found) and got is None
            else:
                w = _norm(want)
                stem = w if " " in w else w[: max(4, len(w) - DECLENSION_LETTERS)]
                good = bool(found) and got is not None and stem in _norm(got)
            right += good
            if verbose or not good:
                shown = got if found else "no quote"
                print(f"{'ok ' if good else 'BAD'} case {k}: want {want!r}, got {shown!r} | {needle}")
    print(f"{path}: speakers {right}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], "-v" in sys.argv[2:]))
