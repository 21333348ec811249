"""Attribution phrases whose source is a pronoun or no word at all: "he added", "a-t-il déclaré", "fügte er
hinzu", "по его словам", Arabic "وأضاف أن", Turkish "“…” dedi." with no name before it.

Each takes the source of the attribution before it in the text that names someone (not a document): the person
"he" stands for. Where none does, a phrase that holds its pronoun and closes its clause takes the last full name
before it (the story named the person as a subject: "Adviser Jane Roe welcomed the vote. «…», — wrote he"); with
no such name, or with a verb alone, nothing is reported.
Every word list is lexicon data (``marker_say``, ``speech_verbs``, ``pronouns``, ``marker_pronoun_frames``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from provenance import lexicon
from provenance.pipeline.markers._base import alternation, mk, rows_of
from provenance.pipeline.markers.attribution_frames import _PARTICLES, _TR_CLOSING_RE
from provenance.pipeline.speaker_phrases import SEPARABLE_FRAMES
from provenance.report import Marker
from provenance.text import lazy_pattern

# How far back the attribution that names "he" may stand, in characters (this paragraph and a few before).
PRONOUN_REACH_CHARS = 1500

_PRONOUNS = [p for lang in ("en", "fr", "de", "es", "ru", "uk") for p in lexicon.rows("pronouns", lang)]
_SAY = [*rows_of("marker_say", ("en", "ru", "uk")), *(v for lang in ("fr", "de", "es", "ru", "uk")
        for v in lexicon.rows("speech_verbs", lang) if " " not in v)]  # fmt: skip
# a German separable verb by its first word ("fügte er hinzu" for "fügte hinzu")
_SAY += [v for v, _ in SEPARABLE_FRAMES]
# (tries, not plain alternations: the patterns are tried at every word of a text)
_PRON = alternation(_PRONOUNS + [p[:1].upper() + p[1:] for p in _PRONOUNS])
_VERB = alternation(_SAY + [v[:1].upper() + v[1:] for v in _SAY])
_PARTICIPLES_FR = [v[2:] for v in lexicon.rows("speech_verbs", "fr") if v.startswith("a ")]
# a verb of several words closing a quote's sentence with its subject dropped ("…», a précisé.", "…", ha señalado.)
_COMPOUND = [v for lang in ("fr", "es") for v in lexicon.rows("speech_verbs", lang) if " " in v]
# the prepositions that open a channel, venue or time after the verb (lexicon attribution_tail_openers)
_TAIL_OPENERS = alternation(
    w for lang in ("en", "fr", "de", "es", "ru", "uk") for w in lexicon.rows("attribution_tail_openers", lang)
)
_PRONOUN_RE = lazy_pattern(
    # "he added", "He also said", "elle a averti", "Il a également déclaré"
    rf"(?<![\w\-])(?P<a>(?:{_PRON})(?:[ \t]+(?:also|later|then|a|avait|également|aussi|encore|ensuite))*[ \t]+"
    rf"(?:{_VERB}|{alternation(_PARTICIPLES_FR)}))(?![\w\-])"
    # "a-t-il déclaré", "a-t-elle ajouté"
    rf"|(?P<b>a-t-(?:il|elle)[ \t]+(?:{alternation(_PARTICIPLES_FR)}))(?![\w\-])"
    # after a quote or a comma: "said he", "fügte er (weiter) hinzu", "сказал он"
    rf"|(?<=[,”\"»“])[ \t]*[–—-]?[ \t]*(?P<c>(?:{_VERB})[ \t]+(?:{_PRON})(?:[ \t]+weiter)?"
    rf"(?:[ \t]+(?:{alternation(_PARTICLES)}))?)(?![\w\-])"
    # "по его словам", "за його словами", "according to him", "selon lui"
    rf"|(?P<d>{alternation(rows_of('marker_pronoun_frames'))})(?![\w\-])"
    # a verb alone after the quote, its subject dropped: «…», agregó. / "…", précise-t-on … / «…», – додав.
    rf"|(?<=[,”\"»])[ \t]*[–—-]?[ \t]*(?P<f>(?:{_VERB}|{alternation(_COMPOUND)}))"
    rf"(?=[ \t]*[.!?;]|[ \t]+(?:{_TAIL_OPENERS})[ \t]+[^\W\d_])"  # "…», escribió en X.": the tail is read later
)
# the forms that hold their pronoun ("he said", "a-t-il déclaré", "сказал он"), and the pronoun itself
_WITH_PRONOUN = frozenset("abc")
# (a person's: "it said", "we said" may be a body's or the writer's; lexicon pronouns less these)
_PERSON_PRONOUNS = [p for p in _PRONOUNS if p.casefold() not in ("it", "we", "wir", "nous", "nosotros", "мы", "ми")]
_PRON_RE = re.compile(rf"(?<![\w])(?:{alternation(_PERSON_PRONOUNS)}|il|elle)(?![\w\-])", re.I)


# A person's full name: two to four capitalised words in a row, not opening their sentence.
_FULL_NAME = re.compile(r"(?<=[\w,][ \t])(?:[^\W\d_a-zа-яіїєґё][\w'’\-]+[ \t]){1,3}[^\W\d_a-zа-яіїєґё][\w'’\-]+")


def _named_before(text: str, pos: int) -> str | None:
    """The last full name in the text before ``pos`` within reach, or None."""
    names = list(_FULL_NAME.finditer(text, max(0, pos - PRONOUN_REACH_CHARS), pos))
    return names[-1].group() if names else None


def _closed(text: str, end: int) -> bool:
    """The phrase closes its clause, or a channel follows it: "…,” he said.", "— написал он в сети"; not "said
    it was good" (what was said)."""
    after = text[end : end + 40]
    if _COMPLEMENTISER_NEXT.match(after):
        return False  # "Він сказав, що …": reported speech, the pronoun's person is not named here
    return bool(re.match(rf"[ \t]*(?:[.,;:!?\n]|$|(?:{_TAIL_OPENERS})[ \t])", after))


