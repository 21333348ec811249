"""Drift found in alignments: each type from a table of (source, article sentence) pairs."""

from __future__ import annotations

import pytest

from provenance.pipeline.align import align_pieces, parse_pieces, prepare_source
from provenance.pipeline.drift import drift_of, number_value
from provenance.pipeline.passages import match_passage
from provenance.settings import Settings
from provenance.text import tokens

S = Settings()

CASES = [
    # (source, article, drift types expected)
    (
        "The project will cost 148 million euros in total.",
        "The project will cost 184 million euros in total.",
        {"number"},
    ),
    ("The trip takes fifteen minutes from the centre.", "The trip takes five minutes from the centre.", {"number"}),
    ("The vote will be held on Monday in the council hall.", "The vote will be held on Friday in the council hall.",
     {"date"}),
    ("The plan was presented by Mayor Tomas Verhoeven to the council.",
     "The plan was presented by Mayor Ana Lind to the council.", {"name"}),
    ("The Council will not raise local taxes to pay for the line.",
     "The Council will raise local taxes to pay for the line.", {"negation"}),
    ("The new line will open to passengers in the spring of next year.",
     "The new line may open to passengers in the spring of next year.", {"modality"}),
    ("There is no immediate risk to residents of the district, officials said.",
     "There is no risk to residents of the district, officials said.", {"dropped_qualifier"}),
    ("Рада не підвищуватиме місцеві податки, щоб заплатити за лінію.",
     "Рада підвищуватиме місцеві податки, щоб заплатити за лінію.", {"negation"}),
    ("Совет не будет повышать местные налоги ради этой линии.",
     "Совет будет повышать местные налоги ради этой линии.", {"negation"}),
    ("Лінія буде відкрита для пасажирів наступної весни у місті.",
     "Лінія може бути відкрита для пасажирів наступної весни у місті.", {"modality"}),
    ("The City Council today approved the extension of tram Line 4 to the Riverside district, a project of 3.2 "
     "kilometres and five new stops.",
     "Orlin's city council approved a 3.2-kilometre extension of tram Line 4 to the Riverside district on Friday.",
     set()),
    # a figure rounded, with or without "almost" (the source's own words are the figure); one that is not
    ("Вартість робіт становить 38,6 млн гривень із обласного бюджету.",
     "Вартість робіт становить майже 39 млн гривень із обласного бюджету.", set()),
    ("The works cost 11,800 euros from the regional budget.", "The works cost 12,000 euros from the regional budget.",
     set()),
    ("The works cost 37 thousand euros from the regional budget.",
     "The works cost 40 thousand euros from the regional budget.", {"number"}),
    # "more" and "up" qualify a figure only with their partner after them ("more than", "up to")
    ("The fund paid more than 300 families in the district this month.",
     "The fund paid 300 families in the district this month.", {"dropped_qualifier"}),
    ("Nine clinics are open. Two more will open by the end of the week in the district.",
     "Nine clinics are open, and they will open by the end of the week in the district.", set()),
    # a word of negative meaning renders the other side's "not" ("unacceptable": we do not accept)
    ("The ministry does not accept the decision of the court on the port.",
     "The ministry finds the decision of the court on the port unacceptable.", set()),
    # a hedge in place of the qualifier keeps it; a frame of allegation keeps "allegedly"; the size dropped does not
    ("The court said the official is allegedly responsible for the sale of the land.",
     "The court said the official is probably responsible for the sale of the land.", set()),
    ("The court said the official is allegedly responsible for the sale of the land.",
     "The accusation is that the official is responsible for the sale of the land.", set()),
    ("The court said the official is allegedly responsible for the sale of the land.",
     "The court said the official is responsible for the sale of the land.", {"dropped_qualifier"}),
    # a figure inside the source's bound keeps it; a bound of the same kind for it moves the bound
    ("The council will let up to 90 trucks a day cross the bridge.",
     "The council will let 80 trucks a day cross the bridge.", set()),
    ("The council will let up to 90 trucks a day cross the bridge.",
     "The council will let up to 80 trucks a day cross the bridge.", {"number"}),
    # a modal and its verb in two neighbouring changes: "may" left out, "will raise it" for "increase the release"
    ("If the rain goes on, the council may increase the release to up to 900 cubic metres a second in May.",
     "The council will raise it to up to 900 cubic metres a second in May.", {"modality"}),
    ("The council said it would open the bridge to traffic in March.",
     "The council said it will open the bridge to traffic in March.", set()),
    # a negation flipped in a clause that aligns word for word, inside a sentence fusing two of the source's
    ("Q: Has it reached the city? A: No. We have not recorded any confirmed case in Port Orlin. We tested four cases.",
     "She said the ministry had recorded confirmed cases in Port Orlin, where four cases were tested.", {"negation"}),
    # the same loose pair without a clause that aligns: nothing read
    ("Q: Has it reached the city? A: No. We have not seen it anywhere yet. We tested four cases in Port Orlin.",
     "She said the ministry had recorded confirmed cases in Port Orlin, where four cases were tested.", set()),
    # a date the source states a paragraph on, set by the alignment beside the header's date: the source's own
    ("MINISTRY OF HEALTH\n\nPRESS STATEMENT\n\nMeasles in the Orlin region: a catch-up campaign\n\n"
     "Issued: 18 May 2027\n\n"
     "The Ministry confirms 312 cases of measles in the Orlin region since 2 April, most of them in children under "
     "ten.\n\nThe Ministry will begin a catch-up vaccination campaign on 24 May.",
     "Borea will start a catch-up measles vaccination campaign May 24 after 312 cases were confirmed in the Orlin "
     "region since early April, most of them in children under 10, the Health Ministry said Tuesday.", set()),
    # an approximation of no figure or duration is none ("some good news"); one of a duration is
    ("Today, I have some good news to report from the harbour of Orlin.",
     "Today, I have good news to report from the harbour of Orlin.", set()),
    ("The strike at the harbour of Orlin lasted about a week, the union said.",
     "The strike at the harbour of Orlin lasted a week, the union said.", {"dropped_qualifier"}),
    # Arabic number words in the source, the same number in digits in the reprint
    ("أفرجت السلطات اليوم عن سبعة وثلاثين صياداً كانوا محتجزين منذ شهرين.",
     "أفرجت السلطات اليوم عن 37 صياداً كانوا محتجزين منذ شهرين.", set()),
]  # fmt: skip


