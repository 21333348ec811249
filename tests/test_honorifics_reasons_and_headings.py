"""Sixty-first pass, alarms and placements: a courtesy title written out or abbreviated ("M. Roe", "Monsieur Roe")
is no change and no name; a role-led credit ("Spokesman for X", "Представитель Кремля") names no one to accuse; a
negation of a reason denies nothing; Portuguese "no" is no negation; a quote demoted to unsupported carries no drift;
a page's date stamp before the dateline; a passage's own quote renders the source words the passage leaves out; a
source's heading line opens no unit. Invented snippets."""

from __future__ import annotations

from provenance import check
from provenance.pipeline.attribution import is_named
from provenance.pipeline.load import text_from_string
from provenance.pipeline.markers import find_markers
from provenance.pipeline.passage_quoted import quoted_away
from provenance.report import Drift, Passage, PassageMatch, Quote, QuoteMatch
from provenance.semantic.claims import _clause_negations
from provenance.semantic.units import units_of
from provenance.settings import Settings

LEXICAL = Settings(lexical_only=True)


def _report(article: str, source: str):  # type: ignore[no-untyped-def]
    return check(article, [text_from_string(source, id="s")], LEXICAL)


def test_a_courtesy_title_written_out_is_no_alteration() -> None:
    source = "Et donc, je n'étais absolument pas au courant de la venue de M. Roe en France. C'est normal."
    article = 'Le président a répondu : "Je n\'étais absolument pas au courant de la venue de Monsieur Roe en France".'
    rep = _report(article, source)
    assert [q.match.kind for q in rep.quotes] == ["verbatim"]
    assert not [f for f in rep.findings if f.code == "QUOTE_ALTERED"]


def test_a_courtesy_title_is_no_name_a_passage_could_swap() -> None:
    source = "Le parquet a prolongé la garde à vue de Pavel Roe jusqu'à mercredi soir, selon le communiqué."
    article = "Le parquet a prolongé la garde à vue de M. Roe jusqu'à mercredi soir, selon le communiqué."
    rep = _report(article, source)
    assert rep.passages and not [d for p in rep.passages for d in p.drift if d.type == "name"]


def test_a_role_led_credit_names_no_one() -> None:
    assert not is_named("Spokesman for Jana Roe")
    assert not is_named("Представитель Кремля")  # (the Kremlin's genitive among its aliases)
    assert is_named("President Jana Roe") and is_named("Minister of Defence Ivo Marek")


def test_a_negated_reason_denies_nothing() -> None:
    assert _clause_negations("La democracia está en peligro. No por un golpe militar, sino por los gobiernos.") == []
    assert _clause_negations("They did not leave because of the rain.") != []  # the negation of "leave" stays
    assert _clause_negations("The talks are not about withdrawal but about the transition.") != []


def test_portuguese_no_is_no_negation_in_a_passage() -> None:
    source = (
        "O Governo manifesta seu apoio ao Presidente. Nesse contexto, estará em interlocução permanente com as "
        "autoridades legítimas e com os Governos dos demais países da região no sentido de rechaçar essa grave "
        "violação da ordem constitucional."
    )
    article = (
        "A nota afirma que o Brasil continuará em diálogo constante com as autoridades legítimas e com os demais "
        "governos da região para repudiar essa grave violação da ordem constitucional."
    )
    rep = _report(article, source)
    assert not [d for p in rep.passages for d in p.drift if d.type == "negation"]


def test_a_quote_left_unsupported_for_another_voice_carries_no_drift() -> None:
    from provenance.pipeline.quote_homes import _unplaced

    q = Quote("q1", "no tolerarán ninguna forma", 0, 10, "Ivo Roe", QuoteMatch("altered", "s", 0, 10, 0.8),
              drift=(Drift("negation", "a", "b"),))  # fmt: skip
    left = _unplaced(q, QuoteMatch("unsupported", reason="another voice"))
    assert left.match.kind == "unsupported" and left.drift == () and left.weak_drift == ()


def test_a_page_date_stamp_before_the_wire_dateline() -> None:
    text = "Roe speaks\n\ndate 2024-09-05 ORLIN, September 6. /TASS/. The founder said the authorities erred.\n"
    kinds = [(m.kind, m.text) for m in find_markers(text)]
    assert ("dateline", "ORLIN, September 6. /TASS/.") in kinds


