"""Lexical alignment: a table of quotes against one source, with the kind and changes each must get."""

from __future__ import annotations

import pytest

from provenance.pipeline.align import match_quote, prepare_source
from provenance.pipeline.passages import match_passage
from provenance.settings import Settings
from provenance.text import sentences, tokens

SOURCE = (
    "Orlin City Council: statement\n\n"
    "The City Council today approved the extension of tram Line 4 to the Riverside district. "
    '"This line will bring Riverside within fifteen minutes of the city centre," said Mayor Tomas Verhoeven. '
    '"It is the largest public transport investment in Orlin for a generation." '
    "The project will cost 148 million euros. The Council will not raise local taxes to pay for it."
)
SRC = prepare_source("council", SOURCE)
S = Settings()

CASES = [
    # (quote, kind, changes as (op, quote, source))
    ("This line will bring Riverside within fifteen minutes of the city centre", "verbatim", []),
    ("this line will bring Riverside within fifteen minutes of the city centre.", "verbatim", []),  # case, final stop
    ("This  line will\nbring Riverside within fifteen minutes of the city centre,", "verbatim", []),  # whitespace
    ("This line will bring Riverside within fifteen minutes of the [Orlin] city centre", "near_verbatim", []),
    ("the largest public transport investment … for a generation", "near_verbatim", []),
    ("the largest public transport investment ... for a generation", "near_verbatim", []),
    ("[It] is the largest public transport investment in Orlin for a generation", "near_verbatim", []),
    ("It is the largest public transport investment in Orlin [sic] for a generation", "near_verbatim", []),
    (
        "This line will bring Riverside within five minutes of the city centre",
        "altered",
        [("replace", "five", "fifteen")],
    ),
    ("This line will bring Riverside within minutes of the city centre", "altered", [("delete", None, "fifteen")]),
    ("This line will bring Riverside within fifteen short minutes of the city centre", "altered",
     [("insert", "short", None)]),
    ("We had no other choice at all", "unsupported", []),
    ("the mayor resigned over the tram scandal", "unsupported", []),
    ("The Council will raise local taxes to pay for it", "altered", [("delete", None, "not")]),
]  # fmt: skip


@pytest.mark.parametrize(("quote", "kind", "changes"), CASES)
def test_quote_kinds(quote: str, kind: str, changes: list[tuple[str, str | None, str | None]]) -> None:
    qm, _al, _ = match_quote(quote, [(0, len(quote))], [SRC], S)
    assert qm.kind == kind
    assert [(c.op, c.quote, c.source) for c in qm.changes] == changes
    if kind in ("verbatim", "near_verbatim", "altered"):
        assert qm.source == "council"
        assert qm.source_start is not None and qm.source_end is not None
        span = SOURCE[qm.source_start : qm.source_end]
        assert span.split()[-1].strip('.,"') in quote
        assert 0 <= (qm.chrf or 0) <= 100
    else:
        assert qm.source is None and qm.source_start is None


def test_no_sources_is_unchecked() -> None:
    qm, al, _ = match_quote("anything at all here", [(0, 20)], [], S)
    assert qm.kind == "unchecked" and al is None


def test_lookalike_letters_still_verbatim() -> None:
    quote = "This line will bring Riversidе within fifteen minutes of the city centre"  # Cyrillic е
    qm, _, _ = match_quote(quote, [(0, len(quote))], [SRC], S)
    assert qm.kind == "verbatim"


def test_split_quote_across_a_source_attribution() -> None:
    quote = "within fifteen minutes of the city centre, It is the largest public transport investment"
    text = f'"{quote[:42]}" he said, "{quote[43:]}"'
    a, b = text.index('"') + 1, text.index('"', 1)
    c = text.index('"', b + 1) + 1
    d = text.rindex('"')
    qm, _, _ = match_quote(text, [(a, b), (c, d)], [SRC], S)
    assert qm.kind == "verbatim"


def test_best_source_wins() -> None:
    other = prepare_source("other", "Riverside is a district. The city centre is busy with minutes of traffic.")
    quote = "This line will bring Riverside within fifteen minutes of the city centre"
    qm, _, _ = match_quote(quote, [(0, len(quote))], [other, SRC], S)
    assert qm.source == "council" and qm.kind == "verbatim"


def test_passage_copied_and_paraphrase() -> None:
    copied = "The City Council today approved the extension of tram Line 4 to the Riverside district."
    kind, al = match_passage(tokens(copied), [SRC], S) or ("", None)
    assert kind == "copied" and al is not None and al.similarity == 1.0
    loose = "The project will cost 184 million euros, and local taxes will rise to pay for it."
    kind, al = match_passage(tokens(loose), [SRC], S) or ("", None)
    assert kind == "paraphrase"
    assert match_passage(tokens("Elsewhere, the weather was sunny and warm all week long."), [SRC], S) is None


