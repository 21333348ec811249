"""Who a pronoun stands for where its own paragraph names no one (the person whose name opens the paragraph above,
not the last name written there), and a subject set off by its role in apposition before "said" with a clause
after it ("X, President of …, said the bloc wanted …"): not the inverted order's subject after the verb."""

from __future__ import annotations

import pytest

from tests.conftest import speakers_of as _speakers


@pytest.mark.parametrize(
    ("above", "pronoun_paragraph"),
    [
        (
            "Le général Ivo Marek a lu lundi un texte à la télévision, au nom de la junte qui a renversé le "
            "président élu Pavel Dorn.",
            "Le nouvel homme fort du pays commandait la garde depuis 2015. Il a justifié la prise du pouvoir par "
            "« la dégradation continue de la sécurité » dans le nord.",
        ),
        (
            "President Ivo Marek met the envoy on Monday, a week after the talks with Pavel Dorn collapsed.",
            "The former general has ruled for a decade. He called the meeting “a first step towards a lasting "
            "settlement” of the dispute.",
        ),
        (
            "El presidente Ivo Marek recibió el lunes al enviado, una semana después de la ruptura con Pavel Dorn.",
            "El exgeneral gobierna desde hace una década. Él calificó la reunión de «un primer paso hacia un "
            "acuerdo duradero» en la disputa.",
        ),
    ],
)
def test_a_pronoun_whose_paragraph_names_no_one_goes_to_the_name_opening_the_paragraph_above(
    above: str, pronoun_paragraph: str
) -> None:
    assert _speakers(f"{above}\n\n{pronoun_paragraph}") == ["Ivo Marek"]


def test_a_body_opening_the_paragraph_above_is_no_person_a_pronoun_stands_for() -> None:
    # "The Borean Council" is a body, not the "he" of the paragraph below: the last name written stands
    article = (
        "The Borean Council met on Monday, a week after the talks with Pavel Dorn collapsed.\n\n"
        "The former general has ruled for a decade. He called the meeting “a first step towards a lasting "
        "settlement” of the dispute."
    )
    assert _speakers(article) == ["Pavel Dorn"]


def test_a_name_before_its_role_in_apposition_is_the_subject_of_said_with_a_clause_after_it() -> None:
    # "said the bloc wanted …" is no inverted "…, said the bloc": the name before the apposition speaks
    article = (
        "“The result is a clear mandate,” Pavel Dorn said in his message.\n"
        "Ivo Marek, President of the Borean Council, which the islands hope to join, said the bloc wanted closer "
        "ties.\n"
        "“I look forward to building the relationship,” she wrote on the platform."
    )
    assert _speakers(article) == ["Pavel Dorn", "Ivo Marek"]


def test_the_inverted_order_still_reads_the_body_after_the_verb() -> None:
    article = "« Le scrutin s’est déroulé dans le calme », a annoncé la commission électorale nationale."
    assert _speakers(article) == ["la commission électorale nationale"]


def test_a_description_stands_for_the_one_a_sentence_since_the_last_quote_had_speak() -> None:
    # "the nationalist leader" is the one who "warned" right before, not the president quoted above
    article = (
        "Borean President Ivo Marek said the decision made him “proud to be a member”.\n"
        "But Rados warned Valdor could still block the talks at any time.\n"
        "“This is a bad decision,” the nationalist leader said."
    )
    assert _speakers(article) == ["Borean President Ivo Marek", "Rados"]


def test_a_case_of_the_last_speaker_s_name_leaves_his_full_name_speaking() -> None:
    # Turkish "Marek’e" (to Marek) in the sentence between: the same person, named in full before
    article = (
        "Albay Ivo Marek, “Bu rejime son verme kararı aldık” dedi.\n\n"
        "Marek’e açıklamasında dokuz asker daha eşlik etti.\n\n"
        "Darbecilerin sözcüsü, “Tüm kara ve hava sınırları kapatılmıştır” dedi."
    )
    assert _speakers(article)[-1] == "Albay Ivo Marek"
