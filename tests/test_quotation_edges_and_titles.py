"""A quote's sentence beside the source's quotation of the rest, and the person a source's title line names with a
long role in brackets, a handle, or a press conference for its text."""

from __future__ import annotations

import pytest

from provenance import check
from provenance.pipeline.load import text_from_string
from provenance.pipeline.speaker_issuers import documented_person, titled_person
from provenance.settings import Settings

LEXICAL = Settings(lexical_only=True)

_SOURCE = (
    "The mayor of Orlin: posts on the flood, 3 May\n\nThe mayor compared the flood to the storm of 1998, stating, "
    "“Many homes were lost that year, but we rebuilt every street,” before the council voted on the repairs budget "
    "for the coming year."
)


@pytest.mark.parametrize(
    ("article", "sentence"),
    [
        ("“I am simplifying a hard story! Many homes were lost that year, but we rebuilt every street,” the mayor "
         "wrote on Sunday.", "I am simplifying a hard story"),
        ("“Many homes were lost that year, but we rebuilt every street. Nobody will be left without a roof,” the "
         "mayor wrote on Sunday.", "Nobody will be left without a roof"),
    ],
)  # fmt: skip
def test_a_quote_s_sentence_beside_the_source_s_quotation_is_unchecked_not_changed(article: str, sentence: str) -> None:
    """The source quotes only the second sentence (the first) and has its own words around the quotation: the
    quote's other sentence is not paired with them as changed words; it is noted as not checked."""
    report = check(article, [text_from_string(_SOURCE, id="s1")], LEXICAL)
    (quote,) = report.quotes
    assert quote.match.kind == "verbatim" and quote.match.source == "s1"
    notes = [f.message for f in report.findings if f.code == "QUOTE_PART_UNCHECKED"]
    assert len(notes) == 1 and f"“{sentence}”" in notes[0] and "does not quote here" in notes[0]


def test_a_quote_s_changed_sentence_inside_the_source_s_quotation_stays_altered() -> None:
    """Where the source's quotation holds the sentence, a changed word in it is a change, whatever stands beside."""
    article = "“Many homes were lost that year, but we repaired every street,” the mayor wrote on Sunday."
    report = check(article, [text_from_string(_SOURCE, id="s1")], LEXICAL)
    assert report.quotes[0].match.kind == "altered"
    assert not [f for f in report.findings if f.code == "QUOTE_PART_UNCHECKED"]


def test_a_title_line_s_person_with_a_long_role_in_brackets_or_a_handle() -> None:
    line = "Jana Roe (Prime Minister of Borea, Borean Unity Party) — statement at a briefing, 3 May"
    assert documented_person(line) == "Jana Roe"
    assert titled_person("Ivo Marek (@ivomarek), EU High Representative, post on X, 3 May") == "Ivo Marek"
    assert titled_person("Ivo Marek, New Orlin, statement, 3 May") is None  # a place in apposition is no role


@pytest.mark.parametrize(
    "line",
    [
        "Ivo Marek (President of Borea) — answers to journalists at a press conference in Orlin, 3 May",
        "Ivo Marek (Prime Minister of Borea) — press conference, 3 May",
        "Ivo Marek, Pressestatement zur Lage, 3. Mai",
        "Ivo Marek — пресс-конференция по итогам визита, 3 мая",
    ],
)
def test_a_press_conference_or_a_leader_s_answers_is_the_person_s_text(line: str) -> None:
    assert documented_person(line) == "Ivo Marek"


def test_a_name_another_piece_of_the_passage_s_source_words_holds_is_no_swap() -> None:
    """A headline and a lede aligned to one post in two pieces: the lede's "Harbour Accord" set against the post's
    opening words in one piece is named in the post's last sentence, which the other piece aligns: no name drift."""
    source = (
        "Ivo Marek (U.S. Harbour Office Spokesperson) — post on X, 30 May 2031\nU.S. with EU regrets Borean Unity’s "
        "decision to suspend EU accession. We condemn excessive force used against Boreans rightfully protesting "
        "this betrayal of their constitution—EU is a bulwark against tyranny. We have therefore suspended our "
        "Harbour Accord with Borea.\n"
    )
    article = (
        "BREAKING: U.S. Suspends Harbour Accord with Borea\nIvo Marek, the U.S. Harbour Office Spokesperson stated "
        "on May 30 that U.S. suspended Harbour Accord with Borea. The decision comes after the ruling OU’s decision "
        "to unilaterally suspend EU accession negotiations.\nMarek writes: “U.S. with EU regrets Borean Unity’s "
        "decision to suspend EU accession. We condemn excessive force used against Boreans rightfully protesting "
        "this betrayal of their constitution—EU is a bulwark against tyranny.”"
    )
    report = check(article, [text_from_string(source, id="s1")], LEXICAL)
    assert report.passages and not [d for p in report.passages for d in p.drift]
    assert not [f for f in report.findings if f.code.startswith("DRIFT")]


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        ("We hope the dispute will be settled without further delay.", False),  # as soon as possible
        ("Стороны должны без промедления вернуться к переговорам.", False),
        ("Les deux parties doivent reprendre les pourparlers sans tarder.", False),
        ("The talks ended without an agreement.", True),  # a lack, said with "without": still a negation
        ("The talks did not end today.", True),
    ],
)
def test_without_delay_asserts_at_once_and_negates_nothing(text: str, negative: bool) -> None:
    from provenance.pipeline.meaning import negated, words

    assert (negated(words(text)) is not None) is negative