def test_quote_across_the_sources_own_attribution_is_verbatim() -> None:
    quote = (
        "This line will bring Riverside within fifteen minutes of the city centre. It is the largest public transport"
    )
    qm, _, _ = match_quote(quote, [(0, len(quote))], [SRC], S)
    assert qm.kind == "verbatim" and qm.changes == ()
    unquoted = "today approved the extension of tram Line 4 to the Riverside district. This line will bring Riverside"
    qm, _, _ = match_quote(unquoted, [(0, len(unquoted))], [SRC], S)
    assert qm.kind == "verbatim"


def test_the_passage_bound_only_skips_sources_the_alignment_would_not_use(monkeypatch: pytest.MonkeyPatch) -> None:
    # _may_derive is a bound: every sentence of real-style articles gets the same passage with it as without.
    from pathlib import Path

    from provenance.pipeline import passages
    from provenance.text import sentences

    root = Path(__file__).parent / "realistic"
    srcs = [prepare_source(p.stem, p.read_text(encoding="utf-8")) for p in sorted((root / "sources").glob("*.txt"))]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "articles").glob("*.txt"))[::9]]
    runs = [(t, list(tokens(t, a, b))) for t in texts for a, b in sentences(t)]
    s = Settings(lexical_only=True)

    def found() -> list[tuple[str, str, float] | None]:
        out = []
        for text, toks in runs:
            m = match_passage(toks, srcs, s, text) if len(toks) >= s.min_passage_words else None
            out.append(None if m is None else (m[0], m[1].source.id, round(m[1].similarity, 6)))
        return out

    bounded = found()
    assert sum(x is not None for x in bounded) >= 10  # the sample holds passages to keep
    monkeypatch.setattr(passages, "_may_derive", lambda *a, **k: True)
    assert found() == bounded


def test_a_sentence_or_quote_seen_before_gets_the_same_match_where_it_now_stands() -> None:
    # Matches are kept per process (reprints repeat a wire story's words): a repeat at another place of another
    # article gets the alignment with its own words' places, as if aligned anew.
    from provenance.pipeline import passages
    from provenance.pipeline.align import _ALIGN_CACHE, parse_pieces

    src = prepare_source("s", SOURCE)
    sentence = "The council voted to extend tram Line 4 to Riverside, with five new stops."
    quote = '"This line will bring Riverside within fifteen minutes of the city centre"'
    a = f"{sentence}\n\n{quote}, said the mayor."
    b = f"Orlin, Monday. A second edition opens here.\n\n{sentence}\n\nHe added: {quote}."

    def found(text: str) -> tuple:
        i = text.index(sentence)
        p = match_passage(list(tokens(text, i, i + len(sentence))), [src], S, text)
        j = text.index(quote)
        qm, al, _ = match_quote(text, [(j + 1, j + len(quote) - 1)], [src], S)
        assert p is not None and al is not None
        return p, qm, al

    passages._MATCH_CACHE.clear()
    _ALIGN_CACHE.clear()
    (pa, qa, _), (pb, qb, alb) = found(a), found(b)
    assert len(passages._MATCH_CACHE) == 1 and len(_ALIGN_CACHE) == 1  # b was answered from what a left
    passages._MATCH_CACHE.clear()
    _ALIGN_CACHE.clear()
    fresh = found(b)
    assert (pb, qb, alb) == fresh and qb == qa and pb[0] == pa[0]
    moved = [t.start for p in alb.pieces for t in p.piece.toks]
    assert moved == [t.start for p in parse_pieces(b, [(b.index(quote) + 1, b.index(quote) + len(quote) - 1)])[0]
                     for t in p.toks]  # fmt: skip
    assert pb[1].pieces[0].piece.toks[0].start == b.index(sentence)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an ordinal before a lower-case word or a month continues the sentence
        ("Komite dün 15. toplantısını yaptı. Tavsiyeyi kabul ettim.", 2),
        ("Am 15. Januar kam es zum Angriff. Danach war es ruhig.", 2),
        # a number that ends a sentence still ends it
        ("The toll rose to 12. Rescuers kept digging.", 2),
    ],
)
def test_an_ordinal_is_no_sentence_end(text: str, want: int) -> None:
    assert len(sentences(text)) == want


