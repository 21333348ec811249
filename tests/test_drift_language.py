"""Drift that knows language (#12): number words of every language read whole, a weekday that dates an attribution,
conditional moods as hedges, questions answered "No.", role labels of transcripts, and names in their long form."""

from __future__ import annotations

import pytest

from provenance.pipeline import anchors as A
from provenance.pipeline import meaning as M
from provenance.pipeline.align import prepare_source
from provenance.pipeline.attribution import same_speaker, transcript_turns
from provenance.pipeline.drift import drift_of, number_value
from provenance.pipeline.markers import find_markers
from provenance.pipeline.meaning import hedged
from provenance.pipeline.name_swaps import stem_shared as _stem_shared
from provenance.pipeline.passage_names import parallel_names
from provenance.pipeline.passages import match_passage
from provenance.report import Drift, Passage, PassageMatch
from provenance.semantic.frames import answered_no
from provenance.settings import Settings
from provenance.text import tokens


def _values(text: str) -> list[set[float]]:
    return [set(n.values) for n in A.anchors_of(text).numbers]


def test_number_words_of_french_spanish_turkish_and_linked_english_are_read_whole() -> None:
    assert _values("Deux cent cinquante agents sont mobilisés.") == [{250.0}]
    assert _values("treinta y siete pescadores") == [{37.0}]
    assert _values("iki yüz elli kişi") == [{250.0}]
    assert _values("Two hundred and fifty staff") == [{250.0}]
    assert _values("ten and five") == [{10.0}, {5.0}]  # "and" joins only a round number and a smaller one


def test_ambiguous_number_words_are_not_numbers() -> None:
    assert _values("rates rose 20 per cent in Sept") == [{20.0}]  # "cent" alone, "Sept" the month
    assert _values("the talks went on") == []  # Turkish "on" (ten) is left out


def test_a_changed_figure_is_set_against_the_nearest_in_magnitude() -> None:
    v = A.compare(A.anchors_of("raised the rate to 7.5%"), A.anchors_of("raised it by 50 points to 7.25%"))
    assert [(d.quote_side, d.source_side) for d in v.conflicts] == [("7.5%", "7.25%")]


def test_a_turkish_month_with_a_case_ending_is_a_month() -> None:
    d = A.anchors_of("8 Ocak'tan bu yana tutulan balıkçılar").dates
    assert d["month"] == {1} and 8 in d["monthday"]


def test_a_weekday_that_dates_an_attribution_is_no_date() -> None:
    assert not A.anchors_of("Water was restored, the council said on Thursday.").dates["weekday"]
    assert A.anchors_of("The station was damaged on Tuesday, the council said.").dates["weekday"] == {2}
    assert A.anchors_of("will begin on Monday, June 14, she said").dates["weekday"] == {1}


def test_the_conditional_mood_hedges_and_nouns_that_look_like_it_do_not() -> None:
    assert hedged(A.words("la banque le relèverait encore")) is not None
    assert hedged(A.words("el banco lo subiría otra vez")) is not None
    assert hedged(A.words("le retrait des troupes")) is None
    assert hedged(A.words("la secretaría y la mayoría")) is None


def test_arabic_qad_after_kana_is_the_past_perfect_not_a_hedge() -> None:
    assert hedged(A.words("وكان وزير الخارجية محمد بن سعيد الحارثي قد أجرى اتصالا")) is None
    assert hedged(A.words("قد تتوسع العمليات")) is not None


def test_a_question_answered_no_is_a_denial() -> None:
    t = "Q: Is it a joint command?\n\nCOL. DOE: No. It is a coordination cell.\n\nQ: Will they fight?\n\nA: Not really."
    assert answered_no(t, t.index("?") + 1)
    assert not answered_no(t, t.index("fight?") + 6)


def test_a_transcript_role_label_is_the_person_its_heading_names() -> None:
    t = "Remarks to the press\n\nJane Roe, Secretary-General\n\nSG: Good morning.\n\nQ: Why?\n\nSG: Because."
    assert {w for _, _, w in transcript_turns(t)} == {"Jane Roe", "a reporter"}
    t2 = "Briefing\n\nMS. LEE: Hello.\n\nQ: Why?\n\nMS. LEE: Because."
    assert {w for _, _, w in transcript_turns(t2)} == {"Lee", "a reporter"}


def test_a_described_speaker_cannot_be_told_from_a_named_one() -> None:
    assert same_speaker("le chef des Nations unies", "Jane Roe") is None
    assert same_speaker("Jane Roe", "John Doe") is False


def test_a_country_in_its_short_and_official_names_is_one_name() -> None:
    assert _stem_shared(["Russia"], ["Russian", "Federation"])
    assert not _stem_shared(["Jane", "Roebuck"], ["Jane", "Doerner"])


def test_a_published_stamp_alone_on_its_line_is_page_furniture() -> None:
    text = "Headline here\n\nPublished : Friday, 25 February, 2027 at 12:00 AM  Count : 102\n\nBody text follows here."
    stamps = [m for m in find_markers(text) if m.kind == "updated"]
    assert [m.value for m in stamps] == [{"time": "Friday, 25 February, 2027 at 12:00 AM", "stamp": "published"}]


def test_a_modal_after_a_relative_pronoun_for_people_is_no_hedge() -> None:
    from provenance.pipeline.meaning import words

    assert hedged(words("But let all those who might seek to do us harm know this")) is None
    assert hedged(words("Пусть знают те, кто может нам навредить")) is None
    assert hedged(words("The talks might resume next week")) is not None
    assert hedged(words("A deal which could end the war was signed")) is not None  # a thing's pronoun: a hedge


def test_a_word_that_means_not_accepted_is_the_negation_it_renders() -> None:
    from provenance.pipeline.meaning import meaning_drift
    from provenance.settings import Settings

    found = meaning_drift(
        "We do not accept that this provocative act is allowed.",
        "Permitting this provocative act is completely unacceptable.",
        Settings(),
    )
    assert "negation" not in {d.type for d in found}


def test_a_negative_pronoun_of_having_nothing_to_do_is_a_negation() -> None:
    # "нечего делать" (have no business): the negation is in the pronoun, as in the Ukrainian "нікуди"
    assert M.negated(A.words("Американским кораблям нечего делать у наших берегов")) is not None
    assert M.negated(A.words("Літакам нікуди повертатися")) is not None
    assert M.negated(A.words("Американским кораблям есть что делать у наших берегов")) is None


def test_arabic_that_not_written_as_one_word_is_a_negation_across_languages() -> None:
    # "ألا" (أن + لا): "the strike must not be allowed to spread"; "إلا أن" (however) negates nothing
    assert M.negated(A.words("يجب ألا يمتد الإضراب إلى الموانئ الأخرى")) is not None
    assert M.negated(A.words("وأكد على ضرورة ألا يمتد الإضراب")) is not None
    assert M.negated(A.words("إلا أن الإضراب امتد إلى الموانئ الأخرى")) is None


def test_a_german_text_has_no_names_by_its_capitals_but_keeps_its_acronyms() -> None:
    text = "Die Regierung verurteilte die Tat in Orlin, sagte die NATO."
    assert "orlin" in {n.lower() for n in A.anchors_of(text).names}
    german = A.anchors_of(text, language="de")
    assert not german.names and "NATO" in german.acronyms
    assert A.capitals_are_names("en") and A.capitals_are_names(None) and not A.capitals_are_names("de")


def test_a_name_drift_on_a_source_sentence_another_passage_renders_is_a_parallel_sentence() -> None:
    def passage(start: int, src: tuple[int, int], drift: tuple[Drift, ...]) -> Passage:
        return Passage("…", start, start + 10, PassageMatch("paraphrase", "s", *src, 0.6), drift)

    swap = (Drift("name", "Ms Roe", "Mr Doe"),)
    # the article renders the sentence on Mr Doe, then the same sentence on Ms Roe (the source's is cut off)
    both = parallel_names([passage(0, (100, 200), ()), passage(50, (100, 220), swap)])
    assert [p.drift for p in both] == [(), ()]
    # rendered once, with another name: a swap
    once = parallel_names([passage(0, (300, 400), ()), passage(50, (100, 220), swap)])
    assert [p.drift for p in once] == [(), swap]


def test_arabic_ghayr_is_a_privative_not_a_negation_wherever_it_stands() -> None:
    assert M.negated(A.words("وأدانت الوزارة البناء غير القانوني في المنطقة")) is None  # the unlawful building
    assert M.negated(A.words("وقالت الوزارة إن القرار غير مقبول")) is None  # "unacceptable", as in English
    assert M.negated(A.words("وقالت الوزارة إنها لا تقبل القرار")) is not None  # "does not accept": a verb negated
    # the privative renders a "not", and a "not" renders it
    source = "The ministry said it does not accept the decision."
    assert M.meaning_drift("وقالت الوزارة إن القرار غير مقبول", source) == []


@pytest.mark.parametrize(
    ("article", "source", "drifts"),
    [
        # a demand restates the condition: no negation of the source's is dropped
        (
            "Under the ruling, the port's demands must be met within a week.",
            "In the event the port's demands are not met within one week, the board will act.",
            0,
        ),
        ("Si les demandes sont satisfaites, le port rouvrira.", "If the demands are not met, the port will reopen.", 1),
        ("The port's demands were met within a week.", "The port's demands were not met within one week.", 1),
        ("El gobierno se comprometió a cerrar el puerto.", "The government pledged not to close the port.", 1),
    ],
)
def test_a_negation_in_a_condition_the_rendering_restates_as_a_demand_is_no_drift(
    article: str, source: str, drifts: int
) -> None:
    found = [d for d in M.meaning_drift(article, source, cross=article[:2] in ("Si", "El")) if d.type == "negation"]
    assert len(found) == drifts, found


