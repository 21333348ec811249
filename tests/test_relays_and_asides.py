"""Speakers behind asides, relatives and relays, and page furniture that names no speaker: a dash aside with no
subject, a relative clause after a comma, "who he said", a live blog's time, an outlet that relays ("X reports,
citing Y"; "Source: news agency X"), a role whose complement names a body; and the source's title line that names
its author by name and role. All text invented."""

from __future__ import annotations

from provenance import check
from provenance.pipeline.align import prepare_source
from provenance.pipeline.anchors import words
from provenance.pipeline.attribution import annotate_source, source_voice
from provenance.pipeline.meaning import negated
from provenance.pipeline.quote_homes import named_person
from provenance.pipeline.speaker_issuers import titled_person
from provenance.settings import Settings

LEXICAL = Settings(lexical_only=True)


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in check(text, [], LEXICAL).quotes]


def test_a_dash_aside_with_no_subject_goes_on_with_the_speaker_above() -> None:
    text = (
        'ORLIN, 3 MAR - "Le strade del porto saranno riaperte entro l\'estate". Lo ha detto il ministro dei Trasporti,'
        " Ottavio Ferri, all'assemblea dei sindaci.\n\n"
        '"I fondi ci sono - ha aggiunto - e non li lasceremo fermi nei cassetti".'
    )
    assert _speakers(text) == ["Ottavio Ferri", "Ottavio Ferri"]


def test_a_name_closing_a_roles_complement_with_a_common_noun_is_the_bodys() -> None:
    text = (
        '"Sarà un\'estate difficile", ha detto Marta Ugoli, direttrice del consorzio irriguo Valle Bassa, ai soci.\n\n'
        '"Chiediamo di irrigare solo di notte", ha aggiunto la direttrice.'
    )
    assert _speakers(text)[1] == "Marta Ugoli"
    # after a comma the name is the role's own ("il presidente della Regione, Mario Rossi")
    text = '"Il piano è pronto", ha detto il presidente della Regione, Mario Rossi.'
    assert _speakers(text) == ["Mario Rossi"]


def test_che_and_que_after_a_comma_open_a_relative_clause_about_the_name() -> None:
    text = (
        "Sulla vicenda è intervenuto il consigliere di minoranza Ettore Bagni, che in un post ha dichiarato: "
        '"Da mesi chiediamo più controlli".'
    )
    assert _speakers(text) == ["Ettore Bagni"]
    text = (
        "Sobre el caso habló el concejal de la oposición Ernesto Bañez, que en un mensaje en redes afirmó: "
        '"Llevamos meses pidiendo cámaras".'
    )
    assert _speakers(text) == ["Ernesto Bañez"]


def test_a_pronoun_after_who_is_not_the_name_the_relative_stands_for() -> None:
    text = (
        "In his evening address, President Ivo Marek referred to army chief Jan Roe, who he said had "
        "“already reported several times on the front line.”"
    )
    assert _speakers(text) == ["President Ivo Marek"]
    # "which the governor said was": the relative's own subject
    assert _speakers("The mayor praised the plan, which the governor said was “a model for the region.”") == [
        "the governor"
    ]


def test_a_live_blogs_time_with_a_word_before_it_opens_no_subject() -> None:
    text = (
        "Ore 19.15 – Il sindaco di Brusa, Alfio Menci, ha disposto la chiusura delle scuole. "
        '"Meglio un giorno di lezione perso che un rischio inutile", ha detto in un video.'
    )
    assert _speakers(text) == ["Alfio Menci"]