def test_a_quote_changed_in_many_places_is_another_rendering_not_an_alteration() -> None:
    """A back-translation changes a word in every clause; "altered" accuses the writer and needs few edits."""
    from provenance import check

    source = (
        "The minister said: “We do not seek conflict in the region or anywhere else in the world, but let all those "
        "who might seek to do us harm know this: if you harm our people, we will respond at a time of our choosing.”"
    )
    few = "“We do not seek war in the region or anywhere else in the world, but let all those who might seek to do us harm know this: if you harm our people, we will respond at a time of our choosing,” the minister said."  # noqa: E501
    many = "“We are not looking for conflict in the region or anywhere else in the world, but let everyone who might try to hurt us know this: if you hurt our people, we will answer at a time of our own choosing,” the minister said."  # noqa: E501
    lexical = Settings(lexical_only=True)
    (q,) = check(few, [source], lexical).quotes
    assert q.match.kind == "altered"
    (q,) = check(many, [source], lexical).quotes
    assert q.match.kind != "altered"


def test_altered_against_a_heading_needs_four_of_the_quotes_words_in_place() -> None:
    src = prepare_source(
        "statement",
        "Statement Announcing Reopening of Harbour in Orlin\n\nThe port will reopen on Tuesday, the mayor said.",
    )
    # three shared words of a heading's set phrase: another text, not the heading altered
    quote = "partial reopening of harbour"
    assert match_quote(quote, [(0, len(quote))], [src], S)[0].kind == "unsupported"
    quote = "port will reopen on Monday"  # four in place, one changed: altered
    qm = match_quote(quote, [(0, len(quote))], [src], S)[0]
    assert (qm.kind, [(c.quote, c.source) for c in qm.changes]) == ("altered", [("Monday", "Tuesday")])


def test_a_topic_heading_with_a_writers_adjective_is_no_altered_quote() -> None:
    src = prepare_source(
        "briefing", "Press Briefing, 7 May\n\nFloods in Borea and Orlin\n\nThe spokeswoman opened the briefing."
    )
    # the heading's topic and its names, an adjective added: the writer's words around a topic, not the heading's
    quote = "devastating floods in Borea and Orlin."
    assert match_quote(quote, [(0, len(quote))], [src], S)[0].kind == "unsupported"


def test_altered_needs_two_words_in_place_that_are_no_function_words() -> None:
    src = prepare_source("plan", "The council must spend more in a colder winter on our roads, the mayor said.")
    # one word of substance beside a set phrase ("on our roads"): another text, no alteration of the mayor's
    quote = "repairs on our roads"
    assert match_quote(quote, [(0, len(quote))], [src], S)[0].kind == "unsupported"
    quote = "spend more in a warmer winter on our roads"  # "spend", "winter", "roads" in place: altered
    qm = match_quote(quote, [(0, len(quote))], [src], S)[0]
    assert (qm.kind, [(c.quote, c.source) for c in qm.changes]) == ("altered", [("warmer", "colder")])


_CHARTER = prepare_source(
    "charter", "The assembly demands an open harbour for the fishing season, leading to a lasting settlement."
)
_POST = prepare_source("post", "The assembly has just voted. An open harbour is what the coast needs. It must hold.")


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # the article's sentence shares "demands", "fishing", "season" with the charter's, nothing with the post's
        ("The charter demands “an open harbour” for the fishing season, diplomats noted.", "charter"),
        # ... and "coast", "needs" with the post's
        ("The coast needs “an open harbour”, the mayor wrote after the vote.", "post"),
    ],
)
def test_a_phrase_two_sources_carry_goes_to_the_one_whose_sentence_the_article_shares(article: str, want: str) -> None:
    start = article.index("n open") - 1
    end = article.index("harbour") + len("harbour")
    for order in ([_POST, _CHARTER], [_CHARTER, _POST]):  # whichever source is named first
        qm, _, _ = match_quote(article, [(start, end)], order, S)
        assert qm.kind == "verbatim" and qm.source == want


def test_a_phrase_two_sources_carry_with_no_context_either_way_stays_with_the_first_named() -> None:
    article = "“An open harbour.”"
    for order in ([_POST, _CHARTER], [_CHARTER, _POST]):
        qm, _, _ = match_quote(article, [(1, len(article) - 2)], order, S)
        assert qm.kind == "verbatim" and qm.source == order[0].id


_MINUTES = prepare_source(
    "minutes",
    "Today the board met and told me that the harbour must stay open to every ship.\n"
    "The sudden rise of the river in the north is very worrying for the farmers there.",
)


def test_a_sentence_the_source_does_not_have_after_the_quoted_one_is_not_checked_not_altered() -> None:
    # the source goes on with another sentence; the quote with its own: two sentences, not one changed
    article = "“Today the board met and told me that the harbour must stay open to every ship. I have accepted that.”"
    qm, _, _ = match_quote(article, [(1, len(article) - 1)], [_MINUTES], S)
    assert qm.kind == "verbatim" and not qm.changes
    assert any("“I have accepted that”" in n and "not checked" in n for n in qm.notes)


