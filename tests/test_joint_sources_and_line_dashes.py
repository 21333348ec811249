"""Sixtieth pass: a source whose title names two people holds both voices; dash-led speech at a line's start inside a
paragraph (a page's text kept one line per paragraph); the narrow encoder's margins get no speaker's leniency."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from provenance.pipeline.align import prepare_source
from provenance.pipeline.quotes import extract
from provenance.report import Quote, QuoteMatch
from provenance.semantic import carriers as C
from provenance.semantic.voices import joint_title, one_voice
from provenance.settings import Settings


@pytest.mark.parametrize(
    "line",
    [
        "Jana Roe, Prime Minister of Orlin, and Ivo Marek, Interior Minister — statements in Varna, 2 May 2027",
        "Remarks by President Jana Roe with Chancellor Ivo Marek at the harbour summit",
        "Jana Roe i Ivo Marek, izjave novinarima, 2. maj 2027.",
    ],
)
def test_a_title_that_joins_two_people_is_a_joint_source(line: str) -> None:
    assert joint_title(line)


@pytest.mark.parametrize(
    "line",
    [
        "Statement by Jana Roe on the death of Ivo Marek",  # one issuer; the other person is the topic
        "Jana Roe: statement — reply to Ivo Marek and the council",  # the second name after the document's mark
        "Statement by Jana Roe and the Orlin Harbour Council",  # a body beside a person: no second person
        "Jana Roe, message to the nation after the count, 2 May 2027",
    ],
)
def test_a_title_with_one_issuer_is_no_joint_source(line: str) -> None:
    assert not joint_title(line)


def _placed(title: str) -> list[str]:
    source = prepare_source(
        "s1", f"{title}\n- Jedan od najtežih dana za grad - rekao je premijer.\n- Akcija traje - kazao je Marek."
    )
    text = "Roe a parlé d'une journée noire. Marek a décrit une opération difficile."

    def quote(k: int, speaker: str, sim: float) -> Quote:
        return Quote(f"q{k}", "…", 0, 1, speaker, QuoteMatch("translated", "s1", 0, 10, sim, None))

    ctx = SimpleNamespace(
        quotes=[quote(1, "Jana Roe", 0.5), quote(2, "Ivo Marek", 0.7)], sources=[source], text=text,
        settings=Settings(),
    )  # fmt: skip
    one_voice(ctx)  # type: ignore[arg-type]
    return [q.match.kind for q in ctx.quotes]


def test_quotes_of_both_people_a_joint_source_names_stay_placed_on_it() -> None:
    # the page gives the premier's words and the minister's: neither person's quote is refused for the other's
    assert _placed("Jana Roe, premijer, i Ivo Marek, ministar policije — izjave u Varni") == [
        "translated", "translated",
    ]  # fmt: skip
    # one person's statement: the quote credited to someone else is not its words (unchanged behaviour)
    assert _placed("Ivo Marek, ministar policije — izjava u Varni") == ["unsupported", "translated"]


def test_dash_speech_opening_a_line_inside_a_paragraph_is_a_quotation() -> None:
    text = (
        "Premijer Jana Roe i ministar Ivo Marek obratili su se novinarima u Varni.\n"
        "- Ovo je jedan od najtežih dana za naš grad i celu zemlju - rekao je premijer.\n"
        "Ministar Marek je rekao da akcija traje.\n"
        "- Izuzetno teška akcija, učestvuje blizu osamdeset spasilaca - kazao je Marek."
    )
    found = [(text[q.parts[0][0] : q.parts[-1][1]].split()[0], q.speaker) for q in extract(text)]
    assert found == [("Ovo", "Jana Roe"), ("Izuzetno", "Ivo Marek")]


def test_a_hyphened_list_line_is_still_no_speech() -> None:
    text = "Zatvoreni putevi:\n- Put A - rekao je dispečer\n- Most B"
    assert extract(text) == []


def test_the_speakers_leniency_is_no_help_to_the_narrow_encoder() -> None:
    s = Settings()
    source = prepare_source("s1", "Jana Roe, message to the nation\nWe fought fairly and we won fairly.")
    source.extra["author"] = "Jana Roe"

    def match(model: str) -> SimpleNamespace:
        return SimpleNamespace(source=source, unit=SimpleNamespace(start=32, end=68), model=model)

    assert C.voice_bonus("Jana Roe", match("usem3"), s, True) == -s.semantic_speaker_bonus  # type: ignore[arg-type]
    assert C.voice_bonus("Jana Roe", match("multilingual-e5-small"), s, True) == s.semantic_quote_extra_e5  # type: ignore[arg-type]
    assert C.voice_bonus("Ivo Marek", match("usem3"), s, True) == 0.0  # type: ignore[arg-type]


def test_a_name_the_source_writes_in_capitals_is_the_same_name() -> None:
    from provenance.pipeline import anchors as A

    article = A.anchors_of("Many leaders have tried to end the fighting, until now, with the Roe administration.")
    source = A.anchors_of("Many Leaders have tried to end the War, with no success, until now, thanks to 'ROE'.")
    assert A.compare(article, source).conflicts == ()
    # another name against the house style's capitals is still a swap
    other = A.anchors_of("Many Leaders have tried to end the War, with no success, until now, thanks to Marek.")
    assert [d.type for d in A.compare(article, other).conflicts] == ["name"]


@pytest.mark.parametrize(
    ("quote", "kind"),
    [
        # a page cut off after four words: "pour", "la" and one noun in place are no one's words changed
        ("“Pour rendre la reconstruction", "unsupported"),
        # words of substance in place, one changed between them: an alteration
        ("“Je remercie les pompiers et les donateurs pour la reconstruction rapide de la cathédrale”", "altered"),
    ],
)
def test_function_words_of_any_language_are_no_words_kept(quote: str, kind: str) -> None:
    from provenance import check
    from provenance.pipeline.load import text_from_string

    source = text_from_string(
        "Je remercie les pompiers et les donateurs pour la reconstruction de la cathédrale, achevée en cinq ans.",
        id="s",
    )
    article = f"Le président a parlé devant les invités. {quote}"
    assert check(article, [source], Settings(lexical_only=True)).quotes[0].match.kind == kind
