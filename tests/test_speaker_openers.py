"""What stands around a speech verb without being its subject: a word that is never a speaker ("Ce, alors que …",
"Tout en condamnant …", "se estará hablando"), a phrase cut at its preposition ("En el marco de lo que calificó"),
whom an inverted verb addresses ("expresó a la población") and a time word after it ("comentó hoy la portavoz X");
and what is: a body after an elided article ("l’Union boréenne"), a role and its name in apposition before a verb
of congratulating ("El presidente de Borea, Ivo Marek, felicitó a …")."""

from __future__ import annotations

import pytest

from tests.conftest import speakers_of as _speakers


def test_a_gerund_clause_opened_by_tout_is_no_subject_and_the_elided_body_speaks() -> None:
    article = (
        "Tout en condamnant la prise du pouvoir, l’Union boréenne rappelle que cela « constitue une violation "
        "flagrante de sa charte » et demande le retour à l’ordre."
    )
    assert _speakers(article) == ["l’Union boréenne"]


def test_a_demonstrative_opening_a_sentence_is_no_speaker_a_pronoun_goes_back_to() -> None:
    article = (
        "Les soldats annoncent ce mercredi la fin du régime. Ce, alors même que la commission avait annoncé "
        "les résultats la veille.\n\n"
        "Borea vient de prendre position à travers la porte-parole du gouvernement, Jana Roe. « Nous condamnons ce "
        "coup de force sans réserve », a-t-elle déclaré."
    )
    assert _speakers(article) == ["Jana Roe"]


@pytest.mark.parametrize(
    "article",
    [
        # a reflexive pronoun before the verb
        'El ministro sostuvo que, si se confirma, se estará hablando de "otra crisis que aumentará la tensión en '
        'la región".',
        # a phrase cut at its preposition
        'En el marco de lo que calificó como una "muy difícil" situación, el enviado pidió calma.',
    ],
)
def test_no_fragment_is_a_speaker(article: str) -> None:
    speakers = _speakers(article)
    assert "se" not in speakers and "el marco de" not in speakers


def test_whom_an_inverted_verb_addresses_is_no_speaker() -> None:
    article = (
        'Ivo Marek habló ante miles de seguidores en Orlin.\n\n"Espero que seamos dignos de su confianza", '
        "expresó a la población."
    )
    assert _speakers(article) == ["Ivo Marek"]


def test_a_time_word_after_an_inverted_verb_is_passed_over() -> None:
    article = (
        "«Borea felicita al presidente por su reelección», comentó hoy la portavoz de Exteriores Jana Roe en rueda "
        "de prensa."
    )
    (speaker,) = _speakers(article)
    assert speaker is not None and speaker.endswith("Jana Roe") and not speaker.startswith("hoy")


def test_a_role_and_its_name_in_apposition_congratulate_not_the_one_congratulated() -> None:
    article = (
        'El presidente de Borea, Ivo Marek, felicitó al presidente de Orlin, Pavel Dorn, por su "victoria en la '
        'reelección", mediante un mensaje.'
    )
    assert _speakers(article) == ["Ivo Marek"]
