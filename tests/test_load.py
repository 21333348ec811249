"""The load stage: formats, encodings, normalisation, ids, bad input, stdin, bulk iteration, speed."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from provenance.errors import InputError
from provenance.pipeline import load as L
from provenance.pipeline.load import Text, decode, iter_inputs, load_many, load_path, text_from_string
from provenance.pipeline.load import html as H

UK = (
    "Міністерство оборони України повідомило, що війська відбили атаку. "
    "«Ми тримаємо позиції», — сказав речник.\nДругий рядок: Київ, Львів, Одеса, ґанок, їжак, єнот."
)
RU = (
    "Министерство обороны заявило, что переговоры начнутся на следующей неделе. "
    "«Мы готовы», — сказал представитель.\nМосква, 25 января."
)
# KOI8 has no « » —: the same texts with ASCII punctuation.
UK_KOI = UK.replace("«", '"').replace("»", '"').replace("—", "-")
RU_KOI = RU.replace("«", '"').replace("»", '"').replace("—", "-")
FR = "Le ministère a déclaré que les négociations commenceront à l'été prochain. « Nous sommes prêts », a-t-il dit."
PL = "Zażółć gęślą jaźń. Ministerstwo obrony poinformowało, że rozmowy rozpoczną się w przyszłym tygodniu."
EL = "Το υπουργείο Άμυνας ανακοίνωσε ότι οι συνομιλίες θα ξεκινήσουν την επόμενη εβδομάδα."
LONG_PREAMBLE = "An English preamble line that goes on.\n" * 2000
EN = "The Pentagon said on Thursday that talks would begin.\n\nA second paragraph."

HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Pentagon statement on HMC - Kyiv Daily</title>
<meta name="author" content="Olena Petrenko">
<meta property="og:site_name" content="Kyiv Daily">
<meta property="og:title" content="Pentagon statement on HMC">
<meta name="date" content="2024-01-25">
<style>body { color: red; } .STYLE_PAYLOAD {}</style>
<script>var tracking = "SCRIPT_PAYLOAD"; console.log("SCRIPT_PAYLOAD");</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<header><div class="menu">Subscribe to our newsletter</div></header>
<article>
<h1>Pentagon statement on HMC</h1>
<p>WASHINGTON (Reuters) — The United States and Iraq will begin talks on the future of the coalition,
the Pentagon said on Thursday in a statement released to reporters.</p>
<script>document.write("SCRIPT_PAYLOAD inline");</script>
<p>"The HMC will enable the transition to an enduring bilateral security partnership," the statement said,
adding that working groups would meet in the coming weeks.<br>A second line of the same paragraph.</p>
<p>Officials declined to give a timeline for the talks, which have been anticipated for months by both
sides and by observers in the region.</p>
</article>
<footer><p>© 2024 Kyiv Daily. All rights reserved. Share on Facebook.</p></footer>
</body></html>
"""


def write(tmp_path: Path, name: str, data: bytes | str) -> str:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def one(path: str, **kwargs: object) -> Text:
    texts = load_path(path, **kwargs)  # type: ignore[arg-type]
    assert len(texts) == 1
    return texts[0]


def error_of(fn: object, *args: object, **kwargs: object) -> InputError:
    with pytest.raises(InputError) as info:
        fn(*args, **kwargs)  # type: ignore[operator]
    err = info.value
    assert "\n" not in str(err) and str(err).strip(), "the message is one non-empty line"
    return err


# ------------------------------------------------------------------------------------------- plain formats


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("pentagon.en.txt", EN),
        ("notes.md", "# Heading\n\n* a *list* item\n\n> a quote\n"),
        ("LOUD.TXT", EN),
        ("leading.txt", "   indented first line\n\ntrailing blank lines\n\n\n"),
    ],
)
def test_plain_text_is_kept_as_it_is(tmp_path: Path, name: str, content: str) -> None:
    path = write(tmp_path, name, content)
    text = one(path)
    assert text.text == content
    assert text.path == path
    assert text.encoding == "utf-8"
    assert text.sha256 == hashlib.sha256(content.encode("utf-8")).hexdigest()
    assert dict(text.meta) == {}