def test_a_changed_end_of_the_quoted_sentence_is_still_an_alteration() -> None:
    # a content word in common ("river"): the same sentence with words changed, not another sentence
    article = "“The harbour must stay open to every ship. The sudden rise of the river is of no concern to anyone.”"
    qm, _, _ = match_quote(article, [(1, len(article) - 1)], [_MINUTES], S)
    assert not any("not checked" in n for n in qm.notes)
    assert qm.kind != "verbatim"


def test_a_part_of_a_quote_past_a_break_that_no_source_has_is_not_checked_not_altered() -> None:
    # a page's paragraph break inside the quote; the second part is no sentence of the source ("that" aside)
    said = "Today the board met and told me that the harbour must stay open to every ship."
    article = f"“{said}\n\nI have accepted that advice,”"
    parts = [(1, article.index("\n\n")), (article.index("I have"), article.index(",”"))]
    # the source's "countries that had not seen it": the part's one shared word is "that"
    minutes = prepare_source(
        "minutes",
        f"{said}\nThe sudden rise of the river in countries that had not seen it is very worrying.",
    )
    qm, al, _ = match_quote(article, parts, [minutes], S)
    assert al is not None and len(al.pieces) == 2  # the part is placed, on "that"
    assert qm.kind == "verbatim" and not qm.changes
    assert [n for n in qm.notes if "I have accepted that advice" in n and "not checked" in n]


def test_a_name_two_languages_write_alike_verifies_no_quote() -> None:
    # a Spanish quote on an English source: the cooperative's name is in place, the rest is a sentence the source
    # does not have there; two words in place verify nothing of a quote of nineteen
    source = prepare_source(
        "fair",
        "The cheese fair opened on Friday with a new guest, the cooperative Terra Viva. Six families from the "
        "northern valleys founded it after the drought of 1998, and it now sells its cheese in forty towns. "
        "Terra Viva employs two hundred people.",
    )
    article = "«Terra Viva. Con ese nombre empezó todo hace cuarenta años en una cocina del barrio viejo de la ciudad»"
    qm, _, _ = match_quote(article, [(1, len(article) - 1)], [source], S)
    assert qm.kind not in ("verbatim", "near_verbatim")


def test_a_quote_whose_every_part_is_not_checked_is_no_verbatim_copy() -> None:
    # a Spanish quote set on an English source: its one part placed there keeps only "a" for "a", and that part is
    # a sentence the source does not have; nothing of the quote is verified, so it is not near_verbatim
    source = prepare_source(
        "notice", "The harbour office issued a notice on Monday. It listed the berths closed for repairs until May."
    )
    article = (
        "«Las obras del muelle norte siguen paradas (…) nos obligan a preguntar quién pagará una "
        "temporada perdida en la bahía»"
    )
    cut = article.index(" (…) ")
    parts = [(1, cut), (cut + len(" (…) "), len(article) - 1)]
    qm, _, _ = match_quote(article, parts, [source], S)
    assert qm.kind not in ("verbatim", "near_verbatim")


def test_a_sentence_the_source_does_not_have_is_noted_where_no_source_word_stands_against_it() -> None:
    # the quote's second sentence shares no word with the source's next one: the window stops at the source's
    # sentence end, and the quote's sentence, set against nothing, is still noted, not read as words added
    article = (
        "“Today the board met and told me that the harbour must stay open to every ship. Thanks to all crews for "
        "the long nights of this winter.”"
    )
    qm, _, _ = match_quote(article, [(1, len(article) - 1)], [_MINUTES], S)
    assert qm.kind == "verbatim" and not qm.changes
    assert any("Thanks to all crews" in n and "not checked" in n for n in qm.notes)


def test_a_word_the_quote_adds_does_not_pull_the_source_word_before_the_excerpt_into_it() -> None:
    # counted back from its longest run, past the added "and", the window opens on "offices": a source word beside
    # the excerpt, no word the quote left out; the quote is not called altered for it
    src = prepare_source(
        "envoy",
        "The envoy repeated her offer to use her good offices to open a new round of talks to reach a lasting "
        "settlement between the two valleys.",
    )
    quote = "to open a new round of talks and to reach a lasting settlement between the two valleys"
    qm, _, _ = match_quote(quote, [(0, len(quote))], [src], S)
    assert qm.kind == "verbatim"
    assert not qm.changes


def test_a_quote_going_on_where_the_source_breaks_off_with_three_full_stops_is_not_checked_there() -> None:
    # a transcript excerpt that breaks off ("… who ...") and an article that quotes the sentence further: the words
    # past the break are in no source, not words the article added
    src = prepare_source(
        "briefing",
        "You will surely ask me why it was the president of Borea who ...\n\nThe operation goes on as planned.",
    )
    quote = "You will surely ask me why it was the president of Borea who took on the talks"
    qm, _, _ = match_quote(quote, [(0, len(quote))], [src], S)
    assert qm.kind == "verbatim"
    assert any("not checked" in n and "took on the talks" in n for n in qm.notes)
