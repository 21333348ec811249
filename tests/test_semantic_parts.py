"""The model-free parts of the semantic stage: anchors, cross-lingual drift, claims, calques, editions, the bridge."""

from __future__ import annotations

import pytest

from provenance.pipeline import anchors as A
from provenance.pipeline import meaning as M
from provenance.pipeline.align import prepare_source
from provenance.semantic import claims, editions, frames
from provenance.semantic.encoders import russian_bridge
from provenance.semantic.stage import source_units
from provenance.settings import Settings

# --- numbers, dates, names -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("About 68,000 households", {68000.0}),
        ("близько 68 тисяч домогосподарств", {68000.0}),
        ("نحو 68 ألف أسرة", {68000.0}),
        ("cost 42 million euros", {42e6}),
        ("42 мільйони євро", {42e6}),
        ("400 тысяч доз", {4e5}),
        ("a 3.2-kilometre line", {3.2}),
        ("within fifteen minutes", {15.0}),
        ("за п'ятнадцять хвилин", {15.0}),
        ("in a quarter of an hour", {15.0}),
        ("за чверть години", {15.0}),
        ("для более 72 часов", {72.0, 4320.0}),
        ("in 2023", set()),  # a year is a date, not a number
        ("خلال ثمانية عشر شهراً", {18.0}),  # Arabic 11-19: the unit, then "ten"
        ("في الحادي عشر من الشهر", {11.0}),
        ("وعددهم ثلاثمئة وأربعون مدرباً", {340.0}),  # hundreds, then "and" tens
        ("مئة وخمسة وعشرون جندياً", {125.0}),  # hundreds, "and" a unit, "and" its tens
        ("ثلاثة عشر ألف لاجئ", {13000.0}),
        ("قال أحد المسؤولين", set()),  # "one of the officials": a unit alone is no number
    ],
)
def test_numbers_in_digits_and_words(text: str, values: set[float]) -> None:
    got: set[float] = set()
    for n in A.anchors_of(text).numbers:
        got |= n.values
    assert values <= got and (values or not got)


@pytest.mark.parametrize(
    ("x", "y", "shared", "conflict"),
    [
        ("within fifteen minutes of the centre", "in a quarter of an hour from the center", 1, None),
        ("Роботи поглиблять канал з 11 до 16 метрів", "deepen the channel from 11 to 14 metres", 0, "number"),
        ("Роботи поглиблять канал з 110 до 160 метрів", "deepen the channel from 110 to 140 metres", 1, "number"),
        ("з 1 серпня", "from 1 July", 0, "date"),
        ("с 1 июля", "from 1 July", 1, None),  # the month; a shared "1" is no evidence
        ("откроют 16 марта", "will reopen on 9 March", 1, "date"),  # the day beside its month moved
        ("the first 20 of 45 advisers arrive on Nov. 8", "20 advisers arrive on 15 November", 1, "date"),
        ("two helicopters", "two firefighters", 0, None),
        ("met Lina Morrow in Geneva on Tuesday", "зустрівся в Женеві з Ліною Морроу у вівторок", 3, None),
        ("The Joint Border Commission (JBC) will meet", "Спільна прикордонна комісія (JBC)", 1, None),
        # a time of day with its half of the day ("من مساء", "вечера") is the 24-hour time
        ("في الساعة 11:30 من مساء ليلة الخامس عشر", "At 23:30 on the night of 15 January", 1, None),
        ("около 11 вечера в понедельник", "at about 23:00 on Monday", 1, None),
        ("à 22:30 lundi", "at 23:30 on Monday", 0, "number"),
        # a day of a month is not set against a time of day
        ("قصف ليل 15/16 كانون الثاني 2024", "at 23:30 on 15 January 2024", 1, None),
        # a Turkish case ending on a number is no English "ten"
        (
            "faizi yüzde 6,75'ten yüzde 7,25'e çıkardı",
            "from 6.75 to 7.25 percent, with effect from 17 September",
            2,
            None,
        ),
    ],
)
def test_compare_counts_shared_anchors_and_conflicts(x: str, y: str, shared: int, conflict: str | None) -> None:
    v = A.compare(A.anchors_of(x), A.anchors_of(y))
    assert v.shared >= shared
    assert [d.type for d in v.conflicts] == ([conflict] if conflict else [])


def test_a_day_moved_with_its_month_is_one_date_drift() -> None:
    x = A.anchors_of("The crossing will reopen on Monday, March 1.")
    y = A.anchors_of("سيُعاد فتح المنفذ يوم الاثنين الثاني والعشرين من شباط")
    v = A.compare(x, y)
    assert [(d.type, d.quote_side) for d in v.conflicts] == [("date", "March 1")]
    assert v.facts >= 1  # the weekday agrees
    v = A.compare(A.anchors_of("released 47 fishermen"), A.anchors_of("أفرجت عن سبعة وثلاثين صياداً"))
    assert [(d.type, d.quote_side) for d in v.conflicts] == [("number", "47")]


