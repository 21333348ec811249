"""Speakers the text names in part where it named them in full before: a title and a surname ("President
Carver"), an Arabic surname (no capitals mark the given names), an age epithet ("der 72-Jährige") standing for
the person the story is about, and a German perfect's subject before its auxiliary."""

from __future__ import annotations

import pytest

from provenance.pipeline.speaker_epithets import aged
from provenance.pipeline.speaker_fullnames import without_complement
from tests.conftest import speakers_of as _speakers


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # a title before the surname is kept, the given name the text gave before is put back
        (
            "President Joe Carver said on Sunday he would step down.\n\n"
            'In a letter, President Carver wrote: "It was an honour to serve this town."',
            "President Joe Carver",
        ),
        (
            "Borean Defence Minister Ivo Marek visited the port on Monday.\n\n"
            '"The port stays open," Defence Minister Marek told reporters.',
            "Defence Minister Ivo Marek",
        ),
        # a courtesy word is no title: it is dropped as before
        ('Jane Doe arrived in Orlin.\n\n"We are ready," Ms Doe said.', "Jane Doe"),
    ],
)
def test_a_title_and_a_surname_are_the_person_named_in_full_before(article: str, want: str) -> None:
    assert _speakers(article) == [want]


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # a nationality adjective with the article before the given name
        (
            'وقال الرئيس البوري إيفو ماريك يوم الأحد إنه سينسحب.\n\nوكتب ماريك: "لقد كان أعظم شرف في حياتي أن أخدم".',
            "إيفو ماريك",
        ),
        # a role and its complement before the given name
        ('وأعلن وزير الدفاع لويد كارفر الخطة.\n\nوقال كارفر: "سنعمل معا من أجل الميناء".', "لويد كارفر"),
        # a verb before the surname is no given name: the surname stays as it is
        ('وفي الأمس انسحب كارفر من السباق.\n\nوقال كارفر: "سنعمل معا من أجل الميناء".', "كارفر"),
    ],
)
def test_an_arabic_surname_is_the_full_name_after_a_role_or_nationality(article: str, want: str) -> None:
    assert _speakers(article) == [want]


def test_a_surname_two_people_share_is_the_one_the_story_names_first() -> None:
    # the subject is introduced first; a relative named in full after does not take the surname from them
    article = (
        "Prime Minister Jane Roe paid tribute to the late president on Monday.\n\n"
        "Roe first met him as a child in the 1980s, on a visit with her father, former Senator John Roe.\n\n"
        '"It is always a privilege to be in this house," Roe said.'
    )
    assert _speakers(article) == ["Jane Roe"]
    # ... and a surname only one person of the text bears is theirs wherever they were named
    one = article.replace("former Senator John Roe", "former Senator John Doe")
    assert _speakers(one) == ["Jane Roe"]
    # a headline's possessive before the surname is the country, no given name named first
    headline = "Borea's Roe says the late president was a friend\n\n" + one
    assert _speakers(headline) == ["Jane Roe"]
    # ... nor another person's surname before it ("Покушение на Марека Петров назвал …": two surnames side by side)
    russian = (
        "Покушение на Марека Петров назвал чудовищным преступлением\n\n"
        "Президент Сергей Петров направил телеграмму коллеге. Покушение на жизнь премьера Ивана Марека не имеет "
        "оправданий.\n\n«Это чудовищное преступление», — написал Петров."
    )
    assert _speakers(russian) == ["Сергей Петров"]


@pytest.mark.parametrize(
    ("article", "lang_note", "want"),
    [
        (
            "Le président Joe Carver a annoncé dimanche son retrait.\n\n"
            "« Ce fut un honneur de servir cette ville », a déclaré le maire de 72 ans dans un communiqué.",
            "fr",
            "Joe Carver",
        ),
        (
            "US-Präsident Joe Carver hat am Sonntag seinen Rückzug erklärt.\n\n"
            "„Es war eine Ehre, dieser Stadt zu dienen“, erklärte der 72-Jährige am Sonntag in einem Brief.",
            "de",
            "Joe Carver",
        ),
        (
            "Президент Джо Карвер в воскресенье объявил о выходе из гонки.\n\n"
            "«Служить этому городу было честью», — написал 72-летний политик.",
            "ru",
            "Джо Карвер",
        ),
    ],
)
def test_an_age_epithet_stands_for_the_person_named_before(article: str, lang_note: str, want: str) -> None:
    (who,) = _speakers(article)
    assert who is not None and who.endswith(want), lang_note


