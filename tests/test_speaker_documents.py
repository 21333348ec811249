"""Speakers of quotes credited to a document without its issuer ("selon les résolutions"), to a role whose name
the text gave before, and to verbs of justifying and calling for: who issued or said the words, and never a name
that only stands inside another quotation."""

from __future__ import annotations

import pytest

from tests.conftest import speakers_of as _speakers


def test_resolutions_without_their_issuer_stand_for_the_body_their_sentence_has_speak() -> None:
    # the resolutions' issuer is the body's acronym that demanded it, not the summit's chair named after the
    # document, nor the republic named inside a quotation before it
    article = (
        "Les dirigeants de l’Union des États côtiers (UEC), réunis dimanche à Port-Lune, ont fixé un délai d’une "
        "semaine. L’UEC a notamment demandé « la libération immédiate » du ministre et le « retour complet à l’ordre "
        "constitutionnel en République de Valdor », selon les résolutions lues à la fin de ce sommet présidé par le "
        "chef d’Etat orlinien Jan Marek.\n"
        "Si ces demandes ne sont pas satisfaites, l’UEC « prendra toutes les mesures nécessaires » et « ces mesures "
        "peuvent inclure des sanctions », selon ces résolutions."
    )
    assert _speakers(article) == ["L’UEC"] * 4


def test_a_name_inside_a_quotation_issues_no_statement() -> None:
    # "République de Valdor" stands right before "selon le communiqué", inside the marks: no issuer
    article = (
        "Le texte exige le « retour à l’ordre en République de Valdor », selon le communiqué.\n\n"
        "« Nous suivons la situation de près », ajoute le communiqué."
    )
    assert "République de Valdor" not in _speakers(article)


def test_an_arabic_statement_goes_to_the_spokeswoman_named_after_her_role() -> None:
    article = (
        'وقالت المتحدثة باسم وزارة الخارجية البورية، ماريا دوروفا، في بيان لها، إن بلادها "تتابع بقلق" تطورات '
        "الوضع.\n"
        'وتابع البيان: "ندعو جميع الأطراف إلى الامتناع عن استخدام القوة".\n'
    )
    assert _speakers(article) == ["ماريا دوروفا", "ماريا دوروفا"]


@pytest.mark.parametrize(
    ("article", "want"),
    [
        ("General Ivo Marek justified the takeover by “the collapse of public order” in the north.", "Ivo Marek"),
        ("Ivo Marek defended the takeover, citing “the collapse of public order” in the north.", "Ivo Marek"),
        ("El general Ivo Marek justificó el golpe por la “degradación del orden público” en el norte.", "Ivo Marek"),
        ("O general Ivo Marek reafirmou a sua “vontade de respeitar todos os compromissos” do país.", "Ivo Marek"),
    ],
)
def test_verbs_of_justifying_and_reaffirming_credit_their_subject(article: str, want: str) -> None:
    assert [want in (s or "") for s in _speakers(article)] == [True]


def test_a_speaker_phrase_cut_at_its_word_limit_opens_on_the_bodys_name_not_on_de_la() -> None:
    # a body's long name read back from the verb fills the phrase; the complement's "de la" before it is cut too
    article = (
        "En una cumbre celebrada en Port-Lune, los dirigentes y representantes de la Comunidad de Estados Costeros "
        "de Valdor Occidental (CECVO) llamaron a restablecer el “orden constitucional en la República de Valdor”."
    )
    (speaker,) = _speakers(article)
    assert speaker is not None and speaker.startswith("Comunidad de Estados Costeros")


def test_a_role_is_read_at_its_head_before_its_complement() -> None:
    # "chief of the Presidential Guard": the role is "chief", not the guard it is chief of; the council named
    # inside the caption's quotation is nobody's name
    article = (
        "General Ivo Marek, the new strongman, reads a statement as “President of the National Council for the "
        "Safeguard of the Homeland”, after the ouster of President Jan Roe. – The chief of the Presidential Guard "
        "said the coup was due to “the continued deterioration of the security situation” in the country."
    )
    assert "Ivo Marek" in (_speakers(article)[1] or "")


def test_a_role_in_the_plural_names_a_group_not_the_person_named_before() -> None:
    article = (
        "Le sommet, présidé par le chef d’Etat orlinien Jan Marek, s’est tenu dimanche à Port-Lune.\n"
        "Les chefs d’Etat de l’UEC ont également annoncé la suspension « immédiate » des échanges avec Valdor."
    )
    assert "Jan Marek" not in (_speakers(article)[0] or "")


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        # the document's reader or issuer after the words of where and when it was read
        (
            "« Le chef de l'État est gardé chez lui, entouré de sa famille », selon un communiqué lu à la radio "
            "nationale par les officiers du Conseil de salut public.",
            "les officiers du Conseil de salut public",
        ),
        (
            "Le Secrétaire général « condamne fermement la prise du palais », selon une déclaration faite mardi par "
            "son porte-parole Jean Valmont.",
            "son porte-parole Jean Valmont",
        ),
        # the issuer after a contracted preposition ("del": de + el)
        (
            "Borea ha condenado el ataque, calificándolo de «crimen atroz», según un comunicado del Ministerio de "
            "Asuntos Exteriores de Borea.",
            "Ministerio de Asuntos Exteriores de Borea",
        ),
    ],
)
def test_a_document_s_reader_or_issuer_in_an_according_frame_speaks(article: str, expected: str) -> None:
    assert _speakers(article) == [expected]


def test_the_media_as_the_reporter_s_source_leave_the_sentence_s_subject_speaking() -> None:
    article = (
        "Un groupe d'officiers a annoncé mercredi la fermeture « de toutes les frontières du pays », selon "
        "plusieurs médias."
    )
    assert _speakers(article) == ["Un groupe d'officiers"]


def test_a_frame_after_the_name_a_verb_inverts_is_no_part_of_it() -> None:
    article = (
        "« Votre victoire est le fruit logique de votre travail », a indiqué Ivan Petrov selon des propos publiés "
        "sur le site de la présidence."
    )
    assert _speakers(article) == ["Ivan Petrov"]


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        # "in the statement X made after the meeting": X, not the statement
        (
            "Bakan Deniz Arslan toplantı sonrası yaptığı açıklamada “Kararımızın arkasındayız” dedi.",
            "Bakan Deniz Arslan",
        ),
        # "according to the statement made by the Borean government": the government
        (
            'Borea hükümeti tarafından yapılan açıklamaya göre iki lider görüşmede "sıkı iş birliğine" vurgu yaptı.',
            "Borea hükümeti",
        ),
        # "in the post he made from his account, X": the clause opens the phrase, the name closes it
        ("X hesabından yaptığı paylaşımda Marek, “Bu bir zaferdir” ifadelerini kullandı.", "Marek"),
    ],
)
def test_a_turkish_document_clause_after_the_name_is_no_part_of_it(article: str, expected: str) -> None:
    assert _speakers(article) == [expected]


def test_a_possessive_label_stands_for_the_one_named_before() -> None:
    article = (
        "The president's spokesman, Ade Okonkwo, said the president was working with other leaders.\n\n"
        "His words: “The president is watching closely with deep concern for the stability of the region.”"
    )
    assert _speakers(article) == ["Ade Okonkwo"]


def test_a_document_s_kind_after_its_preposition_is_no_issuer() -> None:
    # "de soutien" says what the declaration is, not who issued it: a lower-case word names no issuer
    article = "Le ministère « regrette profondément cette décision », selon une déclaration de soutien aux familles."
    assert not any(s and s.startswith("soutien") for s in _speakers(article))