def test_a_number_the_neighbouring_source_sentence_holds_is_a_fused_rendering_not_drift() -> None:
    # the article renders the neighbour of the sentence it is placed on: its number is the neighbour's
    article = "Más de 40 puertos se vieron afectados, dijo."
    unit = "More than 900 vessels have had to change course."
    around = "More than 40 ports have been affected by attacks on shipping.\n"

    def numbers(found: list[Drift]) -> list[tuple[str | None, str | None]]:
        return [(d.quote_side, d.source_side) for d in found if d.type == "number"]

    assert numbers(M.meaning_drift(article, unit, cross=True)) == [("40", "900")]
    assert numbers(M.meaning_drift(article, unit, cross=True, y_context=around)) == []
    # a number the neighbours do not hold stays a drift
    assert numbers(M.meaning_drift(article, unit, cross=True, y_context="Crews were held.\n")) == [("40", "900")]


def test_arabic_vowel_marks_stay_inside_their_word() -> None:
    # a shadda inside a word is no word break: "المتمرّدون" holds no "دون" (without), so no negation
    text = "ضربات ضدّ مواقع يستخدمها المتمرّدون"
    assert [w.low for w in A.words(text)][-1] == "المتمردون"
    assert M.negated(A.words(text)) is None


def test_a_date_sharing_only_its_month_or_weekday_with_the_neighbours_stays_a_drift() -> None:
    article = "Die Arbeiten sollen bis Dienstag, 16. März, abgeschlossen sein."
    unit = "The works are planned to finish by Tuesday, 9 March."
    around = "The pump failed on Tuesday, 2 March.\n"
    assert [d.type for d in M.meaning_drift(article, unit, cross=True, y_context=around)] == ["date"]


def _conflicts(article: str, source: str, language: str | None = None) -> list[tuple[str, str, str]]:
    v = A.compare(A.anchors_of(article, language=language), A.anchors_of(source, language=language))
    return [(d.type, d.quote_side, d.source_side) for d in v.conflicts]


def test_a_dual_or_both_is_a_shared_count_but_never_the_counterpart_of_a_changed_number() -> None:
    # "the two sides agreed …" against "… after eleven years": the dual says nothing a count could drift from
    assert _conflicts("بعد أحد عشر عاماً من انتشار البعثة", "اتفق الجانبان على إنهاء وجود البعثة") == []
    assert _conflicts("Eleven officers met", "Both officers met") == []
    assert A._number_in(A.anchors_of("Both ministers signed").numbers[0], A.anchors_of("The two ministers").numbers)
    assert _conflicts("Three officers met", "Two officers met") == [("number", "Three", "Two")]  # a numeral still


def test_decades_and_years_are_one_duration() -> None:
    assert _conflicts("لم تعرفه منذ ثلاثة عقود", "لم تشهده منذ أكثر من ثلاثين عاماً") == []
    assert _conflicts("the worst flood in three decades", "the worst flood in thirty years") == []
    assert _conflicts("in three decades", "in twenty years") == [("number", "three", "twenty")]
    assert _values("in a quarter of an hour") == [{15.0}]  # the English article "an" is no French year


def test_a_body_noun_in_capitals_is_no_name_to_drift_from() -> None:
    # "según el Ministerio" names nobody the source could have named otherwise
    assert _conflicts("Dos de ellos tienen heridas leves, según el Ministerio.",
                      "Dos de ellos tienen heridas leves, dijo Rosaura Elcano.", "es") == []  # fmt: skip
    assert _conflicts("Dos de ellos tienen heridas, dijo Marta Olvido.",
                      "Dos de ellos tienen heridas, dijo Rosaura Elcano.", "es")[0][0] == "name"  # fmt: skip


def test_a_negation_of_doubt_asserts() -> None:
    for text in ("I have no doubt about that", "I don't doubt it", "ولا يساورني أدنى شك في ذلك", "Я не сомневаюсь"):
        assert M.negated(A.words(text)) is None, text
    assert M.negated(A.words("We do not accept it")) is not None


def test_the_abbreviation_of_number_before_a_figure_is_no_negation() -> None:
    for text in ("The ammonia goes from tank No. 3 to a reserve tank", "Nos. 4 and 5 stay closed"):
        assert not M.has_negation(text), text
    for text in ("There is no 3rd option", "No, the tanks stay closed", "There were no casualties"):
        assert M.has_negation(text), text


def test_a_modal_inside_a_whether_question_is_no_hedge() -> None:
    assert hedged(A.words("ein Gutachten soll klären, ob die Brücke instand gesetzt werden kann")) is None
    assert hedged(A.words("It is unclear whether the talks can resume")) is None
    assert hedged(A.words("Die Brücke kann instand gesetzt werden")) is not None
    assert hedged(A.words("Officials may resume the talks")) is not None


def test_the_future_and_subjunctive_of_french_and_spanish_can_are_hedges() -> None:
    assert hedged(A.words("des escortes navales pourront être fournies")) is not None
    assert hedged(A.words("las escoltas podrán acompañar a los buques")) is not None


def test_nothing_but_asserts_in_every_language() -> None:
    for text in ("ce n’est rien d’autre qu’une trahison", "Das ist nichts anderes als Verrat",
                 "No es más que una traición", "Это не что иное, как предательство", "ما نواجهه ليس إلا خيانة",
                 "سيعاقب لا محالة أمام القانون", "It was nothing short of a betrayal"):  # fmt: skip
        assert M.negated(A.words(text)) is None, text


def test_a_negated_sentence_beyond_the_source_span_is_no_negation_drift() -> None:
    # the quote runs on into a sentence the stored source does not hold ("[…]" there)
    quote = "Ми не дамо цьому повторитися. Захистимо і наш народ, і нашу державність від будь-яких загроз."
    assert M.meaning_drift(quote, "Защитим и наш народ, и нашу государственность от любых угроз.", cross=True) == []
    # in one language the sentence sharing the source's words is its rendering: its negation is drift
    found = M.meaning_drift("We will not protect our people. We act.", "We will protect our people.")
    assert [d.type for d in found] == ["negation"]


def test_a_negated_clause_that_shares_no_word_with_the_source_span_is_no_negation_drift() -> None:
    # the lede fuses a sentence the stored source lacks ("не дадут этому повториться") with one it holds
    lede = "Петров заверил, что власти не дадут этому повториться, защитят и народ, и государственность от угроз"
    assert M.meaning_drift(lede, "Защитим и наш народ, и нашу государственность от любых угроз.") == []
    # the negated clause is the one that renders the source: drift
    found = M.meaning_drift("The port will not reopen, officials said.", "The port will reopen, officials said.")
    assert [d.type for d in found] == ["negation"]


def test_a_negated_clause_beside_others_may_render_words_the_stored_source_lacks() -> None:
    # the stored statement has "[…]" where the original said "we will not allow it again"; the quote's negated
    # clause renders those words, not the sentence after the gap
    source = "The strike was repelled. […] We will protect our people and our city from any threat."
    quote = "that we will not allow this again, and we will protect our people and our city from any threat"
    a = source.index("We will")
    unit = source[a:]
    assert M.borders_gap(source, a, len(source))
    s = Settings()
    assert [d.type for d in M.meaning_drift(quote, unit, s, cross=True, y_gap=True)] == []
    # without the gap, the negation the unit lacks is drift
    assert [d.type for d in M.meaning_drift(quote, unit, s, cross=True)] == ["negation"]
    # ... and a negated quote of one clause says what the unit after the gap denies
    assert [d.type for d in M.meaning_drift("we will not protect our city", unit, s, cross=True, y_gap=True)] == [
        "negation"
    ]


def test_potentially_and_the_potential_to_are_hedges() -> None:
    s = Settings()
    source = "Эта авария может иметь серьезные последствия для тысяч жителей."
    for quote in ("potentially have serious consequences for thousands of residents",
                  "has the potential to cause serious consequences for thousands of residents"):  # fmt: skip
        assert [d.type for d in M.meaning_drift(quote, source, s, cross=True)] == []
    assert [d.type for d in M.meaning_drift("will have serious consequences for thousands", source, s, cross=True)] == [
        "modality"
    ]


def test_a_possibility_said_with_a_noun_renders_a_hedge() -> None:
    # "the potential for further flooding" rendered as "the possibility of": the hedge is kept, not dropped
    s = Settings()
    source = "The potential for further flooding along the river is very worrying."
    for quote in (
        "Можливість подальшого затоплення вздовж річки дуже тривожить.",
        "Возможность дальнейшего затопления вдоль реки вызывает тревогу.",
        "La possibilité de nouvelles inondations le long du fleuve est très inquiétante.",
        "Die Möglichkeit weiterer Überschwemmungen entlang des Flusses ist sehr besorgniserregend.",
        "La posibilidad de nuevas inundaciones a lo largo del río es muy preocupante.",
    ):
        assert [d.type for d in M.meaning_drift(quote, source, s, cross=True)] == [], quote
    # ... while a rendering that states it as certain drops it
    firm = "Подальше затоплення вздовж річки дуже тривожить."
    assert [d.type for d in M.meaning_drift(firm, source, s, cross=True)] == ["modality"]


def test_other_than_that_and_especially_negate_nothing_in_arabic() -> None:
    from provenance.pipeline.anchors import words

    assert M.negated(words("تقديم المياه والغذاء وغير ذلك من المساعدات الأساسية")) is None
    assert M.negated(words("لا سيما في المناطق الساحلية")) is None
    assert M.negated(words("لن نقبل هذا العمل")) is not None