def test_an_outlet_that_relays_is_no_speaker() -> None:
    text = (
        "President of Borea Ivo Marek commented on the operation in the Orlin region, Dalia.Az reports, citing "
        "Orlin Daily.\n"
        'In his evening address, the Borean leader said that the war is "moving onto the aggressor\'s territory."'
    )
    assert "Dalia" not in str(_speakers(text)[0])
    # "Reuters reported that X said: …": the verb that opens the quote has its own subject
    assert _speakers("Reuters reported that Ivo Marek said: “The situation has slowed down recently.”") == ["Ivo Marek"]
    # a participle of saying closing the reported clause goes on with that clause's subject
    for text in (
        "The Orlin Daily reported that Ivo Marek was worried about the aid, saying “the situation has slowed.”",
        "The Orlin Daily reported that Ivo Marek expressed concern that aid had begun to wane, stating, “It slowed.”",
    ):
        assert _speakers(text) == ["Ivo Marek"], text
    # ... but a person's own that-clause with a participle after it stays the person's
    text = "Ivo Marek emphasized that Borean forces are holding their positions, declaring, “We are getting stronger.”"
    assert _speakers(text) == ["Ivo Marek"]
    # ... and one who relays what someone else told others speaks himself
    assert _speakers("She added that Marek had told his aides that “the talks are over.”") != ["Marek"]


def test_a_source_line_naming_an_outlet_names_no_speaker() -> None:
    text = (
        "Borean leader Ivan Petrov held a video meeting with the acting governor, stressing courage.\n\n"
        "Source: news agency Orlin Novosti\n\n"
        'Quote: "Life poses extraordinary, challenging tasks of helping people."'
    )
    assert "Novosti" not in str(_speakers(text)[0])
    # a source line that names the speaker stays his ("Source: Ivo Marek announced this …")
    text = (
        "Source: Ivo Marek announced this after a call with the Borean president.\n\n"
        'Details: "Next week I will lead the next mission to the plant."'
    )
    assert _speakers(text) == ["Ivo Marek"]


def test_a_serbian_adverb_opening_the_sentence_is_no_speaker() -> None:
    text = 'Prethodno je rekao da je cilj zaštita granice. "Sada je naš zadatak da zaštitimo ljude", rekao je.'
    assert _speakers(text) != ["Prethodno"]


def test_it_goes_without_saying_asserts_what_follows() -> None:
    assert negated(words("It goes without saying that the main task is the ministry's")) is None
    assert negated(words("The main task is not the ministry's")) is not None


def test_a_title_line_names_its_author_by_name_and_role() -> None:
    assert titled_person("Jana Roe, ministre déléguée chargée de l'Europe, réponse au Sénat, 26 mars") == "Jana Roe"
    assert titled_person("Adalet Bakanı Yılmaz Tan, soruşturmalara ilişkin açıklama, 19 Mart") == "Yılmaz Tan"
    assert titled_person("Foreign Office, spokesman Ivo Marek, press conference, 19 March") == "Ivo Marek"
    # a headline, or a body's release, names no person
    assert titled_person("Marek, Roe hold talks, ministry says") is None
    assert titled_person("Council of Orlin, press release 15/2027, 23 March") is None
    assert titled_person("Statement, Foreign Minister Jana Roe") == "Jana Roe"  # two segments, the name last
    # the first segment's holder, not a name the next one addresses; never the country after a role's complement
    # (the person before a role in apposition, a capitalised word or two before its role word: "Prime Minister")
    assert titled_person("President Ivo Marek, telegram to Pope Leo, 31 December") == "Ivo Marek"
    assert titled_person("Archbishop of Orlin Jan Roe, statement on the death of Pope Leo, 31 December") is None
    assert titled_person("Jana Roe, Prime Minister of the United Orlin, post, 31 December") == "Jana Roe"
    src = prepare_source("s", "Jana Roe, minister for Europe, answer in the Senate, 26 March\n\nTurkey is welcome.")
    annotate_source(src)
    # the author tells another named person's quote from it, but gives no quote of hers a margin (a stored
    # page may be cut short: her other words are not in it)
    assert src.extra["author"] == "Jana Roe" and source_voice(src, 70, 80) is None


def test_a_body_before_a_role_leaves_the_speaker_a_person() -> None:
    assert named_person("Borean Commission President Jana Roe")
    assert not named_person("the Borean Commission")


def test_an_unnamed_spokesman_names_no_one_whatever_his_capitals() -> None:
    from provenance.pipeline.attribution import is_named

    # German capitalises every noun: "ein Sprecher des Auswärtigen Amts" is still someone unnamed, so a source that
    # names its spokesman makes it a house choice (anonymity), no misattribution
    assert not is_named("ein Sprecher des Auswärtigen Amts")
    assert not is_named("a spokesman for the Borean Foreign Office")
    assert is_named("Sprecher Ivo Marek")


