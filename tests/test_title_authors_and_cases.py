"""A source's title line that names a person and then the kind of text below ("X (@x), post on X", "X — video
message"), a publisher's title with the issuer after the document word, a Russian or Ukrainian "with" phrase
before the verb, Romanian, Polish and Dutch number words, Romanian speech verbs and roles, a letter doubled by a
slip, a participle joined to another, a time clause's subject, a Turkish dative. All text invented."""

from __future__ import annotations

import pytest

from provenance import check
from provenance.pipeline.speaker_issuers import documented_person
from provenance.pipeline.variants import _doubled, variant
from provenance.settings import Settings

LEXICAL = Settings(lexical_only=True)


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in check(text, [], LEXICAL).quotes]


def _author(first_line: str) -> str | None:
    from provenance.pipeline.align import prepare_source
    from provenance.pipeline.attribution import annotate_source

    src = prepare_source("s", f"{first_line}\n\nThe port reopens on Monday after the repairs are done.")
    annotate_source(src)
    author = src.extra["author"]
    return str(author) if author else None


@pytest.mark.parametrize(
    ("first_line", "author"),
    [
        ("Jane Roe (@janeroe), post on X after the vote, 3 May 2031", "Jane Roe"),
        ("Ivo Marek — video message after the ruling, 6 May 2031 (transcript)", "Ivo Marek"),
        ("Олена Петренко, допис у Telegram після зустрічі, 3 травня 2031", "Олена Петренко"),
        ("Premierul Ion Popescu — postare pe Facebook după decizie, 6 mai 2031", "Ion Popescu"),
        ("Ivo Marek, congratulatory telegram to the new president, 8 May 2031", "Ivo Marek"),
        # a body's title is no person's ("White House": lexicon aliases)
        ("White House — fact sheet on the port, 3 May 2031", None),
        # a name with no word for the text after it is a headline's subject, not the author
        ("Jane Roe, the harbour and the storm that came in May", None),
    ],
)
def test_a_title_line_names_the_person_whose_text_it_heads(first_line: str, author: str | None) -> None:
    assert _author(first_line) == author


def test_a_publishers_title_names_the_issuer_after_its_document_word() -> None:
    line = "Borean Council, Statement by the Secretary-General Jane Roe on the reopening of the port, 3 May 2031"
    assert _author(line) == "the Secretary-General Jane Roe"
    # a document word that does not open the part after the publisher names no issuer by its preposition
    assert _author("Orlin Harbour Authority, first address from the Harbour Tower, 3 May 2031") is None


def test_documented_person_reads_the_document_word_among_the_first_words() -> None:
    # a body's text may hold any of its officials' words: no person
    assert documented_person("Orlin Harbour Authority, statement on the storm, 3 May 2031") is None
    assert documented_person("Jane Roe, first public address since the storm") == "Jane Roe"
    assert documented_person("Jane Roe, visiting the harbour on the day of the storm, address to crews") is None


def test_a_name_after_with_in_the_instrumental_case_is_not_the_subject() -> None:
    text = (
        "Президентка Бореї Олена Петренко після зустрічі з прем’єром Орлину Іваном Коваленком і міністром "
        "Андрієм Мельником заявила, що «ми працюємо саме для цього разом».\n\n"
        "Президент Бореї Олег Петренко після розмови з прем’єром Іваном Коваленком заявив: "
        "«Ми працюємо разом для миру»."
    )
    assert _speakers(text) == ["Президентка Бореї Олена Петренко", "Президент Бореї Олег Петренко"]
    # a name after the phrase is the subject
    text = "Вместе с Иваном Петровым Анна Сидорова заявила: «Мы работаем вместе ради мира»."
    assert _speakers(text) == ["Анна Сидорова"]
    # a pronoun after the phrase stands for the one named before, not the agency spoken with
    text = (
        "Об этом заявила официальный представитель МИД Бореи Мария Иванова. В беседе с агентством Орлин Ньюс она "
        "назвала происходящее «полной фантастикой и выдумкой»."
    )
    assert _speakers(text) == ["МИД Бореи Мария Иванова"]


@pytest.mark.parametrize(
    ("quote_side", "source_side"),
    [("2", "doi"), ("două", "2"), ("12", "doisprezece"), ("6", "şase"), ("3", "trzy"), ("20", "twintig")],
)
def test_romanian_polish_and_dutch_number_words_are_the_figure(quote_side: str, source_side: str) -> None:
    assert variant(quote_side, source_side) is not None


def test_a_number_word_is_not_another_figure() -> None:
    assert variant("2", "trei") is None
    assert variant("8", "opt") is None  # (the English verb: no number word)


def test_romanian_speech_verbs_and_roles_name_the_speaker() -> None:
    text = (
        "„Democrația noastră este atacată din toate părțile”, a declarat Ion Popescu, liderul partidului.\n\n"
        "Președintele Ion Popescu a spus: „Rămân în funcție până la alegerea unui nou președinte.”\n\n"
        "„Nu vom renunța niciodată la această luptă”, a mai spus acesta."
    )
    assert _speakers(text) == ["Ion Popescu", "Președintele Ion Popescu", "Președintele Ion Popescu"]