def test_simply_restricts_as_only_does() -> None:
    s = Settings()
    source = "The flood only confirms to the world that they must leave."
    assert M.meaning_drift("the flood simply shows the world that they must leave", source, s) == []


def test_locative_months_and_the_levantine_two_word_months_are_read() -> None:
    assert A.anchors_of("Третій раунд відбудеться в січні").dates["month"] == {1}
    assert A.anchors_of("Переговоры пройдут в ноябре").dates["month"] == {11}
    assert A.anchors_of("تعقد الجولة في كانون الأول المقبل").dates["month"] == {12}  # December, not January
    assert A.anchors_of("في تشرين الثاني الماضي").dates["month"] == {11}  # November, not October
    assert A.anchors_of("في كانون الثاني/يناير 2026").dates["month"] == {1}


def test_a_name_set_off_by_commas_is_no_clause_that_takes_the_hedge_away() -> None:
    found = M.meaning_drift(
        "Кампанію поширять і на третій район, Кессел, повідомила міністр.",
        "The campaign could be extended to a third district, Kessel, if cases there rise.",
        cross=True,
    )
    assert [(d.type, d.source_side) for d in found if d.type == "modality"] == [("modality", "could")]


def test_an_approximate_figure_given_as_exact_in_a_read_language_is_no_weak_evidence() -> None:
    source = "The Board expects inflation to fall to about 6 percent by the end of 2028."

    def dropped(article: str, lang: str | None) -> list[str | None]:
        found = M.meaning_drift(article, source, cross=True, x_lang=lang)
        return [d.confidence for d in found if d.type == "dropped_qualifier"]

    assert dropped("Le Conseil table sur une inflation de 6 % fin 2028.", "fr") == [None]
    assert dropped("Le Conseil table sur une inflation d'environ 6 % fin 2028.", "fr") == []
    # a language the approximation lexicon does not read: weak, as before
    assert dropped("Dewan memperkirakan inflasi sekitar 6 persen pada akhir 2028.", "id") == ["low"]
    # a figure the article does not give: its qualifier was not rendered either ("for more than two years")
    assert dropped("Le Conseil table sur un recul de l'inflation fin 2028.", "fr") == []


def test_all_for_nearly_all_is_a_dropped_qualifier_in_any_language_and_a_kept_one_is_none() -> None:
    source = "Nearly all of the drones were intercepted before they reached the border, the army said."

    def dropped(article: str, lang: str) -> list[str | None]:
        found = M.meaning_drift(article, source, cross=True, x_lang=lang)
        return [d.source_side for d in found if d.type == "dropped_qualifier"]

    assert dropped("Все беспилотники были сбиты до границы, заявили в армии.", "ru") == ["Nearly all of the"]
    assert dropped("تم اعتراض جميع الطائرات المسيرة قبل وصولها إلى الحدود", "ar") == ["Nearly all of the"]
    # the article keeps the approximation, before or after its figure, or says "most": no drift
    assert dropped("Почти все беспилотники были сбиты до границы.", "ru") == []
    assert dropped("تم اعتراض جميع الطائرات المسيرة تقريبا قبل وصولها إلى الحدود", "ar") == []
    assert dropped("Die meisten Drohnen wurden vor der Grenze abgefangen.", "de") == []


def test_an_approximation_dropped_in_turkish_is_read_where_the_suffixes_are_not() -> None:
    source = "The aim is to vaccinate about 450,000 people within ten days."

    def dropped(article: str) -> list[str | None]:
        return [d.source_side for d in M.meaning_drift(article, source, cross=True, x_lang="tr")
                if d.type == "dropped_qualifier"]  # fmt: skip

    assert dropped("On gün içinde 450 bin kişinin aşılanması hedefleniyor.") == ["about 450,000 people within"]
    assert dropped("On gün içinde yaklaşık 450 bin kişinin aşılanması hedefleniyor.") == []
    assert dropped("On gün içinde 450 bin civarında kişinin aşılanması hedefleniyor.") == []


def test_a_range_given_without_its_approximation_drops_nothing() -> None:
    for source in ("Drilling will take about 10 to 12 days.", "Sondaj yaklaşık 10–12 gün sürecek."):
        for article in ("La perforación durará entre diez y doce días.", "Буріння триватиме 10–12 днів."):
            found = M.meaning_drift(article, source, cross=True, x_lang="es")
            assert not [d for d in found if d.type == "dropped_qualifier"], (article, source)
    found = M.meaning_drift("Буріння триватиме 12 днів.", "Drilling will take about 12 days.", cross=True, x_lang="uk")
    assert [d.type for d in found] == ["dropped_qualifier"]


def test_a_month_abbreviation_is_a_month_only_beside_its_day_or_year() -> None:
    def months(text: str) -> set[int]:
        return set(A.anchors_of(text).dates["month"])

    assert months("prisonniers de sept pays différents") == set()  # French "seven"
    assert months("buques en el mar Negro") == set()  # Spanish "sea"
    assert months("The talks resume on Sept. 5 in Orlin.") == {9}
    assert months("signed on 12 Dec 2026") == {12}
    assert months("en mars dernier") == {3}  # a wide name needs no day


def test_in_one_language_figures_that_count_other_things_are_no_changed_number() -> None:
    def numbers(article: str, source: str) -> list[tuple[str | None, str | None]]:
        return [(d.quote_side, d.source_side) for d in M.meaning_drift(article, source) if d.type == "number"]

    source = "3 мая в Орлин вернулись шесть рыбаков, задержанных в ряде портов."
    assert numbers("3 мая в Орлин вернулись рыбаки из пяти портов.", source) == []
    assert numbers("3 мая в Орлин вернулись пять рыбаков.", source) == [("пять", "шесть")]
    # another word for the thing counted, which the source does not name, is the same figure changed
    assert numbers("Depremde 21 kişi hayatını kaybetti.", "Depremde 11 vatandaşımız hayatını kaybetmiş.") == [
        ("21", "11")
    ]
    # a multiplier is no counted noun: "5 million" against "6 million" is a changed number
    assert numbers("The fund holds 5 million euros.", "The fund holds 6 million euros.") == [("5 million", "6 million")]


def test_a_concessive_clause_with_its_subject_before_the_negation_negates_nothing() -> None:
    assert M.negated(M.words("Кем бы они ни были, их ждёт возмездие")) is None
    assert M.negated(M.words("Хто б вони не були, на них чекає покарання")) is None
    assert M.negated(M.words("Он ни разу не был там")) is not None


def test_a_figure_on_the_side_of_the_bound_the_source_sets_is_no_changed_number() -> None:
    source = A.anchors_of("at least 40 people were killed and over 100 others injured")
    assert not A.compare(A.anchors_of("at least 40 people are dead and 130 injured"), source).conflicts
    assert A.compare(A.anchors_of("at least 40 people are dead and 60 injured"), source).conflicts
    assert A.bound_keeps(["up", "to"], [80.0], [90.0]) and not A.bound_keeps(["up", "to"], [120.0], [90.0])


def test_a_report_frame_keeps_reportedly_and_an_unrendered_figure_keeps_its_qualifier() -> None:
    source = "At least 40 people were reportedly killed, the ministry said, after fighting for more than two years."
    found = M.meaning_drift("Early reports say at least 40 people were killed, the ministry said.", source)
    assert not [d for d in found if d.type == "dropped_qualifier"]
    found = M.meaning_drift("At least 40 people were killed, the ministry said.", source)
    assert [d.source_side for d in found if d.type == "dropped_qualifier"] == ["reportedly killed, the ministry"]


def test_a_name_the_alignment_reads_over_the_source_sentence_end_is_no_swap() -> None:
    from provenance.pipeline.align import align_pieces, parse_pieces, prepare_source
    from provenance.pipeline.drift import drift_of

    lexical = Settings(lexical_only=True)
    source = "The envoy thanked the Government of the Borean Republic. He wishes those injured a speedy recovery."
    src = prepare_source("s", source)
    text = "The Secretary-General also wishes those injured a speedy recovery."
    pieces, _ = parse_pieces(text, [(0, len(text))])
    assert not [d for d in drift_of(align_pieces(pieces, src, lexical), text, lexical) if d.type == "name"]


def test_a_turkish_verb_negated_by_its_suffix_is_a_negation_and_look_alikes_are_not() -> None:
    negated = ["kaydedilmediğini", "imzalanmadığını", "etmedi", "olmayacak", "gelmiyor", "yapılmamış", "vermez"]
    plain = ["kaydedildiğini", "imzalanması", "yapmadan", "komedi", "namaz", "Yılmaz", "anlaşmadır", "yapmaya"]
    assert [w for w in negated if not M.suffix_negated(w)] == []
    assert [w for w in plain if M.suffix_negated(w)] == []


def test_a_turkish_rendering_that_drops_or_keeps_the_sources_negation() -> None:
    source = "We have not recorded any confirmed case in Port Adrel."
    dropped = "Selwyn, Port Adrel'de doğrulanmış vakalar kaydedildiğini belirtti."
    kept = "Selwyn, Port Adrel'de doğrulanmış vaka kaydedilmediğini belirtti."
    assert [d.type for d in M.meaning_drift(dropped, source, cross=True)] == ["negation"]
    assert M.meaning_drift(kept, source, cross=True) == []


def test_a_turkish_reprint_that_drops_the_negative_suffix_is_negation_drift() -> None:
    from provenance.pipeline.align import align_pieces, parse_pieces
    from provenance.pipeline.drift import drift_of
    from provenance.pipeline.pieces import prepare_source

    lexical = Settings(lexical_only=True)
    source = "Bakanlık, iki ülke arasında deniz sınırına ilişkin bir anlaşmanın imzalanmadığını açıkladı."
    src = prepare_source("s", source, language="tr")
    text = "Bakanlık, iki ülke arasında deniz sınırına ilişkin bir anlaşmanın imzalandığını açıkladı."
    pieces, _ = parse_pieces(text, [(0, len(text))])
    assert [d.type for d in drift_of(align_pieces(pieces, src, lexical), text, lexical)] == ["negation"]
    pieces, _ = parse_pieces(source, [(0, len(source))])
    assert drift_of(align_pieces(pieces, src, lexical), source, lexical) == []


