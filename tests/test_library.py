"""The source library: add, list, remove, search; idempotence; picking the sources an article draws on."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from provenance import library as L
from provenance.errors import InputError
from provenance.library import Library, shingles, store
from provenance.pipeline.load import load_many, text_from_string
from provenance.settings import Settings
from tests.conftest import COUNCIL, DEVSET, PENTAGON, SEED_000, SEED_003, assert_valid, run_cli

ARTICLES = DEVSET / "articles"
# Shares the topic words of the Orlin articles (Orlin, tram, Line 4, Riverside, mayor, council, euros) but
# no run of five words with any of them.
TOPIC_ONLY = (
    "Orlin transport review\n\nRiverside residents asked the mayor about tram fares. Line 4 trams were late "
    "twice in May, council figures show. A Verhoeven aide said euros spent on buses were well used. The city "
    "centre tram depot opens in autumn; the Riverside district waits for stops. Kilometres of track, new "
    "stops and a generation of investment were discussed."
)


@pytest.fixture()
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "lib.db")
    topic = tmp_path / "orlin-topic.en.txt"
    topic.write_text(TOPIC_ONLY, encoding="utf-8")
    with Library(path, create=True) as lib:
        lib.add(load_many([str(COUNCIL), str(PENTAGON), str(topic)]))
    return path


def picked(db: str, text: str) -> list[str]:
    with Library(db) as lib:
        return [t.id for t in lib.find_sources(text)]


# ---------------------------------------------------------------------------------------------- shingles


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("This line will bring Riverside", "“this LINE will bring Riverside”", True),  # case, quote marks
        ("it’s the one that counts", "it's the one that counts", True),  # apostrophes
        ("will bring Riverside within fifteen", "will bring Riverside within five", False),
    ],
)
def test_shingles_normalise_case_and_marks(a: str, b: str, same: bool) -> None:
    assert (shingles(a) == shingles(b)) is same
    assert len(shingles(a)) == 1


def test_shingles_of_stop_words_only_are_left_out() -> None:
    assert shingles("and that it is the") == set()
    assert len(shingles("and that it is the mayor")) == 1


# ---------------------------------------------------------------------------------------------- picking


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (ARTICLES / "d1_verbatim.en.txt", ["orlin-council.en"]),
        (ARTICLES / "d2_edited.en.txt", ["orlin-council.en"]),
        (ARTICLES / "d3_altered.en.txt", ["orlin-council.en"]),  # one word changed in a quote: still picked
        (ARTICLES / "d7_misattributed.en.txt", ["orlin-council.en"]),
        (SEED_000, ["pentagon-hmc-statement.excerpt"]),
        (SEED_003, ["pentagon-hmc-statement.excerpt"]),
    ],
)
def test_the_right_source_is_picked(db: str, article: Path, expected: list[str]) -> None:
    assert picked(db, article.read_text(encoding="utf-8")) == expected


def test_a_topic_only_source_is_not_picked(db: str) -> None:
    for article in ARTICLES.glob("*.en.txt"):
        assert "orlin-topic.en" not in picked(db, article.read_text(encoding="utf-8"))
    with Library(db) as lib:  # it does share words: the word search finds it, the shingle index does not pick it
        assert "orlin-topic.en" in [r.id for r, _ in lib.word_search("Riverside tram Verhoeven")]
        found = lib.candidates((ARTICLES / "d1_verbatim.en.txt").read_text(encoding="utf-8"), picked_only=False)
        assert all(c.source.id != "orlin-topic.en" or not c.picked for c in found)


def test_a_set_phrase_is_not_evidence_but_a_twice_altered_quote_is(db: str, tmp_path: Path) -> None:
    budget = "The Pentagon said in a statement on Thursday that the budget would grow by two percent next year."
    with Library(db, writable=True) as lib:
        lib.add([text_from_string(budget, id="budget")])
        phrase = "Troops will stay, the Pentagon said in a statement on Thursday, without giving numbers."
        (c,) = lib.candidates(phrase, picked_only=False)  # four shared shingles, three content words
        assert (c.source.id, c.shared, c.content_words, c.picked) == ("budget", 4, 3, False)
    d3 = (ARTICLES / "d3_altered.en.txt").read_text(encoding="utf-8")
    twice = d3.replace("the city centre", "the town centre")  # a reprint that altered the quote once more
    assert picked(db, twice) == ["orlin-council.en"]


def test_candidates_carry_evidence(db: str) -> None:
    with Library(db) as lib:
        (c,) = lib.candidates((ARTICLES / "d1_verbatim.en.txt").read_text(encoding="utf-8"))
    assert c.shared >= Settings().library_min_shared_shingles and c.picked
    assert 0 < c.jaccard <= c.containment <= 1
    assert f"shares {c.shared} shingles" in c.describe()


def test_boilerplate_shingles_stop_counting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "MAX_SHINGLE_SOURCES", 2)
    boiler = "For more information please contact the press office of the ministry at any time."
    texts = [text_from_string(f"Release {i} about item {i}.\n\n{boiler}", id=f"r{i}") for i in range(6)]
    with Library(tmp_path / "b.db", create=True) as lib:
        lib.add(texts)
        # held by 6 > 2 sources: no shingle says anything; and the sentence is as near to all six (no margin
        # over its next neighbours), so no vector picks one either
        assert [c for c in lib.candidates(boiler, picked_only=False) if c.shared] == []
        assert lib.candidates(boiler) == []
        lib.remove("r0")
        assert len(lib) == 5


# ---------------------------------------------------------------------------------------------- the library API


def test_add_is_idempotent_and_ids_are_unique(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    copy = tmp_path / "copy-of-council.txt"
    shutil.copy(COUNCIL, copy)
    with Library(path, create=True) as lib:
        assert [r.status for r in lib.add(load_many([str(COUNCIL)]))] == ["added"]
        assert [r.status for r in lib.add(load_many([str(COUNCIL)]))] == ["exists"]
        (again,) = lib.add(load_many([str(copy)]))  # the same text under another name: not added twice
        assert (again.status, again.existing) == ("exists", "orlin-council.en")
        assert len(lib) == 1
        clash = tmp_path / "orlin-council.en.txt"
        clash.write_text("Another text entirely, with the same file name.", encoding="utf-8")
        with pytest.raises(InputError, match="already holds a different source"):
            lib.add(load_many([str(PENTAGON), str(clash)]))
        assert len(lib) == 1  # all or nothing: the Pentagon excerpt before the clash was not added either


def test_records_get_remove_and_embeddings(db: str) -> None:
    with Library(db, writable=True) as lib:
        rec = {r.id: r for r in lib.records()}["orlin-council.en"]
        assert rec.language == "en" and len(rec.sha256) == 64 and rec.added.endswith("Z")
        src = lib.get("orlin-council.en")
        assert src is not None and src.text == COUNCIL.read_text(encoding="utf-8")
        lib.put_embedding("orlin-council.en", "test-model", [[0.5, -1.0, 2.0], [1.0, 0.0, 0.25]])
        assert dict(lib.embeddings("test-model")) == {"orlin-council.en": [(0.5, -1.0, 2.0), (1.0, 0.0, 0.25)]}
        assert lib.remove("orlin-council.en") and not lib.remove("orlin-council.en")
        assert list(lib.embeddings("test-model")) == []  # removed with its source
        assert picked(db, (ARTICLES / "d1_verbatim.en.txt").read_text(encoding="utf-8")) == []
        assert lib.word_search("Riverside tram") and "orlin-council.en" not in [
            r.id for r, _ in lib.word_search("fifteen")
        ]


def test_a_missing_or_foreign_file_is_a_named_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such source library"):
        Library(tmp_path / "missing.db")
    other = tmp_path / "other.db"
    other.write_bytes(b"not a database at all" * 100)
    with pytest.raises(InputError, match="not a"):
        Library(other)


# ---------------------------------------------------------------------------------------------- the CLI


def test_cli_add_list_search_remove(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    p = run_cli("library", "add", str(COUNCIL), str(PENTAGON), "--db", db, "--meta", "publisher=test")
    assert p.returncode == 0, p.stderr
    assert "2 added, 0 already there" in p.stdout.decode()
    p = run_cli("library", "add", str(COUNCIL), "--db", db)
    assert p.returncode == 0 and "0 added, 1 already there" in p.stdout.decode()
    p = run_cli("library", "list", "--db", db, "--format", "json")
    listed = json.loads(p.stdout)
    assert [r["id"] for r in listed] == ["orlin-council.en", "pentagon-hmc-statement.excerpt"]
    assert listed[0]["metadata"] == {"publisher": "test"}
    p = run_cli("library", "--db", db, "search", "This line will bring Riverside within fifteen minutes of the city")
    out = p.stdout.decode()
    assert p.returncode == 0 and out.splitlines()[1].startswith("orlin-council.en\t") and out.rstrip().endswith("yes")
    p = run_cli("library", "search", "tram Riverside", "--db", db, "--format", "json")
    got = json.loads(p.stdout)
    assert got["shingles"] == [] and [w["id"] for w in got["words"]] == ["orlin-council.en"]
    p = run_cli("library", "remove", "orlin-council.en", "--db", db)
    assert p.returncode == 0 and p.stdout.decode() == "removed orlin-council.en\n"
    p = run_cli("library", "remove", "orlin-council.en", "--db", db)
    assert p.returncode == 2 and p.stderr.decode().count("\n") == 1 and "no source" in p.stderr.decode()


@pytest.mark.parametrize(
    "args",
    [
        ("library", "list", "--db", "does-not-exist.db"),
        ("library", "add", "no-such-file.txt", "--db", "{tmp}/x.db"),
        ("library", "add", "--db", "{tmp}/x.db", "{council}", "--meta", "novalue"),
        ("check", "{article}", "--library", "does-not-exist.db", "--lexical-only"),
    ],
)
def test_cli_errors_are_one_line_and_exit_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    fill = {"tmp": str(tmp_path), "council": str(COUNCIL), "article": str(ARTICLES / "d1_verbatim.en.txt")}
    p = run_cli(*(a.format(**fill) for a in args))
    assert p.returncode == 2
    assert p.stderr.decode().count("\n") == 1 and "Traceback" not in p.stderr.decode()


def test_check_with_library_says_which_source_and_why(db: str, validator: object) -> None:
    p = run_cli("check", str(ARTICLES / "d3_altered.en.txt"), "--library", db, "--lexical-only", "--format", "json")
    assert p.returncode in (0, 1), p.stderr
    report = json.loads(p.stdout)
    assert_valid(validator, report)
    assert [s["id"] for s in report["sources"]] == ["orlin-council.en"]
    (info,) = [f for f in report["findings"] if f["code"] == L.FINDING_CODE]
    assert info["severity"] == "info" and "orlin-council.en" in info["message"] and "shingles" in info["message"]
    assert {q["match"]["kind"] for q in report["quotes"]} == {"altered", "unsupported"}


def test_check_with_library_says_when_it_found_nothing(db: str) -> None:
    p = run_cli("check", str(ARTICLES / "d5_translated.uk.txt"), "--library", db, "--lexical-only", "--format", "json")
    report = json.loads(p.stdout)
    assert report["sources"] == []
    assert [f["code"] for f in report["findings"] if f["code"].startswith("LIBRARY")] == [L.NONE_FOUND_CODE]
