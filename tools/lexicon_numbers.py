"""Write provenance/lexicon/data/anchor_number_words_more.tsv: the cardinal number words of French, German, Spanish,
Turkish, Italian, Portuguese, Romanian, Polish and Dutch (num2words, run here once; the checker reads the table, not
the package), one word per row, which the cross-language anchors read beside the hand-kept English, Ukrainian,
Russian and Arabic rows of anchor_number_words.tsv. A compound the language writes in several words ("deux cent
cinquante", "treinta y siete", "iki yüz elli") is read word by word by anchors.numbers; one it writes as one word
("zweihundertfünfzig", "diecisiete") gets a row.

Left out: "one" in every language (an article or a pronoun as often as a number), and words that are as often
another word in one of the languages the checker reads: "on" (Turkish ten; English and French "on"), "once"
(Spanish eleven), "neuf" (French nine; "new"), "sept" (French seven; English "Sept 16"), "elf" (German eleven),
"cent" and "cents" (French hundred; the English coin and "per cent": anchors.numbers reads them only after a
number word), "due" (Italian two; English "due to"), "sei" (Italian six; "you are", Portuguese "I know"), "otto"
(Italian eight; a first name), "opt" (Romanian eight; the English verb), "nouă" (Romanian nine; "new", "to us"),
"sto" (Polish hundred; Italian "I am"), "een" (Dutch one). Romanian words are written with both forms of its
s and t with a mark below (comma and cedilla: "șase", "şase"), as the press writes either.

    pip install num2words && python3 tools/lexicon_numbers.py
"""

from __future__ import annotations

from pathlib import Path

from num2words import num2words

OUT = Path(__file__).resolve().parents[1] / "provenance" / "lexicon" / "data" / "anchor_number_words_more.tsv"
AMBIGUOUS = {
    "on",
    "once",
    "neuf",
    "sept",
    "elf",
    "cent",
    "cents",
    "un",
    "une",
    "uno",
    "una",
    "ein",
    "eins",
    "eine",
    "bir",
    "due",
    "sei",
    "otto",
    "um",
    "uma",
    "opt",
    "nouă",
    "sto",
    "een",
}
# Romanian's s and t with a comma below, and the cedilla forms many sites still write.
_CEDILLA = str.maketrans("șțȘȚ", "şţŞŢ")


def _values(lang: str) -> list[int]:
    if lang in ("de", "it"):  # one word up to 999: every value up to 99, and the hundreds
        return [*range(2, 100), *range(100, 1000, 100)]
    if lang == "es":  # one word up to 29 ("veintisiete"), then the tens and the hundreds
        return [*range(2, 30), *range(30, 100, 10), *range(100, 1000, 100)]
    return [*range(2, 20), *range(20, 100, 10), *range(100, 1000, 100)]


def main() -> None:
    rows: dict[str, int] = {}
    for lang in ("fr", "de", "es", "tr", "it", "pt", "pt_BR", "ro", "pl", "nl"):
        for v in _values(lang):
            words = num2words(v, lang=lang).replace("-", " ").split()
            if lang == "tr" and len(words) == 1 and v > 10 and (v % 10 or v > 100):
                continue  # num2words joins Turkish compounds ("onyedi", "ikiyüz"); the press writes "on yedi"
            if len(words) == 1 and words[0] not in AMBIGUOUS:
                rows.setdefault(words[0], v)
        if lang == "es":
            rows.setdefault("ciento", 100)
            for w in ("doscientas", "trescientas", "cuatrocientas", "quinientas", "seiscientas", "setecientas",
                      "ochocientas", "novecientas"):  # fmt: skip
                rows.setdefault(w, int(rows[w[:-2] + "os"]))
        if lang == "pt":
            rows.setdefault("duas", 2)  # the feminine two ("duas semanas")
        if lang == "ro":
            rows.setdefault("două", 2)  # the feminine two ("două zile")
            for w, v in [(w, v) for w, v in rows.items() if w != w.translate(_CEDILLA)]:
                rows.setdefault(w.translate(_CEDILLA), v)
        if lang == "pl":
            rows.setdefault("dwie", 2)  # the feminine two ("dwie osoby")
    lines = [
        "# Cardinal number words of French, German, Spanish, Turkish, Italian, Portuguese, Romanian, Polish and Dutch",
        "# (num2words, via tools/lexicon_numbers.py; its docstring says which words are left out and why), one per",
        "# row: word, tab, value.",
        *(f"{w}\t{v}" for w, v in rows.items()),
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
