"""The bad-input battery: every odd file gets a clear answer.

Each case runs the installed CLI in a subprocess, as a newsroom pipeline does, with a timeout so that a hang
fails the test instead of blocking CI. A case is either *checked* (exit 0 or 1, a report valid against the
schema, and the right content: language, quotes, findings) or *refused* (exit 2, exactly one line on stderr
that names the input, nothing on stdout, no traceback).

Choices this battery pins (CLI.md leaves them open):

- A JSONL file with bad records is refused by ``check`` (exit 2, naming the file and line): a publication gate
  must not pass a batch in which some articles went unchecked, and a partial report would read as a full one.
  ``audit`` is the tool for record-by-record work: there each bad record is an error row and the good ones
  are checked (``test_audit_turns_bad_records_into_error_rows``).
- An empty source is refused (exit 2, naming the source): checking against nothing would report every quote
  "unsupported" and fail an honest article for an operator's mistake.
- A UTF-8 file cut inside its last character (an export stopped at a byte limit) is checked without that
  partial character; one damaged inside stays UTF-8 with the bad bytes replaced and a DECODE_REPLACED warning
  naming them, rather than read as mojibake (issue 17; tests/test_bounds.py).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from provenance.cli import cli as cli_group
from provenance.pipeline.load import load_path
from tests.conftest import COUNCIL, PENTAGON, ROOT, SEED_003, assert_valid

# Generous: the slowest case (a 5 MB article) takes well under a minute; a hang must fail, not block CI.
TIMEOUT_S = 240
LEX = "--lexical-only"

COUNCIL_QUOTE = "This line will bring Riverside within fifteen minutes of the city centre."
UK = (
    "Міська рада Орліна схвалила продовження трамвайної лінії.\n\n"
    "Мер Томас Верховен заявив: «Ця лінія з'єднає Ріверсайд із центром міста за п'ятнадцять хвилин». "
    "Будівництво почнеться у вересні та має завершитися до кінця 2028 року.\n\n"
    "Рада не підвищуватиме місцеві податки, щоб заплатити за лінію."
)
RU = (
    "Городской совет Орлина одобрил продление трамвайной линии.\n\n"
    'Мэр Томас Верховен заявил: "Эта линия соединит Риверсайд с центром города за пятнадцать минут". '
    "Строительство начнется в сентябре и должно завершиться к концу 2028 года.\n\n"
    "Совет не будет повышать местные налоги, чтобы заплатить за линию."
)
UK_QUOTE = "Ця лінія з'єднає Ріверсайд із центром міста за п'ятнадцять хвилин"
RU_QUOTE = "Эта линия соединит Риверсайд с центром города за пятнадцать минут"
EN_ARTICLE = (
    "Orlin approves tram extension\n\n"
    f'Mayor Tomas Verhoeven said: "{COUNCIL_QUOTE}" The project will cost 148 million euros.\n\n'
    "Residents of the district welcomed the decision at a meeting on Thursday evening."
)


GOOD_RECORD = json.dumps({"id": "a", "text": EN_ARTICLE})


def cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """The CLI in a fresh process, killed after TIMEOUT_S (a hang is a failure, not a stuck CI job)."""
    return subprocess.run(
        [sys.executable, "-m", "provenance", *args],
        input=stdin, capture_output=True, cwd=ROOT, timeout=TIMEOUT_S,
        env={**os.environ, "PROVENANCE_DEBUG": ""},
    )  # fmt: skip


def assert_refused(p: subprocess.CompletedProcess[bytes], *names: str) -> str:
    """Exit 2, one line on stderr that starts as the CLI's errors do and names each of ``names``."""
    err = p.stderr.decode("utf-8", errors="replace")
    assert p.returncode == 2, (p.returncode, err, p.stdout[:300])
    assert "Traceback" not in err, err
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("provenance: error:"), err
    assert p.stdout == b"", p.stdout[:300]
    for name in names:
        assert name in err, (name, err)
    return err


def report_of(p: subprocess.CompletedProcess[bytes], validator: Any) -> dict[str, Any]:
    """The one report of a checked input (exit 0 or 1), validated against the schema."""
    err = p.stderr.decode("utf-8", errors="replace")
    assert p.returncode in (0, 1), (p.returncode, err)
    assert "Traceback" not in err, err
    rep: dict[str, Any] = json.loads(p.stdout)
    assert_valid(validator, rep)
    return rep


