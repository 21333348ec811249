"""Whose the claim's words are: the voices of the sources, and a denial of one person's act that is no denial
of another's.

A source says "he won't run for re-election" of its author; an article says its author "has endorsed Deputy Mayor
Jane Roe to run for re-election". The words at issue are the same and the source negates them, but the
article predicates them of someone else, named as the subject of an infinitive ("endorsed X to run", "urged X to
step down"), whom the denial never names. :func:`someone_else` reads that construction (English ``to``); the
claims check (:mod:`.claims`) takes no contradiction from such a pair.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from provenance.pipeline.attribution import same_speaker

if TYPE_CHECKING:
    from provenance.pipeline.align import PreparedSource
    from provenance.settings import Settings

# One to four capitalised words (a name, titles included), then "to", right before the words at issue.
_NAMED_SUBJECT = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,4})to\s+$")
_WORD = re.compile(r"[\w'’-]+")


def _caps(text: str) -> set[str]:
    return {re.sub(r"['’]s$", "", w).casefold() for w in _WORD.findall(text) if w[:1].isupper()}


def someone_else(claim: str, claim_start: int, span: tuple[int, int], unit: str) -> bool:
    """The claim's words at issue (``span``, offsets of the page, ``claim`` starting at ``claim_start``) follow
    "<Name> to", a name whose words the denial ``unit`` lacks, while the unit names someone the claim does not
    there: the claim says it of another person."""
    before = claim[: max(0, span[0] - claim_start)]
    m = _NAMED_SUBJECT.search(before)
    if m is None:
        return False
    named, denial = _caps(m.group(1)), _caps(unit[1:])  # the unit's first word is capitalised as a sentence's
    return bool(named - _caps(unit)) and bool(denial - named)


def voices(sources: Sequence[PreparedSource]) -> list[str]:
    """Everyone the sources give words to: their authors and their speakers."""
    out = [str(s.extra.get("author")) for s in sources if s.extra.get("author")]
    out += [str(who) for s in sources for _, _, who in s.extra.get("speakers", []) if who]
    return out


def words_held(sources: Sequence[PreparedSource], who: str, s: Settings) -> int:
    """How many of ``who``'s words the sources hold: a whole text they author, their turns and quotations in
    others."""
    total = 0
    for src in sources:
        author = src.extra.get("author")
        if author and same_speaker(who, str(author), s) is True:
            total += len(src.text.split())
            continue
        turns = [(a, b) for a, b, v in src.extra.get("speakers", []) if v and same_speaker(who, str(v), s) is True]
        total += sum(len(src.text[a:b].split()) for a, b in turns)
    return total
