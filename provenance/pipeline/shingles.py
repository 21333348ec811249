"""Shingles: runs of words one text copies from another, hashed (the library's index, copied clauses)."""

from __future__ import annotations

import hashlib

from provenance import lexicon
from provenance.text import tokens

STOPWORDS = lexicon.words("stopwords")

# Words per shingle: five words in a row are rarely shared by chance by two texts on one topic, while a quoted
# sentence still yields several (one word changed in ten keeps half). A library's index is built with it (its file
# records it); a clause sharing one with a source unit in its language copies it (``semantic.units.copied_run``).
SHINGLE_WORDS = 5


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[int]:
    """The distinct k-word shingles of ``text`` as signed 64-bit hashes; shingles of stop words only are
    left out ("and that it is the" says nothing about a source)."""
    return set(shingled(text, k)[1])


def shingled(text: str, k: int = SHINGLE_WORDS) -> tuple[list[str | None], dict[int, list[int]]]:
    """``(words, where)``: the text's normalised words (None for a stop word) and, for each shingle hash,
    the word positions where it starts."""
    norms = [t.norm for t in tokens(text)]
    words: list[str | None] = [None if w in STOPWORDS else w for w in norms]
    where: dict[int, list[int]] = {}
    for i in range(len(norms) - k + 1):
        if all(w is None for w in words[i : i + k]):
            continue
        digest = hashlib.blake2b("\x1f".join(norms[i : i + k]).encode("utf-8"), digest_size=8).digest()
        where.setdefault(int.from_bytes(digest, "big", signed=True), []).append(i)
    return words, where


__all__ = ["SHINGLE_WORDS", "shingled", "shingles"]
