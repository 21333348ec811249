"""Speakers of a feeling the quote names ("expressed “deep concern”"), of Czech, Slovak and Croatian attributions,
of a quote after "a statement by X", of a role whose body's adjective a name follows; never the addressee of a quote
("sent a telegram to X: «…»")."""

from __future__ import annotations

import pytest

from tests.conftest import speakers_of as _speakers


def _speaker(article: str) -> str:
    """The speaker of the article's one quote (the test fails where there is none)."""
    (speaker,) = _speakers(article)
    assert speaker is not None
    return speaker


@pytest.mark.parametrize(
    ("article", "want"),
    [
        ('The foreign minister of Norvania, Ivo Marek, expressed "deep concern" on Friday.', "Ivo Marek"),
        ("PARIS - Le ministre Jean Dupont a exprimé sa « vive inquiétude » vendredi.", "Jean Dupont"),
        ("Министр Анна Петрова выразила «глубокую обеспокоенность» ситуацией.", "Анна Петрова"),
        ("Міністерка Олена Коваль висловила «глибоке занепокоєння» ситуацією.", "Олена Коваль"),
        ("Minister Jan Kowalski wyraził „głębokie zaniepokojenie” sytuacją.", "Jan Kowalski"),
        ('O ministro João Silva expressou "profunda preocupação" com a situação.', "João Silva"),
        ("«Мы всё сказали», – заключила министр Анна Петрова.", "Анна Петрова"),
    ],
)
def test_the_subject_that_expresses_what_the_quote_names_is_its_speaker(article: str, want: str) -> None:
    assert _speaker(article).endswith(want)


@pytest.mark.parametrize(
    ("article", "want"),
    [
        ("„Rozhodnutí soudu pro nás nemají žádný význam,“ uvedl ministr zahraničí Jan Novák.", "Jan Novák"),
        ("„Rozhodnutia súdu pre nás nemajú žiadny význam,“ uviedla hovorkyňa Jana Nováková.", "Jana Nováková"),
        ('"Ta odluka za nas nema nikakvo značenje," rekao je ministar Ivan Horvat.', "Ivan Horvat"),
        ("Ministr Jan Novák vyjádřil „hluboké znepokojení“ nad situací.", "Jan Novák"),
    ],
)
def test_czech_slovak_and_croatian_verbs_of_saying_credit_their_subject(article: str, want: str) -> None:
    assert _speaker(article).endswith(want)


def test_a_role_alone_after_a_czech_slovak_or_croatian_verb_is_the_speaker() -> None:
    assert _speakers("„Je to nepřijatelné,“ uvedl mluvčí Kremlu.") == ["mluvčí Kremlu"]
    assert _speakers('"To je neprihvatljivo," rekao je glasnogovornik vlade.') == ["glasnogovornik vlade"]


@pytest.mark.parametrize(
    "article",
    [
        "„Nemá to význam,“ uviedla Jana Nováková. „Je to neplatné,“ dodala bez toho, aby spomenula meno.",
        "„Nemá to význam,“ uviedla Jana Nováková. „Je to neplatné,“ dodala v rozhovore pre rádio.",
        "Jana Nowak skrytykowała decyzję. „To nie ma znaczenia” – dodała bez wahania.",
    ],
)
def test_a_prepositional_phrase_after_a_bare_verb_is_no_speaker(article: str) -> None:
    # the verb alone goes on with the speaker named before; "bez toho", "v rozhovore" name no one
    assert all(s is not None and s.endswith(("Nováková", "Nowak")) for s in _speakers(article))


def test_a_statement_by_a_named_person_after_the_quote_is_theirs_over_the_sentences_subject() -> None:
    article = 'Norvania expressed "deep regret" in a statement by Foreign Ministry Spokeswoman Ana Petra Roe.'
    assert _speaker(article).endswith("Ana Petra Roe")
    # a body publishes the subject's words: the subject stays
    assert _speakers('Jane Roe expressed "deep regret" in a statement by the ministry.') == ["Jane Roe"]


@pytest.mark.parametrize(
    "article",
    [
        "Le président Jean Dupont a envoyé un télégramme à Ivo Marek : « Recevez mes sincères condoléances. »",
        'President Jean Dupont sent a telegram to Ivo Marek: "Please accept my sincere condolences."',
    ],
)
def test_the_addressee_of_a_message_is_not_its_speaker(article: str) -> None:
    (speaker,) = _speakers(article)
    assert speaker is None or not speaker.endswith("Ivo Marek")


def test_according_to_before_a_colon_still_credits_the_name() -> None:
    assert _speakers('According to Jane Roe: "We will win."') == ["Jane Roe"]


def test_a_name_after_a_bodys_closing_adjective_is_the_speakers_not_a_role_to_resolve() -> None:
    article = (
        "« Nous sommes solidaires », a déclaré la présidente du Conseil, Jana Roe.\n"
        "Le président du Conseil européen Ivo Marek a déclaré : « L’UE exprime ses sincères condoléances. »"
    )
    assert _speakers(article) == ["Jana Roe", "Le président du Conseil européen Ivo Marek"]


@pytest.mark.parametrize(
    ("article", "want"),
    [
        ('Among the first was Borean Premier Jana Roe, who wrote online that she was "deeply saddened".', "Jana Roe"),
        ("Kondolencje przekazał premier Jan Kowalski, który napisał, że jest „głęboko zasmucony”.", "Jan Kowalski"),
        ("Соболезнования выразил премьер Иван Петров, который написал, что «глубоко опечален».", "Иван Петров"),
    ],
)
def test_the_verb_of_a_relative_clause_is_the_antecedents(article: str, want: str) -> None:
    speaker = _speaker(article)  # the name before the pronoun, not the sentence's opening words
    assert speaker.endswith(want) and len(speaker.split()) <= 4


def test_a_name_apposed_to_the_addressee_is_not_the_speaker() -> None:
    article = (
        "Le président Jean Dupont a envoyé un télégramme à la direction du pays voisin, Ivo Marek : "
        "« Recevez mes sincères condoléances. »"
    )
    assert _speaker(article).endswith("Jean Dupont")
    # a participle's phrase is no addressee: the name after it speaks
    assert _speakers('Speaking to reporters, Jane Roe: "We will win."') == ["Jane Roe"]


def test_a_participles_addressee_in_the_sentence_before_is_no_apposition() -> None:
    article = (
        "The agency's head said casualties could have been avoided had the country been able to issue warnings.\n"
        "Speaking to reporters in Orlin, agency chief Jana Roe said the service was “not functioning normally.”"
    )
    assert _speaker(article).endswith("Jana Roe")


def test_in_it_the_document_is_no_speaker() -> None:
    article = "Корпорация опубликовала сообщение.\nВ нем подчеркнули, что запуск «стал важным шагом для отрасли»."
    assert not any(s and s.lower() in ("нем", "в нем") for s in _speakers(article))


def test_a_name_after_an_according_to_role_opens_what_was_said() -> None:
    article = (
        "El presidente de Borea, Ivo Marek, envió un telegrama de condolencias.\n"
        "Según el mandatario boreano, Jan Novák «gozaba de un gran respeto de sus compatriotas»."
    )
    assert _speaker(article).endswith("Ivo Marek")


def test_a_preposition_of_a_roles_field_addresses_no_one() -> None:
    # "alla" opens the councillor's field here ("assessore alla Mobilità"), not whom the words are for
    article = (
        'L\'assessore alla Mobilità Lucio Roe ha difeso la scelta: "I dati parlano chiaro, le polveri sono calate".'
    )
    assert _speaker(article).endswith("Lucio Roe")
