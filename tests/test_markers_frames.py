"""Attribution phrases built around a verb or a document (markers/attribution_frames.py): the verb before its
subject in French, German and Spanish, the Arabic verb-first order and "جاء في", a Russian or Ukrainian document
with an impersonal verb, a Turkish statement's issuer, the English passive, and "in a statement" in eight
languages. Every sentence is invented; each row names the phrase the marker must span and the source it
credits."""

from __future__ import annotations

import pytest

from provenance.pipeline.markers import find_markers


def _attributions(text: str) -> list[tuple[str, str]]:
    """(words, source) of each attribution; the stop a phrase closes with, printed with it, left off here."""
    return [(m.text.rstrip(".,:;"), m.value["source"]) for m in find_markers(text) if m.kind == "attribution"]


# (text, the marker's text, its value.source)
CASES = [
    (
        "«Nous ne céderons pas», a déclaré le ministère dans un communiqué.",
        "a déclaré le ministère dans un communiqué",
        "ministère",
    ),
    ("« Le délai est tenu », a ajouté la Commission.", "a ajouté la Commission", "Commission"),
    (
        "Les travaux reprendront, a précisé vendredi la préfecture de Borea.",
        "a précisé vendredi la préfecture de Borea",
        "préfecture de Borea",
    ),
    (
        "Der Rat hat die Mittel gekürzt. Das teilte das Gericht in Borea am Freitag mit.",
        "Das teilte das Gericht in Borea am Freitag mit",
        "Gericht",
    ),
    (
        "Die Brücke bleibt gesperrt, teilte die Stadtverwaltung am Montag mit.",
        "teilte die Stadtverwaltung am Montag mit",
        "Stadtverwaltung",
    ),
    (
        '"Wir prüfen das", sagte die Sprecherin des Ministeriums.',
        "sagte die Sprecherin des Ministeriums",
        "Sprecherin des Ministeriums",
    ),
    ("Die Lage sei ernst, schreibt der Gerichtshof.", "schreibt der Gerichtshof", "Gerichtshof"),
    ('"Es reicht", sagte Jane Roe am Montag.', "sagte Jane Roe am Montag", "Jane Roe"),
    (
        '"No hay plazo", dijo este lunes el ministro de Hacienda.',
        "dijo este lunes el ministro de Hacienda",
        "ministro de Hacienda",
    ),
    ('"Seguimos", señaló la portavoz.', "señaló la portavoz", "portavoz"),
    ("وقال بيان وزارة الخارجية إن المحادثات مستمرة.", "وقال بيان وزارة الخارجية إن", "بيان وزارة الخارجية"),
    ("وجاء في بيان المحكمة أن القرار نهائي.", "وجاء في بيان المحكمة أن", "بيان المحكمة"),
    (
        "В сообщении Министерства обороны отмечается, что работы завершены.",
        "В сообщении Министерства обороны отмечается, что",
        "Министерства обороны",
    ),
    ("У заяві міністерства йдеться про нові правила.", "У заяві міністерства йдеться", "міністерства"),
    (
        "Bakanlık'tan yapılan yazılı açıklamada, çalışmaların sürdüğü belirtildi.",
        "Bakanlık'tan yapılan yazılı açıklamada",
        "Bakanlık",
    ),
    (
        "This was stated in the ministry's statement on Monday.",
        "This was stated in the ministry's statement on Monday",
        "the ministry's statement",
    ),
    ("It is reported on the council's website.", "It is reported on the council's website", "the council's website"),
    # "in a statement" and its translations: the document credited
    (
        "In a formal statement on Saturday, the office denied it.",
        "In a formal statement on Saturday",
        "a formal statement on Saturday",
    ),
    (
        "Le ministère s’est félicité de l’accord dans un communiqué publié samedi.",
        "dans un communiqué publié samedi",
        "un communiqué publié samedi",
    ),
    (
        "Die Regierung äußerte sich in einer schriftlichen Stellungnahme.",
        "in einer schriftlichen Stellungnahme",
        "einer schriftlichen Stellungnahme",
    ),
    ("El ministerio respondió en un comunicado.", "El ministerio respondió en un comunicado", "El ministerio"),
    ("Об этом говорится в письменном заявлении ведомства.", "говорится в письменном заявлении", "письменном заявлении"),
    ("Міністерство відповіло у письмовій заяві.", "Міністерство відповіло у письмовій заяві", "Міністерство"),
    ("وردت الوزارة في بيان لها على الانتقادات.", "في بيان لها", "بيان لها"),
    ("Bakanlık yazılı açıklamada bulundu.", "yazılı açıklamada", "yazılı açıklamada"),
    # a subject named before its verb; a document frame joined to the attribution it touches
    ("Jane Roe dijo que el puerto abrirá.", "Jane Roe dijo que", "Jane Roe"),
    ("Le président borien a précisé que tout allait bien.", "Le président borien a précisé que", "Le président borien"),
    ("Министр Иван Петров заявил, что работы завершены.", "Министр Иван Петров заявил, что", "Министр Иван Петров"),
    # ... with any verb of saying of the speaker lexicon ("рассказал", "напомнил", "уточнив")
    ("Петров напомнил, что накануне порт закрыли.", "Петров напомнил, что", "Петров"),
    # German: a separable verb with its particle right after it, and ", so X weiter."
    ("Roe fügte hinzu, der Hafen bleibe zu.", "Roe fügte hinzu", "Roe"),
    ("Der Hafen bleibe zu, so Roe weiter.", "so Roe weiter", "Roe"),
    ("Іван Петренко уточнив, що роботи тривають.", "Іван Петренко уточнив, що", "Іван Петренко"),
    ("In a statement, Jane Roe said the port would reopen.", "In a statement, Jane Roe said", "Jane Roe"),
    ('"We will act," the U.S. president stressed.', "the U.S. president stressed", "the U.S. president"),
    # Arabic: a name after the verb closed by a preposition, Egyptian "فى", a statement with its possessive
    ("وقال جان رو فى بيانه المكتوب إن الميناء مفتوح.", "وقال جان رو فى بيانه المكتوب إن", "جان رو"),
    ("وأردف رئيس الوزراء أنّ الميناء مفتوح.", "وأردف رئيس الوزراء أنّ", "رئيس الوزراء"),
    # Ukrainian and Russian: a verb of saying, then a role after its adjective, or a name
    # the dash that opens an attribution after the quote is the phrase's ("», – зазначив")
    ("«Ми готові», – зазначив борейський міністр.", "– зазначив борейський міністр", "борейський міністр"),
    ("«Мы готовы», — сказал мэр Иван Петров.", "— сказал мэр Иван Петров", "мэр Иван Петров"),
    # dash-led speech without quotation marks: the comma and the dash open the attribution
    ("– Ми готові до переговорів, – зазначив Іван Петренко.", "– зазначив Іван Петренко", "Іван Петренко"),
    # a title with its point belongs to the source ("selon M. X")
    ("Selon M. Marek, le port rouvrira lundi.", "Selon M. Marek", "M. Marek"),
    # an Arabic role, its body and a foreign name of three words
    (
        "وقالت المتحدثة باسم الرئاسة البوريانية جين رو مارك إن الميناء سيفتح",
        "وقالت المتحدثة باسم الرئاسة البوريانية جين رو مارك إن",
        "المتحدثة باسم الرئاسة البوريانية جين رو مارك",
    ),
    ("«Мы готовы», — говорит Петров.", "— говорит Петров", "Петров"),
    # Turkish: the verb closing the quote's sentence credits the name that opens it
    ('Bakan Jane Roe, "Limanı yarın açıyoruz" dedi.', "dedi", "Bakan Jane Roe"),
    ('Roe, yaptığı açıklamada "Hazırız" diye konuştu.', "diye konuştu", "Roe"),
    ('Liman açıldı. Bakan Roe, "Yarın başlıyoruz" dedi.', "dedi", "Bakan Roe"),  # not the text's first sentence
    # where one spoke, beside what speaks: an address, a video, a speech, with two adjectives or a complement
    (
        "President Ivo Marek said in an emergency televised address that the revolt had failed.",
        "President Ivo Marek said in an emergency televised address that",
        "President Ivo Marek",
    ),
    (
        "« Nous tiendrons », a déclaré Ivo Marek dans une allocution télévisée.",
        "a déclaré Ivo Marek dans une allocution télévisée",
        "Ivo Marek",
    ),
    ("وقال مارك في خطاب للأمة إن التمرد فشل.", "وقال مارك في خطاب للأمة إن", "مارك"),
    # the channel, venue and time after the verb, to the clause's end, are part of the phrase
    (
        "Jane Roe told reporters at a news conference in Borea.",
        "Jane Roe told reporters at a news conference in Borea",
        "Jane Roe",
    ),
    ("Ivo Marek wrote on Telegram that the port was open.", "Ivo Marek wrote on Telegram that", "Ivo Marek"),
    ("«Порт відкрито», — написав Іван Петренко у соцмережах.", "— написав Іван Петренко у соцмережах", "Іван Петренко"),
    (
        "« Le port est ouvert », a-t-il dit. « Non », a écrit Ivo Marek sur Telegram.",
        "a écrit Ivo Marek sur Telegram",
        "Ivo Marek",
    ),
    ('"El puerto está abierto", dijo Ivo Marek a los periodistas.', "dijo Ivo Marek a los periodistas", "Ivo Marek"),
    ("وقال مارك للصحفيين في بوريا إن الميناء مفتوح.", "وقال مارك للصحفيين في بوريا إن", "مارك"),
    # a name's particle, joined or apart; "as reported by"; "with reference to" closing an agency's credit
    (
        "Prime Minister Ivo al-Marek's office said in a statement that the port was open.",
        "Prime Minister Ivo al-Marek's office said in a statement that",
        "Prime Minister Ivo al-Marek's office",
    ),
    ("The port is open, as reported by Borea Wire.", "as reported by Borea Wire", "Borea Wire"),
    ('Jane Roe said the port would reopen. "It stays open," she tweeted.', "she tweeted", "Jane Roe"),
    # German ", so X." closing a sentence; a name and a colon before a quote; "Quote from X:"
    ("Hilfe werde geleistet, so die Ministerin Jane Roe.", "so die Ministerin Jane Roe", "die Ministerin Jane Roe"),
    ("Der Hafen\n\nRoe: «Wir handeln jetzt»\n\nMehr.", "Roe", "Roe"),
    ('The port shut.\n\nQuote from Marek: "The port stays shut."', "Quote from Marek", "Marek"),
    # a document that speaks
    ('"The port stays shut," the statement reads.', "the statement reads", "the statement"),
    (
        '"The port stays shut," reads the council\'s statement.',
        "reads the council's statement",
        "the council's statement",
    ),
    # a frame naming the occasion before the attribution, opening the sentence
    (
        "The port shut. In a video published on Saturday morning, Ivo Marek said it would reopen.",
        "In a video published on Saturday morning, Ivo Marek said",
        "Ivo Marek",
    ),
    # a sentence crediting the one before it
    (
        "Порт закрито. Про це глава міста Іван Петренко повідомив у Telegram.",
        "Про це глава міста Іван Петренко повідомив у Telegram",
        "глава міста Іван Петренко",
    ),
    ("Порт закрыт. Об этом сообщил мэр Иван Петров.", "Об этом сообщил мэр Иван Петров", "мэр Иван Петров"),
    (
        "The port shut. This was stated by Mayor Ivo Marek on Telegram.",
        "This was stated by Mayor Ivo Marek on Telegram",
        "Mayor Ivo Marek",
    ),
    # a role's complement and the name set off after it; a reply framed as a reaction
    (
        "«Nous ne partirons pas», a réagi le chef de la diplomatie boréenne, Ivo Marek.",
        "a réagi le chef de la diplomatie boréenne, Ivo Marek",
        "Ivo Marek",
    ),
    # the pluperfect of a statement recalled, a religious leader by role, a demand, a verb of saying again
    ('"No negociaremos", había dicho el pontífice.', "había dicho el pontífice", "pontífice"),
    ('"Wir müssen helfen", verlangte die Ministerin.', "verlangte die Ministerin", "Ministerin"),
    ('"The port stays shut," Jane Roe reiterated.', "Jane Roe reiterated", "Jane Roe"),
    # "in the words of", and a dash between the quote and the inverted verb
    ('"نحن بحاجة إلى الشجاعة"، على حد تعبير الوزير.', "على حد تعبير الوزير", "الوزير"),
    (
        '"Le port reste fermé"- a souligné le porte-parole du ministère.',
        "- a souligné le porte-parole du ministère",
        "porte-parole du ministère",
    ),
    # a compound verb alone after a quote, its subject dropped: the person named before
    ("Jane Roe a parlé du port. « Il reste fermé », a précisé.", "a précisé", "Jane Roe"),
    # adjectives between the article and the role; the German perfect, the participle closing the clause
    (
        "„Wir helfen“, sagte der boreische Ministerpräsident Ivo Marek am Montag.",
        "sagte der boreische Ministerpräsident Ivo Marek am Montag",
        "Ministerpräsident Ivo Marek",
    ),
    ("«Ayudaremos», dijo el primer ministro boreano.", "dijo el primer ministro boreano", "ministro boreano"),
    (
        'Er lud ihn ein, um "zu verhandeln", hatte Marek auf der Plattform X erklärt.',
        "hatte Marek auf der Plattform X erklärt",
        "Marek",
    ),
    ('"Wir helfen", hat die Ministerin gesagt.', "hat die Ministerin gesagt", "Ministerin"),
    # a role in commas between the name and the channel; a role first, then the name in commas
    (
        '"We back it," said Jane Roe, the Borean president\'s security adviser, on X.',
        "said Jane Roe, the Borean president's security adviser, on X",
        "Jane Roe",
    ),
    (
        '"We back it," the president\'s security adviser, Jane Roe, said on X.',
        "the president's security adviser, Jane Roe, said on X",
        "Jane Roe",
    ),
    # a verb alone before its channel; "he" after the sentence that named him as its subject
    ("Jane Roe a parlé du port. « Il reste fermé », a écrit sur X.", "a écrit sur X", "Jane Roe"),
    ('"We back it," said Jane Roe, the adviser, adding that it was late.', "said Jane Roe", "Jane Roe"),  # a clause
    # an auxiliary or an adverb between the subject and its verb; a news agency named with its kind
    ("President Jane Roe has said the attack was planned.", "President Jane Roe has said", "President Jane Roe"),
    (
        "Spokesman Ivo Marek initially said the port was shut.",
        "Spokesman Ivo Marek initially said",
        "Spokesman Ivo Marek",
    ),
    (
        "The official Orlin news agency said the port was shut.",
        "The official Orlin news agency said",
        "The official Orlin news agency",
    ),
    # a name right after the verb is what was said about, not a venue; an outlet after "told" is the channel
    ('The Orlin agency said Borea "closed the port".', "The Orlin agency said", "The Orlin agency"),
    ('"The port is closed," Jane Roe told Reuters.', "Jane Roe told Reuters", "Jane Roe"),
    # a title abbreviation in an inverted subject; an adverb or a name in commas before a subject's verb; a role in
    # lower case before a Cyrillic name; a German tail with a participle and "vom"
    ("« Nous partons », a déclaré M. Marek dans un communiqué.", "a déclaré M. Marek dans un communiqué", "M. Marek"),
    ("Marek también dijo: «Nos vamos».", "Marek también dijo", "Marek"),
    ("El ministro, Ivo Marek, dijo: «Nos vamos».", "El ministro, Ivo Marek, dijo", "El ministro, Ivo Marek,"),
    (
        "За даними видання, міністр Іван Петренко заявив, що порт закрито.",
        "міністр Іван Петренко заявив, що",
        "міністр Іван Петренко",
    ),
    (
        "„Wir gehen“, sagte Marek in seiner vom Ministerium veröffentlichten Erklärung.",
        "sagte Marek in seiner vom Ministerium veröffentlichten Erklärung",
        "Marek",
    ),
    # Turkish: a subject's own statement, and the words that announce the quote after the frame
    (
        'Bakan Ivo Marek yaptığı açıklamada, "Liman kapalı" dedi.',
        "Bakan Ivo Marek yaptığı açıklamada",
        "Bakan Ivo Marek",
    ),
    (
        'Bakan Ivo Marek açıklamasında şunları söyledi: "Liman kapalı."',
        "Bakan Ivo Marek açıklamasında şunları söyledi",
        "Bakan Ivo Marek",
    ),
    (
        "Советник Иван Петров поддержал решение. «Мы рады», — написал он в социальной сети.",
        "— написал он в социальной сети",
        "Иван Петров",
    ),
    # an elided French article; a document as the subject; a German adjective before its noun, the verb after it
    ("La vedette a chaviré au large, a indiqué l'armée de l'air.", "a indiqué l'armée de l'air", "armée de l'air"),
    (
        "Le navire a coulé lundi, selon les forces navales grecques.",
        "selon les forces navales grecques",
        "forces navales grecques",
    ),
    ("El barco se hundió el lunes, reza el comunicado.", "reza el comunicado", "comunicado"),
    ("De acuerdo a lo informado por Reuters, el barco se hundió.", "De acuerdo a lo informado por Reuters", "Reuters"),
    (
        "Nach Angaben der griechischen Küstenwache sank das Schiff.",
        "Nach Angaben der griechischen Küstenwache",
        "griechischen Küstenwache",
    ),
    ("The vessel sank on Monday, according to officials.", "according to officials", "officials"),
    (
        "He spoke to his counterpart later, according to his spokeswoman.",
        "according to his spokeswoman",
        "his spokeswoman",
    ),
    # an age epithet after the verb is the subject, as a role would be
    (
        "« Nous gagnerons », a déclaré le maire de 72 ans dans un communiqué.",
        "a déclaré le maire de 72 ans dans un communiqué",
        "maire de 72 ans",
    ),
    (
        "„Wir gewinnen“, erklärte der 72-Jährige am Sonntag in einem Brief.",
        "erklärte der 72-Jährige am Sonntag in einem Brief",
        "72-Jährige",
    ),
    # a committee speaks as a ministry does (a jury, an organising or a parliamentary committee)
    ("« La chorale porte la voix des villages », a déclaré le comité.", "a déclaré le comité", "comité"),
    ("«El coro lleva la voz de los pueblos», señaló el comité.", "señaló el comité", "comité"),
]