def test_an_age_epithet_with_an_indefinite_article_is_someone_new() -> None:
    article = 'President Joe Carver met families in Orlin.\n\n"We are not safe here," a 35-year-old man said.'
    assert _speakers(article) == ["a 35-year-old man"]


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("the 72-year-old", True),
        ("der 72-Jährigen", True),
        ("il 72enne", True),
        ("72 yaşındaki politikacı", True),
        ("the third anniversary", False),
        ("3 anniversary events", False),
        ("the law of 1905", False),
    ],
)
def test_age_epithets_in_each_language(phrase: str, want: bool) -> None:
    assert aged(phrase) is want


def test_a_german_perfect_names_its_subject_before_the_auxiliary() -> None:
    # "… hat am Sonntag seinen Rückzug erklärt": the nouns before the participle are no subject
    article = (
        "Ministerin Jana Roe hat am Sonntag ihren Rückzug erklärt.\n\n"
        "„Es war eine Ehre, diesem Land zu dienen“, sagte sie."
    )
    (who,) = _speakers(article)
    assert who is not None and who.endswith("Jana Roe")


def test_an_age_epithet_is_the_person_given_that_age_not_the_last_speaker() -> None:
    article = (
        "Port deal signed\n\nJane Roe, 59, met the harbour board and its new chair, Joe Carver, on Monday.\n\n"
        '"We are ready," Carver said.\n\n"It was an honour to sign it," the 59-year-old said.'
    )
    assert _speakers(article)[-1] == "Jane Roe"


def test_an_age_epithet_without_an_age_given_is_the_story_s_subject() -> None:
    # the one quoted last is not whom the epithet varies: the story names its subject most often
    article = (
        "Joe Carver se retire, Jane Roe candidate\n\n"
        "Le président Joe Carver a annoncé dimanche son retrait. Carver soutient sa vice-présidente Jane Roe. "
        "Carver reste en poste jusqu'en janvier.\n\n"
        "« Je suis honorée », a réagi Jane Roe.\n\n"
        "« Ce fut un honneur de servir cette ville », a déclaré le maire de 72 ans dans un communiqué."
    )
    assert _speakers(article) == ["Jane Roe", "Joe Carver"]


def test_a_title_and_a_full_name_before_a_closing_verb_is_the_speaker_not_the_clause_before() -> None:
    # "X closed Monday morning, Harbour Master Jan Marek announced.": the titled name is the subject, no apposition
    article = (
        "Port closes\n\nThe northern quay closed Monday morning, Harbour Master Jan Marek announced.\n\n"
        '"At 7:35 this morning, the last ferry left the northern quay," he said.'
    )
    assert _speakers(article) == ["Harbour Master Jan Marek"]


@pytest.mark.parametrize(
    ("article", "want"),
    [
        (
            "Il porto è chiuso. Lo conferma la Sala Stampa della Capitaneria, in un comunicato che indica l'ora:\n\n"
            "«Cari amici, con dispiacere devo annunciare la chiusura del molo nord fino a lunedì».",
            "la Sala Stampa della Capitaneria",
        ),
        (
            "El puerto está cerrado. Lo confirmó la Capitanía en un comunicado:\n\n"
            "«Queridos vecinos, con pesar debo anunciar el cierre del muelle norte hasta el lunes».",
            "la Capitanía",
        ),
        # a role after the verb gives way to the name in apposition after it
        (
            "Roma, 6 giu. - La banca ha tagliato i tassi. Lo ha affermato la presidente della Banca, Jana Roe nella "
            'conferenza stampa a Orlin: "È ora opportuno moderare il grado di inasprimento della politica monetaria".',
            "Jana Roe",
        ),
    ],
)
def test_an_object_pronoun_before_the_verb_is_no_speaker_the_subject_follows(article: str, want: str) -> None:
    assert _speakers(article) == [want]


