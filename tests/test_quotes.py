"""Quote extraction and speakers: a table of styles, splits, nesting, paragraphs and languages."""

from __future__ import annotations

import pytest

from provenance.pipeline.quotes import extract

STYLES = [
    ('He said "the line is open" today.', "the line is open"),
    ("He said “the line is open” today.", "the line is open"),
    ("Він сказав «лінія відкрита» сьогодні.", "лінія відкрита"),
    ("Er sagte „die Linie ist offen“ heute.", "die Linie ist offen"),
    ("He said ‘the line is open’ today.", "the line is open"),
    ("Il a dit ‹la ligne est ouverte› hier.", "la ligne est ouverte"),
    ("Он сказал «линия „почти“ открыта» вчера.", "линия „почти“ открыта"),  # nested
    ("He said “the coalition’s mission is over” today.", "the coalition’s mission is over"),  # apostrophe inside
    ("He said “the plan is ‘final’ now” today.", "the plan is ‘final’ now"),
    ('He said “the mixed style closes here," she said.', "the mixed style closes here,"),
    # a name in straight marks inside a straight-marked quote, both closed at once
    ('"Це зрада бійців групи "Орлін"", - заявив він.', 'Це зрада бійців групи "Орлін"'),
    ('He said "the group "Alpha" will stay" and left.', 'the group "Alpha" will stay'),
]


@pytest.mark.parametrize(("text", "want"), STYLES)
def test_quote_styles(text: str, want: str) -> None:
    qs = extract(text)
    assert [q.text for q in qs] == [want]
    assert text[qs[0].start : qs[0].end] == want


def test_split_quote_is_one_quote_joined_by_a_space() -> None:
    text = '"This line will bring Riverside closer," he said, "and it will be fast."'
    (q,) = extract(text)
    assert q.text == "This line will bring Riverside closer, and it will be fast."
    assert len(q.parts) == 2
    assert q.start == 1 and q.end == len(text) - 1


def test_two_sentences_of_one_speaker_stay_two_quotes() -> None:
    text = '"First sentence here," Mayor Ann Low said. "Second sentence here."'
    qs = extract(text)
    assert [q.text for q in qs] == ["First sentence here,", "Second sentence here."]
    assert [q.speaker for q in qs] == ["Mayor Ann Low", "Mayor Ann Low"]


def test_quote_over_paragraphs() -> None:
    text = "She said: “The first paragraph of the speech.\n\n“The second paragraph of the speech.”\n\nAfter."
    (q,) = extract(text)
    assert q.text == "The first paragraph of the speech. The second paragraph of the speech."
    assert len(q.parts) == 2


def test_unclosed_quote_runs_to_its_paragraph_end_and_says_so() -> None:
    found = extract("He said “this never closes.\n\nNext paragraph without a mark.")
    assert [(q.text, q.unclosed) for q in found] == [("this never closes.", True)]
    assert all(not q.unclosed for q in extract("He said “this closes” and left."))


def test_an_unclosed_quote_ends_with_its_sentence_where_its_mark_opens_the_next_quote() -> None:
    # a page that never closes its first quote, then quotes again with the same mark in the same paragraph: a
    # writer nesting a quote takes the other mark, so the first ended with its sentence
    text = (
        "The envoy said: “Foreign warships have no business near our coast.\n"
        "He called the flight “a deliberate provocation” and asked “who would accept this at home?”"
    )
    found = extract(text)
    assert [(q.text, q.unclosed) for q in found] == [
        ("Foreign warships have no business near our coast.", True),
        ("a deliberate provocation", False),
        ("who would accept this at home?", False),
    ]
    # with no sentence stop before the mark comes again, the first is read on as before
    assert len(extract("He said “the “old” plan is dead and buried\n\nMore.")) == 1


def test_a_lone_mark_before_a_word_or_two_is_no_quote() -> None:
    assert extract('A 5" screen.\n\nHe said ‘no.\n\nThe end “here') == []


def test_unclosed_quote_is_an_info_finding() -> None:
    from provenance import check

    rep = check("The minister said: “We will open the crossing on Monday\n\nOther news.",
                sources=["We will open the crossing on Monday."])  # fmt: skip
    assert [q.match.kind for q in rep.quotes] == ["verbatim"]
    assert [(f.code, f.severity) for f in rep.findings if f.code == "QUOTE_UNCLOSED"] == [("QUOTE_UNCLOSED", "info")]


SPEAKERS = [
    ('"We will build it," said Mayor Tomas Verhoeven.', "Mayor Tomas Verhoeven"),
    ('"We will build it," Mayor Tomas Verhoeven said.', "Mayor Tomas Verhoeven"),
    ('"We will build it," said the Pentagon in a statement on Thursday.', "the Pentagon"),
    ('A Pentagon official later told journalists that "the meetings are not about withdrawal."', "A Pentagon official"),
    ('According to the minister, "the budget is final."', "the minister"),
    ("«Ця лінія буде готова», – заявив мер Томас Верховен.", "мер Томас Верховен"),
    ("«Эта линия будет готова», – сообщил мэр Томас Верховен.", "мэр Томас Верховен"),
    ("Sudani earlier this month said that the withdrawal is “necessary” for stability.", "Sudani"),
    ('"It is done," transport director Ana Lind noted.', "transport director Ana Lind"),
    ('The report is out. "Nobody is named here."', None),
]


@pytest.mark.parametrize(("text", "who"), SPEAKERS)
def test_speakers(text: str, who: str | None) -> None:
    (q,) = extract(text)
    assert q.speaker == who


def test_pronoun_takes_the_previous_speaker() -> None:
    text = '"First," said the Pentagon.\n\n"Second," it added.'
    assert [q.speaker for q in extract(text)] == ["the Pentagon", "the Pentagon"]


