"""One statement, one voice: quotes the article credits to different people are not all renderings of one source.

A source placed by meaning alone (``translated``, ``reworded``) is a claim that its words are the quote's. Coverage
of one event quotes several people who say much the same ("we welcome the vote …"): where only one of them has his
statement among the sources, every encoder puts the others' quotes close to it too. The article says whose each
quote is, and a single-voice source (no speaker labels of a transcript) has one author: of the quotes placed on it
whose speakers the article names as different people, the ones that share its voice stay, and the others are not
its words. The source's voice is the speaker of a quote matched to it word for word (``verbatim``,
``near_verbatim``, ``altered``), else of the quote placed on it with the highest similarity.

Only people's names count: a role ("the minister") or a body named by a body's noun ("the Ministry") may be anyone
of the source's voice, a name in marks is no statement, and a pronoun tells nothing
(:func:`provenance.pipeline.attribution.same_speaker` says ``None``). A body named by its acronym ("МЗС Бореї")
still reads as a name here.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import TYPE_CHECKING

from provenance.pipeline.attribution import same_speaker, source_voice
from provenance.pipeline.quote_homes import named_person as _person
from provenance.pipeline.source_voices import _JOINT
from provenance.pipeline.speaker_fullnames import in_full
from provenance.pipeline.speaker_phrases import _FULL_NAME

if TYPE_CHECKING:
    from provenance.pipeline.context import Context
    from provenance.report import Quote

_BY_MEANING = ("translated", "reworded")
_BY_WORDS = ("verbatim", "near_verbatim", "altered")


def one_voice(ctx: Context) -> None:
    """Quotes placed by meaning on a single-voice source whose article speaker is another person than the source's
    voice go back to ``unsupported``, with the reason."""
    s = ctx.settings
    by_source: dict[str, list[int]] = {}
    for i, q in enumerate(ctx.quotes):
        if q.match.source and q.match.kind in _BY_MEANING + _BY_WORDS and _person(q.speaker):
            by_source.setdefault(q.match.source, []).append(i)
    for source_id, idx in by_source.items():
        placed = [i for i in idx if ctx.quotes[i].match.kind in _BY_MEANING]
        if not placed or len(idx) < 2 or not _single_voice(ctx, source_id):
            continue
        # a name or a phrase in marks ("Северянин") is no statement of whoever the sentence credits it to
        words = [i for i in idx if ctx.quotes[i].match.kind in _BY_WORDS and len(ctx.quotes[i].text.split()) >= 3]
        voice = ctx.quotes[
            words[0] if words else max(placed, key=lambda i: ctx.quotes[i].match.similarity or 0.0)
        ].speaker
        if voice and len(voice.split()) == 1 and in_full(ctx.text, len(ctx.text), voice) == voice:
            continue  # one capitalised word the article names no one in full by ("Підписанти": the signatories)
        for i in placed:
            q = ctx.quotes[i]
            if voice and q.speaker and same_speaker(q.speaker, voice, s) is False:
                ctx.quotes[i] = _unplaced(q, source_id, voice)


def _single_voice(ctx: Context, source_id: str) -> bool:
    src = next((x for x in ctx.sources if x.id == source_id), None)
    return (
        src is not None
        and not joint_title(src.text.strip().split("\n", 1)[0])
        and not any(
            source_voice(src, q.match.source_start or 0, q.match.source_end or 0)
            for q in ctx.quotes
            if q.match.source == source_id
        )
    )


def joint_title(line: str) -> bool:
    """The title line names two people by name, joined by "and" or "with" ("Jana Roe, Prime Minister, and Ivo
    Marek, Interior Minister — statements in …", "Remarks by President Roe with Chancellor Marek"): the words of
    both may be in the text, so it is no one person's statement."""
    # runs of capitalised words ("Jana Roe", "Prime Minister", "Novi Sad"), the people among them
    people = [m.span() for m in _FULL_NAME.finditer(line) if _person(m.group())]
    for (_, a), (b, _) in itertools.pairwise(people):
        between = line[a:b]
        if not re.search(r"[—–:(]", between) and any(w.strip(",.;").casefold() in _JOINT for w in between.split()):
            return True
    return False


def _unplaced(q: Quote, source_id: str, voice: str) -> Quote:
    why = (
        f"{source_id} is {voice}'s statement (the article credits it to them), and this quote to {q.speaker}: "
        f"not its words, though close in meaning ({q.match.reason})"
    )
    match = dataclasses.replace(
        q.match, kind="unsupported", source=None, source_start=None, source_end=None, similarity=0.0, chrf=None,
        changes=(), reason=why,
    )  # fmt: skip
    return dataclasses.replace(q, match=match, drift=(), weak_drift=())