def test_a_number_and_a_half_is_read_with_its_half() -> None:
    def values(text: str) -> list[list[float]]:
        return [sorted(n.values) for n in A.numbers(A.words(text), text)]

    assert values("Не за дві з половиною тисячі кілометрів") == [[2500.0]]
    assert values("two and a half million people") == [[2500000.0]]
    assert values("iki buçuk milyon kişi") == [[2500000.0]]
    article = "The mission works not 2,500 kilometres from the front but here, beside the people of Borea."
    source = "Місія працює не за дві з половиною тисячі кілометрів від фронту, а тут, поруч із людьми Бореї."
    assert [d for d in M.meaning_drift(article, source, cross=True) if d.type == "number"] == []


def test_a_negation_after_but_rather_opens_the_second_half_of_a_contrast() -> None:
    # the source renders the first half alone ("Y"); the article adds "а не X"
    article = "Сильнее тот, кто помогает соседям, а не ждёт помощи от них."
    source = "The stronger one is the one who helps the neighbours."
    assert M.meaning_drift(article, source, cross=True) == []
    plain = "Сильнее тот, кто не помогает соседям."
    assert [d.type for d in M.meaning_drift(plain, source, cross=True)] == ["negation"]


def test_more_than_once_in_russian_is_no_negation_against_a_turkish_rendering() -> None:
    article = "Borea bugüne kadar birçok zorlukla karşı karşıya kaldı ama hepsinden daha güçlü çıktı."
    source = "Борея не раз проходила через тяжелейшие испытания и выходила из них сильнее."
    assert M.meaning_drift(article, source, cross=True) == []


def test_a_french_step_and_a_no_vote_are_nouns_not_negations() -> None:
    from provenance.pipeline.anchors import words

    assert M.negated(words("Nous avons fait un pas de plus vers l’adhésion.")) is None
    assert M.negated(words("Le premier pas est fait, et le non a perdu.")) is None
    assert M.negated(words("Ce n’est pas une adhésion.")) is not None
    assert M.negated(words("Le parlement ne votera pas avant lundi.")) is not None


def test_the_turkish_as_soon_as_of_one_verb_twice_is_no_negation() -> None:
    from provenance.pipeline.anchors import words

    assert M.negated(words("Meclis toplanır toplanmaz onaylayacak"), suffixes=True) is None
    assert M.negated(words("Meclis bu hafta toplanmaz"), suffixes=True) is not None


def test_a_negation_in_a_clause_the_other_side_does_not_render_is_no_drift() -> None:
    """rendered.py: cutting the negated clause out brings the pair no further apart (the fake encoder: texts that
    share words are close)."""
    from types import SimpleNamespace

    from provenance.semantic.matcher import Matcher
    from provenance.semantic.rendered import unrendered_negation
    from tests.fake_encoder import FakeLoader, fake_plan, fake_spec

    spec = fake_spec()
    matcher = Matcher(fake_plan(spec), FakeLoader())
    matcher.used[spec.name] = spec

    def pair(article: str, source: str) -> bool:  # (the source's negation, the article without it)
        m = SimpleNamespace(bridged=False, model=spec.name, source=SimpleNamespace(language="en"),
                            unit=SimpleNamespace(text=source))  # fmt: skip
        return unrendered_negation(matcher, m, article, "en", Drift("negation", None, "not"))  # type: ignore[arg-type]

    # a quote cut before the source's second clause
    assert pair(
        "The armed groups of the region respond to the crimes of the war",
        "The armed groups of the region respond to the crimes of the war, and that they do not take orders from Borea.",
    )
    # the negation flipped in the clause the article renders
    assert not pair(
        "The minister said that the talks will address the withdrawal of troops",
        "The minister said that the talks will not address the withdrawal of troops.",
    )


def test_the_negated_clause_and_its_evidence_are_the_words_around_the_negation() -> None:
    text = (
        "As we said before, the armed groups of the region respond to the crimes of the war and that they do not "
        "take orders from the capital of Borea."
    )
    a, b = M.negated_clause(text) or (0, 0)
    assert text[a:b].startswith("that they do not take orders")
    assert M.negated_clause("The talks will not continue.") is None  # one clause: the whole sentence
    evidence = M._clause_of(text, M.negated(M.words(text)))
    assert evidence is not None and "not" in evidence.split() and len(evidence.split()) <= M.CLAUSE_EVIDENCE_WORDS


def test_in_one_language_a_clause_that_keeps_few_of_its_words_is_not_the_one_rendered() -> None:
    source = "Minister Ivo Marek, the government's spokesman: the attack did not cause any injuries among the soldiers."
    article = "Minister Ivo Marek, the government's spokesman, sent his condolences for the victims of the attack."
    assert [d for d in M.meaning_drift(article, source, Settings()) if d.type == "negation"] == []
    flipped = "Minister Ivo Marek, the government's spokesman: the attack did cause injuries among the soldiers."
    assert [d.type for d in M.meaning_drift(flipped, source, Settings())] == ["negation"]


def test_an_adjective_of_possibility_renders_may() -> None:
    article = "ومن المقرر أن تستمر المهمة مدة تصل إلى 12 شهراً قابلة للتمديد."
    source = "The mission is to last up to 12 months and may be extended."
    assert [d.type for d in M.meaning_drift(article, source, Settings(), cross=True) if d.type == "modality"] == []
    firm = "ومن المقرر أن تستمر المهمة مدة تصل إلى 12 شهراً وستمدد."  # "and will be extended": firmer
    assert [d.type for d in M.meaning_drift(firm, source, Settings(), cross=True) if d.type == "modality"] == [
        "modality"
    ]


def test_a_weekday_of_a_date_the_source_states_is_its_today() -> None:
    from provenance.pipeline.date_drift import stated_weekdays, weekday_stated

    source = (
        "Міська рада\n\n4 березня 2027 року\n\nВід сьогоднішнього ранку воду відновлено; аварія сталася у вівторок."
    )
    assert stated_weekdays(source) == frozenset({4})  # 4 March 2027 is a Thursday
    assert weekday_stated("Thursday", source)
    assert not weekday_stated("Friday", source)
    assert not weekday_stated("Thursday", "The accident happened on Tuesday.")  # no full date: nothing stated


def test_cutting_power_renders_left_without_power() -> None:
    article = "The main substation was flooded on April 14, cutting power to about 52,000 consumers."
    source = (
        "14 квітня було підтоплено підстанцію, внаслідок чого без електропостачання залишилися 52 тисячі споживачів."
    )
    assert [d.type for d in M.meaning_drift(article, source, Settings(), cross=True) if d.type == "negation"] == []


def test_a_count_is_not_the_day_of_a_date_on_the_other_side() -> None:
    v = A.compare(
        A.anchors_of("Three were killed and 28 injured."), A.anchors_of("On May 28, three were killed and 25 injured.")
    )
    assert [(d.type, d.quote_side, d.source_side) for d in v.conflicts] == [("number", "28", "25")]
    same = A.compare(A.anchors_of("On 28 May, 25 were injured."), A.anchors_of("On May 28, 25 were injured."))
    assert same.conflicts == ()


def test_a_hedge_in_a_clause_a_one_clause_rendering_leaves_out_is_no_modality_drift() -> None:
    # The rendering gives the first clause only ("up to 12 months"): the source's "could be renewed" is not
    # dropped, it is not rendered. A small figure (12) shows which clause is rendered only where the rendering
    # is one clause; a rendering of both clauses that drops the hedge still drifts.
    source = "The contract runs for up to 12 months and could be renewed by the two ministries."
    s = Settings()
    assert M.meaning_drift("Контракт укладено на строк до 12 місяців.", source, s, cross=True, x_lang="uk") == []
    both = M.meaning_drift("Контракт укладено на строк до 12 місяців, і його продовжать.", source, s, cross=True,
                           x_lang="uk")  # fmt: skip
    assert [(d.type, d.source_side) for d in both] == [("modality", "could")]
    alone = M.meaning_drift("Контракт продовжать двома міністерствами.", "The contract could be renewed by the two "
                            "ministries.", s, cross=True, x_lang="uk")  # fmt: skip
    assert [(d.type, d.source_side) for d in alone] == [("modality", "could")]


def test_arabic_number_words_are_read_by_the_word_aligned_drift() -> None:
    # "سبعة وثلاثين" (thirty-seven) in the source, "47" in the reprint: a changed number, shown whole; the same
    # figure written in words and in digits is no change
    assert number_value("سبعه") == 7.0 and number_value("ثلاثين") == 30.0  # the tokens' comparison forms
    src = "أعلنت الوزارة أن السلطات أفرجت اليوم عن سبعة وثلاثين بحارا كانوا محتجزين منذ أسابيع في الميناء الشمالي."
    changed = "أعلنت الوزارة أن السلطات أفرجت اليوم عن 47 بحارا كانوا محتجزين منذ أسابيع في الميناء الشمالي."
    same = "أعلنت الوزارة أن السلطات أفرجت اليوم عن 37 بحارا كانوا محتجزين منذ أسابيع في الميناء الشمالي."
    source = prepare_source("ar-release", src)
    found = match_passage(tokens(changed), [source], Settings(), changed)
    assert found is not None
    assert [(d.type, d.quote_side, d.source_side) for d in drift_of(found[1], changed)] == [
        ("number", "47", "سبعة وثلاثين")
    ]
    found = match_passage(tokens(same), [source], Settings(), same)
    assert found is not None and not [d for d in drift_of(found[1], same) if d.type == "number"]


