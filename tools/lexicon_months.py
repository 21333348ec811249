"""Write provenance/lexicon/data/months.tsv from CLDR (babel): every month name a locale uses, wide and
abbreviated, format and stand-alone (genitive forms), for the languages the checker reads, and the regional
Arabic systems (Levantine/Iraqi names, Maghreb names) beside the Latin-derived ones.

    python3 tools/lexicon_months.py
"""

from __future__ import annotations

from pathlib import Path

from babel.dates import get_month_names

LOCALES = ["en", "uk", "ru", "ar", "ar_SY", "ar_IQ", "ar_LB", "ar_JO", "ar_MA", "ar_DZ", "ar_TN", "tr", "fr", "de",
           "es", "ku", "fa", "be", "pl", "it", "pt"]  # fmt: skip
OUT = Path(__file__).resolve().parents[1] / "provenance" / "lexicon" / "data" / "months.tsv"


def main() -> None:
    rows: dict[str, int] = {}
    for loc in LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                try:
                    names = get_month_names(width, context=context, locale=loc)
                except Exception:  # a locale this babel lacks
                    continue
                for n, name in names.items():
                    name = name.strip().rstrip(".").lower()
                    if len(name) >= 3:
                        rows.setdefault(name, n)
    lines = ["# Month names (CLDR via babel: tools/lexicon_months.py), one per row: name, tab, month number.",
             "# Wide and abbreviated, format (genitive) and stand-alone forms; Arabic in its regional systems."]
    lines += [f"{name}\t{n}" for name, n in sorted(rows.items(), key=lambda r: (r[1], r[0]))]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} names")


if __name__ == "__main__":
    main()
