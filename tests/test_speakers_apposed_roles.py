"""A name with its role in apposition names the speaker of the sentence, and of the quote a pronoun then gives,
where the role's complement is capitalised ("director of the Central Commission on Foreign Affairs") or the role
opens on an indefinite article ("a spokeswoman for …"); and an Arabic "according to his saying" ("وبحسب قوله")."""

from __future__ import annotations

import pytest

from tests.conftest import speakers_of as _speakers


@pytest.mark.parametrize(
    "role",
    [
        "director of the Central Commission on Foreign Affairs",
        "a spokeswoman for the Central Commission on Foreign Affairs",
        "the spokeswoman of the Central Commission on Foreign Affairs",
    ],
)
def test_the_pronoun_after_an_apposed_role_is_the_named_person(role: str) -> None:
    article = (
        f"Jana Roe, {role}, said the talks had opened a new chapter.\n\n"
        "“We support both sides in taking solid steps based on their agreement,” she said."
    )
    assert _speakers(article) == ["Jana Roe"]


def test_a_capitalised_body_in_the_role_is_not_the_speaker_of_the_quote_in_its_sentence() -> None:
    article = "Jana Roe, director of the Central Commission on Foreign Affairs, said it was “a new chapter for us”."
    assert _speakers(article) == ["Jana Roe"]


def test_an_arabic_according_to_his_saying_is_the_speaker_named_before() -> None:
    # "وبحسب قوله": "according to his saying", the one the paragraph before had speak; "قوله" is no name
    article = (
        'قال المتحدث باسم وزارة الخارجية البوريّة إن "بلاده على علم بالاتفاق الذي تم التوصل إليه".\n\n'
        'وبحسب قوله، "نرحب بأي جهد للمساعدة في إنهاء الحرب وتخفيف التوترات في المنطقة".'
    )
    assert _speakers(article) == ["المتحدث باسم وزارة الخارجية البوريّة"] * 2
