"""A video transcript's time codes: the clock a caption track puts at each line's start ("00:07literally
hundreds of …", "1:02:15 and we will") or a transcription service puts beside each turn ("Jane Roe (00:07):").
They are no words of the speech. A source that carries them has them blanked before any stage reads it,
each character a space, so that every offset into the source still holds: a quote that runs across two
caption lines had been "altered" for the clock it leaves out, and a clock is a figure the drift stage reads.
"""

from __future__ import annotations

import re

# m:ss, mm:ss or h:mm:ss, a fraction of a second after it at most ("00:07", "1:02:15", "00:07.250").
_CLOCK = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
# A clock that opens a line, glued to the speech or apart from it (on a line of its own, the speech below it).
_LINE_CLOCK = re.compile(rf"(?m)^[ \t]*({_CLOCK})(?![\d:])")
# A clock in brackets or parentheses anywhere ("(00:07)", "[01:02:15]").
_BRACKETED = re.compile(rf"[\[(]\s*{_CLOCK}\s*[\])]")
# Clocks that make a transcript. A statement gives a time of day or two ("at 10:30"), and an agenda's lines
# open with times as a caption track's do: so three at least, and for clocks at lines' starts, one of them
# at least followed by speech in lower case. A caption track cuts its speech at its width, mid-sentence,
# where an agenda's item or a timetable's line opens with a capital. A track scraped sentence by sentence
# opens each line with a capital too, but its clocks are glued to the speech ("00:31Iran's key …"): a time
# of day, an agenda's or a timetable's, stands apart from the word after it.
TIMECODE_MIN = 3
_LOWER_AFTER = re.compile(r"[ \t]*\n?[ \t]*[^\W\d_]")
_GLUED = re.compile(r"[^\W\d_]")


def blanked(text: str) -> str:
    """``text`` with its transcript time codes turned to spaces (the same length), or ``text`` itself."""
    spans: list[tuple[int, int]] = []
    lines = [m.span(1) for m in _LINE_CLOCK.finditer(text)]
    glued = sum(1 for _, b in lines if _GLUED.match(text, b))
    if len(lines) >= TIMECODE_MIN and (glued >= TIMECODE_MIN or any(_continues(text, b) for _, b in lines)):
        spans += lines
    bracketed = [m.span() for m in _BRACKETED.finditer(text)]
    if len(bracketed) >= TIMECODE_MIN:
        spans += bracketed
    if not spans:
        return text
    out = list(text)
    for a, b in spans:
        out[a:b] = " " * (b - a)
    return "".join(out)


def _continues(text: str, end: int) -> bool:
    """The speech after a clock goes on in lower case: a caption line cut from a sentence."""
    m = _LOWER_AFTER.match(text, end)
    return m is not None and text[m.end() - 1].islower()
