"""Attribution phrases whose source is a pronoun or no word at all: "he added", "a-t-il déclaré", "fügte er
hinzu", "по его словам", Arabic "وأضاف أن", Turkish "“…” dedi." with no name before it.

A marker is reported only with its value parsed, so each takes the source of the attribution before it in the
text that names someone (not a document): the person "he" stands for. Where none does, nothing is reported.
Every word list is lexicon data (``marker_say``, ``speech_verbs``, ``pronouns``, ``marker_pronoun_frames``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from provenance import lexicon
from provenance.pipeline.markers._base import alternation, mk, rows_of
from provenance.pipeline.markers.attribution_frames import _PARTICLES, _TR_CLOSING_RE
from provenance.report import Marker

# How far back the attribution that names "he" may stand, in characters (this paragraph and a few before).
PRONOUN_REACH_CHARS = 1500

_PRONOUNS = [p for lang in ("en", "fr", "de", "es", "ru", "uk") for p in lexicon.rows("pronouns", lang)]
_SAY = [*rows_of("marker_say", ("en", "ru", "uk")), *(v for lang in ("fr", "de", "es", "ru", "uk")
        for v in lexicon.rows("speech_verbs", lang) if " " not in v)]  # fmt: skip
# a German separable verb by its first word ("fügte er hinzu" for "fügte hinzu")
_SAY += [v.split()[0] for v in lexicon.rows("speech_verbs", "de") if v.count(" ") == 1 and v.split()[1] in _PARTICLES]
# (tries, not plain alternations: the patterns are tried at every word of a text)
_PRON = alternation(_PRONOUNS + [p[:1].upper() + p[1:] for p in _PRONOUNS])
_VERB = alternation(_SAY + [v[:1].upper() + v[1:] for v in _SAY])
_PARTICIPLES_FR = [v[2:] for v in lexicon.rows("speech_verbs", "fr") if v.startswith("a ")]
# a verb of several words closing a quote's sentence with its subject dropped ("…», a précisé.", "…", ha señalado.)
_COMPOUND = [v for lang in ("fr", "es") for v in lexicon.rows("speech_verbs", lang) if " " in v]
_PRONOUN_RE = re.compile(
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
    rf"|(?<=[,”\"»])[ \t]*[–—-]?[ \t]*(?P<f>(?:{_VERB}|{alternation(_COMPOUND)}))(?=[ \t]*[.!?;])"
)
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
    return out


__all__ = ["pronoun_attributions"]
