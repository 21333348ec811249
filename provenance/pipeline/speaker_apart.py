"""Names set apart from the subject an attribution read: a name closing the clause past a preposition or a
conjunction (a place, a body the clause goes to, another person met), and a name in commas apposed to another
role than the subject's. :mod:`speakers` asks before it takes such a name for the speaker."""

from __future__ import annotations

import re

from provenance.pipeline.speaker_roles import _PREPOSITION_WORDS, after_conjunction, is_role, object_of_preposition


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
