"""The owner of the words a short quote cites inside someone else's reaction.

"Ukraine's foreign minister, responding to Pope Francis's call to show “the courage of the white flag”, said …":
the quoted words are the pope's, though the minister is the sentence's speaker. A statement noun (lexicon
``statement_nouns.LANG``: "call", "заяву", "Werben", "déclarations") whose owner is named, by a possessive before it
("Pope Francis's call") or a genitive after it ("заяву Папи Римського", "des Papstes", "del Papa Francisco"), and a
fragment quoted a few words on, with no other verb of saying between: the owner spoke those words. And a speaker
phrase that a possessive closes names no one who speaks (:func:`possessor`: "Biden calls Assad's fall “…”").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from provenance import lexicon
from provenance.pipeline.speaker_phrases import (
    _PRONOUNS,
    BODY_STEMS,
    LOWER,
    NAME_WORD,
    VERB_ANY,
    _has_name,
    _mask,
    _role_prefixed,
    _roles,
)
from provenance.pipeline.speaker_roles import is_role

# A quote this short is a phrase cited from the statement; a longer one after such a noun is as often the
# reaction itself ("Responding to the call, Doe said it was “a betrayal of every family that lost someone”").
OWNED_QUOTE_MAX_WORDS = 6
# Words from the statement noun (or its owner) to the quote: "suggestion that Ukraine should have what he called
# the “…”" is nine; a clause further away is about something else.
OWNER_REACH_WORDS = 12

_NOUNS = frozenset(w.casefold() for w in lexicon.words_all("statement_nouns"))
_NOUN = re.compile(
    rf"(?<![\w-])(?P<noun>{'|'.join(sorted(map(re.escape, _NOUNS), key=len, reverse=True))})(?![\w-])", re.I
)
_POSSESSOR = re.compile(rf"(?P<name>(?:{NAME_WORD}\s+){{0,3}}{NAME_WORD})['’]s?\s+(?:[{LOWER}-]+\s+)?$")
_OF = r"(?:of|by|du|de\s+la|de|des|del|der|von)"
_ARTICLE = r"(?:the|le|la|l['’]|el)"
_GENITIVE = re.compile(
    rf"\s+(?:{_OF}\s+)?(?:{_ARTICLE}\s*)?(?P<name>(?:[{LOWER}]+\s+)?(?:{NAME_WORD})(?:\s+{NAME_WORD}){{0,3}}"
    rf"|[{LOWER}]+(?:\s+[{LOWER}]+)?)"
)
_BREAK = re.compile(r"[.!?:;]\s|\n")
_COPULAS = frozenset(w.casefold() for w in lexicon.words_all("copulas"))
_AFTER_COMMA = re.compile(r"[,،]\s*([^\W\d_]+)")
# The words after a comma that go on with the statement's clause ("про те, що", "о том, чтобы").
_COMPLEMENTISERS = frozenset(
    w.casefold() for concept in ("complementisers", "purpose_complementisers") for w in lexicon.words_all(concept)
)


def statement_owner(before: str, offset: int, quote: str) -> tuple[str | None, tuple[int, int] | None]:
    """The named owner of the statement a short quote cites (see the module), and where the name stands;
    ``before``: the text before the quote's opening mark, which stands at ``offset + len(before)``."""
    if len(quote.split()) > OWNED_QUOTE_MAX_WORDS:
        return None, None
    cut = max((m.end() for m in _BREAK.finditer(before)), default=0)
    for m in reversed(list(_NOUN.finditer(before, cut))):
        owner = _possessor(before, m.start()) or _genitive(before, m.end())
        if owner is None:
            continue
        name, a, b = owner
        tail = before[max(b, m.end()) :]
        said = any(not _pronoun_before(tail, v.start()) for v in VERB_ANY.finditer(tail))
        # a comma opens the statement's own clause ("заяву … про те, що …") or another one, whose subject the
        # quote is ("the Pope's call for talks, Ukraine “absolutely rejects”": the reported words of another)
        other = any(w.casefold() not in _COMPLEMENTISERS for w in _AFTER_COMMA.findall(tail))
        # a copula between: the quote judges the statement ("said Roe's statement was “surprising”"), not its words
        judged = any(w.casefold() in _COPULAS for w in tail.split())
        if len(tail.split()) > OWNER_REACH_WORDS or said or other or judged:
            return None, None  # another verb of saying or another clause between: not the owner's words
        return name, (offset + a, offset + b)
    return None, None


def _possessor(text: str, at: int) -> tuple[str, int, int] | None:
    m = _POSSESSOR.search(text[max(0, at - 80) : at])
    if m is None or not (_has_name(m.group("name")) or _role_prefixed(m.group("name"))):
        return None  # "the Pope’s remark": a role owns it too
    base = max(0, at - 80)
    return m.group("name"), base + m.start("name"), base + m.end("name")


# Arabic: the owner right after the noun (the construct state, "تصريح البابا فرنسيس"), up to a preposition, a
# complementiser, a comma or a quote mark; Arabic has no capitals, so the owner must open with a role.
_GENITIVE_AR = re.compile(
    r"\s+(?P<name>[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2}?)"
    r"(?=\s+(?:عن|بأن|بأنه|بأنها|أن|إن|حول|في|الذي|التي)(?![\u0621-\u064a])|\s*[،,:\"“«])"
)


def _genitive(text: str, at: int) -> tuple[str, int, int] | None:
    ar = _GENITIVE_AR.match(text, at)
    if ar is not None:
        name = ar.group("name")
        return (name, ar.start("name"), ar.end("name")) if name.split()[0].startswith(_roles()) else None
    m = _GENITIVE.match(text, at)
    if m is None:
        return None
    name = m.group("name")
    first = name.split()[0]
    if first[:1].islower() and not _role_prefixed(first):
        return None  # "the call for talks", "remark that Ukraine …": no one's; "du pape François" is
    if not _role_prefixed(first) and not (_has_name(name) and first.casefold() not in _PRONOUNS):
        return None
    return name, m.start("name"), m.end("name")


def _pronoun_before(text: str, at: int) -> bool:
    """A verb of saying whose subject is a pronoun ("what he called"): the owner's own, said of him."""
    words = text[:at].split()
    return bool(words) and words[-1].casefold() in _PRONOUNS


def cites_owner(text: str, parts: Sequence[tuple[int, int]], window: int) -> bool:
    """The quote cites a phrase of a statement its sentence names the owner of (:mod:`.speaker_owners`): its
    speaker does not go on speaking in the quotes after it."""
    start = parts[0][0]
    before = _mask(text[max(0, start - 1 - window) : max(0, start - 1)].split("\n\n")[-1])
    return statement_owner(before, 0, text[start : parts[-1][1]])[0] is not None


def possessor(phrase: str, text: str) -> bool:
    """An English possessive closes the phrase ("Biden calls Assad's fall “…”"), or only a headline's common nouns
    follow it: capitalised words the text also writes in lower case ("Supports Israel's Right to …"), no role or
    body. "Borea's foreign ministry", "the EU's Kallas" and "Marek's message" speak."""
    words = phrase.split()
    k = next((k for k, w in enumerate(words) if w.endswith(("'s", "’s")) and len(w) > 2), None)
    if k is None:
        return False
    rest = words[k + 1 :]
    if any(is_role(w) or w.lower().startswith(BODY_STEMS) or not w[:1].isupper() for w in rest):
        return False
    low = {w.lower() for w in re.findall(r"(?<![\w'’-])[a-zà-ÿ][\w'’-]*", text)}
    return all(w.lower() in low for w in rest)