def test_attribution_before_the_next_quote_is_not_the_previous_ones() -> None:
    text = "The Pentagon said the US “remains committed” and the ministry said “it renews its commitment.”"
    assert [q.speaker for q in extract(text)] == ["The Pentagon", "the ministry"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('Bakan Mira Odrani, basın toplantısında "Boğaz yeniden açılacak" dedi.', "Mira Odrani"),
        # Turkish: the name that closes a participle clause before the quote ("… sorulan Kaya, "…" diye konuştu")
        ('Boğazın ne zaman açılacağı sorulan Kaya, "Henüz erken" diye konuştu.', "Kaya"),
        ('Gemilerin, limanda beklediğini hatırlatan Bakan Odrani, "Boğaz açılacak" dedi.', "Bakan Odrani"),
        ('وقال وزير الموارد المائية محمد جواد الخرساني إن "الجانب سيرفع الاطلاقات".', "الخرساني"),
        # after the quote, behind an Arabic comma; a frame before the verb ("with these words … summed up")
        ("«فرقنا تمكنت من السيطرة على الحريق»، قال العميد فارس الكعبري، مشيراً إلى أن الفرق منعت وصولها.", "الكعبري"),
        ("«البلاغ ورد في الساعة الحادية عشرة»، بهذه الكلمات لخص المتحدث العميد فارس الكعبري بداية الليلة.", "الكعبري"),
        ("« Le détroit sera rouvert », a déclaré la ministre Corinne Vasseur.", "Corinne Vasseur"),
        ("„Wir sehen erste Anzeichen“, sagte Präsident Wendelin Aust am Donnerstag.", "Wendelin Aust"),
        ("«La inflación bajará», afirmó el ministro Pablo Ruiz.", "Pablo Ruiz"),
        ("Präsident Wendelin Aust äußerte sich am Donnerstag. „Das ist ein gutes Zeichen“, sagte er.", "Wendelin Aust"),
        ("Речниця Альона Сівцова виступила у вівторок. «Ми працюємо», – сказала вона.", "Альона Сівцова"),
        ('Minister Oleh Hnatiuk spoke. "We work," Hnatiuk said. "We cannot begin," the official said.', "Hnatiuk"),
    ],
)  # fmt: skip
def test_speakers_in_eight_languages(text: str, who: str) -> None:
    assert who in (extract(text)[-1].speaker or "")


def test_a_listener_is_no_speaker_and_an_unknown_one_is_null() -> None:
    assert extract('Officials met. "We act," he said.')[0].speaker is None
    assert extract('Mayor Ana Lind told journalists: "We act."')[0].speaker != "journalists"