@pytest.mark.parametrize(("text", "phrase", "source"), CASES)
def test_attribution_frame(text: str, phrase: str, source: str) -> None:
    assert (phrase, source) in _attributions(text), _attributions(text)


# No attribution may come out of these: a pronoun after the verb, a German verb whose subject is any noun, a
# separable verb without its particle, an Arabic verb followed by "إن" or "في", a release that is no document.
NEGATIVES = [
    '"Wir prüfen das", sagte er am Montag.',
    "Es regnete, so dass die Straße nass war.",
    'Q: "Is it true?"',
    "Die Lage sei ernst, erklärt die Situation nicht ganz.",
    "Der Vertrag teilte das Land in zwei Zonen.",
    "« Nous verrons », a-t-il déclaré.",
    '"Ya veremos", dijo ella.',
    "وقال إن المحادثات مستمرة.",
    "The prisoners were freed after a release of hostages.",
    "The bridge was built in a year.",
    "Luego dijo que sí.",
    "Das Werk schreibt schwarze Zahlen.",  # a German noun is capitalised like a name; "schreiben" is no saying here
    '"Hazırız" dedi.',
    "«Мы готовы», — сказал он.",
    '"Wir prüfen das", sagte er, und der Minister schwieg.',
    "Er hatte das Land verlassen, hatte die Arbeit beendet und erklärt.",  # no subject before the participle
    'The team met Jane Roe. "We act," he said the vote was good.',  # "he said" opens what was said
    "„Wir gewinnen“, erklärte der Vertrag von 1990 nicht.",  # a year is no age
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_attribution_frame(text: str) -> None:
    assert _attributions(text) == []


# An attribution to "he" (or to no word at all) takes the source of the attribution before it that names
# someone; with none before it, nothing is reported.
@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        ('Jane Roe said the port was open. "We act," he added.', "he added", "Jane Roe"),
        ("Jane Roe a parlé. « Nous agissons », a-t-elle déclaré.", "a-t-elle déclaré", "Jane Roe"),
        (
            "Jane Roe sagte, der Hafen sei offen. „Wir handeln“, fügte sie weiter hinzu.",
            "fügte sie weiter hinzu",
            "Jane Roe",
        ),
        ("Иван Петров заявил, что порт открыт. По его словам, работы идут.", "По его словам", "Иван Петров"),
        ("وقال جان رو إن الميناء مفتوح. وأضاف أن العمل مستمر.", "وأضاف أن", "جان رو"),
        ('Bakan Jane Roe, "Hazırız" dedi. "Yarın başlıyoruz" dedi.', "dedi", "Bakan Jane Roe"),
    ],
)
def test_a_pronoun_attribution_takes_the_source_named_before(text: str, phrase: str, source: str) -> None:
    found = [
        (m.text.rstrip(".,:;"), m.value["source"])
        for m in find_markers(text)
        if m.kind == "attribution" and m.value.get("pronoun")
    ]
    assert (phrase, source) in found, found


