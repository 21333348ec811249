"""The person who holds a role the text names: "the minister" is the last name written right after a word of that
role ("Foreign Minister Jane Doe"), or the name in apposition after its complement. :mod:`resolve` asks when a
quote's speaker is a role alone."""

from __future__ import annotations

import re

from provenance.pipeline import speaker_edges, speaker_roles, speakers_ar
from provenance.pipeline.speaker_phrases import (
    _ARABIC_LETTER,
    _CAP,
    _LEADER,
    BODY_STEMS,
    _alternation,
    _has_name,
    _mask,
    _role_only,
    _role_prefixed,
)

# The Polish, Czech and Slovak dative of a man's name ("Franciszkowi", "Novákovi"): a name given to, never the
# nominative of one who holds the role and speaks.
DATIVE_ENDINGS = ("owi", "ovi")
# How far back a role looks for the name it stands for ("die Ministerin" … "Verkehrsministerin Henrike Falbe").
ROLE_WINDOW_CHARS = 3000


def named_in_role(
    text: str, before: int, role_phrase: str, last: str | None = None, *, opening: bool = False
) -> str | None:
    """The last name written right after a word holding the role ("the minister" → "Foreign Minister Jane Doe",
    "die Ministerin" → "Verkehrsministerin Henrike Falbe"), before ``before``; the last speaker ``last`` where the
    text gave them that role too ("President Ivo Marek said …. Borean President Jan Roe's regime …. The President
    added: “…”": Marek, who speaks, not the last president named)."""
    words = role_phrase.split()  # "The chief of the Presidential Guard": the head before its complement
    cut = next((k for k, w in enumerate(words) if w.lower() in speaker_roles.COMPLEMENT_WORDS), len(words))
    role = next(
        (
            w.lower()
            for w in reversed(words[:cut] if any(_role_prefixed(w) for w in words[:cut]) else words)
            if _role_prefixed(w) and not w.lower().startswith(BODY_STEMS)
        ),
        None,
    )  # ("ministerstwo" opens with "minister": a body's noun, no role)
    if role is None or len(role) < 4:
        return None
    lo = max(0, before - ROLE_WINDOW_CHARS)
    if _ARABIC_LETTER.match(role):
        return speakers_ar.named_in_role_ar(_mask(text[lo:before]), role)
    word = rf"(?:[^\W\d_]{{1,4}}-)?{_CAP}[\w'’-]+"  # a particle may join a name's word ("Aiman al-Safadi")
    name = rf"(?P<name>(?:{word}[^\S\n]+){{0,4}}{word})"  # on the role's line ("… el presidente\nEl …": none)
    # right after the role, or in apposition after its complement ("la ministra de Transporte y Obras, Lucía
    # Ferrer,"): two or more capitalised words between commas
    prefix = "" if opening else r"\w*"  # (a word that holds the role's word: "Verkehrsministerin"; not opening)
    rx = re.compile(
        rf"(?<![\w-])(?i:{prefix}(?:{_alternation(speaker_roles.role_synonyms(role))})\w*)(?:[^\S\n]+{name}|(?:\s+[^\s,.;:!?\"“”«»]+){{0,6}},\s+(?P<apposed>(?:{_CAP}[\w'’-]+\s+)"
        rf"{{1,3}}{_CAP}[\w'’-]+)\s*[,.;])"
    )
    # (a word of its own: "вице-президента Джейн Роу" holds another role than "президент")
    # a person's name closes the run ("представитель МИД Бореи Алёна Сивцова"): its last two words
    # a body's abbreviation after the role is its complement, not the person ("Генсек ООН Антониу Гутерриш")
    window = _mask(text[lo:before])
    runs = [speaker_roles.after_acronyms((m.group("name") or m.group("apposed")).split()) for m in rx.finditer(window)]
    names = [n for n in (speaker_edges.name_tail(r, text) for r in runs if r) if _has_name(n) and not _role_only(n)]
    names = [n for n in names if not speaker_roles.GENITIVE_PLACE.match(n)]  # "Глава России": the role's country
    names = [n for n in names if not n.casefold().endswith(DATIVE_ENDINGS)]  # "papieżowi Franciszkowi": the one thanked
    surname = last.split()[-1] if last and _has_name(last) else None
    held = [n for n in names if surname and n.split()[-1] == surname]
    return (held or names)[-1].replace(_LEADER, ".") if names else None


# How far ahead a role with no holder named before it looks for the first name written right after a word of that
# role: the story's top names its speaker by role first ("El presidente de X puntualizó que … «…»\n
# El presidente Jan Roe habla desde …"), the holder in the next lines.
FORWARD_ROLE_CHARS = 800


def named_after_role(text: str, after: int, role_phrase: str) -> str | None:
    """The first name written right after a word of the role in ``role_phrase`` after ``after``, within
    ``FORWARD_ROLE_CHARS``: the window is read a word further at a time until it holds one. The role's word opens
    its word there ("Cumhurbaşkanı", "vicepresidente" hold another office than "Başkanı", "presidente")."""
    window = text[after : after + FORWARD_ROLE_CHARS]
    found: str | None = None
    for m in re.finditer(r"\S+(?=\s|$)", window):
        name = named_in_role(window, m.end(), role_phrase, opening=True)
        if found is None:
            found = name
        elif name is not None and name.startswith(found) and name != found:
            found = name  # the name read a word further ("Jan" and then "Jan Roe")
        elif found is not None:
            break
    return found
