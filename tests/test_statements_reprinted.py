"""A short statement reprinted whole under one pair of marks, one paragraph a line; a statement set in capitals;
a reprint whose intro is in its site's language above the statement; places named in each language."""

from __future__ import annotations

from provenance import check
from provenance.pipeline import anchors as A
from provenance.pipeline.context import prepare
from provenance.pipeline.load import text_from_string
from provenance.pipeline.quotes import extract
from provenance.semantic.encoders import readable_case
from provenance.settings import Settings

LEXICAL = Settings(lexical_only=True)


def test_a_statement_reprinted_whole_runs_over_its_unmarked_paragraphs_to_its_closing_mark() -> None:
    text = (
        "The following is the statement of the envoy on the dam:\n"
        "«The dam at Orlin has failed. We ask everyone to leave the valley.\n"
        "The water will reach the town by night.\n"
        "No one should stay near the river».\n"
        "The envoy spoke after the meeting.\n"
    )
    (q,) = extract(text)
    assert q.text.startswith("The dam") and q.text.endswith("near the river") and len(q.parts) == 3
    # a paragraph with a mark of its own between: the first quote ended unclosed, the later one is its own
    text = (
        "«The dam at Orlin has failed. We ask everyone to leave the valley.\n"
        "The envoy then spoke of the «danger» ahead.\n"
        "No one should stay near the river», he said.\n"
    )
    assert not any("river" in q.text and len(q.parts) > 1 for q in extract(text))
    # too far: more paragraphs without a mark than a statement runs over
    text = "«The dam at Orlin has failed.\n" + "The envoy spoke at length.\n" * 4 + "Leave the valley», he said.\n"
    assert all(len(q.parts) == 1 for q in extract(text))


def test_a_text_in_capitals_is_read_in_sentence_case_by_the_encoders() -> None:
    assert readable_case("THE COUNCIL LEARNED WITH SORROW. IT SENDS ITS SUPPORT") == (
        "The council learned with sorrow. It sends its support"
    )
    assert readable_case("NATO and the EU said the UN must act.") == "NATO and the EU said the UN must act."
    assert readable_case("UN OCHA") == "UN OCHA"  # too few letters to tell


def test_a_reprints_intro_in_its_sites_language_is_not_the_statements_language() -> None:
    text = (
        "Orlin, 6 febbraio – Pubblichiamo di seguito il telegramma inviato dal consiglio della città:\n\n"
        "THE COUNCIL LEARNED WITH SORROW OF THE FLOODS IN BOREA AND SENDS ITS SUPPORT TO ALL THOSE WHO LOST THEIR "
        "HOMES. IT ASKS THAT THE RESCUE TEAMS BE GIVEN EVERY HELP IN THEIR WORK, AND IT WILL MEET AGAIN ON FRIDAY "
        "TO DECIDE HOW THE TOWN WILL PAY FOR THE NEW DYKES ALONG THE RIVER.\n"
    )
    assert prepare(text_from_string(text, id="telegram")).language == "en"


def test_a_place_named_in_another_language_is_the_same_name() -> None:
    rule = A.NameRule.of(None)
    x = A.anchors_of("inundaciones en varias ciudades del Medio Oriente", rule.skeleton_min_len, "es")
    y = A.anchors_of("floods in several cities of the Middle East", rule.skeleton_min_len, "en")
    verdict = A.compare(x, y, rule)
    assert (verdict.conflicts, verdict.foreign_names, verdict.names) == ((), 0, 2)
    x = A.anchors_of("sellerin Orta Doğu'daki kentleri vurması", rule.skeleton_min_len, "tr")
    assert A.compare(x, y, rule).conflicts == ()  # a place of two words whose words alone name nothing