def test_a_pages_date_line_is_no_passage_of_the_source() -> None:
    # a date line shares numbers and a month with a release's title line: no sentence of it, no date drift
    src = (
        "Council of Orlin Congress of Local and Regional Authorities, press release CG015(2027), 23 March 2027: "
        '"Council of Orlin Congress: Mayor Roe\'s detention is an assault on democracy; he must be released"\n\n'
        "“We deplore the decision to place Mayor of Borea Jan Roe in detention,” said the president."
    )
    art = (
        "Dalia says arrest of Roe is ‘totally unacceptable’\n\n03/24/2027March 24, 2027\n\n"
        "Dalia is following the events in Borea with “great concern,” the government said on Monday."
    )
    report = check(art, [src], LEXICAL)
    assert not [p for p in report.passages if "03/24" in p.text]
    assert not [f for f in report.findings if f.code.startswith("DRIFT")]


def test_two_words_in_place_make_an_altered_quote_only_where_a_fact_is_swapped() -> None:
    from provenance.pipeline.align import match_quote

    src = prepare_source(
        "transcript",
        "I am aware of the situation on the whole, but I would like to hear your assessments of the situation in "
        "the region right now. The port will reopen on Tuesday.",
    )
    # a writer's words around the source's set phrase: no speaker's words changed
    for quote in ("generally aware of the situation in the region", "repairs of the situation in the region"):
        assert match_quote(quote, [(0, len(quote))], [src], Settings())[0].kind == "unsupported"
    quote = "port will reopen on Monday"  # a day for another: altered
    assert match_quote(quote, [(0, len(quote))], [src], Settings())[0].kind == "altered"


def test_a_turkish_heading_in_capitals_quotes_the_words_verbatim() -> None:
    from provenance.pipeline.align import match_quote

    # "İ" folds to "i" and a combining dot, and "I" to "i" where Turkish writes "ı": both are the source's words
    src = prepare_source("post", "Bu kara lekeyi el birliğiyle söküp atacağız. Dimdik ayaktayım, asla eğilmeyeceğim.")
    for quote in ("BU KARA LEKEYİ EL BİRLİĞİYLE SÖKÜP ATACAĞIZ", "DİMDİK AYAKTAYIM, ASLA EĞİLMEYECEĞİM"):
        assert match_quote(quote, [(0, len(quote))], [src], Settings())[0].kind == "verbatim", quote
    quote = "BU KARA LEKEYİ EL BİRLİĞİYLE SÖKÜP ATMAYACAĞIZ"  # a negation written in: altered
    assert match_quote(quote, [(0, len(quote))], [src], Settings())[0].kind == "altered"


def test_a_mark_set_apart_by_a_space_only_after_it_still_opens_a_quote() -> None:
    text = 'Bakan Yılmaz Tan, " Soruşturmaları farklı taraflara çekmek son derece yanlıştır." dedi.'
    quotes = check(text, [], LEXICAL).quotes
    assert [q.text.strip() for q in quotes] == ["Soruşturmaları farklı taraflara çekmek son derece yanlıştır."]
    # a closing curved mark typed to open, a space after it
    text = "Ekrem Tan, ” Korkunun ecele faydası yok, öyle de yenileceksin” ifadesini kullandı."
    assert [q.text.strip() for q in check(text, [], LEXICAL).quotes] == [
        "Korkunun ecele faydası yok, öyle de yenileceksin"
    ]
    # a lone mark after a number is no quote ('a 12" pipe')
    assert not check('They laid a 12" pipe under the road.', [], LEXICAL).quotes


