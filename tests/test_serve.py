"""``provenance serve``: the service answers reports, refuses bad requests with JSON errors, and keeps serving.

A server runs in a thread on an ephemeral loopback port (``make_server(..., port=0)``); requests go through
``http.client`` (and a raw socket where a request must be malformed on purpose). Every network wait is
bounded by TIMEOUT.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import pytest

from provenance.errors import SettingsError
from provenance.serve import Server, make_server, parse_request, token_from_env
from provenance.settings import Settings
from tests.conftest import COUNCIL, DEVSET, ROOT, assert_valid

TOKEN = "s3cret-token"
MAX_BYTES = 64 * 1024
TIMEOUT = 20
ARTICLES = DEVSET / "articles"
SOURCE = {"id": "orlin-council.en", "text": COUNCIL.read_text(encoding="utf-8")}


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        assert self.headers["content-type"].startswith("application/json")
        return json.loads(self.body)


def start(**kw: Any) -> tuple[Server, threading.Thread]:
    server = make_server(Settings(lexical_only=True), "127.0.0.1", 0, **kw)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    return server, thread


def stop(server: Server, thread: threading.Thread) -> None:
    server.shutdown()
    server.server_close()
    thread.join(TIMEOUT)


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    srv, thread = start(token=TOKEN, max_bytes=MAX_BYTES)
    yield srv
    stop(srv, thread)


def request(
    srv: Server, method: str, path: str, body: Any = None, *, token: str | None = TOKEN,
    headers: dict[str, str] | None = None,
) -> Reply:  # fmt: skip
    host, port = srv.server_address[:2]
    conn = http.client.HTTPConnection(str(host), port, timeout=TIMEOUT)
    try:
        h = {"Content-Type": "application/json", **(headers or {})}
        if token is not None:
            h["Authorization"] = f"Bearer {token}"
        data = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
        conn.request(method, path, body=data, headers=h)
        resp = conn.getresponse()
        return Reply(resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read())
    finally:
        conn.close()


def raw(srv: Server, data: bytes) -> bytes:
    """Send bytes as they are and read the whole answer (the server closes after an error)."""
    host, port = srv.server_address[:2]
    with socket.create_connection((str(host), port), timeout=TIMEOUT) as s:
        s.sendall(data)
        chunks = []
        while chunk := s.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def healthy(srv: Server) -> bool:
    r = request(srv, "GET", "/healthz", token=None)
    return r.status == 200 and r.json()["status"] == "ok"


def article(name: str) -> str:
    return (ARTICLES / name).read_text(encoding="utf-8")


# --- answers -----------------------------------------------------------------------------------------


def test_devset_article_answered_with_its_report(server: Server, validator: Any) -> None:
    r = request(server, "POST", "/v1/check", {"text": article("d3_altered.en.txt"), "sources": [SOURCE]})
    assert r.status == 200, r.body
    report = r.json()
    assert_valid(validator, report)
    q1 = report["quotes"][0]
    assert q1["match"]["kind"] == "altered" and q1["match"]["source"] == "orlin-council.en"
    assert {"op": "replace", "quote": "five", "source": "fifteen"} in q1["match"]["changes"]
    assert report["tool"]["models"] == {"quotes": None, "passages": None, "translation": None} or all(
        v is None for v in report["tool"]["models"].values()
    )
    assert r.headers["provenance-gate"] == "fail"  # an altered quote is an error finding
    assert report["verdict"]["pass"] is False and report["verdict"]["summary"].startswith("FAIL: ")
    assert "QUOTE_ALTERED" in report["verdict"]["reasons"]


def test_healthz(server: Server) -> None:
    r = request(server, "GET", "/healthz", token=None)
    assert r.status == 200
    body = r.json()
    assert body["status"] == "ok" and body["version"]


def test_verbatim_article_passes_the_gate(server: Server, validator: Any) -> None:
    r = request(server, "POST", "/v1/check", {"text": article("d1_verbatim.en.txt"), "sources": [SOURCE], "id": "d1"})
    assert r.status == 200
    report = r.json()
    assert_valid(validator, report)
    assert report["document"]["path"] == "d1"
    assert [q["match"]["kind"] for q in report["quotes"]] == ["verbatim", "verbatim"]
    assert r.headers["provenance-gate"] == "pass"
    assert report["verdict"]["summary"] == "PASS: 0 errors, 0 warnings · fidelity 1.00 · 2 quotes: 2 verbatim"


def test_no_sources_is_a_report_too(server: Server, validator: Any) -> None:
    r = request(server, "POST", "/v1/check", {"text": article("d1_verbatim.en.txt")})
    assert r.status == 200
    assert_valid(validator, r.json())
    assert "NO_SOURCES" in {f["code"] for f in r.json()["findings"]}
    assert r.json()["verdict"]["summary"].startswith("PASS: no sources checked")


def test_html_format(server: Server) -> None:
    r = request(
        server, "POST", "/v1/check", {"text": article("d3_altered.en.txt"), "sources": [SOURCE], "format": "html"}
    )
    assert r.status == 200
    assert r.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert b"<del>fifteen</del>" in r.body


def test_keep_alive_serves_several_requests_on_one_connection(server: Server) -> None:
    host, port = server.server_address[:2]
    conn = http.client.HTTPConnection(str(host), port, timeout=TIMEOUT)
    try:
        for _ in range(3):
            conn.request("GET", "/healthz")
            resp = conn.getresponse()
            assert resp.status == 200 and json.loads(resp.read())["status"] == "ok"
    finally:
        conn.close()


def test_concurrent_requests(server: Server) -> None:
    names = ["d1_verbatim.en.txt", "d2_edited.en.txt", "d3_altered.en.txt", "d7_misattributed.en.txt"] * 2

    def one(i_name: tuple[int, str]) -> tuple[str, dict[str, Any]]:
        i, name = i_name
        r = request(server, "POST", "/v1/check", {"text": article(name), "sources": [SOURCE], "id": f"{i}-{name}"})
        assert r.status == 200, r.body
        return f"{i}-{name}", r.json()

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(one, enumerate(names)))
    assert len(results) == len(names)
    for doc_id, report in results:
        assert report["document"]["path"] == doc_id  # each answer is its own request's report
    kinds = {doc_id.split("-", 1)[1]: [q["match"]["kind"] for q in rep["quotes"]] for doc_id, rep in results}
    assert kinds["d3_altered.en.txt"][0] == "altered" and kinds["d1_verbatim.en.txt"] == ["verbatim", "verbatim"]
    assert healthy(server)


# --- refusals: status, JSON error, and the service still answers ------------------------------------


@pytest.mark.parametrize(
    ("token", "headers"),
    [
        (None, {}),
        ("wrong", {}),
        (TOKEN + "x", {}),
        (None, {"Authorization": f"Basic {TOKEN}"}),
        (None, {"Authorization": "Bearer"}),
    ],
    ids=["missing", "wrong", "longer", "basic-scheme", "empty-bearer"],
)
def test_401_without_the_token(server: Server, token: str | None, headers: dict[str, str]) -> None:
    r = request(server, "POST", "/v1/check", {"text": "Hello."}, token=token, headers=headers)
    assert r.status == 401
    assert r.json()["error"]["code"] == "unauthorized"
    assert r.headers["www-authenticate"].startswith("Bearer")
    assert healthy(server)


def test_413_oversize_body(server: Server) -> None:
    big = {"text": "word " * (MAX_BYTES // 5 + 10)}
    r = request(server, "POST", "/v1/check", big)
    assert r.status == 413
    err = r.json()["error"]
    assert err["code"] == "too_large" and str(MAX_BYTES) in err["message"]
    assert healthy(server)


def test_413_before_the_body_with_expect_100_continue(server: Server) -> None:
    head = (
        f"POST /v1/check HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TOKEN}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {MAX_BYTES * 100}\r\nExpect: 100-continue\r\n\r\n"
    ).encode()
    answer = raw(server, head)
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert b"100 Continue" not in answer
    assert json.loads(answer.split(b"\r\n\r\n", 1)[1])["error"]["code"] == "too_large"
    assert healthy(server)


def test_401_comes_before_413(server: Server) -> None:
    r = request(server, "POST", "/v1/check", b"x" * (MAX_BYTES + 1), token=None)
    assert r.status == 401
    assert healthy(server)


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        (b'{"text": ', "line 1 column"),
        (b"{'text': 'single quotes'}", "malformed JSON"),
        (b"", "malformed JSON"),
        (b'{"text": "a"} trailing', "Extra data"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b"[" * 20_000 + b"]" * 20_000, "malformed JSON"),
    ],
    ids=["cut", "single-quotes", "empty", "trailing", "not-utf8", "too-deep"],
)
def test_400_malformed_json(server: Server, body: bytes, needle: str) -> None:
    r = request(server, "POST", "/v1/check", body)
    if len(body) > MAX_BYTES:
        assert r.status == 413
    else:
        assert r.status == 400
        err = r.json()["error"]
        assert err["code"] == "malformed_json" and needle in err["message"]
    assert healthy(server)


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        ([1, 2], 400, None),
        ("just a string", 400, None),
        ({}, 422, "text"),
        ({"text": 5}, 422, "text"),
        ({"text": None}, 422, "text"),
        ({"text": ["a"]}, 422, "text"),
        ({"text": ""}, 400, "text"),
        ({"text": "   \n "}, 400, "text"),
        ({"text": "A.", "sources": "orlin"}, 422, "sources"),
        ({"text": "A.", "sources": {"id": "a", "text": "b"}}, 422, "sources"),
        ({"text": "A.", "sources": [5]}, 422, "sources[0]"),
        ({"text": "A.", "sources": [{"id": 1, "text": "b"}]}, 422, "sources[0].id"),
        ({"text": "A.", "sources": [{"id": "a"}]}, 422, "sources[0].text"),
        ({"text": "A.", "sources": [{"id": "a", "text": ""}]}, 422, "sources[0].text"),
        ({"text": "A.", "sources": [{"id": "", "text": "b"}]}, 422, "sources[0].id"),
        ({"text": "A.", "sources": [{"id": "a", "text": "b", "url": "u"}]}, 422, "sources[0].url"),
        ({"text": "A.", "sources": [{"id": "a", "text": "b"}, {"id": "a", "text": "c"}]}, 422, "sources[1].id"),
        ({"text": "A.", "source": []}, 422, "source"),
        ({"text": "A.", "library": "yes"}, 422, "library"),
        ({"text": "A.", "lexical_only": 1}, 422, "lexical_only"),
        ({"text": "A.", "lexical_only": False}, 422, "lexical_only"),  # this server has no models
        ({"text": "A.", "format": "pdf"}, 422, "format"),
        ({"text": "A.", "id": 7}, 422, "id"),
        ({"text": "A.", "library": True}, 400, "library"),  # no library configured
        ({"text": "bad \ud800 surrogate"}, 400, "text"),
    ],
)
def test_wrongly_typed_requests_name_the_field(server: Server, body: Any, status: int, field: str | None) -> None:
    data = json.dumps(body).encode()  # json escapes the lone surrogate as \\ud800: valid JSON, invalid text
    r = request(server, "POST", "/v1/check", data)
    assert r.status == status, r.body
    err = r.json()["error"]
    assert set(err) >= {"code", "message"} and err["message"]
    if field is not None:
        assert err["field"] == field
        assert field in err["message"]
    assert healthy(server)


def test_no_library_configured(server: Server) -> None:
    r = request(server, "POST", "/v1/check", {"text": "Some words.", "library": True})
    assert r.status == 400
    assert r.json()["error"] == {
        "code": "no_library",
        "message": "no library configured: start the service with --library DB",
        "field": "library",
    }


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [("GET", "/v1/check", 405), ("POST", "/healthz", 405), ("GET", "/", 404), ("DELETE", "/v1/check", 405),
     ("GET", "/v1/check/../../etc/passwd", 404)],
)  # fmt: skip
def test_unknown_routes(server: Server, method: str, path: str, status: int) -> None:
    r = request(server, method, path, {"text": "x"} if method == "POST" else None)
    assert r.status == status
    assert r.json()["error"]["code"] in ("not_found", "method_not_allowed")
    assert healthy(server)


def test_411_without_content_length(server: Server) -> None:
    answer = raw(
        server,
        f"POST /v1/check HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TOKEN}\r\nTransfer-Encoding: chunked\r\n\r\n"
        "5\r\nhello\r\n0\r\n\r\n".encode(),
    )
    assert answer.startswith(b"HTTP/1.1 411 ")
    assert healthy(server)


def test_garbage_request_line_gets_json(server: Server) -> None:
    answer = raw(server, b"THIS IS NOT HTTP\r\n\r\n")
    assert b" 400 " in answer.split(b"\r\n", 1)[0]
    assert json.loads(answer.split(b"\r\n\r\n", 1)[1])["error"]["message"]
    assert healthy(server)


def test_client_that_hangs_up_mid_body(server: Server) -> None:
    host, port = server.server_address[:2]
    with socket.create_connection((str(host), port), timeout=TIMEOUT) as s:
        s.sendall(
            f"POST /v1/check HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TOKEN}\r\nContent-Length: 1000\r\n\r\n"
            '{"text": "only a part'.encode()
        )
    assert healthy(server)


# --- models and tokens -------------------------------------------------------------------------------


class FakeStage:
    """A semantic stage that counts how often it is built and used."""

    built = 0

    def __init__(self) -> None:
        FakeStage.built += 1
        self.calls = 0

    def models(self) -> dict[str, Any]:
        return {"quotes": {"name": "fake"}, "passages": None, "translation": None}

    def refine(self, ctx: Any) -> None:
        self.calls += 1


def test_models_load_once_and_serve_every_request(monkeypatch: pytest.MonkeyPatch) -> None:
    import provenance.serve as serve_module

    stage = None

    def fake_stage(settings: Settings) -> FakeStage | None:
        nonlocal stage
        stage = None if settings.lexical_only else FakeStage()
        return stage

    monkeypatch.setattr(serve_module, "semantic_stage", fake_stage)
    FakeStage.built = 0
    srv = make_server(Settings(), "127.0.0.1", 0, token=None)
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        for _ in range(3):
            r = request(
                srv, "POST", "/v1/check", {"text": article("d3_altered.en.txt"), "sources": [SOURCE]}, token=None
            )
            assert r.status == 200 and r.json()["tool"]["models"]["quotes"] == {"name": "fake"}
        lex = request(
            srv, "POST", "/v1/check", {"text": article("d3_altered.en.txt"), "lexical_only": True}, token=None
        )
        assert lex.status == 200 and "lexical_only=True" in lex.json()["tool"]["signature"]
    finally:
        stop(srv, thread)
    assert FakeStage.built == 1
    assert stage is not None and stage.calls == 3


def test_no_token_means_open(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PROVENANCE_TOKEN", raising=False)
    srv, thread = start()  # token read from the (empty) environment
    try:
        assert srv.service.token is None
        assert request(srv, "POST", "/v1/check", {"text": "Plain words."}, token=None).status == 200
    finally:
        stop(srv, thread)


def test_token_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROVENANCE_TOKEN", "from-env")
    srv, thread = start()
    try:
        assert request(srv, "POST", "/v1/check", {"text": "Plain words."}, token=None).status == 401
        assert request(srv, "POST", "/v1/check", {"text": "Plain words."}, token="from-env").status == 200
    finally:
        stop(srv, thread)
    assert token_from_env({}) is None
    with pytest.raises(SettingsError, match="PROVENANCE_TOKEN is set but empty"):
        token_from_env({"PROVENANCE_TOKEN": "  "})


def test_library_requests(tmp_path: Any, validator: Any) -> None:
    from provenance.library import Library
    from provenance.pipeline.load import load_path

    db = tmp_path / "lib.db"
    with Library(db, create=True) as lib:
        lib.add(load_path(str(COUNCIL)))
    srv, thread = start(token=None, library=str(db))
    try:
        r = request(srv, "POST", "/v1/check", {"text": article("d3_altered.en.txt"), "library": True}, token=None)
        assert r.status == 200, r.body
        report = r.json()
        assert_valid(validator, report)
        assert report["quotes"][0]["match"]["kind"] == "altered"
        assert [s["id"] for s in report["sources"]] == ["orlin-council.en"]
    finally:
        stop(srv, thread)


def test_missing_library_fails_at_start(tmp_path: Any) -> None:
    from provenance.errors import InputError

    with pytest.raises(InputError, match="no such source library"):
        make_server(Settings(lexical_only=True), "127.0.0.1", 0, library=str(tmp_path / "none.db"), token=None)


def test_parse_request_defaults() -> None:
    req = parse_request({"text": "Words."})
    assert (req.sources, req.library, req.lexical_only, req.format, req.id) == ((), False, None, "json", "article")


# --- the command: start, answer, stop on SIGTERM -------------------------------------------------------


def test_serve_command_starts_and_stops_on_sigterm() -> None:
    env = {**os.environ, "PROVENANCE_TOKEN": TOKEN}
    proc = subprocess.Popen(
        [sys.executable, "-m", "provenance", "serve", "--port", "0", "--lexical-only"],
        cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        assert "listening on http://127.0.0.1:" in line and "token required" in line, line
        port = int(line.split("http://127.0.0.1:", 1)[1].split()[0])
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
        conn.request("GET", "/healthz")
        assert conn.getresponse().status == 200
        conn.close()
        proc.send_signal(signal.SIGTERM)
        rest = proc.communicate(timeout=TIMEOUT)[1]
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, rest
    assert "stopped" in rest


def test_serve_command_with_a_bad_setting_exits_2(tmp_path: Any) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("fail_on = 'sometimes'\n")
    p = subprocess.run(
        [sys.executable, "-m", "provenance", "serve", "--port", "0", "--config", str(bad)],
        cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT,
    )  # fmt: skip
    assert p.returncode == 2
    assert p.stderr.count("\n") == 1 and "fail_on" in p.stderr


def test_stopping_server_finishes_requests_in_progress() -> None:
    srv, thread = start(token=None)
    try:
        release = threading.Event()

        def hold() -> None:
            with srv.busy():
                release.wait(TIMEOUT)

        holder = threading.Thread(target=hold)
        holder.start()
        srv.stopping = True
        r = request(srv, "GET", "/healthz", token=None)
        assert r.status == 503 and r.json()["status"] == "stopping"
        assert r.headers["connection"] == "close"
        assert srv.wait_idle(0.1) is False  # a request is still in progress
        release.set()
        assert srv.wait_idle(TIMEOUT) is True
        holder.join(TIMEOUT)
    finally:
        stop(srv, thread)


# --- the ASGI app on uvicorn (provenance serve --workers N) -------------------------------------------


@dataclass
class Asgi:
    server_address: tuple[str, int]
    log: Any


@pytest.fixture(scope="module")
def asgi() -> Iterator[Asgi]:
    pytest.importorskip("starlette")
    uvicorn = pytest.importorskip("uvicorn")
    import io
    import time

    from provenance.serve import Service
    from provenance.serve.asgi import App

    log = io.StringIO()
    app = App(lambda: Service.start(Settings(lexical_only=True), token=TOKEN, max_bytes=MAX_BYTES), log=log)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + TIMEOUT
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.started
    port = server.servers[0].sockets[0].getsockname()[1]
    yield Asgi(("127.0.0.1", port), log)
    server.should_exit = True
    thread.join(TIMEOUT)


def test_asgi_answers_the_report_with_its_verdict(asgi: Any, validator: Any) -> None:
    r = request(asgi, "POST", "/v1/check", {"text": article("d3_altered.en.txt"), "sources": [SOURCE]})
    assert r.status == 200, r.body
    rep = r.json()
    assert_valid(validator, rep)
    assert rep["quotes"][0]["match"]["kind"] == "altered" and rep["verdict"]["pass"] is False
    assert r.headers["provenance-gate"] == "fail"
    r = request(asgi, "POST", "/v1/check", {"text": article("d1_verbatim.en.txt"), "sources": [SOURCE], "id": "d1"})
    assert r.status == 200 and r.headers["provenance-gate"] == "pass" and r.json()["document"]["path"] == "d1"
    html = request(asgi, "POST", "/v1/check", {"text": article("d3_altered.en.txt"), "sources": [SOURCE],
                                               "format": "html"})  # fmt: skip
    assert html.headers["content-type"].startswith("text/html") and b"<del>fifteen</del>" in html.body
    assert "default-src 'none'" in html.headers["content-security-policy"]


def test_asgi_health_readiness_and_openapi(asgi: Any) -> None:
    h = request(asgi, "GET", "/healthz", token=None)
    assert h.status == 200 and h.json()["status"] == "ok"
    ready = request(asgi, "GET", "/readyz", token=None)
    assert ready.status == 200 and ready.json()["status"] == "ready" and ready.json()["models"] == "lexical only"
    doc = request(asgi, "GET", "/openapi.json", token=None).json()
    assert doc["openapi"].startswith("3.1") and "/v1/check" in doc["paths"]
    assert {"401", "411", "413", "422"} <= set(doc["paths"]["/v1/check"]["post"]["responses"])


@pytest.mark.parametrize(
    ("body", "token", "headers", "status", "code"),
    [
        ({"text": "x"}, None, {}, 401, "unauthorized"),
        ({"text": "x"}, "wrong", {}, 401, "unauthorized"),
        (b"x" * (MAX_BYTES + 1), None, {}, 401, "unauthorized"),  # 401 before 413
        (b"x" * (MAX_BYTES + 1), TOKEN, {}, 413, "too_large"),
        (b'{"text": ', TOKEN, {}, 400, "malformed_json"),
        (b"\xff\xfe", TOKEN, {}, 400, "malformed_json"),
        ([1, 2], TOKEN, {}, 400, "invalid_body"),
        ({"text": "x", "source": []}, TOKEN, {}, 422, "invalid_field"),
        ({"text": 5}, TOKEN, {}, 422, "invalid_field"),
        ({"text": "  "}, TOKEN, {}, 400, "empty_text"),
    ],
)
def test_asgi_refuses_bad_requests_as_the_builtin_server_does(
    asgi: Any, server: Server, body: Any, token: str | None, headers: dict[str, str], status: int, code: str
) -> None:
    for srv in (asgi, server):
        r = request(srv, "POST", "/v1/check", body, token=token, headers=headers)
        assert (r.status, r.json()["error"]["code"]) == (status, code), (srv, r.body)
    assert healthy(asgi)  # and it keeps serving


def test_asgi_routes_methods_and_length(asgi: Any) -> None:
    r = request(asgi, "GET", "/nope", token=None)
    assert r.status == 404 and r.json()["error"]["code"] == "not_found"
    r = request(asgi, "GET", "/v1/check")
    assert r.status == 405 and r.headers["allow"] == "POST"
    chunked = (
        b"POST /v1/check HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN.encode()
        + b"\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n"
    )  # fmt: skip
    answer = raw(asgi, chunked)
    assert answer.startswith(b"HTTP/1.1 411") and b"length_required" in answer


def test_asgi_request_ids_in_answers_and_log(asgi: Any) -> None:
    mine = request(asgi, "GET", "/healthz", token=None, headers={"X-Request-Id": "cms-42"})
    assert mine.headers["x-request-id"] == "cms-42"
    new = request(asgi, "GET", "/healthz", token=None, headers={"X-Request-Id": "bad id\twith spaces"})
    assert new.headers["x-request-id"] != "bad id\twith spaces" and len(new.headers["x-request-id"]) == 16
    import time

    deadline = time.monotonic() + TIMEOUT  # the line is written once the answer has gone out
    while f"id={new.headers['x-request-id']}" not in asgi.log.getvalue() and time.monotonic() < deadline:
        time.sleep(0.01)
    log = asgi.log.getvalue()
    assert "GET /healthz 200" in log and "id=cms-42" in log and f"id={new.headers['x-request-id']}" in log
    assert TOKEN not in log


def test_serve_with_two_workers_answers_and_stops_on_sigterm() -> None:
    pytest.importorskip("starlette")
    pytest.importorskip("uvicorn")
    import time

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "provenance", "serve", "--port", str(port), "--workers", "2", "--lexical-only"],
        cwd=ROOT, stderr=subprocess.PIPE, env={**os.environ, "PROVENANCE_TOKEN": TOKEN},
    )  # fmt: skip
    try:
        srv = Asgi(("127.0.0.1", port), None)
        deadline, ready = time.monotonic() + 60, False
        while time.monotonic() < deadline and not ready:
            try:
                ready = request(srv, "GET", "/readyz", token=None).status == 200
            except OSError:
                time.sleep(0.2)
        assert ready
        with ThreadPoolExecutor(4) as pool:
            body = {"text": article("d1_verbatim.en.txt"), "sources": [SOURCE]}
            replies = list(pool.map(lambda _: request(srv, "POST", "/v1/check", body), range(8)))
        assert all(r.status == 200 and r.headers["provenance-gate"] == "pass" for r in replies)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)  # one keep-alive connection
        times = []
        for _ in range(15):
            t0 = time.perf_counter()
            conn.request("GET", "/healthz")
            conn.getresponse().read()
            times.append(time.perf_counter() - t0)
        conn.close()
        # Without TCP_NODELAY on the shared socket every answer waits ~40 ms for the client's delayed ACK.
        assert sorted(times)[len(times) // 2] < 0.035, times
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err.decode()
    assert "uvicorn, 2 worker(s)" in err.decode() and "provenance serve: stopped" in err.decode()


def test_asgi_limits_cap_connections_slow_ones_included() -> None:
    """On uvicorn as on the stdlib server, connections that send nothing fill the cap and the next request is
    answered 503 at once: slow headers cannot pile up."""
    pytest.importorskip("starlette")
    uvicorn = pytest.importorskip("uvicorn")
    import socket
    import time

    from provenance.serve import Service
    from provenance.serve.asgi import App, uvicorn_limits

    app = App(lambda: Service.start(Settings(lexical_only=True), token=TOKEN, max_bytes=MAX_BYTES))
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on", **uvicorn_limits(2))
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + TIMEOUT
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    idle = [socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) for _ in range(2)]
    try:
        idle[0].sendall(b"GET /v1/health HTTP/1.1\r\nHost: x\r\n")  # headers never finished
        time.sleep(0.3)
        with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as s:
            s.sendall(b"GET /v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            answer = s.recv(4096).decode("latin-1")
        assert answer.startswith("HTTP/1.1 503")
    finally:
        for s in idle:
            s.close()
        server.should_exit = True
        thread.join(TIMEOUT)
