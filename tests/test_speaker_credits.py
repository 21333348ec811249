"""Speakers credited by the sentence after the quote, which points back at it: "Lo ha detto il ministro X",
"Das sagte Ministerin X", "Con queste parole il cardinale X ha annunciato …" (lexicon ``credit_after``)."""

from __future__ import annotations

import pytest

from provenance.pipeline.quotes import extract
from provenance.pipeline.speaker_credits import credited_after
from tests.conftest import speakers_of as _speakers


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # a verb of saying right after the pointer: its subject after it
        ("«Il porto resterà aperto tutta la settimana».\n\nLo ha detto il ministro Ivo Marek ai giornalisti.",
         "Ivo Marek"),
        ("«Il porto resterà aperto tutta la settimana». È quanto ha dichiarato ieri la sindaca Ada Pirelli.",
         "Ada Pirelli"),
        ("«El puerto seguirá abierto toda la semana». Así lo afirmó el alcalde Yago Roe en una rueda de prensa.",
         "Yago Roe"),
        ("« Le port restera ouvert toute la semaine. » C’est ce qu’a déclaré le maire Jean Orlin lundi.",
         "Jean Orlin"),
        ("„Der Hafen bleibt die ganze Woche offen.“ Das sagte Bürgermeisterin Jana Orlin am Montag.", "Jana Orlin"),
        ("«Порт останется открытым всю неделю». Так заявил мэр Иван Марек журналистам.", "Иван Марек"),
        # "with these words": the sentence's subject, before its verb of saying ...
        ("«Il porto resterà aperto».\n\nCon queste parole il sindaco Ivo Marek ha annunciato la riapertura.",
         "Ivo Marek"),
        # ... or, where the verb is another, the full name its subject holds
        ('"The port will stay open all week."\n\nWith these words, the mayor Jane Orlin opened the session.',
         "Jane Orlin"),
        ("„Der Hafen bleibt offen.“\n\nMit diesen Worten eröffnete Bürgermeisterin Jana Orlin die Sitzung.",
         "Jana Orlin"),
        # the owner of the words named after the phrase
        ("«El puerto seguirá abierto toda la semana». Son palabras de Yago Roe, alcalde de la ciudad.", "Yago Roe"),
        ('"الميناء سيبقى مفتوحا طوال الأسبوع".\n\nجاء ذلك على لسان وزير النقل أحمد كريمي خلال مؤتمر صحفي.',
         "أحمد كريمي"),
    ],
)  # fmt: skip
def test_the_sentence_after_the_quote_credits_it(article: str, want: str) -> None:
    got = _speakers(article)
    assert len(got) == 1 and got[0] is not None and want in got[0], got


@pytest.mark.parametrize(
    "article",
    [
        # an article, no pointer: a new sentence about someone else
        "„Der Hafen bleibt offen.“ Das Ministerium prüft den Antrag noch.",
        # a pointer without a verb of saying after it, and no "with these words"
        "«Il porto resterà aperto». Lo stesso giorno il sindaco Ivo Marek ha visitato il porto.",
        # "with these words" whose subject is a pronoun: the name after the verb is the one addressed
        '"The port will stay open." With these words he thanked the mayor Jane Orlin.',
        # the quote's sentence goes on: no sentence after it
        "«Il porto resterà aperto», lo ha detto il sindaco Ivo Marek.",
        # a pointer and a verb, and no one named after it: a time, a pronoun, a participle
        "«Il porto resterà aperto». Lo ha detto anche ieri, durante la visita.",
        "«El puerto seguirá abierto». Así lo dijo ayer en la rueda de prensa.",
        "„Der Hafen bleibt offen.“ Das sagte er am Montag in Orlin.",
        '"The port stays open." So said the statement issued on Monday.',
    ],
)
def test_no_credit_where_the_next_sentence_points_at_nothing(article: str) -> None:
    assert credited_after(article, extract(article)[0].parts[-1][1]) is None


def test_a_speaker_named_otherwise_is_kept() -> None:
    article = "«Il porto resterà aperto», ha detto il sindaco Ivo Marek. Lo ha confermato la sindaca Ada Pirelli."
    assert _speakers(article) in (["Ivo Marek"], ["il sindaco Ivo Marek"])


@pytest.mark.parametrize(
    ("article", "want"),
    [
        # a stopped quote on its own line, and a new sentence that says something of its own: not its attribution
        ("Mayor Jane Orlin said the port will open.\n“I am proud to open it,” said Orlin in a press release.\n"
         "“The harbour is good for the town.”\nThe release said Orlin welcomed the governor to the harbour.",
         ["Jane Orlin", "Jane Orlin"]),
        # an initial opening the name after the verb
        ("“The port will open on Monday”, said J. Orlin, during a press conference.", ["J. Orlin"]),
        # a capitalised role before the name, both in commas
        ("The town shares a coast with the bay.\n“The port is open to every ship”, Orlin’s Mayor, Jane Roe, said.",
         ["Jane Roe"]),
        # a relative pronoun ends the speaker's phrase
        ("« Le port est ouvert », a déclaré le maire de la ville Jean Orlin dont le mandat s'achève.",
         ["le maire de la ville Jean Orlin"]),
        # the imperfective past of a verb of saying
        ("Раніше мер міста Іван Марек заявляв: «Кордон буде закритим для всіх».", ["мер міста Іван Марек"]),
    ],
)  # fmt: skip
def test_speakers_of_real_house_styles(article: str, want: list[str]) -> None:
    assert _speakers(article) == want
