"""Names set apart from the subject an attribution read: a name closing the clause past a preposition or a
conjunction (a place, a body the clause goes to, another person met), and a name in commas apposed to another
role than the subject's. :mod:`speakers` asks before it takes such a name for the speaker."""

from __future__ import annotations

import re

from provenance import lexicon
from provenance.pipeline.speaker_edges import after_conjunction
from provenance.pipeline.speaker_phrases import _CLOSING_NAME, CHANNEL_WORDS
from provenance.pipeline.speaker_roles import (
    _DEFINITE,
    _PREPOSITION_WORDS,
    _has_name,
    fragment,
    is_role,
    object_of_preposition,
)


def closing_apart(text: str, closing: re.Match[str], role: str = "") -> bool:
    """The name closing ``text`` is no subject of the role before it: it follows a conjunction
    (:func:`after_conjunction`) or a preposition ("dijo el mandatario en un discurso desde la Casa Blanca"), or a
    preposition stands between ``role`` (the subject read) and it ("a dit la ministre lors d'une visite chez M. X")."""
    between = re.findall(r"\w+", text[text.find(role) + len(role) : closing.start()] if role and role in text else "")
    # (a preposition, then another role the name is apposed to: "говорителят на управата X" keeps X)
    k = next((k for k, w in enumerate(between) if w.lower() in _PREPOSITION_WORDS), None)
    return (
        after_conjunction(text, closing.start())
        or object_of_preposition(text, closing.group())
        or (k is not None and any(is_role(w) for w in between[k + 1 :]))
        # a name right after a channel noun past a preposition is the channel's ("sur son réseau Truth Social")
        or (k is not None and bool(between) and between[-1].lower() in CHANNEL_WORDS)
    )


def apposed_apart(text: str, role: str) -> bool:
    """A name set off by commas after ``text`` belongs to a role past the subject ``role`` read: a preposition
    that opens no role's complement (the word before it no role) stands between, then another role ("dijo el
    secretario general durante una rueda de prensa con el ministro de Exteriores, X": X is the minister's name).
    "the spokesman for the minister, X" and "el portavoz del ministro, X" keep X, the spokesman's."""
    at = text.find(role) if role else -1
    if at < 0:
        return False
    words = re.findall(r"\w+", text[at:])
    first = len(re.findall(r"\w+", role))
    k = next(
        (k for k in range(first, len(words))
         if words[k].casefold() in _PREPOSITION_WORDS and not is_role(words[k - 1])),
        None,
    )  # fmt: skip
    return k is not None and any(is_role(w) for w in words[k + 1 :])


def past_another_role(after: str, name: str) -> bool:
    """The name closing the words ``after`` a speech verb is apposed to another role than the subject's, the first
    role there (:func:`apposed_apart`)."""
    head = after[: after.rfind(name)] if name in after else after
    first = next((w for w in re.findall(r"\w+", head) if is_role(w)), None)
    return first is not None and apposed_apart(head, first)


# A relative pronoun right after a comma, before a pronoun that speaks ("army chief Jan Roe, who he said had …").
_RELATIVES = frozenset().union(
    *(lexicon.words_all(c) for c in ("relative_pronouns", "subject_relatives", "object_relatives"))
)
_SUBJECT_RELATIVES = frozenset(
    w.lower() for c in ("relative_pronouns", "subject_relatives") for w in lexicon.words_all(c)
)
_COMMA_RELATIVES = frozenset(lexicon.words_all("comma_relatives"))
_RELATIVE_BEFORE = re.compile(
    rf"[,،]\s*(?:{'|'.join(sorted(map(re.escape, _RELATIVES), key=len, reverse=True))})\s*$", re.I
)


def before_antecedent(text: str, at: int) -> int | None:
    """Where the name a relative pronoun right before ``at`` stands for starts: a pronoun after it is someone else
    ("In his address, he referred to army chief Jan Roe, who he said had “…”": "he" is not Roe)."""
    lo = max(0, at - 160)
    m = _RELATIVE_BEFORE.search(text[lo:at])
    found = relative_antecedent(text[lo : lo + m.start()]) if m else None
    return lo + found[0] if found else None


def opens_relative(raw: str, after_comma: bool) -> bool:
    """``raw`` opens with a relative pronoun in lower case ("who said", and after a comma "che", "que": words that
    are as often a complementiser, lexicon comma_relatives)."""
    first = raw.split(maxsplit=1)[0].lower() if raw.split() else ""
    return raw[:1].islower() and (first in _SUBJECT_RELATIVES or (after_comma and first in _COMMA_RELATIVES))


def whole(found: tuple[str | None, tuple[int, int] | None]) -> tuple[str | None, tuple[int, int] | None]:
    """A speaker a rule found, or none where it is a fragment (the next rule may find the subject)."""
    return (None, None) if found[0] and fragment(found[0]) else found


def relative_antecedent(raw: str) -> tuple[int, int] | None:
    """The name, or the role under its article, closing ``raw`` before a relative clause ("the mayor, who said")."""
    m = _CLOSING_NAME.search(raw)
    if m and _has_name(m.group()):
        return m.span()
    ws = list(re.finditer(r"[\w'’-]+", raw))[-3:]
    k = next((j for j, w in enumerate(ws) if w.group().lower() in _DEFINITE and j < len(ws) - 1), None)
    return (ws[k].start(), ws[-1].end()) if k is not None and is_role(ws[-1].group()) else None


# A date or a time glued before a name by a page's export ("2024-01-11 Jane Roe", "date 2024-01 Jane Roe").
_DATED_NAME = re.compile(r"^(?:\S+\s+)?\d[\d\-./:]*\s+(?P<name>[^\W\d_].*)$")


def undated(phrase: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]] | None:
    """The name a page's export glued a date or a time before ("2024-01-11 Jane Roe"), with its span."""
    dated = _DATED_NAME.match(phrase)
    if dated is None or not _has_name(name := dated.group("name")):
        return None
    return name, (span[1] - len(name), span[1])
