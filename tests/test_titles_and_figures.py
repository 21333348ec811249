"""Page furniture and figures read right: a source's title line renders no quote, a negation bounded by "until"
denies nothing, multipliers and decimal marks of more languages, half a million after the multiplier, a page's
link run on into an unclosed quote, words run together, a given name added to a surname the source names, an
outlet where a person was. All text invented."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from provenance import check
from provenance.pipeline import anchors
from provenance.semantic import claims
from provenance.semantic.carriers import title_line
from provenance.settings import Settings

LEXICAL = Settings(lexical_only=True)


def _match(source: str, needle: str) -> SimpleNamespace:
    at = source.index(needle)
    return SimpleNamespace(source=SimpleNamespace(text=source), unit=SimpleNamespace(start=at, end=at + len(needle)))


def test_a_unit_in_the_sources_title_line_is_the_pages_words() -> None:
    source = "Borean foreign ministry, statement welcoming the end of the fighting in Orlin, 3 May\nWe welcome it."
    assert title_line(_match(source, "welcoming the end of the fighting"))
    assert not title_line(_match(source, "We welcome it"))
    # a first line that ends with a stop is the text's first sentence, and a lone line no title
    assert not title_line(_match("We welcome the end of the fighting.\nIt is good.", "We welcome the end"))
    assert not title_line(_match("We welcome the end of the fighting", "We welcome the end"))


def test_a_negation_bounded_by_until_denies_nothing() -> None:
    assert claims._clause_negations("The war will not end until all its goals are met") == []
    assert claims._clause_negations("La guerre ne prendra pas fin tant que la ville est assiégée") == []
    assert claims._clause_negations("The talks are not about a withdrawal.") != []


def _values(text: str) -> list[list[float]]:
    return [sorted(n.values) for n in anchors.numbers(anchors.words(text), text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("زخمی شدن ۱۲۰ هزار نفر", 120_000.0),
        ("آوارگی ۳/۵ میلیون نفر", 3_500_000.0),
        ("نحو ٣٫٥ مليون شخص", 3_500_000.0),
        ("استشهاد 60 ألفاً من الناس", 60_000.0),
        ("ponad 20 tysięcy osób", 20_000.0),
        ("ruim 3 miljoen mensen", 3_000_000.0),
        ("peste 2 milioane de voturi", 2_000_000.0),
        ("trois millions et demi de personnes", 3_500_000.0),
        ("tres millones y medio de votos", 3_500_000.0),
        ("ثلاثة ملايين ونصف المليون شخص", 3_500_000.0),
    ],
)
def test_multipliers_and_decimal_marks(text: str, value: float) -> None:
    assert [value] in _values(text)


def test_a_persian_date_keeps_its_slashes() -> None:
    assert _values("تاریخ ۱۴۰۳/۹/۷ است") == [[1403.0], [9.0], [7.0]]


def test_an_unclosed_quote_ends_before_the_pages_link_line() -> None:
    text = "La ministra ha scritto: “Il piano per il porto sarà pronto entro l'estate. 🔗example-news.it\n\nAltro."
    (q,) = check(text, [], LEXICAL).quotes
    assert q.text.endswith("entro l'estate.")


def test_words_run_together_are_a_typing_slip() -> None:
    source = "Annuntio vobis gaudium magnum; habemus praesidem: Dominum Ivonem Marek, qui sibi nomen imposuit."
    article = "Il cardinale ha annunciato: «Annuntio vobis gaudium magnum: habemusPraesidem». Poi il silenzio."
    (q,) = check(article, [source], LEXICAL).quotes
    assert q.match.kind in ("verbatim", "near_verbatim")
    # ... and where the source's window ends before the words the quote runs together (a line break after a colon)
    source = "«Annuntio vobis gaudium magnum:\nhabemus praesidem!\nDominum Ivonem Marek,\nqui sibi nomen imposuit».\n"
    article = "Il cardinale ha annunciato: «Annuntio vobis gaudium magnum: HabemusPraesidem». Poi il silenzio."
    (q,) = check(article, [source], LEXICAL).quotes
    assert q.match.kind in ("verbatim", "near_verbatim")
    # a word that is no two source words run together stays a change
    article = "Il cardinale ha annunciato: «Annuntio vobis gaudium magnum: HabemusPresidentem». Poi il silenzio."
    (q,) = check(article, [source], LEXICAL).quotes
    assert q.match.kind == "altered"


def _name_drift(source: str, article: str) -> list[str]:
    report = check(article, [source], LEXICAL)
    return [d.type for p in report.passages for d in p.drift if d.type == "name"]


def test_a_given_name_added_to_the_surname_the_source_names_is_no_swap() -> None:
    source = "Borea hopes for more support: Petrenko congratulated the new chair of the council in Orlin on Friday."
    article = "President Ivan Petrenko congratulated the new chair of the council in Orlin on Friday morning."
    assert _name_drift(source, article) == []
    source = "The grant was announced on Monday by Jane Roe at the town hall in Orlin."
    article = "The grant was announced on Monday by John Roe at the town hall in Orlin."
    assert _name_drift(source, article) == ["name"]


def test_an_outlet_where_a_person_was_is_no_name_swap() -> None:
    source = "Cardinal Ivo Marek announced the election of the new chair from the balcony of the town hall."
    article = "Speaking to Orlin News shortly after the election of the new chair from the balcony of the town hall."
    assert _name_drift(source, article) == []
