"""Phrases next to a verb of saying that are not its speaker: the subject of a passive verb ("The plan was
announced …"), a clause of how the speaker said it ("وقال وهو يبتسم"), an adverbial after an inverted verb
("afirmó al llegar …"); and bodies that speak in Italian and German after their verb ("scrive il Consiglio",
"sagte das Ministerium"). Invented snippets."""

from __future__ import annotations

import pytest

from provenance import check
from provenance.pipeline import speaker_roles
from provenance.settings import Settings
from tests.conftest import speakers_of as _speakers

LEXICAL = Settings(lexical_only=True)


@pytest.mark.parametrize(
    "article",
    [
        'The new timetable was announced on Monday at the depot, for a line that "will run every ten minutes".',
        "Le nouvel horaire a été annoncé lundi au dépôt, pour une ligne qui « passera toutes les dix minutes ».",
        "Der neue Fahrplan wurde am Montag im Depot verkündet, für eine Linie, die „alle zehn Minuten fahren“ soll.",
        "El nuevo horario fue anunciado el lunes en la cochera, para una línea que «pasará cada diez minutos».",
        "Il nuovo orario è stato annunciato lunedì al deposito, per una linea che «passerà ogni dieci minuti».",
    ],
)
def test_a_passive_verb_of_saying_has_no_speaker_before_it(article: str) -> None:
    assert _speakers(article) == [None]


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # "quoted as saying" keeps its subject, without the auxiliary
        ('Ivo Marek was quoted as saying the line "will run every ten minutes".', "Ivo Marek"),
    ],
)
def test_an_active_verb_after_be_keeps_its_subject(article: str, want: str) -> None:
    assert _speakers(article) == [want]


def test_passive_reads_the_auxiliary_and_the_verb() -> None:
    assert speaker_roles.passive("The timetable was", "announced")
    assert not speaker_roles.passive("Marek was", "saying")
    assert not speaker_roles.passive("Marek was", "quoted", " as saying the line")
    assert not speaker_roles.passive("Marek", "announced")


def test_a_pronoun_clause_after_an_arabic_verb_goes_on_with_the_speaker() -> None:
    article = 'وقال سامر الحداد إن "البناء تأخر سنوات".\n\nوقال وهو يبتسم للتلاميذ: "هذه المدرسة ستفتح أبوابها للجميع".'
    assert _speakers(article) == ["سامر الحداد", "سامر الحداد"]


def test_an_adverbial_after_an_inverted_verb_is_no_speaker() -> None:
    article = (
        "Marta Ruiz, copresidenta de Vecinos Unidos, afirmó al llegar a la sede del Consejo 2024, que «la obra es de "
        "los vecinos»."
    )
    assert _speakers(article) == ["Marta Ruiz"]


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # an inverted aside between an Italian subject and its verb names the body that speaks
        (
            "I Volontari del Soccorso, scrive il Consiglio comunale, hanno contribuito a «costruire una scuola aperta "
            "a tutti».",
            "il Consiglio comunale",
        ),
        # particles of a name are no clause ("sagte von der Aa")
        ("„Wir bleiben bei dem Plan“, sagte von der Aa am Freitag.", "von der Aa"),
    ],
)
def test_inverted_bodies_and_particles(article: str, want: str) -> None:
    assert _speakers(article) == [want]


def test_is_body_reads_case_endings_not_compounds() -> None:
    assert speaker_roles.is_body("Comitato")
    assert speaker_roles.is_body("Ministeriums")
    assert not speaker_roles.is_body("Regierungserklärung")


def test_a_separable_particle_is_no_part_of_the_inverted_subject() -> None:
    article = "Bericht\n\n„Die Einheit des Landes ist entscheidend“, hob der Bürgermeister hervor.\n"
    assert _speakers(article) == ["der Bürgermeister"]


def test_a_role_stands_for_the_last_speaker_the_text_gave_it_to() -> None:
    article = (
        'Borean President Ivo Marek said on Sunday that the blockade "has ended at last".\n\n'
        "The collapse of President Jan Roe's government came after a week of protests.\n\n"
        'The President added: "We will work with every partner in the region."\n'
    )
    assert _speakers(article)[1] == "Ivo Marek"


