"""Bodies a phrase of a quote's attribution stands for: "the ministry", "the statement" and the body the text
named before them ("The Borean foreign ministry"), and the paragraph arithmetic those searches share."""

from __future__ import annotations

import re

from provenance import lexicon
from provenance.pipeline import speaker_phrases, speaker_roles
from provenance.pipeline.markers._base import OUTLETS
from provenance.pipeline.speaker_phrases import _CAP, _NP_STOP, BODY_STEMS

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
    links = "des|de la|del|de|das|dos|da|do|della|degli|dei|di|du|of the|of"  # "Ministério das Relações …"
    after = rf"(?<!\w)(?i:{stem})\w*[ \t]+(?:(?i:{links})[ \t]+)?(?P<name>(?:{word}[ \t]+){{0,2}}{word})"
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
    found = [(at, name) for at, name in found if not any(w in OUTLETS for w in name.split())]  # (an outlet relays)
    found = [(at, name) for at, name in found if not possessor(bare, at)]
    return max(found)[1] if found else None


# A body named as the possessor of a thing that is no text or spokesperson of its ("the ruling party’s decision",
# "the ministry's actions"): talked about, not speaking; "the ministry's statement", "the party's leader" keep it.
_POSSESSIVE_NOUN = re.compile(r"(?:[ \t]+[a-z]+)?['’]s\s+(?P<noun>[^\W\d_]+)")  # (its noun: "X party’s")


def possessor(text: str, at: int) -> bool:
    m = _POSSESSIVE_NOUN.match(text, at)
    if m is None:
        return False
    noun = m.group("noun")
    return not (speaker_roles.is_role(noun) or speaker_phrases._DOCUMENT_WORD.fullmatch(noun))


def paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` starts; blank lines between paragraphs are no paragraph of their own."""
    p = text.rfind("\n\n", 0, pos)
    while p >= 0 and not text[p + 2 : pos].strip():
        p = text.rfind("\n\n", 0, p)
    return p + 2 if p >= 0 else 0


# Lower-case words that may join the capitalised words of a body's name ("Conseil de sécurité du Val-Noir").
_NAME_PARTICLES = frozenset(lexicon.words_all("marker_name_particles")) | {"of", "the", "des", "für", "for"}
# ... and conjunctions inside a body's name between capitalised words ("Ulaştırma ve Altyapı Bakanlığı").
_NAME_CONJUNCTIONS = frozenset({"and", "ve", "y", "et", "und", "и", "і", "та", "e"})
# A word, an elided article before it left out ("l'Agence": "Agence").
_BODY_WORD = re.compile(r"(?:(?<![\w'’])[^\W\d_]{1,2}['’](?=[^\W\d_]))?(?P<w>[\w'’-]+)")


def bodies(sentence: str) -> list[tuple[int, int, str]]:
    """Capitalised runs of a sentence, with up to three lower-case words inside where one is a particle and a
    capitalised word follows ("Conseil de sécurité du Val-Noir", not "Val-Noir accuse Merevia"), never across
    punctuation; a Turkish case ending after an apostrophe ("Kurulu’ndan") cut off."""
    words = list(_BODY_WORD.finditer(sentence))

    def cap(j: int) -> bool:
        return words[j].group("w")[:1].isupper()

    out, k = [], 0
    while k < len(words):
        if not cap(k):
            k += 1
            continue
        end = k
        while True:
            j = end + 1
            while j < len(words) and j - end <= 3 and not cap(j):
                j += 1
            inner = [w.group("w").lower() for w in words[end + 1 : j]]
            glued = (
                not inner
                or any(w in _NAME_PARTICLES for w in inner)
                or (len(inner) == 1 and inner[0] in _NAME_CONJUNCTIONS)
            )
            if (
                j < len(words)
                and j - end <= 4
                and cap(j)
                and glued
                and _spaced(sentence, words[end].end(), words[j].start())
            ):
                end = j
                continue
            break
        first, last = k, end
        while first < last and words[first].group("w").lower() in _NP_STOP:  # "ISTANBUL- In a statement"
            first += 1
        while last > first and words[last].group("w").lower() in _NP_STOP:
            last -= 1
        name = re.sub(r"['’][a-zçğıöşü]+$", "", sentence[words[first].start("w") : words[last].end()])
        out.append((words[first].start("w"), words[last].end(), name))
        k = end + 1
    return out


def _spaced(sentence: str, a: int, b: int) -> bool:
    """Only words and spaces between ``a`` and ``b``: no comma or other mark."""
    return bool(re.fullmatch(r"[\w'’ \t-]*", sentence[a:b]))  # no line break: a byline is no body's name