def test_a_dateline_before_a_verb_first_sentence_is_no_speaker() -> None:
    text = 'مدينة (وكالة الأنباء) - أعلنت وزارة الصحة، يوم الخميس، أن "الحملة ستبدأ الأسبوع المقبل في كل المدن".'
    (q,) = extract(text)
    assert q.speaker == "وزارة الصحة"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a quote that opens its sentence goes on from the sentence before, which named the speaker (inverted)
        ("Auf die Frage nach dem Hafen sagte Aust, die Lage sei ernst. „Wir wissen noch nicht genug.“", "Aust"),
        # a colon introduces: the clause before it has the speaker, whatever the verb and whatever follows
        ("Aust verwies auf die Löhne: „Die Löhne steigen.“ Auch die Sprecherin Lea Brandt sagte: „Wir warten.“",
         "Aust"),
        ("Interrogé par l'ACP, M. Kallan a toutefois précisé : « Nous n'excluons rien. »", "M. Kallan"),
        ("Mayor Ana Lind said the port was shut. Then she returned to the budget: “We will not cut it.”", "Ana Lind"),
        # a role with the body it serves is an apposition, the name before it speaks
        ("Iwan Berg, Direktor der Hafenbehörde, sagte in einer Sendung: „Wir öffnen morgen.“", "Iwan Berg"),
        # a pronoun's antecedent is the subject that opens the sentence before, where no speech verb names one
        ('Mayor Ana Lind spoke at the port after the storm hit Orlin, and she made clear who pays. "The state will '
         'pay," she said.', "Ana Lind"),
        # a quote closing its sentence after a speech verb is that verb's, not the next sentence's
        ('Lind said the closure was "a last resort." She said she had no date for the reopening.', "Lind"),
        # Arabic: a name in apposition to a verb-first role; a participle after the main clause
        ("وأشار المتحدث باسم الوزارة، سامي حداد، إلى أن “الميناء سيفتح غدا”.", "سامي حداد"),
        ("أدانت وزارة الخارجية، اليوم السبت، بشدة الهجوم على الميناء، لافتة إلى أن “هذا العمل مرفوض”.",
         "وزارة الخارجية"),
        # Arabic: an opening adverbial is passed over; the name closing a role phrase; a verb alone goes on; a
        # name in quote marks is no earlier quote; "عن X قوله"; a word with a shadda is one word
        ("بدوره، قال المتحدث باسم الدائرة سامي حداد إن “العمل مستمر”.", "سامي حداد"),
        ("ويرى المحلل المتخصص في شؤون النقل رامي يوسف العطار أن الخطة “لن تكفي هذا العام”.", "رامي يوسف العطار"),
        ("وقال الوزير نادر الشمّاع إن “الميناء سيفتح”.\n\nوأضاف: “لن نغلقه مرة أخرى”.", "الشمّاع"),
        ("وقال المتحدث باسم الدائرة سامي حداد، في تصريح لـ“المرفأ”، إن “العمل مستمر”.", "سامي حداد"),
        ("ونقلت الوكالة عن المديرة في الشركة ليلى حداد قولها: «سنصل قبل الموعد».", "ليلى حداد"),
        # Arabic: the addressee in quote marks ends the subject; subject before the verb; an object after the
        # subject; the issuer of a statement; a role resolved to the name after an honorific, across a comma
        ('وقال الطبيب كريم الزبيدي لـ"صوت الجنوب": "المستشفى يعمل بكامل طاقته منذ الصباح".', "كريم الزبيدي"),
        ('لكن رئيس لجنة النقل النائب ماهر سالم العبيدي رأى، في حديث لـ"الرصيف" مساء الأحد، أن "الخطة جاءت '
         'متأخرة جداً".', "ماهر سالم العبيدي"),
        ('وحذر المحافظ نزار الخفاجي أصحاب المحال من "رفع الأسعار خلال فترة الإغلاق".', "نزار الخفاجي"),
        ('ودعت دائرة الصحة السكان إلى "الابتعاد عن ضفاف النهر حتى إشعار آخر".', "دائرة الصحة"),
        ('وبحسب بيان صادر عن مديرية الموانئ، فإن "الرصيف الرابع سيبقى مغلقاً".', "مديرية الموانئ"),
        ('وقال المتحدث باسم الدائرة، المهندس سامي كاظم العلي، إن "العمل مستمر".\n\n'
         'وطمأن المتحدث المزارعين بأن "مخزون المياه يكفي حتى نهاية الموسم".', "العلي"),
        ("According to a statement issued by the port authority, the berth “will stay closed until Monday.”",
         "the port authority"),
        # "as X noted" frames; a pluperfect with an adverb; a name after a particle; a role and its body, then the
        # name; the one who relays another's words; a verb alone after a comma; Turkish "karşılığını verdi"
        ("Як зазначила в заяві міністерка оборони Зоряна Квітчаста, «переговори не про відведення військ».",
         "Зоряна Квітчаста"),
        ("Как заявил министр обороны Олег Петров, «переговоры не касаются вывода войск».", "Олег Петров"),
        ("Lundi, la ministre de la Santé, Anne Morel, avait déjà souligné dans un communiqué que « rien ne change ».",
         "Anne Morel"),
        ("À Dar el-Nour, le porte-parole du ministère, Rami al-Hamdi, a assuré que « rien n'a été demandé ».",
         "Rami al-Hamdi"),
        ("Голова Сосновської громади Павло Лисенко подякував будівельникам: «Люди чекали на цей міст два роки».",
         "Павло Лисенко"),
        ("Asked whether the port would close, spokeswoman Lea Brandt said it would not. \"Nobody has asked us to "
         "close it,\" she said.", "Lea Brandt"),
        ('Lea Brandt said she knew of no request. She said the unions had told the port that "they want the talks '
         'to continue."', "Lea Brandt"),
        ('Limanın kapanıp kapanmayacağını soran gazetecilere Brandt, "Henüz bir karar yok." karşılığını verdi.',
         "Brandt"),
        ('وأكد الوزير سامي حداد أن "الميناء سيفتح غداً"، مضيفاً أنه "لن يغلق مرة أخرى هذا العام".', "سامي حداد"),
        ("وطالب النائب رامي الصباغ الحكومة بـ«فتح الطريق خلال يومين».", "رامي الصباغ"),
        ("«الطريق سيفتح خلال يومين»، على حد تعبير المحافظ نزار الشمري.", "نزار الشمري"),
        # German »…«; "sie" is a pronoun, not a month
        ("Konzernchefin Deborah Quell sprach von einer Entscheidung. »Wir schließen das Werk«, erklärte sie.",
         "Deborah Quell"),
        # a pronoun in the subject walk is resolved; a surname alone opening the sentence before
        ("Port chief Helen Marchetti spoke first.\n\nAsked about the data, she said: “We have no evidence.”",
         "Helen Marchetti"),
        # a name alone before a colon; the name closing a described speaker after the verb
        ("Ob die Brücke saniert wird, ist offen. Landesbetriebschef Jan Korn: „Wir prüfen sechs Wochen lang.“",
         "Jan Korn"),
        ("»Die Kunden merken nichts«, versicherte der für das Geschäft zuständige Manager Martin Oyelaran.",
         "Martin Oyelaran"),
        # ... but a body's name after the verb is the body, whole ("the UK Space Agency", not "Space Agency")
        ("“A great day for science,” added the UK Space Agency.", "the UK Space Agency"),
        ("“The mission goes on,” said the North Atlantic Council.", "the North Atlantic Council"),
        # Arabic: the one "عن … قوله" names, with an apposition and words on the occasion before the quote
        ("ونقل بيان الاتحاد عن منى الراوي، مديرة المشاريع فيه، قولها خلال الزيارة إن «العمل سينتهي قريباً».",
         "منى الراوي"),
        # ... after the quote: the one a statement relays
        ("«سنعيد فتح الجسر خلال أسبوع»، وفق ما نقل بيان البلدية، الصادر أمس، عن مديرها المهندس وليد الجنابي.",
         "وليد الجنابي"),
        # an honorific pronoun (معاليه) goes back to the named speaker
        ("وقال معالي سالم راشد الكتبي وزير النقل إن «الطريق آمن».\n\nوأضاف معاليه أن «الجسر سيفتح غداً».",
         "سالم راشد الكتبي"),
        # a subject before "كان قد" and a subject before the verb and its addressee (لـ"…")
        ("مدير الميناء نبيل فارس الحسني كان قد أكد، في بيان، أن «الرصيف جاهز».", "نبيل فارس الحسني"),
        ('رئيس اتحاد المزارعين، جمال الشيخلي، قال لـ"الصحيفة" إن "الموسم سيكون صعباً".', "جمال الشيخلي"),
        # an apposition inside the pluperfect; a title after an object verb's subject
        ("وكانت المتحدثة باسم البلدية، هدى ناصر، قد قالت إن العمل بدأ، مضيفة: «سننتهي في الموعد».", "هدى ناصر"),
        ("وتحذر الدكتورة سلمى الحيالي، أستاذة الجيولوجيا، من أن «الصخور قد تنهار».", "سلمى الحيالي"),
        # a long occasion between the speaker and the complementiser
        ("وقال الناطق باسم الوزارة عماد كاظم الحسو، خلال مؤتمر صحفي مشترك مع وزير المالية في مبنى "
         "الوزارة وسط العاصمة، إن الحكومة قررت \"تأجيل الرسوم حتى نهاية العام\".", "عماد كاظم الحسو"),
        # a role goes back to the name written after it, closed by a stop word, not by a nisba
        ("ودافعت وزيرة النقل رنا الزيدي عن الخطة أمس في البرلمان.\n\nوقالت الوزيرة إن «الخطة ستنفذ كاملة».",
         "رنا الزيدي"),
        # "عن X تأكيده أن": a verbal noun of speech with the speaker's pronoun
        ("ونقل البيان عن المحافظ تأكيده أن «الطريق سيفتح قريباً».", "المحافظ"),
        # a document named by "according to" speaks only where no person does
        ("وبحسب البيان، أدان الوزير عماد الحسو الهجوم على القافلة، عاداً أن «هذه الأعمال لن تمر».", "عماد الحسو"),
        # a participle after the quote goes on with the subject before it
        ("من جانبها، أعربت الوزيرة لينا فارس عن تقديرها «للجهود التي بذلتها الفرق»، مؤكدة استمرار الدعم.",
         "لينا فارس"),
        # "أما X فأكد"; a role's field adjective is no family name; a role and the name in apposition
        ("أما قائد الفرقة، العميد سامر الحلو، فأكد أن «الطريق آمن».", "سامر الحلو"),
        ("أعلن الناطق باسم الجيش اللواء فراس الخطيب أن العمل بدأ.\n\n«الطريق آمن»، أضاف الناطق العسكري.",
         "فراس الخطيب"),
        ("وكتب السفير الجديد لدى الجمهورية، ماريو فيلا، في تغريدة: «نبدأ مرحلة جديدة».", "ماريو فيلا"),
        ("رئيس بلدية المدينة، كريم الساعدي، كتب عبر حسابه على منصة إكس أن «الجسر سيفتح غداً».", "كريم الساعدي"),
        # a bare quote opening the next paragraph goes on with the speaker of the one before
        ("وقال المدير سليم الراوي إن «العمل بدأ».\n\n«لن نتوقف قبل نهاية الشهر».", "سليم الراوي"),
        # a relative clause after the subject is no part of it, and its verb is not the sentence's
        ("المديرة العامة للشركة، هالة الدوري، التي أعلنت نية الطعن، شددت من جهتها على أن «الثقة أولاً».",
         "هالة الدوري"),
        # a coordinated speech verb with no subject of its own shares the opening verb's
        ("وأرجع الإسباني ماركو لينتي، مدرب الفريق، الفوز إلى التبديلات بين الشوطين، وقال في المؤتمر: «كنا أفضل».",
         "ماركو لينتي"),
        # a participle goes on with the subject the sentence opened with ("وكانت X قد …")
        ("وكانت النيابة العامة قد التمست تشديد العقوبة، معتبرة أن «الضرر لا يجبر بالمال».", "النيابة العامة"),
        # a live blog's line: a title and a name, no verb, then a colon; names joined by "عبد"
        ("19:12\nالقاضي عبد الكريم الزين عند النطق بالحكم: «المحكمة تنظر في العقد وحده».", "عبد الكريم الزين"),
        # "بحسب تعبيره" after the quote is the one named before it; an indefinite official stays anonymous
        ("ونقلت الوكالة عن مسؤول في البلدية قوله إن «العمل سيستغرق شهراً»، بحسب تعبيره.", "مسؤول"),
        # a body between كان and قد is the speaker whole, not the words after "في"
        ("وكانت وزارة الزراعة في حكومة الولاية قد دعت المزارعين إلى \"تأجيل الحصاد أسبوعاً\".",
         "وزارة الزراعة"),
        # Spanish drops the pronoun: a verb alone after the quote goes on with the name in apposition before
        ('El director de la agencia, Teodoro Aranda, evitó fijar un plazo. "No vamos a dar fechas", advirtió.',
         "Teodoro Aranda"),
        # "По его словам" opening the sentence: the one named before
        ("Замминистра Игорь Лесной провёл брифинг. По его словам, уровень снижается, но «пока выше нормы вдвое».",
         "Игорь Лесной"),
        # an addressee between the verb and a long role phrase that ends in the name
        ("«Утечка локализована утром», — сообщил журналистам первый заместитель министра по чрезвычайным "
         "ситуациям республики Игорь Лесной.", "Игорь Лесной"),
        # the occasion between an inverted verb and the speaker; the acronym of the body is no part of the name
        ("«Уровень снижается», — рассказал на утреннем брифинге в столице первый замминистра по ЧС Игорь Лесной.",
         "Игорь Лесной"),
        # a live blog's time, a role and its body, then the name and a colon
        ("13:10 Директор комбінату Олег Сударик: «Викид зупинили о 06:15».", "Олег Сударик"),
        # Turkish: a frame between the quote and the verb closing the sentence
        ('Dışişleri Bakanlığı, limana yapılan saldırıyı "Saldırıyı en güçlü biçimde kınıyoruz." ifadeleriyle kınadı.',
         "Dışişleri Bakanlığı"),
        # a document speaks for the body the text names as its issuer: beside the document word, in any order
        ("Liman İşletmesi Genel Müdürlüğü’nden yapılan açıklamada, “Vinçlerin bakımı eksiksiz yapıldı” denildi.",
         "Liman İşletmesi Genel Müdürlüğü"),
        ('The Water Board of Lenmark said in a statement on Friday that supplies were safe. "No household is at '
         'risk," the statement added.', "Water Board of Lenmark"),
        # past a document between the verb and the role, to the name in apposition
        ('"Es un deber y no un negocio", afirmó en un comunicado su director general, Ramón Ibarra, quien no dio '
         "cifras.", "Ramón Ibarra"),
        # a role stands for the name given in apposition after the role's complement
        ("La ministra de Transporte y Obras, Lucía Ferrer, visitó el puerto el martes.\n\nLa empresa calló. "
         '"Nadie queda fuera del plan", sostuvo la ministra.', "Lucía Ferrer"),
        # a colon closes a sentence with no speech verb: the name in apposition to its role, or after the role
        ('El jefe de bomberos, Julián Sastre, fue tajante cuando le preguntaron por los plazos: "No daremos fechas '
         'que no podamos cumplir".', "Julián Sastre"),
        ('16:50 | La alcaldesa Irene Soto habló desde el puente, visiblemente cansada: "Lo peor ya pasó para todos".',
         "Irene Soto"),
        # an attribution closing the sentence a quote stands inside
        ('The verdict was read by Judge Amira Hassan. The port must "reopen the northern gate to aid convoys" within '
         "a week, she said.", "Amira Hassan"),
        # Turkish: the name closing the role phrase that opens the sentence, past a clause that is no subject
        ("Mahkeme kararını okuyan kurulun başkanı Selim Aydın, önceki tedbirlerin yeterli olmadığını ve yeni bir "
         "karar için koşulların oluştuğunu söyledi: “Liman kapısı derhal açılmalıdır.”", "Selim Aydın"),
        ('Ulaştırma ve Altyapı Bakanı Deniz Arslan ise limanda yaptığı açıklamada, "Gemiler yarın sabah yeniden '
         'yanaşabilecek" dedi.', "Deniz Arslan"),
        # a role phrase with "и" inside it, then the name
        ("«Все одиннадцать живы», — заявила министр промышленности и энергетики Анна Ковальчук.", "Анна Ковальчук"),
        # "according to" after the quote, a role and the name in apposition to it
        ("«El incendio quedó controlado a las 05:40», de acuerdo con el jefe de bomberos, Julián Sastre, quien pidió "
         "calma.", "Julián Sastre"),
        # a colon lead-in without a subject of its own goes on with the speaker of the sentence before
        ("La alcaldesa Irene Soto afirmó en rueda de prensa que el puente resistió. Sobre la reapertura fue prudente: "
         "«No daremos fechas que no podamos cumplir».", "Irene Soto"),
        # the name closing a clause that holds a role and ends at the colon
        ("С ним не согласна депутат городского совета от Южного района Анна Ковальчук: «Людей разбудили не сирены, "
         "а запах».", "Анна Ковальчук"),
        # Turkish: a genitive name before the quote and a noun for what was said after it
        ("Bakan Deniz Arslan'ın “Gemiler yarın sabah yeniden yanaşabilecek” sözlerinin ardından liman açıldı.",
         "Deniz Arslan"),
        # Russian and Ukrainian impersonal attributions: the body after "в"/"у" speaks, up to a preposition
        ("В Пентагоне в четверг заявили, что переговоры «не касаются вывода войск из страны».", "Пентагоне"),
        ("У Міністерстві енергетики повідомили, що «ремонт лінії триватиме тиждень».", "Міністерстві енергетики"),
        # a body's name after its article, an adverb between the auxiliary and the verb
        ('La Cour a également demandé la "réouverture immédiate du point de passage" aux camions.', "La Cour"),
        # a pronoun right after the verb is its subject (German inversion), resolved to the name before
        ("Minister Karl Brandt sprach am Morgen im Landtag. In seiner Rede betonte er, dass „die Lage weiter ernst "
         "bleibt“.", "Karl Brandt"),
    ],
)  # fmt: skip
def test_speakers_as_real_coverage_writes_them(text: str, who: str) -> None:
    quotes = [q for q in extract(text) if len(q.text.split()) > 1]  # not a name in quote marks
    assert who in (quotes[0].speaker or ""), [q.speaker for q in extract(text)]