def test_an_agency_named_after_a_second_quote_relays_the_speaker_of_the_first() -> None:
    article = (
        "خبر\n\n"
        "صرح المتحدث سامي الحداد في مؤتمر صحفي بأن «الطريق سيفتح غدا أمام السيارات» وبأن «الشاحنات ستعبر "
        "صباحا بعد التفتيش»، وفق وكالة رويترز.\n"
    )
    speakers = _speakers(article)
    assert len(speakers) == 2 and speakers[1] == speakers[0] and "رويترز" not in (speakers[1] or "")


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # the role's complement ("of State", "del Porto") is no given name
        (
            "Borean Secretary of State Ivo Marek met the envoy on Monday.\n\n"
            'Marek said that the blockade is "a weapon against the harbour towns."',
            "Ivo Marek",
        ),
        (
            "Il molo resterà chiuso fino a maggio, ha precisato il direttore del Porto Ivo Marek in conferenza stampa. "
            '"Riapriremo entro giugno", ha aggiunto.',
            "Ivo Marek",
        ),
        # a reflexive possessive opens the object of a verb-last clause, never its subject
        (
            "Городская управа свой отказ объяснила тем, что «мост нуждается в срочном ремонте».",
            "Городская управа",
        ),
        # a linking "Так," opens the sentence that names the body the statement is of
        (
            "Так, Борея не підтримує поромну програму і повідомила про це сусідів.\n\n"
            '"Це означає закриття порту для вантажних суден", - йдеться в заяві.',
            "Борея",
        ),
        # a participle of answering after the verb is no subject: the one who spoke before
        (
            "Il porto riapre a giugno, ha annunciato il sindaco Ivo Marek. "
            '"Non cambia nulla per i pescatori", ha spiegato rispondendo a chi chiedeva se il guasto al molo possa '
            "spostare la posizione della giunta.",
            "Ivo Marek",
        ),
        # a time adverbial after an according-to frame's name ("on Monday evening")
        (
            'The pier will stay shut until spring. It is "closed for repairs," according to Borea Ports on Monday '
            "evening.",
            "Borea Ports",
        ),
    ],
)
def test_words_beside_a_name_that_are_no_part_of_it(article: str, want: str) -> None:
    assert _speakers(article)[-1] == want


def test_an_outlets_name_in_marks_is_no_voice_a_later_quote_goes_on_with() -> None:
    article = (
        "Министр транспорта Иван Петров заявил о закрытии порта, сообщает РИА «Новости».\n\n"
        "«Порт будет закрыт до весны, пока не починят причал»."
    )
    assert _speakers(article) == [None, "Министр транспорта Иван Петров"]


def test_dash_speech_after_a_sentence_end_and_a_subheading_that_is_no_given_name() -> None:
    # Polish news print direct speech opened by a dash mid-paragraph, after the sentence that names the speaker; a
    # subheading line ("Komentarz Maleckiego") above a surname lends it no given name
    article = (
        "Burmistrz Jan Malecki ogłosił zamknięcie portu. – Prace potrwają do wiosny, a promy nie będą kursować – "
        "przekazał dziennikarzom.\n\nKomentarz Maleckiego\n\nPrzewodniczący rady Adam Nowak poparł tę decyzję.\n\n"
        "– Nie mamy innego wyjścia w tej sytuacji – powiedział Nowak na konferencji prasowej w ratuszu."
    )
    quotes = check(article, [], LEXICAL).quotes
    assert [q.text.split()[0] for q in quotes] == ["Prace", "Nie"]
    assert quotes[1].speaker == "Adam Nowak"


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # the words after the verb reach a form of "be": they are what was said, no speaker
        ("The harbour master, who also voiced his “deep concern”, said the spill was a “serious” blow to the "
         "fishing town.", ["the spill was"]),
        ("Officials said the bridge was “safe for now” after the inspection.", ["the bridge was"]),
    ],
)  # fmt: skip
def test_a_clause_after_the_verb_is_no_speaker(article: str, want: list[str]) -> None:
    assert not set(_speakers(article)) & set(want)


def test_a_speaker_after_the_verb_is_still_read() -> None:
    assert _speakers("“We will rebuild the quay,” said the harbour master, who was visibly moved.") == [
        "the harbour master"
    ]


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # German: whom the speaker told, in the dative after the name, is no part of the speaker
        ("„Das ist erst der Anfang“, sagte Hafenmeister Jonas Keller der örtlichen Nachrichtenagentur.",
         "Hafenmeister Jonas Keller"),
        ("„Das ist erst der Anfang“, sagte Anna Berg dem Sender Nord.", "Anna Berg"),
        # a role's own complement stays: no name before the article
        ("„Das ist erst der Anfang“, sagte der Sprecher des Hafenamts.", "der Sprecher des Hafenamts"),
        # "for" between a role and its capitalised field is the role's, and "and" joins a second field
        ('The Minister for Harbours and Coastal Works said the plan was "a good start".',
         "The Minister for Harbours and Coastal Works"),
        ('Minister for Harbours Jana Roe said the plan was "a good start".', "Minister for Harbours Jana Roe"),
        # after the verb, the capitalised words right after "and" are the second field, no name closing the role
        ('"A good start," said the Minister for Harbours and Coastal Works.', "the Minister"),
        # "for" elsewhere still ends the phrase
        ('Speaking for the port authority, Jana Roe said the plan was "a good start".', "Jana Roe"),
    ],
)  # fmt: skip
def test_a_speakers_phrase_ends_where_its_words_do(article: str, want: str) -> None:
    assert _speakers(article)[0] == want


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # Polish: an adverb of time after the verb ("następnie", "potem") is no subject; the one named before goes on
        ('"To dopiero początek" - napisał Jan Nowak na Twitterze. Dodał następnie: "świat się zmienił".',
         ["Jan Nowak", "Jan Nowak"]),
        ('"To dopiero początek" - powiedział potem rzecznik ratusza Jan Nowak.', ["rzecznik ratusza Jan Nowak"]),
    ],
)  # fmt: skip
def test_a_polish_adverb_after_the_verb_is_no_speaker(article: str, want: list[str]) -> None:
    assert _speakers(article) == want
