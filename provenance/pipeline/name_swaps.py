"""Whether two names in one place of an alignment are one name (drift's name rule asks, ``drift._swapped_name``):
the same name spelt otherwise, the other part of one full name, a country's short and official names, a state's
title; and whether the article's names are named in the source's span after all."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from provenance import lexicon
from provenance.text import Token, norm_word


def named_in_span(qnames: Sequence[Token], doc: str, snames: Sequence[Token]) -> bool:
    """Each run of the article's names (words with only spaces between) ends with a name of the source's span."""
    ends = [a for a, b in itertools.pairwise(qnames) if doc[a.end : b.start].strip()] + [qnames[-1]]
    return all(t.norm in {n.norm for n in snames} for t in ends)


# Letters-only similarity from which two written names are one name spelt two ways (two edits in eleven letters).
SPELLING_VARIANT_SIMILARITY = 0.8


def spelt_otherwise(doc: str, qnames: Sequence[Token], stext: str, snames: Sequence[Token]) -> bool:
    """An article name within two edits in ten of a source name near the span (one word or two written apart),
    hyphens and case aside."""
    near = stext[max(0, snames[0].start - 40) : snames[-1].end + 40]
    ws = [re.sub(r"\W", "", w).casefold() for w in re.findall(r"[\w'’-]+", near)]
    theirs = {w for w in ws + [a + b for a, b in itertools.pairwise(ws)] if len(w) >= 4}  # "Ida Outanane" too
    for t in qnames:
        mine = re.sub(r"\W", "", doc[t.start : t.end]).casefold()
        if any(Levenshtein.normalized_similarity(mine, w) >= SPELLING_VARIANT_SIMILARITY for w in theirs - {mine}):
            return True
    return False


def one_full_name(doc: str, qnames: Sequence[Token], stext: str, snames: Sequence[Token]) -> bool:
    """One word on each side, and either text writes them side by side as one full name, in either order ("Jane
    Roe", "Roe Jane" as an East Asian name is written): the person named by another part of their name."""
    if len(qnames) != 1 or len(snames) != 1:
        return False
    x, y = re.escape(doc[qnames[0].start : qnames[0].end]), re.escape(stext[snames[0].start : snames[0].end])
    pair = re.compile(rf"(?<!\w)(?:{x}[^\S\n]+{y}|{y}[^\S\n]+{x})(?!\w)")
    return bool(pair.search(doc) or pair.search(stext))


# Country names in every language read (CLDR, tools/lexicon_countries.py), one word each, in comparison form.
# Words of a state's official name (lexicon state_forms): "Republic", "Federation", "Королевство".
STATE_FORMS = frozenset(norm_word(w) for w in lexicon.words_all("state_forms"))
COUNTRIES = frozenset(norm_word(c) for c in lexicon.table("countries") if " " not in c)
# Letters two words of two names must share at their start to be one name's forms ("Russia", "Russian").
NAME_STEM_CHARS = 5


def name_run(text: str, names: Sequence[Token]) -> list[str]:
    """The capitalised words around the names: the whole name they are part of ("Russian Federation")."""
    a, b = names[0].start, names[-1].end
    before = re.search(r"(?:[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’-]*\s+)+$", text[max(0, a - 60) : a])
    after = re.match(r"(?:\s+[A-ZÀ-ÞА-ЯІЇЄҐ][\w'’-]*)+", text[b : b + 60])
    run = (before.group() if before else "") + text[a:b] + (after.group() if after else "")
    return run.split()


# Roles and courtesy titles, every language (lexicons person_roles, honorifics): a title, not a name.
TITLE_WORDS = frozenset(w.casefold() for concept in ("person_roles", "honorifics") for w in lexicon.words_all(concept))


def _beside(text: str, names: Sequence[Token]) -> list[str]:
    """The capitalised words right before and after a run of names, only a space between (no title word)."""
    after = re.match(r"[^\S\n]+([^\W\d_][\w'’-]*)", text[names[-1].end : names[-1].end + 60])
    before = re.search(r"([^\W\d_][\w'’-]*)[^\S\n]+$", text[max(0, names[0].start - 60) : names[0].start])
    near = [m.group(1) for m in (after, before) if m is not None and m.group(1)[:1].isupper()]
    return [w for w in near if w.casefold() not in TITLE_WORDS]  # ("Mayor Ana Roe" for "Mayor Ivo …": a swap)


def part_of_shared_name(
    doc: str, qnames: Sequence[Token], passage: Sequence[Token], stext: str, snames: Sequence[Token]
) -> bool:
    """The article's names run on, with only a space between, into a capitalised word the passage aligns with the
    source ("Іван" before "Петренко", which both name): a given name or a title added to a person the
    source names by surname, no other person; unless the source's names run into that word too ("John Roe"
    for "Jane Roe": another given name, another person)."""
    kept, own = {t.norm for t in passage}, {t.norm for t in qnames}
    theirs = {norm_word(w) for w in _beside(stext, snames)}
    return any(norm_word(w) in kept and norm_word(w) not in own | theirs for w in _beside(doc, qnames))


def outlet_or_person(doc: str, qnames: Sequence[Token], stext: str, snames: Sequence[Token]) -> bool:
    """One side's names are an outlet's ("Orlin News", "Reuters"), the other's not: an outlet the article
    spoke to where the source names who spoke, a difference of who tells, not a name swapped."""
    from provenance.pipeline.markers._base import is_outlet_name  # (markers import the drift lexicons: lazily)

    q = " ".join(doc[t.start : t.end] for t in qnames)
    s = " ".join(stext[t.start : t.end] for t in snames)
    return is_outlet_name(q) != is_outlet_name(s)


def stem_shared(xs: Sequence[str], ys: Sequence[str]) -> bool:
    """A word of one name is another form of a word of the other ("Russia", "Russian"); the same word twice
    ("Johann" in two men's names) is not."""
    xf = {w.casefold() for w in xs if len(w) >= NAME_STEM_CHARS}
    return any(y.casefold() != x and y.casefold()[:NAME_STEM_CHARS] == x[:NAME_STEM_CHARS]
               for x in xf for y in ys if len(y) >= NAME_STEM_CHARS and y.casefold() not in xf)  # fmt: skip
