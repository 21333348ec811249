"""Who a quote with no attribution of its own continues from: the name opening the sentence before it
(:func:`opening_subject`), the full name opening the paragraph above (:func:`subject_above`, :func:`named_above`),
the person the paragraph above names last (:func:`newly_named`).
Part of the speaker resolution chain (:mod:`provenance.pipeline.resolve`)."""

from __future__ import annotations

import re

from provenance import lexicon
from provenance.pipeline import speaker_edges, speaker_roles
from provenance.pipeline.markers._base import OUTLETS
from provenance.pipeline.speaker_antecedents import last_full_name
from provenance.pipeline.speaker_bodies import paragraph_start
from provenance.pipeline.speaker_holders import named_in_role
from provenance.pipeline.speaker_phrases import (
    _ARABIC_LETTER,
    _CAP,
    _FULL_NAME,
    _LEADER,
    _NP_STOP,
    _OPENERS,
    _PRONOUNS,
    VERB_ANY,
    _full_name,
    _has_name,
    _mask,
    _role_prefixed,
    _roles,
    known_surname,
)
from provenance.pipeline.speaker_times import TIME_WORDS, WEEKDAYS

_PREPOSITIONS = frozenset(lexicon.words_all("prepositions"))
# Where a paragraph's text splits into sentences: a stop (the danda too) before a space, and a line break (a line is no
# sentence's part).
SENTENCES_AND_LINES = re.compile(r"(?<=[.!?।])\s+|\s*\n\s*")


# A full name between commas near a sentence's start: the apposition naming the role that opens it (the role
# among the sentence's first two words: "El director de …, Teodoro Marquina,").
_APPOSED_NAME = re.compile(rf",\s+(?P<name>(?:{_CAP}[\w'’-]+\s+){{1,3}}{_CAP}[\w'’-]+),")
APPOSITION_WORDS = 16


# A capitalised run opening a sentence, a long title before the name included ("Borean Foreign Minister Jane Roe").
_OPENING_RUN = re.compile(rf"(?<![\w.])(?:{_CAP}[\w'’\u2024-]+\s+){{1,5}}{_CAP}[\w'’-]+")  # ("Dr․ Jane Roe": masked)
# A live blog's time opening an entry ("08:40 | ", "13:10 ", "19h15 ", a short word before it with its dash: "Ore
# 19.15 – "): no part of the sentence's subject.
_ENTRY_TIME = re.compile(r"^\s*(?:\d{1,2}[:.h]\d{2}\s*[|–—-]?|[^\W\d_]{1,4}\s+\d{1,2}[:.h]\d{2}\s*[|–—-])\s*")
# A dateline opening a story's paragraph, a place (and an agency) and a dash before a capital ("Washington -
# US-Präsident X sieht …"; "Петров – министр" is a sentence, its dash a copula).
DATELINE = re.compile(
    rf"^\s*(?:{_CAP}[\w.'’-]+\s+){{0,2}}{_CAP}[\w.'’-]+\s*(?:\([^()\n]{{1,40}}\)\s*)?[-–—]\s+(?={_CAP})"
)