def check_json(
    path: Path | str, *sources: Path | str, extra: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[bytes]:
    args = ["check", str(path), "--format", "json", LEX, *extra]
    for s in sources:
        args += ["--source", str(s)]
    return cli(*args)


def quote_texts(rep: dict[str, Any]) -> list[str]:
    return [q["text"] for q in rep["quotes"]]


def assert_offsets(rep: dict[str, Any], text: str) -> None:
    """Every span of the report slices back to the text it was found in (REPORT.md)."""
    assert rep["document"]["chars"] == len(text)
    for m in rep["markers"]:
        assert text[m["start"] : m["end"]] == m["text"]
    for q in rep["quotes"]:
        assert 0 <= q["start"] <= q["end"] <= len(text)
        if "  " not in q["text"] and text[q["start"] : q["end"]] == q["text"]:
            continue
        assert all(part in text for part in q["text"].split(" ")[:3])  # a joined quote: its words are there
    for p in rep["passages"]:
        assert text[p["start"] : p["end"]] == p["text"]
    for f in rep["findings"]:
        if f.get("start") is not None:
            assert 0 <= f["start"] <= f["end"] <= len(text)


# ---------------------------------------------------------------------------------------------- refused


def _write(tmp: Path, name: str, data: bytes | str) -> Path:
    path = tmp / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


REFUSED: dict[str, Callable[[Path], tuple[list[str], list[str]]]] = {
    # name: tmp -> (CLI arguments after "check", fragments the one-line message must hold)
    "missing file": lambda t: ([str(t / "nope.txt")], ["nope.txt", "no such file"]),
    "missing source": lambda t: (
        [str(_write(t, "a.txt", EN_ARTICLE)), "--source", str(t / "gone.txt")],
        ["gone.txt", "no such file"],
    ),
    "empty file": lambda t: ([str(_write(t, "empty.txt", b""))], ["empty.txt", "empty"]),
    "whitespace only": lambda t: ([str(_write(t, "blank.txt", " \n\t\n \u00a0\n"))], ["blank.txt", "empty"]),
    "empty source": lambda t: (
        [str(_write(t, "a.txt", EN_ARTICLE)), "--source", str(_write(t, "src.en.txt", b""))],
        ["src.en.txt", "empty"],
    ),
    "whitespace source": lambda t: (
        [str(_write(t, "a.txt", EN_ARTICLE)), "--source", str(_write(t, "src.en.txt", "\n\n  \n"))],
        ["src.en.txt", "empty"],
    ),
    "binary with NULs": lambda t: (
        [str(_write(t, "blob.txt", random.Random(1).randbytes(4096)))],
        ["blob.txt", "binary"],
    ),
    "control characters": lambda t: ([str(_write(t, "ctl.txt", bytes(range(1, 9)) * 300))], ["ctl.txt", "binary"]),
    "PNG named .txt": lambda t: (
        [str(_write(t, "photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(200)))],
        ["photo.txt", "PNG"],
    ),
    "JPEG named .png": lambda t: (
        [str(_write(t, "photo.png", b"\xff\xd8\xff\xe0" + bytes(200)))],
        ["photo.png", "JPEG"],
    ),
    "JPEG named .html": lambda t: (
        [str(_write(t, "page.html", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(200)))],
        ["page.html", "JPEG"],
    ),
    "GIF named .md": lambda t: ([str(_write(t, "anim.md", b"GIF89a" + bytes(100)))], ["anim.md", "GIF"]),
    "WebP named .txt": lambda t: (
        [str(_write(t, "img.txt", b"RIFF\x10\x00\x00\x00WEBPVP8 " + bytes(100)))],
        ["img.txt", "WebP"],
    ),
    "PDF named .txt": lambda t: (
        [str(_write(t, "doc.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(50)))],
        ["doc.txt", "PDF"],
    ),
    "gzip named .txt": lambda t: (
        [str(_write(t, "a.txt.txt", b"\x1f\x8b\x08\x00" + bytes(100)))],
        ["a.txt.txt", "gzip"],
    ),
    "docx": lambda t: ([str(_write(t, "story.docx", b"PK\x03\x04" + bytes(100)))], ["story.docx"]),
    "unknown extension": lambda t: ([str(_write(t, "story.rtf", "{\\rtf1 hello}"))], ["story.rtf", "unknown format"]),
    "bad UTF-16 (lone surrogate)": lambda t: (
        [str(_write(t, "bad16.txt", "\ufeffok".encode("utf-16-le") + b"\x00\xd8a\x00"))],
        ["bad16.txt"],
    ),
    "JSONL with a bad record": lambda t: (
        [str(_write(t, "feed.jsonl", f'{GOOD_RECORD}\n{{"id": "b", "text": \n'))],
        ["feed.jsonl", "line 2"],
    ),
    "JSONL record without text": lambda t: (
        [str(_write(t, "feed.jsonl", f'{GOOD_RECORD}\n\n{{"id": "c", "body": "x"}}\n'))],
        ["feed.jsonl", "line 3", "text"],
    ),
    "JSONL record not an object": lambda t: ([str(_write(t, "feed.jsonl", '["a list"]\n'))], ["feed.jsonl", "line 1"]),
    "JSON nested too deeply": lambda t: ([str(_write(t, "deep.json", "[" * 100_000 + "]" * 100_000))], ["deep.json"]),
    "JSON empty list": lambda t: ([str(_write(t, "none.json", "[]"))], ["none.json"]),
    "HTML with no text": lambda t: (
        [str(_write(t, "blank.html", "<html><head><script>var a = 'text';</script></head><body></body></html>"))],
        ["blank.html"],
    ),
    "folder with no articles": lambda t: ((t / "photos").mkdir() or [str(t / "photos")], ["photos", "no usable files"]),
    "over --max-bytes": lambda t: (
        [str(_write(t, "long.txt", EN_ARTICLE)), "--max-bytes", "100"],
        ["long.txt", "--max-bytes", "100"],
    ),
    "bad --max-bytes": lambda t: ([str(_write(t, "a.txt", EN_ARTICLE)), "--max-bytes", "0"], ["max"]),
    "stdin twice": lambda t: (["-", "--source", "-"], ["standard input"]),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_refused_with_one_line(case: str, tmp_path: Path) -> None:
    args, fragments = REFUSED[case](tmp_path)
    assert_refused(cli("check", *args, "--format", "json", LEX, stdin=b""), *fragments)


def test_binary_on_stdin_is_refused() -> None:
    assert_refused(cli("check", "-", "--format", "json", LEX, stdin=b"\x89PNG\r\n\x1a\n" + bytes(64)), "stdin")


def test_max_bytes_can_be_raised(tmp_path: Path, validator: Any) -> None:
    path = _write(tmp_path, "long.txt", EN_ARTICLE)
    assert_refused(check_json(path, COUNCIL, extra=("--max-bytes", "100")), "--max-bytes")
    enough = str(COUNCIL.stat().st_size + 1000)  # the limit holds for sources too
    rep = report_of(check_json(path, COUNCIL, extra=("--max-bytes", enough)), validator)
    assert quote_texts(rep) == [COUNCIL_QUOTE]


# ---------------------------------------------------------------------------------------------- encodings


@dataclass(frozen=True)
class Encoded:
    text: str
    codec: str
    language: str
    quote: str


ENCODINGS = {
    "cp1251 Russian": Encoded(RU, "cp1251", "ru", RU_QUOTE),
    "cp1251 Ukrainian": Encoded(UK, "cp1251", "uk", UK_QUOTE),
    "koi8-r Russian": Encoded(RU, "koi8-r", "ru", RU_QUOTE),
    "UTF-16 with BOM": Encoded(UK, "utf-16", "uk", UK_QUOTE),
    "UTF-16-LE without BOM": Encoded(UK, "utf-16-le", "uk", UK_QUOTE),
    "UTF-16-BE without BOM": Encoded(UK, "utf-16-be", "uk", UK_QUOTE),
    "UTF-16-BE with BOM": Encoded(RU, "utf-16-be-bom", "ru", RU_QUOTE),
    "UTF-8 with BOM": Encoded(UK, "utf-8-sig", "uk", UK_QUOTE),
    "UTF-32 with BOM": Encoded(RU, "utf-32", "ru", RU_QUOTE),
}


def _encode(e: Encoded) -> bytes:
    if e.codec == "utf-16-be-bom":
        return b"\xfe\xff" + e.text.encode("utf-16-be")
    return e.text.encode(e.codec)


@pytest.mark.parametrize("case", sorted(ENCODINGS))
def test_legacy_and_utf16_encodings_are_checked(case: str, tmp_path: Path, validator: Any) -> None:
    """The right language and the quote found, with offsets into the decoded text."""
    e = ENCODINGS[case]
    path = _write(tmp_path, "article.txt", _encode(e))
    rep = report_of(check_json(path, COUNCIL), validator)
    assert rep["language"]["code"] == e.language
    assert quote_texts(rep) == [e.quote]
    assert_offsets(rep, e.text)
    assert rep["quotes"][0]["speaker"] and "Верховен" in rep["quotes"][0]["speaker"]


def test_utf8_cut_inside_its_last_character_is_checked(tmp_path: Path, validator: Any) -> None:
    """An export stopped at a byte limit: everything before the partial character is checked."""
    raw = (UK + " Далі буде").encode("utf-8")
    assert raw[-1] >= 0x80
    path = _write(tmp_path, "cut.txt", raw[:-1])
    rep = report_of(check_json(path, COUNCIL), validator)
    assert rep["language"]["code"] == "uk"
    assert quote_texts(rep) == [UK_QUOTE]
    assert_offsets(rep, (UK + " Далі буде")[:-1])


def test_stdin_in_cp1251_is_checked(validator: Any) -> None:
    rep = report_of(cli("check", "-", "--no-sources", "--format", "json", LEX, stdin=RU.encode("cp1251")), validator)
    assert rep["language"]["code"] == "ru" and quote_texts(rep) == [RU_QUOTE]


def test_crlf_and_cr_line_ends_keep_offsets(tmp_path: Path, validator: Any) -> None:
    path = _write(tmp_path, "crlf.txt", EN_ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    rep = report_of(check_json(path, COUNCIL), validator)
    assert_offsets(rep, EN_ARTICLE)
    assert rep["quotes"][0]["match"]["kind"] == "verbatim"


def test_unicode_line_separators_keep_jsonl_one_line_per_report(tmp_path: Path, validator: Any) -> None:
    """U+2028, U+2029 and NEL are line ends to str.splitlines(): escaped, a JSONL report stays one line."""
    text = EN_ARTICLE.replace("Residents", "Residents\u2028of\u2029the\x85district")
    path = _write(tmp_path, "seps.txt", text)
    p = cli("check", str(path), str(path), "--source", str(COUNCIL), "--format", "jsonl", LEX)
    assert p.returncode in (0, 1), p.stderr.decode()
    lines = p.stdout.decode("utf-8").splitlines()
    assert len(lines) == 2
    for line in lines:
        rep = json.loads(line)
        assert_valid(validator, rep)
        assert_offsets(rep, text)


# ---------------------------------------------------------------------------------------------- scripts


def test_mixed_scripts_and_lookalike_letters(tmp_path: Path, validator: Any) -> None:
    """Cyrillic letters typed into English words are a LOOKALIKE_CHARS warning at that word; the quote still
    matches its source (look-alikes are folded for comparison); a Russian paragraph is its own segment."""
    spoofed = COUNCIL_QUOTE.replace("Riverside", "Rivеrsidе")  # two Cyrillic е
    text = (
        "Orlin tram news\n\n"
        f'Mayor Tomas Verhoeven said: "{spoofed}" The Cоuncil met on Tuesday.\n\n'  # Cyrillic о in Council
        "Мэр Орлина сказал журналистам, что строительство начнется в сентябре и закончится в 2028 году."
    )
    rep = report_of(check_json(_write(tmp_path, "mixed.txt", text), COUNCIL), validator)
    assert_offsets(rep, text)
    looks = [f for f in rep["findings"] if f["code"] == "LOOKALIKE_CHARS"]
    assert [text[f["start"] : f["end"]] for f in looks] == ["Rivеrsidе", "Cоuncil"]
    assert all(f["severity"] == "warning" for f in looks)
    assert rep["quotes"][0]["match"]["kind"] == "verbatim"
    codes = {s["code"] for s in rep["language"]["segments"]}
    assert {"en", "ru"} <= codes


def test_whole_words_in_another_script_are_not_lookalikes(tmp_path: Path, validator: Any) -> None:
    text = "Kyiv and Київ, Moscow and Москва, Athens and Αθήνα are named in both scripts in this sentence."
    rep = report_of(check_json(_write(tmp_path, "names.txt", text), COUNCIL), validator)
    assert not [f for f in rep["findings"] if f["code"] == "LOOKALIKE_CHARS"]


# ---------------------------------------------------------------------------------------------- size


NO_QUOTE_MARKS = str.maketrans(dict.fromkeys("\"“”„«»‘’‹›'", None))


def _news(n_bytes: int, seed: int) -> str:
    """English news-like paragraphs (sentences of the dev set and seeds, words shuffled among them), numbered so
    that no paragraph repeats another; about one in five quotes the council source."""
    rng = random.Random(seed)
    pool = [
        s.strip()
        for path in (SEED_003, PENTAGON, ROOT / "seeds" / "000_3c4f9761669d23e5.txt")
        for s in path.read_text(encoding="utf-8").replace("\n", " ").split(". ")
        if len(s.split()) >= 8
    ]
    out: list[str] = []
    size = 0
    i = 0
    while size < n_bytes:
        i += 1
        words = " ".join(rng.sample(pool, 3)).translate(NO_QUOTE_MARKS).split()
        rng.shuffle(words)
        body = f"Report {i} says {' '.join(words)}."
        if i % 5 == 0:
            body += f' Mayor Tomas Verhoeven said: "{COUNCIL_QUOTE}"'
        out.append(body)
        size += len(body.encode("utf-8")) + 2
    return "\n\n".join(out)


@pytest.mark.slow
def test_five_megabyte_article_is_checked(tmp_path: Path, validator: Any) -> None:
    """The defaults admit a 5 MB article: it is checked up to the text limit (max_text_chars), not refused, and
    the report says where the check stopped (BOUND_TEXT_CUT; issue 17: bounded time and memory)."""
    text = _news(5_000_000, seed=5)
    path = _write(tmp_path, "long.en.txt", text)
    assert path.stat().st_size >= 5_000_000
    rep = report_of(check_json(path, COUNCIL), validator)
    chars = rep["document"]["chars"]
    assert 0 < chars < len(text)
    assert "BOUND_TEXT_CUT" in {f["code"] for f in rep["findings"]}
    assert rep["language"]["code"] == "en"
    quotes = rep["quotes"]
    assert len(quotes) == text[:chars].count(COUNCIL_QUOTE)
    assert all(q["match"]["kind"] == "verbatim" for q in quotes)
    assert all(text[q["start"] : q["end"]] == q["text"] for q in quotes[:: max(1, len(quotes) // 50)])


def test_paragraph_of_100000_characters_without_spaces(tmp_path: Path, validator: Any) -> None:
    blob = "".join(random.Random(7).choice("abcdefghijklmnopqrstuvwxyz") for _ in range(100_000))
    text = f"{EN_ARTICLE}\n\n{blob}\n\nThe end of the report."
    rep = report_of(check_json(_write(tmp_path, "blob.txt", text), COUNCIL), validator)
    assert_offsets(rep, text)
    assert quote_texts(rep) == [COUNCIL_QUOTE]
    assert all(p["end"] - p["start"] < 100_000 for p in rep["passages"])


def test_quote_of_100000_characters_without_spaces(tmp_path: Path, validator: Any) -> None:
    blob = "x" * 100_000
    text = f'The mayor said: "{blob}" and left.'
    rep = report_of(check_json(_write(tmp_path, "q.txt", text), COUNCIL), validator)
    # A run of 100,000 characters is longer than max_run_chars: left out of the check (blanked), and said so.
    assert "BOUND_RUN_BLANKED" in {f["code"] for f in rep["findings"]}
    assert rep["document"]["chars"] == len(text)
    assert all(q["text"].strip() == "" for q in rep["quotes"])


def test_ten_thousand_quotes(tmp_path: Path, validator: Any) -> None:
    words = ["tram", "line", "council", "budget", "route", "district", "stop", "vote"]
    rng = random.Random(3)
    said = [f"“{' '.join(rng.choice(words) for _ in range(rng.randint(2, 8)))} number {i}”" for i in range(10_000)]
    text = "\n\n".join(
        " ".join(f"{q} said speaker {i + k}." for k, q in enumerate(said[i : i + 10])) for i in range(0, 10_000, 10)
    )
    limits = "max_text_sentences = 100000\nmax_text_chars = 2000000\n"  # past the default limits
    config = _write(tmp_path, "provenance.toml", limits)
    rep = report_of(check_json(_write(tmp_path, "quotes.txt", text), COUNCIL, extra=("--config", str(config))),
                    validator)  # fmt: skip
    assert len(rep["quotes"]) == 10_000
    for n, q in enumerate(rep["quotes"]):
        assert text[q["start"] : q["end"]] == q["text"]
        assert q["text"].endswith(f"number {n}")


# ---------------------------------------------------------------------------------------------- quotes


@pytest.mark.parametrize(
    "text",
    [
        f'The mayor said: "{COUNCIL_QUOTE}\n\nResidents welcomed the plan on Thursday.',
        f"The mayor said: «{COUNCIL_QUOTE}\n\nResidents welcomed the plan on Thursday.",
        f"The mayor said: “{COUNCIL_QUOTE} and went on.",
        f'"{COUNCIL_QUOTE}',
        f"{COUNCIL_QUOTE}”",
        "«„‘‹" * 1000,
    ],
    ids=["straight", "guillemet", "curly", "at the start", "closer only", "openers only"],
)
def test_quote_never_closed(text: str, tmp_path: Path, validator: Any) -> None:
    """A double opening mark never closed opens a quote that runs to the end of its paragraph, and the report
    says so (QUOTE_UNCLOSED); a closer alone, or marks with no words, invent nothing."""
    rep = report_of(check_json(_write(tmp_path, "open.txt", text), COUNCIL), validator)
    opened = any(mark + COUNCIL_QUOTE in text for mark in '"«“')
    unclosed = [f for f in rep["findings"] if f["code"] == "QUOTE_UNCLOSED"]
    assert len(rep["quotes"]) == len(unclosed) == (1 if opened else 0)
    if opened:
        assert rep["quotes"][0]["text"].startswith(COUNCIL_QUOTE[:40])
    assert_offsets(rep, text)


def test_unclosed_quote_leaves_the_next_paragraphs_quotes_intact(tmp_path: Path, validator: Any) -> None:
    text = f'He said: "never closed here.\n\nMayor Tomas Verhoeven said: "{COUNCIL_QUOTE}"'
    rep = report_of(check_json(_write(tmp_path, "open.txt", text), COUNCIL), validator)
    assert quote_texts(rep) == ["never closed here.", COUNCIL_QUOTE]  # the first read to its paragraph's end
    assert rep["quotes"][1]["match"]["kind"] == "verbatim"


CUT_SOURCE = "It is the largest public transport investment in Orlin for a"


@pytest.mark.parametrize(
    ("source", "quote", "kind"),
    [
        # past the end of a cut-off source: the words it holds are checked, the rest is noted, never "altered"
        (CUT_SOURCE, "the largest public … for a generation.", "near_verbatim"),
        (CUT_SOURCE, "It is the largest … for a generation", "near_verbatim"),
        (CUT_SOURCE + " generation.", "It is the … for a generation", "near_verbatim"),
        (CUT_SOURCE + " generation.", "the largest public\ttransport\u00a0… a\ngeneration.", "near_verbatim"),
    ],
)  # fmt: skip
def test_ellipsis_reaching_past_the_end_of_the_source(
    source: str, quote: str, kind: str, tmp_path: Path, validator: Any
) -> None:
    """Found by the long fuzz run: a piece after an ellipsis looked past the source's last word (IndexError,
    exit 2 "internal error") when the source ends before the quote does."""
    src = _write(tmp_path, "short.en.txt", source)
    article = _write(tmp_path, "a.txt", f'The mayor said: "{quote}" Then he left.')
    rep = report_of(check_json(article, src), validator)
    (q,) = rep["quotes"]
    assert q["match"]["kind"] == kind
    assert q["match"]["source_end"] <= len(source)
    if not source.endswith("generation."):
        assert any("not checked" in n for n in q["match"]["notes"])


# ---------------------------------------------------------------------------------------------- HTML

LEAKS = ("SCRIPTLEAK", "STYLELEAK", "IFRAMELEAK", "JSONLDLEAK", "NOSCRIPTLEAK", "TEMPLATELEAK", "<p>", "<iframe")
HIDDEN = {
    "script": "<script>var s = 'SCRIPTLEAK words';</script>",
    "script writing html": "<script>document.write('<p>SCRIPTLEAK words</p>')</script>",
    "upper-case script": "<SCRIPT type='text/javascript'>var SCRIPTLEAK = 1;</SCRIPT>",
    "json-ld": '<script type="application/ld+json">{"headline": "JSONLDLEAK words"}</script>',
    "style": "<style>.STYLELEAK { color: red } /* words */</style>",
    "iframe": "<iframe src='https://example.org/embed'>IFRAMELEAK fallback words</iframe>",
    "iframe with markup": "<iframe src='x'><p>IFRAMELEAK in a paragraph</p></iframe>",
    "iframe never closed": "<iframe src='x'>IFRAMELEAK fallback words",
    "self-closed iframe": "<iframe src='x'/>",
    "noscript": "<noscript>NOSCRIPTLEAK please enable JavaScript</noscript>",
    "template": "<template><p>TEMPLATELEAK words</p></template>",
}
PAGES = {
    "short page": "<html><body><p>{P1}</p>{X}<p>{P2}</p></body></html>",
    "article with headline": (
        "<html><head><title>Tram</title>{X}</head><body><article><h1>Orlin approves tram extension</h1>"
        "<p>{P1}</p>{X}<p>{P2}</p></article></body></html>"
    ),
    "inside a paragraph": "<html><body><p>{P1} {X} The vote was unanimous.</p><p>{P2}</p></body></html>",
    "long page": (
        "<html><body><nav>Home | News</nav><article><h1>Orlin approves tram extension</h1><p>{P1}</p>"
        + "".join(
            f"<p>Paragraph {i} tells how the council voted on the tram line and what it costs.</p>" for i in range(8)
        )
        + "{X}<p>{P2}</p></article><footer>Copyright</footer></body></html>"
    ),
}


@pytest.mark.parametrize("page", sorted(PAGES))
@pytest.mark.parametrize("hidden", sorted(HIDDEN))
def test_html_script_style_and_iframe_never_reach_the_report(
    page: str, hidden: str, tmp_path: Path, validator: Any
) -> None:
    """In process (click's runner): 44 pages; the subprocess path is the same code after the loader."""
    p1 = f'Mayor Tomas Verhoeven said: "{COUNCIL_QUOTE}"'
    p2 = "Residents of the Riverside district welcomed the decision at a meeting on Thursday."
    markup = PAGES[page].replace("{P1}", p1).replace("{P2}", p2).replace("{X}", HIDDEN[hidden])
    path = _write(tmp_path, "page.html", markup)
    result = CliRunner().invoke(cli_group, ["check", str(path), "--source", str(COUNCIL), "--format", "json", LEX])
    assert result.exit_code in (0, 1), result.output
    out = result.stdout
    rep = json.loads(out)
    assert_valid(validator, rep)
    assert not [leak for leak in LEAKS if leak in out], out[:2000]
    assert quote_texts(rep) == [COUNCIL_QUOTE]
    assert rep["quotes"][0]["match"]["kind"] == "verbatim"
    (loaded,) = load_path(str(path))  # the text the report's offsets index: the article, nothing hidden
    assert not [leak for leak in LEAKS if leak in loaded.text], loaded.text
    assert p1 in loaded.text
    if "never closed" not in hidden:
        assert p2 in loaded.text
    assert rep["document"]["chars"] == len(loaded.text)


def test_html_in_cp1251_declared_by_meta_charset(tmp_path: Path, validator: Any) -> None:
    body = RU.replace("\n\n", "</p><p>")
    markup = f'<html><head><meta charset="windows-1251"><title>Т</title></head><body><p>{body}</p></body></html>'
    rep = report_of(check_json(_write(tmp_path, "ru.html", markup.encode("cp1251")), COUNCIL), validator)
    assert rep["language"]["code"] == "ru"
    assert quote_texts(rep) == [RU_QUOTE]


# ---------------------------------------------------------------------------------------------- sources


def test_source_identical_to_the_article(tmp_path: Path, validator: Any) -> None:
    """Every quote verbatim, every passage copied, fidelity 1.0 (or within a hair of it)."""
    src = _write(tmp_path, "same.en.txt", SEED_003.read_bytes())
    rep = report_of(check_json(SEED_003, src), validator)
    assert rep["quotes"] and all(q["match"]["kind"] == "verbatim" for q in rep["quotes"])
    assert all(q["match"]["source"] == "same.en" for q in rep["quotes"])
    assert rep["passages"] and all(p["match"]["kind"] == "copied" for p in rep["passages"])
    assert all(p["match"]["similarity"] >= 0.99 for p in rep["passages"])
    assert rep["scores"]["fidelity"] >= 0.99
    text = SEED_003.read_text(encoding="utf-8")
    for q in rep["quotes"]:  # the same place in the same text (the source span stops at the last word)
        s0, s1 = q["match"]["source_start"], q["match"]["source_end"]
        assert s0 == q["start"] and q["end"] - 2 <= s1 <= q["end"]
        assert text[q["start"] : q["end"]] == q["text"]


def test_source_identical_to_the_article_via_html_and_jsonl(tmp_path: Path, validator: Any) -> None:
    text = COUNCIL.read_text(encoding="utf-8")
    feed = _write(tmp_path, "feed.jsonl", json.dumps({"id": "council", "text": text}) + "\n")
    rep = report_of(check_json(feed, COUNCIL), validator)
    assert [q["match"]["kind"] for q in rep["quotes"]] == ["verbatim", "verbatim"]
    assert rep["scores"]["fidelity"] >= 0.99


# ---------------------------------------------------------------------------------------------- audits


def test_audit_turns_bad_records_into_error_rows(tmp_path: Path, validator: Any) -> None:
    """In an audit a bad record is an error row (REPORT.md) naming its line; the good records are checked."""
    good = json.dumps({"id": "a", "text": EN_ARTICLE})
    feed = _write(tmp_path, "feed.jsonl", f'{good}\n{{"id": "b", "text": \n{{"id": "c"}}\n"just a string"\n{good}\n')
    out = tmp_path / "audit.jsonl"
    p = cli("audit", str(feed), "--source", str(COUNCIL), "--out", str(out), LEX, "--no-progress")
    assert p.returncode == 0, p.stderr.decode()
    assert "Traceback" not in p.stderr.decode()
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 5
    errors = [r for r in rows if r["schema"] == "provenance.error/1"]
    reports = [r for r in rows if r["schema"] == "provenance.report/1"]
    assert len(errors) == 3 and len(reports) == 2
    for r in reports:
        assert_valid(validator, r)
        assert [q["match"]["kind"] for q in r["quotes"]] == ["verbatim"]
    for r, line in zip(errors, (2, 3, 4), strict=True):
        assert r["error"]["code"] == "bad_record"
        assert f"line {line}" in r["error"]["message"]
        assert r["document"]["path"].startswith(str(feed))


def test_audit_turns_bad_files_into_error_rows(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, "a_good.txt", EN_ARTICLE)
    _write(folder, "b_empty.txt", b"")
    _write(folder, "c_image.txt", b"\x89PNG\r\n\x1a\n" + bytes(64))
    _write(folder, "d_damaged.txt", (lambda b: b[:40] + b[41:])(UK.encode("utf-8")))
    _write(folder, "e_cp1251.txt", RU.encode("cp1251"))
    out = tmp_path / "audit.jsonl"
    p = cli("audit", str(folder), "--source", str(COUNCIL), "--out", str(out), LEX, "--no-progress")
    assert p.returncode == 0, p.stderr.decode()
    rows = {Path(r["document"]["path"]).name: r for r in map(json.loads, out.read_text().splitlines())}
    assert sorted(rows) == ["a_good.txt", "b_empty.txt", "c_image.txt", "d_damaged.txt", "e_cp1251.txt"]
    assert {n: r["schema"].split("/")[0] for n, r in rows.items()} == {
        "a_good.txt": "provenance.report", "b_empty.txt": "provenance.error", "c_image.txt": "provenance.error",
        "d_damaged.txt": "provenance.report", "e_cp1251.txt": "provenance.report",
    }  # fmt: skip
    assert rows["b_empty.txt"]["error"]["code"] == "empty"
    assert rows["c_image.txt"]["error"]["code"] == "image"
    assert rows["e_cp1251.txt"]["language"]["code"] == "ru"
    assert "DECODE_REPLACED" in {f["code"] for f in rows["d_damaged.txt"]["findings"]}