def _drift_types(source: str, article: str) -> set[str]:
    """The drift types read off the whole article aligned to the source."""
    pieces, _ = parse_pieces(article, [(0, len(article))])
    al = align_pieces(pieces, prepare_source("s", source), S)
    assert al is not None
    return {d.type for d in drift_of(al, article)}


@pytest.mark.parametrize(("source", "article", "want"), CASES)
def test_drift_types(source: str, article: str, want: set[str]) -> None:
    assert _drift_types(source, article) == want


def test_drift_sides_name_the_words() -> None:
    src = prepare_source("s", "The project will cost 148 million euros in total.")
    article = "The project will cost 184 million euros in total."
    found = match_passage(tokens(article), [src], S)
    assert found is not None
    (d,) = drift_of(found[1], article)
    assert (d.type, d.quote_side, d.source_side) == ("number", "184", "148")


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("п'ятеро", 5.0),
        ("двое", 2.0),
        ("148", 148.0),
        ("2,500", 2500.0),
        ("3.2", 3.2),
        ("fifteen", 15),
        ("п'ятнадцять", 15),
        ("пять", 5),
        ("x", None),
    ],
)
def test_number_values(word: str, value: float | None) -> None:
    assert number_value(word) == value


@pytest.mark.parametrize(
    ("source", "article", "want"),
    [
        (
            "Ремонт коштуватиме 42 мільйони гривень. Міст відкриють у травні для всіх. "
            "Уряд не планує запроваджувати плату за проїзд.",
            "Ремонт коштуватиме 24 мільйони гривень, а уряд планує запровадити плату за проїзд.",
            {"number", "negation"},
        ),
        (
            "Ремонт обойдется в 42 миллиона рублей. Мост откроют в мае для всех машин. "
            "Правительство не планирует вводить плату за проезд.",
            "Ремонт обойдется в 24 миллиона рублей, а правительство планирует вводить плату за проезд.",
            {"number", "negation"},
        ),
    ],
)
def test_a_sentence_fusing_two_source_sentences(source: str, article: str, want: set[str]) -> None:
    found = match_passage(tokens(article), [prepare_source("s", source)], S, article)
    assert found is not None and found[0] == "paraphrase"
    assert {d.type for d in drift_of(found[1], article)} == want


