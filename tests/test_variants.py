"""The equivalence layer (issue: quote verdicts on real news): variants are notes, never changes."""

# ruff: noqa: E501  (case tables: one case a line)
from __future__ import annotations

import pytest

from provenance.pipeline.align import (
    align_pieces,
    changes_and_notes,
    classify,
    match_quote,
    parse_pieces,
    prepare_source,
)
from provenance.pipeline.drift import drift_of
from provenance.pipeline.language import detect_code
from provenance.pipeline.variants import dropped_speech, skeleton, variant
from provenance.settings import Settings
from provenance.text import tokens

S = Settings(lexical_only=True)


def verdict(quote: str, source: str) -> tuple[str, list[str]]:
    src = prepare_source("s", source)
    pieces, marks = parse_pieces(quote, [(0, len(quote))])
    al = align_pieces(pieces, src, S)
    assert al is not None
    changes, _, notes = changes_and_notes(al, quote, S)
    return classify(al, changes, marks, S), notes


@pytest.mark.parametrize(
    ("quote", "source"),
    [
        ("We will keep working with the US and the UN on this", "We will keep working with the U.S. and the U.N. on this"),
        ("The Dept. of Energy will publish the figures next week", "The Department of Energy will publish the figures next week"),
        ("Minister Muhammad Qaddura will lead the delegation to the talks", "Minister Mohammed Kaddoura will lead the delegation to the talks"),
        ("وأكد الوزير أن الاتفاقية ستنفذ في فبراير المقبل", "وأكّد الوزير أنّ الاتفاقيّة ستُنفَّذ في شباط المقبل"),
        ("سيرفع الجانب الاطلاقات الى ١٢٠ مترا مكعبا", "سيرفع الجانب الإطلاقات إلى 120 مترا مكعبا"),
        ("Die Inflation liegt bei 80 Prozent der Zielmarke der Bank", "Die Inflation liegt bei 80 Prozent der Zielmarke der Bank"),
        ("verb\u00adatim words with a zero\u200bwidth space inside them", "verbatim words with a zerowidth space inside them"),
        # a number in figures for the one spoken in words, in any language
        ("Начав 2 дня назад наступление, они не добились целей", "Начав два дня назад наступление, они не добились целей"),
        ("We will send 15 trainers to the base next month", "We will send fifteen trainers to the base next month"),
        # house styles: a word hyphenated or written apart, a contraction, a place's other spelling, a date's order
        ("We value our co-operation with the port authority of Borea", "We value our cooperation with the port authority of Borea"),
        ("Prices at the port rose 30 per cent this year", "Prices at the port rose 30 percent this year"),
        ("We don't accept these terms for the port of Borea", "We do not accept these terms for the port of Borea"),
        ("We will act in Kyiv and in Odesa as soon as we can", "We will act in Kiev and in Odessa as soon as we can"),
        ("We will meet the port workers on 25 January in Orlin", "We will meet the port workers on January 25 in Orlin"),
        # a post's handle written as the name it holds
        ("I congratulate Marek on winning the elections in Orlin", "I congratulate @JMarekOrl on winning the elections in Orlin"),
        # a word in the singular for the source's plural (or the reverse): its grammatical number, no other word
        ("Nous, forces de sécurité, garant de la paix civile à Orlin", "Nous, forces de sécurité, garants de la paix civile à Orlin"),
        # Russian "ё" printed as "е"
        ("Мы можем заявить, что речь идёт о преднамеренной диверсии", "Мы можем заявить, что речь идет о преднамеренной диверсии"),
    ],
)  # fmt: skip
def test_variants_are_not_changes(quote: str, source: str) -> None:
    kind, _ = verdict(quote, source)
    assert kind == "verbatim"


def test_a_real_change_is_still_altered() -> None:
    kind, _ = verdict(
        "We will send fifty trainers to the base next month", "We will send fifteen trainers to the base next month"
    )
    assert kind == "altered"


def test_a_transcripts_stutter_and_fillers_are_cleaned_up() -> None:
    source = "MS. TARROW: We will continue to — continue to train, um, alongside our partners."
    kind, notes = verdict("We will continue to train alongside our partners", source)
    assert kind == "verbatim"
    assert any("false start" in n for n in notes) and any("filler" in n for n in notes)