@pytest.mark.parametrize(
    ("name", "expected_id"),
    [
        ("pentagon.en.txt", "pentagon.en"),
        ("d5_translated.uk.txt", "d5_translated.uk"),
        ("plain.md", "plain"),
        ("page.html", "page"),
        ("no-dots.htm", "no-dots"),
    ],
)
def test_id_is_the_name_without_the_last_extension(tmp_path: Path, name: str, expected_id: str) -> None:
    content = HTML if name.endswith(("html", "htm")) else EN
    assert one(write(tmp_path, name, content)).id == expected_id


# ------------------------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("original", "raw", "encodings"),
    [
        (UK, UK.encode("utf-8"), {"utf-8"}),
        (UK, b"\xef\xbb\xbf" + UK.encode("utf-8"), {"utf-8-sig"}),
        (UK, b"\xff\xfe" + UK.encode("utf-16-le"), {"utf-16"}),
        (UK, b"\xfe\xff" + UK.encode("utf-16-be"), {"utf-16"}),
        (UK, UK.encode("utf-16-le"), {"utf-16-le"}),
        (UK, UK.encode("utf-16-be"), {"utf-16-be"}),
        (EN, EN.encode("utf-16-le"), {"utf-16-le"}),
        (RU, RU.encode("utf-16-be"), {"utf-16-be"}),
        (UK, UK.encode("cp1251"), {"cp1251"}),
        (RU, RU.encode("cp1251"), {"cp1251"}),
        (RU_KOI, RU_KOI.encode("koi8-r"), {"koi8-r"}),
        (UK_KOI, UK_KOI.encode("koi8-u"), {"koi8-u"}),
        # short Cyrillic texts: where charset-normalizer on its own guesses wrong
        ("Привет, мир! Как дела?", "Привет, мир! Как дела?".encode("cp1251"), {"cp1251"}),
        ("Привет, мир! Как дела?", "Привет, мир! Как дела?".encode("koi8-r"), {"koi8-r"}),
        ("Добрий день, Київ.", "Добрий день, Київ.".encode("cp1251"), {"cp1251"}),
        ("Добрий день, Київ.", "Добрий день, Київ.".encode("koi8-u"), {"koi8-u"}),
        ("ПЕНТАГОН ЗАЯВИВ ПРО ПЕРЕГОВОРИ", "ПЕНТАГОН ЗАЯВИВ ПРО ПЕРЕГОВОРИ".encode("cp1251"), {"cp1251"}),
        ("ПЕНТАГОН ЗАЯВИЛ О ПЕРЕГОВОРАХ", "ПЕНТАГОН ЗАЯВИЛ О ПЕРЕГОВОРАХ".encode("koi8-r"), {"koi8-r"}),
        (FR, FR.encode("latin-1"), {"latin-1"}),
        ("Die Größe der Änderungen überrascht.", "Die Größe der Änderungen überrascht.".encode("latin-1"), {"latin-1"}),
        ("He said “no” – twice…", "He said “no” – twice…".encode("cp1252"), {"cp1252"}),
        # other code pages come from charset-normalizer; a Greek page must not be read as Cyrillic
        (PL, PL.encode("cp1250"), {"cp1250"}),
        (EL, EL.encode("cp1253"), {"cp1253"}),
        # an English preamble longer than the sniffing window must not hide the Cyrillic after it
        (LONG_PREAMBLE + UK, (LONG_PREAMBLE + UK).encode("cp1251"), {"cp1251"}),
        (LONG_PREAMBLE + RU_KOI, (LONG_PREAMBLE + RU_KOI).encode("koi8-r"), {"koi8-r"}),
    ],
)
def test_encodings_decode_to_the_original(tmp_path: Path, original: str, raw: bytes, encodings: set[str]) -> None:
    text = one(write(tmp_path, "article.txt", raw))
    assert text.text == original
    assert text.encoding in encodings
    assert text.sha256 == hashlib.sha256(raw).hexdigest()
    assert decode(raw) == (original, text.encoding)


