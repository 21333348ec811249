"""Sixtieth pass, speakers: an according-to frame that opens another quote's words names no one; a name after a
common noun's "de" is a place, no subject; a sentence between two quotes of one paragraph that has its subject speak
gives the second quote to that subject."""

from __future__ import annotations

from provenance.pipeline.speaker_labels import _name_topic
from provenance.pipeline.speaker_roles import object_of_preposition
from tests.conftest import speakers_of as _speakers


def test_an_according_to_frame_opening_a_quote_is_no_speaker_of_the_next() -> None:
    article = (
        "Bürgermeisterin Jana Roe sprach den Familien ihr Beileid aus.\n"
        "„Laut den neuesten Angaben, und wir hoffen, dass es dabei bleibt, sind neun Menschen gestorben.“\n"
        "„Den Rettern möchte ich im Namen der Stadt danken.“"
    )
    assert _speakers(article) == ["Bürgermeisterin Jana Roe", "Bürgermeisterin Jana Roe"]


def test_a_name_after_a_common_nouns_de_is_no_subject() -> None:
    assert object_of_preposition(
        "confirmó la muerte de nueve personas en la norteña ciudad de Villa Orlin", "Villa Orlin"
    )
    assert object_of_preposition("a confirmé le bilan dans la ville de Port Orlin", "Port Orlin")
    # a role's complement opens its field, and a particle inside a name is no common noun's
    assert not object_of_preposition("dijo el presidente de Orlin Ivo Marek", "Ivo Marek")
    assert not object_of_preposition("said Ursula von Marek", "Marek")


def test_a_role_after_its_holder_named_in_a_place_stays_the_holder() -> None:
    article = (
        "ORLIN, 2 nov — El alcalde de Orlin, Ivo Marek, confirmó el viernes la muerte de nueve personas en la "
        "norteña ciudad de Villa Orlin.\n"
        "Por medio de un mensaje, el mandatario exigió “responsabilidad política y penal” y aseguró que “los "
        "culpables serán castigados”."
    )
    assert _speakers(article) == ["Ivo Marek", "Ivo Marek"]


def test_a_sentence_between_that_has_its_subject_speak_takes_the_next_quote() -> None:
    article = (
        "En un discurso, el Sr. Marek dijo que esperaba lo mejor. “Los culpables serán castigados”, dijo, citado por "
        "AFP. El edificio fue construido en 1964. El primer ministro Ivo Roe dijo que fue uno de los días más "
        "difíciles. “Es una gran tragedia para todo el país”, añadió, enviando condolencias."
    )
    assert _speakers(article) == ["el Sr. Marek", "El primer ministro Ivo Roe"]


def test_a_that_clause_past_a_time_set_off_by_commas_reaches_its_quote() -> None:
    article = (
        "Președinta Orlinului, Jana Roe, a declarat, în noaptea de duminică spre luni, că autoritățile au probe că "
        "gruparea care comite „un atac fără precedent” asupra democrației a cumpărat voturi."
    )
    assert _speakers(article) == ["Jana Roe"]


def test_a_headlines_name_and_topic_label_the_quote() -> None:
    assert _speakers("Jana Roe, prima reacție după vot: „Avem informații că voturile au fost cumpărate.”") == [
        "Jana Roe"
    ]
    # a role apposed is still the person's label
    assert _speakers("Jana Roe, președinta Comisiei Electorale: „Legea se consideră adoptată.”") == ["Jana Roe"]
    # a topic that names others says whose words they are: no label
    assert _name_topic("Papa Ivo Marek, il messaggio di Roe e Doe: ") is None
    # a verb of saying makes it a sentence, read as one
    assert _speakers("Jana Roe, când a spus ieri: „Nu plecăm nicăieri de aici.”") != ["Jana Roe, când a spus ieri"]


def test_a_romanian_according_to_him_frame_is_the_one_named_before() -> None:
    article = (
        "Ministrul Ivo Marek a vorbit mult.\n„Situația este gravă”, a spus Marek.\n"
        "Potrivit lui, guvernul „trebuie să prezinte dovezi” publicului."
    )
    assert _speakers(article) == ["Ivo Marek", "Ivo Marek"]


def test_a_hyphenated_role_word_is_a_role_whole() -> None:
    from provenance.pipeline.speaker_roles import is_role

    assert is_role("porte-parole") and is_role("porta-voz")
    assert is_role("SPD-Chef") and not is_role("Jean-Pierre")
    article = (
        "«Il y a des anomalies», a déclaré le porte-parole du gouvernement d'Orlin, Ivo Marek.\n"
        "Le porte-parole du gouvernement a ajouté qu'il était «difficile d'expliquer ces chiffres»."
    )
    assert _speakers(article) == ["Ivo Marek", "Ivo Marek"]


def test_speaking_of_what_the_quote_names_is_saying_it() -> None:
    article = (
        "La presidente Jana Roe ha vinto il voto.\n"
        "La presidente aveva infatti parlato di «attacco senza precedenti alla democrazia», puntando il dito."
    )
    assert _speakers(article) == ["Jana Roe"]


def test_a_name_wrapped_in_marks_after_its_verb_still_speaks() -> None:
    article = (
        'وفي هذا السياق، قال اللواء أركان حرب (م) سامي الحداد، الخبير العسكري والاستراتيجي، إن "توقيت الهجوم ليس '
        'صدفة".\n\nوأضاف "الحداد"، خلال مداخلة هاتفية لفضائية «صدى الشرق»، مساء اليوم، أن "الدول التي تعتمد على '
        'نفسها هي وحدها القادرة على الحماية".'
    )
    assert _speakers(article)[-1] == "الحداد"