def test_a_semicolon_ends_the_clause_before_the_speaker() -> None:
    text = 'Bank lifts rate by half a point; governor says bank "will not act in a hurry"\n\nThe bank raised it.'
    assert extract(text)[0].speaker == "governor"


def test_an_answer_label_and_a_while_clause_in_arabic() -> None:
    # an interview's answer label ("ج:") goes to the one interviewed, named before
    text = "وقال الوزير سمير داود إن «العمل بدأ».\n\nس: متى يفتح الجسر؟\n\nج: «بعد أسبوعين على الأكثر».\n"
    assert [q.speaker for q in extract(text)] == ["سمير داود"] * 2
    # "فيما" opens a clause with a speaker of its own
    text = "«الماء تغير لونه منذ أيام»، يقول سامي خوري، فيما تؤكد جارته ليلى حداد أن «البلدية لم تأت أبداً»."
    assert [q.speaker for q in extract(text)] == ["سامي خوري", "جارته ليلى حداد"]


def test_an_arabic_clause_with_no_named_subject_gives_no_fragment_as_speaker() -> None:
    # the subject of "وافتتح" (opened) is not read: the speaker is null, never "بكلمة" (with a speech)
    text = "وافتتح الوزير المؤتمر بكلمة قال فيها:\n\n«أبدأ بتوجيه الشكر لرجال الإطفاء الذين خاطروا بحياتهم».\n"
    assert extract(text)[0].speaker in (None, "الوزير")