def test_a_day_written_out_is_a_date_and_a_count_is_set_against_a_count() -> None:
    # "since the eighth of January" agrees with "since Jan. 8"; the release day (the 17th) is no count
    y = A.anchors_of(
        "أفرجت السلطات، الأربعاء السابع عشر من شباط، عن ستة وعشرين بحاراً محتجزين منذ الثامن من كانون الثاني"
    )
    assert {8, 17} <= set(y.dates["monthday"])
    v = A.compare(A.anchors_of("freed 29 sailors held since Jan. 8"), y)
    assert [(d.type, d.quote_side, d.source_side) for d in v.conflicts] == [("number", "29", "ستة وعشرين")]
    assert v.facts >= 2  # the month, and the day written out
    assert 17 in A.anchors_of("desde el 17 de febrero").dates["monthday"]


def test_hundreds_after_thousands_and_rounded_figures() -> None:
    assert [n.values for n in A.anchors_of("2 bin 350 asker").numbers] == [frozenset({2350.0})]
    v = A.compare(A.anchors_of("more than 11,000 soldiers"), A.anchors_of("trained 11,800 soldiers"))
    assert not v.conflicts
    v = A.compare(A.anchors_of("40 fishermen"), A.anchors_of("37 fishermen"))
    assert [d.type for d in v.conflicts] == ["number"]
    # every month and weekday CLDR names, in any language the checker reads
    v = A.compare(A.anchors_of("22 Şubat Pazartesi günü açılacak"), A.anchors_of("will reopen on Monday, 1 March"))
    assert [d.type for d in v.conflicts] == ["date"] and v.facts >= 1


def test_not_x_but_y_rendered_as_y_is_no_negation_drift() -> None:
    source = "قال الوزير إن الحوار لا يتناول انسحاب القوات، بل يتناول بناء شراكة أمنية طويلة الأمد."
    article = "the dialogue is about building a long-term security partnership"
    assert not [d for d in M.meaning_drift(article, source, cross=True) if d.type == "negation"]
    plain = "The minister said the dialogue is not about the withdrawal of forces, and the talks will go on."
    assert [d.type for d in M.meaning_drift("the dialogue is about the withdrawal of forces", plain)] == ["negation"]


def test_names_match_across_scripts_and_in_arabic() -> None:
    assert A.same_name(A.name_key("Верховен"), A.name_key("Verhoeven"))
    assert A.same_name(A.name_key("Гелена"), A.name_key("Helena"))
    assert not A.same_name(A.name_key("Lind"), A.name_key("Verhoeven"))
    ar = A.anchors_of("التقى وزير الخارجية دانيال أوكافور نظيرته في جنيف")
    en = A.anchors_of("Foreign Minister Daniel Okafor met his counterpart in Geneva")
    assert A.compare(ar, en).names >= 1


def test_an_arabic_name_with_its_article_is_the_latin_name_without_it() -> None:
    # Latin letters drop the article ("al-Hamdani" reads "Hamdani") or write it apart; the Arabic word keeps it
    ar = A.anchors_of("وقال المتحدث باسم الوزارة نبيل الحمداني إن المحادثات ستستمر")
    assert (
        A.compare(
            A.anchors_of("Le porte-parole Nabil al-Hamdani a assuré que les discussions se poursuivront"), ar
        ).names
        == 2
    )
    assert A.compare(A.anchors_of("Sözcü Hamdani, görüşmelerin süreceğini söyledi"), ar).names == 1
    # a one-letter clitic stays on its word: stripped, a short word's skeleton would meet other names
    assert A.compare(A.anchors_of("Minister Lada Ivic said"), A.anchors_of("قالت الوزيرة إن بلدة صغيرة")).names == 0


def test_names_across_scripts_never_conflict() -> None:
    # "Eastern Terminal" is translated, not transliterated: not a changed name
    v = A.compare(A.anchors_of("до Східного терміналу"), A.anchors_of("at the Eastern Terminal"))
    assert not v.conflicts and v.foreign_names == 0


# --- drift across languages ----------------------------------------------------------------------