def opening_subject(text: str, before: int, floor: int) -> str | None:
    """The name that opens the last sentence of this paragraph before the quote, where no speech verb names
    one ("President Biden spoke at … and he made clear …. “…,” he said.": a pronoun's antecedent is most
    often the subject of the sentence before)."""
    lo = max(floor, paragraph_start(text, before))
    sentences = SENTENCES_AND_LINES.split(_mask(text[lo:before]))[:-1]
    if not sentences:
        return None
    sentences[-1] = sentences[-1].lstrip(' \t"“”«»„')  # (the closing mark of the quote before: "” Roe …")
    sentences[-1] = _ENTRY_TIME.sub("", sentences[-1], count=1)  # "08:40 | Marta Cuenca, …"
    sentences[-1] = DATELINE.sub("", sentences[-1], count=1) if len(sentences) == 1 else sentences[-1]
    m = _OPENING_RUN.match(sentences[-1]) or known_surname(sentences[-1], text, before)  # "Marek fue consultado"
    m = None if m and _ARABIC_LETTER.match(m.group()) else m  # Arabic writes no capitals: no name by case
    run_names = [w for w in m.group().split() if not w.lower().startswith(_roles())] if m else []
    if m and m.group().split()[0].lower().startswith(_roles()) and len(run_names) < 2:
        # "Голова Кам'янобрідської громади Василь Гнатюк подякував …": a role and its body open the sentence,
        # the name follows them
        role_run = m
        head = " ".join(sentences[-1].split()[: len(role_run.group().split()) + 6])
        later = next((n for n in _FULL_NAME.finditer(head, role_run.end()) if not n.group().split()[0].lower()
                      .startswith(_roles())), None)  # fmt: skip
        # … within two lower-case words of the role's run ("громади"), not a place further on ("at the White House")
        # nor whom a verb of saying addresses ("Archbishop Roe told Orlin News")
        between = head[role_run.end() : later.start()] if later is not None else ""
        if later is not None and len(between.split()) <= 2 and not VERB_ANY.search(between):
            m = later
    if (
        m
        and _has_name(m.group())
        and m.group().split()[0].lower() not in _PRONOUNS | _NP_STOP | _OPENERS | _PREPOSITIONS
    ):
        return m.group().replace(_LEADER, ".")
    head = " ".join(sentences[-1].split()[:APPOSITION_WORDS])
    appos = _APPOSED_NAME.search(head)  # "El director de la Oficina …, Teodoro Marquina, evitó …"
    role_opens = appos is not None and any(_role_prefixed(w) for w in head[: appos.start()].split()[:2])
    if appos and role_opens and _has_name(appos.group("name")) and not _ARABIC_LETTER.match(appos.group("name")):
        words = appos.group("name").split()
        if not any(w.lower() in _PRONOUNS | _NP_STOP or _role_prefixed(w) for w in words):
            return appos.group("name")
    first = sentences[-1].split(maxsplit=1)[0] if sentences[-1].strip() else ""
    # a surname alone ("Marchetti ended the briefing …") of a full name the text gave before
    known = first[:1].isupper() and first.lower() not in _PRONOUNS | _NP_STOP | _OPENERS
    if known and re.search(rf"{_CAP}[\w'’-]+[^\S\n]+{re.escape(first)}(?![\w])", text[:lo]):  # (on one line)
        return first
    return None


# French and Italian join an elided article to its noun ("L’archevêque", "l'ambasciatore").
_ELIDED_ARTICLE = re.compile(r"^[LlDd][’']")


def opening_role(text: str, before: int, last: str | None = None) -> str | None:
    """The person a role opening the last sentence of this paragraph before the quote stands for, where that
    sentence names no one ("Le pape François … .\n\nLe pape se souvient d’abord du drame. «…», se remémore-t-il.":
    the pope; "The minister then turned to the budget. “…,” she said."): a pronoun's antecedent is most often the
    subject of the sentence before, and a role there names the one the story gave that role. A short phrase and
    its comma may open the sentence before the role ("Dans son discours, le président …"); a sentence a pronoun
    opens goes on with the subject of the one before it ("Le président revient …. Il peint …. “…”"). The sentence
    may hold the quote before (no earlier quote bounds it: "Le pape se souvient du «terrible incendie» …")."""
    lo = paragraph_start(text, before)
    sentences = SENTENCES_AND_LINES.split(_mask(text[lo:before]))[:-1]
    for sentence in list(reversed(sentences))[:ROLE_SENTENCES_BACK]:
        words = sentence.split()
        lead = max((k for k, w in enumerate(words[: LEAD_PHRASE_WORDS + 1]) if w.endswith(",")), default=None)
        words = words[lead + 1 :] if lead is not None else words  # "Dans son discours, le président …"
        if words and words[0].lower() in _PRONOUNS:
            continue  # "Il peint un tableau …": the subject of the sentence before
        if words and _ELIDED_ARTICLE.match(words[0]) and len(words[0]) > 2:
            words = [words[0][:2], words[0][2:], *words[1:]]  # "L’archevêque se dit …": article and noun
        if len(words) < 3 or words[0].lower() not in _ARTICLES or not _role_prefixed(words[1]):
            return None
        if _has_name(" ".join(words[1:3])):  # "Le pape François …", "Der Kanzler Jan Roe": a name, taken before
            return None
        name = named_in_role(text, before, f"{words[0]} {words[1]}", last)
        return name if name and not _addressed(text, before, name, words[1].lower()) else None
    return None