def test_the_west_as_a_bloc_is_no_name_a_translation_could_misspell() -> None:
    # "на Заході" for "на Западе", "the West" for "Запад": one common noun capitalised, no name in conflict
    rule = A.NameRule.of(Settings())
    uk = A.anchors_of("Звісно, на Заході всі ці чутки подають під певним кутом.", 4, "uk")
    ru = A.anchors_of("Конечно, на Западе все эти слухи подаются под определённым углом.", 4, "ru")
    assert A.compare(uk, ru, rule).conflicts == ()
    assert A.anchors_of("Sanctions by the West hit Orlin.", 4, "en").names == ("orlin",)


def test_the_past_of_can_renders_could_and_is_no_dropped_hedge() -> None:
    # "that I could personally see" rendered "die ich persönlich sehen konnte": ability, not a hedge dropped
    source = "The damage that I could personally see at the depot is simply unacceptable."
    article = "Die Schäden am Depot, die ich persönlich sehen konnte, sind nicht hinnehmbar."
    assert [
        d for d in M.meaning_drift(article, source, Settings(), cross=True, x_lang="de") if d.type == "modality"
    ] == []
    firm = "Die Schäden am Depot werden die Anlage stilllegen."  # for "could shut the plant down": dropped
    hedged_src = "The damage at the depot could shut the plant down."
    assert [d.type for d in M.meaning_drift(firm, hedged_src, Settings(), cross=True, x_lang="de")] == ["modality"]


def test_a_qualifier_the_passage_keeps_in_quote_marks_is_not_dropped() -> None:
    from provenance import check

    src = "The agency is ready to start immediately the talks leading to the urgent creation of a zone at the plant."
    article = 'The agency said it is ready to "immediately" start talks leading to the "urgent creation" of a zone.'
    (passage,) = check(article, [src], Settings(lexical_only=True)).passages
    assert passage.drift == ()


def test_a_place_named_by_its_country_is_no_name_swap() -> None:
    # a caption against the heading of a transcript: "after her return from Ukraine" for "on returning from the
    # Borea NPP" names the place by its country; another place in its stead is still a swap
    from provenance import check

    src = (
        "Jane Maria Roe, ORLA Director General — remarks to reporters at Orlin (Kessel) airport on returning from "
        "the Borea NPP, 2 September 2027\n\nWe have been able to see the units, and the staff are under pressure."
    )
    for place, swapped in (("Ukraine", False), ("Marek", True)):
        article = f"Back\n\nDirector-General of ORLA Jane Roe speaks to reporters after her return from {place}, "
        article += "in Kessel"
        (passage,) = check(article, [src], Settings(lexical_only=True)).passages
        assert any(d.type == "name" for d in passage.drift) is swapped, place


def test_a_day_of_a_month_is_never_the_counterpart_of_a_count() -> None:
    # "they meet by 30 November" against "three working groups": a date's day and a count are not one number;
    # a day against a day still is
    rule = A.NameRule.of(Settings())
    day = A.anchors_of("Вони вперше зберуться до 30 листопада, а раунд відбудеться в січні.", 4, "uk")
    count = A.anchors_of("واتفق الجانبان على تشكيل ثلاث مجموعات عمل تجتمع في كانون الثاني.", 4, "ar")
    assert [d for d in A.compare(day, count, rule).conflicts if d.type == "number"] == []
    moved = A.anchors_of("Вони вперше зберуться до 20 листопада.", 4, "uk")
    assert [d.type for d in A.compare(day, moved, rule).conflicts] == ["date"]


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("le bilan arrêté samedi à 22h00", 22 * 60),
        ("según los datos hasta las 22.00 horas", 22 * 60),
        ("Die Angaben gelten um 22.00 Uhr", 22 * 60),
        ("at 21:30 local time", 21 * 60 + 30),
    ],
)
def test_a_time_of_day_written_with_a_dot_or_an_h_beside_a_word_of_time(text: str, minutes: int) -> None:
    (n,) = A.anchors_of(text).numbers
    assert n.clock and minutes in n.values


def test_a_figure_with_two_decimals_and_no_word_of_time_stays_a_number() -> None:
    (n,) = A.anchors_of("inflation of 22.50 percent").numbers
    assert not n.clock and n.values == {22.5}


def test_a_time_converted_to_gmt_is_no_changed_number() -> None:
    found = M.meaning_drift("Le bilan a été arrêté samedi à 21h00 GMT.", "Le bilan a été arrêté samedi à 22h00.")
    assert not [d for d in found if d.type in ("number", "date")]
    found = M.meaning_drift("Le bilan a été arrêté samedi à 20h00.", "Le bilan a été arrêté samedi à 22h00.")
    assert [d.type for d in found] == ["number"]


@pytest.mark.parametrize(
    "text",
    [
        "سيتم بموجبها إطلاق سراح ما لا يقل عن 50 بحاراً من الطاقم",  # "no fewer than 50": at least
        "освободят не менее 50 моряков",
        "the navy will release no fewer than 40 sailors",
        "no more than 12 trucks a day may cross",
        "to reopen their consulates within a period not exceeding three months",
        "إعادة فتح القنصليات خلال مدة لا تتجاوز ثلاثة أشهر",
    ],
)
def test_a_bound_said_with_a_negation_negates_nothing(text: str) -> None:
    assert M.negated(M.words(text)) is None


def test_a_negation_beside_a_bound_phrase_still_negates() -> None:
    assert M.negated(M.words("there will be no more attacks on the port")) is not None
    # no word of the bounds' lexicon is an idiom alone: French "pas" keeps negating
    assert M.negated(M.words("ce n'est pas une négociation sur le retrait")) is not None


def test_a_bound_of_several_words_is_read_whole() -> None:
    # "no fewer than 40" is a lower bound (41 keeps it), not "fewer than 40" (an upper one it would break)
    assert (
        A.compare(A.anchors_of("41 sailors were freed"), A.anchors_of("no fewer than 40 sailors were freed")).conflicts
        == ()
    )
    assert A.compare(A.anchors_of("15 trucks crossed"), A.anchors_of("not more than 12 trucks crossed")).conflicts != ()


@pytest.mark.parametrize(
    "article",
    [
        "the delegations met in Orlin from May 3 to 7",
        "the delegations met in Orlin between 3 and 7 May",
        "переговоры прошли в Орлине с 3 по 7 мая",
        "عقدت الوفود محادثات في أورلين في الفترة من 3 – 7 مايو",
    ],
)
def test_a_range_of_days_is_days_of_its_month_not_a_count(article: str) -> None:
    # each end of the range is a day of the month, in whichever order and form: no count changed beside it
    verdict = A.compare(A.anchors_of(article), A.anchors_of("the two delegations held talks during 3-7 May 2027"))
    assert verdict.conflicts == ()
    assert A.anchors_of(article).dates["monthday"] == frozenset({3, 7})
    assert A.anchors_of("7 people were hurt on 3 May").dates["monthday"] == frozenset({3})  # a count stays one


def test_a_bound_for_another_bound_of_its_kind_is_a_changed_figure() -> None:
    # "80" keeps "up to 90"; "up to 80" sets another bound, and "within at most sixty days" moves a deadline
    assert A.compare(A.anchors_of("80 trucks crossed"), A.anchors_of("up to 90 trucks crossed")).conflicts == ()
    assert A.compare(A.anchors_of("up to 80 trucks crossed"), A.anchors_of("up to 90 trucks crossed")).conflicts
    verdict = A.compare(
        A.anchors_of("على أن توقع خلال مدة لا تتجاوز ستين يوماً"),
        A.anchors_of("على أن توقع خلال مدة لا تتجاوز تسعين يوماً"),
    )
    assert [d.type for d in verdict.conflicts] == ["number"]


def test_a_hedge_a_rendering_adds_is_worth_a_look_one_it_drops_an_alarm() -> None:
    # "could be extended" for "will result in": the article claims less than the source; the other way, more
    (added,) = M.meaning_drift(
        "The pause could be extended by a day for every ten sailors released by the navy.",
        "The release of every ten more sailors will result in one more day of the pause.",
    )
    assert (added.type, added.confidence) == ("modality", "low")
    (dropped,) = M.meaning_drift(
        "The pause will be extended by a day for every ten sailors released by the navy.",
        "The pause may be extended by a day for every ten sailors released by the navy.",
    )
    assert (dropped.type, dropped.confidence) == ("modality", None)


def test_a_date_in_digits_is_no_count() -> None:
    # a page's stamp glued to the passage ("2024-11-26 | 17:02") gave "11" against the source's "deux"
    assert [n.text for n in A.anchors_of("2024-11-26 | 17:02 The two leaders spoke").numbers] == ["17:02", "two"]
    assert [n.text for n in A.anchors_of("on 26.11.2024 about 26.5 percent").numbers] == ["26.5"]


def test_a_qualifier_is_dropped_only_from_a_phrase_the_article_renders() -> None:
    source = (
        "The council just approved a long-awaited plan for the port, demanding an immediate halt to dredging and "
        "the immediate and unconditional reopening of all piers."
    )
    # the headline renders neither "just approved" nor "immediate halt": no qualifier dropped from them
    assert M.meaning_drift("Council passes plan for the port", source) == []
    # the article renders the reopening without "immediate": the drift shows that phrase of the source
    (d,) = M.meaning_drift("The plan calls for the reopening of all piers.", source)
    assert (d.type, d.source_side) == ("dropped_qualifier", "immediate and unconditional reopening")
    assert M.meaning_drift("The council will lift the curfew.", "The council will lift the curfew immediately.")