DRIFT = [
    # (article side, source side, drift types)
    ("Ми очікуємо певних перебоїв у роботі поромів.", "We do not expect any disruption to ferries.", {"negation"}),
    ("Мы ожидаем определенных перебоев в работе паромов.", "We do not expect any disruption to ferries.",
     {"negation"}),
    ("We expect some disruption to ferries.", "We do not expect any disruption to ferries.", {"negation"}),
    ("Рада підвищить місцеві податки.", "The Council will not raise local taxes.", {"negation"}),
    ("деяким селам доведеться чекати до середи", "some villages may have to wait until Wednesday", {"modality"}),
    ("некоторым деревням, возможно, придется ждать до среды", "some villages will have to wait until Wednesday",
     {"modality"}),
    ("Для дорослих немає ризику.", "There is no immediate risk to adults.", {"dropped_qualifier"}),
    ("68 тисяч домогосподарств", "About 68,000 households", {"dropped_qualifier"}),
    ("відкрити перехід з 1 серпня", "reopen the crossing from 1 July", {"date"}),
    ("поглиблять канал до 16 метрів", "deepen the channel to 14 metres", {"number"}),
    ("Вакцина безпечна", "The vaccine poses no danger", set()),  # "safe" carries the negation
    # "no longer" rendered by a word of ending, and the same negation with nothing that ends
    ("The agency declared the outbreak no longer an emergency.", "I declare the outbreak over as an emergency.",
     set()),
    ("Спалах більше не є надзвичайною ситуацією.", "I declare the outbreak over as an emergency.", set()),
    ("The agency said the outbreak is no longer an emergency.", "The outbreak is an emergency.", {"negation"}),
    # Arabic negates a verbal noun with "عدم" ("must not remain silent")
    ("ويجب على الحكومة عدم الصمت تجاه هذه الجريمة", "The government must not overlook this crime.", set()),
    # a concessive clause's negation negates nothing ("whatever Putin says")
    ("Що б не сказав путін, ми вимагаємо рішучої реакції.", "Whatever Putin says, we demand a firm response.", set()),
    ("Что бы ни сказал Путин, мы требуем ответа.", "Whatever Putin says, we demand a response.", set()),
    # a negation word that asserts ("not only … but", "make no mistake")
    ("Putin targets his own citizens and citizens of other countries.",
     "Putin does not only target his own citizens but citizens of other countries.", set()),
    ("Путін відповідальний за це.", "But make no mistake, Putin is responsible.", set()),
    # a lede fusing two statements: its hedge and its conditional negation come from the other one
    ("The bank raised its rate by 50 basis points to 7.25% and said it may tighten further if inflation does not "
     "slow.", "The Board decided to raise the key policy rate by 50 basis points, from 6.75 to 7.25 percent.", set()),
    ("Наші бригади працюють цілодобово, але деяким селам, можливо, доведеться чекати",
     "Our crews are working around the clock, but some villages may have to wait", set()),
    ("Діти можуть отримати щеплення безкоштовно", "Children can be vaccinated free of charge", set()),
    # Arabic "غير" makes its word privative, as "un-" does; "بدون طيار" (without a pilot) is a drone
    ("شنّت الجماعة هجوما غير مسبوق على الميناء", "The group launched an unprecedented attack on the port.", set()),
    ("قالت الحكومة إن هذا الادعاء غير صحيح", "The government said the claim is not true.", set()),
    ("أسقطت الدفاعات ثلاث طائرات بدون طيار فوق المدينة", "Air defences shot down three drones over the city.", set()),
    # "cannot be controlled" for "uncontrollable"; the possibility denied is no hedge either
    ("حذر الوزير من أزمة لا يمكن السيطرة عليها", "Le ministre a mis en garde contre une crise incontrôlable.", set()),
    ("حذر الوزير من أزمة لا يمكن السيطرة عليها", "The minister warned of a crisis that can be controlled.",
     {"negation"}),
    # "for the first time" says "never before"; "again" does not
    ("The rebels struck the capital for the first time since the truce.",
     "The rebels had never struck the capital since the truce.", set()),
    ("The rebels struck the capital again since the truce.", "The rebels had never struck the capital since the truce.",
     {"negation"}),
    # "just" of time restricts nothing; "only" does
    ("The minister said he spoke with the mayor about the flood.", "Я только что поговорил с мэром о наводнении.",
     set()),
    ("Пять сел были эвакуированы.", "Only five villages were evacuated.", {"dropped_qualifier"}),
    # "for the absence of" says the "no" of the other side
    ("Президент раскритиковал саммит за отсутствие конкретики в вопросе членства.",
     "The president criticised the summit for having no clear position on membership.", set()),
    ("Президент раскритиковал саммит за конкретику в вопросе членства.",
     "The president criticised the summit for having no clear position on membership.", {"negation"}),
    # "avoid" said in French
    ("Le gouvernement veut éviter une nouvelle escalade.", "The government does not want a new escalation.", set()),
    ("Le gouvernement veut une nouvelle escalade.", "The government does not want a new escalation.", {"negation"}),
]  # fmt: skip


@pytest.mark.parametrize(("x", "y", "types"), DRIFT)
def test_meaning_drift_across_languages(x: str, y: str, types: set[str]) -> None:
    assert {d.type for d in M.meaning_drift(x, y)} == types


@pytest.mark.parametrize(
    ("lead_in", "quote", "source"),
    [
        (
            "The ministry said the deal did not mean ",
            "giving up any of our water rights",
            "الاتفاق لا يتضمن أي تنازل عن حقوقنا المائية",
        ),
        (
            "Le ministère a assuré que l'accord ne signifiait pas ",
            "renoncer à nos droits sur l'eau",
            "The agreement does not mean giving up our water rights",
        ),
    ],
)
def test_a_negation_in_the_words_leading_into_a_quote_is_no_drift(lead_in: str, quote: str, source: str) -> None:
    assert "negation" in {d.type for d in M.meaning_drift(quote, source, cross=True)}
    assert "negation" not in {d.type for d in M.meaning_drift(quote, source, cross=True, x_context=lead_in)}


# --- the Russian bridge --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("uk", "ru"),
    [("Ця лінія", "Эта линия"), ("п'ятнадцять хвилин", "пятнадцать минут"), ("поглиблення", "поглыбление")],
)
def test_russian_bridge(uk: str, ru: str) -> None:
    assert russian_bridge(uk) == ru


# --- claims --------------------------------------------------------------------------------------

SOURCE = (
    "The ministry announced on Monday the start of talks with Kestria on border trade.\n\n"
    'A ministry official told reporters that "the talks are not about closing the embassy in Tarsk."\n\n'
    "The two sides will meet again in May. Trade across the border reached 3 billion euros last year.\n"
)


