"""Speakers a pronoun or a role stands for, and Dutch attributions: a French reflexive verb inverted after a quote
("s’interroge-t-elle"), a role opening the sentence before a pronoun's quote (not the one the story addressed in
that role), a count that opens a German sentence, a place after an article, a surname written last, a new name
between two quotes of one paragraph, the Italian "E’ quanto", verbs of praise, and Dutch verbs, prepositions and
"aldus". All text invented."""

from __future__ import annotations

from provenance.pipeline.speaker_antecedents import last_full_name
from provenance.pipeline.speaker_phrases import _has_name
from tests.conftest import speakers_of as _speakers


def test_a_french_reflexive_verb_inverted_after_the_quote_credits_its_pronoun() -> None:
    text = (
        "La ministre Claire Dubois a visité le chantier du port.\n\n"
        "«Nous verrons bien ce que donnera la réunion de lundi», s’interroge-t-elle."
    )
    assert _speakers(text) == ["Claire Dubois"]


def test_a_role_opening_the_sentence_before_names_whom_the_pronoun_stands_for() -> None:
    text = (
        "Foreign Minister Jane Roe met the envoy Ivo Marek in Orlin on Monday.\n\n"
        "“The talks went well,” said Ivo Marek after the meeting.\n\n"
        "Later, in her remarks, the minister turned to the budget. “We will not cut a single school,” she said."
    )
    assert _speakers(text)[-1] == "Jane Roe"
    # a phrase and its comma may open the sentence; a sentence a pronoun opens goes on with the one before it
    text = (
        "Le cardinal Paul Lemaire a écrit aux fidèles, et Mgr Luc Perrin a lu sa lettre dimanche.\n\n"
        "«Cette lettre nous touche», a dit Mgr Luc Perrin.\n\n"
        "Dans sa lettre, le cardinal revient sur l’incendie. Il se souvient de la nuit du drame. "
        "«Nos cœurs étaient serrés», écrit-il."
    )
    assert _speakers(text)[-1] == "Paul Lemaire"


def test_a_role_the_story_gave_one_it_addressed_does_not_stand_for_the_speaker() -> None:
    text = (
        "Jane Roe said in Orlin: “We owe much respect to the people of Borea and to President Ivo Marek.”\n\n"
        "The president insisted on the aid. “We were right to help them,” she added."
    )
    assert _speakers(text) == ["Jane Roe", "Jane Roe"]


def test_a_count_opening_a_german_sentence_is_no_name() -> None:
    assert not _has_name("Fünf Jahre")
    assert not _has_name("Drei Minister")
    assert _has_name("Cem Özdemir")  # a number word of three letters is a given name too
    text = (
        "Fünf Jahre später wurde die Brücke wieder eröffnet.\n\n„Eine große Freude“\n\n"
        "Bürgermeisterin Anna Berg sprach von einem Fest."
    )
    assert _speakers(text) == [None]


def test_a_place_after_an_article_is_not_whom_he_stands_for() -> None:
    text = (
        "Tijdens de ontmoeting leek Ivo Marek erg geïrriteerd. Hij zei dat het akkoord dat hij in het Witte "
        "Paleis zou tekenen, “niet genoeg is”."
    )
    assert _speakers(text) == ["Ivo Marek"]


def test_the_name_whose_surname_is_written_last_stands_for_a_pronoun() -> None:
    text = "In the capital, Jan Roe met Ivo Marek. Roe spoke first. Later Marek looked tired. "
    assert last_full_name(text, len(text), person=True) == "Ivo Marek"
    text = "In the capital, Jan Roe met Ivo Marek. Later Marek looked tired. Roe spoke last. "
    assert last_full_name(text, len(text), person=True) == "Jan Roe"


def test_a_new_name_between_two_quotes_of_a_paragraph_takes_the_second() -> None:
    text = (
        "“We will rebuild the bridge,” said Mayor Jane Roe. Deputy Mayor Ivo Marek shook his head. "
        "“It will take a decade.”"
    )
    assert _speakers(text) == ["Mayor Jane Roe", "Deputy Mayor Ivo Marek"]
    # inside a sentence, the quote is no new subject's
    text = (
        "“Il ponte aprirà a maggio”, ha detto la sindaca Jane Roe. Ivo Marek ha vinto l’appalto. Circa 200 operai "
        "assunti dalla ditta “sono in cantiere da marzo”, secondo i documenti."
    )
    assert _speakers(text)[1] != "Ivo Marek"
    # a phrase of time capitalised where it opens the sentence is no new name; an abbreviated title keeps the name
    text = (
        "„Es wurde nichts gezahlt“, sagte Hafenchefin Jana Roth. Bis Freitag sollen alle Terminals wieder laufen. "
        "„Das ist ein Ziel, kein Versprechen“, schränkte Roth ein."
    )
    assert _speakers(text) == ["Hafenchefin Jana Roth", "Hafenchefin Jana Roth"]
    text = "“It is not mild,” Health Minister Dr. Ivo Marek said in a statement. “Two doses protect every child.”"
    assert _speakers(text) == ["Health Minister Dr. Ivo Marek", "Health Minister Dr. Ivo Marek"]
    # a role and a full name open the sentence: the name, not a platform after it
    text = "“We won,” Mayor Jane Roe posted on Orlin Social. “It will take a decade.”"
    assert _speakers(text) == ["Mayor Jane Roe", "Mayor Jane Roe"]
    # nor whom a verb of saying addresses
    text = "“We won,” Archbishop Roe told Orlin News in a written interview. “It will take a decade.”"
    assert _speakers(text) == ["Archbishop Roe", "Archbishop Roe"]
    # a word opening a line is no surname because a capitalised word closes the line above
    text = (
        "Foto: Ivo Marek\n\nDe brug gaat in mei open.\n\nBurgemeester Jane Roe zegt dat de brug „zonder twijfel” "
        "open gaat. De stad heeft geld nodig, vindt hij. „We bouwen gewoon door.”"
    )
    assert _speakers(text) == ["Burgemeester Jane Roe", "Burgemeester Jane Roe"]
    text = "“We will rebuild the bridge,” said Mayor Jane Roe. The crowd cheered. “It will take a decade.”"
    assert _speakers(text) == ["Mayor Jane Roe", "Mayor Jane Roe"]