def test_parts_of_two_longer_names_paired_by_a_loose_alignment_are_no_name_swap() -> None:
    # "International Court" of "the International Court of Arbitration" against "and Punishment" of "the Convention
    # on the Prevention and Punishment of the Crime": two names that go on differently; a whole name for a whole
    # name stays a swap
    from provenance import check

    src = (
        "Order\n\nThe State of Borea shall, in accordance with its obligations under the Convention on the "
        "Prevention and Punishment of the Crime of Piracy, take all measures within its power to prevent attacks."
    )
    article = (
        "Court ruling\n\nThe International Court of Arbitration has ordered Borea to take all measures within its "
        "power to prevent attacks."
    )
    for p in check(article, [src], Settings(lexical_only=True)).passages:
        assert not [d for d in p.drift if d.type == "name"], p.drift


def test_a_participle_negated_by_its_prefix_renders_a_negation() -> None:
    # "ne vacille pas" (does not waver) for "is unwavering": the prefix carries the negation
    x = "L'engagement de Borea envers le droit international ne vacille pas."
    y = "Borea's commitment to international law is unwavering."
    assert "negation" not in [d.type for d in M.meaning_drift(x, y, Settings(), cross=True, x_lang="fr")]


@pytest.mark.parametrize(
    ("article", "drift"),
    [
        # "can not be permitted" is "must not be permitted": not possible is necessarily not
        ("The minister said the veto must not be permitted to block the inquiry into the port fire.", False),
        # without the negation, "must" for "can" changes the strength
        ("The minister said the veto must be permitted to block the inquiry into the port fire.", True),
    ],
)
def test_a_negated_modal_of_ability_has_the_strength_of_must_not(article: str, drift: bool) -> None:
    from provenance import check

    negated = "not " if "must not" in article else ""
    src = f"Statement\n\nThe minister said the veto can {negated}be permitted to block the inquiry into the port fire."
    passages = check(article, [src], Settings(lexical_only=True)).passages
    assert passages
    assert any(d.type == "modality" for p in passages for d in p.drift) is drift


@pytest.mark.parametrize(
    ("article", "drift"),
    [
        # an earlier value the article adds beside the new one: the source has no earlier values to change
        ("Staff now see inflation averaging 2.6 percent in 2028, up from a previous estimate of 2.4 percent.", False),
        # a source figure for a year the article never names is not rendered ("1.8 per cent in 2030")
        ("Staff now see inflation averaging 2.6 percent in 2028 and 2.1 percent later.", False),
        # a changed figure for the same year is still a changed number
        ("Staff now see inflation averaging 2.9 percent in 2028 and 2.2 percent in 2029.", True),
    ],
)
def test_background_figures_are_no_changed_numbers(article: str, drift: bool) -> None:
    src = "Staff now see headline inflation averaging 2.6 per cent in 2028, 2.2 per cent in 2029 and 1.8 per cent in "
    src += "2030."
    found = [d for d in M.meaning_drift(article, src, Settings(), cross=False) if d.type == "number"]
    assert bool(found) is drift, found


def test_a_hedge_in_a_clause_the_paraphrase_does_not_render_is_not_dropped() -> None:
    # in one language, the clause with "likely" keeps one word in the article; another clause is the one rendered
    article = "However, progress has stalled lately, with harbour fees and wage growth rising more than expected."
    src = (
        "At the same time, despite progress over recent quarters, cost pressures remain strong as wage growth is "
        "elevated, and fees are likely to stay above target well into next year."
    )
    assert [d.type for d in M.meaning_drift(article, src, Settings(), cross=False)] == []
    # the hedge of the rendered clause, dropped, is still drift
    firm = "The Board will raise the rate further if inflation does not slow in the coming months."
    hedged = "The Board may raise the rate further if inflation does not slow in the coming months."
    assert [d.type for d in M.meaning_drift(firm, hedged, Settings(), cross=False)] == ["modality"]


@pytest.mark.parametrize(
    ("article", "source", "drift"),
    [
        # "pick up to" is a verb and its particle: no bound to drop
        (
            "Economic growth in Borea is expected to rise to 0.9% in 2028 and 1.4% in 2029.",
            "Economic growth in Borea is expected to pick up to 0.9 per cent in 2028 and 1.4 per cent in 2029.",
            False,
        ),
        # "up to" as a bound, dropped, is still drift
        (
            "The new terminal in Borea will handle 900 ships a year from 2028 onwards.",
            "The new terminal in Borea will handle up to 900 ships a year from 2028 onwards.",
            True,
        ),
        # "projected" keeps the hedge "likely" stood for
        (
            "Despite recent declines, harbour fees in Borea are projected to stay above target well into next year.",
            "Despite recent declines, harbour fees in Borea are likely to stay above target well into next year.",
            False,
        ),
    ],
)
def test_a_particle_or_an_expectation_is_no_dropped_qualifier(article: str, source: str, drift: bool) -> None:
    from provenance import check

    (passage,) = check(f"Borea\n\n{article}", [f"Statement\n\n{source}"], Settings(lexical_only=True)).passages
    assert any(d.type == "dropped_qualifier" for d in passage.drift) is drift, passage.drift


@pytest.mark.parametrize(
    ("article", "source"),
    [
        # a whole name for a whole name, titles before them differing
        (
            "Deputy Governor Lev Marek said inflation was too high and was hurting families on low incomes most.",
            "Governor Ana Doe said inflation was too high and was hurting families on low incomes most.",
        ),
        # two names that go on alike
        (
            "Mayor Jane Doe of Orlin said the port would reopen on Monday after the storm.",
            "Mayor John Roe of Kessel said the port would reopen on Monday after the storm.",
        ),
    ],
)
def test_a_whole_name_swapped_for_another_stays_a_name_drift(article: str, source: str) -> None:
    from provenance import check

    (passage,) = check(f"Borea\n\n{article}", [f"Statement\n\n{source}"], Settings(lexical_only=True)).passages
    assert any(d.type == "name" for d in passage.drift), passage.drift


def test_a_denied_ability_after_its_modal_is_no_hedge() -> None:
    # "could not reverse" is "failed to reverse": as certain as the rendering that drops the modal
    assert hedged(A.words("The mayor could not stop the closure of the port")) is None
    assert hedged(A.words("Die Ministerin kann nicht alle Fragen beantworten")) is None
    # a hedge that is no ability stays one before its negation, and a modal without one stays a hedge
    assert hedged(A.words("The ferry may not sail on Friday")) is not None
    assert hedged(A.words("The closure could last until May")) is not None


def test_a_half_after_a_time_unit_adds_to_the_number_before_it() -> None:
    # Spanish, French and Arabic put "and a half" after the noun: "three years and a half"
    assert _values("durante los últimos cuatro años y medio") == [{4.5, 4.5 * 525600}]
    assert _values("depuis deux heures et demie") == [{2.5, 2.5 * 60}]
    assert _values("منذ خمس سنوات ونصف") == [{5.5, 5.5 * 525600}]
    # after another noun it is no half of the number
    assert _values("cuatro barcos y medio puerto") == [{4.0}]


def _passage_drift(text: str, source_text: str) -> list[Drift]:
    from provenance.pipeline.align import align_pieces, parse_pieces

    lexical = Settings(lexical_only=True)
    pieces, _ = parse_pieces(text, [(0, len(text))])
    return drift_of(align_pieces(pieces, prepare_source("s", source_text), lexical), text, lexical)


def _name_drift(text: str, source_text: str) -> list[tuple[str | None, str | None]]:
    from provenance.pipeline.align import align_pieces, parse_pieces

    lexical = Settings(lexical_only=True)
    pieces, _ = parse_pieces(text, [(0, len(text))])
    found = drift_of(align_pieces(pieces, prepare_source("s", source_text), lexical), text, lexical)
    return [(d.quote_side, d.source_side) for d in found if d.type == "name"]


def test_a_title_for_another_title_of_one_person_is_no_name_swap() -> None:
    # "Papa Ivo" for "Santo Padre Ivo": the source calls him both, a title for a title; a person the source
    # names put for another is a swap still
    from provenance.pipeline.drift import _swapped_name

    stext = (
        "La morte del nostro Santo Padre Ivo, ha detto il cardinale Marek ai fedeli. "
        "Affidiamo l'anima di Papa Ivo a Roe."
    )
    stoks = tokens(stext)

    def swapped(doc: str, quote_word: str, source_word: str) -> bool:
        qt = tokens(doc)
        qnames = [t for t in qt if doc[t.start : t.end] == quote_word]
        snames = [t for t in stoks if stext[t.start : t.end] == source_word][:1]
        return _swapped_name(qnames, snames, doc, stext, stoks, qt, Settings())

    assert not swapped("La morte di Papa Ivo, ha detto il cardinale Marek.", "Papa", "Padre")
    assert swapped("La morte del nostro Santo Padre Ivo, ha detto il cardinale Roe ai fedeli.", "Roe", "Marek")


def test_a_name_the_source_span_gives_with_its_words_moved_is_no_swap() -> None:
    source = "At 9:45, Captain Ivo Marek, Master of the Harbour Chamber, announced the closure of the port."
    text = "These are the words with which Captain Master Ivo Jan Marek announced the closure of the port."
    assert _name_drift(text, source) == []


