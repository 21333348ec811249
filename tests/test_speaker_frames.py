"""Frames around a quote that decide who speaks: a past participle opening the sentence ("Named the Orlin Council
…, the group warned"), a role and a full name after the capitalised words opening it ("Borean president Jane Roe
said …, urging “…”"), a name that closes an adverbial after the subject ("… lors d'une visite chez le maire X", "…
с коллегой X Y"), a name after a verb that follows a role ("Дипломат назвала визит X Y «…»"), a person the paragraph
above names for "he" where the last speaker was quoted before another quote, a phrase a preposition opens before a
dropped subject ("Jako powód podał"), a quote that opens with the sentence's verb of saying, a page's "Details:"
label, a straight mark closed by the low-high style's closing one ("…“, допълни той"), and linking words."""

from __future__ import annotations

from tests.conftest import speakers_of as _speakers


def test_a_past_participle_opening_the_sentence_is_no_subject() -> None:
    article = 'Named the Orlin Council for Safety, the group also warned against "any foreign intervention".'
    assert _speakers(article) == ["the group"]


def test_a_role_and_a_name_after_the_opening_capitals_are_one_subject() -> None:
    article = (
        "Borean president Jane Roe said in a video address it was impossible to predict how many people would drown "
        "in the occupied districts because of the flooding, urging a “clear and rapid reaction” from her neighbours."
    )
    assert _speakers(article) == ["Borean president Jane Roe"]


def test_a_name_in_an_adverbial_after_the_subject_is_not_the_speaker() -> None:
    french = (
        '"Cette décision est illégitime", a déclaré la ministre boréenne lors d\'une visite aux côtés du maire '
        "d'Orlin Ivo Marek."
    )
    assert _speakers(french) == ["la ministre boréenne"]
    russian = (
        "Закрытие порта — «опасная ставка», заявил президент Бореи Иван Петров во время переговоров с коллегой "
        "Яном Ковачем."
    )
    assert _speakers(russian) == ["президент Бореи Иван Петров"]


def test_a_name_after_the_verb_that_follows_a_role_is_its_object() -> None:
    article = "В своём канале министр опубликовала пост.\nДипломат назвала визит Бореи Ивана Петрова «провокацией»."
    assert _speakers(article) == ["Дипломат"]


def test_he_is_the_person_the_paragraph_above_names_after_another_quote() -> None:
    article = (
        "Colonel Ivo Marek appeared on television, saying the army had “taken power”.\n\n"
        "The ruling party called the soldiers “traitors”.\n\n"
        "The coup drew condemnation abroad, including by Borean Foreign Minister Jane Roe.\n\n"
        "“I spoke with the president this morning,” he said."
    )
    assert str(_speakers(article)[-1]).endswith("Jane Roe")
    # the quote before is the last speaker's: "he" goes on with him, whoever the paragraph above names
    kept = (
        "“We will appeal,” Ivo Marek said.\n\nThe ruling follows a hearing before Judge Jane Roe.\n\n"
        "“We have the law on our side,” he said."
    )
    assert _speakers(kept) == ["Ivo Marek", "Ivo Marek"]


def test_a_phrase_a_preposition_opens_before_a_dropped_subject_is_no_speaker() -> None:
    article = (
        "- Rozwiązujemy radę miasta - oświadczył pułkownik Ivo Marek. Jako powód podał "
        '"złe rządy i brak bezpieczeństwa".'
    )
    assert _speakers(article) == ["pułkownik Ivo Marek", "pułkownik Ivo Marek"]


def test_a_quote_that_opens_with_the_verb_of_saying_is_the_subject_s_before_it() -> None:
    article = (
        'El consejo de Borea también "exigió la liberación inmediata del alcalde", expresó su apoyo a los vecinos '
        'y "subrayó la importancia de proteger a la población".'
    )
    assert _speakers(article) == ["El consejo de Borea", "El consejo de Borea"]


def test_a_details_label_names_no_speaker() -> None:
    article = (
        "Source: Ivo Marek announced this after a call with the Borean president.\n\n"
        'Details: "Next week I will lead the next mission to the plant."'
    )
    assert _speakers(article) == ["Ivo Marek"]


def test_a_straight_mark_closed_by_the_low_high_closing_mark_is_one_quote() -> None:
    article = (
        'Кметът Иван Петров посети пристанището.\n"Затварянето на пристанището излага на риск хиляди хора“, '
        'написа Петров в Туитър.\n"Това е възмутителен акт“, допълни той.'
    )
    assert _speakers(article) == ["Иван Петров", "Иван Петров"]


