"""A source copy whose encoding lost a letter, another language's noun read as a negation, a negation that makes a
condemnation firmer, and a name in commas that belongs to another role than the speaker's."""

from __future__ import annotations

from provenance import check
from provenance.pipeline.align import match_quote, prepare_source
from provenance.pipeline.anchors import words
from provenance.pipeline.meaning import meaning_drift, negated
from provenance.settings import Settings

S = Settings()
LEXICAL = Settings(lexical_only=True)


def test_a_letter_the_sources_copy_lost_is_no_change_of_the_quote() -> None:
    # a reprint of a statement whose encoding turned "é" into "?" (or the replacement character)
    for lost in ("Bor?a", "Bor\ufffda"):
        src = prepare_source("statement", f"My thoughts are with the people of {lost} tonight.")
        quote = "My thoughts are with the people of Boréa tonight"
        qm = match_quote(quote, [(0, len(quote))], [src], S)[0]
        assert qm.kind == "verbatim", (lost, qm.changes)
    # another word in its place is still a change: the lost mark stands for a letter or two, not for any word
    src = prepare_source("statement", "My thoughts are with the people of Bor?a tonight.")
    quote = "My thoughts are with the people of Orlin tonight"
    qm = match_quote(quote, [(0, len(quote))], [src], S)[0]
    assert qm.kind == "altered"
    assert [(c.quote, c.source) for c in qm.changes] == [("Orlin", "Bor?a")]


def test_a_german_noun_inside_its_sentence_is_no_english_negation() -> None:
    assert negated(words("Die Familien in Borea leiden große Not nach dem Hochwasser")) is None
    assert negated(words("Wir werden Borea nicht allein lassen")) is not None
    assert negated(words("He said: Not now, not ever.")) is not None  # a colon stands between
    drift = meaning_drift(
        "Die Familien in Borea leiden große Not nach dem Hochwasser",
        "In this time of need, the alliance stands with Borea.",
        cross=True,
    )
    assert not [d for d in drift if d.type == "negation"]


def test_a_negation_that_makes_a_condemnation_firmer_denies_nothing() -> None:
    # Arabic "in a way with no ambiguity": unequivocally
    assert negated(words("ترفض الحكومة بشكل لا لبس فيه قرار المجلس")) is None
    assert negated(words("لا ترفض الحكومة قرار المجلس")) is not None
    assert negated(words("Rechazamos sin ambigüedad el plan del consejo")) is None


def test_a_name_in_commas_after_another_role_past_a_preposition_is_not_the_speakers() -> None:
    text = (
        '"Es el peor invierno que recuerda la liga", dijo el secretario general durante una rueda de prensa'
        " en Orlin con el ministro de Exteriores boreano, Ivo Marek.\n\n"
        '"La liga está con Borea", afirmó el secretario general.'
    )
    first, second = check(text, [], LEXICAL).quotes
    assert first.speaker == "el secretario general"
    assert second.speaker != "Ivo Marek"  # another office's holder is no secretary general named before
    # the name in commas right after the subject's own role (and its complement) is the subject's
    text = '"La liga está con Borea", dijo el portavoz del ministro de Exteriores, Juan Roe.'
    (q,) = check(text, [], LEXICAL).quotes
    assert q.speaker == "Juan Roe"
    text = '"We will not stop until everyone is safe," said the spokesman for the foreign minister, John Doe.'
    (q,) = check(text, [], LEXICAL).quotes
    assert q.speaker == "John Doe"
    text = (
        '"We will not stop until everyone is safe," said the mayor in a meeting with the interior minister, John Doe.'
    )
    (q,) = check(text, [], LEXICAL).quotes
    assert q.speaker == "the mayor"


def test_a_quote_closed_by_its_opening_mark_after_a_comma_ends_there() -> None:
    text = (
        "“In this hard winter, the league is at the side of Borea,“ Marek said at a press conference with the minister."
        "\n\nHe added, “We will rebuild with Borea, house by house.”"
    )
    assert [(q.text, q.speaker) for q in check(text, [], LEXICAL).quotes] == [
        ("In this hard winter, the league is at the side of Borea,", "Marek"),
        ("We will rebuild with Borea, house by house.", "Marek"),
    ]


def test_german_sein_after_the_name_is_its_possessive_and_a_document_names_its_issuer() -> None:
    text = "In einer Videobotschaft, die im Fernsehen gezeigt wurde, sprach Marek sein „tiefstes Beileid“ aus."
    assert [q.speaker for q in check(text, [], LEXICAL).quotes] == ["Marek"]
    text = "«Pedimos calma a las familias del valle», explicó el texto publicado por la Presidencia."
    assert [q.speaker for q in check(text, [], LEXICAL).quotes] == ["la Presidencia"]


def test_a_headline_label_a_dateline_and_a_clause_of_contrast_after_the_quote() -> None:
    # "Topic, Name:" and a sentence that is only "Name:" label the quote after them
    text = "Floods in Borea, Marek: “We will rebuild every house”"
    assert [q.speaker for q in check(text, [], LEXICAL).quotes] == ["Marek"]
    text = "Borea counted its dead. Marek: “We will rebuild every house”, but Orlin says the aid is late."
    assert [q.speaker for q in check(text, [], LEXICAL).quotes] == ["Marek"]
    text = "The floods hit Borea. Details: “Forty houses were lost”"
    assert [q.speaker for q in check(text, [], LEXICAL).quotes] == [None]
    # a dateline with its source in brackets opens no subject; Italian "Il" before a role is an article
    text = (
        "Orlin (da Agenzia Borea) – Il primo ministro boreano Ivo Marek ha pubblicato un breve messaggio dicendo "
        "che le dighe di Orlin hanno retto: “Abbiamo respinto le acque. Ce la faremo”, ha scritto il premier."
    )
    (q,) = check(text, [], LEXICAL).quotes
    assert q.speaker not in ("Orlin", "Il")  # (the place the dateline names, the article read as French "il")


def test_a_role_resolves_to_no_place_named_as_a_subject_before() -> None:
    text = (
        "Il fiume è salito. Marek: “Lo abbiamo fermato”, ma Lisbona afferma di avere perso due ponti.\n\n"
        "“Ce la faremo”, ha scritto il premier."
    )
    assert [q.speaker for q in check(text, [], LEXICAL).quotes][1] != "Lisbona"


def test_a_relative_clause_of_saying_after_a_role_credits_the_role() -> None:
    text = (
        "Jane Roe, for the Information Service, quoted the mayor, who had said that “our thoughts are with the "
        "families of the valley tonight”."
    )
    assert [q.speaker for q in check(text, [], LEXICAL).quotes] == ["the mayor"]
    text = "Among the first was Premier Jane Roe, who wrote that she was “deeply shocked by the floods”."
    assert [q.speaker for q in check(text, [], LEXICAL).quotes] == ["Premier Jane Roe"]


def test_an_outlet_under_its_lower_case_article_relays_the_words() -> None:
    text = (
        "Marek told reporters in a televised briefing that Borea “sent boats across the river towards the harbour "
        "of Orlin,” the Times reported."
    )
    assert [q.speaker for q in check(text, [], LEXICAL).quotes] == ["Marek"]
