"""Arabic speakers a sentence names before the quote's own: an anonymous role without its article, the body a
subjectless feminine verb goes on with, and the body a document or a bare body noun stands for. Part of the speaker
resolution chain (:mod:`provenance.pipeline.resolve`); the Arabic attribution itself is :mod:`speakers_ar`."""

from __future__ import annotations

import itertools
import re

from provenance.pipeline.speaker_phrases import (
    _ARABIC_LETTER,
    _DEFINITE_AR,
    _DOCUMENT_WORD,
    _NP_STOP,
    _roles,
    sentence_start,
)
from provenance.pipeline.speakers_ar import _arabic_speaker


def indefinite_ar(speaker: str) -> bool:
    """An Arabic role without the article and without a genitive after it ("مسؤول", "مسؤول في الوزارة"): an
    anonymous official, no one named before ("وزير الخارجية" is definite by its genitive)."""
    words = speaker.split()
    if not words or not _ARABIC_LETTER.match(words[0]) or words[0].startswith(_DEFINITE_AR):
        return False
    return len(words) == 1 or words[1] in _NP_STOP


# A sentence opened by a feminine verb with no subject of its own ("وأشارت إلى أنه «…»", "وقالت فيه إن «…»"):
# its subject is the feminine noun that the verb opening a sentence before had for its subject ("تقدمت هيئة الأركان
# … بتقرير"), in news copy a body. The subject runs to the first stop word (lexicon speaker_stops) or to a word
# with the preposition ب joined to it ("بتقرير"); this many sentences back at most.
FEMININE_REACH = 3
_FEMININE_ALONE = re.compile(
    r"\s*[وف]?[\u0621-\u064a]{2,}ت(?:\s+(?:في(?:ها|ه)|إلى|[بل]?[أإا]ن(?:ه|ها|هم)?))*\s*:?[\s\"“«]*"
)
_STOPS = re.compile(r"[.!?\n]+")
_FEMININE_OPENS = re.compile(r"\s*[وف]?[\u0621-\u064a]{2,}ت\s+(?P<np>[^،,.:!?\n\"“”«»]{2,160})")


def feminine_subject_before(text: str, before: int) -> str | None:
    """The subject a subjectless feminine verb of saying before a quote shares with a sentence before it."""
    s0 = sentence_start(text, before)
    if not _FEMININE_ALONE.fullmatch(text, s0, max(s0, before - 1)):
        return None
    stops = [0] + [m.end() for m in _STOPS.finditer(text, 0, s0)]
    for a, b in list(itertools.pairwise(stops))[::-1][:FEMININE_REACH]:
        if words := _feminine_subject(text, a, b):
            return " ".join(words)
    return None


def _feminine_subject(text: str, a: int, b: int) -> list[str]:
    """The words of the subject a feminine verb opening the sentence ``text[a:b]`` has (none where it has none of
    its own): up to the first stop word or a word with ب joined to it."""
    m = _FEMININE_OPENS.match(text, a, b)
    if m is None or _FEMININE_ALONE.fullmatch(text, a, b):
        return []
    return list(itertools.takewhile(lambda w: w not in _NP_STOP and not w.startswith("ب"), m.group("np").split()))


# Quotations in the sentences before a quote, blanked (same length) before their subjects are read: a quoted
# sentence opened by a feminine verb ("“تابعت المملكة …”") is said, not the sentence that names who said it. A
# name in marks ("حركة المقاومة الإسلامية “حماس”") is no quotation: this many words at most, kept.
_QUOTED = re.compile(r"“[^”]*”|«[^»]*»|\"[^\"\n]*\"")
QUOTED_NAME_WORDS = 3
# How far back the sentence that names a document's issuer may lie (the attribution and its quote before).
ISSUER_WINDOW_CHARS = 2000


def issuer_before_ar(text: str, before: int, speaker: str) -> str | None:
    """The body an Arabic document ("وجاء في البيان", "وأضاف البيان") or a bare definite body noun ("وشددت الوزارة")
    credited with a quote stands for: the subject of a feminine verb opening one of the FEMININE_REACH sentences
    before the quote's own ("وقالت وزارة الخارجية السعودية في بيان …", "أكدت وزارة الخارجية الإيرانية أن …"),
    quotations skipped. A body noun must open that subject without its article ("وزارة …" for "الوزارة")."""
    words = speaker.split()
    if len(words) != 1 or not _ARABIC_LETTER.match(speaker):
        return None
    document = _DOCUMENT_WORD.fullmatch(speaker) is not None
    if not document and not speaker.startswith("ال"):
        return None
    s0 = sentence_start(text, before)
    lo = max(0, s0 - ISSUER_WINDOW_CHARS)
    window = _QUOTED.sub(
        lambda m: m.group() if len(m.group().split()) <= QUOTED_NAME_WORDS else " " * len(m.group()), text[lo:s0]
    )
    stops = [0] + [m.end() for m in _STOPS.finditer(window)] + [len(window)]
    segments = [(a, b) for a, b in itertools.pairwise(stops) if window[a:b].strip()]
    for a, b in segments[::-1][:FEMININE_REACH]:
        subject = _feminine_subject(window, a, b)
        if subject and (document or (len(subject) > 1 and subject[0] == speaker[2:])):
            # "وقالت المتحدثة باسم الخارجية الروسية، ماريا زاخاروفا، في بيان لها": the name after the role
            named = _arabic_speaker(window[a:b], 0)[0] if subject[0].startswith(_roles()) else None
            return named if named and not named.split()[0].startswith(_roles()) else " ".join(subject)
    return None