def test_linking_words_and_reflexive_verbs_open_no_subject() -> None:
    polish = 'Burmistrz Ivo Marek zamknął port. Równocześnie ostrzegł przed "jakąkolwiek interwencją".'
    # the subject the verb after the linking word drops is the one the sentence before named, not the linking word
    assert _speakers(polish) == ["Burmistrz Ivo Marek"]
    italian = '"È un crimine", ha detto Ivo Marek. Pertanto, "ha una nuova dimensione", ha aggiunto.'
    assert _speakers(italian) == ["Ivo Marek", "Ivo Marek"]
    french = "\"Qu'est-ce qui ne va pas avec eux ?\", s'est demandé Ivo Marek."
    assert _speakers(french) == ["Ivo Marek"]


def test_an_according_phrase_a_few_words_after_the_quote_names_its_speaker() -> None:
    article = "« La hausse continue des prix » au port est selon le maire Ivo Marek, la principale cause de la grève."
    assert _speakers(article) == ["maire Ivo Marek"]
    # a stop between: the next sentence's source, not this quote's
    assert _speakers('The bridge is "unsafe" for lorries. According to the mayor, it closes at noon.') == [None]


def test_an_aside_of_saying_set_off_by_dashes_names_no_one_of_its_own() -> None:
    article = "La comandancia de Borea ya mostró su apoyo al alcalde para -según dijo- evitar «un baño de sangre»."
    assert _speakers(article) == [None]  # (not "dijo- evitar" nor "-según": the subject before is the sentence's)


def test_the_seat_between_a_subject_and_its_verb_and_a_fronted_object_are_no_subject() -> None:
    assert _speakers("Посольство Бореи в Орлине назвало это «провокацией».") == ["Посольство Бореи"]
    assert _speakers("Визит Ивана Петрова посольство Бореи в Орлине назвало «провокацией».") == ["посольство Бореи"]
    assert _speakers("Глава МИД Иван Петров в Орлине заявил, что «переговоры продолжатся».") == [
        "Глава МИД Иван Петров"
    ]


def test_this_opening_the_sentence_that_credits_the_one_before_is_no_speaker() -> None:
    article = (
        "Пристанището остава затворено. Това заяви кметът на Орлин Иван Петров.\n"
        '"Ще отворим пристанището утре", допълни той.'
    )
    assert _speakers(article) == ["Иван Петров"]


def test_an_agency_relays_and_he_is_the_person_named_before_it() -> None:
    article = (
        "Borean Foreign Minister Jane Roe was among the leaders to condemn the blast on Tuesday, APA reports.\n"
        '"The blast puts thousands of people at risk," she said in a post.'
    )
    assert str(_speakers(article)[0]).endswith("Jane Roe")


def test_a_participle_phrase_after_the_quote_is_no_subject_of_the_noun_after_it() -> None:
    article = (
        'Mayor Ivo Marek on Wednesday condemned the "unlawful closure of the port," following media reports that the '
        "harbour master had been dismissed, a city spokesperson said."
    )
    assert _speakers(article) == ["Mayor Ivo Marek"]


def test_a_paragraph_a_dash_opens_under_a_line_of_saying_and_a_colon_is_its_speech() -> None:
    article = (
        "Bakan Ivo Marek şunları söyledi:\n\n- Şu anda, halkımızın geleceği belirleniyor ve tüm güçlerin birleşmesi "
        "gerekiyor. Her türlü kavgayı bir kenara atmak lazım."
    )
    assert _speakers(article) == ["Bakan Ivo Marek"]
    # a list under a line that says nothing, or items that are no sentence, are no speech
    listed = (
        "The ministry listed the measures:\n\n- Roads to the port will be closed for a week from Monday.\n\n"
        "- Ferries will run twice a day."
    )
    assert _speakers(listed) == []
    said = "The mayor said:\n\n- roads closed\n\n- ferries twice a day"
    assert _speakers(said) == []


def test_an_unmarked_paragraph_under_a_line_of_saying_and_a_colon_is_no_quote() -> None:
    article = (
        "He also posted a video on his channel:\n\nIvo Marek and Jane Roe worked closely together during the "
        "mayor's first term, though the two fell out after the vote."
    )
    assert _speakers(article) == []
    assert _speakers("Read more:\n\n- The mayor closed the port on Monday after the storm hit the coast.") == []


def test_a_frame_after_the_verb_of_saying_relays_and_the_subject_before_it_speaks() -> None:
    assert _speakers("“The port stays shut,” Marek said as quoted by Interfax.") == ["Marek"]
