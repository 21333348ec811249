"""Speakers of wire copy relayed in other languages: Italian's verbless "Così X" after a quote and a subject the
language drops over two sentences; verbs of expressing; an Arabic particle carrying "he" ("لكنه أوضح"), a
circumstantial participle ("متحدثا") and a weekday after a name; a Russian addressee after the speaker ("агентству
Reuters") and the Russian gerund "сказав" (Ukrainian's past tense)."""

from __future__ import annotations

import pytest

from tests.conftest import speakers_of as _speakers


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # a verbless credit after the quote
        ("«Inviamo le nostre condoglianze a tutte le famiglie colpite». Così il presidente borèano Marco Valli in "
         "una nota diffusa dal governo.", ["Marco Valli"]),
        # the subject dropped over two sentences that speak: the one before names no one
        ("Il ministro degli Esteri, Marco Valli, ha annunciato un nuovo pacchetto di aiuti alla Borea, dopo le "
         "alluvioni che hanno colpito il Paese, dal valore di 11 milioni di euro. Le risorse, ha spiegato in una "
         "nota, saranno inviate alle organizzazioni locali che coordinano la risposta. “Il governo aiuterà a gestire "
         "la distribuzione di questi aiuti”, ha detto, aggiungendo che le forniture includono acqua.", ["Marco Valli"]),
        # a verb of expressing, after a linking opener
        ("In particolare il ministro Marco Valli esprime «vicinanza ai feriti e alle loro famiglie».", ["Marco Valli"]),
        ("« Les besoins dépassent largement les capacités de la ville », a alerté Marc Valli depuis Tunis.",
         ["Marc Valli"]),
        # an adverb of manner between the auxiliary and the participle, past a relative clause
        ("E così, il primo ministro Mario Rossi, che seguiva la missione dal Sud Africa, ha trionfalmente commentato: "
         "«Questo momento è indimenticabile».", ["Mario Rossi"]),
        # a title after its article is no pronoun ("il" is French "he" too), nor another office's holder
        ("Nel telegramma inviato dal cardinale Pietro Parolin, il Pontefice esprime «vicinanza ai feriti».",
         ["il Pontefice"]),
        # the role a name was given in apposition ("X, responsable de …") is the role the article names it by
        ("Selon l'agence Reuters, Marc Valli, responsable de La Fédération Internationale des Sociétés, a fait état "
         "d'un nombre énorme de morts.\n« Les besoins dépassent les capacités du gouvernement », a alerté le "
         "responsable humanitaire, qui parlait depuis Tunis.", ["Marc Valli"]),
    ],
)  # fmt: skip
def test_romance_relays_credit_the_speaker(article: str, want: list[str]) -> None:
    assert _speakers(article) == want


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # "but he explained that": the particle carries the subject, the one named before
        ("وقال مسؤول المنظمة، سامر حداد، للصحافيين في جنيف: “ليس لدينا أرقام نهائية” لعدد القتلى في الوقت الراهن، "
         "لكنه أوضح أن “حصيلة القتلى ضخمة ويمكن أن تصل إلى الآلاف”.", ["سامر حداد", "سامر حداد"]),
        # "he said, speaking of …": the participle is no subject; the weekday after the name is none of it
        ("أعلن المسؤول الأممي سامر حداد الجمعة أن حجم الكارثة لا زال مجهولا. وقال متحدثا عن حجم الكارثة في مؤتمر "
         "صحافي في جنيف، \"أعتقد أن المشكلة هي في تنسيق جهودنا\".", ["سامر حداد"]),
    ],
)  # fmt: skip
def test_arabic_pronoun_particles_and_participles_go_on_with_the_speaker(article: str, want: list[str]) -> None:
    assert _speakers(article) == want


@pytest.mark.parametrize(
    ("article", "want"),
    [
        ("«Мы можем подтвердить, что число пропавших приближается к 10 тысячам», — сказал Иван Петров агентству "
         "Reuters.", ["Иван Петров"]),
        ("«Ситуація в місті стає дедалі трагічнішою», — сказав Іван Петренко телеканалу Borea TV.", ["Іван Петренко"]),
        # the Russian gerund: the sentence's subject, not the words before the comma
        ("Министр Иван Петров выразил соболезнования семьям погибших, сказав: «Мы поможем всем пострадавшим».",
         ["Министр Иван Петров"]),
        # Ukrainian's past tense after a relative clause: its subject as before
        ("Президент Іван Петренко, який прибув до міста зранку, сказав: «Ми допоможемо всім постраждалим».",
         ["Президент Іван Петренко"]),
    ],
)  # fmt: skip
def test_russian_addressees_and_gerunds(article: str, want: list[str]) -> None:
    assert _speakers(article) == want


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # the ergative subject before the verb of saying; Hindi writes no capitals
        ('रक्षा मंत्री अरुण वर्मा ने कहा, "हमारी टीम ने शानदार काम किया है।"', ["रक्षा मंत्री अरुण वर्मा"]),
        ("राष्ट्रपति सुनील राव ने अपने संदेश में कहा, “कृपया मेरी बधाई स्वीकार करें।”", ["राष्ट्रपति सुनील राव"]),
        # "उन्होंने" (he) stands for the one the sentence before named, the danda ending that sentence
        ('मंत्री अरुण वर्मा ने लैंडिंग को लाइव देखा। वह सम्मेलन में हिस्सा लेने गए हैं। उन्होंने कहा: "यह ऐतिहासिक क्षण है।"',
         ["मंत्री अरुण वर्मा"]),
    ],
)  # fmt: skip
def test_hindi_speakers_by_the_ergative(article: str, want: list[str]) -> None:
    assert _speakers(article) == want


def test_a_quote_in_the_next_line_paragraph_does_not_go_on_with_the_last_speaker() -> None:
    # a page extracted one paragraph a line: a line break ends the paragraph, and a quote in the next one whose own
    # sentence names someone else is not the last speaker's
    article = (
        "« Les besoins dépassent les capacités du gouvernement », a déclaré Marc Valli, qui parlait depuis Tunis.\n"
        "Le chef de l'exécutif régional, Paul Ravel, a avancé lundi les chiffres de « plus de 300 morts et de "
        "milliers de disparus »."
    )
    assert _speakers(article)[0] == "Marc Valli" and _speakers(article)[1] != "Marc Valli"