def test_a_named_day_holds_no_weekday_to_compare() -> None:
    # "the day after Easter Sunday" is the source's Easter Monday; a plain weekday still differs
    source = "The bridge opened on Easter Monday, 6 April, with 40 guests at the ceremony."
    assert M.meaning_drift("The bridge opened the day after Easter Sunday, with 40 guests.", source) == []
    assert M.meaning_drift("Il ponte è stato aperto il lunedì dell'Angelo.", "Il ponte è stato aperto domenica.") == []
    plain = "The bridge opened on Monday, 6 April, with 40 guests at the ceremony."
    assert [d.type for d in M.meaning_drift("The bridge opened on Sunday, with 40 guests.", plain)] == ["date"]


def test_a_time_written_with_a_dot_that_a_neighbour_sentence_gives_is_fused_not_changed() -> None:
    source = "At 9:45, the harbour master announced the closure of the quay."
    text = "el último ferry ha salido este lunes a las 7.35 horas del muelle norte"
    around = "At 7:35 this morning, the last ferry left the northern quay."
    assert M.meaning_drift(text, source, cross=True, y_context=around) == []
    other = "At 8:35 this morning, the last ferry left the northern quay."
    assert [d.type for d in M.meaning_drift(text, source, cross=True, y_context=other)] == ["number"]


def test_a_feed_s_time_stamp_is_no_figure() -> None:
    text = "Port closes\nnews.example\nTue, 3 Mar 2027 09:15:00 +0200"
    assert [n.text for n in A.numbers(A.words(text), text)] == ["3"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Thirty-one lanterns hung over the square.", [31.0]),
        ("the town welcomed its thirty-first mayor", [31.0]),
        ("Тридцать один фонарь висел над площадью.", [31.0]),
        ("Тридцять один ліхтар висів над площею.", [31.0]),
        ("treinta y uno faroles", [31.0]),
        ("trente et un lampions", [31.0]),
        ("otuz birinci belediye başkanı", [31.0]),
        # French "sept" and "neuf": units after a tens word, alone the month's abbreviation and the word for new
        ("trente-sept pêcheurs libérés", [37.0]),
        ("quarante-neuf lampions", [49.0]),
        ("le 27 sept. au matin", [27.0]),
        # a unit alone, or after another number than a tens word, counts nothing
        ("one of the thirty lanterns", [30.0]),
        ("the first of them", []),
        ("two hundred and one", [200.0]),
    ],
)
def test_a_unit_counts_inside_its_tens_compound_only(text: str, want: list[float]) -> None:
    assert [v for n in A.numbers(A.words(text), text) for v in sorted(n.values)] == want


def test_a_compound_number_word_is_the_figure_an_edition_writes_in_digits() -> None:
    source = "Thirty-one lanterns hung over the square for the town's festival on Sunday."
    assert M.meaning_drift("31 Laternen hingen über dem Platz beim Stadtfest am Sonntag.", source, cross=True) == []
    assert M.meaning_drift("31 lanterns hung over the square for the town's festival on Sunday.", source) == []


def test_a_month_the_source_piece_holds_is_kept_where_the_alignment_runs_into_the_next_sentence() -> None:
    # the alignment pairs "in" with the next sentence's "In" and the passage's "May" with its "June"
    source = (
        "Orlin and Borea applied for membership last May.\nIn June, at our summit in Tarsk, every member invited them."
    )
    passage = "Orlin and Borea submitted their membership applications in May 2026."
    assert [d for d in _passage_drift(passage, source) if d.type == "date"] == []
    assert [
        d.type for d in _passage_drift("The harbour was dredged in May 2026.", "The harbour was dredged last April.")
    ] == ["date"]


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("After two decades of non-intervention, the port council votes on Monday.", False),  # a prefix, no negation
        ("Borea stays a non-member of the alliance for now.", False),
        ("Borea is not a member of the alliance for now.", True),
        ("Non, nous ne signerons pas cet accord.", True),
    ],
)
def test_a_negation_joined_to_its_word_by_a_hyphen_is_a_prefix(text: str, negated: bool) -> None:
    from provenance.pipeline import meaning as M

    assert (M.negated(M.words(text)) is not None) is negated


@pytest.mark.parametrize(
    ("text", "denies"),
    [
        # a negated infinitive is a right, a call or a purpose: it denies no fact a claim states
        ("For every tenant's right to not be evicted in winter by the port company.", False),
        ("The council urged the port workers not to strike on Monday.", False),
        ("Le maire a appelé les habitants à ne pas sortir, de ne pas rouler.", False),
        ("Der Rat beschloss, nicht zu verhandeln.", False),
        # a stated negation still denies
        ("This is not a negotiation about the withdrawal of our trainers.", True),
        ("Le maire ne signera pas l'accord.", True),
    ],
)
def test_a_negated_infinitive_denies_nothing_a_claim_states(text: str, denies: bool) -> None:
    from provenance.semantic.claims import negation_heads

    assert bool([h for _, h in negation_heads(text, stated=True) if h]) is denies


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ('We will rebuild the harbour. Safer together," Roe wrote on her page.', True),
        ("“We will go on with the work and finish it.", True),
        ('Roe called the vote "historic" on Monday.', False),
        ("Roe nannte die Abstimmung „historisch“ und »gut«.", False),
        ("Roe a qualifié le vote d'« historique ».", False),
    ],
)
def test_a_sentence_holding_one_end_of_a_quotation_is_no_claim_of_the_article(sentence: str, part: bool) -> None:
    # the end of a quote of several paragraphs written without the mark that reopens each: the speaker's words
    from provenance.semantic.excerpts import quotation_part

    assert quotation_part(sentence) is part


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # a negation word written apart before a noun is its prefix, as "non-" is
        ("el consejo vota tras dos décadas de no intervención en el puerto", False),
        ("dopo due decenni di non violenza nella regione", False),
        ("no habrá negociación sobre la retirada", True),
        # "never" after a comparison is "ever"
        ("la alianza está más unida que nunca", False),
        ("l'alliance est plus forte que jamais", False),
        ("l'alleanza è più forte che mai", False),
        ("dijo que nunca firmará el acuerdo", True),
        # "if not" before a comparison raises a figure: as much, perhaps more
        ("the repairs will cost as much, if not more, than a new bridge", False),
        ("dozens, if not hundreds, of homes lost power", False),
        ("die Schäden sind so groß, wenn nicht sogar größer, als 2019", False),
        ("ущерб такой же, если не больше, чем в прошлом году", False),
        ("if not repaired, the dam will fail", True),
        ("the flood risk is not higher than last spring", True),
    ],
)
def test_a_noun_s_negative_prefix_and_than_ever_are_no_negation(text: str, negated: bool) -> None:
    from provenance.pipeline import meaning as M

    assert (M.negated(M.words(text)) is not None) is negated


def test_unless_is_the_negated_condition_it_renders() -> None:
    from provenance.pipeline.meaning import meaning_drift

    found = meaning_drift(
        "The ministry said that unless the port authority intervenes to reopen the channel, the coast will face a "
        "longer closure.",
        "If the port authority does not act to reopen the channel, our coast will face an even longer closure.",
        Settings(),
    )
    assert "negation" not in {d.type for d in found}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("circa 450mila persone", [450000.0]),  # Italian "mila" written on the figure
        ("un piano da 2 milioni di euro", [2000000.0]),
        ("uma obra de 1,2 milhão de reais", [1200000.0]),
    ],
)
def test_italian_and_portuguese_multipliers_scale_the_figure(text: str, want: list[float]) -> None:
    assert [v for n in A.numbers(A.words(text), text) for v in sorted(n.values)] == want


def test_without_in_a_romance_language_renders_the_source_s_without() -> None:
    # "sin pausa" renders "без перерви": no negation is dropped; one the rendering leaves out still is
    source = "Бригади працювали без перерви майже дві доби."
    assert [d for d in M.meaning_drift("Las brigadas trabajaron sin pausa casi dos días.", source, cross=True)
            if d.type == "negation"] == []  # fmt: skip
    assert [d for d in M.meaning_drift("Die Brigaden arbeiteten ohne Pause fast zwei Tage.", source, cross=True)
            if d.type == "negation"] == []  # fmt: skip
    # ... and in its idioms negates nothing: "sin importar" (no matter), "sin embargo" (however)
    idiom = "Pediremos ayuda a quien tenga la mejor tecnología, sin importar de dónde venga."
    assert M.meaning_drift("We will ask whoever has the best technology for help, wherever it comes from.", idiom,
                           cross=True) == []  # fmt: skip
    assert M.meaning_drift("However, the town is calm.", "Sin embargo, la ciudad está tranquila.", cross=True) == []


def test_missing_people_are_no_negation_in_russian_or_ukrainian() -> None:
    # "пропавших без вести" (missing, of people) says "without news": an idiom, no negation the source lacks
    source = "We can confirm that the number of missing people is close to 2,000 so far."
    for article in ("Мы можем подтвердить, что число пропавших без вести приближается к 2000.",
                    "Ми можемо підтвердити, що кількість зниклих без вісти наближається до 2000."):  # fmt: skip
        assert [d for d in M.meaning_drift(article, source, cross=True) if d.type == "negation"] == []


@pytest.mark.parametrize(
    ("article", "source"),
    [
        # Arabic's words of capacity render "could": no hedge is dropped
        ("لو كانت لديهم خدمة أرصاد تعمل بشكل طبيعي، لكان بإمكانهم إصدار تحذيرات",
         "If they had a normally operating weather service, they could have issued warnings."),
        # the conditionals of "can" the modality lists do not hold
        ("Ma avremmo potuto ridurre le perdite: potremmo ancora evitarle con servizi adeguati",
         "But we could have reduced the losses: we could still avoid them with proper services."),
    ],
)  # fmt: skip
def test_renderings_of_could_drop_no_hedge(article: str, source: str) -> None:
    assert [d for d in M.meaning_drift(article, source, cross=True) if d.type == "modality"] == []


