"""Page furniture and whole clauses that are no drift: a headline's title-case capitals are no names, a source
title's date names no issuer and dates the document (not the event), an article's stamp line renders nothing, and
a negation in a clause the other side leaves out is not dropped; a person's quote on a body's statement needs more
margin; and the speaker rules of the fifty-seventh pass (an opening phrase, a Turkish participle, a role's line, a
verb-first object, an outlet relaying, a copula, "with these words", Romanian verbs). All text invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from provenance import check
from provenance.pipeline.load import text_from_string
from provenance.pipeline.negation_drift import clause_unshared
from provenance.pipeline.source_voices import heading_issuer
from provenance.settings import Settings

if TYPE_CHECKING:
    from provenance.semantic.matcher import Match

LEXICAL = Settings(lexical_only=True)


def _codes(article: str, source: str, sid: str = "s1") -> list[str]:
    report = check(article, [text_from_string(source, id=sid)], LEXICAL)
    return [f.code for f in report.findings]


def _match_at(text: str, start: int) -> Match:
    """A match on the unit of ``text`` from ``start`` to its end, the source annotated as the pipeline does."""
    from provenance.pipeline.align import prepare_source
    from provenance.pipeline.anchors import AnchorVerdict
    from provenance.pipeline.attribution import annotate_source
    from provenance.semantic.matcher import Match
    from provenance.semantic.units import Unit

    src = prepare_source("s", text)
    annotate_source(src)
    unit = Unit(start, len(text), text[start:], "sentence")
    return Match(src, unit, 0.6, 0.2, 0.2, 0.05, AnchorVerdict(0, 0, (), 0), "fake", False, (0.3, 0.3))


def test_a_title_case_headline_has_no_names_a_drift_could_swap() -> None:
    source = (
        "Borean Secretary-General Jane Roe, statement on the harbour strike, 3 May 2031 (ref SG/331)\n"
        "Secretary-General Deeply Troubled by Orlin Use of Force against Borean Harbour, Urges Both Sides to Stop\n\n"
        "I am deeply troubled by the use of force against the harbour of Borea today. This must stop now."
    )
    article = (
        "UN chief Roe 'deeply troubled' by Orlin use of force against Borean harbour\n\n"
        "The secretary-general said the strike had to stop."
    )
    assert "DRIFT_NAME" not in _codes(article, source)
    # a name in a sentence is still one: a person swapped for another is drift
    source = "The minister said on Monday that Jane Roe will lead the harbour talks in Orlin next week."
    article = "The minister said on Monday that Ivo Marek will lead the harbour talks in Orlin next week."
    assert "DRIFT_NAME" in _codes(article, source)


def test_a_date_after_the_document_word_names_no_issuer() -> None:
    assert heading_issuer("statement of Sunday 3 May 2031, in Borean") is None
    assert heading_issuer("Statement by the Borean Harbour Authority on the strike") == "the Borean Harbour Authority"


def test_a_negated_clause_with_no_word_of_the_other_side_is_left_out_not_flipped() -> None:
    clause = "but outside players must not create new difficulties,"
    assert clause_unshared(clause, "The meeting of the two leaders in Orlin deserves a positive assessment, she said.")
    # the clause's own words on the other side: compared, so a dropped negation is drift
    assert not clause_unshared(clause, "Outside players must create new difficulties, she said.")
    # a clause of fewer than three words of its own is too short to tell
    assert not clause_unshared("but not now,", "The talks go on.")
    source = (
        "The meeting of the two leaders in Orlin deserves a positive assessment, but outside players must not "
        "create new difficulties for the region, the spokeswoman of the ministry said on Saturday."
    )
    article = (
        "The meeting of the two leaders in Orlin with the help of Borea deserves a positive assessment, the "
        "spokeswoman of the ministry said on Saturday."
    )
    assert "DRIFT_NEGATION" not in _codes(article, source)


def test_a_phrase_before_the_subject_leaves_the_participle_to_the_subject() -> None:
    text = (
        'In a video after the strikes on the harbour, Roe praised Marek, asserting he had "acted to keep the '
        'port open for every ship that needs it."'
    )
    assert [q.speaker for q in check(text, [], LEXICAL).quotes] == ["Roe"]


def test_a_stamp_line_is_no_passage() -> None:
    source = (
        "Orlin Harbour Authority, statement on the reopening of the port\n"
        "The harbour of Orlin reopens to all ships after the repairs to the north quay are done.\n\n"
        "Harbour news, daily reports from the quay\n27 May 2031 10:10 CET"
    )
    article = (
        "EN\n27 May 2031 - 11:31 CET\n\n"
        "The harbour of Orlin reopened to all ships after the repairs to the north quay.\n"
    )
    report = check(article, [text_from_string(source, id="s1")], LEXICAL)
    assert [p.text for p in report.passages] == [
        "The harbour of Orlin reopened to all ships after the repairs to the north quay."
    ]


def test_a_turkish_participle_of_saying_after_the_quote_names_its_speaker() -> None:
    text = (
        'Toplantıda konuşan Roe, "Limanı yeniden açacağız" diyen Dışişleri Bakanı Ivo Marek ile görüştü.\n\n'
        '"Bugün halkımız için unutulmayacak bir gün" diyen Marek, "Bu anlaşma herkese yarar" ifadesini kullandı.'
    )
    speakers = [q.speaker for q in check(text, [], LEXICAL).quotes]
    assert speakers == ["Dışişleri Bakanı Ivo Marek", "Ivo Marek", "Ivo Marek"]


def test_a_role_at_a_lines_end_takes_no_name_from_the_next_line() -> None:
    text = (
        "“No hay puerto en la región que pueda hacer lo que hicimos”, dice el alcalde\n"
        "El alcalde de Orlin explicó que las obras, que «han sido terminadas a tiempo», fueron «un éxito»"
    )
    speakers = [q.speaker for q in check(text, [], LEXICAL).quotes]
    assert speakers == ["el alcalde", "El alcalde de Orlin", "El alcalde de Orlin"]


def test_words_after_a_verb_opening_the_sentence_are_its_subject_only_when_someone() -> None:
    text = (
        "Recordó las décadas de obras en el puerto, incluido el legado del antiguo alcalde:\n\n"
        "“Durante cuarenta años, la ciudad ha esperado este muelle nuevo.”\n\n"
        "Advirtió de retrasos “mucho mayores” si el consejo no aprueba el presupuesto.\n\n"
        "Recordó el ministro: «No aceptaremos este acuerdo nunca»."
    )
    speakers = [q.speaker for q in check(text, [], LEXICAL).quotes]
    assert speakers[:2] == [None, None]
    assert speakers[2] == "el ministro"


def test_a_person_s_quote_on_a_bodys_statement_needs_more_margin() -> None:
    pytest.importorskip("numpy")
    from provenance.semantic.carriers import body_voiced, voice_bonus

    def match(first_line: str) -> Match:
        text = f"{first_line}\nThe harbour reopens on Monday after the repairs are done."
        return _match_at(text, text.index("The harbour"))

    s = Settings()
    body = match("Borean Ministry of Transport: statement on the harbour, 3 May 2031")
    assert body_voiced("Ivo Marek", body, s)
    assert voice_bonus("Ivo Marek", body, s, False) == s.semantic_body_voice_extra
    # a role or a body credited, or no one: the usual margin
    assert not body_voiced("the ministry", body, s) and not body_voiced(None, body, s)
    # a person's statement: another person's quote needs no extra (other_voice tells them apart)
    person = match("Jane Roe, post on X after the vote, 3 May 2031")
    assert not body_voiced("Ivo Marek", person, s) and voice_bonus("Ivo Marek", person, s, False) == 0.0


def test_a_capital_a_house_style_gives_a_common_noun_is_no_name() -> None:
    source = (
        "Mayor Jane Roe, post on X, 3 May 2031\n"
        '"These two Ports have been at War for many years, and the Leaders tried to end it," the mayor wrote.'
    )
    article = (
        'Roe wrote: "These two ports have been at Odds for many years, and the leaders tried to end it." '
        "The war between the two ports is old."
    )
    codes = _codes(article, source)
    assert "QUOTE_ALTERED" in codes and "DRIFT_NAME" not in codes


def test_a_date_in_a_sources_title_line_is_the_documents() -> None:
    pytest.importorskip("numpy")
    from provenance.semantic.stage import _title_date

    text = "Borean Ministry of Transport: statement on the harbour, 9 May 2031\nThe harbour reopened on 8 May 2031."

    def at(start: int) -> Match:
        return _match_at(text, start)

    assert _title_date(at(0), "9 May")  # a unit that takes in the title: its date dates the statement
    assert not _title_date(at(0), "8 May")  # the body's date is the event's
    assert not _title_date(at(text.index("The harbour")), "9 May")  # a unit below the title


def test_the_next_sentences_attribution_into_its_own_quote_is_not_the_closed_quotes() -> None:
    text = (
        "“I can report that the repairs were a great success,” Roe said. “The old quay has been completely "
        "rebuilt.” Harbour staff reported that the ships were moved “some time ago.”"
    )
    assert [q.speaker for q in check(text, [], LEXICAL).quotes] == ["Roe", "Roe", "Harbour staff"]


def test_an_outlet_relaying_leaves_the_quote_to_the_inverted_pronoun_before_it() -> None:
    text = (
        "Die Bürgermeisterin Jane Roe hat die Entscheidung scharf kritisiert.\n"
        "In einem Post auf X warnte sie vor „dauerhaften Schäden für den Hafen“, wie Reuters berichtet."
    )
    speakers = [q.speaker for q in check(text, [], LEXICAL).quotes]
    assert speakers == ["Bürgermeisterin Jane Roe"]


def test_a_publishers_name_before_the_title_that_names_the_person_is_no_body_voice() -> None:
    pytest.importorskip("numpy")
    from provenance.semantic.carriers import body_voiced

    text = "Orlin Harbour Authority: Remarks by Mayor Ivo Marek at the quay, 3 May 2031\nWe reopen the port today."
    m = _match_at(text, text.index("We reopen"))
    src = m.source
    assert not body_voiced("Ivo Marek", m, Settings())
    assert src.extra["author"] == "Orlin Harbour Authority" and body_voiced("Jane Roe", m, Settings())


def test_a_title_line_that_opens_with_a_body_names_the_body_not_a_person() -> None:
    from provenance.pipeline.speaker_issuers import documented_body

    assert documented_body("Orlin Harbour Authority (Borean text), statement of Sunday 3 May 2031") == (
        "Orlin Harbour Authority"
    )
    assert documented_body("Jane Roe (@janeroe), post on X after the vote, 3 May 2031") is None
    assert documented_body("Orlin Harbour Authority, at the quay on Sunday") is None  # no document word


def test_a_statements_issuer_is_no_outlet_that_relays_it() -> None:
    text = (
        "In a statement, the Borean Harbour Authority welcomed the deal.\n\n"
        "It stated that the port was in contact with both sides, Reuters news agency reported.\n\n"
        '"No doubt, peace on the river is in the interest of every port," said the statement.'
    )
    assert [q.speaker for q in check(text, [], LEXICAL).quotes] == ["the statement"]  # (not the outlet)
    text = text.replace("It stated", "The Borean Harbour Authority stated")
    assert [q.speaker for q in check(text, [], LEXICAL).quotes] == ["Borean Harbour Authority"]


def test_a_clause_with_a_copula_before_the_quote_is_no_speaker() -> None:
    text = (
        "“Grazie a tutti voi”. Lo ha detto il sindaco Ivo Marek dal balcone del municipio. Questo è “il primo "
        "saluto della città rinata. Vorrei che arrivasse a ogni famiglia”, ha proseguito."
    )
    assert [q.speaker for q in check(text, [], LEXICAL).quotes] == ["il sindaco Ivo Marek"] * 2


def test_with_these_words_credits_the_role_that_opens_the_sentences_subject() -> None:
    text = (
        "“Dobbiamo ricostruire il porto insieme”. Con queste parole, pronunciate dal balcone del municipio e "
        "dirette ai cittadini, il nuovo sindaco, che ha scelto di parlare in piazza, ha delineato il programma."
    )
    assert [q.speaker for q in check(text, [], LEXICAL).quotes] == ["il nuovo sindaco"]
    text = "“We will rebuild the pier.” With these words the mayor opened the council meeting."
    assert [q.speaker for q in check(text, [], LEXICAL).quotes] == ["the mayor"]
    text = "“We will rebuild the pier.” With these words the old harbour was reopened."
    assert [q.speaker for q in check(text, [], LEXICAL).quotes] == [None]


def test_romanian_reporting_verbs_of_assurance_and_accusation() -> None:
    text = (
        '"Nu doresc să fiu primar al Orlinului, vreau doar să termin acest mandat", a dat asigurări '
        "preşedintele Ivo Marek.\n\n"
        '"Consiliul a ignorat voinţa oamenilor din port", a acuzat Jane Roe.'
    )
    assert [q.speaker for q in check(text, [], LEXICAL).quotes] == ["preşedintele Ivo Marek", "Jane Roe"]


def test_a_heading_line_above_is_no_part_of_a_turkish_sentences_subject() -> None:
    text = (
        "Roe, Marek’in sözlerine karşılık “Herkesin sorunları var. Ama bunu göreceksiniz” diye cevap verdi.\n"
        "MAREK’İN SON SÖZLERİ\n"
        "Marek, Roe’nun sözlerine tepki göstererek “Bize ne yapacağımızı söyleme. Bu işi çözüyoruz” diye konuştu.\n"
    )
    assert [q.speaker for q in check(text, [], LEXICAL).quotes] == ["Roe", "Marek"]


def test_a_date_stamp_in_digits_glued_to_the_first_sentence_is_no_number_drift() -> None:
    art = (
        "Orlin ships to leave port\n2024-12-07 The Orlin ministry said on Friday that the forty ships held in the "
        "harbour since the storm would leave port within a week, once the channel is cleared."
    )
    src = (
        "Ministry of Transport: statement on the harbour, December 6, 2024\nThe Orlin ministry said on Friday that the "
        "forty ships held in the harbour since the storm would leave port within a week, once the channel is cleared."
    )
    assert "DRIFT_NUMBER" not in _codes(art, src)
    # a count that differs beside the stamp is still drift
    assert "DRIFT_NUMBER" in _codes(art.replace("forty ships", "14 ships"), src.replace("forty ships", "41 ships"))


def test_a_negation_among_aligned_function_words_only_is_no_drift() -> None:
    art = (
        "Roe: “Wochenlange Sabotage”\nRoe sagt, dass er die Koalition “immer wieder zu Ergebnissen und Kompromissen "
        "zusammengeführt” habe."
    )
    src = (
        "Erklärung von Ivo Marek, 6. November\nJan Roe hat leider immer wieder gezeigt, dass er nicht die Kraft hat, "
        "unserem Land einen neuen Aufbruch zu ermöglichen."
    )
    assert "DRIFT_NEGATION" not in _codes(art, src)
    # a content word aligned beside the negation keeps the alarm
    art = "Jan Roe sagte, die Regierung werde die Steuern im kommenden Jahr erhöhen."
    src = "Jan Roe sagte, die Regierung werde die Steuern im kommenden Jahr nicht erhöhen."
    assert "DRIFT_NEGATION" in _codes(art, src)