def test_an_attribution_in_the_next_sentence_is_not_this_quotes() -> None:
    text = "La ministre Anne Morel a souligné que « rien ne change ». Selon elle, il faut « attendre le rapport »."
    assert [q.speaker for q in extract(text)] == ["La ministre Anne Morel"] * 2


@pytest.mark.parametrize("text", ["The statement was clear: “We will not go.”", "Here is the text: “We will not go.”"])
def test_a_colon_after_no_name_names_nobody(text: str) -> None:
    assert extract(text)[0].speaker is None


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        ("Петрова сказала: «Судно было в зоне, — пояснила представитель МИД Ирина Петрова, — где лов разрешён».",
         "Судно было в зоне где лов разрешён", "Ирина Петрова"),
        ("«Ми готові, - наголосив міністр Олег Гнатюк, - відкрити порт завтра».", "Ми готові відкрити порт завтра",
         "Олег Гнатюк"),
        # an editor's note with its own dash before the attribution ("- Прим. ред."): the next dashes are tried
        ("«Порт (Велма. - Прим. ред.) закрыт, - сказал министр Иван Петров, - до понедельника».",
         "Порт (Велма. - Прим. ред.) закрыт до понедельника", "Иван Петров"),
    ],
)  # fmt: skip
def test_an_attribution_between_dashes_inside_the_marks_is_not_quoted(text: str, words: str, who: str) -> None:
    (q,) = extract(text)
    assert q.text.replace(",", "") == words and who in (q.speaker or "")


