"""Vocabularies as data: one loader for every word list, per concept and language.

Each list is a UTF-8 file in ``provenance/lexicon/data/``, named ``CONCEPT.txt`` when it holds every language
(names, outlets, aliases) or ``CONCEPT.LANG.txt`` (ISO 639-1) when it holds one. Lines starting with ``#`` are
the header (what the list holds, where it comes from) or comments; blank lines are skipped. A row is one entry;
a mapping row separates its columns with a tab, and a group row its members with ``|``.

    >>> "not" in words("negation", "en")
    True

Lists are read once per process (``functools.cache``): the pipeline asks for them on every article.
"""

from __future__ import annotations

import functools
from importlib import resources

DATA = "data"


def _read(name: str) -> tuple[str, ...]:
    ref = resources.files(__name__).joinpath(DATA, name)
    if not ref.is_file():
        return ()
    out = []
    for line in ref.read_text(encoding="utf-8").splitlines():
        row = line.strip()
        if row and not row.startswith("#"):
            out.append(row)
    return tuple(out)


def _name(concept: str, lang: str | None, ext: str = "txt") -> str:
    return f"{concept}.{lang}.{ext}" if lang else f"{concept}.{ext}"


@functools.cache
def rows(concept: str, lang: str | None = None, ext: str = "txt") -> tuple[str, ...]:
    """The rows of a list in file order; an unknown concept or language gives an empty tuple."""
    return _read(_name(concept, lang, ext))


@functools.cache
def words(concept: str, lang: str | None = None) -> frozenset[str]:
    """The entries of a list as a set (case kept as written)."""
    return frozenset(rows(concept, lang))


@functools.cache
def words_all(concept: str) -> frozenset[str]:
    """The entries of a list in every language that has one."""
    out: set[str] = set()
    for lang in languages(concept):
        out |= words(concept, lang)
    return frozenset(out | words(concept))


@functools.cache
def table(concept: str, lang: str | None = None, ext: str = "tsv") -> dict[str, str]:
    """A two-column mapping (key, tab, value)."""
    out: dict[str, str] = {}
    for row in rows(concept, lang, ext):
        key, _, value = row.partition("\t")
        out[key.strip()] = value.strip()
    return out


@functools.cache
def groups(concept: str, lang: str | None = None) -> tuple[tuple[str, ...], ...]:
    """Rows whose members are separated by ``|`` (aliases, outlets)."""
    return tuple(tuple(m.strip() for m in row.split("|") if m.strip()) for row in rows(concept, lang))


@functools.cache
def languages(concept: str) -> tuple[str, ...]:
    """The languages that have a list for this concept."""
    base = resources.files(__name__).joinpath(DATA)
    found = set()
    for entry in base.iterdir():
        parts = entry.name.split(".")
        if len(parts) == 3 and parts[0] == concept:
            found.add(parts[1])
    return tuple(sorted(found))


__all__ = ["groups", "languages", "rows", "table", "words", "words_all"]
