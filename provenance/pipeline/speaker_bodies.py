"""Bodies a phrase of a quote's attribution stands for: "the ministry", "the statement" and the body the text
named before them ("The Borean foreign ministry"), and the paragraph arithmetic those searches share."""

from __future__ import annotations

import re

from provenance.pipeline import speaker_roles
from provenance.pipeline.speaker_phrases import _CAP, BODY_STEMS

# The article before a body's noun ("the ministry", "il Comitato", "das Ministerium"; lexicon definite_articles).
BODY_ARTICLE = re.compile(rf"^(?i:l['’]|(?:{'|'.join(map(re.escape, sorted(speaker_roles.DEFINITE_WORDS)))})(?!\w))\s*")


def body_named_before(text: str, before: int, phrase: str) -> str | None:
    """The body a bare "the NOUN" stands for ("The bank also said" after "The Central Bank of Halvia raised …"):
    the last one named with that noun anywhere before ``before``; None for any other phrase."""
    words = BODY_ARTICLE.sub("", phrase.strip()).split()
    if len(words) != 1 or not words[0].islower() or not words[0].startswith(BODY_STEMS):
        return None
    return body_named(text, before, words[0], paragraphs=None)


def body_named(text: str, before: int, noun: str | None, paragraphs: int | None = 2) -> str | None:
    """The last body named with ``noun``'s stem (any body noun for None) in this paragraph and the one before
    (``paragraphs``; None: anywhere before): the name after the noun ("компании Derinsu Sondaj", "ministère des
    Affaires étrangères") or capitalised words before it ("Borean Foreign Ministry", "The Borean foreign
    ministry")."""
    stems = [b for b in BODY_STEMS if noun is None or noun.lower().startswith(b)][: None if noun is None else 1]
    stem = "|".join(map(re.escape, stems))
    lo = paragraph_start(text, max(0, paragraph_start(text, before) - 2)) if paragraphs else 0
    word = rf"{_CAP}[\w'’-]*"
    after = (
        rf"(?<!\w)(?i:{stem})\w*[ \t]+(?:(?i:des|de la|del|de|of the|of)[ \t]+)?(?P<name>(?:{word}[ \t]+){{0,2}}{word})"
    )
    ahead = rf"(?<!\w)(?P<name>(?:{word}[ \t]+){{1,3}}(?:[a-z]{{4,}}[ \t]+)?(?i:{stem})\w*)"
    end = max(lo, before - 1)
    bare = " " * lo + speaker_roles.blank_quotations(text[lo:end])
    # the noun kept with a Latin name after it ("ministère des Affaires étrangères"), not with a Cyrillic one,
    # whose noun is in the genitive ("компании Derinsu Sondaj")
    found = [
        (m.end(), m.group() if m.group()[:1].isascii() else m.group("name"))
        for m in re.compile(after).finditer(bare, lo, end) if m.group("name")[:1].isupper()
    ]  # fmt: skip
    found += [
        (m.end(), name)
        for m in re.compile(ahead).finditer(bare, lo, end)
        if (name := BODY_ARTICLE.sub("", m.group("name")))[:1].isupper() and len(name.split()) >= 2
    ]
    return max(found)[1] if found else None


def paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` starts; blank lines between paragraphs are no paragraph of their own."""
    p = text.rfind("\n\n", 0, pos)
    while p >= 0 and not text[p + 2 : pos].strip():
        p = text.rfind("\n\n", 0, p)
    return p + 2 if p >= 0 else 0