def test_a_pronoun_attribution_with_no_one_named_before_is_not_reported() -> None:
    assert _attributions('"We act," he added.') == []


# A tail that runs into the reported statement, or a frame that is not an occasion, leaves the phrase as it was.
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Ivo Marek said on Tuesday the port was closed.", "Ivo Marek said"),
        ("Ivo Marek said on Telegram the council lied.", "Ivo Marek said"),
        ("وردت الوزارة في بيان لها على الانتقادات.", "في بيان لها"),
        ("In Borea, Ivo Marek said the port was shut.", "Ivo Marek said"),
    ],
)
def test_attribution_reach_stops(text: str, phrase: str) -> None:
    assert phrase in [p for p, _ in _attributions(text)], _attributions(text)


def test_an_attribution_is_printed_with_the_stop_that_closes_it() -> None:
    texts = [m.text for m in find_markers('"The port is open," Jane Roe said. "It stays open," Roe added: "Now."')]
    assert texts == ["Jane Roe said.", "Roe added:"]


def test_a_time_word_before_a_turkish_statement_is_no_subject() -> None:
    found = _attributions("Dün yaptığı açıklamada bakan limanın kapalı olduğunu söyledi.")
    assert not any("Dün" in source for _, source in found), found


def test_an_embedded_posts_signature_and_a_channel_named_in_quote_marks() -> None:
    assert _attributions("A post.\n— Secretary Jane Roe (@SecRoe) January 26, 2024\n") == [
        ("— Secretary Jane Roe (@SecRoe) January 26, 2024", "Secretary Jane Roe")
    ]
    assert ('وقال مارك في تغريدة على "إكس"', "مارك") in _attributions('وقال مارك في تغريدة على "إكس": "نرحب بالقرار".')