def _claim(text: str, credited: str | None = None) -> claims.Claim:
    return claims.Claim(0, len(text), text, credited)


def _candidates(src_text: str) -> list:
    src = prepare_source("s", src_text, language="en")
    return [(src, u, 0.5) for u in source_units(src) if u.kind != "window"]


def test_a_claim_that_a_source_negates_is_contradicted() -> None:
    c = _claim("The ministry confirmed talks on closing the embassy in Tarsk, reports the agency.")
    found = claims.contradiction(c, _candidates(SOURCE), "en")
    assert found is not None
    assert "embassy" in c.text[found.span[0] : found.span[1]]
    assert "not about closing" in found.unit.text


def test_a_claim_under_instead_of_asserts_nothing_the_source_denies() -> None:
    # "instead of closing the embassy" says it is not closed: the source's "not about closing" agrees
    c = _claim("The ministry wants to keep the embassy in Tarsk open instead of closing the embassy, the agency says.")
    assert claims.contradiction(c, _candidates(SOURCE), "en") is None


def test_common_words_under_a_negation_are_not_a_contradiction() -> None:
    # shares "ministry" and "talks" with the negated span, but not what the negation governs
    c = _claim("The ministry said the talks on border trade went well.")
    assert claims.contradiction(c, _candidates(SOURCE), "en") is None


def test_a_claim_that_rules_out_what_the_source_denies_is_not_contradicted() -> None:
    # "ruled out" carries the denial the source states with "not"
    c = _claim("The ministry ruled out closing the embassy in Tarsk, the agency says.")
    assert claims.contradiction(c, _candidates(SOURCE), "en") is None


def test_a_claim_that_agrees_is_not_contradicted() -> None:
    c = _claim("The talks are not about closing the embassy in Tarsk, an official said.")
    assert claims.contradiction(c, _candidates(SOURCE), "en") is None


ENDED = (
    "Statement of the Harbour Authority\n\n"
    '"I declare the fuel spill over as a threat to the bay. That does not mean the fuel spill is over as a threat '
    'to the fishermen."\n\n'
    "Clean-up crews will stay on the shore until Friday.\n"
)


def test_a_denial_next_to_what_the_source_affirms_is_no_contradiction() -> None:
    c = _claim("The authority said the fuel spill is over as a threat to the bay, but crews stay on the shore.")
    src = prepare_source("s", ENDED, language="en")
    every = [(src, u, 0.5) for u in source_units(src)]
    # the quote's two sentences are judged one by one, never as a unit holding both the claim and a denial
    found = claims.contradiction(c, every, "en")
    assert found is None or len(found.unit.text.split(". ")) == 1
    # the denial's sentence alone would read as one; the other sentence affirms the claim's "threat" and "bay"
    denial = [(s_, u, sim) for s_, u, sim in every if u.text.startswith("That does not mean")]
    found = claims.contradiction(c, denial, "en")
    assert found is not None and claims._affirmed(c, found, [src], "en", Settings())


def test_a_denial_of_the_story_s_every_topic_word_is_no_contradiction_of_another_claim_on_it() -> None:
    # "no dam … has been rebuilt" denies a rebuilding: a claim on the dams' inspection shares only the topic words
    # ("dam", "valley") that every sentence of the source uses
    src_text = (
        "The river board inspected every dam of the valley this year. Each dam of the valley holds a lake. "
        "Every dam of the valley is checked twice in ten years. No dam of the valley has been rebuilt in the last "
        "sixty years."
    )
    c = _claim("The board has campaigned for sixty years for the inspection of every dam of the valley.")
    assert claims.contradiction(c, _candidates(src_text), "en") is None
    # a claim that states the rebuilding the source denies is contradicted still
    rebuilt = _claim("A dam of the valley was rebuilt twice in the last sixty years, the board said.")
    assert claims.contradiction(rebuilt, _candidates(src_text), "en") is not None


def test_names_and_one_common_word_at_issue_are_no_contradiction() -> None:
    # only "Tarsk" and "embassy" would be at issue: a claim on another matter that mentions the same place
    c = _claim("The embassy in Tarsk opened a trade office, the ministry said.")
    assert claims.contradiction(c, _candidates(SOURCE), "en") is None


def test_a_form_of_be_is_no_topic_a_claim_shares_with_a_denial() -> None:
    # "было" (was) in a relative clause and "не было применения" (there was no use) share a copula and one noun
    # of another matter: the flight broke a zone, the denial is of weapons used
    src = prepare_source("s", "Не было контакта, не было применения никакого оружия нашими лётчиками.", language="ru")
    c = claims.Claim(0, 0, "Дрон летел в зоне применения ограничений, которое было введено для учений.", None)
    assert claims.contradiction(c, [(src, u, 0.5) for u in source_units(src)], "ru") is None
    assert "был" not in claims.content_stems("он был там") and "était" not in claims.content_stems("il était là")


def test_negation_scope_is_the_rest_of_the_clause() -> None:
    (scope,) = claims.negation_scopes("the talks are not about closing the embassy in Tarsk, he said")
    assert {"closin", "embass", "tarsk"} <= scope and "said" not in scope