@pytest.mark.parametrize(
    ("source", "negation"),
    [
        # the article's "ولن" renders the "وليس" just past the window's edge, in the same source sentence
        ("المدرب سامي داود: فرصنا كبيرة. سنذهب إلى هناك من أجل الفوز وليس من أجل الدفاع، وأنا واثق من اللاعبين.",
         False),
        # the same sentence without a negation: the article added one
        ("المدرب سامي داود: فرصنا كبيرة. سنذهب إلى هناك من أجل الفوز ومن أجل الدفاع، وأنا واثق من اللاعبين.",
         True),
    ],
)  # fmt: skip
def test_a_negation_past_the_windows_edge_is_the_sources(source: str, negation: bool) -> None:
    article = "المدرب سامي داود: فرصنا كبيرة ولن نذهب إلى العاصمة للدفاع"
    found = match_passage(tokens(article), [prepare_source("s", source)], S, article)
    assert found is not None
    assert ("negation" in {d.type for d in drift_of(found[1], article)}) is negation


@pytest.mark.parametrize(
    ("article", "negation"),
    [
        # "no longer" renders "over": the emergency has ended on both sides
        ("The agency declares the measles outbreak no longer a national health emergency", False),
        # a plain "not" is a negation the source does not have
        ("The agency declares the measles outbreak not a national health emergency", True),
    ],
)
def test_no_longer_for_over_is_no_negation_drift(article: str, negation: bool) -> None:
    source = "Today the agency declares the measles outbreak over as a national health emergency. Vaccination goes on."
    found = match_passage(tokens(article), [prepare_source("s", source)], S, article)
    assert found is not None
    assert ("negation" in {d.type for d in drift_of(found[1], article)}) is negation


def test_a_negated_clause_set_against_a_gap_in_the_stored_source_is_not_compared() -> None:
    # the stored source marks a sentence it lacks ("[…]"); the article's negated clause renders that sentence
    source = ("Это было тяжело. […] Брат шёл на брата. […] Защитим и наш народ, и нашу страну от любых угроз "
              "и от внутренней смуты.")  # fmt: skip
    article = ("Петров заверил, что власти не дадут этому повториться, защитят и народ, и страну от любых угроз и "
               "от внутренней смуты.")  # fmt: skip
    found = match_passage(tokens(article), [prepare_source("s", source)], S, article)
    assert found is not None and "negation" not in {d.type for d in drift_of(found[1], article)}
    # a negation added to the words the source holds is still drift
    article = "Петров заверил: мы не защитим народ и страну от любых угроз и от внутренней смуты."
    found = match_passage(tokens(article), [prepare_source("s", source.replace("[…] ", ""))], S, article)
    assert found is not None and "negation" in {d.type for d in drift_of(found[1], article)}


def test_a_bodys_capitalised_noun_is_no_name_a_drift_could_swap() -> None:
    # "…, según el Ministerio." against a window ending on a quote that names a place: no name was swapped
    from pathlib import Path

    from provenance import check
    from provenance.api import load_sources

    here = Path(__file__).parent / "realistic"
    art, src = load_sources([str(here / "articles" / "h01_escorial_agencia.es.txt"),
                             str(here / "sources" / "m-almandor-minas-comunicado.es.txt")], S)  # fmt: skip
    rep = check(art, [src], S)
    assert not [d for p in rep.passages for d in p.drift if d.type == "name"]