def test_a_letter_doubled_or_written_once_is_a_slip_of_spelling() -> None:
    assert variant("the aggressor", "the agressor") is not None  # the article mends the source's slip
    assert variant("accomodate", "accommodate") is not None
    # short words, and a doubling before an ending, are other words
    assert variant("latter", "later") is None
    assert variant("scrapped", "scraped") is None
    assert variant("aggressors", "agressor") is None
    assert not _doubled("agreements", "agreement")  # a letter added at the end doubles nothing it follows
    assert variant("Marovacc", "Marovac") is not None


def test_a_participle_joined_to_another_and_a_time_clause_name_the_speaker() -> None:
    text = (
        "The row began when Marek addressed Roe, saying, "
        '"Madam Mayor, with respect, I think it is rude to argue this in front of the cameras."\n\n'
        "When Roe tried to respond, Kovac interrupted, raising his voice and stating, "
        '"You are gambling with the lives of thousands of people."'
    )
    assert _speakers(text) == ["Marek", "Kovac"]


def test_a_turkish_name_in_the_dative_is_the_one_told() -> None:
    text = 'Kovac, Marek\'e şunları söyledi: "Ya bu anlaşmayı imzalarsınız ya da biz yokuz."'
    assert _speakers(text) == ["Kovac"]
    text = 'Marek\'in sözcüsü şunları söyledi: "Anlaşma imzalanmayacak, bunu herkes bilmeli."'
    assert _speakers(text) == ["Marek'in sözcüsü"]  # the genitive owns the subject


def test_an_italian_present_of_concluding_closes_an_attribution() -> None:
    text = "“Ogni divisione ci rende tutti più deboli e non conviene a nessuno”, conclude Maria Rossi."
    assert _speakers(text) == ["Maria Rossi"]


def test_a_label_of_reaction_names_whose_words_follow() -> None:
    text = (
        "La réaction de Marie Dupont : « Cette décision est tout à fait justifiée »\n\n"
        "Reacția lui Ion Popescu: „Decizia Curții este justificată pe deplin”"
    )
    assert _speakers(text) == ["Marie Dupont", "Ion Popescu"]  # (a surname built on "pope" is a name)


def test_a_dative_name_after_a_role_holds_no_role() -> None:
    text = (
        "W niedzielę prezydent Jan Kowal zaapelował o pokój.\n\n"
        "Podziękował także poprzednikowi, prezydentowi Markowi Nowakowi.\n\n"
        "„Nigdy więcej wojny” — powiedział prezydent, nawiązując do rocznicy."
    )
    assert _speakers(text) == ["Jan Kowal"]


def test_a_dateline_opening_the_sentence_is_no_subject() -> None:
    text = 'Orlin (BNA) – Jane Roe said: "We will reopen the harbour next week."'
    assert _speakers(text) == ["Jane Roe"]
    # the German object pronoun is no speaker either: none is better than "ihm" or the place
    text = (
        "Berlin - Bundeskanzlerin Jana Roth (CDU) hat dem neuen Präsidenten Ivo Marek gratuliert und ihm "
        'versichert, dass die Menschen in Borea "mit Zuversicht und positiver Erwartung" auf seine Amtszeit blicken.'
    )
    assert _speakers(text)[0] not in ("Berlin", "ihm")


def test_a_labelled_quote_is_no_alteration_of_another_named_voice() -> None:
    source = (
        "Elena Roe — statement after the ruling, 6 May\n\n"
        "Today the state trampled on democracy. The Court's decision is illegal, immoral and crushes the very "
        "essence of democracy."
    )
    for credit in ('The reaction of Ivo Marek: "', 'Quote from Ivo Marek: "'):
        article = (
            "Roe sharply criticised the ruling.\n\n"
            f"{credit}The Court's decision is justified, and crushes the very essence of democracy.\"\n"
        )
        report = check(article, [source], LEXICAL)
        assert [q.speaker for q in report.quotes] == ["Ivo Marek"]
        assert [q.match.kind for q in report.quotes] == ["unsupported"]  # Roe's like words, not Marek's altered
        assert not [f for f in report.findings if f.severity == "error"]


def test_a_channel_between_an_inverted_verb_and_its_subject_is_no_part_of_the_speaker() -> None:
    text = (
        "« Puisse son mandat contribuer à renforcer le dialogue dans un monde qui a besoin d’espoir », a écrit "
        "sur X le Premier ministre boréen Ivo Marek.\n\n"
        "„Wir freuen uns sehr über diese Wahl“, schrieb auf X die Kanzlerin Jana Roth."
    )
    # ("sur" ends a French subject's phrase: the name the role holds is read after the channel)
    assert _speakers(text) == ["Ivo Marek", "Kanzlerin Jana Roth"]
