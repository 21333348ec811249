"""Write provenance/lexicon/data/months.tsv from CLDR (babel): every month name a locale uses, wide and
abbreviated, format and stand-alone (genitive forms), for the languages the checker reads, and the regional
Arabic systems (Levantine/Iraqi names, Maghreb names) beside the Latin-derived ones; and
anchor_calendar.tsv: the wide month and weekday names alone (an abbreviation such as "лист" or "mar" is a
word too), which the cross-language anchors read beside anchor_dates.tsv.

    python3 tools/lexicon_months.py
"""

from __future__ import annotations

from pathlib import Path

from babel.dates import get_day_names, get_month_names

LOCALES = ["en", "uk", "ru", "ar", "ar_SY", "ar_IQ", "ar_LB", "ar_JO", "ar_MA", "ar_DZ", "ar_TN", "tr", "fr", "de",
           "es", "ku", "fa", "be", "pl", "it", "pt"]  # fmt: skip
OUT = Path(__file__).resolve().parents[1] / "provenance" / "lexicon" / "data" / "months.tsv"
CALENDAR = OUT.with_name("anchor_calendar.tsv")


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
    lines = [
        "# Month names (CLDR via babel: tools/lexicon_months.py), one per row: name, tab, month number.",
        "# Wide and abbreviated, format (genitive) and stand-alone forms; Arabic in its regional systems.",
    ]
    lines += [f"{name}\t{n}" for name, n in sorted(rows.items(), key=lambda r: (r[1], r[0]))]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} names")
    calendar()


def calendar() -> None:
    rows: dict[tuple[str, str], int] = {}
    for loc in LOCALES:
        for context in ("format", "stand-alone"):
            try:
                months = get_month_names("wide", context=context, locale=loc)
                days = get_day_names("wide", context=context, locale=loc)
            except Exception:  # a locale this babel lacks
                continue
            for n, name in months.items():
                if " " not in name.strip():
                    rows.setdefault((name.strip().lower(), "month"), n)
            for n, name in days.items():  # CLDR counts from Monday = 0
                if " " not in name.strip():
                    rows.setdefault((name.strip().lower(), "weekday"), n + 1)
    lines = [
        "# Wide month and weekday names of every locale the checker reads (CLDR via babel:",
        "# tools/lexicon_months.py), one per row: form, tab, kind, tab, number (Monday = 1).",
    ]
    lines += [f"{f}\t{kind}\t{n}" for (f, kind), n in sorted(rows.items(), key=lambda r: (r[0][1], r[1], r[0][0]))]
    CALENDAR.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{CALENDAR}: {len(rows)} names")


if __name__ == "__main__":
    main()