FUSED_DAY = (
    "Port of Orlin, 2 March.\n\nThe first group of 30 engineers will arrive at the northern quay on Monday, 15 "
    "March. The remaining 20 will follow in April."
)


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # a lede fusing the day into a long replacement: one month on each side, another day
        ("The first 30 of 50 engineers will arrive at the northern quay on Monday, March 8, the port said on "
         "Friday.", {"date"}),
        # the same day: nothing changed; "30 of 50": the source's 30 is written, 50 is the total, no swap
        ("The first 30 of 50 engineers will arrive at the northern quay on Monday, March 15, the port said on "
         "Friday.", set()),
    ],
)  # fmt: skip
def test_a_day_of_the_same_month_changed_inside_a_long_replacement(article: str, want: set[str]) -> None:
    assert _drift_types(FUSED_DAY, article) == want


def test_a_dateline_opening_a_sentence_is_no_part_of_its_passage() -> None:
    from provenance import check

    article = (
        "Engineers due at Orlin\n\nORLIN, March 2 (Coast Wire) - The first group of 30 engineers will arrive at the "
        "northern quay on Monday, 15 March, the port said.\n"
    )
    rep = check(article, [FUSED_DAY], Settings(lexical_only=True))
    assert rep.passages and all("Coast Wire" not in p.text and "ORLIN" not in p.text for p in rep.passages)
    assert not any(d.type == "date" for p in rep.passages for d in p.drift)


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # the figure the qualifier bounds is not rendered at all: nothing was dropped
        ("Roe, who has condemned the council for breaking the charter, said attacks against dock workers and the "
         "cranes of the quay in the northern harbour of the city must stop.", set()),
        # the figure is rendered without its bound: dropped
        ("The queues at the gates have been overflowing for a year; attacks against dock workers and the cranes of "
         "the quay in the northern harbour of the city must stop.", {"dropped_qualifier"}),
    ],
)  # fmt: skip
def test_a_qualifier_of_a_figure_the_passage_leaves_out_is_not_dropped(article: str, want: set[str]) -> None:
    source = (
        "The queues at the gates have been overflowing for more than a year. That must stop. Attacks against dock "
        "workers and the cranes of the quay in the northern harbour of the city must stop."
    )
    assert _drift_types(source, article) & {"dropped_qualifier"} == want


def test_a_number_changed_between_exact_words_is_read_in_a_loose_pair() -> None:
    source = (
        "On May 3, three Borean border guards were killed and 25 injured from a one-way attack UAS that impacted at a "
        "base in eastern Orlin, near the Borea border."
    )
    article = (
        "Three Borean border guards were killed and 28 injured this weekend in a drone attack on the Tarn military "
        "camp close to the frontier, Borean and Orlin officials told reporters."
    )
    src = prepare_source("s", source)
    found = match_passage(tokens(article), [src], Settings(), article)
    assert found is not None and found[1].similarity < Settings().drift_min_similarity  # a loose pair
    assert [(d.type, d.quote_side, d.source_side) for d in drift_of(found[1], article)] == [("number", "28", "25")]
    faithful = article.replace("28", "25")
    found = match_passage(tokens(faithful), [src], Settings(), faithful)
    assert found is not None and drift_of(found[1], faithful) == []


# a statement whose last sentence denies two things; a quote of it that rewords that sentence at the window's edge
_DENIED = (
    "Министерство сделало заявление. В результате резкого маневрирования беспилотник перешел в неуправляемый "
    "полет и столкнулся с водной поверхностью. Российские истребители бортовое вооружение не применяли, с "
    "беспилотником не контактировали и вернулись на аэродром."
)
_HEAD = (
    "В результате резкого маневрирования беспилотник перешел в неуправляемый полет и столкнулся с водной поверхностью."
)


@pytest.mark.parametrize(
    ("tail", "want"),
    [
        # the denied verb stated bare, moved before its object: a flipped negation
        ("Российские истребители применили бортовое вооружение и вступили в контакт с беспилотником.", {"negation"}),
        # "refused to use": the denial said with a word of negative meaning; a sentence that drops the denial
        ("Российские истребители отказались применять бортовое вооружение и вернулись на аэродром.", set()),
        ("Российские истребители вернулись на аэродром после облёта.", set()),
    ],
)
def test_a_denied_verb_the_article_states_bare_at_the_windows_edge_is_a_flipped_negation(tail: str, want: set) -> None:
    src = prepare_source("s", _DENIED, language="ru")
    article = f"{_HEAD} {tail}"
    pieces, _ = parse_pieces(article, [(0, len(article))])
    al = align_pieces(pieces, src, S)
    assert al is not None
    assert {d.type for d in drift_of(al, article, S)} == want


