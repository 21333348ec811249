"""Write provenance/lexicon/data/regions.tsv: the names of the continents (CLDR via babel) and of the Middle East
(which CLDR does not list) in the languages the checker reads, so that a translation's "Medio Oriente" or
"Европа" is the source's "Middle East" or "Europe", no other name.

    python3 tools/lexicon_regions.py
"""

from __future__ import annotations

from pathlib import Path

from lexicon_countries import territory_names  # (run from the repository root: tools/ is on the path)

LOCALES = ["en", "uk", "ru", "ar", "tr", "fr", "de", "es", "ku", "fa", "it", "pt", "pl", "bg", "cs", "el", "nl", "ro"]
CONTINENTS = ("002", "019", "142", "150")  # Africa, the Americas, Asia, Europe
# The Middle East, as news in these languages names it (no CLDR territory).
MIDDLE_EAST = (
    "Middle East", "Near East", "Oriente Medio", "Medio Oriente", "Oriente Próximo", "Moyen-Orient", "Proche-Orient",
    "Naher Osten", "Nahost", "Mittlerer Osten", "Ближний Восток", "Близький Схід", "Orta Doğu", "Ortadoğu",
    "الشرق الأوسط", "خاورمیانه", "Bliski Wschód", "Médio Oriente", "Oriente Médio", "Близкия изток", "Blízký východ",
    "Μέση Ανατολή", "Midden-Oosten", "Orientul Mijlociu",
)  # fmt: skip
OUT = Path(__file__).resolve().parents[1] / "provenance" / "lexicon" / "data" / "regions.tsv"


def main() -> None:
    rows = territory_names(LOCALES, lambda code: code in CONTINENTS)
    for name in MIDDLE_EAST:
        rows.setdefault(name, "XME")
    lines = [
        "# Regions (tools/lexicon_regions.py): continents from CLDR via babel (UN M49 codes) and the Middle East",
        "# (XME; CLDR lists no such territory). One per row: name, tab, code. Read with countries and capitals.",
    ]
    lines += [f"{name}\t{code}" for name, code in sorted(rows.items(), key=lambda r: (r[1], r[0]))]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} names")


if __name__ == "__main__":
    main()