_ADDRESSEE_PREPOSITIONS = frozenset(lexicon.words_all("addressee_prepositions"))


def _addressed(text: str, before: int, name: str, role: str) -> bool:
    """The last mention of ``name`` after its ``role`` follows a preposition of address ("respect au président
    Roe"): the one spoken to, whom a role opening a later sentence ("Le président français a insisté …") may not
    be."""
    surname = name.split()[-1]  # (the name in full where the story gave it: its surname after the role)
    last: list[str] = []
    for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text[:before]):
        head = text[max(0, m.start() - ADDRESS_LOOKBACK_CHARS) : m.start()].split()[-4:]
        k = next((k for k in range(len(head) - 1, -1, -1) if head[k].lower().startswith(role)), None)
        if k is not None:
            last = head[:k]
    return any(w.lower() in _ADDRESSEE_PREPOSITIONS for w in last[-2:])


# How far back a run of sentences opening on a pronoun is followed to the role opening one (the quote's sentence
# and two before it), and how long a phrase before its comma may open the sentence ahead of the role.
ROLE_SENTENCES_BACK = 3
LEAD_PHRASE_WORDS = 5
ADDRESS_LOOKBACK_CHARS = 40  # the role's run before a name: "au président", "to Foreign Minister"
_ARTICLES = speaker_roles.ARTICLES | {"l’"}  # (ARTICLES holds "l'"; the curly apostrophe too)


def opening_person(text: str, before: int, floor: int) -> str | None:
    """The name opening the sentence before the quote (:func:`opening_subject`), where no word of it is a time
    ("Bis Freitag sollen alle Terminals …": a phrase of time, capitalised where it opens the sentence)."""
    name = opening_subject(text, before, floor)
    if name is None or any(w.strip(",.").casefold() in WEEKDAYS | TIME_WORDS for w in name.split()):
        return None
    return name


def subject_above(text: str, pos: int) -> str | None:
    """The full name opening the last sentence of the paragraph before the one holding ``pos``."""
    end = paragraph_start(text, pos)
    last = re.split(r"(?<=[.!?।])\s+", text[paragraph_start(text, max(0, end - 2)) : end].strip())[-1]
    m = _OPENING_RUN.match(last)
    return m.group() if m and _full_name(m.group()) and not _ARABIC_LETTER.match(m.group()) else None


def named_above(text: str, before: int) -> str | None:
    """The person whose name opens the paragraph above, where this one names no one before ``before``."""
    start = paragraph_start(text, before)
    if start == 0 or _FULL_NAME.search(_mask(text[start:before])):
        return None
    return speaker_edges.opening_name(text[paragraph_start(text, max(0, start - 2)) : start])


def newly_named(text: str, before: int, floor: int) -> str | None:
    """The person a paragraph above names by full name, for "he" in a quote that opens the next paragraph ("The
    coup drew condemnation, including by Secretary Jane Roe.\n\n“…,” she said."): the paragraph stands past the
    last quote (``floor``) and quotes no one itself; its last person's name."""
    start = paragraph_start(text, before)
    if start == 0 or text[start:before].strip(' \t"“”«»„'):
        return None
    above = paragraph_start(text, max(0, start - 2))
    para = text[above:start].rstrip()
    if above < floor or not para or any(c in para for c in '"“”«»„'):
        return None
    name = last_full_name(para, len(para), person=True, skip=OUTLETS)
    return name if name and _has_name(name) else None
