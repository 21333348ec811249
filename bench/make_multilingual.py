"""Generate multilingual reprints over a library of thousands of sources (issue 14), seeded.

    python bench/make_multilingual.py --sources 10000 --out /tmp/pb/ml     # sources.jsonl, articles/, labels.json

Stories come from ``multilingual_stories.json``: five kinds of news event (a flood, a port loan, a vaccination
campaign, grain exports, a bridge), each told in five sentences written in English, Ukrainian, Russian,
Arabic, Turkish and French with the same slots (a city, a person, seven numbers, a date). A story is filled
with its own invented names (built from syllables with their Cyrillic and Arabic spellings) and numbers.

- **translated**: a story's source in English, and an article per language (uk, ru, ar, tr, fr) that
  translates three of its five sentences, with a headline and two filler sentences of that language;
- **reverse**: a story's source in uk, ru, ar, tr or fr, and an English article translating it;
- **unrelated**: an article about a story whose source is *not* in the library (it must pick none);
- **siblings**: for every story, two other stories of the same kind (another city, other numbers and names)
  are in the library, in its source's language: same-topic sources a pick must not confuse with the right one;
- **filler sources**: press releases of five sentences drawn from a pool of generated English sentences
  (subject, verb, object, circumstance), up to the library size. The pool is ``--pool`` sentences: each is
  embedded once, and the index holds every copy (a sentence held by many sources is boilerplate to it).

Kinds of story translated from English and kinds translated into English are disjoint (``FORWARD``,
``REVERSE``): two stories filled from one template share runs of words that real stories do not.

Every article's label names its source (or none). Everything is seeded: the same arguments give the same
corpus.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = json.loads((HERE / "multilingual_stories.json").read_text(encoding="utf-8"))
LANGS = tuple(DATA["languages"])
TARGETS = ("uk", "ru", "ar", "tr", "fr")
# Kinds of story translated from English, and kinds translated into English. Disjoint, so that no article
# shares its template words with a same-language source of another story: two stories written from one
# template share runs of words that real stories do not, and the shingles would rightly pick them.
FORWARD = ("flood", "loan", "vaccine")
REVERSE = ("bridge", "grain")
HEADLINES = {
    "en": "News in brief", "uk": "Коротко про головне", "ru": "Коротко о главном", "ar": "أخبار موجزة",
    "tr": "Kısa haberler", "fr": "En bref",
}  # fmt: skip


@dataclass
class Story:
    key: str
    family: str
    slots: dict[str, dict[str, str]]  # language -> slot -> value
    sentences: list[int] = field(default_factory=lambda: list(range(5)))

    def render(self, lang: str, which: list[int] | None = None) -> list[str]:
        rows = DATA["families"][self.family]
        return [rows[i][lang].format(**self.slots[lang]) for i in (which if which is not None else self.sentences)]


def _name(rng: random.Random, parts: int) -> dict[str, str]:
    syl = [rng.choice(DATA["syllables"]) for _ in range(parts)]
    return {
        "latin": "".join(s[0] for s in syl).capitalize(),
        "cyrillic": "".join(s[1] for s in syl).capitalize(),
        "arabic": "".join(s[2] for s in syl),
    }


def _script(lang: str) -> str:
    return {"uk": "cyrillic", "ru": "cyrillic", "ar": "arabic"}.get(lang, "latin")


def make_story(key: str, family: str, rng: random.Random) -> Story:
    city = _name(rng, 3)
    first, last = _name(rng, 2), _name(rng, 3)
    numbers = rng.sample(range(13, 990), 7)
    day, month = rng.randint(2, 28), rng.randrange(12)
    slots = {}
    for lang in LANGS:
        sc = _script(lang)
        s = {f"n{i + 1}": str(n) for i, n in enumerate(numbers)}
        s.update(city=city[sc], person=f"{first[sc]} {last[sc]}", day=str(day), month=DATA["months"][lang][month])
        s["month_nom"] = DATA.get("months_nominative", {}).get(lang, DATA["months"][lang])[month]
        slots[lang] = s
    return Story(key, family, slots)


def source_text(story: Story, lang: str) -> str:
    return "\n\n".join([HEADLINES[lang] + f" ({story.key})", " ".join(story.render(lang))])


def article_text(story: Story, lang: str, rng: random.Random) -> str:
    which = sorted(rng.sample(range(5), 3))
    body = story.render(lang, which)
    fillers = rng.sample(DATA["fillers"][lang], 2)
    return "\n\n".join([HEADLINES[lang], body[0], " ".join(body[1:]), " ".join(fillers)])


def filler_pool(n: int, rng: random.Random) -> list[str]:
    g = DATA["filler_grammar"]
    seen: set[str] = set()
    out = []
    while len(out) < n:
        s = f"{rng.choice(g['subjects'])} {rng.choice(g['verbs'])} {rng.choice(g['objects'])} {rng.choice(g['tails'])}."
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


@dataclass
class Corpus:
    sources: list[tuple[str, str, str]]  # (id, language, text): the stories' sources and their siblings
    articles: list[tuple[str, str, str, str | None]]  # (id, language, text, source id or None)
    pool: list[str]

    def filler_sources(self, n: int, seed: int) -> list[tuple[str, str, str]]:
        rng = random.Random(seed)
        return [(f"release-{i:06d}", "en", f"Release {i}\n\n" + " ".join(rng.sample(self.pool, 5))) for i in range(n)]


def make(stories_per_language: int = 100, reverse_per_language: int = 20, unrelated: int = 100,
         pool: int = 20000, seed: int = 14) -> Corpus:  # fmt: skip
    rng = random.Random(seed)
    sources: list[tuple[str, str, str]] = []
    articles: list[tuple[str, str, str, str | None]] = []
    k = 0

    def new_story(families: tuple[str, ...]) -> Story:
        nonlocal k
        k += 1
        return make_story(f"s{k:05d}", families[k % len(families)], rng)

    def with_siblings(story: Story, lang: str) -> None:
        for j in range(2):
            sib = make_story(f"{story.key}-sib{j}", story.family, rng)
            sources.append((f"{sib.key}.{lang}", lang, source_text(sib, lang)))

    for _ in range(stories_per_language):  # one English source, an article in each target language
        st = new_story(FORWARD)
        sources.append((f"{st.key}.en", "en", source_text(st, "en")))
        with_siblings(st, "en")
        for lang in TARGETS:
            articles.append((f"{st.key}-{lang}", lang, article_text(st, lang, rng), f"{st.key}.en"))
    for lang in TARGETS:  # the reverse: a source in the language, an English article
        for _ in range(reverse_per_language):
            st = new_story(REVERSE)
            sources.append((f"{st.key}.{lang}", lang, source_text(st, lang)))
            with_siblings(st, lang)
            articles.append((f"{st.key}-en", "en", article_text(st, "en", rng), f"{st.key}.{lang}"))
    for i in range(unrelated):  # the source is not in the library; two siblings of it are
        src_lang = "en" if i % 2 == 0 else TARGETS[i % len(TARGETS)]
        st = new_story(FORWARD if src_lang == "en" else REVERSE)
        with_siblings(st, src_lang)
        lang = TARGETS[i % len(TARGETS)] if src_lang == "en" else "en"
        articles.append((f"{st.key}-{lang}-unrelated", lang, article_text(st, lang, rng), None))
    return Corpus(sources, articles, filler_pool(pool, rng))


def write(corpus: Corpus, out: Path, n_sources: int) -> None:
    (out / "articles").mkdir(parents=True, exist_ok=True)
    fill = corpus.filler_sources(max(0, n_sources - len(corpus.sources)), seed=n_sources)
    with (out / "sources.jsonl").open("w", encoding="utf-8") as f:
        for sid, lang, text in corpus.sources + fill:
            f.write(json.dumps({"id": sid, "language": lang, "text": text}, ensure_ascii=False) + "\n")
    labels = {}
    for aid, lang, text, src in corpus.articles:
        (out / "articles" / f"{aid}.{lang}.txt").write_text(text, encoding="utf-8")
        labels[f"{aid}.{lang}.txt"] = {"language": lang, "source": src}
    (out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sources", type=int, default=10000, help="library size (stories' sources + filler sources)")
    ap.add_argument("--out", default="/tmp/pb/ml")
    ap.add_argument("--pool", type=int, default=20000)
    args = ap.parse_args()
    corpus = make(pool=args.pool)
    write(corpus, Path(args.out), args.sources)
    print(f"{len(corpus.articles)} articles, {args.sources} sources in {args.out}")


if __name__ == "__main__":
    main()