def test_the_italian_credit_after_a_quote_with_an_apostrophe_for_the_accent() -> None:
    text = "“Serve più coraggio sui porti”. E’ quanto afferma il ministro Luca Neri in una nota."
    assert _speakers(text) == ["il ministro Luca Neri"]


def test_verbs_of_praise_credit_the_praise_quoted_after_them() -> None:
    text = "Mayor Jane Roe paid tribute to “all who worked day and night to save it”."
    assert _speakers(text) == ["Mayor Jane Roe"]
    text = "Le ministre Paul Martin salue la «mobilisation exceptionnelle des secours» après la tempête."
    assert _speakers(text) == ["Le ministre Paul Martin"]
    text = "Il sindaco Luca Neri rende omaggio “a tutti coloro che hanno lavorato giorno e notte”."
    assert _speakers(text) == ["Il sindaco Luca Neri"]


def test_dutch_verbs_prepositions_and_aldus() -> None:
    text = (
        "„We gaan gewoon door met de bouw”, zei minister Anna Bakker op een persconferentie.\n\n"
        "„Tot die tijd blijven we in functie”, aldus Bakker."
    )
    assert _speakers(text) == ["minister Anna Bakker", "Anna Bakker"]
    text = "Anna Bakker sprak in Den Haag.\n\n„We moeten dit nooit vergeten”, zei hij."
    assert _speakers(text) == ["Anna Bakker"]


def test_an_arabic_participle_goes_on_with_the_subject_not_its_object() -> None:
    # the role and surname, then a time ("مساء الخميس") and the object in apposition: the subject speaks
    text = "أقال الرئيس مراد مساء الخميس، وزير النقل سامي حداد، قائلاً: «لم يعد العمل المشترك ممكناً في هذه الظروف»."
    assert _speakers(text) == ["مراد"]
    # an "according to" phrase opening the sentence relays; the verb after it has the speaker
    assert _speakers("ووفقا لوكالة الأنباء المحلية، " + text) == ["مراد"]


def test_a_romanian_feminine_role_opens_an_apposition() -> None:
    text = (
        "Șefa partidului, Elena Marin, a criticat dur decizia instanței. "
        "„Astăzi este o zi tristă pentru democrație. Nu e vorba despre mine.”"
    )
    assert _speakers(text) == ["Elena Marin"]


def test_a_possessive_of_the_third_person_opening_a_lead_in_is_the_one_named_before() -> None:
    text = (
        "Der Finanzminister Jan Roe sprach am Abend vor der Presse.\n\n"
        "Sein Fazit zum Koalitionsende: „Das Statement zeigt, dass es ihm nicht mehr um eine Einigung geht.“"
    )
    assert _speakers(text) == ["Der Finanzminister Jan Roe"]
    text = "Le ministre Jan Roe a parlé dimanche.\n\nSon verdict sur la coalition : « Le gouvernement ne tient plus. »"
    assert _speakers(text) == ["Le ministre Jan Roe"]


def test_a_french_platform_after_sur_is_no_part_of_the_inverted_subject() -> None:
    text = "«Nous irons samedi à Orlin pour la cérémonie», a déclaré Jan Roe sur son réseau Orlin Social."
    assert _speakers(text) == ["Jan Roe"]


def test_a_role_at_the_top_of_a_story_is_the_one_named_after_it_in_that_role() -> None:
    text = (
        "“No army in the world could have done what we did tonight,” says the president\n"
        "The Borean president said the strikes on the three sites were “a spectacular military success”\n"
        "President Ivo Marek speaks from the palace on Saturday, while Vice President Jan Roe listens."
    )
    assert _speakers(text) == ["Ivo Marek", "Ivo Marek"]
    # a compound office holding the role's word is another office ("vicepresidente")
    text = (
        "«No hay ejército en el mundo que pueda hacer esto», dice el presidente\n"
        "El presidente Ivo Marek habla desde el palacio, mientras el vicepresidente Jan Roe lo escucha."
    )
    assert _speakers(text) == ["Ivo Marek"]
    text = (
        "Borea Başkanı “İki ülke çatışmaları durdurmayı taahhüt ediyor” diye konuştu.\n\n"
        "Orlin Cumhurbaşkanı Ivo Marek ile Borea Başkanı Jan Roe sarayda görüştü."
    )
    assert _speakers(text) == ["Jan Roe"]