def test_dashes_without_a_speech_verb_stay_in_the_quote() -> None:
    (q,) = extract("“We are ready - and we will go - today,” she said.")
    assert q.text.startswith("We are ready - and we will go - today")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a role stands for the name written after that role word before, not for the last speaker
        ("Verkehrsministerin Henrike Falbe sprach. „Eins“, sagte Behördenchef Jan Korn. „Wir bleiben“, betonte die "
         "Ministerin.", "Henrike Falbe"),
        # a pronoun goes to the surname opening the sentence before, not to the last speaker
        ("Port chief Helen Marchetti spoke.\n\nCommander Rhys Abernethy said “the attack used a flaw.”\n\nMarchetti "
         "thanked the dock workers. “They kept this port open,” she said.", "Helen Marchetti"),
    ],
)  # fmt: skip
def test_the_last_quote_goes_to_the_person_named_in_its_paragraph_or_role(text: str, who: str) -> None:
    assert extract(text)[-1].speaker == who


def test_a_house_style_that_types_the_closing_mark_on_both_sides_is_read() -> None:
    # Swedish and Finnish typography, and some English-language sites, open a quote with ” as well
    text = ("The minister spoke on Monday.\n\n”We will keep the crossings open through the winter,” she said.\n\n"
            "The ministry’s ”plan” is the one ”agreed” last year.")  # fmt: skip
    found = [q.text for q in extract(text)]
    assert found[0] == "We will keep the crossings open through the winter,"
    assert "plan" in found and "agreed" in found


def test_the_outlet_told_is_no_speaker() -> None:
    text = (
        "Rosa Vidal espera junto a la valla. “Mi hijo me escribió que volverá pronto a casa”, contó a El Faro entre "
        "lágrimas."
    )
    assert "Faro" not in (extract(text)[0].speaker or "")


def test_an_impersonal_attribution_to_a_place_keeps_only_the_place() -> None:
    assert extract("В Киеве в четверг заявили, что «помощь придёт скоро».")[0].speaker == "Киеве"


def test_a_document_with_no_issuer_named_stays_the_document() -> None:
    text = 'Repairs begin on Monday. "The bridge will reopen in May," the statement said.'
    assert extract(text)[0].speaker == "the statement"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Dans un communiqué, l'Agence de sûreté du Val-Noir dénonce des mesures hâtives. «Les contrôles ont "
         "été faits dans les règles», souligne le communiqué.", "Agence de sûreté du Val-Noir"),
        ("وقال بيان صادر عن هيئة الموانئ إن «العمل مستمر في الرصيف».\n\nوأضاف البيان: «الرصيف الثالث سيفتح غداً "
         "أمام السفن».", "هيئة الموانئ"),
    ],
)  # fmt: skip
def test_a_document_speaks_for_the_issuer_named_before(text: str, who: str) -> None:
    assert extract(text)[-1].speaker == who


def test_an_arabic_conjunction_written_onto_a_quote_mark_opens_the_next_quote() -> None:
    # و"…" is "and “…”": the conjunction is written onto the mark, which opens a quote of its own
    text = 'ووصف الوزير الخطة بأنها "غير واضحة" و"مكلفة جدا" و"متأخرة".'
    assert [q.text for q in extract(text)] == ["غير واضحة", "مكلفة جدا", "متأخرة"]
    # a mark after a whole word still closes, as before
    assert [q.text for q in extract('قال "نعم" للجميع.')] == ["نعم"]
    # the preposition drawn out with a tatweel before the mark ("لـ"…""): it opens too
    text = 'وأعرب الوزير عن استيائه لـ"مجرد الادعاء بأن الميناء سيغلق" ووصفه بأنه "مشين".'
    assert [q.text for q in extract(text)] == ["مجرد الادعاء بأن الميناء سيغلق", "مشين"]


def test_a_straight_quote_that_runs_on_into_a_new_opening_mark_is_closed_by_it_not_nested() -> None:
    # a missing closing mark before a new sentence's opening one: the new mark starts no quote inside the first
    text = '"We lost three soldiers this week. "Today I ordered strikes on their bases," the president said.\nNext.'
    (q,) = extract(text)
    assert q.text.startswith("We lost three soldiers") and q.text.endswith("bases,")


