"""Generate corpora for the audit and library benchmarks, with controlled edits and labels.

    python bench/make_corpus.py edits    --n 1200 --out /tmp/pb/corpus      # articles with controlled edits
    python bench/make_corpus.py reprints --n 600  --out /tmp/pb/reprints    # reprints of the dev-set articles
    python bench/make_corpus.py realistic --n 600 --out /tmp/pb/real   # multilingual, 300-900 words
    python bench/make_corpus.py sources  --n 100000 --out /tmp/pb/sources.jsonl  # sources for the library

``edits``: each article quotes and copies the dev-set source (Orlin council) or the Pentagon excerpt with one
or more controlled edits (verbatim reprint, altered number, edited bracket, dropped sentence, fabricated
quote), among generated filler paragraphs; ``labels.jsonl`` beside the articles says which edits each holds.
``reprints``: copies of the seven dev-set articles as other outlets run them (another outlet line, another
headline), some carrying further alterations inherited down a chain (for lineage).
``realistic``: multilingual articles of 300-900 words (seeded length) built from the labelled real-text set
(tests/realistic: ar, de, en, es, fr, ru, tr, uk): each starts with one article of the set whole (its quotes
and passages of the set's sources), then takes further paragraphs of other articles in its language, in a
seeded order, with each number in them changed, until it reaches its length; the library is that set's ten
sources (issue 15). Sentences without numbers recur across articles, so a per-process cache of embeddings
finds many of them (the benchmark says how many).
``sources``: generated press releases (unique prose, some with a shared boilerplate line) as JSONL records.

Everything is seeded: the same arguments give the same files.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "tests" / "devset"
ORLIN = DEVSET / "sources" / "orlin-council.en.txt"
PENTAGON = ROOT / "seeds" / "pentagon-hmc-statement.excerpt.txt"

# Quotable units of the two sources: (speaker phrase, sentence as the source has it).
ORLIN_QUOTES = [
    ("Mayor Tomas Verhoeven said", "This line will bring Riverside within fifteen minutes of the city centre."),
    ("Mayor Tomas Verhoeven said", "It is the largest public transport investment in Orlin for a generation."),
]
ORLIN_FACTS = [
    "The City Council today approved the extension of tram Line 4 to the Riverside district, a project of "
    "3.2 kilometres and five new stops.",
    "Construction will start in September and is planned to finish by the end of 2028.",
    "The project will cost 148 million euros, of which 60 percent is funded by the national government.",
    "The Council will not raise local taxes to pay for it.",
    "Bus route 12 will continue to run during construction.",
]
PENTAGON_QUOTES = [
    (
        "the Pentagon said in a statement",
        "The United States and the Government of Iraq will start working group meetings of the U.S.-Iraq Higher "
        "Military Commission (HMC) in the coming days, initiating a process the two sides committed to during the "
        "U.S.-Iraq Joint Security Cooperation Dialogue (JSCD) in Washington, D.C., on August 7-8, 2023.",
    ),
    (
        "the Pentagon said",
        "The commencement of the HMC process reflects the deep U.S. commitment to regional stability and Iraqi "
        "sovereignty.",
    ),
]
# Altered numbers: (source words, altered words).
NUMBER_EDITS = [
    ("fifteen minutes", "five minutes"),
    ("148 million", "184 million"),
    ("60 percent", "70 percent"),
    ("2028", "2030"),
    ("3.2 kilometres", "4.2 kilometres"),
    ("five new stops", "seven new stops"),
    ("August 7-8, 2023", "August 17-18, 2023"),
    ("in the coming days", "in the coming months"),
]
# Editorial brackets: (source words, bracketed replacement) - marked edits that style guides allow.
BRACKET_EDITS = [
    ("the city centre", "the [Orlin] city centre"),
    ("in Orlin", "in [the city of] Orlin"),
    ("the two sides", "[Washington and Baghdad]"),
    ("The commencement of the HMC process", "[The start of the commission's work]"),
]
FABRICATED = [
    ("Mayor Tomas Verhoeven said", "We will finish the line a full year ahead of schedule."),
    ("the mayor added", "Nobody in Riverside will ever need a car again."),
    ("the Pentagon said", "All American troops will leave Iraq before the end of the year."),
    ("a Pentagon spokesperson said", "The commission will decide the withdrawal date within weeks."),
]
OUTLETS = ["Coast Wire", "Orlin Daily", "Harbour Post", "Metro Ledger", "Valley Courier", "North Star News",
           "Riverside Gazette", "Evening Standard-Times", "Capital Dispatch", "Plains Herald"]  # fmt: skip

# Filler: generated news prose that shares no five-word run with the sources.
_SUBJECTS = ["Local residents", "Shop owners", "Several commuters", "A group of students", "Opposition members",
             "Regional officials", "Two engineers", "Neighbourhood groups", "Analysts", "Transport unions",
             "Teachers at the school", "Market traders", "Cyclists", "Hospital staff", "Young families"]  # fmt: skip
_VERBS = ["welcomed", "questioned", "criticised", "praised", "discussed", "debated", "examined", "supported",
          "opposed", "reviewed", "described", "recalled", "doubted", "mentioned", "compared"]  # fmt: skip
_OBJECTS = ["the timetable", "the consultation", "the noise studies", "the parking changes", "the budget review",
            "the earlier proposal", "the design of the platforms", "the route through the park",
            "the night service", "the ticket prices", "the delays at the bridge", "the safety audit",
            "the regional plan", "the public hearing", "the environmental report"]  # fmt: skip
_TAILS = ["at a meeting on Tuesday", "in interviews this week", "during a packed hearing", "in a letter to editors",
          "on local radio", "at the weekend market", "after months of talks", "in an online survey",
          "outside the town hall", "before the summer break", "in a joint letter", "on social media"]  # fmt: skip
_EXTRA = [
    "Some of them had waited years for a decision.",
    "Others were less convinced.",
    "The figures could not be independently verified.",
    "A second vote is not expected.",
    "Critics point to similar projects that ran late.",
    "Turnout at the hearing was high.",
    "The weather delayed several surveys last spring.",
    "Officials declined to give further details.",
]


def filler_paragraph(rng: random.Random, sentences: int) -> str:
    out = []
    for _ in range(sentences):
        if rng.random() < 0.25:
            out.append(rng.choice(_EXTRA))
        else:
            n = rng.randint(2, 40)
            out.append(
                f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_TAILS)}, "
                f"{n} of them by name."
                if rng.random() < 0.3
                else f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_TAILS)}."
            )
    return " ".join(out)


def _apply(sentence: str, edits: list[tuple[str, str]], rng: random.Random) -> tuple[str, tuple[str, str] | None]:
    usable = [e for e in edits if e[0] in sentence]
    if not usable:
        return sentence, None
    e = rng.choice(usable)
    return sentence.replace(e[0], e[1], 1), e


def quote_paragraph(speaker: str, sentence: str) -> str:
    body = sentence[:-1] + "," if sentence.endswith(".") else sentence
    return f"“{body}” {speaker}."


def edits_article(i: int, rng: random.Random) -> tuple[str, list[dict[str, str]]]:
    """One article with controlled edits, and its labels."""
    orlin = rng.random() < 0.6
    quotes = ORLIN_QUOTES if orlin else PENTAGON_QUOTES
    facts = ORLIN_FACTS if orlin else [q for _, q in PENTAGON_QUOTES]
    outlet = rng.choice(OUTLETS)
    head = "Orlin approves tram extension to Riverside" if orlin else "US and Iraq to start military commission talks"
    place = "ORLIN" if orlin else "WASHINGTON"
    labels: list[dict[str, str]] = []
    paras = [f"{head} ({i})", f"By Staff Writer {i % 97} | {outlet}"]
    paras.append(f"{place}, June {1 + i % 28} ({outlet}) - " + filler_paragraph(rng, 2))
    for speaker, sentence in rng.sample(quotes, k=rng.randint(1, len(quotes))):
        kind = rng.choices(["verbatim", "altered_number", "edited_bracket"], weights=[5, 3, 2])[0]
        text, edit = sentence, None
        if kind == "altered_number":
            text, edit = _apply(sentence, NUMBER_EDITS, rng)
        elif kind == "edited_bracket":
            text, edit = _apply(sentence, BRACKET_EDITS, rng)
        if edit is None:
            kind = "verbatim"
        paras.append(quote_paragraph(speaker, text))
        labels.append({"edit": kind, "quote": text, **({"from": edit[0], "to": edit[1]} if edit else {})})
        paras.append(filler_paragraph(rng, rng.randint(2, 5)))
    if rng.random() < 0.5:  # a copied passage, unquoted, with one sentence dropped
        kept = list(facts)
        if len(kept) > 1:
            dropped = kept.pop(rng.randrange(len(kept)))
            labels.append({"edit": "dropped_sentence", "dropped": dropped})
        paras.append(" ".join(kept))
    if rng.random() < 0.3:
        speaker, fab = rng.choice(FABRICATED[:2] if orlin else FABRICATED[2:])
        paras.append(quote_paragraph(speaker, fab))
        labels.append({"edit": "fabricated_quote", "quote": fab})
    for _ in range(rng.randint(2, 5)):
        paras.append(filler_paragraph(rng, rng.randint(3, 6)))
    return "\n\n".join(paras) + "\n", labels


# Further alterations passed down reprint chains of d3 (each generation adds one), for lineage.
CHAIN_EDITS = [("the city centre", "the town centre"), ("This line will bring", "This line will take")]


def reprint(i: int, devset: list[tuple[str, str]], rng: random.Random) -> tuple[str, str, dict[str, object]]:
    """The i-th reprint: (file name, text, label)."""
    name, text = devset[i % len(devset)]
    outlet = OUTLETS[(i // len(devset)) % len(OUTLETS)]
    label: dict[str, object] = {"of": name, "outlet": outlet, "chain": 0}
    if name.startswith("d3"):
        generation = (i // len(devset)) % 3  # 0: the d3 text; 1 and 2: one or two more alterations inherited
        for a, b in CHAIN_EDITS[:generation]:
            text = text.replace(a, b, 1)
        label["chain"] = generation
    lines = text.rstrip("\n").split("\n")
    if rng.random() < 0.5:
        lines[0] = f"{lines[0]} | {outlet}"
    text = "\n".join(lines) + f"\n\nThis story first appeared on {outlet} (reprint {i}).\n"
    stem = name.rsplit(".txt", 1)[0]
    return f"reprint-{i:05d}-{stem}.txt", text, label


_SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ren",
    "tas",
    "vo",
    "dri",
    "nel",
    "sup",
    "or",
    "ba",
    "ti",
    "gro",
    "fen",
    "lu",
    "mar",
    "pe",
    "sko",
    "vin",
    "za",
    "chu",
    "de",
    "ho",
    "qua",
    "ri",
    "sel",
    "tu",
    "wen",
    "yo",
    "ex",
]


def source_text(i: int, rng: random.Random, words: int, vocab: list[str]) -> str:
    out, sentence = [], []
    for _ in range(words):
        sentence.append(rng.choice(vocab))
        if len(sentence) >= rng.randint(8, 20):
            out.append(" ".join(sentence).capitalize() + ".")
            sentence = []
    if sentence:
        out.append(" ".join(sentence).capitalize() + ".")
    body = f"Press release {i}\n\n" + " ".join(out)
    if rng.random() < 0.3:
        body += "\n\nFor more information please contact the press office of the ministry."
    return body


REALISTIC = ROOT / "tests" / "realistic"
# Words of a realistic article: the range for a news article.
REALISTIC_WORDS = (300, 900)
_NUMBER = re.compile(r"\d+")


def _renumber(par: str, rng: random.Random) -> str:
    return _NUMBER.sub(lambda m: str(rng.randint(2, 10 ** len(m.group()) - 1)), par)


def realistic_articles(n: int, rng: random.Random) -> list[tuple[str, str, object]]:
    """``n`` articles of 300-900 words in the languages of tests/realistic (see the module docstring)."""
    base = sorted((p.name, p.read_text(encoding="utf-8")) for p in (REALISTIC / "articles").glob("*.txt"))
    by_lang: dict[str, list[tuple[str, str]]] = {}
    for name, text in base:
        lang = name.rsplit(".", 2)[-2]
        pars = [x.strip() for x in re.split(r"\n\s*\n", text) if len(x.split()) >= 8]  # body, not furniture
        by_lang.setdefault(lang, []).extend((name, par) for par in pars)
    docs: list[tuple[str, str, object]] = []
    for i in range(n):
        name, text = base[i % len(base)]
        lang = name.rsplit(".", 2)[-2]
        want = rng.randint(*REALISTIC_WORDS)
        pool = [par for other, par in by_lang[lang] if other != name] or [par for _, par in by_lang[lang]]
        pars, words = [text.strip()], len(text.split())
        while words < want:
            par = _renumber(rng.choice(pool), rng)
            pars.append(par)
            words += len(par.split())
        docs.append((f"real-{i:05d}.{lang}.txt", "\n\n".join(pars) + "\n", {"base": name, "words": words}))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("kind", choices=["edits", "reprints", "realistic", "sources"])
    ap.add_argument("--n", type=int, default=1200)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--words", type=int, default=200, help="sources: words per generated source")
    ap.add_argument("--jsonl", action="store_true", help="edits/reprints: one JSONL file instead of .txt files")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out = Path(args.out)
    if args.kind == "sources":
        out.parent.mkdir(parents=True, exist_ok=True)
        vocab = sorted({"".join(rng.choices(_SYLLABLES, k=rng.randint(1, 4))) for _ in range(20000)})
        with open(out, "w", encoding="utf-8") as fh:
            for i in range(args.n):
                rec = {"id": f"gen-{i:06d}", "text": source_text(i, rng, args.words, vocab)}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"wrote {args.n} sources to {out}")
        return
    docs: list[tuple[str, str, object]] = []
    if args.kind == "edits":
        for i in range(args.n):
            text, labels = edits_article(i, rng)
            docs.append((f"article-{i:05d}.en.txt", text, labels))
    elif args.kind == "realistic":
        docs = realistic_articles(args.n, rng)
    else:
        devset = sorted((p.name, p.read_text(encoding="utf-8")) for p in (DEVSET / "articles").glob("*.txt"))
        docs = [reprint(i, devset, rng) for i in range(args.n)]
    out.mkdir(parents=True, exist_ok=True)
    if args.jsonl:
        with open(out / "articles.jsonl", "w", encoding="utf-8") as fh:
            for name, text, _ in docs:
                fh.write(json.dumps({"id": name, "text": text}, ensure_ascii=False) + "\n")
    else:
        for name, text, _ in docs:
            (out / name).write_text(text, encoding="utf-8")
    with open(out.parent / f"{out.name}.labels.jsonl", "w", encoding="utf-8") as fh:  # beside, not among, inputs
        for name, _, label in docs:
            fh.write(json.dumps({"article": name, "labels": label}, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} {args.kind} articles to {out}{os.sep}")


if __name__ == "__main__":
    main()
