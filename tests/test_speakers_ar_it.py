"""Arabic and Italian speakers as wire copy writes them: a participle that goes on with the subject of the sentence's
opening verb, the verb's complement and addressee after its subject, a dash aside, a name closing a role before a
comma; Italian credits after the quote ("Queste le parole del prefetto X", an aside after the verb) and the house
style that sets straight marks apart with spaces. Invented snippets."""

from __future__ import annotations

import pytest

from provenance.pipeline.quotes import extract
from tests.conftest import speakers_of as _speakers


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # a participle goes on with the subject of the opening verb, past an adverbial opener and the verb's object
        ('وفي حديث أمام المزارعين، رحب سامر بتوقيع اتفاق المياه مع الجارة، معتبرا أن السد صار '
         '"مصدر رزق لكل القرى".', "سامر"),
        ('رحب وزير الخارجية كريم سامر بالاتفاق، معتبرا أنه "خطوة كبيرة نحو السلام".', "كريم سامر"),
        # a verb of reporting: "أورد" (he stated in a statement)
        ("وأورد كريم الحداد في بيان: «الموسم الزراعي سيبدأ في موعده رغم تأخر الأمطار».", "كريم الحداد"),
        # the addressee after a name is no part of it
        ('وقال بيسكار للصحفيين: "هذا تصعيد جديد لا مبرر له".', "بيسكار"),
        # a dash sets off an aside between the speaker and the quote
        ('قال أمين عام الحلف كريم سامر - في بداية الاجتماع - "نرحب بكم اليوم في بيتكم".', "أمين عام الحلف كريم سامر"),
        # an adverbial after the role is no name: the role is named before, in the text
        ("واستقبل وزير الزراعة الجنوبي، رامي هادي، صباح اليوم، وفد المانحين في مكتبه، ثم رافق وزير الري الشمالي "
         "سليم ناصر، بحضور مدير الصندوق مراد الكعبي، إلى موقع السد.\n\nوقال وزير الري الشمالي خلال زيارة تفقدية "
         'طويلة: "العمل سينتهي قبل الصيف".', "سليم ناصر"),
    ],
)  # fmt: skip
def test_arabic_speakers(article: str, want: str) -> None:
    got = _speakers(article)
    assert got and got[-1] == want, got


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # an official who asked not to be named: a clause after the comma, no name in apposition
        ('قال مسؤول في هيئة الموانئ، طلب عدم الكشف عن اسمه، إن "حركة السفن ستتوقف يومين".', "مسؤول"),
        # the name in apposition closed by a dash aside
        ('قال رئيس لجنة المال في المجلس، النائب فهد سالم الراشد - في بداية الجلسة - "إن الحساب يكشف تجاوزات".',
         "النائب فهد سالم الراشد"),
        # subject first, the verb's addressee after it
        ('محافظ المدينة، علي حسين الزبيدي، قال للصحفيين: "لن نسمح بتأخير المشاريع أكثر".', "علي حسين الزبيدي"),
        # a participle after a role in apposition: the name the opening verb's role phrase is given
        ('رحب الأمين العام لاتحاد الغرف التجارية، ناصر عبد الله البناي، بتوقيع الاتفاقية، معتبرا أنها "نقلة نوعية".',
         "ناصر عبد الله البناي"),
        # a title word between a role and a definite word is the role's complement ("the guest team's coach")
        ('فيما رأى مدرب الفريق الضيف، التونسي منير بن حمودة، أن "الفوز جاء بفضل الصبر".', "التونسي منير بن حمودة"),
    ],
)  # fmt: skip
def test_arabic_appositions(article: str, want: str) -> None:
    assert _speakers(article) == [want]


def test_a_short_clause_in_marks_is_no_name() -> None:
    # "the ministry replied that the doors «are still open», adding that it «paid the first instalment»"
    article = "وردت وزارة التربية بأن أبواب الحوار «ما زالت مفتوحة»، مشيرة إلى أن الوزارة «صرفت الدفعة الأولى»."
    assert [q.text for q in extract(article)] == ["ما زالت مفتوحة", "صرفت الدفعة الأولى"]
    assert "زالت مفتوحة" not in _speakers(article)


def test_a_document_or_a_bare_body_noun_stands_for_the_body_a_sentence_before_had_speak() -> None:
    # "The Borean transport ministry said in a statement: «…». The statement added: «…»"; "The ministry stressed …"
    article = (
        "وقالت وزارة النقل البوريانية في بيان صادر اليوم:\n\n«ستفتح الموانئ أبوابها صباح الغد».\n\n"
        "وأضاف البيان: «سيتم تعويض أصحاب السفن المتضررة».\n\n"
        "وشددت الوزارة على ضرورة «احترام مواعيد الإبحار الجديدة»."
    )
    assert _speakers(article) == ["وزارة النقل البوريانية"] * 3
    # "The Orlin dockers' union “Marsa” mourned the captain. The union said in a statement: «…»": the name in marks
    # is part of the subject, not a quotation to pass over
    article = "ونعت نقابة عمال الموانئ “مرسى” ربان السفينة.\n\nوقالت النقابة في بيان: «فقدنا أخاً وزميلاً عزيزاً»."
    assert _speakers(article)[-1] == "نقابة عمال الموانئ"


def test_a_participle_with_no_named_subject_names_no_one() -> None:
    # "many welcomed the decision, considering …": no person opens the sentence
    assert _speakers('رحب كثيرون بالقرار، معتبرين أنه "خطوة كبيرة".') == [None]