def test_a_repetition_the_quote_gives_once_is_no_change_where_its_first_word_opens_both() -> None:
    # The quote's first word stands before the repeated run: aligning from the second run would pair "But"
    # with "mistake" and call a faithful quote altered.
    source = "They will tell their own story. But make no mistake -- make no mistake, Vance is to blame for the loss."
    kind, notes = verdict("But make no mistake: Vance is to blame for the loss.", source)
    assert kind == "verbatim" and any("false start of the transcript left out: make no mistake" in n for n in notes)


def test_a_repair_that_says_a_title_again_without_its_article_is_a_false_start() -> None:
    source = "We are all appalled by the attack on the Mayor, Mayor Jana Roe, in the harbour last night."
    kind, notes = verdict("We are all appalled by the attack on Mayor Jana Roe", source)
    assert kind == "verbatim" and any("false start of the transcript left out: the mayor" in n for n in notes)
    # a different title dropped is a change: the mayor is not the deputy mayor
    other = "We are all appalled by the attack on the deputy, Mayor Jana Roe, in the harbour last night."
    assert verdict("We are all appalled by the attack on Mayor Jana Roe", other)[0] == "altered"


def test_a_quote_past_the_end_of_a_cut_off_source_is_noted_not_altered() -> None:
    kind, notes = verdict("Prices will stay high until the end of the year", "Prices will stay high until the end")
    assert kind == "verbatim" and any("not checked" in n for n in notes)


def test_another_speakers_text_on_the_same_subject_is_not_altered() -> None:
    source = "The talks will focus on the future of the training mission and the schedule of its next phase."
    kind, _ = verdict("The talks will decide the withdrawal of every foreign trainer from the country", source)
    assert kind == "unsupported"


def test_skeletons_join_transliterations_only() -> None:
    assert skeleton("Oleksandr") == skeleton("Alexander")
    assert skeleton("Kharkiv") == skeleton("Kharkov")
    assert skeleton("Lind") != skeleton("Verhoeven")
    assert variant("Immunization Program", "Immunisation Programme")
    assert variant("Ana Lind", "Tomas Verhoeven") is None


def test_a_repeated_word_that_is_not_a_false_start_is_kept() -> None:
    assert dropped_speech(["very"], ["it", "is"], ["important"], Settings().max_stutter_words) is None
    assert dropped_speech(["um"], [], [], Settings().max_stutter_words) is not None


def drift_types(article: str, source: str) -> set[str]:
    src = prepare_source("s", source, language=detect_code(source)[0])  # as the pipeline prepares a source
    pieces, _ = parse_pieces(article, [(0, len(article))])
    al = align_pieces(pieces, src, S)
    assert al is not None
    return {d.type for d in drift_of(al, article, S)}


@pytest.mark.parametrize(
    ("article", "source"),
    [
        # reported speech: "will" becomes "would", "can" becomes "could"
        ("The minister said the crossing would reopen to trucks on Monday morning", "The minister said the crossing will reopen to trucks on Monday morning"),
        # the month May is no modal verb
        ("The council will vote on the budget in May after a long debate about taxes", "The council will vote on the budget in May after a long debate about taxes"),
        # a German noun is capitalised like a name
        ("Die Notenbank beließ den Leitzins am Donnerstag bei 3,75 Prozent", "Die Zentralbank beließ den Leitzins am Donnerstag bei 3,75 Prozent"),
        # a weekday beside a date is no date change
        ("The ministry said on Tuesday, March 4, that the convoy had arrived", "The ministry said on 4 March that the convoy had arrived"),
        # a long clause left out (quoted elsewhere) carries its negation with it
        ("The ministry said the agreement was signed after long talks with the delegation", "The ministry said the agreement, which does not include any concession on water rights, was signed after long talks with the delegation"),
    ],
)  # fmt: skip
def test_faithful_copies_raise_no_drift(article: str, source: str) -> None:
    assert drift_types(article, source) == set()


def test_a_confident_alignment_still_shows_modality_and_negation() -> None:
    assert "modality" in drift_types(
        "The strait will reopen to commercial shipping next week",
        "The strait may reopen to commercial shipping next week",
    )
    assert "negation" in drift_types(
        "Local taxes will rise to pay for the new line", "Local taxes will not rise to pay for the new line"
    )


