"""Sixty-second pass, Hungarian and Romanian attribution: the verb after the quote and its subject after it
("– mondta X"), the postposition "szerint" after its source ("X szerint"), a role under the article ("a
miniszterelnök"), an object pronoun before the verb ("X azt mondta, hogy"), a document in the inessive fronted
before the verb ("Beszédében mondta X", "Beszédében azt is elmondta": the one named before), the possessor of a
statement ("X nyilatkozata szerint"), and a source's title that names its issuer before a possessed document ("X
elnök nyilatkozata"). The Hungarian "is" ("also") before a verb makes no English passive. Romanian: a verb joined by
"și" shares its subject, "pe" ends the phrase. A passive aside between dashes is no credit; a verb of saying alone
before a colon goes on with the last speaker; „…" closes at its straight mark. Invented snippets."""

from __future__ import annotations

import pytest

from provenance import check
from provenance.pipeline.align import prepare_source
from provenance.pipeline.attribution import annotate_source
from provenance.pipeline.speaker_issuers import possessed_person
from provenance.settings import Settings
from tests.conftest import speakers_of as _speakers


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        ("„A híd nyáron lezárul, aztán felújítják” – mondta Fehér Dóra a sajtótájékoztatón.", "Fehér Dóra"),
        ("„Ez a terv a régió jövőjéről szól” – fogalmazott a miniszterelnök.", "a miniszterelnök"),
        ("„A döntést a családok érdekében hoztuk meg” – írta Lakatos Bence közösségi oldalán.", "Lakatos Bence"),
        ("Vörös Lilla szerint „a kikötő bővítése nem várhat tovább”.", "Vörös Lilla"),
        ("A polgármester úgy fogalmazott: „Ez a város mindenkié, aki itt él.”", "A polgármester"),
        ("Balogh Ernő azt mondta, hogy „a munkák jövő tavasszal kezdődnek el”.", "Balogh Ernő"),
    ],
)  # fmt: skip
def test_hungarian_credits_before_and_after_the_quote(article: str, speaker: str) -> None:
    assert _speakers("A tanács ülést tartott.\n\n" + article) == [speaker]


def test_a_document_fronted_in_the_inessive_is_no_speaker() -> None:
    article = (
        "Kertész Ábel a kikötőben beszélt.\n\n"
        "Utolsó beszédében mondta azt Kertész, hogy „a kikötő mindig a városé marad, bárki vezeti”.\n\n"
        "Beszédében azt is elmondta, hogy „a hajósoknak nem kell aggódniuk a jövő miatt”."
    )
    assert _speakers(article) == ["Kertész", "Kertész"]


def test_the_possessor_of_a_statement_before_szerint_speaks() -> None:
    article = (
        "A hír gyorsan terjedt.\n\n"
        "A távozó polgármester az újságoknak is elküldött nyilatkozata szerint „a döntést nem volt könnyű "
        "meghozni”."
    )
    assert _speakers(article) == ["A távozó polgármester"]


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        ("Kertész Ábel polgármester lemondó nyilatkozata, 2031. május 3.", "Kertész Ábel"),
        ("Lakatos Bence Facebook-bejegyzése, 2031. május 4.", "Lakatos Bence"),
        ("A Városi Tanács közleménye a kikötőről, 2031. május 5.", None),  # a body under its article
        ("Zöld Mozgalom közleménye (Vörös Lilla elnök), 2031. május 6.", None),  # a body's noun
        ("Kertész Ábel says the port will open, 2031", None),  # no possessed document
    ],
)  # fmt: skip
def test_a_title_names_its_issuer_before_a_possessed_document(title: str, issuer: str | None) -> None:
    assert possessed_person(title) == issuer


def test_a_hungarian_title_gives_the_source_its_author() -> None:
    src = prepare_source(
        "s1",
        "Kertész Ábel polgármester lemondó nyilatkozata, 2031. május 3.\n"
        "Ma benyújtom a lemondásomat. A kikötő ügyében hibáztam, és vállalom a felelősséget.",
    )
    annotate_source(src)
    assert src.extra["author"] == "Kertész Ábel"


def test_hungarian_is_before_a_verb_is_no_english_passive() -> None:
    article = "Vörös Lilla a tanácsban szólalt fel.\n\nVörös Lilla is elmondta, hogy „a kikötő bővítése várhat”."
    assert _speakers(article) == ["Vörös Lilla"]
    assert _speakers("The plan is announced: “we will build a bridge over the river by June”.") == [None]


@pytest.mark.parametrize(
    ("article", "speakers"),
    [
        # a second verb joined by "și" shares the subject of the first ("X a descris … și a spus că …")
        ("Președintele Ion Marinescu a descris proiectul ca fiind „un rezultat absolut remarcabil” și a spus că "
         "lucrările vor fi „terminate înainte de iarnă”.", ["Președintele Ion Marinescu"] * 2),
        # "pe" (on) ends the speaker's phrase after the verb
        ("„Un rezultat obținut exclusiv de echipa noastră”, a scris Dana Popescu pe rețelele sociale.",
         ["Dana Popescu"]),
        # a channel before a role whose article is joined to it is no part of the speaker, and cuts no word
        ("„Felicitări echipei portului, ați reușit din nou!” a scris pe X președintele Consiliului Portuar.",
         ["președintele Consiliului Portuar"]),
    ],
)  # fmt: skip
def test_romanian_joined_verbs_and_the_medium_after_the_name(article: str, speakers: list[str]) -> None:
    assert _speakers("Portul a fost redeschis.\n\n" + article) == speakers


def test_a_passive_aside_between_dashes_is_the_speakers_own_words() -> None:
    article = (
        "Jane Roe spoke on Monday.\n\n“Every detail was carried out as planned. The best part – and this can now "
        "be stated publicly – is that the office stood right next to the depot,” she said."
    )
    (q,) = check(article, [], Settings(lexical_only=True)).quotes
    assert "stated publicly" in q.text and q.speaker == "Jane Roe"


def test_a_verb_of_saying_alone_before_the_colon_goes_on_with_the_last_speaker() -> None:
    article = (
        "Kertész Ábel a kikötőben beszélt.\n\n„A kikötő mindig a városé marad, bárki vezeti” – ezt mondta Kertész "
        "Ábel.\n\nHozzátette: „A hajósoknak nem kell aggódniuk a jövő miatt.”"
    )
    assert _speakers(article) == ["Kertész Ábel", "Kertész Ábel"]


def test_a_low_opening_mark_closed_by_a_straight_one_ends_the_quote_there() -> None:
    """Hand-edited copy opens with „ and closes with a straight mark; a straight pair inside stays nested."""
    article = (
        '„A kikötő mindig a városé marad, bárki vezeti." - jelentette ki Kertész Ábel a sajtótájékoztatón.\n\n'
        "Azt is mondta, van egy szabály. „A hajósoknak nem kell aggódniuk a jövő miatt.”"
    )
    first, second = check(article, [], Settings(lexical_only=True)).quotes
    assert first.text == "A kikötő mindig a városé marad, bárki vezeti." and first.speaker == "Kertész Ábel"
    assert second.text == "A hajósoknak nem kell aggódniuk a jövő miatt."
    (nested,) = check('Er sagte: „Wir bleiben, egal was "die anderen" sagen.“', [], Settings(lexical_only=True)).quotes
    assert nested.text == 'Wir bleiben, egal was "die anderen" sagen.'