# --- calques -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("The council approved the extension of the tram line, reports the council.", 1),
        ('"This line will help," the mayor Tomas Verhoeven noted.', 1),
        ("It is noted that the talks will continue.", 1),
        ("It operates within the framework of the global coalition.", 1),
        ("Earlier, Coast Wire reported that the vote had been delayed twice.", 1),
        ('"This line will help," said Mayor Tomas Verhoeven.', 0),
        ("The statement was issued on Thursday, said the Pentagon in a statement.", 0),
        ("The Pentagon reports that the talks will start.", 0),
    ],
)
def test_calques(text: str, n: int) -> None:
    assert len(editions.calques(text)) == n


# --- editions ------------------------------------------------------------------------------------


def test_editions_align_one_to_one_in_order() -> None:
    np = pytest.importorskip("numpy")
    rng = np.random.default_rng(0)
    base = rng.standard_normal((6, 32))
    base /= np.linalg.norm(base, axis=1, keepdims=True)
    noise = rng.standard_normal((6, 32)) * 0.3
    other = base + noise
    other /= np.linalg.norm(other, axis=1, keepdims=True)
    # the second edition lacks sentence 2 and adds an unrelated one at the end
    extra = rng.standard_normal((1, 32))
    extra /= np.linalg.norm(extra)
    b = np.concatenate([other[[0, 1, 3, 4, 5]], extra])
    pairs = editions.align_editions(base, b, 0.3)
    assert pairs == [(0, 0), (1, 1), (3, 2), (4, 3), (5, 4)]


# --- framing terms across languages --------------------------------------------------------------

BRIEFING = (
    "Q: Is this a negotiation about a withdrawal?\n\n"
    "MR. TARROW: No. This is not a negotiation about the withdrawal of our trainers. The commission is about "
    "how we train.\n\n"
    "The advisers will not take part in combat operations."
)


def _frame_units(text: str, lang: str = "en") -> list[tuple[object, object]]:
    src = prepare_source("mod-briefing.en", text, language=lang)
    return [(src, u) for u in source_units(src) if u.kind in ("sentence", "quote")]


@pytest.mark.parametrize(
    ("headline", "lang", "concept"),
    [
        ("Kurvanya, eğitmenlerin geri çekilmesi için müzakerelere başladı", "tr", "withdrawal"),
        ("مرواند وكورفانيا تبدآن مفاوضات حول انسحاب المدربين", "ar", "withdrawal"),
        ("La Korvanie négocie le retrait de ses formateurs", "fr", "withdrawal"),
        ("Корвания начала переговоры о выводе инструкторов", "ru", "withdrawal"),
        ("Корванія почала переговори про виведення інструкторів", "uk", "withdrawal"),
        ("Korvania verhandelt über den Abzug seiner Ausbilder", "de", "withdrawal"),
        ("Естова відправить бойові війська до Ліранії", "uk", "combat"),
        ("إستوفا ترسل قوات قتالية إلى ليرانيا", "ar", "combat"),
    ],
)
def test_a_frame_a_source_denies_in_another_language_is_found(headline: str, lang: str, concept: str) -> None:
    found = frames.frame_denial(headline, 0, lang, _frame_units(BRIEFING))
    assert found is not None and found.concept == concept
    assert "not" in found.unit.text and not found.unit.text.endswith("?")  # the answer, never the question
    assert headline[found.span[0] : found.span[1]]


@pytest.mark.parametrize(
    ("headline", "lang"),
    [
        ("Korvania talks on the withdrawal of trainers", "en"),  # one language: the claims' own rule reads it
        ("البنتاغون ينفي أي انسحاب للمدربين", "ar"),  # reports the denial
        ("La Korvanie dément tout retrait de ses formateurs", "fr"),
        ("Корвания не обсуждает вывод инструкторов", "ru"),  # negates the term itself
        ("Korvanya: Marvand'daki eğitmenlerimizi geri çekmiyoruz", "tr"),  # Turkish says "not" in the verb
        ("Корванія та Марванд обговорять графік навчання", "uk"),  # no framing term
    ],
)
def test_no_frame_denial_for_the_same_language_a_reported_denial_or_a_negated_term(headline: str, lang: str) -> None:
    assert frames.frame_denial(headline, 0, lang, _frame_units(BRIEFING)) is None


def test_a_frame_denied_with_another_word_and_never_by_a_question_turn() -> None:
    briefing = (
        "Q: Thank you. Reports say the reopening will let Borean warships back into the strait. Is that the plan?\n"
        "MS. ROE: No. The reopening is for commercial shipping. It does not change the status of military vessels."
    )
    headline = "Борея відкриває протоку для військових кораблів"
    found = frames.frame_denial(headline, 0, "uk", _frame_units(briefing))
    assert found is not None and found.concept == "military" and "military vessels" in found.unit.text
    assert "Reports say" not in found.unit.text  # the question turn denies nothing
    from provenance.settings import defaults

    claim = claims.Claim(0, len(headline), headline, None, headline=True)
    src = prepare_source("mod-briefing.en", briefing, language="en")
    assert claims._framed(claim, [src], "uk", defaults()) is not None  # the question's "warships" asserts nothing


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le ministère ne prévoit pas de retrait des troupes", "fr"),
        ("Ein Abzug der Truppen steht nicht zur Debatte", "de"),
        ("El ministerio no prevé ninguna retirada de las tropas", "es"),
    ],
)
def test_a_negated_frame_term_in_french_german_or_spanish_is_not_asserted(text: str, lang: str) -> None:
    assert frames.asserted_terms(text, lang) == []
    assert "withdrawal" in frames.denied_terms(text, lang)