def test_tokens_fold_acronym_dots_and_arabic_orthography() -> None:
    assert [t.norm for t in tokens("the U.S. and US")] == ["the", "us", "and", "us"]
    assert [t.norm for t in tokens("وأكّد")] == [t.norm for t in tokens("اكد")]


def _kind_and_notes(quote: str, source: str) -> tuple[str, tuple[str, ...]]:
    from provenance import check

    rep = check(f"The minister said: “{quote}”", sources=[source], semantic=None)
    (q,) = rep.quotes
    return q.match.kind, q.match.notes


def test_an_editors_insertion_in_parentheses_is_a_marked_edit() -> None:
    kind, notes = _kind_and_notes(
        "Make no mistake, (Jane) Doe is responsible for what happened at the port last night",
        "Make no mistake, Doe is responsible for what happened at the port last night.",
    )
    assert kind == "near_verbatim" and any("parentheses" in n for n in notes)


@pytest.mark.parametrize(
    ("quote", "kind"),
    [
        # the editor's words in parentheses for the source's pronoun: marked, as brackets are
        ("I am grateful that (Marek is) doing well and recovering after the attack at the harbour", "near_verbatim"),
        ("do not make assumptions about (the attacker's) motives or his affiliations in this case", "near_verbatim"),
        # the same words without the parentheses: an unmarked change
        ("do not make assumptions about the attacker's motives or his affiliations in this case", "altered"),
    ],
)
def test_an_editors_words_in_parentheses_for_the_sources_are_a_marked_edit(quote: str, kind: str) -> None:
    got, notes = _kind_and_notes(
        quote,
        "I am grateful that he's doing well and recovering after the attack at the harbour. Please, do not make "
        "assumptions about his motives or his affiliations in this case.",
    )
    assert got == kind
    assert (kind == "near_verbatim") == any("parentheses for" in n for n in notes)


def test_a_given_name_and_its_initial_are_one_name() -> None:
    # "от имени Евгения X" for "от имени Е.X": the same person, not a name swapped; another letter is another name
    assert variant("Евгения", "Е.") is not None and variant("Jane Roe", "J. Roe") is not None
    assert variant("Jane", "K.") is None and variant("Jane Roe", "J. Doe") is None
    assert variant("act tough", "a tough") is None  # an article is no initial


def test_a_date_in_another_order_is_a_variant() -> None:
    kind, notes = _kind_and_notes(
        "We condemn the attack on the embassy in the capital today (Jan. 21) in the strongest terms",
        "We condemn the attack on the embassy in the capital today (21 January) in the strongest terms.",
    )
    assert kind == "verbatim" and any("another order" in n for n in notes)


@pytest.mark.parametrize(
    ("quote", "kind"),
    [
        # a lone article left out of a long quote: a note
        ("what is going on in Ukraine right now is a crime against every person who lives there", "verbatim"),
        # a negation is never a function word
        ("what is not going on in the Ukraine right now is a crime against every person who lives there", "altered"),
    ],
)
def test_a_lone_function_word_in_a_long_quote_is_no_change(quote: str, kind: str) -> None:
    got, _ = _kind_and_notes(
        quote, "What is going on in the Ukraine right now is a crime against every person who lives there."
    )
    assert got == kind


def test_a_repeated_sentence_the_quote_joins_to_the_next_is_no_false_start() -> None:
    # a full stop between the two says the speaker meant both: joining them is an edit, not a cleaned stutter
    source = "Instead, he went back home. He went back home knowing he would be arrested for it."
    kind, notes = verdict("Instead, he went back home, knowing he would be arrested for it.", source)
    assert kind != "verbatim" and not any("false start" in n for n in notes)


def test_a_quote_cut_off_mid_word_by_the_end_of_the_article_is_not_altered() -> None:
    source = "All decisions have been carefully considered and ultimately prioritise the safety of our crews."
    kind, notes = verdict("All decisions have been carefully considered and ultimately pri", source)
    assert kind == "verbatim" and any("the article ends mid-word" in n for n in notes)
    # the same word cut short inside the text is a change
    kind, _ = verdict("All decisions have been carefully considered and ultimately pri the safety", source)
    assert kind == "altered"


