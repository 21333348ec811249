"""Bounded by construction (issue 17): limits per input, only regular files, one writer per audit output,
invisible characters, and the HTML renderer linear in the number of quotes."""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path

import pytest

from provenance import api, policy
from provenance.audit import AuditPlan, run
from provenance.audit.rows import open_locked
from provenance.errors import InputError, ProvenanceError
from provenance.pipeline import bounds
from provenance.pipeline.load import load_path, text_from_string
from provenance.render import render
from provenance.report import Finding, Quote, QuoteMatch, Report
from provenance.settings import Settings
from tests.conftest import COUNCIL, run_cli

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import bench_adversarial as adversarial

LEXICAL = Settings(lexical_only=True)
SAID = "The minister told reporters on Tuesday that the council would meet again next week."


def _check(text: str, settings: Settings = LEXICAL, sources: tuple[str, ...] = ()) -> Report:
    srcs = [text_from_string(s, id=f"s{i}") for i, s in enumerate(sources or (COUNCIL.read_text(encoding="utf-8"),))]
    return api.check(text_from_string(text, id="a"), srcs, settings)


def _codes(rep: Report) -> set[str]:
    return {f.code for f in rep.findings}


# --- 1. bounded work per input -----------------------------------------------------------------------


def test_long_run_is_blanked_and_offsets_still_slice() -> None:
    blob = "!?" * 5000
    text = f"{SAID}\n\nThe mayor said: “{blob}” and left.\n\n{SAID}"
    b = bounds.bound_text(text, LEXICAL)
    assert len(b.text) == len(text) and b.cut is None
    assert b.blanked and b.text[b.blanked[0][0] : b.blanked[0][1]].strip() == ""
    ((a, z),) = b.blanked
    assert b.text[:a] == text[:a] and b.text[z:] == text[z:] and blob in text[a:z]  # only the run, in place
    rep = _check(text)
    assert "BOUND_RUN_BLANKED" in _codes(rep)
    for q in rep.quotes:
        assert rep.text[q.start : q.end] == q.text


def test_long_word_of_combining_accents_is_blanked() -> None:
    word = "a" + "\u0301" * 500
    b = bounds.bound_text(f"{SAID} {word} {SAID}", LEXICAL)
    assert len(b.blanked) == 1


def test_text_is_cut_after_the_sentence_limit() -> None:
    s = LEXICAL.replace(max_text_sentences=10)
    text = "\n\n".join(f"Paragraph {i} is here." for i in range(100))
    rep = _check(text, s)
    cut = [f for f in rep.findings if f.code == "BOUND_TEXT_CUT"]
    assert cut and "max_text_sentences=10" in cut[0].message
    assert len(rep.text) < len(text) and text.startswith(rep.text)
    assert rep.document.chars == len(rep.text)


def test_text_is_cut_at_the_character_limit_on_a_space() -> None:
    s = LEXICAL.replace(max_text_chars=1000)
    text = " ".join(["word"] * 2000)
    b = bounds.bound_text(text, s)
    assert b.cut is not None and b.cut <= 1000 and text[b.cut] == " "


def test_text_under_every_limit_is_untouched() -> None:
    text = COUNCIL.read_text(encoding="utf-8")
    b = bounds.bound_text(text, Settings())
    assert b.text == text and b.cut is None and not b.blanked


def test_sources_beyond_the_limit_are_not_read() -> None:
    s = LEXICAL.replace(max_sources=3)
    rep = _check(SAID, s, sources=tuple(f"Source {i} says the council met." for i in range(10)))
    assert len(rep.sources) == 3 and "BOUND_SOURCES" in _codes(rep)


def test_a_long_source_is_cut_and_said_so() -> None:
    s = LEXICAL.replace(max_text_chars=2000)
    rep = _check(SAID, s, sources=(" ".join(["council"] * 2000),))
    msgs = [f.message for f in rep.findings if f.code == "BOUND_TEXT_CUT"]
    assert msgs and "source s0" in msgs[0]


