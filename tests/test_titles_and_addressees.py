"""Whom words are addressed to, and who speaks: a title between a preposition of address and a name, the bare
"a" of Italian, Spanish and Portuguese before a title, a cleric's title, a participle's clause, a role inside a
prepositional phrase, presentatives and translation labels, a participle of manner, an Arabic addressee, words of
another quotation. All text invented."""

from __future__ import annotations

from provenance import check
from provenance.settings import Settings

LEXICAL = Settings(lexical_only=True)


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in check(text, [], LEXICAL).quotes]


def test_a_title_after_a_preposition_of_address_names_the_addressee() -> None:
    text = 'Premier Ivo Marek wrote to Pope Anselm: "We pray for your ministry and for peace in our region."'
    assert _speakers(text) == ["Premier Ivo Marek"]
    text = 'Maria Rossi ha scritto a Papa Anselmo: "Preghiamo per il suo ministero e per la pace."'
    assert _speakers(text) == ["Maria Rossi"]


def test_a_bare_a_before_a_title_is_no_speaker_where_the_clause_names_its_subject() -> None:
    text = 'Il presidente Ferri si è rivolto anche a Papa Anselmo: "Le rivolgo gli auguri più fervidi."'
    assert "Papa Anselmo" not in _speakers(text)
    # the English article after a verb of saying opens the speaker's description
    text = 'In Orlin, said a spokesman Jane Roe: "We will keep the crossing open through the winter."'
    assert _speakers(text) == ["a spokesman Jane Roe"]


def test_a_clerical_title_is_no_relative() -> None:
    text = (
        "Bishop Jane Roe's path began in Orlin.\n\n"
        '"She never chased titles," said Father Ivo Marek, who studied with her.'
    )
    assert _speakers(text) == ["Father Ivo Marek"]


def test_an_irregular_participles_clause_opens_no_subject() -> None:
    text = (
        "Chosen on Thursday, after two days of voting by the council, Marek appeared on the balcony, declaring,"
        ' "Peace be with all of you," to the crowd.'
    )
    assert _speakers(text) == ["Marek"]


def test_a_name_after_a_lower_case_role_closes_the_leading_run() -> None:
    text = 'Former Borean president Jane Roe also reacted and said, "This is a historic day for our whole country."'
    assert _speakers(text) == ["Former Borean president Jane Roe"]


def test_a_prepositional_phrase_opens_no_name_the_role_inside_names_the_speaker() -> None:
    text = (
        "Dalla Loggia centrale del Palazzo di Orlin il cardinale protodiacono Ivo Marek ha pronunciato la formula:\n"
        '"Annuntio vobis gaudium magnum, habemus novum praesidem."'
    )
    assert _speakers(text) == ["Ivo Marek"]


def test_presentatives_and_translation_labels_name_no_one() -> None:
    assert _speakers('Ecco la traduzione in italiano: "Il signore Ivo Marek, che si è dato il nome di Leo."') == [None]
    text = 'Marek ha pronunciato la formula: "Habemus novum praesidem". Tradotto: "Abbiamo un nuovo presidente".'
    assert _speakers(text) == ["Marek", "Marek"]


def test_a_participle_of_manner_after_the_verb_is_no_speaker() -> None:
    text = '"Dios ama a Borea, y esta elección lo reafirma", señaló emocionada la presidenta Ana Soto.'
    assert _speakers(text) == ["la presidenta Ana Soto"]
    text = 'La mandataria habló del caso. "Dios ama a Borea, y esta elección lo reafirma", señaló emocionada.'
    assert "emocionada" not in (_speakers(text)[0] or "")


def test_an_arabic_verb_before_its_addressee_names_no_one() -> None:
    text = "“السلام عليكم جميعا في هذه المدينة” ، قال للجمهور المبتهج ، متحدثا باللغة الإيطالية."
    assert "للجمهور" not in (_speakers(text)[0] or "")


def test_words_inside_another_quotation_are_no_speaker() -> None:
    text = "Der Präsident richtete zugleich einen „Appell der Hoffnung“ an „alle Bürger des Landes“. Er dankte."
    assert _speakers(text) == [None, None]


def test_an_outlet_that_reports_with_its_article_in_lower_case_relays() -> None:
    text = (
        "In his remarks, Ivo Marek said he would work with Kessel on a new truce, the Times reports."
        ' "They, too, deserve an end to the fighting," he said.'
    )
    assert _speakers(text) == ["Ivo Marek"]


def test_a_linking_word_before_a_role_and_its_name_leaves_the_name_the_subject() -> None:
    text = (
        "Separately, the UN Special Coordinator for Borea, Jane Roe-Marek, called the agreement a turning point"
        " for civilians on both sides of the Blue Line.\n\n"
        "“This agreement marks the starting point of a critical process,” she said in a statement."
    )
    assert _speakers(text) == ["Jane Roe-Marek"]


def test_a_name_after_a_pronouns_verb_of_saying_is_the_news_not_the_speaker() -> None:
    text = (
        "Premier Ivo Marek spoke on television.\n\n"
        "“In full coordination with our allies, we act. Should Borea violate the deal, we will strike.”\n\n"
        "He said Borea, which is backed by Kessel, was considerably weaker than before.\n\n"
        "“We have set it back decades,” he said."
    )
    assert _speakers(text)[1] == "Premier Ivo Marek"