def test_a_german_perfect_tense_denial_reports_the_denial() -> None:
    text = "Das Ministerium hat Berichte über einen Abzug der Truppen zurückgewiesen"
    assert frames.asserted_terms(text, "de") == []


def test_a_frame_one_source_asserts_has_a_voice_and_is_no_contradiction() -> None:
    from provenance.settings import defaults

    denies = prepare_source("mod-briefing.en", BRIEFING, language="en")
    asserts = prepare_source("mfa.ar", "وتطالب الحكومة بانسحاب المدربين الأجانب خلال عامين.", language="ar")
    headline = "Kurvanya, eğitmenlerin geri çekilmesi için müzakerelere başladı"
    claim = claims.Claim(0, len(headline), headline, None, headline=True)
    assert claims._framed(claim, [denies], "tr", defaults()) is not None
    assert claims._framed(claim, [denies, asserts], "tr", defaults()) is None


def test_drift_a_pair_cannot_show_is_not_read() -> None:
    from provenance.report import Drift
    from provenance.semantic.stage import readable

    found = [Drift("name", "Provokationen", "Tat"), Drift("negation", "Wir akzeptieren", None)]
    # a German source's capitals are nouns; other sources keep their name drift
    assert [d.type for d in readable(found, "Provokationen sind entsetzlich.", "…", "de")] == ["negation"]
    assert [d.type for d in readable(found, "Provokationen sind entsetzlich.", "…", "en")] == ["name", "negation"]
    # a quote the page cuts off mid-word: what its end would say is missing, not dropped
    page = "Titre\n\nLe ministère a dit : « Permettre cet acte sous prétexte de liberté d'expressio"
    cut = "Permettre cet acte sous prétexte de liberté d'expressio"
    assert [d.type for d in readable(found, cut, page, "en")] == ["name"]
    assert [d.type for d in readable(found, cut + " est inacceptable.", page + " est inacceptable. »", "en")] == [
        "name",
        "negation",
    ]
    # ... or after a comma, the page ending inside the quote: its sentence goes on past the cut
    comma_page = "Titre\n\nLe ministère a dit : « Permettre cet acte, sous prétexte de liberté,"
    assert [d.type for d in readable(found, "Permettre cet acte, sous prétexte de liberté,", comma_page, "en")] == [
        "name"
    ]
    # a quote that closes its sentence before the page ends keeps what it drops
    stop_page = "Titre\n\nLe ministère a dit : « Permettre cet acte sous prétexte de liberté."
    assert [d.type for d in readable(found, "Permettre cet acte sous prétexte de liberté.", stop_page, "en")] == [
        "name",
        "negation",
    ]


EVACUATED = (
    "Statement of the Civil Protection Service\n\n"
    "We ask the residents of Orlin not to return to the evacuated districts of the valley until the all-clear.\n\n"
    "The evacuation of the lower districts of the valley began at dawn.\n"
)


def test_a_negated_verb_denies_its_own_action_not_the_words_of_its_object() -> None:
    # "not to return to the evacuated districts" denies the return; the evacuation it names stands
    c = _claim("Residents of two districts of the valley were evacuated from Orlin, the service said.")
    assert claims.contradiction(c, _candidates(EVACUATED), "en") is None
    # a negation that passes through "mean" denies the clause after it
    c = _claim("The ministry confirmed that the fuel spill is over as a threat to the fishermen of the bay.")
    src = "That does not mean the fuel spill is over as a threat to the fishermen of the bay, the ministry said.\n"
    assert claims.contradiction(c, _candidates(src), "en") is not None


def test_a_question_answered_no_denies_what_it_asks_whatever_its_verbs() -> None:
    # "No." to "Is Borea setting up a joint command?" denies the joint command; the question holds no negation
    src = "Q: Is Borea setting up a joint command with Orlin?\n\nMS. ROE: No. It is a small liaison cell.\n"
    c = _claim("The two countries will also set up a joint command with Orlin, the ministry said.")
    found = claims.contradiction(c, _candidates(src), "en")
    assert found is not None and "joint command" in found.unit.text


def test_a_dotted_acronym_is_one_acronym_not_two_names() -> None:
    a = A.anchors_of("The strikes endangered U.S. personnel, the U.N. said.", language="en")
    assert a.acronyms == {"US", "UN"} and "u" not in a.names + a.lead_names
    # ... and it is the acronym a translation writes without dots
    v = A.compare(A.anchors_of("Die Angriffe gefährdeten US-Personal", language="de"), a)
    assert v.facts == 1 and not v.conflicts


def test_a_german_noun_is_no_name_in_conflict_with_a_source_name() -> None:
    from provenance.semantic.verdicts import anchor_verdict

    text = "The attacks endangered Borean sailors."
    src = prepare_source("s", text, language="en")
    v = anchor_verdict("Die Angriffe gefährdeten Seeleute", "de", text, src, Settings())
    assert not v.conflicts