def test_the_sources_author_named_by_the_article_is_no_name_drift() -> None:
    from provenance.pipeline.passage_names import authored_names
    from provenance.report import Drift, Passage, PassageMatch

    def passage(quote_side: str) -> Passage:
        match = PassageMatch("paraphrase", "statement", 0, 40, 0.7)
        return Passage("…, belirten Tan, …", 0, 20, match, (Drift("name", quote_side, "cumhuriyet"),))

    # the minister's own statement never names him: the article naming who says it drifts nothing
    authors = {"statement": "Yılmaz Tan"}
    assert authored_names([passage("tan")], authors)[0].drift == ()
    assert authored_names([passage("marek")], authors)[0].drift != ()  # another name stays a drift
    assert authored_names([passage("tan")], {"statement": None})[0].drift != ()


def test_a_view_counter_in_the_plural_and_with_the_pages_date_is_boilerplate() -> None:
    for line in ("Просмотры 4958", "Просмотры 4958 07 августа 2027", "Views 301 | 07.08.2027 12:30"):
        report = check(f"Заголовок новости\n\n{line}\n\nПрезидент провел встречу.", [], LEXICAL)
        assert [(m.text, m.value) for m in report.markers if m.kind == "boilerplate"] == [
            (line, {"reason": "counter"})
        ], line
    # a sentence with a number, a noun of the list and a date is no counter
    report = check("Title\n\nThe 301 views of the hall were sold on 07 August 2027.\n\nText.", [], LEXICAL)
    assert not [m for m in report.markers if m.kind == "boilerplate"]


def test_an_aside_set_off_by_dashes_spaced_or_not_is_no_part_of_the_quote() -> None:
    for text, speaker in (
        ("«Con commozione – continua il vescovo Ivo Marek – ricordiamo la sua persona».", "Ivo Marek"),
        ("«Solo Dio - dice Marek- conosce il valore della sua preghiera».", "Marek"),
        ("«La sua dolcezza ha aiutato la comunità – evidenzia il presidente Ivo Marek -. Con dedizione ha servito».",
         "Ivo Marek"),
    ):  # fmt: skip
        (quote,) = check(text, [], LEXICAL).quotes
        assert " – " not in quote.text and "dice" not in quote.text and "evidenzia" not in quote.text, text
        assert speaker in str(quote.speaker), text
    # a hyphen inside a name is no dash of an aside
    (quote,) = check(
        "«La proposta di Jean-Pierre Roe è buona, - dice il sindaco - e la approveremo».", [], LEXICAL
    ).quotes
    assert "Jean-Pierre Roe" in quote.text


def test_a_negation_word_right_after_an_article_is_a_nouns_prefix() -> None:
    # "los no católicos": the non-Catholics, no denial
    assert negated(words("un momento histórico para los católicos y para los no católicos del país")) is None
    assert negated(words("Los obispos no aceptaron la propuesta")) is not None


def test_german_v2_after_a_fronted_phrase_and_a_role_with_its_name_at_the_colon() -> None:
    text = (
        "Mit Blick auf den von Jan Roe geführten Krieg erklärte Marek, dass gerade in diesen „schrecklichen Wochen“ "
        "die Erinnerung wichtig sei."
    )
    assert _speakers(text) == ["Marek"]
    text = 'Bundespräsident Ivo Marek kondolierte Irina Roe zum Tod ihres Vaters: "Ich verneige mich."'
    assert _speakers(text) == ["Ivo Marek"]
    text = 'Bundespräsident Ivo Marek kondolierte Irina Roe zum Tod Ihres Vaters: "Ich verneige mich."'
    assert _speakers(text) != ["Tod Ihres Vaters"]


def test_a_title_lines_person_is_the_author_before_the_role_apposed_to_them() -> None:
    src = prepare_source(
        "s", "Jana Roe, Presidente del Consiglio, dichiarazione sulla morte del vescovo, 31 dicembre\n\nUn gigante."
    )
    annotate_source(src)
    assert src.extra["author"] == "Jana Roe"


def test_a_dateline_or_a_noun_in_a_case_ending_accuses_no_one() -> None:
    from provenance.pipeline.attribution import _confident

    # page furniture and a Turkish locative read as a speaker: no ground for a misattribution error
    assert not _confident("", "ORLIN – Il")
    assert not _confident("", "Borea Merkez Yerleşkesi’nde")
    assert _confident("", "Jana Roe") and _confident("", "Dan O'Brien")