def test_nfc_normalisation_composes_a_decomposed_letter(tmp_path: Path) -> None:
    decomposed = "Киі\u0308в: и\u0306од, e\u0301te\u0301"
    text = one(write(tmp_path, "nfd.txt", decomposed)).text
    assert not any(mark in text for mark in "\u0306\u0308\u0301")
    assert text == "Київ: йод, été"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"one\r\ntwo\r\n\r\nthree", "one\ntwo\n\nthree"),
        (b"one\rtwo\r\rthree", "one\ntwo\n\nthree"),
        (b"mixed\r\nends\rand\nmore", "mixed\nends\nand\nmore"),
        ("рядок\r\nдругий".encode("cp1251"), "рядок\nдругий"),
        ("line\r\nnext".encode("utf-16"), "line\nnext"),
    ],
)
def test_line_endings_become_newlines(tmp_path: Path, raw: bytes, expected: str) -> None:
    assert one(write(tmp_path, "crlf.txt", raw)).text == expected


# ------------------------------------------------------------------------------------------- HTML


def check_article_html(text: Text) -> None:
    assert "SCRIPT_PAYLOAD" not in text.text and "STYLE_PAYLOAD" not in text.text
    assert "Subscribe to our newsletter" not in text.text
    assert "All rights reserved" not in text.text
    assert "WASHINGTON (Reuters) — The United States" in text.text
    assert "Officials declined to give a timeline" in text.text
    assert text.meta["author"] == "Olena Petrenko"
    assert text.meta["sitename"] == "Kyiv Daily"
    assert text.meta["title"].startswith("Pentagon statement on HMC")
    assert text.meta["date"] == "2024-01-25"
    paragraphs = text.text.split("\n\n")
    assert any(p.startswith("WASHINGTON") for p in paragraphs), "paragraphs are separated by blank lines"
    assert any(p.startswith("Officials declined") for p in paragraphs)


@pytest.mark.parametrize("name", ["article.html", "article.htm", "ARTICLE.HTML"])
def test_html_main_text_and_metadata(tmp_path: Path, name: str) -> None:
    raw = HTML.encode("utf-8")
    text = one(write(tmp_path, name, raw))
    check_article_html(text)
    assert text.sha256 == hashlib.sha256(raw).hexdigest(), "the hash is of the raw page, not the extract"
    assert text.encoding == "utf-8"


def test_html_uses_trafilatura_when_it_is_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("trafilatura", exc_type=ImportError)
    monkeypatch.setattr(H, "_plain_extract", lambda markup: ([], {}))
    check_article_html(one(write(tmp_path, "a.html", HTML)))


NEWS_PAGE = """<!doctype html><html lang="uk"><head><meta charset="utf-8">
<title>Орлін схвалив продовження трамвайної лінії | Орлін Daily</title></head><body>
<div class="lang-switcher"><a href="/ua">ua</a> <a href="/en">en</a> <a href="/ru">ru</a></div>
<nav><a href="/">Головна</a> <a href="/news">Новини</a></nav>
<main><article>
<h1>Орлін схвалив продовження трамвайної лінії</h1>
<div class="meta"><span class="author">Автор: Петро Коваленко</span></div>
<figure><img src="x.jpg"><figcaption>Фото: Олена Мельник / Орлін Daily</figcaption></figure>
<p>ОРЛІН — Міська рада у четвер схвалила продовження трамвайної лінії до Ріверсайду, повідомила пресслужба.</p>
<p>«Ця лінія дозволить дістатися з Ріверсайду до центру міста за п'ятнадцять хвилин», – заявив мер Томас Верховен.</p>
<p>Будівництво почнеться навесні й триватиме два роки, сказав він журналістам після засідання ради.</p>
</article></main>
<div class="share">Поділитися: Facebook Twitter Telegram</div>
<footer>© Орлін Daily</footer></body></html>"""


def test_html_keeps_the_marker_lines_around_the_main_text(tmp_path: Path) -> None:
    text = one(write(tmp_path, "tram.uk.html", NEWS_PAGE)).text
    paragraphs = text.split("\n\n")
    for line in ("ua en ru", "Автор: Петро Коваленко", "Фото: Олена Мельник / Орлін Daily"):
        assert line in paragraphs
    assert paragraphs.index("ua en ru") < paragraphs.index("Орлін схвалив продовження трамвайної лінії")
    assert "«Ця лінія дозволить дістатися з Ріверсайду до центру міста за п'ятнадцять хвилин»" in text
    assert "Головна" not in text and "© Орлін Daily" not in text