def test_a_role_complement_stays_with_the_role() -> None:
    # "the minister said that the ministry holds to its rights, adding": no name after "أن"
    article = ("وقال وزير النقل سامر الحداد إن الرحلات ستعود.\n\nوأوضح الوزير أن الوزارة متمسكة بحقوقها، مستدركاً: "
               "«لكن أولويتنا الآن هي تشغيل الخط».")  # fmt: skip
    assert _speakers(article)[-1] == "سامر الحداد"


@pytest.mark.parametrize(
    ("article", "want"),
    [
        ('"Oggi è una giornata importante. La città respira". Queste le parole del prefetto Anna Russo, durante '
         "la visita.", "Anna Russo"),
        ('"Da oggi il porto è aperto a tutte le navi". Lo ha confermato, in una nota diffusa in serata, il sindaco '
         "Paolo Verdi.",
         "Paolo Verdi"),
        ('"Da oggi il porto è aperto a tutte le navi". Lo comunica il ministro Marco Bellini.', "Marco Bellini"),
        ('" Grazie a tutti i lavoratori del porto ", ha detto il ministro Marco Bellini.', "Marco Bellini"),
        # an adverb between the auxiliary and the participle
        ('"Abbiamo già incontrato i genitori", ha poi precisato il sindaco Renato Cassiani.', "Renato Cassiani"),
        ("« Le port rouvrira lundi », a également déclaré le maire Jean Orlin.", "Jean Orlin"),
        # a colon clause opened by a role with its elided article
        ("L'assessore Lucio Pandolfini ha difeso la scelta: \"I dati parlano chiaro\".", "Lucio Pandolfini"),
    ],
)  # fmt: skip
def test_italian_speakers(article: str, want: str) -> None:
    got = _speakers(article)
    assert len(got) == 1 and got[0] is not None and want in got[0], got


@pytest.mark.parametrize(
    ("article", "want"),
    [
        ("Per il ministro Marco Bellini, «la riapertura dimostra che la città ha retto».", "Marco Bellini"),
        ("Pour le maire Jean Orlin, « la réouverture montre que la ville a tenu ».", "Jean Orlin"),
        ("Para Yago Roe, «la reapertura demuestra que la ciudad ha resistido».", "Yago Roe"),
        # "for" opening the sentence, no name or role after it: no one
        ("Per la città, «è un giorno importante».", None),
        ("Per questo, «è un giorno importante».", None),
        # "for" anywhere else is no frame
        ("Il premio per Marco Bellini, «un uomo giusto», arriva oggi.", None),
    ],
)  # fmt: skip
def test_for_whom_right_before_the_quote(article: str, want: str | None) -> None:
    got = _speakers(article)
    assert len(got) == 1 and (got[0] == want if want is None else want in (got[0] or "")), got


@pytest.mark.parametrize(
    ("article", "want"),
    [
        ('" Grazie a tutti i lavoratori del porto ", ha detto il ministro.', ["Grazie a tutti i lavoratori del porto"]),
        ('Il ministro ha detto: " Il porto è aperto ". Poi è partito.', ["Il porto è aperto"]),
        # marks glued to their words are read as before; a lone mark with no spaced closer opens nothing
        ('Il ministro ha detto: "Il porto è aperto". Poi è partito.', ["Il porto è aperto"]),
        ('Misura 5" di diametro e costa 3" in più.', []),
    ],
)  # fmt: skip
def test_straight_marks_set_apart_with_spaces(article: str, want: list[str]) -> None:
    assert [q.text.strip() for q in extract(article)] == want


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # the clause before the colon ends a quotation: a place named inside it is what the speaker said, no subject
        ("Lo ha detto Carla Benvenuti, sindaca del comune. “È la prova della debolezza dei signori di Porto "
         "Azzurro”, ha aggiunto: “Chi pensa di fermarci con una multa si sbaglia di grosso”.", "Carla Benvenuti"),
        ('Then Dara Holm spoke. "It shows the weakness of the people at Green Harbour," she added: "Those who '
         'think a fine will stop us are quite wrong."', "Dara Holm"),
        # Italian "il" before a role is the article, not the French pronoun: a headline's speaker
        ("Il sindaco Benvenuti: “Riapriremo il ponte entro l’estate”", "Il sindaco Benvenuti"),
        # a role, one word of its own, and the surname that closes the label
        ("Il ministro tunisino Hadded: “Il porto resterà aperto”", "Hadded"),
        ("La ministra federale Kovač: „Der Hafen bleibt offen“", "Kovač"),
    ],
)  # fmt: skip
def test_a_speaker_before_a_colon_is_never_a_word_of_a_quotation_and_il_opens_a_role(article: str, want: str) -> None:
    assert _speakers(article)[-1] == want


def test_a_persian_line_ending_in_a_colon_is_not_read_as_an_arabic_name() -> None:
    # "او در یک سخنرانی تلویزیونی با تایید خبر گفته:" (he said in a televised speech confirming the news:): Persian
    # writes with Arabic letters, but not with its verbs and word order; no speaker rather than "تایید خبر گفته:"
    article = "او در یک سخنرانی تلویزیونی با تایید خبر گفته: “ما یک دولت موقت تشکیل خواهیم داد.”"
    assert _speakers(article) == [None]