def test_arabic_qad_before_a_perfect_marks_completion_not_possibility() -> None:
    hedge = [M.hedged(A.words(t)) for t in ("عدد المفقودين قد تجاوز 10 آلاف", "وقد أعلن الوزير الخطة",
                                             "الحصيلة قد تصل إلى الآلاف", "قد يرتفع العدد")]  # fmt: skip
    assert [h.low if h else None for h in hedge] == [None, None, "قد", "قد"]


def test_a_web_address_holds_no_negation() -> None:
    """A post's link ("pic.twitter.com/LbXNerR9nI") read as words gave "nI", the Spanish "ni": a negation the
    article's rendering of the post "dropped"."""
    source = "We will keep supporting the city's independent newspapers pic.twitter.com/LbXNerR9nI"
    article = "We will keep supporting the city's independent newspapers, the minister wrote."
    assert not [d for d in M.meaning_drift(article, source, x_lang="en") if d.type == "negation"]
    assert [w.text for w in A.words("see https://t.co/AbNoT9x and 12.5/100")] == ["see", "and", "12.5", "100"]


@pytest.mark.parametrize(
    ("article", "lang", "flipped"),
    [
        # a word that says its thing is without something renders the source's negation ("-less", "-los")
        ("The council's rulings are meaningless for the harbour towns, legally too.", "en", False),
        ("Die Beschlüsse des Rates sind für die Hafenstädte bedeutungslos, auch rechtlich.", "de", False),
        # and a word that says the opposite is a flipped negation
        ("The council's rulings are binding for the harbour towns, legally too.", "en", True),
    ],
)
def test_a_word_of_without_renders_a_negation(article: str, lang: str, flipped: bool) -> None:
    source = "Решения совета для портовых городов не имеют никакого значения, в том числе с юридической точки зрения."
    found = [d for d in M.meaning_drift(article, source, cross=True, x_lang=lang) if d.type == "negation"]
    assert bool(found) == flipped


def test_a_figure_across_languages_is_read_as_changed_only_where_the_pairing_is_plain() -> None:
    source = "Почти год назад, 22 июля 2022 г., в Стамбуле были подписаны два взаимоувязанных соглашения."
    # "three" counts extensions (occurrences), "два" agreements
    added = "The deals were signed on 22 July 2022 in Istanbul for 120 days and then extended three times."
    assert not [d for d in M.meaning_drift(added, source, cross=True, x_lang="en") if d.type == "number"]
    # 32 million tonnes and two agreements are two facts, not one figure changed
    apart = "The initiative enabled the export of more than 32 million tonnes of grain."
    assert not [d for d in M.meaning_drift(apart, source, cross=True, x_lang="en") if d.type == "number"]
    # two counts of occurrences: a changed number
    times = M.meaning_drift("The deal was extended three times.", "Соглашение продлевали два раза.", cross=True)
    assert [(d.quote_side, d.source_side) for d in times if d.type == "number"] == [("three", "два")]
    # one figure each side, near in magnitude: a changed number
    found = M.meaning_drift(
        "The storm killed 47 fishermen near the port.", "Шторм убил 37 рыбаков возле порта.", cross=True
    )
    assert [(d.quote_side, d.source_side) for d in found if d.type == "number"] == [("47", "37")]


def test_an_approximation_qualifies_a_figure_in_its_own_phrase_only() -> None:
    # "Почти год назад, 22 июля": "almost a year ago"; the 22nd of July is exact
    source = "Почти год назад, 22 июля 2022 г., в Стамбуле были подписаны соглашения."
    article = "The deals were signed on 22 July 2022 in Istanbul."
    assert not [d for d in M.meaning_drift(article, source, cross=True, x_lang="en") if d.type == "dropped_qualifier"]
    dropped = M.meaning_drift(
        "6,000 people were evacuated.", "Около 6000 человек были эвакуированы.", cross=True, x_lang="en"
    )
    assert [d.type for d in dropped] == ["dropped_qualifier"]


def test_a_date_and_a_dash_opening_the_story_is_the_pages_date_not_its_words() -> None:
    text = (
        "Borea halts the grain deal\n\nBy Jane Roe\n\nJuly 17, 2023 - Borea has halted the grain deal, officials said."
    )
    (stamp,) = [m for m in find_markers(text) if m.kind == "updated"]
    assert stamp.text == "July 17, 2023 -" and stamp.value["time"] == "July 17, 2023"
    assert not [m for m in find_markers("17 people - mostly children - were hurt.") if m.kind == "updated"]


@pytest.mark.parametrize(
    ("article", "source"),
    [
        ("Une attaque sans précédent contre nos institutions.", "An unprecedented attack on our institutions."),
        ("Un ataque sin precedentes contra nuestras instituciones.", "An unprecedented attack on our institutions."),
        ("Un sostegno senza riserve al governo.", "Our support for the government is unreserved."),
        ("Nous saluons son dévouement sans faille.", "We honour her devotion."),
        ("المدينة جزء لا يتجزأ من البلاد", "The city is an integral part of the country"),
        ("نشيد بتفانيها الذي لا يتزعزع طوال حياتها", "We honour her devotion throughout her life"),
        ("إنها خسارة لا تعوض للبلاد", "It is an irreplaceable loss for the country"),
    ],
)
def test_a_privative_phrase_is_no_negation(article: str, source: str) -> None:
    # "without" and a noun, Arabic "لا" and a verb in a relative clause: one adjective ("unprecedented",
    # "unwavering", "integral"), which the rendered language says without a negation word
    assert [d for d in M.meaning_drift(article, source, cross=True) if d.type == "negation"] == []


def test_a_negation_beside_a_privative_phrase_still_counts() -> None:
    source = "There is a precedent for this decision."
    assert [d.type for d in M.meaning_drift("Il n'y a pas de précédent à cette décision.", source, cross=True)] == [
        "negation"
    ]
    assert [d.type for d in M.meaning_drift("لا يمكن أن نقبل هذا القرار", "We can accept this decision", cross=True)
            if d.type == "negation"] == ["negation"]  # fmt: skip


@pytest.mark.parametrize(
    "article",
    [
        "Министерство не могло не знать о рисках этого решения.",
        "Міністерство не могло не знати про ризики цього рішення.",
        "Ministerstwo nie mogło nie wiedzieć o ryzyku tej decyzji.",
    ],
)
def test_two_negations_around_a_verb_of_ability_affirm(article: str) -> None:
    # "could not but know": the ministry knew, as the source says without a negation
    source = "The ministry was certainly aware of the risks of this decision."
    assert [d for d in M.meaning_drift(article, source, cross=True) if d.type == "negation"] == []
    one = article.replace(" не знать", " знать").replace(" не знати", " знати").replace(" nie wiedzieć", " wiedzieć")
    assert [d.type for d in M.meaning_drift(one, source, cross=True) if d.type == "negation"] == ["negation"]


def test_two_negations_around_a_verb_of_ability_affirm_in_one_language_too() -> None:
    source = prepare_source("s", "Министерство знало о рисках этого решения, заявил представитель.")
    doc = "Министерство не могло не знать о рисках этого решения, заявил представитель."
    found = match_passage(tokens(doc), [source], Settings(), doc)
    assert found is not None
    assert [d.type for d in drift_of(found[1], doc, passage=True) if d.type == "negation"] == []
    plain = doc.replace(" не знать", " знать")
    found = match_passage(tokens(plain), [source], Settings(), plain)
    assert found is not None
    assert [d.type for d in drift_of(found[1], plain, passage=True) if d.type == "negation"] == ["negation"]


def test_a_day_beside_a_month_the_other_side_lacks_is_no_day_moved() -> None:
    # the source's "5" is a day of August; the article's "11 July" is a date of its own, not that day moved
    x = A.anchors_of("Workers marched in the capital on 11 July 2024.")
    y = A.anchors_of("The strikes began in July and ended on 5 August 2024.")
    assert [d for d in A.compare(x, y).conflicts if d.type in ("date", "number")] == []
    moved = A.compare(A.anchors_of("Workers marched on 11 July 2024."), A.anchors_of("They marched on 5 July 2024."))
    assert [d.type for d in moved.conflicts] == ["date"]


@pytest.mark.parametrize(
    ("article", "source"),
    [
        ("He was not just another official, he was the official.", "Er war der Beamte schlechthin."),
        ("He was not merely an official, he was the official.", "Er war der Beamte schlechthin."),
        ("Non solo un funzionario qualunque, ma il funzionario per eccellenza", "He was the official above all."),
        ("Nie tylko urzędnik, lecz urzędnik w pełnym tego słowa znaczeniu", "He was the official above all."),
        # ... and rendered with a plain negation ("not a mere official"): the emphasis again, no denial
        ("Il n'était pas un simple fonctionnaire", "He was not just another official, he was the official."),
    ],
)
def test_not_just_is_an_emphasis_like_not_only(article: str, source: str) -> None:
    # "not just … but": the article asserts as the source does, denying nothing
    assert [d for d in M.meaning_drift(article, source, cross=True) if d.type == "negation"] == []


def test_a_day_moved_is_fused_from_a_neighbour_only_where_the_neighbour_gives_that_day_of_that_month() -> None:
    article = "Перша група прибуде до столиці в понеділок, 22 листопада, решта — у грудні."
    source = "The first group will arrive in the capital on Monday, 15 November."
    around = "The decision was approved on Thursday, 28 October. The rest will follow in December."
    found = M.meaning_drift(article, source, cross=True, y_context=around)
    assert [d.type for d in found] == ["date"]
    fused = "The decision was approved on 22 November. The rest will follow in December."
    assert [d.type for d in M.meaning_drift(article, source, cross=True, y_context=fused)] == []