@pytest.mark.parametrize("trafilatura", [True, False])
def test_short_html_keeps_its_paragraphs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, trafilatura: bool) -> None:
    if not trafilatura:
        monkeypatch.setattr(H, "_trafilatura_extract", lambda markup: ([], {}, False))
    page = "<html><body><p>Один абзац <a href='/x'>тут</a>.</p><p>Другий абзац.</p></body></html>"
    assert one(write(tmp_path, "short.html", page)).text == "Один абзац тут.\n\nДругий абзац."


@pytest.mark.parametrize(
    ("page", "blocks"),
    [
        (  # no </head>; the article's own <header> is kept, the site's header and footer are not
            "<html><head><title>T</title><body><header>Site menu</header><article><header><h1>Head</h1>"
            "<p>By X</p></header><p>Body <b>text</b>.</p></article><footer>(c) site</footer></body></html>",
            ["Head", "By X", "Body text."],
        ),
        ("<p>before</p><![ bogus ]> <p>after</p>", ["before"]),  # html.parser gives up: keep what it read
        ("<table><tr><td>a</td><td>b</td></tr></table><p>one<br>two</p>", ["a b", "one\ntwo"]),
    ],
)
def test_plain_extractor_blocks(page: str, blocks: list[str]) -> None:
    assert H._plain_extract(page)[0] == blocks


def test_html_marker_merge_gives_up_when_blocks_do_not_line_up() -> None:
    assert H._with_markers(["b", "a"], ["a", "x", "b"]) == ["b", "a"]
    assert H._with_markers(["a", "c"], ["menu", "a", "short", "c", "after"]) == ["menu", "a", "short", "c"]
    long_block = "x" * 500
    assert H._with_markers(["a", "c"], ["a", long_block, "c"]) == ["a", "c"]


def test_html_falls_back_when_trafilatura_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(markup: str) -> tuple[str, dict[str, str]]:
        raise ImportError("lxml.html.clean module is now a separate project")

    monkeypatch.setattr(H, "_trafilatura_extract", broken)
    text = one(write(tmp_path, "a.html", HTML))
    check_article_html(text)
    assert "A second line of the same paragraph." in text.text


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    page = HTML.replace('charset="utf-8"', 'charset="windows-1251"').replace(
        "Officials declined", "Речник міністерства сказав: «Ми готові». Officials declined"
    )
    text = one(write(tmp_path, "uk.html", page.encode("cp1251")))
    assert text.encoding == "cp1251"
    assert "Речник міністерства сказав: «Ми готові»." in text.text


def test_html_without_article_text_is_empty(tmp_path: Path) -> None:
    page = "<html><head><script>var x = 1;</script></head><body><nav>Home</nav></body></html>"
    assert error_of(load_path, write(tmp_path, "blank.html", page)).code == "empty"


# ------------------------------------------------------------------------------------------- JSON, JSONL


def test_json_single_object_is_one_document(tmp_path: Path) -> None:
    body = "Кияни  кажуть: «так»."
    record = {"text": body, "url": "https://example.org/a", "title": "T", "author": "A", "n": 3}
    path = write(tmp_path, "story.uk.json", json.dumps(record, ensure_ascii=False))
    text = one(path)
    assert (text.id, text.path, text.text) == ("story.uk", path, body)
    assert dict(text.meta) == {"url": "https://example.org/a", "title": "T", "author": "A"}
    assert text.sha256 == hashlib.sha256(body.encode("utf-8")).hexdigest()


def test_json_list_and_jsonl_give_one_text_per_record(tmp_path: Path) -> None:
    records = [{"text": "first", "id": "a1"}, {"text": "second"}, {"text": "third", "id": 7, "url": "u"}]
    jpath = write(tmp_path, "batch.json", json.dumps(records))
    lpath = write(
        tmp_path, "batch.jsonl", "\n".join(json.dumps(r) for r in records[:2]) + "\n\n" + json.dumps(records[2])
    )
    for path in (jpath, lpath):
        texts = load_path(path)
        assert [t.text for t in texts] == ["first", "second", "third"]
        assert [t.id for t in texts] == ["a1", "batch#2", "7"]
        assert [t.path for t in texts] == [f"{path}#a1", f"{path}#2", f"{path}#7"]
        assert texts[2].meta == {"url": "u"}
        assert {t.encoding for t in texts} == {"utf-8"}