def test_a_headline_quote_repeated_in_the_body_takes_the_body_quotes_speaker() -> None:
    article = (
        "«Das Wasser ist sauber»: was über die Lage bekannt ist\n\n"
        "Der Bürgermeister Karl Brenner trat am Abend vor die Presse. „Das Wasser ist sauber, die Leitungen "
        "halten“, sagte Brenner."
    )
    quotes = extract(article)
    assert [q.speaker for q in quotes] == ["Karl Brenner", "Karl Brenner"]


def test_a_repeated_phrase_two_speakers_use_stays_unattributed() -> None:
    article = (
        "„Eine rote Linie“: der Streit um den Hafen\n\n"
        "„Das ist eine rote Linie für uns“, sagte Karl Brenner. „Auch für uns ist das eine rote Linie“, "
        "sagte Jane Roe."
    )
    quotes = extract(article)
    assert quotes[0].speaker is None


def test_a_single_word_repeated_in_a_quote_is_no_echo() -> None:
    article = "Von „Verrat“ ist die Rede.\n\n„Das ist Verrat am Land“, sagte Karl Brenner."
    quotes = extract(article)
    assert quotes[0].speaker is None and quotes[1].speaker == "Karl Brenner"


def test_a_straight_mark_closed_by_a_curly_one_in_hand_edited_copy() -> None:
    article = '"The port stays closed,” she said, adding that "every ferry will wait."'
    assert [q.text for q in extract(article)] == ["The port stays closed,", "every ferry will wait."]


def test_dash_led_direct_speech_is_a_quote_up_to_the_dash_before_its_verb() -> None:
    article = (
        "Керівник бригади Іван Петренко в інтерв’ю нашому виданню розповів, що найважче буде наприкінці.\n\n"
        "– Останні метри – найскладніші: там ми працюватимемо навпомацки, – сказав він.\n\n"
        "- перший пункт списку\n- другий пункт списку"
    )
    quotes = extract(article)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Останні метри – найскладніші: там ми працюватимемо навпомацки", "Керівник бригади Іван Петренко")
    ]


def test_a_name_after_a_dash_led_quote_ends_at_its_sentence() -> None:
    quotes = extract("– Ніхто не знає, – додала Олена Гнатюк. – Але ми чекаємо.")
    assert quotes[0].speaker == "Олена Гнатюк"


def test_a_curly_opening_mark_closed_by_a_guillemet_closes_there() -> None:
    from provenance.pipeline import quotes

    text = "“Le port restera fermé», Jane Roe\nLa ministre a parlé lundi. Elle a ajouté : « Nous agirons vite ».\n"
    spans = [text[q.start : q.end].strip() for q in quotes.extract(text)]
    assert spans == ["Le port restera fermé", "Nous agirons vite"]


def test_straight_single_marks_quote_and_apostrophes_do_not() -> None:
    text = (
        "The mayor called on Borea to 'reopen the port' and talk. 'This is the deepest mistake,' Roe said. "
        "The ministers' meeting ended; it's the allies' view, O'Brien said. In the '90s the port was busy."
    )
    assert [(q.text, q.speaker) for q in extract(text)] == [
        ("reopen the port", "The mayor"),
        ("This is the deepest mistake,", "Roe"),
    ]


def test_a_string_argument_of_code_is_no_quote_and_a_quote_in_brackets_is() -> None:
    text = "The page ran alert('title') and f(\"id\"). The mayor (who called it a 'deep mistake') left."
    assert [q.text for q in extract(text)] == ["deep mistake"]


def test_a_quote_run_over_paragraphs_set_one_per_line() -> None:
    text = (
        "“The port is shut for repairs.\n“Eight workers were hurt and taken to hospital.\n"
        "“Repairs will take a week,” the ministry said.\nTrade resumed elsewhere.\n"
    )
    (q,) = extract(text)
    assert q.text.startswith("The port is shut") and q.text.endswith("take a week,") and len(q.parts) == 3
    assert q.speaker == "the ministry"


def test_each_paragraph_of_a_run_no_mark_closes_is_kept() -> None:
    text = (
        "“The port is shut for repairs until May.\n“Eight workers were hurt and taken to hospital.\n“Repairs will tak"
    )
    assert [q.text for q in extract(text)] == [
        "The port is shut for repairs until May.",
        "Eight workers were hurt and taken to hospital.",
        "Repairs will tak",
    ]


def test_a_name_in_quote_marks_is_no_quotation_of_the_source_that_holds_it() -> None:
    from provenance import check
    from provenance.settings import Settings

    source = "On 28 January a drone struck Post 9 in Borea. Never again, the minister said."
    article = 'The outpost, known as "Post 9", was hit. The minister said: "Never again."'
    kinds = {q.text: q.match.kind for q in check(article, [source], Settings(lexical_only=True)).quotes}
    assert kinds == {"Post 9": "unsupported", "Never again.": "verbatim"}


def test_a_name_the_source_sets_in_quote_marks_inside_a_sentence_is_a_name_too() -> None:
    # House styles set a company's name in guillemets ("компания «Орлин»"): the source writes the name, it does
    # not quote anyone; a phrase the source quotes after a colon is still a quotation
    from provenance import check
    from provenance.settings import Settings

    source = "Среди пассажиров были сотрудники компании «Орлин». Он сказал: «Рейс отменён»."
    article = "Самолёт принадлежал «Орлин». Представитель заявил: «Рейс отменён»."
    kinds = {q.text: q.match.kind for q in check(article, [source], Settings(lexical_only=True)).quotes}
    assert kinds == {"Орлин": "unsupported", "Рейс отменён": "verbatim"}


