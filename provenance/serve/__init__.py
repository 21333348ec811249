"""``provenance serve``: the checker as an HTTP service a CMS asks before it publishes.

``POST /v1/check`` takes ``{"text": ..., "sources": [{"id": ..., "text": ...}], "library": true}`` and
answers the report (``Report.to_dict()``, REPORT.md); ``GET /healthz`` answers ``{"status": "ok", ...}``.
Only the standard library: ``http.server.ThreadingHTTPServer`` serves each connection in a thread.

How it behaves (CLI.md, and the service's section in the README):

- The semantic models load once, in :func:`make_server`; requests share them.
- With ``PROVENANCE_TOKEN`` set, ``POST /v1/check`` needs ``Authorization: Bearer <token>`` (compared with
  ``hmac.compare_digest``); ``/healthz`` stays open for probes and says only status and version.
- A body over ``max_bytes`` is refused with 413 from its ``Content-Length``, before it is read; a POST
  without ``Content-Length`` gets 411. Errors are JSON: ``{"error": {"code", "message", "field"?}}``.
- Bad requests never stop the service: every error is answered and the next request is served.
- A check is CPU-bound Python: threads overlap I/O and model calls (torch releases the GIL) but not the
  lexical stages, so throughput grows with processes (several ``serve`` behind a balancer), not threads.
- SIGINT/SIGTERM stop accepting, let requests in progress finish (up to ``SHUTDOWN_GRACE_S``), then exit.
"""

from __future__ import annotations

import contextlib
import enum
import hmac
import json
import os
import socket
import sys
import threading
import time
import traceback
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TextIO
from urllib.parse import urlsplit

from provenance.api import gate, semantic_stage
from provenance.errors import InputError, ProvenanceError, SettingsError
from provenance.pipeline.context import Context, SemanticStage
from provenance.pipeline.load import Text, text_from_string
from provenance.report import Report
from provenance.serve.limits import BoundedServer, HeaderDeadline
from provenance.settings import Settings
from provenance.version import __version__

CHECK_PATH, HEALTH_PATH = "/v1/check", "/healthz"
DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8750
# A connection idle this long (keep-alive, or a client sending its body too slowly) is closed: a few stalled
# clients must not hold threads for ever. 30 s outlasts any pause a CMS makes between requests on one
# connection while a check of the largest article (8 MiB) still reads in well under it on a LAN.
SOCKET_TIMEOUT_S = 30.0
# After refusing a request whose body it did not read (401, 413), the server reads and drops up to this much
# of the body, for up to LINGER_S, so the client sees the answer rather than a connection reset.
DRAIN_BYTES = 1024 * 1024
LINGER_S = 1.0
# A request body must arrive within this long in all (a per-read timeout alone lets a client trickle bytes).
BODY_TIMEOUT_S = 60.0
# On SIGINT/SIGTERM, requests in progress get this long to finish before the process exits.
SHUTDOWN_GRACE_S = 30.0
# Connections the kernel queues while every thread is busy (the listen backlog); bursts from a CMS fit.
LISTEN_BACKLOG = 128

RESPONSE_TYPES = {
    "json": "application/json; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "markdown": "text/markdown; charset=utf-8",
    "text": "text/plain; charset=utf-8",
}
REQUEST_FIELDS = ("text", "sources", "library", "lexical_only", "format", "id")
SOURCE_FIELDS = ("id", "text")


class _Env(enum.Enum):
    TOKEN = "PROVENANCE_TOKEN"


FROM_ENV = _Env.TOKEN  # make_server(token=FROM_ENV): read PROVENANCE_TOKEN from the environment