def test_jsonl_records_are_normalised(tmp_path: Path) -> None:
    path = write(tmp_path, "n.jsonl", json.dumps({"text": "и\u0306од\r\nрядок"}) + "\r\n")
    assert one(path).text == "йод\nрядок"


def test_iter_inputs_yields_an_error_for_the_bad_line_only(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "good one"}),
        "",
        "{not json",
        json.dumps({"txt": "no text"}),
        json.dumps({"text": "good two"}),
    ]
    path = write(tmp_path, "mixed.jsonl", "\n".join(lines))
    items = list(iter_inputs([path]))
    assert [p for p, _ in items] == [f"{path}#1", f"{path}#2", f"{path}#3", f"{path}#4"]
    good = [t for _, t in items if isinstance(t, Text)]
    bad = [e for _, e in items if isinstance(e, InputError)]
    assert [t.text for t in good] == ["good one", "good two"]
    assert [t.id for t in good] == ["mixed#1", "mixed#4"], "record numbers count bad records too"
    assert [e.code for e in bad] == ["bad_record", "bad_record"]
    assert "line 3" in str(bad[0]) and "malformed JSON" in str(bad[0])
    assert "line 4" in str(bad[1]) and '"text"' in str(bad[1])
    assert error_of(load_path, path).code == "bad_record", "load_path raises the first error"


@pytest.mark.parametrize(
    ("name", "content", "where"),
    [
        ("broken.json", '{"text": "a",\n "id": }', "line 2"),
        ("list.json", '[{"text": "a"}, 5]', "record 2"),
        ("notext.json", '{"body": "a"}', "broken"),
        ("number.json", '{"text": 12}', "broken"),
        ("scalar.json", "42", "broken"),
        ("emptylist.json", "[]", "broken"),
        ("broken.jsonl", '{"text": "a"}\n{"text": "b"', "line 2"),
        ("array.jsonl", '["text"]', "line 1"),
    ],
)
def test_bad_records(tmp_path: Path, name: str, content: str, where: str) -> None:
    path = write(tmp_path, name, content)
    err = error_of(load_path, path)
    assert err.code == "bad_record"
    assert path in str(err)
    if where != "broken":
        assert where in str(err)


# ------------------------------------------------------------------------------------------- folders


def test_folder_is_walked_sorted_recursively_known_extensions_only(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    write(root, "b.txt", "bee")
    write(root, "a.md", "ay")
    write(root, "sub/c.html", HTML)
    write(root, "sub/d.jsonl", '{"text": "dee"}\n')
    write(root, "image.png", b"\x89PNG\r\n\x1a\n....")
    write(root, "notes.docx", b"PK\x03\x04...")
    write(root, ".hidden.txt", "hidden")
    write(root, ".git/e.txt", "hidden folder")
    texts = load_path(str(root))
    assert [t.id for t in texts] == ["a", "b", "c", "d#1"]
    assert texts[0].path == str(root / "a.md")
    assert [t.path for t in load_path(str(root))] == [t.path for t in texts], "stable order"


def test_folder_without_usable_files_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "empty", "photo.jpg", b"\xff\xd8\xff\xe0")
    err = error_of(load_path, str(tmp_path / "empty"))
    assert err.code == "empty" and ".txt" in str(err)


# ------------------------------------------------------------------------------------------- bad input


