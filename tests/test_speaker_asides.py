"""What stands beside a speaker without being one: a gerund's clause after the name ("commentando gli attacchi"), an
Arabic verbal noun used as an adverb ("تعليقا على"), a possessor ("calls Borea's fall …"), the place a role spoke
from ("desde la Casa Rosada"), a news agency relaying a sentence whose clause before it is the news, and the issuer
an impersonal verb's document was named with ("заявление МИД РБ"). Invented snippets."""

from __future__ import annotations

import pytest

from tests.conftest import speakers_of


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # a gerund's clause between the subject and its verb, or after the subject an inverted verb has
        (
            'Il sindaco Ivo Marek commentando la frana ha detto: "Ricostruiremo il porto entro due anni".',
            ["Il sindaco Ivo Marek"],
        ),
        (
            '"Ricostruiremo il porto entro due anni", ha detto il sindaco Ivo Marek commentando la frana.',
            ["il sindaco Ivo Marek"],
        ),
        (
            '"Reconstruiremos el puerto", dijo la alcaldesa Jana Roe comentando el derrumbe.',
            ["la alcaldesa Jana Roe"],
        ),
        # an Arabic verbal noun as an adverb after the subject ("commenting on", "in reply to")
        ('وقال الوزير تعليقا على الانهيار: "سنعيد بناء الميناء".', ["الوزير"]),
        ('وقال المتحدث ردا على سؤال: "سنعيد بناء الميناء".', ["المتحدث"]),
    ],
)
def test_a_clause_beside_the_subject_is_no_part_of_it(article: str, want: list[str]) -> None:
    assert speakers_of(article) == want


def test_a_possessor_is_no_speaker_but_a_possessive_body_is() -> None:
    assert speakers_of('Marek calls Borea\'s fall "a moment of hope"') != ["Borea's"]
    assert speakers_of('Borea\'s foreign ministry said: "The port reopens."') == ["Borea's foreign ministry"]


def test_the_place_a_role_spoke_from_is_no_speaker() -> None:
    article = (
        "El presidente de Borea, Ivo Marek, habló el sábado.\n\n"
        '"Reconstruiremos el puerto", dijo el mandatario en un discurso desde la Casa Rosada.'
    )
    assert speakers_of(article) == ["Ivo Marek"]


def test_an_impersonal_verb_s_document_is_its_issuer_s_and_an_agency_only_relays() -> None:
    # the clause before the relaying agency is the news, never a speaker; the document was named with its issuer's
    # acronyms
    article = (
        "Иван Марек покинул пост президента Бореи и уехал из страны, сообщает ТАСС со ссылкой на заявление МИД РБ.\n\n"
        '"Дорния в этих переговорах не участвовала", - говорится в заявлении.'
    )
    assert speakers_of(article) == ["МИД РБ"]


def test_an_editors_aside_after_the_verb_is_no_speaker() -> None:
    article = (
        'Marek napisał na platformie: "Port jest zamknięty."\n\n"NIE ODDAMY PORTU!" - wezwał (pisownia oryginalna).'
    )
    assert speakers_of(article) == ["Marek", "Marek"]


def test_a_dateline_opening_the_paragraph_is_no_part_of_the_pronouns_antecedent() -> None:
    article = (
        "Orlin - Bürgermeister Ivo Marek sieht in der Schließung von Velms Hafenbehörde eine Chance für die Stadt. "
        '"Es ist ein Neuanfang", sagte er am Sonntag.'
    )
    assert speakers_of(article) == ["Bürgermeister Ivo Marek"]


def test_he_after_the_quote_is_the_subject_of_the_quotes_own_sentence() -> None:
    article = (
        'Marek calls Velm\'s reopening "a new start"\n'
        "Orlin — President Ivo Marek on Sunday called the reopening of the port of Velm under Jana Roe "
        '"a new start," and he pledged to support the town.'
    )
    assert speakers_of(article) == ["President Ivo Marek", "President Ivo Marek"]