class RequestError(Exception):
    """A request the service refuses: an HTTP status and the JSON error it answers."""

    def __init__(self, status: int, code: str, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.field = status, code, message, field

    def body(self) -> dict[str, Any]:
        err: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.field is not None:
            err["field"] = self.field
        return {"error": err}


# --- the request body ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckRequest:
    text: str
    sources: tuple[tuple[str, str], ...] = ()
    library: bool = False
    lexical_only: bool | None = None
    format: str = "json"
    id: str = "article"


def parse_body(raw: bytes) -> Any:
    """The JSON value of a request body; 400 with the parser's message when it is not JSON."""
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise RequestError(400, "malformed_json", f"the body is not UTF-8 (byte {e.start})") from None
    except json.JSONDecodeError as e:
        raise RequestError(
            400, "malformed_json", f"malformed JSON: {e.msg} at line {e.lineno} column {e.colno}"
        ) from None
    except (ValueError, RecursionError) as e:  # a number too long to convert, nesting too deep
        raise RequestError(400, "malformed_json", f"malformed JSON: {type(e).__name__}: {e}") from None


def _bad(field: str, message: str) -> RequestError:
    return RequestError(422, "invalid_field", f"{field}: {message}", field=field)


def _required_string(obj: Mapping[str, Any], key: str, where: str) -> str:
    if key not in obj:
        raise _bad(where, "is required")
    value = obj[key]
    if not isinstance(value, str):
        raise _bad(where, f"must be a string, not {_json_type(value)}")
    return value


def _optional_string(obj: Mapping[str, Any], key: str) -> str | None:
    """The field's string; None when it is absent or null."""
    return None if obj.get(key) is None else _required_string(obj, key, key)


def _flag(obj: Mapping[str, Any], key: str) -> bool | None:
    value = obj.get(key)
    if value is not None and not isinstance(value, bool):
        raise _bad(key, f"must be true or false, not {_json_type(value)}")
    return value


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def parse_request(payload: Any) -> CheckRequest:
    """A CheckRequest from the decoded body; 422 naming the field that is missing, unknown or wrongly typed."""
    if not isinstance(payload, dict):
        raise RequestError(
            400, "invalid_body", f'the body must be a JSON object such as {{"text": ...}}, not {_json_type(payload)}'
        )
    unknown = sorted(set(payload) - set(REQUEST_FIELDS))
    if unknown:
        raise _bad(unknown[0], f"unknown field (known: {', '.join(REQUEST_FIELDS)})")
    text = _required_string(payload, "text", "text")
    if not text.strip():
        raise RequestError(400, "empty_text", "text: the article text is empty", field="text")
    fmt = _optional_string(payload, "format") or "json"
    if fmt not in RESPONSE_TYPES:
        raise _bad("format", f"must be one of {', '.join(RESPONSE_TYPES)}, not {fmt!r}")
    doc_id = _optional_string(payload, "id")
    if doc_id is not None and not doc_id.strip():
        raise _bad("id", "must not be empty")
    return CheckRequest(
        text, _sources(payload.get("sources")), bool(_flag(payload, "library")), _flag(payload, "lexical_only"),
        fmt, doc_id or "article",
    )  # fmt: skip


def _sources(value: Any) -> tuple[tuple[str, str], ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _bad("sources", f'must be an array of {{"id": ..., "text": ...}}, not {_json_type(value)}')
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for i, item in enumerate(value):
        where = f"sources[{i}]"
        if not isinstance(item, dict):
            raise _bad(where, f'must be an object {{"id": ..., "text": ...}}, not {_json_type(item)}')
        extra = sorted(set(item) - set(SOURCE_FIELDS))
        if extra:
            raise _bad(f"{where}.{extra[0]}", "unknown field (known: id, text)")
        sid, text = _required_string(item, "id", f"{where}.id"), _required_string(item, "text", f"{where}.text")
        if not sid.strip():
            raise _bad(f"{where}.id", "must not be empty")
        if sid in seen:
            raise _bad(f"{where}.id", f"repeats the id {sid!r}")
        if not text.strip():
            raise _bad(f"{where}.text", "the source text is empty")
        seen.add(sid)
        out.append((sid, text))
    return tuple(out)


# --- the service: settings, models and library, loaded once ------------------------------------


class _SerialStage:
    """The semantic stage behind a lock: model code (tokenizers above all) is not safe to call from several
    threads at once. Only the semantic step is serialised; the lexical stages of other requests go on."""

    def __init__(self, stage: SemanticStage) -> None:
        self._stage, self._lock = stage, threading.Lock()

    def models(self) -> dict[str, Any]:
        return self._stage.models()

    def refine(self, ctx: Context) -> None:
        with self._lock:
            self._stage.refine(ctx)


@dataclass
class Service:
    """What every request shares. Build it with :meth:`start` (which loads the models once)."""

    settings: Settings
    stage: SemanticStage | None
    library: str | None = None
    token: str | None = None
    max_bytes: int = 8 * 1024 * 1024
    lexical_settings: Settings = field(init=False)

    def __post_init__(self) -> None:
        self.lexical_settings = self.settings.replace(lexical_only=True)

    @classmethod
    def start(
        cls, settings: Settings, *, library: str | None = None, token: str | None = None, max_bytes: int | None = None
    ) -> Service:
        if library:
            from provenance.library import Library

            Library(library).close()  # fail at start, not on the first request, when it is missing or bad
        stage = semantic_stage(settings)
        return cls(settings, _SerialStage(stage) if stage else None, library, token, max_bytes or settings.max_bytes)

    def authorized(self, header: str | None) -> bool:
        if self.token is None:
            return True
        scheme, _, credentials = (header or "").strip().partition(" ")
        if scheme.lower() != "bearer":
            return False
        given = credentials.strip().encode("utf-8", "surrogateescape")
        return hmac.compare_digest(given, self.token.encode("utf-8", "surrogateescape"))

    def check(self, req: CheckRequest) -> Report:
        from provenance.api import check_one

        if req.library and not self.library:
            raise RequestError(
                400, "no_library", "no library configured: start the service with --library DB", field="library"
            )
        settings, stage = self.settings, self.stage
        if req.lexical_only:
            settings, stage = self.lexical_settings, None
        elif req.lexical_only is False and stage is None:
            raise _bad("lexical_only", "this service runs without models (--lexical-only); omit the field or send true")
        article = _text(req.text, req.id, "text")
        sources = [_text(text, sid, f"sources[{i}].text") for i, (sid, text) in enumerate(req.sources)]
        return check_one(article, sources, settings, stage, library=self.library if req.library else None)

    def render(self, report: Report, fmt: str) -> bytes:
        if fmt == "json":
            return json.dumps(report.to_dict(), ensure_ascii=False).encode("utf-8")
        from provenance.render import render

        return render([report], fmt).encode("utf-8")


def _text(text: str, doc_id: str, where: str) -> Text:
    try:
        return text_from_string(text, id=doc_id)
    except InputError as e:
        raise RequestError(400, e.code, f"{where}: {e.message}", field=where) from None


# --- HTTP ----------------------------------------------------------------------------------------


class Server(BoundedServer, ThreadingHTTPServer):
    """A ThreadingHTTPServer that holds the Service and counts the requests in progress."""

    daemon_threads = True  # idle keep-alive connections must not hold the process open on shutdown
    request_queue_size = LISTEN_BACKLOG

    def __init__(self, address: tuple[str, int], service: Service, *, log: TextIO | None = None) -> None:
        self.service, self.log = service, log
        self.stopping = False
        self._busy = 0
        self._idle = threading.Condition()
        if ":" in address[0]:  # an IPv6 address such as ::1
            self.address_family = socket.AF_INET6
        super().__init__(address, Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = str(host)
        return f"http://{'[' + host + ']' if ':' in host else host}:{port}"

    @contextlib.contextmanager
    def busy(self) -> Iterator[None]:
        with self._idle:
            self._busy += 1
        try:
            yield
        finally:
            with self._idle:
                self._busy -= 1
                self._idle.notify_all()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """An error outside a request's handling (a socket torn down mid-way): log it, keep serving."""
        if self.log is not None:
            self.log.write(f"{client_address[0]} connection error: {sys.exc_info()[1]!r}\n")

    def wait_idle(self, timeout: float) -> bool:
        """Wait for the requests in progress; False when some were still running at the timeout."""
        with self._idle:
            return self._idle.wait_for(lambda: self._busy == 0, timeout)


class Handler(HeaderDeadline, BaseHTTPRequestHandler):
    server: Server
    protocol_version = "HTTP/1.1"  # keep-alive: a CMS reuses its connection
    server_version = f"provenance/{__version__}"
    sys_version = ""
    timeout = SOCKET_TIMEOUT_S

    def setup(self) -> None:
        super().setup()
        # Headers and body go out as two writes; without TCP_NODELAY, Nagle's algorithm holds the second
        # until the client's delayed ACK (about 40 ms on Linux), which would dominate every short answer.
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    # -- routing

    def do_GET(self) -> None:
        self._route("GET")

    def do_POST(self) -> None:
        self._route("POST")

    def _other(self) -> None:
        self._route(self.command)

    do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _other

    def _route(self, method: str) -> None:
        started = time.perf_counter()
        status = 500
        try:
            status = self._dispatch(method)
        except RequestError as e:
            status = e.status
            self._refuse(e)
        except ConnectionError:  # the client went away: nobody to answer
            status, self.close_connection = 499, True
        except TimeoutError:
            status = 408
            self._refuse(RequestError(408, "timeout", "the request was not received in time"))
        except Exception:  # the service answers and keeps serving whatever a request does
            status = 500
            traceback.print_exc(file=self.server.log or sys.stderr)
            self._refuse(RequestError(500, "internal", "internal error; the service logged it"))
        finally:
            self._log(status, started)

    def _dispatch(self, method: str) -> int:
        self._precheck(method)
        if method == "GET":
            return self._healthz()
        return self._check()

    def _precheck(self, method: str) -> int:
        """Path, method, token and length: everything decided before the body is read. Returns the length."""
        path = urlsplit(self.path).path
        allowed = {HEALTH_PATH: "GET", CHECK_PATH: "POST"}.get(path)
        if allowed is None:
            raise RequestError(
                404, "not_found", f"no such endpoint {path!r}; use POST {CHECK_PATH} or GET {HEALTH_PATH}"
            )
        if method != allowed:
            raise RequestError(405, "method_not_allowed", f"{path} answers {allowed} only")
        if method == "GET":
            return 0
        if not self.server.service.authorized(self.headers.get("Authorization")):
            raise RequestError(401, "unauthorized", "a valid 'Authorization: Bearer <token>' header is required")
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower() or "Content-Length" not in self.headers:
            raise RequestError(411, "length_required", "send the body with a Content-Length header")
        try:
            length = int(self.headers["Content-Length"])
        except ValueError:
            length = -1
        if length < 0:
            raise RequestError(400, "bad_length", "Content-Length must be a non-negative integer")
        limit = self.server.service.max_bytes
        if length > limit:
            raise RequestError(413, "too_large", f"the body has {length} bytes; this service accepts at most {limit}")
        return length

    def handle_expect_100(self) -> bool:
        """``Expect: 100-continue``: refuse before the client sends its body, or invite it."""
        try:
            self._precheck(self.command)
        except RequestError as e:
            self.close_connection = True
            self._send(e.status, e.body(), close=True)
            self._log(e.status, time.perf_counter())
            return False
        return super().handle_expect_100()

    # -- endpoints

    def _healthz(self) -> int:
        status = 503 if self.server.stopping else 200
        body = {"status": "stopping" if self.server.stopping else "ok", "version": __version__}
        self._send(status, body)
        return status

    def _check(self) -> int:
        raw = self._read_body(int(self.headers["Content-Length"]))
        service = self.server.service
        req = parse_request(parse_body(raw))
        with self.server.busy():
            try:
                report = service.check(req)
            except RequestError:
                raise
            except ProvenanceError as e:
                raise RequestError(400 if isinstance(e, InputError) else 500, e.code, e.message) from None
        passed = gate(report, service.settings)
        headers = {"Provenance-Gate": "pass" if passed else "fail"}
        self._send(200, service.render(report, req.format), content_type=RESPONSE_TYPES[req.format], headers=headers)
        return 200

    def _read_body(self, length: int) -> bytes:
        deadline = time.monotonic() + BODY_TIMEOUT_S
        chunks, got = [], 0
        while got < length:
            if time.monotonic() > deadline:
                raise TimeoutError
            chunk = self.rfile.read1(min(65536, length - got))
            if not chunk:
                self.close_connection = True
                raise RequestError(400, "incomplete_body", f"the body ended after {got} of {length} bytes")
            chunks.append(chunk)
            got += len(chunk)
        return b"".join(chunks)

    # -- responses

    def _refuse(self, e: RequestError) -> None:
        """Answer an error. A body left unread is drained a little after the answer, then the connection closes."""
        unread = e.status in (401, 411, 413) and self.command == "POST"
        headers = {"WWW-Authenticate": 'Bearer realm="provenance"'} if e.status == 401 else {}
        if e.status == 405:
            headers["Allow"] = "GET" if urlsplit(self.path).path == HEALTH_PATH else "POST"
        self._send(e.status, e.body(), headers=headers, close=unread or e.status >= 500)
        if unread:
            self._linger()

    def _linger(self) -> None:
        try:
            declared = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            declared = 0
        left = min(max(declared, 0), DRAIN_BYTES) if declared else DRAIN_BYTES
        deadline = time.monotonic() + LINGER_S
        try:
            self.connection.shutdown(socket.SHUT_WR)
            self.connection.settimeout(LINGER_S)
            while left > 0 and time.monotonic() < deadline:
                chunk = self.connection.recv(min(65536, left))
                if not chunk:
                    break
                left -= len(chunk)
        except OSError:
            pass

    def _send(
        self, status: int, body: dict[str, Any] | bytes, *, content_type: str = RESPONSE_TYPES["json"],
        headers: Mapping[str, str] | None = None, close: bool = False,
    ) -> None:  # fmt: skip
        data = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode("utf-8")
        close = close or self.close_connection or self.server.stopping
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        if content_type.startswith("text/html"):
            from provenance.render.html import CSP

            self.send_header("Content-Security-Policy", CSP)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Errors http.server raises itself (a bad request line, headers too long) answer JSON too."""
        try:
            phrase = HTTPStatus(code).phrase
        except ValueError:
            phrase = "error"
        self.close_connection = True
        if self.request_version == "HTTP/0.9":  # a garbled request line: answer with a status line all the same
            self.request_version = "HTTP/1.0"
        err = RequestError(code, phrase.lower().replace(" ", "_"), message or phrase)
        self._send(code, err.body(), close=True)

    # -- logging: one line a request, no bodies, no headers (the token stays out of logs)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.log is not None:
            self.server.log.write(f"{self.address_string()} {format % args}\n")

    def _log(self, status: int, started: float) -> None:
        if self.server.log is not None:
            ms = (time.perf_counter() - started) * 1000
            path = urlsplit(self.path).path
            self.server.log.write(f"{self.address_string()} {self.command} {path} {status} {ms:.0f}ms\n")
            self.server.log.flush()


# --- starting and stopping -----------------------------------------------------------------------


def token_from_env(env: Mapping[str, str] | None = None) -> str | None:
    """PROVENANCE_TOKEN, or None when unset. Set but empty is refused: it would look protected and not be."""
    env = os.environ if env is None else env
    token = env.get("PROVENANCE_TOKEN")
    if token is None:
        return None
    if not token.strip():
        raise SettingsError("PROVENANCE_TOKEN is set but empty; set a secret or unset it")
    return token.strip()


def make_server(
    settings: Settings,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    *,
    library: str | None = None,
    max_bytes: int | None = None,
    token: str | _Env | None = FROM_ENV,
    log: TextIO | None = None,
) -> Server:
    """A bound server, models loaded, not yet serving: call ``serve_forever()`` (or :func:`run`).

    ``port=0`` binds an ephemeral port (``server.url`` says which). ``token`` defaults to PROVENANCE_TOKEN;
    None turns authentication off. ``log`` receives one line a request.
    """
    secret = token_from_env() if isinstance(token, _Env) else token
    service = Service.start(settings, library=library, token=secret, max_bytes=max_bytes)
    try:
        return Server((host, port), service, log=log)
    except OSError as e:
        raise ProvenanceError(f"cannot listen on {host}:{port}: {e.strerror or e}", code="listen") from None


def run(server: Server, *, grace: float = SHUTDOWN_GRACE_S) -> bool:
    """Serve until SIGINT or SIGTERM, then finish the requests in progress. True when all finished in time."""
    import signal

    def stop(signum: int, frame: Any) -> None:
        server.stopping = True
        threading.Thread(target=server.shutdown, daemon=True).start()  # shutdown() waits for serve_forever

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.stopping = True
        finished = server.wait_idle(grace)
        server.server_close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return finished
