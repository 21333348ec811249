"""Adverbials around a speech verb that are no one: a time clause or a time phrase opening the sentence ("Horas
después de que …", "Poprzedniego dnia mówił", "Anteriormente, …", "Finché X fosse stato in vita, …"), a linking word
left alone by a dropped subject ("Por eso pide …"), "según" (its source comes after it), a place the subject spoke in
("X in Parliament said", "…, im Kurznachrichtendienst Orlin erklärt"); and a name in apposition after a role, set
off by commas after a quoted fragment ("…, dijo el jefe del ejército, Ivo Kovač-Ul-Haq, en un discurso"); whom a naming
verb names right before the quote is its object ("X, campaigning in Ohio, called Ivo Marek “…”")."""

from __future__ import annotations

import pytest

from tests.conftest import speakers_of as _speakers


@pytest.mark.parametrize("name", ["Ivo Marek", "Kovač-Ul-Haq"])
def test_a_name_apposed_to_the_role_of_a_parenthetical_attribution_speaks(name: str) -> None:
    article = (
        'Tras semanas de huelgas, el alcalde Jan Roe ha dimitido. Un "consejo provisional" dirigirá ahora la '
        f"ciudad, dijo el jefe de la policía, {name}, en una rueda de prensa."
    )
    assert _speakers(article) == [name]


def test_a_time_clause_opening_the_sentence_is_no_subject_of_its_main_verb() -> None:
    article = (
        "Horas después de que la televisión local mostrara al alcalde saliendo del ayuntamiento en un coche con "
        "su hermano, el jefe de la policía de Borea, comisario Ivo Kovač, anunció cambios.\n«Confíen en la policía», "
        "afirmó."
    )
    assert _speakers(article) == ["comisario Ivo Kovač"]


def test_a_short_time_phrase_or_an_adverb_opening_the_sentence_is_no_speaker() -> None:
    polish = (
        'Burmistrz Ivo Kovač zapowiedział na wtorek sesję. Poprzedniego dnia mówił, że "po rozmowach z radnymi" '
        "powstanie nowy plan."
    )
    assert _speakers(polish) == [None]
    spanish = (
        "El general Ivo Marek habló ayer. Anteriormente, los vecinos habían cortado la carretera, y "
        '"nadie sabe nada", dijo.'
    )
    assert _speakers(spanish) == ["El general Ivo Marek"]


def test_according_to_is_no_verb_whose_subject_stands_before_it() -> None:
    article = (
        "Tras semanas de huelgas, Ivo Marek habló por radio. Anteriormente, los vecinos habían cortado la "
        'carretera, según fuentes municipales.\n\n"Abriremos la carretera", dijo el jefe de la policía.'
    )
    assert _speakers(article) == ["Ivo Marek"]


def test_a_linking_word_left_alone_by_a_dropped_subject_is_no_speaker() -> None:
    article = 'El secretario general habló. Por eso pide cumplir la resolución y "regresar de inmediato al cese".'
    assert _speakers(article) == [None]  # no one, rather than the linking word
    # ... nor the line of a subheading above it joined to it
    headed = (
        "El secretario general habló.\nHay que regresar al cese de hostilidades\nPor eso pide cumplir la resolución y "
        '"regresar de inmediato al cese".'
    )
    assert _speakers(headed) == [None]
    italian = (
        "Il sindaco Ivo Marek ha parlato ieri. Finché il ponte fosse rimasto chiuso, “il traffico sarebbe rimasto "
        "bloccato”, ha detto."
    )
    assert _speakers(italian) == ["Ivo Marek"]


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        ('Marek in Parliament said, "I rise to inform this House of recent events."', "Marek"),
        ('The EU delegation in Kyiv said: "We are ready to help."', "The EU delegation"),
    ],
)
def test_the_place_the_subject_spoke_in_is_not_the_subject(article: str, speaker: str) -> None:
    assert _speakers(article) == [speaker]


def test_a_place_after_its_preposition_before_a_closing_verb_is_no_subject() -> None:
    article = (
        '"Wir stehen zu Dr. Marek", hatte zuvor ein Sprecher der Gruppe, Jan Kovač, im Kurznachrichtendienst '
        "Orlin erklärt."
    )
    assert _speakers(article) == [None]  # no one, rather than the place


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        (
            'Vice President Jana Roe, campaigning in Ohio, called Ivo Marek "a danger to the whole region".',
            "Vice President Jana Roe",
        ),
        (
            "La sua vice Jana Roe, in campagna elettorale, ha definito Ivo Marek «un pericolo per la città».",
            "La sua vice Jana Roe",
        ),
        # a verb that names nothing: the name after it is the inverted subject
        ("Die Lage sei ernst, sagte Jana Roe „Wir müssen handeln.“", "Jana Roe"),
    ],
)
def test_whom_a_naming_verb_names_before_the_quote_is_its_object(article: str, speaker: str) -> None:
    assert _speakers(article) == [speaker]


def test_an_as_said_frame_opening_the_sentence_is_no_subject() -> None:
    # "Come riporta X," (as X reports): the outlet relays; the one who spoke is named after it
    article = (
        "Come riporta Radio Orlin, ieri il sindacato ha proclamato lo sciopero, con il proprio segretario Ivo Marek "
        "che ha dichiarato lo stato di agitazione. Ha poi invitato i lavoratori a unirsi a loro: “Siamo in 5.000, "
        "non è una protesta politica”, ha dichiarato."
    )
    assert _speakers(article) == ["Ivo Marek"]


def test_an_article_opening_a_quoted_sentence_is_no_speaker() -> None:
    article = (
        '"Lo que vemos es un abandono. Una decisión tomada por interés propio" de Marek, agregó, prometiendo una '
        '"respuesta".'
    )
    assert _speakers(article)[1] is None  # not "Una"


def test_according_to_a_translation_names_no_speaker() -> None:
    article = (
        "In a national address, Marek said what was unfolding was “a blow to our city,” according to a "
        "machine translation."
    )
    assert _speakers(article) == ["Marek"]  # not "machine translation"
