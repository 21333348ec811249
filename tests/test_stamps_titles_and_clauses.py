"""Page furniture and whole clauses that are no drift: a headline's title-case capitals are no names, a source
title's date names no issuer and dates the document (not the event), an article's stamp line renders nothing, and
a negation in a clause the other side leaves out is not dropped. And a phrase opening the sentence before the
subject of a participle of saying. All text invented."""

from __future__ import annotations

from provenance import check
from provenance.pipeline.load import text_from_string
from provenance.pipeline.negation_drift import clause_unshared
from provenance.pipeline.source_voices import heading_issuer
from provenance.settings import Settings

LEXICAL = Settings(lexical_only=True)


def _codes(article: str, source: str, sid: str = "s1") -> list[str]:
    report = check(article, [text_from_string(source, id=sid)], LEXICAL)
    return [f.code for f in report.findings]


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