def test_a_passages_own_quote_renders_the_source_words_the_passage_leaves_out() -> None:
    source = "Laws of another era punish founders. No innovator will build tools if held responsible for them."
    at = source.index("No innovator")
    text = "He warned that laws punish founders, noting, 'No innovator will build tools if held responsible'."
    q0 = text.index("'No") + 1
    quote = Quote("q1", text[q0 : text.index("'.")], q0, text.index("'."), "Roe",
                  QuoteMatch("verbatim", "s", at, at + 60, 1.0), ())  # fmt: skip
    passage = Passage(text, 0, len(text), PassageMatch("paraphrase", "s", 0, len(source), 0.6),
                      (Drift("negation", None, "No innovator will build tools if held"),))  # fmt: skip
    (kept,) = quoted_away([passage], [quote], {"s": source})
    assert kept.drift == ()
    # a quote of another source span leaves the drift standing
    elsewhere = Quote("q1", "x", q0, q0 + 5, "Roe", QuoteMatch("verbatim", "s", 0, 10, 1.0), ())
    (kept,) = quoted_away([passage], [elsewhere], {"s": source})
    assert [d.type for d in kept.drift] == ["negation"]


def test_a_sources_heading_line_opens_no_unit() -> None:
    text = "Jana Roe, post on X, 26 June 2024\nI firmly condemn the attempts to overthrow the elected government."
    sentences = [u.text for u in units_of(text) if u.kind == "sentence"]
    assert "I firmly condemn the attempts to overthrow the elected government." in sentences
    assert not any("post on X" in s and "condemn" in s for s in sentences)


def test_a_quotation_of_nobody_round_a_whole_source_is_its_authors() -> None:
    from provenance.pipeline.context import prepare
    from provenance.pipeline.source_voices import source_speaker

    text = (
        "Orlin High Representative Jana Roe, post on X, 22 June 2025 (as quoted by orlinnews.tv)\n"
        "“Borea must not be allowed to build the weapon. I urge all sides to step back and return to talks.”"
    )
    src = prepare(text_from_string(text, id="s"), Settings())
    at = text.index("I urge")
    assert source_speaker(src, at, at + 20) == "Jana Roe"
    # a short quotation inside a longer statement stays nobody's
    longer = prepare(
        text_from_string(text + " " + "The programme has grown for years in the north. " * 12, id="s2"), Settings()
    )
    assert source_speaker(longer, at, at + 20) is None


def test_portuguese_no_is_no_negation_a_claim_or_a_source_unit_denies_with() -> None:
    from provenance.semantic.claims import negation_heads

    text = "O Brasil estará em diálogo permanente com os governos no sentido de rechaçar essa violação."
    assert negation_heads(text, language="pt") == []
    assert negation_heads("El Gobierno no rechazó la propuesta de diálogo.", language="es") != []


def test_heading_lines_end_where_the_first_line_with_a_stop_begins() -> None:
    from provenance.text import heading_end

    text = "Orlin Post (English), translation of X's message\n· Orlin City ·\n\nFor the reopening\n\nThe text begins."
    assert text[heading_end(text) :].strip() == "The text begins."
    assert heading_end("Jana Roe, post on X\nI condemn it.") == len("Jana Roe, post on X\n")
    assert heading_end("One sentence only.\nMore.") == 0 and heading_end("A title alone") == 0
    assert heading_end("Monsieur le Président,\nPermettez.") == 0  # a salutation's comma: the text itself


def test_an_altered_quote_of_a_heading_line_or_a_works_title_accuses_no_one() -> None:
    source = (
        "Orlin Post (English), translation of the message\n· Vatican City ·\n\nFor the reopening of the Cathedral of "
        "Notre-Dame\n\nThe following is a translation of a message. The bells rang."
    )
    rep = _report('The mayor quoted "For the reopening of the Great Cathedral of Notre-Dame" on Friday.', source)
    assert [q.match.kind for q in rep.quotes] == ["unsupported"]
    title = _report(
        "Marek spoke of the building's place in French culture, citing Victor Hugo's \"The Hunchback of Notre Dame\" "
        "at length.",
        "Orlin Post\n\nThe following is a message sent on the occasion of the reopening of the Cathedral of "
        "Notre-Dame, on Saturday afternoon.",
    )
    assert [q.match.kind for q in title.quotes] == ["unsupported"]
    assert not [f for f in rep.findings + title.findings if f.code == "QUOTE_ALTERED"]