def test_semantic_stage_is_skipped_over_its_pair_limit() -> None:
    from provenance.pipeline.context import Context

    s = Settings(max_stage_pairs=1)
    ctx = Context(text_from_string(SAID, id="a"), SAID, s, [api.run.prepare(text_from_string(SAID, id="s"))],
                  (), None, [], [], [], {}, [((0, 10), []), ((10, 20), [])])  # fmt: skip
    assert bounds.semantic_allowed(ctx) is False
    assert [f.code for f in ctx.findings] == ["BOUND_SEMANTIC_SKIPPED"]


def test_long_quote_is_not_compared_by_meaning() -> None:
    from provenance.pipeline.context import Context

    s = Settings(max_quote_chars=10)
    q = Quote("q1", "a quote longer than ten", 0, 23, None, QuoteMatch("unsupported"))
    ctx = Context(text_from_string(SAID, id="a"), SAID, s, [], (), None, [q], [], [], {}, [])
    bounds.semantic_allowed(ctx)
    assert ctx.quotes[0].match.kind == "unchecked" and "max_quote_chars" in (ctx.quotes[0].match.reason or "")


def test_bound_codes_have_severities() -> None:
    for code in (bounds.CUT_CODE, bounds.BLANKED_CODE, bounds.SOURCES_CODE, bounds.SEMANTIC_CODE):
        assert policy.DEFAULT_SEVERITY[code] in ("info", "warning")


@pytest.mark.parametrize("name", [c.name for c in adversarial.CASES if c.name != "sources-10k"])
def test_adversarial_inputs_are_bounded(name: str, tmp_path: Path) -> None:
    """Each adversarial input of the benchmark, at a tenth of its size, in process: seconds, not minutes."""
    case = next(c for c in adversarial.CASES if c.name == name)
    art, srcs = case.make(tmp_path, 0.1)
    t = time.perf_counter()
    reports = api.check_paths([str(art)], [str(s) for s in srcs], LEXICAL)
    assert time.perf_counter() - t < 30
    rep = reports[0]
    for q in rep.quotes:
        assert rep.text[q.start : q.end] == q.text


# --- 1. the HTML renderer is linear in the number of quotes ------------------------------------------------


def _many_quotes(n: int) -> Report:
    text = " ".join(f"“Quote number {i} is here,” he said." for i in range(n))
    return _check(text, LEXICAL.replace(max_text_sentences=100_000))


def test_html_renderer_is_linear_in_quotes() -> None:
    small, large = _many_quotes(500), _many_quotes(4000)
    assert len(large.quotes) == 4000
    times = []
    for rep in (small, large):
        t = time.perf_counter()
        render([rep], "html")
        times.append(time.perf_counter() - t)
    assert times[1] < 8 * 4 * times[0] + 0.5  # 8 times the quotes: far from 64 times the time


def test_html_marks_every_quote_once() -> None:
    rep = _many_quotes(50)
    page = render([rep], "html")
    for q in rep.quotes:
        assert page.count(f'id="r1-at-{q.id}"') == 1 or page.count(f'-at-{q.id}"') == 1


# --- 2. only regular files are read --------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")
def test_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    t = time.perf_counter()
    with pytest.raises(InputError) as e:
        load_path(str(fifo))
    assert e.value.code == "not_a_file" and "named pipe" in e.value.message
    p = run_cli("check", str(fifo), "--source", str(COUNCIL), "--lexical-only")
    assert p.returncode == 2 and len(p.stderr.decode().strip().splitlines()) == 1
    assert time.perf_counter() - t < 60


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")
def test_fifo_in_an_audit_folder_is_an_error_row(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SAID, encoding="utf-8")
    os.mkfifo(folder / "b.txt")
    out = tmp_path / "out.jsonl"
    summary = run(AuditPlan(inputs=(str(folder),), out=str(out), settings=LEXICAL, sources=(str(COUNCIL),)))
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2 and len(summary.errors()) == 1
    assert rows[1]["error"]["code"] == "not_a_file"


# --- 3. one writer per audit output ------------------------------------------------------------------


