"""A video transcript's time codes are no words of the speech (a caption track's clock at each line's start, a
transcription service's clock beside each turn): a quote read across two caption lines is verbatim, and the
clocks are blanked with their offsets kept. Times a statement or an agenda gives stay. Invented snippets."""

from __future__ import annotations

import pytest

from provenance import check
from provenance.pipeline.load import text_from_string
from provenance.pipeline.timecodes import blanked
from provenance.settings import Settings

LEXICAL = Settings(lexical_only=True)

CAPTIONS = (
    "Harbour council meeting, video transcript\n"
    "00:00Good evening. Tonight the council voted to close the old ferry pier and\n"
    "00:06rebuild it within two years, with money from the port fund. The vote was\n"
    "00:12unanimous, and the work starts in the spring.\n"
)


def test_a_quote_across_two_caption_lines_is_verbatim_without_their_clock() -> None:
    article = (
        'The mayor told residents: "Tonight the council voted to close the old ferry pier and rebuild it within '
        'two years, with money from the port fund."'
    )
    report = check(article, [text_from_string(CAPTIONS, id="meeting-video.en")], LEXICAL)
    (quote,) = report.quotes
    assert (quote.match.kind, quote.match.source) == ("verbatim", "meeting-video.en")
    assert not [f for f in report.findings if f.code == "QUOTE_ALTERED"]
    # the offsets into the source are the source's own
    assert CAPTIONS[quote.match.source_start : quote.match.source_end].startswith("Tonight the council")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (CAPTIONS, False),
        # a transcription service's clock beside each turn
        ("Jane Roe (00:07):\nWe are here.\nJohn Doe (00:12):\nYes, we are.\nJane Roe (00:20):\nGood.", False),
        # a caption's clock alone on its line, the speech below it
        ("0:01\nwe will rebuild\n0:04\nthe pier in two years\n0:09\nand not one day later", False),
        # a track scraped a sentence a line: each opens with a capital, the clock glued to it
        ("00:00Good evening.\n00:04The pier will close.\n00:09It reopens in two years.\n", False),
        # an agenda's times: each item opens with a capital
        ("Agenda\n10:00 Opening remarks\n10:30 Panel on the harbour\n11:00 Questions\n", True),
        # a timetable glued once is no track
        ("Ferries\n07:15Harbour\n08:00 Island\n09:30 Harbour\n", True),
        # times of day in a statement
        ("The vote is at 10:30, the count at 11:00 and the result at 12:00.", True),
    ],
)
def test_clocks_are_blanked_only_where_they_make_a_transcript(text: str, kept: bool) -> None:
    out = blanked(text)
    assert len(out) == len(text)
    assert (out == text) is kept
    if not kept:
        assert not any(c.isdigit() for c in out)