def test_a_capitalised_verb_after_a_headline_quote_s_colon_opens_a_new_clause() -> None:
    # "‘…’: Read Full Text of …": an imperative, no "read the statement" attribution; a verb in lower case after
    # a colon still attributes
    headline = "‘The Last Ferry Left the Northern Quay’: Read Full Text of the Harbour Master’s Notice\n\nText."
    assert _speakers(headline) == [None]
    assert _speakers("Title\n\n«Мы победим»: заявил министр Иван Петров.") == ["министр Иван Петров"]


def test_an_adverbial_after_the_verb_is_no_inverted_subject_the_titled_surname_before_is() -> None:
    # "X, le capitaine Marek, a annoncé avec regret le départ du maire Ivo": not the one whose departure is announced
    article = (
        "Titre\n\nLe chef du port, le capitaine Marek, a annoncé avec regret le départ du maire Ivo, en ces termes : "
        "«Chers amis, c'est avec un profond regret que je dois vous annoncer la nouvelle.»"
    )
    assert _speakers(article) == ["Marek"]
    # a body a role's complement names is no surname under its title
    assert _speakers('Title\n\nThe head of Orlin said: "We are ready."') == ["The head of Orlin"]


def test_an_article_and_a_dash_is_no_speaker() -> None:
    # "in das - so wörtlich - „Becken der Hoffnung“": an aside of the reporter's, no subject before a verb
    article = (
        "Titel\n\nDie Fähre ist am Morgen abgefahren. Kapitän Marek gab bekannt, die Fähre sei um 7 Uhr 35 in "
        'das - so wörtlich - "Becken der Hoffnung" zurückgekehrt.'
    )
    assert _speakers(article) != ["das -"]


def test_an_arabic_clause_joined_last_before_the_quote_has_its_own_speaker() -> None:
    # "the agency reported, and the harbour master announced …: «…»": the harbour master, not the agency
    article = (
        'أفادت وكالة الأفق الإخبارية، وأعلن مدير الميناء يان ماريك عبر قناة الميناء "أيها الأصدقاء الأعزاء، '
        'بكل أسف أعلن إغلاق الرصيف الشمالي".'
    )
    assert _speakers(article) == ["يان ماريك"]


@pytest.mark.parametrize(
    ("article", "want"),
    [
        (
            "Hafen zu\n\nDer Hafen ist zu. Das wurde am Ostermontag vom Leiter der Behörde, Kapitän Jan "
            "Marek, mitgeteilt. „Liebe Freunde, mit Bedauern muss ich die Schließung des Nordkais "
            "bekannt geben.“",
            "Kapitän Jan Marek",
        ),
        (
            "Port closes\n\nThe statement was read on Monday by Harbour Master Jan Marek, the port's head. \"Dear "
            'friends, with regret I must announce the closure of our northern quay."',
            "Harbour Master Jan Marek",
        ),
    ],
)
def test_a_passive_verb_of_saying_names_its_agent_as_the_speaker_of_the_quote_after_it(article: str, want: str) -> None:
    assert _speakers(article) == [want]


def test_by_after_a_verb_that_is_no_saying_names_no_speaker() -> None:
    article = 'Port closes\n\nThe port was closed on Monday by Jan Marek, the harbour master. "We are sorry."'
    assert _speakers(article) != ["Jan Marek"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Poco fa il Capitano Jan Marek ha annunciato la chiusura del molo, con queste parole: ",
        "A short while ago, Harbour Master Jan Marek announced the quay's closure with these words: ",
    ],
)
def test_a_time_phrase_opening_the_sentence_is_no_part_of_its_subject(sentence: str) -> None:
    from provenance.pipeline.speakers import _subject_of_last_verb

    who, _ = _subject_of_last_verb(sentence, 0)
    assert who is not None and who.endswith("Jan Marek") and not who.lower().startswith(("poco", "a short"))