def test_an_arabic_source_named_in_quote_marks_after_its_cue() -> None:
    found = _attributions('وتمنى للجرحى الشفاء، بحسب موقع قناة "الأفق" البوريانية.')
    assert found == [('بحسب موقع قناة "الأفق" البوريانية', 'موقع قناة "الأفق" البوريانية')], found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("В ведомстве также уточнили, что войска отведены.", "ведомстве"),
        ("У міністерстві повідомили, що війська відведено.", "міністерстві"),
        ("В Кремле заявили, что переговоры продолжатся.", "Кремле"),
    ],
)
def test_a_body_in_the_locative_and_a_plural_verb_of_saying_is_an_attribution(text: str, source: str) -> None:
    assert source in [src for _, src in _attributions(text)]


def test_a_time_or_a_place_in_the_locative_is_no_body_that_speaks() -> None:
    assert _attributions("В городе сообщили о взрыве у вокзала.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "as X said" with the verb last in German (a separable verb joined at the clause's end) ...
        (
            "Wie die Hafenbehörde in Borea mitteilte, bleibt der Hafen geschlossen.",
            ("Wie die Hafenbehörde in Borea mitteilte", "die Hafenbehörde"),
        ),
        ("Wie Coast Wire berichtete, bleibt der Hafen geschlossen.", ("Wie Coast Wire berichtete", "Coast Wire")),
        # ... and with the subject after the verb in French
        ("Comme l'a rappelé le ministère, le port reste fermé.", ("Comme l'a rappelé le ministère", "le ministère")),
        # an organisation credited in lower case, and a weekday glued to a body's name
        (
            "Cases rose sharply, the organisation said in a statement.",
            ("the organisation said in a statement", "the organisation"),
        ),
        ("A statement from the BHA Wednesday said the outbreak was grave.", ("the BHA Wednesday said", "the BHA")),
    ],
)
def test_as_said_frames_organisations_and_a_glued_weekday(text: str, want: tuple[str, str]) -> None:
    assert want in _attributions(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Le port restera fermé, a déclaré le ministre, cité par Coast Wire.", ("cité par Coast Wire", "Coast Wire")),
        ("El puerto sigue cerrado, dijo el ministro, citado por Coast Wire.", ("citado por Coast Wire", "Coast Wire")),
    ],
)
def test_the_outlet_that_quoted_the_speaker_is_credited(text: str, want: tuple[str, str]) -> None:
    assert want in _attributions(text)


def test_a_pronoun_after_german_wie_credits_no_one_of_its_own() -> None:
    assert _attributions("Wie er sagte, bleibt der Hafen geschlossen.") == []