def test_a_quote_ending_its_paragraph_is_not_joined_to_the_next_paragraph_s_quote() -> None:
    """A quote closed with a comma at its paragraph's end and one the next paragraph's attribution leads into are
    two quotes, not one split by an attribution (which stands on the quote's own line: "“A,” she said, “B.”")."""
    from provenance.pipeline import quotes

    text = (
        'The mayor told residents that "we will rebuild every bridge by spring, and no family will be left behind,"\n'
        'The ministry confirmed the call and stressed that, regarding the budget, "the council must act first."'
    )
    found = [text[q.start : q.end] for q in quotes.extract(text)]
    assert found == ["we will rebuild every bridge by spring, and no family will be left behind,",
                     "the council must act first."]  # fmt: skip
    one_line = '"We will rebuild every bridge," the mayor said, "and no family will be left behind."'
    assert len(quotes.extract(one_line)) == 1


def test_a_statement_by_a_spokesperson_for_a_person_is_the_spokesperson_s() -> None:
    """A "Statement by the Spokesperson for Secretary-General Jane Roe": the spokesperson speaks (whoever holds the
    role: a deputy's quote is no other person's), not Jane Roe; a spokesperson for a body keeps the body."""
    from provenance.pipeline.align import prepare_source
    from provenance.pipeline.source_voices import annotate_source
    from provenance.pipeline.speaker_issuers import served_role

    src = prepare_source("s", "Statement by the Spokesperson for Secretary-General Jane Roe on the floods\n\nThe "
                              "Secretary-General is deeply concerned by the floods in the north.")  # fmt: skip
    annotate_source(src)
    assert src.extra["author"] == "the Spokesperson"
    assert served_role("the Spokesperson for the Ministry of Ports") == "the Spokesperson for the Ministry of Ports"


def test_a_date_another_source_s_title_line_names_is_no_drift() -> None:
    """The article tells of a statement of Monday 28 July; the passage aligns with the title of the minister's
    statement of the 27th. With a text of the 28th among the sources, the dates are two documents', no drift;
    without it, the changed date stays an alarm."""
    first = text_from_string(
        "Harbour Minister Ivo Marek: statement on the harbour talks in Orlin, 27 July 2031 (as quoted by Coast Wire)\n"
        "Harbour officials are in Orlin to assist the talks between the two cities, Minister Ivo Marek announced on "
        "Sunday.",
        id="s1",
    )
    second = text_from_string(
        "Borean Foreign Office: readout, 28 July 2031\nBorea applauds the declaration announced in Varna and urges "
        "both sides to honour their commitments.",
        id="s2",
    )
    article = (
        "In a statement on Monday (July 28) Harbour Minister Ivo Marek said the ministry welcomed the accord on the "
        "harbour talks in Orlin."
    )
    assert [f.code for f in check(article, [first], LEXICAL).findings if f.code == "DRIFT_DATE"] == ["DRIFT_DATE"]
    assert not [f for f in check(article, [first, second], LEXICAL).findings if f.code == "DRIFT_DATE"]


@pytest.mark.parametrize(
    ("article", "source"),
    [
        ("«Скорее это (обвинение в срыве переговоров — ред.), знаете, такая манера подражания общему тренду», — "
         "сказал Иван Марков.",
         "Скорее это, знаете, такая манера подражания общему тренду, который на Западе существует."),
        ("„Wir haben sie (gemeint ist die Stadtregierung, Anm. d. Red.) mehrfach gewarnt“, sagte Jana Roth.",
         "Wir haben sie mehrfach gewarnt, aber niemand hat reagiert."),
    ],
)  # fmt: skip
def test_an_editor_s_note_in_round_brackets_is_a_marked_edit(article: str, source: str) -> None:
    """Words in round brackets closed by an editor's tag ("— ред.", "Anm. d. Red.") are the editor's, marked as
    such: the quote carries a marked edit (near_verbatim), not an unmarked change."""
    report = check(article, [text_from_string(source, id="s1")], LEXICAL)
    assert report.quotes[0].match.kind == "near_verbatim"
    assert not [f for f in report.findings if f.code == "QUOTE_ALTERED"]
