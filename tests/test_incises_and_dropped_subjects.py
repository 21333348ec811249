"""Sixty-first pass, quotes and speakers: an incise left inside the quote marks ("« …, explique la procureure, … »");
a verb after a linking word whose subject the language drops ("Así, agregó que …"); a reflexive verb before the
name ("se manifestó X"); a prepositional phrase before a verb-second order ("Vor Reportern sprach er von …"); the
imperfect of saying; a place after "en" as no person; a passive phrase before the subject ("Joint par X, …"); a
possessive opening the sentence ("Son avocat, Me X, …"); a cleft credit ("C'est ce qu'a affirmé X"); a platform
called X before the next sentence; an object after an inverted subject. Invented snippets."""

from __future__ import annotations

import pytest

from provenance.pipeline import speaker_inversions as inversions
from provenance.pipeline.quotes import extract
from provenance.pipeline.speaker_roles import elided_clitic
from tests.conftest import speakers_of as _speakers


def test_an_incise_inside_the_quote_marks_is_cut_out_and_names_the_speaker() -> None:
    article = (
        "« Le dossier a été transmis à la section, notamment par l’Office, explique la procureure de Borée, "
        "Jana Roe. D’autres services ont partagé le même constat »."
    )
    (q,) = extract(article)
    assert "explique" not in q.text and "Jana Roe" not in q.text
    assert q.text.startswith("Le dossier") and q.text.rstrip(" .»").endswith("même constat")
    assert q.speaker == "Jana Roe"


@pytest.mark.parametrize(
    ("article", "text", "speaker"),
    [
        ("«La reforma, explicó el ministro, será aprobada en junio»", "La reforma será aprobada en junio",
         "el ministro"),
        ("«Il governo, ha detto Marek, farà tutto il possibile»", "Il governo farà tutto il possibile", "Marek"),
        ("« La France, souligne l’ambassadeur, reste engagée »", "La France reste engagée", "l’ambassadeur"),
    ],
)  # fmt: skip
def test_incises_in_three_languages(article: str, text: str, speaker: str) -> None:
    (q,) = extract(article)
    assert q.text.strip() == text
    assert q.speaker == speaker


def test_a_verb_with_its_object_after_a_comma_is_no_incise() -> None:
    (q,) = extract("« Le gouvernement, a déclaré l’état d’urgence, et personne ne bouge »")
    assert "déclaré" in q.text  # "l’état" is no role: the words stay the speaker's
    (q,) = extract("« Nous avons, dit-il, tout fait »")
    assert q.text.strip() == "Nous avons tout fait"  # the verb's inverted pronoun is an incise's


@pytest.mark.parametrize(
    "lead",
    ["Así, agregó que", "Luego afirmó que"],
)
def test_a_verb_after_a_linking_word_goes_on_with_the_last_speaker(lead: str) -> None:
    article = (
        'El presidente Gabriel Roe escribió: "Estamos preocupados por la situación".\n'
        f'{lead} "condenamos la acción de fuerza de un sector del Ejército".'
    )
    assert _speakers(article) == ["El presidente Gabriel Roe", "El presidente Gabriel Roe"]


def test_a_reflexive_verb_before_the_name_and_an_impersonal_one() -> None:
    article = 'En el mismo sentido se manifestó Michel: "Condeno el levantamiento contra el orden constitucional".'
    assert _speakers(article) == ["Michel"]
    assert _speakers('El ministro Jan Roe habló. Se dijo que "todo está bajo control".') == [None]


def test_a_fronted_prepositional_phrase_is_no_subject_of_the_verb_second_order() -> None:
    article = (
        '"Wir sind gekommen", sagte der General Jan Roe. Vor Medienvertretern sprach er von "Angriffen auf die '
        'Demokratie", ohne dies zu erläutern.'
    )
    assert _speakers(article) == ["Jan Roe", "General Jan Roe"]


def test_the_imperfect_of_saying_names_the_subject() -> None:
    article = (
        "Los militares tomaron la plaza, mientras el ministro Eduardo Roe advertía al general: “Aún estás a tiempo”."
    )
    assert _speakers(article) == ["el ministro Eduardo Roe"]


def test_a_place_after_a_preposition_is_no_person_a_pronoun_stands_for() -> None:
    article = (
        "A través de un comunicado, Marek desacreditó el intento de golpe a Roe en Villa Orlin, con la "
        "irrupción de militares.\n“La Oficina repudia la falsa denuncia de golpe de Estado”, sostuvo."
    )
    assert _speakers(article) == [None]  # (not "Villa Orlin": no one "sostuvo" can stand for is named)


def test_a_passive_phrase_with_its_agent_before_the_subject_is_no_subject() -> None:
    article = "Joint par Orlin Post, le parquet de Borée précise que “toute personne a le droit de faire appel”."
    assert _speakers(article) == ["le parquet de Borée"]
    # a given name before "von" is no participle
    assert _speakers('Ursula von Marek sagte: "Wir sind bereit."') == ["Ursula von Marek"]


def test_a_possessive_opening_the_sentence_gives_way_to_the_name_apposed() -> None:
    article = (
        "Il doit payer une caution. Son avocat, Me Ivo Roe, a fait valoir que les accusations sont infondées, "
        "déclarant qu’il est « absurde de penser qu’un patron soit responsable »"
    )
    assert _speakers(article) == ["Me Ivo Roe"]


def test_a_cleft_credit_after_the_quote_and_a_platform_before_the_next_sentence() -> None:
    article = (
        "L’arrestation de Jan Roe n’était « en rien une décision politique ». C’est en tout cas ce qu’a affirmé, "
        "ce lundi 26 août, Ivo Marek sur X. Le président a assuré que « l’arrestation a eu lieu dans le cadre "
        "d’une enquête »."
    )
    assert _speakers(article) == ["Ivo Marek", "Ivo Marek"]
    assert elided_clitic("C’est") and elided_clitic("qu'a") and not elided_clitic("O'Brien")


def test_an_object_after_an_inverted_subject_is_cut_off() -> None:
    assert inversions.without_object("o presidente francês a ocorrência") == "o presidente francês"
    assert inversions.without_object("el ministro de la Defensa") == "el ministro de la Defensa"
    assert inversions.without_object("la ministra ante la prensa") == "la ministra ante la prensa"  # (a short link)
    assert _speakers('"Não é uma decisão política", comentou o presidente francês a ocorrência.') == [
        "o presidente francês"
    ]
