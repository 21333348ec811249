"""The words of a claim as the claims check reads them: stems cut to a few letters, content words without stop
words, negations, copulas and function words (:mod:`provenance.semantic.claims` and
:mod:`provenance.semantic.predicates` read them alike)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from functools import lru_cache

from provenance import lexicon
from provenance.pipeline import meaning as M
from provenance.pipeline.align import STOPWORDS
from provenance.semantic import frames
from provenance.settings import Settings, defaults

_TOKEN = frames.TOKEN


@dataclass(frozen=True)
class Tok:
    stem: str
    start: int
    end: int
    negation: bool


def stem(word: str, n: int, n_cyrillic: int) -> str:
    """A word's first ``n`` letters (``n_cyrillic`` in Cyrillic, whose endings are longer)."""
    w = word.casefold().replace("’", "'")
    return w[: n_cyrillic if any("\u0400" <= c <= "\u04ff" for c in w) else n]


def toks(text: str, offset: int = 0, settings: Settings | None = None) -> list[Tok]:
    s = settings or defaults()
    out = []
    for m in _TOKEN.finditer(text):
        w = m.group().casefold().replace("’", "'")
        st = stem(w, s.claim_stem_chars, s.claim_stem_chars_cyrillic)
        out.append(Tok(st, m.start() + offset, m.end() + offset, w in M.NEGATIONS or w.endswith("n't")))
    return out


def content_word(word: str, min_chars: int) -> bool:
    """A word that can carry a claim's topic: long enough, no digit run, no stop word, negation, copula or function
    word."""
    return (
        len(word) >= min_chars
        and not word.isdigit()
        and word not in STOPWORDS
        and word not in M.NEGATIONS
        and word not in _copulas()
        and word not in _FUNCTION_WORDS
    )


_FUNCTION_WORDS = lexicon.words_all("function_words")  # French "les", German "der": no content


@functools.cache
def _copulas() -> frozenset[str]:
    """Forms of "be" and "have" in every language (lexicon ``copulas.LANG``): no claim's topic of their own."""
    return frozenset(w.casefold() for w in lexicon.words_all("copulas"))


def content_stems(text: str, settings: Settings | None = None) -> frozenset[str]:
    s = settings or defaults()
    return _content_stems(text, s.claim_stem_chars, s.claim_stem_chars_cyrillic, s.claim_min_word_chars)


@lru_cache(maxsize=8192)
def _content_stems(text: str, n: int, n_cyrillic: int, min_chars: int) -> frozenset[str]:
    return frozenset(stem(w, n, n_cyrillic) for w in words(text) if content_word(w, min_chars))


def common_start(x: str, y: str) -> int:
    """How many letters two words share from their start."""
    return next((k for k, (p, q) in enumerate(zip(x, y, strict=False)) if p != q), min(len(x), len(y)))


def words(text: str) -> list[str]:
    """The text's words, casefolded."""
    return [m.group().casefold() for m in _TOKEN.finditer(text)]


__all__ = ["Tok", "common_start", "content_stems", "content_word", "stem", "toks", "words"]