def test_an_age_epithet_is_the_person_its_own_paragraph_named_before_it() -> None:
    # both named as often, the other first: the one the quote's paragraph is about
    article = (
        "Jane Roe candidate\n\nJane Roe a remercié Joe Carver. Jane Roe a parlé.\n\n"
        "Joe Carver annonce son retrait. « Il est temps de partir », a déclaré le maire de 72 ans. Joe Carver "
        "reste en poste."
    )
    assert _speakers(article)[-1] == "Joe Carver"


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # a role's complement in the genitive before the name: the name
        (
            "«Мы впервые поднимем флаг», - заявил на пресс-конференции во вторник генеральный секретарь Альянса "
            "Иван Петров.",
            "Иван Петров",
        ),
        (
            "Заявление подтвердил генеральный секретарь НАТО Иван Петров. По его словам, «флаг поднимут завтра».",
            "Иван Петров",
        ),
        ("«Ми не відступимо», — сказав генеральний секретар Альянсу Іван Петренко.", "Іван Петренко"),
        # a patronymic makes three capitalised words one name; a body's name in the genitive stays whole
        ("«Решение окончательное», — сказал Иван Петрович Сидоров.", "Иван Петрович Сидоров"),
        ("«Решение окончательное», — заявили Вооружённые Силы Карелии.", "Вооружённые Силы Карелии"),
    ],
)
def test_a_genitive_complement_before_a_russian_or_ukrainian_name_is_no_part_of_it(article: str, want: str) -> None:
    assert _speakers(article) == [want]


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("Госдепартамента США Иван Роу", "Иван Роу"),
        ("Службы Безопасности Карелии Иван Малюк", "Иван Малюк"),
        ("Службы Безопасности Карелии", "Службы Безопасности Карелии"),  # every word may be a genitive: a body
        ("Карелии Анна Смирнова", "Карелии Анна Смирнова"),  # a female name reads as a genitive too: left whole
        ("Реджеп Тайип Эрдоган", "Реджеп Тайип Эрдоган"),  # a first word of another ending: a name of three
        ("Офис Президента Карелии", "Офис Президента Карелии"),  # a role inside: a body's name
    ],
)
def test_without_complement_drops_only_a_genitive_or_an_acronym_before_a_name(phrase: str, want: str) -> None:
    assert without_complement(phrase) == want


@pytest.mark.parametrize("outlet", ["Интерфакс", "Вестник Борей"])
def test_a_pronoun_after_a_sentence_an_outlet_relays_is_the_one_who_spoke_there(outlet: str) -> None:
    # "передает X" closes the sentence: a medium relays what the verb before it has its subject say, whether or
    # not the outlet is a listed one
    article = (
        "Петров: в Борее считают решение ошибкой\n"
        "Решение является ошибкой, в Борее этот шаг считают опасным, заявил журналистам пресс-секретарь "
        f"президента Иван Петров, комментируя решение, передает {outlet}.\n\n"
        "Фото: Вестник\n"
        "«Это очередное обострение ситуации», — сказал он."
    )
    assert _speakers(article) == ["Иван Петров"]


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # a family name written first, used alone after: the three words are one name, not its last two
        ('El presidente Park Ji Hoon habló ayer. Park pidió perdón.\n"Dejo en manos del partido la decisión", '
         "ha aseverado el presidente.", "Park Ji Hoon"),
        ("Президент Пак Чжи Хун выступил. Пак извинился.\n«Я прошу прощения», — сказал президент.", "Пак Чжи Хун"),
        # a body's name in an oblique case before the person stays out, however often the text writes it
        ("Представитель МИД Бореи Алёна Сивцова выступила. Президент Бореи промолчал.\n«Порт открыт», — сказала "
         "представитель.", "Алёна Сивцова"),
    ],
)  # fmt: skip
def test_a_role_stands_for_a_name_of_three_words_written_family_name_first(article: str, want: str) -> None:
    assert _speakers(article) == [want]