def _lexical_drift(article: str, source: str) -> list[tuple[str, str | None, str | None]]:
    from provenance import check

    report = check(article, [source], Settings(lexical_only=True))
    return [(d.type, d.quote_side, d.source_side) for p in report.passages for d in p.drift]


def test_a_figure_added_beside_the_sources_own_which_the_article_gives_too_is_no_changed_number() -> None:
    source = "Le séisme a fait 2.012 morts dans la région, selon le bilan provisoire du ministère publié samedi soir."
    added = "Le séisme a fait 2 012 morts. Selon le bilan provisoire du ministère, on compte 191 morts dans la région."
    assert not [d for d in _lexical_drift(added, source) if d[0] == "number"]
    changed = "Selon le bilan provisoire du ministère publié samedi soir, le séisme a fait 191 morts dans la région."
    assert [d[0] for d in _lexical_drift(changed, source)] == ["number"]


def test_a_place_spelt_otherwise_in_a_list_is_no_name_swapped() -> None:
    source = "No new deaths were reported in the provinces of Vessa, Agadir Ida Outanane, Grand Orlin and Tessel."
    article = "No new deaths were reported in the provinces of Vessa, Agadir Idaoutnan, Greater Orlin and Tessel."
    assert not [d for d in _lexical_drift(article, source) if d[0] == "name"]


def test_a_persons_given_name_for_their_surname_is_no_name_swapped() -> None:
    source = (
        "Remarks by Prime Minister Marek on his call with the President, with Foreign Minister Tessel beside him.\n\n"
        'The President then told me: "I stand with you, Ivo, and the people of Borea in this time of mourning."'
    )
    # the article names Prime Minister Marek Ivo (family name first) and says "Marek": one person
    article = (
        "Prime Minister Marek Ivo took a call from the President.\n\n"
        "The President said he stands with Marek and the people of Borea in this time of mourning."
    )
    assert not [d for d in _lexical_drift(article, source) if d[0] == "name"]
    # another person the source names, in the same frame, is still one swapped
    other = article.replace("stands with Marek", "stands with Tessel")
    assert [d[0] for d in _lexical_drift(other, source) if d[0] == "name"] == ["name"]


def test_a_states_title_is_no_name_swapped() -> None:
    source = "Talks were held with the Republic of Halvia on Monday."
    # "the Kingdom of Halvia" for "the Republic of Halvia": the same state under another title, no one swapped
    assert "name" not in _drift_types(source, "Talks were held with the Kingdom of Halvia on Monday.")
    # one state swapped for another in the same frame still is
    assert "name" in _drift_types(source, "Talks were held with the Republic of Tessel on Monday.")


def test_a_negation_the_passage_quotes_is_no_negation_it_drops() -> None:
    from provenance import check

    source = (
        "Statement by President Jane Roe\n\nI welcome the deal to secure the release of the crew held by the Tarvian "
        "navy since October. Today's deal should bring home the sailors of our fleet, and I will not stop until they "
        "are all released."
    )
    article = (
        "President Jane Roe on Tuesday welcomed the deal to secure the release of the crew held by the Tarvian navy, "
        'adding that the deal should bring home the sailors of the fleet, and said she "will not stop" until they '
        "are all released."
    )
    report = check(article, [source], Settings(lexical_only=True))
    assert [p.match.kind for p in report.passages] == ["paraphrase"]
    assert [d.type for p in report.passages for d in p.drift] == []


