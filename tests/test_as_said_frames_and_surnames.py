"""Sixty-second pass: an "as X noted" frame opening a sentence names a person who speaks (not an outlet that relays
it), so the quote that follows alone on the next line goes on with that person; a quote credited to a surname
alone is another named person's against a source titled with someone else, where the surname is written in a
Latin script and is no place, outlet or role. Invented snippets."""

from __future__ import annotations

import pytest

from provenance.pipeline.resolve import _named_speaker_of
from provenance.semantic.carriers import _named_voice
from tests.conftest import speakers_of as _speakers


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Як зазначив Остап Гринь, дрони уразили 12 цілей на двох аеродромах.", "Остап Гринь"),
        ("Как отметил Остап Гринь, дроны поразили 12 целей на двух аэродромах.", "Остап Гринь"),
        ("Как передает РИА Новости, дроны поразили 12 целей на двух аэродромах.", None),  # an outlet relays
    ],
)  # fmt: skip
def test_an_as_said_frame_names_a_person_not_an_outlet(sentence: str, who: str | None) -> None:
    assert _named_speaker_of(sentence) == who


def test_a_quote_alone_after_an_as_said_frame_goes_on_with_its_person() -> None:
    article = (
        "Операцію завершили вранці.\n\nЯк зазначив Остап Гринь, дрони уразили 12 цілей на двох аеродромах.\n"
        "«Це був не просто удар по техніці, а сигнал усім, хто планує напад»"
    )
    assert _speakers(article) == ["Остап Гринь"]


@pytest.mark.parametrize(
    ("speaker", "named"),
    [
        ("Kertész", True),  # a surname alone: an excerpt that never gives the first name
        ("Marek", True),
        ("Ukraine", False),  # a country speaks through any official
        ("Kyiv", False),
        ("Reuters", False),  # an outlet relays anyone's words
        ("NATO", False),  # initials
        ("L’arcivescovo", False),  # a role after its elided article
        ("Гриня", False),  # a Cyrillic case form may hide the source's spelling of the name
    ],
)  # fmt: skip
def test_a_surname_alone_is_a_named_voice_for_the_article_only(speaker: str, named: bool) -> None:
    assert _named_voice(speaker, alone=True) is named
    assert _named_voice(speaker) is False  # a source's one-word label may stand for anyone its transcript named