@pytest.mark.parametrize(
    ("headline", "lang", "source", "source_lang"),
    [
        (
            "Borea prepares the withdrawal of its trainers",
            "en",
            "Міністерство наголошує, що виведення інструкторів не розглядається.",
            "uk",
        ),
        (
            "Борея готує виведення інструкторів",
            "uk",
            "The ministry stressed that a withdrawal of the trainers is not on the table.",
            "en",
        ),
    ],
)
def test_a_term_its_clause_denies_by_a_predicate_after_it_is_denied(
    headline: str, lang: str, source: str, source_lang: str
) -> None:
    from provenance.settings import defaults

    src = prepare_source("ministry." + source_lang, source, language=source_lang)
    claim = claims.Claim(0, len(headline), headline, None, headline=True)
    found = claims._framed(claim, [src], lang, defaults())
    assert found is not None  # the denial's own sentence does not assert the term it denies
    assert frames.denied_terms("The withdrawal of the trainers is planned for Monday.", "en") == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Asked about a possible withdrawal of the troops, the spokeswoman said the talks would go on", "en"),
        ("Interrogée sur un éventuel retrait des troupes, la porte-parole a été catégorique", "fr"),
        ("Відповідаючи на запитання про виведення військ, речниця сказала, що переговори тривають", "uk"),
    ],
)
def test_a_clause_reporting_a_question_asserts_no_frame(text: str, lang: str) -> None:
    assert frames.terms(text, lang) and frames.asserted_terms(text, lang) == []


def test_five_words_in_a_row_outside_stop_words_are_a_copied_run() -> None:
    from provenance.semantic.units import copied_run

    unit = "We will begin an oral vaccination campaign on Monday, June 14."
    assert copied_run("Dornia will begin an oral cholera vaccination campaign on Monday, June 21,", unit)
    assert not copied_run("The campaign will begin on Monday in the province", unit)
    assert not copied_run("and it is in the of", "and it is in the of the")  # stop words alone copy nothing


def test_a_stamp_line_is_half_dates_times_and_figures_and_a_statement_is_not() -> None:
    from provenance.semantic.units import stamp_like

    assert stamp_like("18 марта 2027, 09:15 | Раздел: В мире")
    assert stamp_like("Issued: 18 May 2027")
    assert not stamp_like("The ministry said 18 people died in the floods on 18 May 2027.")


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Tessel rejected the charge and reiterated that it had no troops in the district.", True),
        ("Il a affirmé que les troupes resteront dans la région.", True),
        ("Минобороны заявило, что войск там нет.", True),
        ("Tessel has no troops in the district.", False),
        ("The talks are about the withdrawal of troops, officials say.", False),  # the article's frame, credited after
        # the complementiser left out before a subject pronoun
        ("The port operator said it is yet to be decided whether the terminal will open on Monday.", True),
        ("Die Behörde sagte, sie habe keine Truppen in der Region.", True),
        ("The operator said the terminal will open on Monday.", False),  # no pronoun: the article may state it
    ],
)
def test_a_sentence_reporting_speech_is_someones_word_not_the_articles(sentence: str, want: bool) -> None:
    from provenance.semantic.excerpts import reported

    assert reported(sentence) is want


def test_two_words_that_only_share_a_stem_are_no_denial_of_each_other() -> None:
    # "contingent" and "continue" share the stem "contin": the source denies a condition, not the fighting
    src = (
        "Regrettably, the council did not block the new text, which calls for a truce that is not contingent on "
        "the release of the detainees."
    )
    c = _claim("He said the army intends to continue fighting until all detainees are returned.")
    assert claims.contradiction(c, _candidates(src), "en") is None
    assert not claims.one_lexeme("contin", "continue", "contingent")
    assert claims.one_lexeme("negoti", "negotiations", "negotiate")
    assert claims.one_lexeme("залож", "заложников", "заложники")


SPREAD = (
    "Health Bureau statement\n\n"
    "The fever has now spread to the coastal provinces that had not previously reported any cases of it.\n"
)
SPREAD_DENIED = "Health Bureau statement\n\nThe coastal provinces have not reported any cases of the fever.\n"


def test_a_negation_inside_a_relative_clause_denies_no_claim() -> None:
    # "provinces that had not previously reported cases" describes the provinces; the claim that cases were
    # reported in them is what the source says, not what it denies
    c = _claim("Cases of the fever, previously unknown there, have now been reported in the coastal provinces.")
    assert claims.contradiction(c, _candidates(SPREAD), "en") is None
    # ... the same negation as the sentence's own predicate denies it
    assert claims.contradiction(c, _candidates(SPREAD_DENIED), "en") is not None


@pytest.mark.parametrize(
    ("text", "negation", "relative"),
    [
        ("the provinces that had not reported cases", "not", True),
        ("Länder, die bisher keine Fälle gemeldet hatten", "keine", True),
        ("страны, которые не сообщали о случаях", "не", True),
        ("الدول التي لم تبلغ عن حالات", "لم", True),
        # what was said, not a relative clause: a verb of saying before "that", or a subject after it
        ("The bureau said that it will not close the port", "not", False),
        ("told reporters at a briefing that the talks are not about the port", "not", False),
        ("The talks are not about the port", "not", False),
        # ... with an adverb of manner between the verb and "that"
        ("The bureau said clearly that no ship will leave the port", "no", False),
        ("La oficina dijo claramente que ningún barco saldrá del puerto", "ningún", False),
    ],
)
def test_a_relative_clause_is_told_from_what_was_said(text: str, negation: str, relative: bool) -> None:
    from provenance.semantic.relatives import in_relative_clause

    assert in_relative_clause(text, text.index(negation) + len(negation)) is relative


