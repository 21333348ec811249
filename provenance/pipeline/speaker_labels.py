"""A label opening a quote's line: a transcript's speaker ("MS. ROE:", "Речник:", "- القصاب:"), an interview's answer
("ج:", "Дослівно:": the one interviewed, named before), or page furniture ("Source: …", no speaker). A house-style
head about someone ("What he's saying:") is no speaker's label."""

from __future__ import annotations

import re

from provenance import lexicon
from provenance.pipeline.speaker_phrases import _NP_STOP, VERB_ANY, _has_name, _role_only, _roles
from provenance.pipeline.speaker_subjects import QUOTE_LABELS as _QUOTE_LABELS
from provenance.pipeline.speaker_subjects import is_pronominal

# A transcript's speaker label opening the quote's line ("- القصاب: «…»", "MARCHETTI: “…”"): one to three words.
_LABEL = re.compile(r"^\s*[-–—•■]?\s*(?P<name>[^\s:\"“”«»„,،.]{2,}(?:\s+[^\s:\"“”«»„,،.]+){0,2})\s*:\s*$")
_QUESTION_LABELS = frozenset(w.lower() for w in lexicon.words_all("question_labels"))
_ANSWER_LABELS = frozenset(w.lower() for w in lexicon.words_all("answer_labels"))
# The "Source: X" label of page furniture (markers.attribution reads the same list) names no speaker.
_SOURCE_LABELS = frozenset(w.lower() for w in lexicon.words_all("marker_source_labels"))
# A whole line of that furniture ("Source: Borean news agency Orlin Novosti"), above the quote's own line, ...
_SOURCE_LINE = re.compile(
    rf"(?im)^[ \t]*(?:{'|'.join(sorted(map(re.escape, {w.rstrip(' :') for w in _SOURCE_LABELS}), key=len)[::-1])})"
    r"[ \t]*:[^\n\"“”«»„]*$"
)
# ... by a noun that introduces an outlet ("Source: Ivo Marek announced this" names the speaker).
_OUTLET_NOUN = re.compile(
    rf"(?i)(?<!\w)(?:{'|'.join(sorted(lexicon.words_all('marker_outlet_intro') - {'the'}, key=len)[::-1])})(?!\w)"
)
_ANSWER_LABEL = re.compile(r"\s*[-–—•]?\s*(?P<name>\w{1,12}(?:[ \t]\w{1,12})?)\s*:\s*$")


# A headline's "Name, what follows:" before the quote ("Jana Roe, first reaction after the vote: “…”", "Ivo Marek,
# l'appello ai giovani: «…»"): two or three capitalised words naming a person, a comma, a few words that say what
# the quote is (no other name, unless they are the person's role) and no verb of saying, the colon. The quote is the
# person's.
_NAME_TOPIC = re.compile(
    r"^[ \t]*(?P<name>[^\W\d_][\w'’.-]+(?:[ \t]+[^\W\d_][\w'’.-]+){1,2}),"
    r"[ \t]+(?P<topic>[^\n:\"“”«»„,]{3,60}?)[ \t]*:[ \t]*$"
)
NAME_TOPIC_MAX_WORDS = 6


def _name_topic(before: str) -> tuple[str, tuple[int, int]] | None:
    line = before.rfind("\n") + 1
    m = _NAME_TOPIC.match(before, line)
    topic = m.group("topic").split() if m else []
    if m is None or len(topic) > NAME_TOPIC_MAX_WORDS or VERB_ANY.search(m.group("topic")):
        return None
    # "Papa X, il messaggio di Y e Z:": the topic names whose words they are (a role apposed names no one else)
    if any(w[:1].isupper() for w in topic) and not topic[0].lower().startswith(_roles()):
        return None
    name = m.group("name")
    if not all(w[:1].isupper() for w in name.split()) or not _has_name(name) or _role_only(name):
        return None
    return name, m.span("name")


def label_speaker(before: str) -> tuple[str | None, tuple[int, int] | None] | None:
    """Who the label ending ``before`` (the text before the quote) names, with its span there: "he" for an answer's
    label (resolved to the one the story named), (None, None) for a source's; None where no label decides."""
    label = _LABEL.match(before)
    named = label.group("name") if label else ""
    line = before.rfind("\n") + 1  # the label opens the quote's own line ("Прямая речь: "…"")
    answer = _ANSWER_LABEL.match(before, line)
    if answer and answer.group("name").lower() in _ANSWER_LABELS | _QUOTE_LABELS:
        return "he", answer.span("name")
    if label and named.lower() in _SOURCE_LABELS:  # "Source: “Outlet” citing …": an outlet's name, no speaker
        return None, None
    if (
        label
        and not VERB_ANY.search(named)
        and named.lower() not in _NP_STOP | _QUESTION_LABELS
        and not is_pronominal(named)
    ):
        return label.group("name"), label.span("name")
    return _name_topic(before)


def pronominal_label(before: str) -> bool:
    """The label ending ``before`` is a head about someone ("What he's saying:"): it names no one."""
    label = _LABEL.match(before)
    return label is not None and is_pronominal(label.group("name"))


def without_source_lines(text: str, before: int) -> str:
    """``text`` with each line of page furniture naming an outlet ("Source: news agency Orlin") above the line at
    ``before`` blanked (the same length): the outlet it names is no one a later "he" or "Quote:" stands for."""
    line = text.rfind("\n", 0, before) + 1
    head = _SOURCE_LINE.sub(
        lambda m: " " * len(m.group()) if _OUTLET_NOUN.search(m.group()) else m.group(), text[:line]
    )
    return text if head == text[:line] else head + text[line:]