def test_a_quote_left_open_by_nested_quotes_ends_where_they_open() -> None:
    # sloppy copy nests with the same mark and closes once («a «b» и «c».): three quotes on the line, none run on
    # into a later paragraph that happens to open with «
    from provenance.pipeline.quotes import extract

    text = (
        "Решение принято в целях «пресечения провокаций и вывода сил «с наших территорий» и «восстановления "
        "порядка».\nВ ведомстве также отметили обстрелы.\n«В рамках мер выводятся из строя огневые точки», — "
        "сообщили в ведомстве."
    )
    quotes = [text[q.start : q.end] for q in extract(text)]
    assert quotes == [
        "пресечения провокаций и вывода сил",
        "с наших территорий",
        "восстановления порядка",
        "В рамках мер выводятся из строя огневые точки",
    ]


def test_a_closing_double_mark_typed_as_two_single_ones_closes_the_quote() -> None:
    from provenance.pipeline.quotes import extract

    text = "“The number of those released will rise in later stages of the agreement,’’ the post said. (dpa)"
    (quote,) = extract(text)
    assert text[quote.start : quote.end] == "The number of those released will rise in later stages of the agreement,"
    assert quote.speaker == "the post"


def test_a_quote_closed_with_its_opening_mark_again_ends_there() -> None:
    from provenance.pipeline.quotes import extract

    text = (
        "« La Borénie annonce le succès de ses efforts de médiation« , s’est félicité le ministère. « Le début de "
        "cette pause sera annoncé dans les prochaines heures », a-t-il précisé."
    )
    quotes = [text[q.start : q.end].strip() for q in extract(text)]
    assert quotes == [
        "La Borénie annonce le succès de ses efforts de médiation",
        "Le début de cette pause sera annoncé dans les prochaines heures",
    ]


def test_a_quote_a_page_breaks_into_two_paragraphs_closes_in_the_second() -> None:
    # the second paragraph opens with no mark and closes the quote: one quote, credited after its close
    text = (
        "The agency met on Monday. “Today, the board met and advised me that the harbour must close.\n\n"
        "I have accepted that advice,” the harbour master Jane Roe told reporters.\n"
    )
    (q,) = extract(text)
    assert q.text.startswith("Today") and q.text.rstrip(",").endswith("accepted that advice")
    assert q.speaker is not None and q.speaker.endswith("Jane Roe")


def test_an_unclosed_quote_whose_next_paragraph_opens_a_quote_of_its_own_stays_unclosed() -> None:
    first = "Today, the board met and advised me that the harbour must close."
    text = f"“{first}\n\nOn Monday, “We will reopen it,” Roe said.\n"
    assert [q.text for q in extract(text)] == [first, "We will reopen it,"]


def test_a_curved_quote_left_open_before_a_nested_one_with_its_own_mark_does_not_run_on() -> None:
    # English nests with single marks: a “…“…”… run means the first mark was never closed, so the first quote ends
    # where the nested one opens and does not swallow the next paragraph that opens with “
    text = (
        "The envoy said he was “deeply sorry” and called the vote “rigged, and the count “a farce” in a letter."
        "\n\n“We regret the decision of the council to end the scheme,” Roe said in a statement.\n"
    )
    quotes = [q.text for q in extract(text)]
    assert quotes == [
        "deeply sorry",
        "rigged, and the count",
        "a farce",
        "We regret the decision of the council to end the scheme,",
    ]


_EMBEDDED = (
    "A ministra reagiu na rede social X ao anúncio do conselho.\n"
    "The harbour will stay open to every ship that needs shelter, whatever flag it flies.\n"
    "— Ana Lind (@analind) March 3, 2027\n"
    "O porto recebeu 40 navios desde sexta-feira."
)


def test_an_embedded_post_is_its_signers_quotation() -> None:
    """A page's text keeps an embedded post's words and, under them, its signature line: the words are the
    quotation of the one who signed it."""
    qs = extract(_EMBEDDED)
    assert [(q.text, q.speaker) for q in qs] == [
        ("The harbour will stay open to every ship that needs shelter, whatever flag it flies.", "Ana Lind")
    ]


def test_a_signature_without_words_above_it_makes_no_quotation() -> None:
    assert extract("O porto reabriu.\n\n— Ana Lind (@analind) March 3, 2027") == []


def test_a_quote_left_open_ends_with_its_line_when_the_next_line_opens_a_new_paragraph() -> None:
    # one paragraph per line: a later quote's closing mark must not close the first one across the break
    text = (
        "La présidente Jana Roe a déclaré : « Nous exprimons nos condoléances. Nos pensées vont aux familles.\n"
        "Le président Ivo Marek a écrit : « Recevez mes condoléances », peut-on lire. Il a parlé d' »une tragédie »."
    )
    found = [(q.text.strip(), q.unclosed) for q in extract(text)]
    assert found[0] == ("Nous exprimons nos condoléances. Nos pensées vont aux familles.", True)
    assert ("Recevez mes condoléances", False) in found


def test_an_opening_mark_alone_at_a_lines_end_opens_no_quote() -> None:
    text = (
        "Решения ничтожны, сообщила представитель МИД в Telegram-канале.\n«\n"
        '"Решения суда не имеют значения", — подчеркнула она.\nРоссия не участвует в статуте.'
    )
    assert [(q.text, q.unclosed) for q in extract(text)] == [("Решения суда не имеют значения", False)]


def test_a_nested_quotes_closing_mark_before_a_dash_of_speech_closes_the_quote_around_it_too() -> None:
    text = (
        "«Корпорация «Борея» поздравляет коллег с запуском аппарата «Орлин-3», – говорится в сообщении.\n"
        "В нем подчеркнули успех."
    )
    (outer,) = [q for q in extract(text) if q.text.startswith("Корпорация")]
    assert outer.text == "Корпорация «Борея» поздравляет коллег с запуском аппарата «Орлин-3»" and not outer.unclosed
