"""Quotes a speaker gives as the name of a thing ("called the decision “…”") in the languages that say it with a
verb of naming, a Romance gerund with its object pronoun joined ("definendola «…»"), a body that opens the
sentence under its article, and a day between an inverted verb and its subject ("sagte am Donnerstag X")."""

from __future__ import annotations

import pytest

from tests.conftest import speakers_of as _speakers


@pytest.mark.parametrize(
    ("article", "want"),
    [
        ("Министр Иван Петров назвал решение соседей «грубой ошибкой, которую придётся исправлять».",
         "Министр Иван Петров"),
        ("Міністерство закордонних справ Бореї назвало рішення «безвідповідальним кроком для всього регіону».",
         "Міністерство закордонних справ Бореї"),
        ("Minister Jan Kowalski nazwał decyzję „poważnym błędem, który trzeba będzie naprawić”.",
         "Minister Jan Kowalski"),
        ('O ministro Paulo Reis classificou a decisão como "um erro grave que terá de ser corrigido".',
         "O ministro Paulo Reis"),
        ("Il ministro Mario Rossi ha definito la decisione «un errore grave che andrà corretto».",
         "Il ministro Mario Rossi"),
        ("Ministerin Jana Roe nannte die Entscheidung „einen schweren Fehler, der korrigiert werden muss“.",
         "Ministerin Jana Roe"),
    ],
)  # fmt: skip
def test_a_verb_of_naming_credits_its_subject(article: str, want: str) -> None:
    assert _speakers(article) == [want]


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # an Italian gerund with its pronoun, no comma before it
        ("Il ministro Mario Rossi ha espresso contrarietà definendola «un atto del tutto irresponsabile».",
         "Mario Rossi"),
        # Spanish marks the stress once the pronoun is joined; Portuguese joins it with a hyphen
        ("La ministra Ana Ruiz rechazó el plan, calificándolo de «una provocación inaceptable».", "Ana Ruiz"),
        ('O ministro Paulo Reis rejeitou o plano, classificando-o como "uma provocação inaceitável".', "Paulo Reis"),
    ],
)  # fmt: skip
def test_a_gerund_with_its_object_pronoun_credits_the_subject(article: str, want: str) -> None:
    assert _speakers(article).pop().endswith(want)


@pytest.mark.parametrize(
    ("article", "want"),
    [
        (
            "Il ministero degli Esteri boreano, in una nota, ha espresso contrarietà, definendola «un atto del tutto "
            "irresponsabile».",
            "Il ministero degli Esteri boreano",
        ),
        (
            'A Agência do Ambiente da Borea, que supervisiona o porto, criticou o plano, considerando-o "um risco '
            'para toda a costa".',
            "A Agência do Ambiente da Borea",
        ),
    ],
)
def test_a_body_under_its_article_opening_the_sentence_speaks_through_the_gerund(article: str, want: str) -> None:
    assert _speakers(article) == [want]


def test_a_body_noun_without_a_name_after_it_is_not_read_as_the_subject() -> None:
    # "Il governo boreano": no capitalised word names the body, and the sentence's opening says no more
    assert _speakers("Il governo boreano ha respinto il piano definendolo «una provocazione inaccettabile».") == [None]


@pytest.mark.parametrize(
    ("article", "want"),
    [
        ("„Poprosiliśmy o zniesienie zakazu kanałami dyplomatycznymi” – powiedział w czwartek Kowalski.", "Kowalski"),
        ("„Wir haben um die Aufhebung des Verbots gebeten“, sagte am Donnerstag Ministerpräsident Kowalski.",
         "Ministerpräsident Kowalski"),
    ],
)  # fmt: skip
def test_a_day_between_an_inverted_verb_and_its_subject_is_no_part_of_the_speaker(article: str, want: str) -> None:
    assert _speakers(article) == [want]


@pytest.mark.parametrize(
    ("article", "want"),
    [
        (
            "The committee's chair, Jana Roe, described Orlin Aid as 'a movement of the people who lived through it'.",
            "Jana Roe",
        ),
        (
            "La presidente del comitato, Jana Roe, ha descritto Orlin Aid come «un movimento di chi è sopravvissuto».",
            "Jana Roe",
        ),
    ],
)
def test_what_a_naming_verb_calls_its_object_is_not_the_speaker(article: str, want: str) -> None:
    # the name after the verb is what it names ("… as", "… come"), not a subject put after the verb
    assert _speakers(article) == [want]


def test_a_congratulatory_message_before_the_subject_is_no_part_of_it() -> None:
    assert _speakers("В поздравлении Иван Петров назвал коллегу «дорогим другом».") == ["Иван Петров"]