def test_a_quote_an_excerpt_cuts_mid_word_with_a_bracketed_ellipsis_is_not_altered() -> None:
    # a stored excerpt marks its cut ("[…]", "[...]") right after the half word, the quote never closed: the mark
    # is an ellipsis (near_verbatim at most), the half word no change
    source = prepare_source("s", "All decisions have been carefully considered and ultimately prioritise our crews.")
    for mark in ("[…]", "[...]"):
        article = f"“All decisions have been carefully considered and ultimately pri{mark}"
        qm, _, _ = match_quote(article, [(1, len(article))], [source], S)
        assert qm.kind in ("verbatim", "near_verbatim") and any("the article ends mid-word" in n for n in qm.notes)


def test_a_source_cut_off_mid_word_inside_the_quote_leaves_the_word_unchecked() -> None:
    # the stored source stops at "pri" of "prioritise" while the quote goes on: the word and the rest are not
    # checked, neither is an alteration
    source = "All decisions have been carefully considered and ultimately pri"
    kind, notes = verdict("All decisions have been carefully considered and ultimately prioritise our crews", source)
    assert kind == "verbatim" and any("the source ends mid-word" in n for n in notes)


def test_a_quote_that_reopens_on_the_next_line_aligns_each_paragraph_where_it_stands() -> None:
    # Wire style: a quote that runs over paragraphs leaves the first open and re-opens the next; the two are
    # excerpts from places far apart in the statement, and the second words one phrase its own way.
    filler = " ".join(f"Sentence {w} of the advisory says nothing quoted here." for w in "abcdefghijklmnop")
    source = ("Where it makes sense for our customers, vessels will sail around the Cape of Good Hope. " + filler +
              " We remain committed to minimising the impact on your supply chain and will keep you updated.")  # fmt: skip
    art = ('The company said: "Where it makes sense for our customers, vessels will sail around the Cape of Good Hope.\n'
           '"We remain committed to minimising the impact on our customers\' supply chain and will keep you updated."')  # fmt: skip
    src = prepare_source("s", source)
    pieces, _ = parse_pieces(art, [(art.index("Where"), art.rindex('"'))])
    assert [p.gap_before for p in pieces] == [None, "paragraph"]
    al = align_pieces(pieces, src, S)
    assert al is not None and len(al.pieces) == 2
    changes, _, _ = changes_and_notes(al, art, S)
    assert classify(al, changes, (), S) == "altered"
    assert [(c.quote, c.source) for c in changes] == [("our", "your"), ("customers", None)]


@pytest.mark.parametrize(
    ("quote", "source"),
    [("jeopardised", "jeopardized"), ("defence", "defense"), ("the labour ministry's centre", "the labor ministry's center"),
     ("travelled", "traveled"), ("organisations", "organizations"), ("catalogue", "catalog")],
)  # fmt: skip
def test_british_and_american_spellings_are_one_word(quote: str, source: str) -> None:
    assert variant(quote, source) is not None


@pytest.mark.parametrize(
    ("quote", "source"),
    [("rise", "raise"), ("fire", "fibre"), ("house", "horse"), ("billion", "million"), ("lo", "los")],
)
def test_different_words_are_no_spelling_variant(quote: str, source: str) -> None:
    assert variant(quote, source) is None


def test_a_changed_word_beside_a_variant_is_still_altered() -> None:
    kind, _ = verdict(
        "We value our operation with the port authority of Borea",
        "We value our cooperation with the port authority of Borea",
    )
    assert kind == "altered"
    kind, _ = verdict(
        "We will meet the port workers on 26 January in Orlin", "We will meet the port workers on January 25 in Orlin"
    )
    assert kind == "altered"


def test_a_name_with_its_possessive_in_another_spelling_and_apostrophe_is_a_variant() -> None:
    from provenance.pipeline.variants import variant

    assert variant("Erdoğan's", "Erdogan’s") is not None
    assert variant("Marek's", "Roe's") is None


def test_a_posts_handles_and_hashtags_read_as_words() -> None:
    from provenance.text import post_words

    assert post_words("Good call with @PM_IvoMarek of #Borea. Write to a@b.org") == (
        "Good call with PM Ivo Marek of Borea. Write to a@b.org"
    )