@pytest.mark.parametrize(
    ("reported", "want"),
    [
        # "sei": the sentence reports in Konjunktiv I, and "würde" is the reported mood of the source's verb
        ("sei", []),
        # "ist": no reported speech, and "würde" is a conditional where the source says "kann"
        ("ist", [("modality", "würde", "kann")]),
    ],
)
def test_german_wuerde_in_a_sentence_that_reports_is_no_modal(reported: str, want: list[tuple[str, str, str]]) -> None:
    source = (
        "Mitteilung der Stadt\n\nDie Prüfung der Brücke ist fast beendet. Die Brücke kann im Mai wieder für Busse "
        "freigegeben werden, teilte die Stadt mit."
    )
    article = (
        f"Die Brücke würde im Mai wieder für Busse freigegeben, die Prüfung {reported} fast beendet, teilte die "
        "Stadt mit."
    )
    assert [d for d in _lexical_drift(article, source) if d[0] == "modality"] == want


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # the same upper bound in other words: nothing dropped
        ("If the snow melts early, the utility may raise the outflow to as much as 700 cubic metres a second in "
         "April.", set()),
        ("If the snow melts early, the utility may raise the outflow to as high as 700 cubic metres a second in "
         "April.", set()),
        # the bound left out: dropped
        ("If the snow melts early, the utility may raise the outflow to 700 cubic metres a second in April.",
         {"dropped_qualifier"}),
    ],
)  # fmt: skip
def test_a_bound_said_in_other_words_is_no_dropped_qualifier(article: str, want: set[str]) -> None:
    source = "If the snow melts early, the utility may raise the outflow to up to 700 cubic metres a second in April."
    assert _drift_types(source, article) & {"dropped_qualifier"} == want


_NONE_GO = "None of the engineers will go to the northern ports this winter, the minister said."


@pytest.mark.parametrize(
    ("source", "article", "want"),
    [
        # a briefing's question states nothing: the article's negation renders the answer
        ("Q: Will any of the engineers go to the northern ports this winter?\nMINISTER: No.", _NONE_GO, set()),
        ("Q: Will the engineers go to the northern ports this winter?\nMINISTER: No.",
         "The engineers will not go to the northern ports this winter, the minister said.", set()),
        # a statement is what the article negates
        ("Some of the engineers will go to the northern ports this winter.", _NONE_GO, {"negation"}),
    ],
)  # fmt: skip
def test_a_negation_set_against_a_question_is_no_drift(source: str, article: str, want: set[str]) -> None:
    assert _drift_types(source, article) & {"negation"} == want


_VALLEY = (
    "Valley Power\nPress Release No. 12\n\nRepairs to the storm-damaged main line began on Monday, the utility said."
    "\n\nThe first crews reached the two fallen pylons at dawn. If the weather holds, the work may be finished later "
    "in the week.\n\nAround 3,400 households in the upper valley have been asked to limit their use of generators "
    "until Friday evening. This is a request, not a ban.\n\nENDS"
)
_ASKED = ("3,400 households in the upper valley to limit their use of generators until Friday evening, stressing that "
          "this was a request and not a ban.")  # fmt: skip


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # the source's "Around" opens its sentence before the figure, and the pair starts at the figure or just
        # after it: no operation holds the word
        ("Valley Power asked " + _ASKED, {("3,400 households", "Around 3,400 households")}),
        ("Officials told " + _ASKED, {("3,400 households", "Around 3,400 households")}),
        # the article's own approximation keeps it, wherever the operations set it
        ("Officials told nearly " + _ASKED, set()),
        ("Valley Power asked nearly " + _ASKED, set()),
        ("Valley Power asked some " + _ASKED, set()),
        # a quotation may start where its writer likes: the words before it are no part of it
        ('Valley Power said "3,400 households in the upper valley have been asked to limit their use of generators '
         'until Friday evening."', set()),
    ],
)  # fmt: skip
def test_an_approximation_before_the_aligned_figure_is_read(article: str, want: set[tuple[str, str]]) -> None:
    from provenance import check

    report = check(article, [_VALLEY], Settings(lexical_only=True))
    found = {(d.quote_side, d.source_side) for item in [*report.passages, *report.quotes] for d in item.drift
             if d.type == "dropped_qualifier"}  # fmt: skip
    assert found == want