def test_pronouns_and_particles_that_name_no_speaker() -> None:
    text = '"The river broke its banks at Orlin," Watson announced.\n\nТя отбеляза, че "водата ще спадне до утре".'
    assert [q.speaker for q in check(text, [], LEXICAL).quotes] == ["Watson", "Watson"]
    # Italian "il premier" is an article and a title, no French pronoun "il"
    text = "«Abbiamo chiuso le dighe. Ce la faremo», ha scritto il premier. La nota è breve."
    assert [q.speaker for q in check(text, [], LEXICAL).quotes] == ["il premier"]
    # Arabic "كما" (also) before its verb is no subject
    text = 'انتقد الوزير القرار.\n\nكما أضاف أنه يرفض "خطة المجلس لإغلاق الميناء" بشدة.'
    assert "كما" not in [q.speaker for q in check(text, [], LEXICAL).quotes]


def test_one_capitalised_word_the_article_names_no_one_by_is_no_voice_that_sets_quotes_apart() -> None:
    from types import SimpleNamespace

    from provenance.pipeline.align import prepare_source
    from provenance.report import Quote, QuoteMatch
    from provenance.semantic.voices import one_voice

    source = prepare_source("leaders", "We condemn the attack on Orlin. We stand with its people. We demand calm.")
    text = "Держави Північної Ліги засуджують напад. Підписанти вимагають спокою. Марек Ковальчук це підтримав."

    def quote(k: int, speaker: str, sim: float) -> Quote:
        return Quote(f"q{k}", "…", 0, 1, speaker, QuoteMatch("translated", "leaders", 0, 10, sim, None))

    def placed(voice: str) -> list[str]:
        ctx = SimpleNamespace(
            quotes=[quote(1, "Держави Північної Ліги", 0.6), quote(2, voice, 0.9)], sources=[source], text=text,
            settings=Settings(),
        )  # fmt: skip
        one_voice(ctx)  # type: ignore[arg-type]
        return [q.match.kind for q in ctx.quotes]

    # "the signatories" names the same group as the league's states: both stay placed
    assert placed("Підписанти") == ["translated", "translated"]
    # a body's other name (lexicon aliases) is no person's voice either
    assert placed("el Vaticano") == ["translated", "translated"]
    # a surname the article names in full is a person's voice: the other group's quote is not its words
    assert placed("Ковальчук") == ["unsupported", "translated"]


def test_a_headings_topic_line_is_no_statement_a_quote_rewords() -> None:
    from types import SimpleNamespace

    from provenance.semantic.carriers import topic_heading
    from provenance.semantic.matcher import Query

    text = "Press briefing, 7 May\n\nFloods in Borea and Orlin\n\nThe spokeswoman said the floods left 40 dead."
    src = SimpleNamespace(text=text, language="en")

    def match(unit: str) -> SimpleNamespace:
        at = text.index(unit)
        return SimpleNamespace(source=src, unit=SimpleNamespace(start=at, end=at + len(unit), text=unit))

    quote = Query("devastating floods in Borea and Orlin.", "en", 0, 38)
    assert topic_heading(quote, match("Floods in Borea and Orlin"))  # type: ignore[arg-type]
    assert not topic_heading(quote, match("The spokeswoman said the floods left 40 dead."))  # type: ignore[arg-type]
    # across languages a heading is rendered as any line is
    assert not topic_heading(Query("inondations au Borea", "fr", 0, 20), match("Floods in Borea and Orlin"))  # type: ignore[arg-type]


def test_a_heading_under_a_letterhead_names_the_sources_author() -> None:
    from provenance.pipeline.attribution import source_speaker

    text = (
        "12 Harbour Street\nPM statement on the floods in Borea\n"
        "Words from the Prime Minister Jane Roe, on the floods in Borea.\n"
        "I send my condolences to the families of the victims. Our teams will help with the rescue.\n"
    )
    src = prepare(text_from_string(text, id="pm"))
    at = text.index("I send")
    assert source_speaker(src, at, at + 40) == "the Prime Minister Jane Roe"
    # a heading further down the page is the body's, no author's
    late = "12 Harbour Street\nNews\nUpdates\n" + text.split("\n", 1)[1]
    src = prepare(text_from_string(late, id="pm2"))
    at = late.index("I send")
    assert source_speaker(src, at, at + 40) is None