@pytest.mark.parametrize(
    ("quote", "source"),
    [("yegane yol", "yegâne yol"), ("Etat", "État"), ("идет", "идёт")],
)
def test_the_same_words_with_other_diacritics_are_a_variant(quote: str, source: str) -> None:
    assert variant(quote, source) is not None
    assert variant("yegane yol", "tek yol") is None  # another word is no variant


@pytest.mark.parametrize(
    ("quote", "source", "kind"),
    [
        # a contraction made or spelled out keeps the speaker's words
        ("It’s clear that a coordinated response is essential", "In short, it is clear that a coordinated response is essential to stop it.", "verbatim"),
        ("It is clear that a coordinated response is essential", "In short, it's clear that a coordinated response is essential to stop it.", "verbatim"),
        ("We don't accept the terms of this deal at all", "They said we do not accept the terms of this deal at all.", "verbatim"),
        ("We do not accept the terms of this deal at all", "They said we don’t accept the terms of this deal at all.", "verbatim"),
        # ... a negation taken out or put in is a change, contracted or not
        ("We will accept the terms of this deal at all", "They said we won't accept the terms of this deal at all.", "altered"),
        ("We do accept the terms of this deal at all", "They said we don't accept the terms of this deal at all.", "altered"),
    ],
)  # fmt: skip
def test_a_contraction_made_or_spelled_out_is_no_alteration(quote: str, source: str, kind: str) -> None:
    assert verdict(quote, source)[0] == kind


@pytest.mark.parametrize(
    ("quote", "source"),
    [
        # a phrase moved within the span: delivered remarks against their prepared text, not an edit of words
        (
            "No one can stop them. As we meet, the crews of Orlin are working day and night on the channel",
            "No one can stop it. The crews of Orlin are working day and night on the channel as we meet.",
        ),
        (
            "Borea is now an alliance member",
            "Borea is now a member of the alliance. A few hours ago, I signed the treaty.",
        ),
    ],
)
def test_a_quote_that_restructures_its_source_is_not_altered(quote: str, source: str) -> None:
    kind, _ = verdict(quote, source)
    assert kind == "unsupported"  # (left to the semantic stage: reworded, or nothing)


@pytest.mark.parametrize(
    ("quote", "source"),
    [
        # a word the rest of the sentence holds, beside one it does not: words put in the speaker's mouth
        (
            "We expect the other side to release the trawler as soon as possible",
            "We expect the other side to provide the papers as soon as possible, so as to release the trawler.",
        ),
        # a word moved, and two dropped without a mark
        (
            "Today the town breathes, the eleven are alive and our only task now is to bring them out safe",
            "Today the town breathes. The eleven are alive and now our only task is to bring them out of the mine safe.",
        ),
    ],
)
def test_a_quote_that_moves_words_and_changes_others_is_still_altered(quote: str, source: str) -> None:
    kind, _ = verdict(quote, source)
    assert kind == "altered"


def test_the_st_forms_of_among_while_and_amid_are_one_word() -> None:
    kind, notes = verdict(
        "We are now a port among ports, while the work goes on",
        "We are now a port amongst ports, whilst the work goes on",
    )
    assert kind == "verbatim" and notes


def test_a_short_name_transliterated_with_y_is_the_same_name() -> None:
    # Turkish house styles: "Beniyye" and "Baniye" (the vowels alone leave "bn", too short to stand for a name)
    assert variant("Beniyye'nin", "Baniye'nin") is not None
    # a "y" only one side has (the "j" of "Major" folds to "y") joins no two words
    assert variant("Mayor", "Major") is None
    assert variant("Hadi", "Adi") is None


def test_a_syllabic_abbreviation_or_a_post_s_hashtag_written_out_is_the_same_name() -> None:
    # "EUCO": the first letters of each word run together; a post's "#EUCO" holds the same abbreviation
    assert variant("European Council", "EUCO") is not None
    assert variant("The European Council", "#EUCO") is not None
    kind, notes = verdict(
        "The European Council granted candidate status to Valdor",
        "#EUCO granted candidate status to Valdor. A clear signal of hope.",
    )
    assert kind == "verbatim" and notes
    # every word must give its start, in order: another body's name is no spelling of it
    assert variant("European Central Bank", "EUCO") is None
    assert variant("Council", "EUCO") is None
