"""Write provenance/lexicon/data/countries.tsv from CLDR (babel): the names of the world's countries in the
languages the checker reads, for the datelines that name a place and its country ("Budapest, Hungary -",
"Amman, Jordan —"). Only two-letter territory codes (countries and dependencies), not regions such as "World"
or "Europe"; a name's short form too ("United States" beside "United States of America" where CLDR gives one).

    python3 tools/lexicon_countries.py
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from babel import Locale

LOCALES = ["en", "uk", "ru", "ar", "tr", "fr", "de", "es", "ku", "fa", "it", "pt", "pl"]
# The English names CLDR keeps as variants ("alt" forms babel does not load) and that news still writes.
VARIANTS = {"Turkey": "TR", "Czech Republic": "CZ", "Ivory Coast": "CI", "Macedonia": "MK", "Burma": "MM",
            "Swaziland": "SZ", "USA": "US", "UK": "GB", "Britain": "GB", "Great Britain": "GB", "Holland": "NL",
            "the Netherlands": "NL", "East Timor": "TL", "Cape Verde": "CV", "Vatican": "VA"}  # fmt: skip
OUT = Path(__file__).resolve().parents[1] / "provenance" / "lexicon" / "data" / "countries.tsv"


def territory_names(locales: Iterable[str], keep: Callable[[str], bool]) -> dict[str, str]:
    """CLDR's names of the territories whose codes ``keep`` accepts, in each locale babel has: name -> code."""
    rows: dict[str, str] = {}
    for loc in locales:
        try:
            territories = Locale.parse(loc).territories
        except Exception:  # a locale this babel lacks
            continue
        for code, name in territories.items():
            if keep(code):
                rows.setdefault(name.strip(), code)
    return rows


def main() -> None:
    rows = territory_names(
        LOCALES, lambda code: len(code) == 2 and code.isalpha() and code not in ("EU", "EZ", "UN", "QO", "ZZ")
    )
    for name, code in VARIANTS.items():
        rows.setdefault(name, code)
    lines = [
        "# Country names (CLDR via babel: tools/lexicon_countries.py), one per row: name, tab, ISO 3166 code.",
    ]
    lines += [f"{name}\t{code}" for name, code in sorted(rows.items(), key=lambda r: (r[1], r[0]))]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} names")


if __name__ == "__main__":
    main()