def _stage_drift(article: str, source: str, unit: str) -> list[str]:
    from types import SimpleNamespace

    from provenance.semantic import stage

    at = source.index(unit)
    m = SimpleNamespace(
        source=SimpleNamespace(text=source, language="en"),
        unit=SimpleNamespace(start=at, end=at + len(unit), text=unit),
    )
    ctx = SimpleNamespace(settings=Settings(), language=SimpleNamespace(code="en"), text=article)
    return [d.type for d in stage._drift(article, m, False, ctx)]  # type: ignore[arg-type]


def test_a_negation_opening_the_tail_of_x_not_y_is_no_claim_of_the_units() -> None:
    source = "Its ferries call at the larger islands, not the small harbours of the gulf."
    assert "negation" not in _stage_drift(
        "the small harbours of the gulf", source, "not the small harbours of the gulf."
    )
    from provenance.semantic.readable import contrast_tail

    assert contrast_tail(source, source.index("not the"))
    # a unit opening its own sentence with the negation is no tail of a contrast
    denied = "Ferries call at the islands. Not one reaches the small harbours of the gulf."
    assert not contrast_tail(denied, denied.index("Not one"))


def test_a_unit_far_longer_than_the_rendering_holds_clauses_it_does_not_render() -> None:
    short = "The board condemns the closure of the harbour."
    one = "The board does not condemn the closure of the harbour."
    many = (
        one + " Ferries will keep sailing to the islands until May. Trucks will use the coastal road while the "
        "bridge is mended. Fares stay as they are for the season, and the night service runs as before."
    )
    assert "negation" in _stage_drift(short, one, one)
    assert "negation" not in _stage_drift(short, many, many)


def test_a_suspension_is_no_flipped_negation_of_going_on_without() -> None:
    x = "Night buses will run without the depot's drivers."
    y = "The depot announced the suspension of its night buses."
    assert "negation" not in [d.type for d in M.meaning_drift(x, y, Settings(), cross=False)]


def test_a_claim_that_denies_what_the_source_denies_is_not_contradicted_by_it() -> None:
    # the claim's own "no such thing" stands in a clause after "want to state unequivocally that", which the stated
    # reading sets aside: both sides deny a second closure, and the source's denial contradicts nothing
    src = (
        "Statement by the Mayor\n\nDear fellow citizens. I closed the port at 11 p.m. on Monday. About two hours "
        "later I ordered the crews to withdraw and reopened it. The closure of the port was motivated by the "
        "desperation of the mayor. However, I caused concern and inconvenience to the people. There are rumours that "
        "the port will be closed again, but let me be clear. There will be no such thing as a second closure of the "
        "port. For the rest of my term, I will entrust my power to the council.\n"
    )
    c = _claim(
        "To address circulating concerns about another closure of the port, I want to state unequivocally that no "
        "such thing will ever happen again."
    )
    assert claims.contradiction(c, _candidates(src), "en") is None


def test_a_place_and_a_date_alone_say_nothing_a_passage_could_render() -> None:
    from provenance.pipeline.passages import says_nothing

    assert says_nothing("en Orlin, el 5 de mayo de 2024.")
    assert says_nothing("in Orlin, on 5 August 2024.")
    assert not says_nothing("Protesters gathered in Orlin on 5 August 2024.")
    assert not says_nothing("تظاهر الطلاب في العاصمة يوم 5 آب")


def test_a_day_dates_a_report_when_a_verb_of_saying_follows_it() -> None:
    from provenance.pipeline.date_drift import dates_report

    assert dates_report("28 September", "On September 28, the Orlin army said its strike had hit the depot.")
    assert dates_report("28 September", "The army said on 28 September that its strike had hit the depot.")
    assert dates_report("28 сентября", "28 сентября армия заявила, что удар поразил склад.")
    assert not dates_report("27 September", "On 27 September, the air force struck the depot.")
    assert not dates_report("27 September", "The strike of 27 September hit the depot, destroying it.")
    # the date of what was reported, the attribution after it: "said on Tuesday" dates the saying, not "Nov. 8"
    assert not dates_report("8 November", "The advisers will arrive in Mesk on Monday, Nov. 8, the ministry said.")


def test_a_date_between_two_sentences_of_speaking_is_a_look_not_an_alarm() -> None:
    from provenance.pipeline.date_drift import saying_days
    from provenance.report import Drift

    found = [Drift("date", "24 June", "26 June")]
    article = "В субботу, 24 июня, мэр Иван Марек выступил с обращением к горожанам."
    source = "Мэр Иван Марек вечером 26 июня обратился к жителям города."
    assert [d.confidence for d in saying_days(found, article, source)] == ["low"]
    # a date of something else than an address stays an alarm, said or not
    moved = saying_days(found, "The bridge reopened on 24 June.", "The bridge reopened on 26 June.")
    assert [d.confidence for d in moved] == [None]
    said = saying_days(found, "The bridge reopened on 24 June, the city said.", "It reopened on 26 June, it said.")
    assert [d.confidence for d in said] == [None]