_COMPLEMENTISER_NEXT = re.compile(rf"[ \t]*,?[ \t]*(?:{alternation(lexicon.rows('complementisers'))})(?![\w])", re.I)
# Arabic: a verb of saying with no subject after it, then its complementiser or a colon ("وأضاف أن", "مضيفا أن").
_AR_VERBS = [v for v in lexicon.rows("speech_verbs", "ar") if " " not in v]
_AR_RE = re.compile(rf"(?<![\w])(?P<e>{alternation(_AR_VERBS)})(?=[ \t]*(?:أن|أنّ|إن|إنّ|:|،|«|\"|“))")


def pronoun_attributions(text: str, found: Sequence[Marker]) -> list[Marker]:
    """Attributions to "he" or to no one named, each with the source of the last attribution before it that
    names someone; none where no such attribution is near."""
    named = sorted((m for m in found if m.kind == "attribution" and not m.value.get("document")), key=lambda m: m.end)
    ends = [m.end for m in named]
    out = []
    # Turkish: a verb closing a quote's sentence ("“…” dedi.", "“…” diye konuştu."), as attribution_frames reads it
    for rx in (_PRONOUN_RE, _AR_RE, _TR_CLOSING_RE):
        for m in rx.finditer(text):
            group = next(g for g in rx.groupindex if m.group(g))
            start, end = m.start(group), m.end(group)
            k = bisect.bisect_right(ends, start) - 1  # the last attribution that names someone, ending before
            inside = k + 1 < len(named) and named[k + 1].start <= start  # part of one that names its source
            if k >= 0 and not inside and start - ends[k] <= PRONOUN_REACH_CHARS:
                source = named[k].value["source"]
                out.append(mk(text, "attribution", start, end, {"source": source, "pronoun": True}))
            elif group in _WITH_PRONOUN and not inside and _closed(text, end) and _PRON_RE.search(text, start, end):
                # "he added" with no attribution naming him near: the person the story named last, as the subject
                # of a sentence before ("Adviser Jane Roe welcomed the vote. «…», — wrote he"), if any
                name = _named_before(text, start)
                if name:
                    out.append(mk(text, "attribution", start, end, {"source": name, "pronoun": True}))
    return out


__all__ = ["pronoun_attributions"]
