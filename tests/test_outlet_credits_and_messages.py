"""Speakers: an outlet credited at a sentence's end is no antecedent of "he", and a message's publisher speaks."""

from __future__ import annotations

import pytest

from tests.conftest import speakers_of as _speakers


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        ("ORLIN, May 30. The Borean Harbour Office has suspended its partnership with Orlin, said Spokesperson Ivo "
         "Marek, Trend reports.\n\n“We have therefore suspended our partnership with Orlin,” he wrote.", "Ivo Marek"),
        ("In a series of posts on Sunday, Ivo Marek said he had spoken with both mayors, Orlin.Az reports via Coast "
         "Wire.\nHe announced that both sides had “agreed to meet at once and settle the dispute.”", "Ivo Marek"),
        ("Borean Prime Minister Ivo Marek stated that there will be no repeat of the riots. He made this statement "
         "after the protests in Orlin, reports Orlin Wire.\nBorean Prime Minister Ivo Marek blamed the opposition "
         'for the clashes. He also claimed that the opposition tried to achieve the "collapse of Borea."',
         "Ivo Marek"),
    ],
)  # fmt: skip
def test_an_outlet_credited_at_a_sentence_s_end_is_not_who_he_is(article: str, speaker: str) -> None:
    (found,) = _speakers(article)
    assert found is not None and found.endswith(speaker)


def test_a_message_published_by_someone_is_theirs() -> None:
    article = (
        "“I just had an excellent conversation with the mayor of Orlin,” said the message published by Ivo Marek "
        "on his social network, Harbour Social."
    )
    assert _speakers(article) == ["Ivo Marek"]


def test_a_body_whose_decision_a_statement_criticises_is_not_its_issuer() -> None:
    """In "The statement criticized the ruling X party’s decision", X's decision is what the statement is about; the
    issuer is the pair the text named with the statement before."""
    article = (
        "The Union has reaffirmed its support for the Borean people. In a joint statement, High Representative Jana "
        "Roe and Commissioner Ivo Marek emphasized the bloc’s commitment.\nThe statement criticized the ruling Borean "
        "Unity party’s decision as a departure from the European path. “This marks a significant shift from the "
        "policies of previous governments,” the statement reads."
    )
    (found,) = _speakers(article)
    assert found is not None and "Jana Roe" in found and "Borean Unity" not in found


def test_a_body_s_own_statement_still_names_it_as_issuer() -> None:
    article = (
        "The Borean Foreign Ministry's statement was issued on Sunday.\n\n“We reject the claims,” the statement reads."
    )
    assert _speakers(article) == ["The Borean Foreign Ministry"]


def test_a_statement_attributable_to_a_spokesperson_is_theirs() -> None:
    """A role abbreviated with a dot ("Dept.") ends no sentence before the name."""
    article = (
        "The decision goes against the promise to pursue full integration into the European Union and NATO, reads a "
        'statement attributable to Harbour Dept. Spokesperson Ivo Marek.\n\n"The Borean people overwhelmingly '
        'support integration," according to the statement.'
    )
    (found,) = _speakers(article)
    assert found is not None and found.endswith("Ivo Marek")


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        ("«Ho appena parlato con il sindaco di Orlin», ha scritto su Facebook il sindaco Ivo Marek.", "Ivo Marek"),
        ("«Hemos hablado con el alcalde», dijo en Telegram el ministro Ivo Marek.", "Ivo Marek"),
    ],
)
def test_a_channel_between_the_verb_and_its_subject_is_passed_over(article: str, speaker: str) -> None:
    (found,) = _speakers(article)
    assert found is not None and found.endswith(speaker) and "Facebook" not in found and "Telegram" not in found


def test_a_headline_s_verb_ending_its_line_takes_no_subject_from_the_next_story_s_dateline() -> None:
    article = (
        "Marek destaca la acción del alcalde; “Para que sigan criticando”, dice\nOrlin.- El alcalde de Orlin, Ivo "
        "Roe, ha dicho este sábado que el puente abrirá en mayo."
    )
    (found,) = _speakers(article)
    assert found is None or "Orlin" not in found


def test_a_verb_in_the_clause_another_verb_reports_has_no_speaker() -> None:
    """ "X revealed that Borea had continued its attacks": "continued" is the news, its subject no speaker of "he"."""
    article = (
        "Speaking to reporters, Ivo Marek revealed that despite the mayor's promise, Borea had continued its attacks "
        "on Sunday morning.\n“Borea has shown no sincerity in keeping its promise,” he said."
    )
    assert _speakers(article) == ["Ivo Marek"]


def test_a_name_after_a_channel_noun_past_a_preposition_is_the_channel_s() -> None:
    article = "« Je suis ravi d’annoncer la paix », a ajouté le président sur son réseau Harbour Social."
    assert _speakers(article) == ["le président"]


def test_a_verb_past_a_stop_inside_a_quotation_is_no_reported_clause() -> None:
    """ "… notes that … “… constitution.” The Harbour Office notes that …": the sentence splitter passes over a stop
    inside the quotation, and the second "notes" opens a sentence of its own, whose subject speaks."""
    article = (
        "The statement further notes that the party’s decision to suspend Borea’s EU accession process “goes against "
        "the promise to the Borean people enshrined in their constitution.” The Harbour Office notes that by "
        "suspending Borea’s EU accession process, “the party has rejected the opportunity for closer ties.”\n"
        "Noting that the Borean people “overwhelmingly support integration with Europe,” the statement says that "
        "“the Office condemns the excessive use of force by police against protesters.”"
    )
    assert _speakers(article)[-2:] == ["The Harbour Office", "The Harbour Office"]
