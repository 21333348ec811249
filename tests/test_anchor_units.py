"""The anchors' figures in more words: Italian and Portuguese number words and durations, and long runs of digits
that are references, not figures (pipeline/anchors.py, lexicons anchor_time_units and anchor_number_words_more)."""

from __future__ import annotations

import pytest

from provenance.pipeline import anchors as A


def _conflicts(article: str, source: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    v = A.compare(A.anchors_of(article, language=lang), A.anchors_of(source, language="en"))
    return [(d.type, d.quote_side, d.source_side) for d in v.conflicts]


@pytest.mark.parametrize(
    ("article", "lang"),
    [
        ("La riparazione è durata tre giorni: dieci giorni in meno del previsto", "it"),
        ("O reparo durou três dias: dez dias a menos do que o previsto", "pt"),
    ],
)
def test_italian_and_portuguese_durations_agree_with_hours(article: str, lang: str) -> None:
    source = "The repair took 72 hours: 240 hours less than planned"
    v = A.compare(A.anchors_of(article, language=lang), A.anchors_of(source, language="en"))
    assert v.conflicts == () and v.facts == 2


@pytest.mark.parametrize(
    ("changed", "faithful", "source", "lang", "want"),
    [
        ("Sono operativi sette centri con 300 posti letto", "Sono operativi nove centri con 300 posti letto",
         "Nine centres with 300 beds are open", "it", ("sette", "Nine")),
        ("A campanha vai durar dezoito dias e vacinar 450 mil pessoas",
         "A campanha vai durar dez dias e vacinar 450 mil pessoas",
         "The campaign will last ten days and vaccinate 450,000 people", "pt", ("dezoito", "ten")),
    ],
)  # fmt: skip
def test_italian_and_portuguese_number_words_are_figures(
    changed: str, faithful: str, source: str, lang: str, want: tuple[str, str]
) -> None:
    assert [(t, a.split()[0], b.split()[0]) for t, a, b in _conflicts(changed, source, lang)] == [("number", *want)]
    assert _conflicts(faithful, source, lang) == []


def test_a_long_run_of_digits_is_a_reference_not_a_figure() -> None:
    article = "China suspends imports from Japan (see 2308220022), the customs administration said"
    source = "The customs administration issued Announcement No. 103 suspending imports from Japan"
    assert _conflicts(article, source, "en") == []
    assert [n.text for n in A.anchors_of("1,250,000 people and 2308220022").numbers] == ["1,250,000"]


@pytest.mark.parametrize(
    ("article", "lang"),
    [
        ("Acordaron reabrir las embajadas siete años después de que se rompieran los vínculos", "es"),
        ("They agreed to reopen the embassies seven years after the ties were cut", "en"),
    ],
)
def test_a_duration_is_not_set_against_one_far_from_it(article: str, lang: str) -> None:
    # "seven years" after the ties were cut and "within two months": two spans, not one changed
    assert _conflicts(article, "The sides agreed to reopen their embassies within two months", lang) == []


def test_two_durations_that_disagree_still_conflict() -> None:
    assert _conflicts("La reparación duró tres días", "The repair took 120 hours", "es") == [("number", "tres", "120")]


@pytest.mark.parametrize(
    ("article", "lang"),
    [
        ("Банк підвищив облікову ставку на 0,75 процентного пункта, до 5,5%", "uk"),
        ("Die Notenbank hob den Leitzins um 0,75 Prozentpunkte auf 5,5 Prozent an", "de"),
        ("Banka politika faizini 75 baz puan artırarak yüzde 5,5'e çıkardı", "tr"),
    ],
)
def test_basis_points_agree_with_percentage_points(article: str, lang: str) -> None:
    assert _conflicts(article, "The bank raised its policy rate by 75 basis points to 5.5 percent", lang) == []


def test_basis_points_that_disagree_still_conflict() -> None:
    got = _conflicts("Банк підвищив облікову ставку на 0,75 процентного пункта, до 5,5%", "The bank raised its "
                     "policy rate by 25 basis points to 5.5 percent", "uk")  # fmt: skip
    assert [d[0] for d in got] == ["number"]


@pytest.mark.parametrize(
    ("article", "lang"),
    [
        ("La tregua durerà tre mesi e coinvolgerà due province", "it"),
        ("Перемирие продлится три месяца и охватит две провинции", "ru"),
        ("Ateşkes üç aylık olacak ve iki ili kapsayacak", "tr"),
    ],
)
def test_months_agree_with_days_and_are_no_count(article: str, lang: str) -> None:
    assert _conflicts(article, "The truce will last 90 days and cover two provinces", lang) == []


def test_twelve_months_are_a_year_not_the_count_beside_them() -> None:
    source = "Children aged one year and older in the two districts will be vaccinated"
    assert _conflicts("Saranno vaccinati i bambini dai 12 mesi in su nei due distretti", source, "it") == []


def test_months_that_disagree_with_days_still_conflict() -> None:
    got = _conflicts("La tregua durerà tre mesi e coinvolgerà due province", "The truce will last 30 days and cover "
                     "two provinces", "it")  # fmt: skip
    assert [d[0] for d in got] == ["number"]


def test_a_figure_in_a_name_or_an_ordinal_is_no_changed_count() -> None:
    # "G-20" names a group and "21st" ranks a century: neither is a count the source's "140" could be
    got = _conflicts("At a time when the G-20 meets, the 21st century needs answers", "The dreams of 140 million "
                     "people", "en")  # fmt: skip
    assert got == []


def test_ordinals_still_conflict_with_ordinals() -> None:
    assert [d[0] for d in _conflicts("It is the 4th round of talks", "This is the third round, the 3rd", "en")] == [
        "number"
    ]


def test_designators_and_ordinals_are_read_as_such() -> None:
    got = A.anchors_of("The MQ-9 and the Su-35 flew on the 21st, 30 km apart", language="en").numbers
    assert [(n.text, n.rank) for n in got] == [("9", "name"), ("35", "name"), ("21", "ordinal"), ("30", None)]


def test_indian_multipliers_and_devanagari_words_are_read() -> None:
    hindi = A.anchors_of("ये क्षण, 140 करोड़ धड़कनों के सामर्थ्य का है", language="hi")
    assert [n.values for n in hindi.numbers] == [frozenset({1.4e9})]
    assert _conflicts("the dreams of 140 crore people", "the hopes of 1.4 billion people", "en") == []


def test_a_case_ending_after_a_name_s_apostrophe_is_no_part_of_it() -> None:
    # Turkish writes a name's case ending after an apostrophe: "Borea’daki" is Borea's, no other name
    article = A.anchors_of("Ali, Borea’daki sellerde yakınlarını kaybeden ailelere taziyelerini iletti", language="tr")
    v = A.compare(article, A.anchors_of("Ali sent condolences to the families in Borea"))
    assert v.conflicts == () and v.names >= 1


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # a month or weekday with its Turkish case ending is a date, no name set against the source's names
        ("Komisyonun bir sonraki oturumu 9 Mart'ta yapılacak.", [("date", "9 March", "2 March")]),
        ("Oturum Salı'dan önce başlamayacak.", []),
    ],
)
def test_a_turkish_month_with_its_case_ending_is_no_name(article: str, want: list[tuple[str, str, str]]) -> None:
    source = "The next session of the Harbour Commission is set for Tuesday, 2 March 2027."
    assert _conflicts(article, source, "tr") == want
    assert A.anchors_of(article, language="tr").names == ()


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # the day and the year both other than the source's: another date (the filing, not the crimes' start)
        ("The chamber acted on the applications of 22 February 2027.", []),
        # one part changed: a moved date
        ("The crimes were committed from 22 February 2026.", [("date", "22 February", "24 February")]),
        ("The crimes were committed from 24 February 2027.", [("date", "2027", "2026")]),
    ],
)
def test_a_date_other_in_day_and_year_is_another_date(article: str, want: list[tuple[str, str, str]]) -> None:
    source = "The crimes were allegedly committed in the occupied districts at least from 24 February 2026."
    assert _conflicts(article, source, "en") == want


def test_an_escape_code_a_scraper_left_is_no_year() -> None:
    """An embedded post copied as JSON ("our country\\u2019s history") holds no year 2019 against the post's date;
    the date the escaped text does state still counts, and so would a year changed beside it."""
    source = "an important part of our country’s history. — Jane Roe (@roe) September 8, 2026"
    escaped = r"an important part of our country\u2019s history.\u201d — Jane Roe (@roe) September 8, 2026"
    assert _conflicts(escaped, source, "en") == []
    changed = r"an important part of our country\u2019s history.\u201d — Jane Roe (@roe) September 8, 2025"
    assert ("date", "2025", "2026") in _conflicts(changed, source, "en")