def test_second_writer_on_the_same_out_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    fd = open_locked(str(out))
    try:
        with pytest.raises(ProvenanceError) as e:
            run(AuditPlan(inputs=(str(COUNCIL),), out=str(out), settings=LEXICAL, sources=(str(COUNCIL),)))
        assert "another audit is writing" in e.value.message
        p = run_cli("audit", str(COUNCIL), "--source", str(COUNCIL), "--out", str(out), "--lexical-only")
        assert p.returncode == 2 and len(p.stderr.decode().strip().splitlines()) == 1
    finally:
        os.close(fd)
    run(AuditPlan(inputs=(str(COUNCIL),), out=str(out), settings=LEXICAL, sources=(str(COUNCIL),)))
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_concurrent_audits_write_each_row_once(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"a{i}.txt").write_text(f"{SAID} Number {i}.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    results: list[object] = []

    def one() -> None:
        try:
            results.append(run(AuditPlan(inputs=(str(folder),), out=str(out), settings=LEXICAL,
                                         sources=(str(COUNCIL),))))  # fmt: skip
        except ProvenanceError as e:
            results.append(e)

    threads = [threading.Thread(target=one) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    paths = [json.loads(line)["document"]["path"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(paths) == len(set(paths)) == 4
    summary = run(AuditPlan(inputs=(str(folder),), out=str(out), settings=LEXICAL, sources=(str(COUNCIL),),
                            resume=True))  # fmt: skip
    assert summary.resumed == 4 and summary.checked == 0


def test_out_that_is_a_fifo_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    os.mkfifo(out)
    with pytest.raises(ProvenanceError):
        run(AuditPlan(inputs=(str(COUNCIL),), out=str(out), settings=LEXICAL, sources=(str(COUNCIL),)))


# --- 4. invisible characters ---------------------------------------------------------------------------


@pytest.mark.parametrize("mark", ["\u00ad", "\u200b", "\u200d", "\u202e", "\u2066", "\ufeff"])
def test_quote_differing_only_by_invisible_characters_is_verbatim(mark: str) -> None:
    source = "The council will open the new tram line to Riverside in August, the mayor said."
    words = ["will", "open", "the", "new", "tram", "line", "to", "Riverside", "in", "August"]
    quoted = " ".join(w[:2] + mark + w[2:] if len(w) > 3 else w for w in words)
    text = f"The mayor said the council “{quoted}”."
    rep = _check(text, sources=(source,))
    (q,) = rep.quotes
    assert q.match.kind == "verbatim", q.match
    assert text[q.start : q.end] == q.text and mark in q.text  # offsets slice the original, marks and all
    assert not [f for f in rep.findings if f.severity == "error"]


# --- findings carry no span for a source ---------------------------------------------------------------


def test_source_findings_have_no_article_span() -> None:
    b = bounds.bound_text("x" * 5000, LEXICAL)
    (f,) = [f for f in bounds.findings_for(b, 5000, LEXICAL, "source s") if isinstance(f, Finding)]
    assert f.start is None and f.end is None


# --- 5. decoding that does not garble ----------------------------------------------------------------------


def test_utf8_with_one_bad_byte_stays_utf8_with_a_warning(tmp_path: Path) -> None:
    body = f"“{SAID}” — the mayor said. Київ і Харків." * 3
    raw = body.encode("utf-8")
    raw = raw[:50] + b"\xff" + raw[50:]
    path = tmp_path / "damaged.txt"
    path.write_bytes(raw)
    (text,) = load_path(str(path))
    assert text.encoding == "utf-8" and "Київ" in text.text and "\ufffd" in text.text
    assert text.decoding is not None and text.decoding.replaced == (50,)
    rep = api.check(text, [text_from_string(SAID, id="s")], LEXICAL)
    (f,) = [f for f in rep.findings if f.code == "DECODE_REPLACED"]
    assert f.severity == "warning" and "byte 50" in f.message
    enc = rep.to_dict()["document"]["encoding"]
    assert enc["name"] == "utf-8" and 0.5 < enc["confidence"] < 1 and enc["replaced_bytes"] == [50]


def test_decoding_choice_and_confidence_are_in_the_report(tmp_path: Path) -> None:
    path = tmp_path / "ru.txt"
    path.write_bytes("Министр сказал, что совет соберётся снова на следующей неделе.".encode("cp1251"))
    (text,) = load_path(str(path))
    enc = api.check(text, [], LEXICAL).to_dict()["document"]["encoding"]
    assert enc["name"] == "cp1251" and enc["confidence"] < 1
    plain = api.check(text_from_string(SAID, id="a"), [], LEXICAL).to_dict()["document"]
    assert "encoding" not in plain  # text given as a string was not decoded


def test_code_page_text_is_not_taken_for_damaged_utf8(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_bytes("Le ministre a déclaré que le conseil se réunira la semaine prochaine.".encode("cp1252"))
    (text,) = load_path(str(path))
    assert "déclaré" in text.text and text.decoding is not None and not text.decoding.replaced


# --- 8. the service: header deadline, connection cap, bounded work -------------------------------------


@pytest.fixture()
def small_server() -> object:
    from provenance.serve import make_server

    srv = make_server(LEXICAL, "127.0.0.1", 0, token=None)
    srv.header_timeout = 1.0
    srv.max_connections = 3
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def _connect(srv: object) -> object:
    import socket

    host, port = srv.server_address[:2]  # type: ignore[attr-defined]
    return socket.create_connection((host, port), timeout=10)


def test_slow_headers_are_cut_off(small_server: object) -> None:
    conn = _connect(small_server)
    conn.sendall(b"GET /healthz HTTP/1.1\r\n")  # type: ignore[attr-defined]
    t = time.monotonic()
    closed = False
    while time.monotonic() - t < 8:
        try:
            conn.sendall(b"X-Slow: y\r\n")  # type: ignore[attr-defined]
        except OSError:
            closed = True
            break
        conn.settimeout(0.3)  # type: ignore[attr-defined]
        try:
            if conn.recv(1024) == b"":  # type: ignore[attr-defined]
                closed = True
                break
        except TimeoutError:
            pass
    conn.close()  # type: ignore[attr-defined]
    assert closed and time.monotonic() - t < 6


def test_connections_beyond_the_cap_get_503(small_server: object) -> None:
    held = [_connect(small_server) for _ in range(3)]
    time.sleep(0.3)
    extra = _connect(small_server)
    answer = extra.recv(4096)  # type: ignore[attr-defined]
    assert answer.startswith(b"HTTP/1.1 503") and b"Retry-After" in answer
    for c in [*held, extra]:
        c.close()  # type: ignore[attr-defined]
    deadline = time.monotonic() + 5  # the held connections end; the service serves again
    while small_server.connections and time.monotonic() < deadline:  # type: ignore[attr-defined]
        time.sleep(0.05)
    import urllib.request

    with urllib.request.urlopen(small_server.url + "/healthz", timeout=10) as r:  # type: ignore[attr-defined]
        assert r.status == 200


def test_service_request_is_bounded_like_the_cli(small_server: object) -> None:
    import urllib.request

    body = json.dumps({"text": f"{SAID} “{'!?' * 50_000}” he said.", "lexical_only": True,
                       "sources": [{"id": f"s{i}", "text": SAID} for i in range(200)]}).encode()  # fmt: skip
    req = urllib.request.Request(small_server.url + "/v1/check", data=body,  # type: ignore[attr-defined]
                                 headers={"Content-Type": "application/json"})  # fmt: skip
    t = time.perf_counter()
    with urllib.request.urlopen(req, timeout=60) as r:
        rep = json.loads(r.read())
    assert time.perf_counter() - t < 30
    codes = {f["code"] for f in rep["findings"]}
    assert {"BOUND_RUN_BLANKED", "BOUND_SOURCES"} <= codes
    assert len(rep["sources"]) == LEXICAL.max_sources


# --- 7. a library that protects itself and others --------------------------------------------------------


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    import sqlite3

    from provenance.library import Library

    db = tmp_path / "other.db"
    with sqlite3.connect(db) as c:
        c.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(InputError) as e:
        Library(db, create=True)
    assert "another application" in e.value.message
    with sqlite3.connect(db) as c:
        assert {r[0] for r in c.execute("SELECT name FROM sqlite_master")} == {"customers"}


def test_damaged_library_is_refused_on_open(tmp_path: Path) -> None:
    from provenance.library import Library

    db = tmp_path / "lib.db"
    with Library(db, create=True) as lib:
        for i in range(30):
            lib.add([text_from_string(f"Source {i} says the council met on Tuesday. " * 40, id=f"s{i}")])
    raw = bytearray(db.read_bytes())
    for k in range(4096 * 2, len(raw) - 100, 4096):  # every page but the first: garbage in the middle
        raw[k + 100 : k + 300] = b"\xff" * 200
    db.write_bytes(bytes(raw))
    with pytest.raises(InputError) as e:
        Library(db)
    assert "damaged" in e.value.message or "not a source library" in e.value.message


def test_read_only_library_is_told_apart(tmp_path: Path) -> None:
    from provenance.library import Library

    db = tmp_path / "lib.db"
    Library(db, create=True).close()
    os.chmod(db, 0o444)
    try:
        if os.access(db, os.W_OK):
            pytest.skip("running as a user who may write to any file")
        with pytest.raises(InputError) as e:
            Library(db, writable=True)
        assert "read-only" in e.value.message
        Library(db).close()  # reading is fine
    finally:
        os.chmod(db, 0o644)


def test_concurrent_adds_to_a_new_library_both_succeed(tmp_path: Path) -> None:
    """Two 'library add' runs at once on a library neither has made yet, both with the same sources (and
    one of their own): the second waits for the first (the schema is made in one transaction, an add takes
    the write lock before it looks for what is there), then finds the shared sources already added."""
    import sqlite3
    import subprocess

    shared = tmp_path / "shared"
    shared.mkdir()
    for i in range(12):
        (shared / f"s{i}.en.txt").write_text(
            f"Source {i}: the council of district {i} voted {i * 7} to {i} on the budget for roads on Tuesday.",
            encoding="utf-8",
        )
    own = []
    for name in ("a", "b"):
        own.append(tmp_path / f"{name}.en.txt")
        own[-1].write_text(f"Only {name}: the mayor said the bridge would open in May after repairs.", encoding="utf-8")
    db = tmp_path / "lib.db"
    root = Path(__file__).resolve().parent.parent
    runs = [
        subprocess.Popen([sys.executable, "-m", "provenance", "library", "add", str(shared), str(p), "--db", str(db)],
                         cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for p in own
    ]  # fmt: skip
    outs = [r.communicate(timeout=300) for r in runs]
    for r, (_, err) in zip(runs, outs, strict=True):
        assert r.returncode == 0, err.decode(errors="replace")
    with sqlite3.connect(db) as c:
        ids = {row[0] for row in c.execute("SELECT id FROM sources")}
    assert ids == {f"s{i}.en" for i in range(12)} | {"a.en", "b.en"}


def _open_new_library(path: str, start: float) -> str:
    """Open (and make) the library at ``path`` once the clock passes ``start``; 'ok' or the error's line."""
    from provenance.library.store import Library

    time.sleep(max(0.0, start - time.time()))
    try:
        with Library(path, create=True):
            return "ok"
    except ProvenanceError as e:
        return str(e)


def test_openers_of_a_new_library_at_once_all_open(tmp_path: Path) -> None:
    """Three processes opening one new library at the same moment: SQLite refuses the switch to WAL mode at
    once, without its busy wait, while another opener reads the file; each opener still opens it (the switch
    is retried). Several rounds, as the refusal needs the openers to meet."""
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(3) as pool:
        pool.map(time.sleep, [0.0] * 3)  # the workers started (spawn imports take a while) before the clock
        for k in range(8):
            path, start = str(tmp_path / f"lib{k}.db"), time.time() + 0.3
            answers = pool.starmap(_open_new_library, [(path, start)] * 3)
            assert answers == ["ok"] * 3, answers