BAD_FILES = [
    ("missing", "nowhere.txt", None),
    ("empty", "empty.txt", b""),
    ("empty", "blank.txt", b"  \n\t \r\n"),
    ("empty", "blank16.txt", "  \n ".encode("utf-16")),
    ("binary", "nul.txt", b"some text\x00\x01\x02\x03 more \x00\x00\xff\xfe\x00"),
    ("binary", "controls.txt", b"a\x01\x02\x03\x04\x05\x06b" * 20),
    ("binary", "archive.txt", b"PK\x03\x04\x14\x00\x06\x00"),
    ("image", "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
    ("image", "photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF"),
    ("image", "anim.html", b"GIF89a\x01\x00\x01\x00"),
    ("image", "pic.md", b"RIFF\x24\x00\x00\x00WEBPVP8 "),
    ("image", "scan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3"),
    ("unknown_format", "article.docs", b"some text"),
    ("unknown_format", "README", b"some text"),
    ("undecodable", "noise.txt", bytes(range(0x80, 0x100)) * 4),
    ("undecodable", "bad16.txt", b"\xff\xfe" + b"\x00\xd8a\x00"),
]


@pytest.mark.parametrize(("code", "name", "content"), BAD_FILES)
def test_bad_input_raises_input_error_with_its_code(
    tmp_path: Path, code: str, name: str, content: bytes | None
) -> None:
    path = write(tmp_path, name, content) if content is not None else str(tmp_path / name)
    err = error_of(load_path, path)
    assert err.code == code
    assert isinstance(err, InputError)
    assert path in str(err), "the message names the file"
    [(where, item)] = list(iter_inputs([path]))
    assert where == path and isinstance(item, InputError) and item.code == code


@pytest.mark.parametrize(
    ("code", "hint"),
    [("unknown_format", ".jsonl"), ("image", "image"), ("missing", "no such file")],
)
def test_messages_say_what_to_do(tmp_path: Path, code: str, hint: str) -> None:
    path = {"unknown_format": "x.rtf", "image": "x.png", "missing": "gone.txt"}[code]
    content = {"unknown_format": b"text", "image": b"\x89PNG\r\n\x1a\n", "missing": None}[code]
    full = write(tmp_path, path, content) if content is not None else str(tmp_path / path)
    err = error_of(load_path, full)
    assert err.code == code and hint in str(err)


def test_pdf_is_named_as_a_pdf(tmp_path: Path) -> None:
    assert "PDF" in str(error_of(load_path, write(tmp_path, "a.txt", b"%PDF-1.4 ...")))


def test_too_large_names_the_size_and_the_option(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", "x" * 2000)
    err = error_of(load_path, path, max_bytes=1000)
    assert err.code == "too_large"
    assert "2,000 bytes" in str(err) and "1,000" in str(err) and "--max-bytes" in str(err)
    assert one(path, max_bytes=2000).text == "x" * 2000


def test_max_bytes_default_admits_a_5_mb_article() -> None:
    assert L.MAX_BYTES_DEFAULT == 8 * 1024 * 1024 > 5_000_000


# ------------------------------------------------------------------------------------------- stdin


@pytest.mark.parametrize(
    ("raw", "ids", "texts"),
    [
        (EN.encode("utf-8"), ["stdin"], [EN]),
        (UK.encode("cp1251"), ["stdin"], [UK]),
        (b"[Photo: Reuters] The minister said.", ["stdin"], ["[Photo: Reuters] The minister said."]),
        (b'{"text": "one", "id": "x"}', ["x"], ["one"]),
        (b'[{"text": "one"}, {"text": "two"}]', ["stdin#1", "stdin#2"], ["one", "two"]),
        (b'{"text": "one"}\n{"text": "two"}\n', ["stdin#1", "stdin#2"], ["one", "two"]),
    ],
)
def test_stdin_is_sniffed(raw: bytes, ids: list[str], texts: list[str]) -> None:
    loaded = load_path("-", stdin=io.BytesIO(raw))
    assert [t.id for t in loaded] == ids
    assert [t.text for t in loaded] == texts


def test_stdin_html(tmp_path: Path) -> None:
    text = one("-", stdin=io.BytesIO(HTML.encode("utf-8")))
    check_article_html(text)
    assert (text.id, text.path) == ("stdin", "-")
    assert text.sha256 == hashlib.sha256(HTML.encode("utf-8")).hexdigest()


@pytest.mark.parametrize(
    ("raw", "code", "max_bytes"),
    [(b"", "empty", 100), (b"x" * 101, "too_large", 100), (b"\x89PNG\r\n\x1a\n", "image", 100)],
)
def test_bad_stdin(raw: bytes, code: str, max_bytes: int) -> None:
    err = error_of(load_path, "-", stdin=io.BytesIO(raw), max_bytes=max_bytes)
    assert err.code == code and "stdin" in str(err)


# ------------------------------------------------------------------------------------------- many inputs


def test_load_many_keeps_order_and_raises_the_first_error(tmp_path: Path) -> None:
    a, b = write(tmp_path, "a.txt", "alpha"), write(tmp_path, "b.md", "beta")
    assert [t.text for t in load_many([b, a])] == ["beta", "alpha"]
    missing = str(tmp_path / "missing.txt")
    empty = write(tmp_path, "e.txt", "")
    assert error_of(load_many, [a, missing, empty]).code == "missing"


def test_iter_inputs_goes_on_past_bad_files_in_a_stable_order(tmp_path: Path) -> None:
    root = tmp_path / "in"
    good = write(root, "1.txt", "good")
    empty = write(root, "2.txt", "")
    binary = write(root, "3.txt", b"\x00\x01\x02\x03\x04")
    records = write(root, "4.jsonl", '{"text": "r1"}\nnope\n{"text": "r3"}\n')
    missing = str(tmp_path / "missing.md")
    items = list(iter_inputs([str(root), missing, good]))
    summary = [(p, t.text if isinstance(t, Text) else t.code) for p, t in items]
    assert summary == [
        (good, "good"),
        (empty, "empty"),
        (binary, "binary"),
        (f"{records}#1", "r1"),
        (f"{records}#2", "bad_record"),
        (f"{records}#3", "r3"),
        (missing, "missing"),
        (good, "good"),
    ]
    again = [(p, t if isinstance(t, Text) else (t.code, str(t))) for p, t in iter_inputs([str(root), missing, good])]
    assert again == [(p, t if isinstance(t, Text) else (t.code, str(t))) for p, t in items], "deterministic"


# ------------------------------------------------------------------------------------------- inline text


def test_text_from_string() -> None:
    text = text_from_string("и\u0306од\r\nx", id="article")
    assert (text.id, text.path, text.text, text.encoding) == ("article", "article", "йод\nx", None)
    assert text.sha256 == hashlib.sha256("и\u0306од\r\nx".encode()).hexdigest()
    assert text_from_string("x", id="a", path="req/1").path == "req/1"
    assert error_of(text_from_string, " \n", id="a").code == "empty"


def test_text_is_frozen_and_hashable(tmp_path: Path) -> None:
    text = one(write(tmp_path, "a.txt", "alpha"))
    with pytest.raises(AttributeError):
        text.text = "beta"  # type: ignore[misc]
    assert hash(text) == hash(one(write(tmp_path, "a.txt", "alpha")))
    assert "alpha" not in repr(text), "a 4 MB text stays out of reprs and tracebacks"


# ------------------------------------------------------------------------------------------- cost


def test_import_is_cheap() -> None:
    code = (
        "import sys, provenance.pipeline.load; "
        "heavy = [m for m in ('trafilatura', 'charset_normalizer', 'lxml', 'html.parser') if m in sys.modules]; "
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("line", [EN + "\n", UK + "\r\n"], ids=["english", "ukrainian-crlf"])
def test_a_4_mb_utf8_text_loads_whole(tmp_path: Path, line: str) -> None:
    """A 4 MB article is checked, not refused (its speed is measured in bench/, not here)."""
    raw = (line * (4_000_000 // len(line.encode("utf-8")) + 1)).encode("utf-8")
    path = write(tmp_path, "big.txt", raw)
    text = one(path)
    assert text.encoding == "utf-8" and len(raw) >= 4_000_000
    assert "\r" not in text.text and len(text.text) > 1_000_000


# ------------------------------------------------------------------------------------------- real inputs


def test_the_devset_and_seeds_load_as_utf8_text() -> None:
    root = Path(__file__).resolve().parent.parent
    texts = load_many([str(root / "tests" / "devset" / "articles"), str(root / "seeds")])
    ids = [t.id for t in texts]
    assert "d5_translated.uk" in ids and "pentagon-hmc-statement.excerpt" in ids
    assert "PROVENANCE-NOTES" in ids, "a folder walk takes .md files too"
    assert all(t.encoding == "utf-8" and t.text.strip() and "\r" not in t.text for t in texts)
    assert ids == [t.id for t in load_many([str(root / "tests" / "devset" / "articles"), str(root / "seeds")])]
