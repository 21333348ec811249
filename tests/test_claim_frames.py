"""Framing terms a source denies, read in more words and languages: a lockdown, an order to evacuate, an
agreement; the words that start like a term and are others; negations written joined to another word."""

from __future__ import annotations

import pytest

from provenance.pipeline.align import prepare_source
from provenance.semantic import claims, frames
from provenance.semantic.stage import source_units
from provenance.settings import defaults

HEALTH = (
    'Deputy Minister Ilsa Varn told reporters: "I want to be clear: this is not a lockdown. Shops and ferries keep '
    'running." The ministry also said the advisory to residents was precautionary, not a mandatory evacuation '
    "order."
)
BORDER = "وأكدت الوزارة أنه لم يتم توقيع أي اتفاق بشأن الحدود البرية بين البلدين حتى الآن."


def _units(text: str, lang: str) -> list[tuple[object, object]]:
    src = prepare_source("ministry." + lang, text, language=lang)
    return [(src, u) for u in source_units(src) if u.kind in ("sentence", "quote")]


@pytest.mark.parametrize(
    ("headline", "lang", "source", "source_lang", "concept"),
    [
        ("Colera a Velm, scatta il lockdown in tutta la provincia", "it", HEALTH, "en", "lockdown"),
        ("Velm: la ville se prépare au confinement", "fr", HEALTH, "en", "lockdown"),
        ("У Велмі оголосили примусову евакуацію трьох сіл", "uk", HEALTH, "en", "evacuation_order"),
        ("Velm ordena la evacuación obligatoria de tres aldeas", "es", HEALTH, "en", "evacuation_order"),
        ("Korvan und Dastra einigen sich auf die Landgrenze", "de", BORDER, "ar", "agreement"),
        ("Korvan and Dastra sign land border deal", "en", BORDER, "ar", "agreement"),
        ("Korvan e Dastra firmano l'accordo sul confine", "it", BORDER, "ar", "agreement"),
    ],
)
def test_a_lockdown_an_evacuation_order_or_an_agreement_a_source_denies_is_found(
    headline: str, lang: str, source: str, source_lang: str, concept: str
) -> None:
    found = frames.frame_denial(headline, 0, lang, _units(source, source_lang))
    assert found is not None and found.concept == concept
    assert headline[found.span[0] : found.span[1]]


def test_an_agreement_a_source_also_affirms_has_a_voice() -> None:
    affirms = prepare_source(
        "ministry-2.ar", "ووقع البلدان العام الماضي اتفاقا بشأن الصيد في المياه المشتركة.", language="ar"
    )
    denies = prepare_source("ministry.ar", BORDER, language="ar")
    headline = "Korvan und Dastra einigen sich auf die Landgrenze"
    claim = claims.Claim(0, len(headline), headline, None, headline=True)
    assert claims._framed(claim, [denies], "de", defaults()) is not None
    assert claims._framed(claim, [denies, affirms], "de", defaults()) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le président a été mis à la retraite par les militaires", "fr"),  # retirement, not withdrawal
        ("Эксперты сделали выводы из доклада", "ru"),  # conclusions, not withdrawal
        ("«La fuga fue detenida», de acuerdo con el director de la planta", "es"),  # according to
        ("Les deux ministres étaient d'accord pour se revoir", "fr"),  # agreed (to meet), no accord
        ("Die Gewerkschaft will die Schließung nicht kampflos hinnehmen", "de"),  # without a fight, no combat
        ("The car dealer said prices rose", "en"),  # "deal" is the whole word
    ],
)
def test_words_that_start_like_a_framing_term_are_other_words(text: str, lang: str) -> None:
    assert frames.terms(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "concept"),
    [
        ("وسيساعد المستشارون الجيش، ولن يشاركوا في العمليات القتالية.", "ar", "combat"),  # "and will not"
        ("Le ministère souligne qu'aucun accord sur la frontière n'a été signé.", "fr", "agreement"),
        ("Personne n'a mis un retrait à l'ordre du jour.", "fr", "withdrawal"),
    ],
)
def test_a_negation_joined_to_another_word_denies_the_term(text: str, lang: str, concept: str) -> None:
    assert frames.asserted_terms(text, lang) == []
    assert concept in frames.denied_terms(text, lang)


def test_ruling_out_in_french_reports_a_denial() -> None:
    assert frames.asserted_terms("Le préfet écarte toute évacuation obligatoire des villages", "fr") == []


@pytest.mark.parametrize(
    ("text", "lang", "concept"),
    [
        ("У Велмі оголосили примусову евакуацію", "uk", "evacuation_order"),
        ("Влада Велма наказала примусово евакуювати мешканців", "uk", "evacuation_order"),
        ("Kiev announced the pull-out of its instructors", "en", "withdrawal"),
    ],
)
def test_a_phrase_form_reads_its_words_inflected_and_hyphenated(text: str, lang: str, concept: str) -> None:
    assert [c for c, _, _ in frames.terms(text, lang)] == [concept]


def test_the_finding_shows_the_clause_that_asserts_the_term() -> None:
    headline = "Colera a Velm, scatta il lockdown in tutta la provincia: al via i vaccini"
    found = frames.frame_denial(headline, 0, "it", _units(HEALTH, "en"))
    assert found is not None and headline[found.span[0] : found.span[1]] == "scatta il lockdown in tutta la provincia"
    lede = "Korvan und Dastra einigen sich auf die Landgrenze - 37 Fischer frei"
    found = frames.frame_denial(lede, 0, "de", _units(BORDER, "ar"))
    assert (
        found is not None and lede[found.span[0] : found.span[1]] == "Korvan und Dastra einigen sich auf die Landgrenze"
    )
