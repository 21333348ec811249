"""A quote's home source: where the article's other quotes of the same speaker stand word for word.

A quote found with unmarked changes in one source, while the speaker's quotes that stand word for word do so in
other sources only, is most often that speaker's own words from a part of their statement the sources lack: two
statements on one event share their stock phrases ("calm and restraint on all sides"), and the word index or an
encoder placed the quote on the other voice's nearly identical one. Calling it altered accuses the article of
changing the wrong person's words; it is left unsupported, the near match and the speaker's home named in its
reason (on real coverage: one statement's stock phrase placed on another's). So is one the source itself gives to
another person by full name than the article credits ("I am shocked by this horrific attack", a president's, on a
prime minister's signed post), unless the article names that person in the quote's paragraph or the one before and
does not credit the quote with a label of whose words follow ("Reaction of X:").
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from provenance.pipeline.attribution import _alias_group, same_speaker, source_speaker
from provenance.pipeline.context import Context
from provenance.pipeline.names import body_noun
from provenance.pipeline.speaker_bodies import paragraph_start
from provenance.pipeline.speaker_phrases import BODY_STEMS, _has_name, _role_only
from provenance.pipeline.speaker_roles import is_role
from provenance.pipeline.speaker_subjects import QUOTE_LABEL
from provenance.report import Quote, QuoteMatch
from provenance.text import heading_end

# The verdicts that show a source carries a speaker's words as they stand.
_AS_THEY_STAND = frozenset({"verbatim", "near_verbatim"})


def named_person(speaker: str | None) -> bool:
    """A person by name: no role alone ("the minister" may be anyone), no body's noun ("the Ministry of X") and no
    body's other name (lexicon aliases: "the Kremlin")."""
    return (
        bool(speaker)
        and _has_name(str(speaker))
        and _alias_group(str(speaker)) is None
        and not _role_only(str(speaker))
        and not any(body_noun(w) for w in _after_role(str(speaker).split()))
    )


def _after_role(words: list[str]) -> list[str]:
    """The words after the last role word, where a name follows it ("European Commission President Jane Roe": the
    body before the role is its complement), else all of them."""
    k = max((k for k, w in enumerate(words) if is_role(w)), default=-1)
    return words[k + 1 :] if 0 <= k < len(words) - 1 and _has_name(" ".join(words[k + 1 :])) else words


def _personal_name(phrase: str | None) -> bool:
    """Two capitalised words in a row that are no role, no body's noun and no body's other name: a person's full
    name ("Jane Roe", "President Ivo Marek"; not "the Office of the Spokesperson", "the White House")."""
    ws = (phrase or "").split()

    def part(w: str) -> bool:
        return w[:1].isupper() and not is_role(w) and not body_noun(w) and not w.lower().startswith(BODY_STEMS)

    return _alias_group(phrase or "") is None and any(part(a) and part(b) for a, b in itertools.pairwise(ws))


# Letters of a surname that tell it in any case ending ("Зеленський", "Зеленського"): all but this many.
SURNAME_ENDING_CHARS = 2


def _named_near(ctx: Context, start: int, who: str | None) -> bool:
    """The source's voice is named in the quote's paragraph or the one before ("– заявив Зеленський …\n\nЗа
    словами президента, … «…»"): the article may credit its words to them, whatever speaker was read."""
    last = (who or "").split()[-1:]
    stem = last[0][: max(4, len(last[0]) - SURNAME_ENDING_CHARS)] if last else ""
    lo = paragraph_start(ctx.text, max(0, paragraph_start(ctx.text, start) - 2))
    return bool(stem) and re.search(rf"(?<!\w){re.escape(stem)}", ctx.text[lo:start]) is not None


def _labelled(text: str, start: int) -> bool:
    """The quote opens after a label that names whose words follow, on its own line ("Reaction of X: “…”")."""
    line = text[: max(0, start - 1)].rsplit("\n", 1)[-1]
    return QUOTE_LABEL.search(line.rstrip(' \t"“”«»„') + " ") is not None


def _homes(ctx: Context, speaker: str) -> set[str]:
    """The sources that carry some quote of ``speaker`` (or of a phrase naming the same one) as it stands."""
    return {
        q.match.source
        for q in ctx.quotes
        if q.match.kind in _AS_THEY_STAND
        and q.match.source
        and q.speaker
        and (q.speaker == speaker or same_speaker(q.speaker, speaker, ctx.settings))
    }


def _unplaced(q: Quote, match: QuoteMatch) -> Quote:
    """The quote left unsupported, without the drift read against the source it no longer stands on."""
    return dataclasses.replace(q, match=match, drift=(), weak_drift=())


def headed(ctx: Context) -> None:
    """Leave unsupported an altered quote whose source span lies in the source's heading lines
    (:func:`provenance.text.heading_end`): a title says what the document is ("For the reopening of the Cathedral of
    Notre-Dame" against a book's title in quote marks), no one's words an article could alter."""
    by_id = {s.id: s for s in ctx.sources}
    for i, q in enumerate(ctx.quotes):
        src = by_id.get(q.match.source or "")
        if q.match.kind != "altered" or src is None or q.match.source_end is None:
            continue
        if q.match.source_end <= heading_end(src.text):
            why = f"nearest: {src.id}'s heading lines, with unmarked changes: a title, no one's words"
            ctx.quotes[i] = _unplaced(q, QuoteMatch("unsupported", reason=why, notes=q.match.notes))


def rehome(ctx: Context) -> None:
    """Leave unsupported an altered quote that the source gives to another person by name than the article does,
    or whose speaker's quotes stand word for word in other sources only, where the source it was placed on names
    no voice of its own that may be the speaker."""
    by_id = {s.id: s for s in ctx.sources}
    for i, q in enumerate(ctx.quotes):
        m = q.match
        if m.kind != "altered" or not q.speaker or not m.source:
            continue
        src, a, b = by_id.get(m.source), m.source_start, m.source_end
        who = source_speaker(src, a, b) if src is not None and a is not None and b is not None else None
        who = who or (src.extra.get("signed") if src is not None else None)
        named = bool(who) and named_person(q.speaker) and _personal_name(who)
        # (a label that names whose words follow is the credit, whoever else the paragraphs name: "Reaction of X:
        # “…”" after a paragraph on Y's words)
        near = not _labelled(ctx.text, q.start) and _named_near(ctx, q.start, who)
        if named and same_speaker(q.speaker, str(who), ctx.settings) is False and not near:
            why = (
                f"nearest: {m.source}, with unmarked changes; it gives these words to {who}, the article to "
                f"{q.speaker}: another voice's like words (leaders' statements on one event share their phrases)"
            )
            ctx.quotes[i] = _unplaced(q, QuoteMatch("unsupported", reason=why, notes=m.notes))
            continue
        homes = _homes(ctx, q.speaker)
        if not homes or m.source in homes:
            continue
        if who and same_speaker(q.speaker, who, ctx.settings) is not False:
            continue  # the source's own voice may be the speaker: the change stays theirs
        sim = f" (similarity {m.similarity:.2f})" if m.similarity is not None else ""
        why = (
            f"nearest: {m.source}{sim}, with unmarked changes; {q.speaker}'s other quotes stand word for word in "
            f"{', '.join(sorted(homes))}: words of theirs the sources lack, not another voice's words altered"
        )
        ctx.quotes[i] = _unplaced(q, QuoteMatch("unsupported", reason=why, notes=m.notes))
