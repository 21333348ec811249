"""``provenance serve --workers N``: the same service as an ASGI app (Starlette) on uvicorn, in N processes.

Same routes, limits and answers as the built-in server (:mod:`provenance.serve`), from the same request
parsing (:func:`parse_body`, :func:`parse_request`) and the same :class:`Service`:

- ``POST /v1/check``: 401 without the token (before anything else), 411 without ``Content-Length``, 413 when it
  is over ``max_bytes`` (before the body is read, and when a body runs past it), 400 malformed JSON, 422 a field
  missing, unknown or wrongly typed; 200 with the report, its verdict and the ``Provenance-Gate`` header.
- ``GET /healthz``: the process is up. ``GET /readyz``: the models are loaded and requests are answered (503
  while they load and while the process stops). ``GET /openapi.json``: the API described (OpenAPI 3.1).
- Every answer carries ``X-Request-Id`` (the client's, when it sends a short printable one; else a new one);
  the access log writes one line a request: client, method, path, status, milliseconds, request id.
- A check runs in a worker thread (``run_in_threadpool``); the semantic stage is serialised per process as in
  the built-in server. Throughput grows with processes: ``--workers N`` starts N, each loading the models once.
- uvicorn stops gracefully on SIGINT/SIGTERM: it stops accepting and lets requests in progress finish.

Starlette and uvicorn come with the ``serve`` extra (``pip install 'provenance[serve]'``); nothing here is
imported unless ``--workers`` asks for it.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import sys
import time
import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from provenance.api import gate
from provenance.errors import InputError, ProvenanceError
from provenance.serve import (
    BODY_TIMEOUT_S,
    CHECK_PATH,
    HEALTH_PATH,
    RESPONSE_TYPES,
    RequestError,
    Service,
    parse_body,
    parse_request,
    token_from_env,
)
from provenance.serve.limits import MAX_CONNECTIONS
from provenance.version import __version__

READY_PATH, OPENAPI_PATH = "/readyz", "/openapi.json"
# A client's X-Request-Id is kept when it is this short and printable (it goes into logs); else a new one.
REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
# The environment variable that hands each uvicorn worker process the service's configuration (JSON).
CONFIG_ENV = "PROVENANCE_SERVE_CONFIG"


def _error(e: RequestError, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(e.body(), status_code=e.status, headers={"Cache-Control": "no-store", **(headers or {})})


class App:
    """The ASGI app: a Starlette router behind a small middleware for request ids, timing and the log."""

    def __init__(self, start: Callable[[], Service], *, log: Any = None) -> None:
        self._start, self.log = start, log
        self.service: Service | None = None
        self.stopping = False
        routes = [
            Route(CHECK_PATH, self.check, methods=["POST"]),
            Route(HEALTH_PATH, self.healthz, methods=["GET"]),
            Route(READY_PATH, self.readyz, methods=["GET"]),
            Route(OPENAPI_PATH, self.openapi, methods=["GET"]),
        ]
        handlers: dict[Any, Any] = {404: self._not_found, 405: self._not_allowed}
        self.router = Starlette(routes=routes, lifespan=self._lifespan, exception_handlers=handlers)

    # -- lifespan: the models load once per process, before /readyz says ready

    def _lifespan(self, app: Starlette) -> Any:
        import contextlib

        @contextlib.asynccontextmanager
        async def span(app: Starlette) -> Any:
            self.service = await run_in_threadpool(self._start)
            yield
            self.stopping = True

        return span(app)

    # -- middleware: request id, timing, one log line

    async def __call__(self, scope: dict[str, Any], receive: Callable[[], Awaitable[Any]], send: Any) -> None:
        if scope["type"] != "http":
            await self.router(scope, receive, send)
            return
        given = dict(scope.get("headers") or []).get(b"x-request-id", b"").decode("latin-1")
        rid = given if REQUEST_ID.fullmatch(given) else uuid.uuid4().hex[:16]
        scope.setdefault("state", {})["request_id"] = rid
        started, status = time.perf_counter(), [500]

        async def send_with_id(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", rid.encode())]
            await send(message)

        try:
            await self.router(scope, receive, send_with_id)
        finally:
            if self.log is not None:
                client = (scope.get("client") or ("-",))[0]
                ms = (time.perf_counter() - started) * 1000
                self.log.write(f"{client} {scope['method']} {scope['path']} {status[0]} {ms:.0f}ms id={rid}\n")
                self.log.flush()

    # -- endpoints

    async def healthz(self, request: Request) -> Response:
        status = 503 if self.stopping else 200
        body = {"status": "stopping" if self.stopping else "ok", "version": __version__}
        return JSONResponse(body, status_code=status, headers={"Cache-Control": "no-store"})

    async def readyz(self, request: Request) -> Response:
        svc = self.service
        ready = svc is not None and not self.stopping
        body: dict[str, Any] = {"status": "ready" if ready else "not_ready", "version": __version__}
        if svc is not None:
            body["models"] = "lexical only" if svc.stage is None else svc.stage.models()
        return JSONResponse(body, status_code=200 if ready else 503, headers={"Cache-Control": "no-store"})

    async def openapi(self, request: Request) -> Response:
        return JSONResponse(OPENAPI)

    async def check(self, request: Request) -> Response:
        svc = self.service
        if svc is None:
            return _error(RequestError(503, "not_ready", "the models are still loading; ask /readyz"))
        if not svc.authorized(request.headers.get("authorization")):
            return _error(RequestError(401, "unauthorized", "missing or wrong bearer token"),
                          {"WWW-Authenticate": 'Bearer realm="provenance"'})  # fmt: skip
        try:
            raw = await self._body(request, svc.max_bytes)
            req = parse_request(parse_body(raw))
            try:
                report = await run_in_threadpool(svc.check, req)
            except RequestError:
                raise
            except ProvenanceError as e:
                raise RequestError(400 if isinstance(e, InputError) else 500, e.code, e.message) from None
        except RequestError as e:
            return _error(e)
        headers = {"Provenance-Gate": "pass" if gate(report, svc.settings) else "fail", "Cache-Control": "no-store",
                   "X-Content-Type-Options": "nosniff"}  # fmt: skip
        if req.format == "html":
            from provenance.render.html import CSP

            headers["Content-Security-Policy"] = CSP
        body = await run_in_threadpool(svc.render, report, req.format)
        return Response(body, media_type=RESPONSE_TYPES[req.format].split(";")[0], headers=headers)

    @staticmethod
    async def _body(request: Request, limit: int) -> bytes:
        length = request.headers.get("content-length")
        if length is None:
            raise RequestError(411, "length_required", "send the body with a Content-Length header")
        if not length.isdigit():
            raise RequestError(400, "bad_content_length", f"Content-Length must be a number, not {length!r}")
        if int(length) > limit:
            raise RequestError(413, "too_large", f"the body is {length} bytes; this service takes at most {limit}")
        chunks: list[bytes] = []

        async def read() -> None:
            got = 0
            async for chunk in request.stream():
                got += len(chunk)
                if got > limit:
                    raise RequestError(413, "too_large", f"the body runs past {limit} bytes")
                chunks.append(chunk)

        try:  # a body sent a byte a minute holds a connection: it gets the stdlib server's deadline
            await asyncio.wait_for(read(), BODY_TIMEOUT_S)
        except TimeoutError:
            raise RequestError(408, "timeout", f"the body did not arrive within {BODY_TIMEOUT_S:.0f} s") from None
        return b"".join(chunks)

    async def _not_found(self, request: Request, exc: Exception) -> Response:
        return _error(RequestError(404, "not_found", f"no such route: {request.url.path}"))

    async def _not_allowed(self, request: Request, exc: Exception) -> Response:
        allow = "POST" if request.url.path == CHECK_PATH else "GET"
        return _error(RequestError(405, "method_not_allowed", f"{request.method} is not allowed here; use {allow}"),
                      {"Allow": allow})  # fmt: skip


# --- the OpenAPI document ------------------------------------------------------------------------------

_ERROR = {"$ref": "#/components/schemas/Error"}
OPENAPI: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "provenance", "version": __version__,
             "description": "Check a news article's quotes and passages against its primary sources."},
    "paths": {
        CHECK_PATH: {"post": {
            "summary": "Check an article against its sources",
            "security": [{"bearer": []}, {}],
            "requestBody": {"required": True, "content": {"application/json": {"schema": {
                "type": "object", "required": ["text"], "additionalProperties": False,
                "properties": {
                    "text": {"type": "string", "description": "the article"},
                    "sources": {"type": "array", "items": {
                        "type": "object", "required": ["id", "text"], "additionalProperties": False,
                        "properties": {"id": {"type": "string"}, "text": {"type": "string"}}}},
                    "library": {"type": "boolean", "description": "also check against the service's library"},
                    "lexical_only": {"type": "boolean"},
                    "format": {"enum": list(RESPONSE_TYPES)},
                    "id": {"type": "string", "description": "the article's id in the report"},
                }}}}},
            "responses": {
                "200": {"description": "the report (docs/report-schema.md); its verdict also in Provenance-Gate",
                        "headers": {"Provenance-Gate": {"schema": {"enum": ["pass", "fail"]}}},
                        "content": {t.split(";")[0]: {} for t in RESPONSE_TYPES.values()}},
                **{str(code): {"description": what, "content": {"application/json": {"schema": _ERROR}}}
                   for code, what in ((400, "malformed JSON or an empty text"), (401, "no or a wrong token"),
                                      (411, "no Content-Length"), (413, "the body is over --max-bytes"),
                                      (422, "a field missing, unknown or wrongly typed"), (503, "not ready"))},
            },
        }},
        HEALTH_PATH: {"get": {"summary": "The process is up", "responses": {"200": {"description": "ok"}}}},
        READY_PATH: {"get": {"summary": "Models loaded, requests answered",
                             "responses": {"200": {"description": "ready"}, "503": {"description": "not yet"}}}},
    },
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {"Error": {"type": "object", "required": ["error"], "properties": {"error": {
            "type": "object", "required": ["code", "message"],
            "properties": {"code": {"type": "string"}, "message": {"type": "string"}, "field": {"type": "string"}},
        }}}},
    },
}  # fmt: skip


# --- starting ------------------------------------------------------------------------------------------


def app_from_env() -> App:
    """The app of one uvicorn worker process, configured by the parent through ``CONFIG_ENV``."""
    from provenance import api

    cfg = json.loads(os.environ[CONFIG_ENV])

    def start() -> Service:
        settings = api.settings_from(cfg["config"], **cfg["flags"])
        return Service.start(settings, library=cfg["library"], token=token_from_env(), max_bytes=cfg["max_bytes"])

    return App(start, log=None if cfg["quiet"] else sys.stderr)


def uvicorn_limits(max_connections: int = MAX_CONNECTIONS) -> dict[str, Any]:
    """The service's bounds on uvicorn, as on the standard-library server: a cap on connections (503 beyond; an
    idle or slow connection counts, so slow headers cannot pile up), idle keep-alive closed after a few
    seconds, and headers no larger than the stdlib server takes."""
    return {"limit_concurrency": max_connections, "timeout_keep_alive": KEEP_ALIVE_S,
            "h11_max_incomplete_event_size": MAX_HEADER_BYTES}  # fmt: skip


# An idle keep-alive connection is closed after this many seconds (a CMS reuses it within a second).
KEEP_ALIVE_S = 5
# Request line and headers together, in bytes: far above any real request's.
MAX_HEADER_BYTES = 64 * 1024


def run(
    *, host: str, port: int, workers: int, config: str | None, flags: dict[str, Any], library: str | None,
    max_bytes: int | None, quiet: bool,
) -> None:  # fmt: skip
    """Serve with uvicorn in ``workers`` processes until SIGINT/SIGTERM (requests in progress finish)."""
    import uvicorn

    os.environ[CONFIG_ENV] = json.dumps(
        {"config": config, "flags": flags, "library": library, "max_bytes": max_bytes, "quiet": quiet}
    )
    uv = uvicorn.Config(
        "provenance.serve.asgi:app_from_env", factory=True, host=host, port=port, workers=workers,
        log_level="warning", access_log=False, timeout_graceful_shutdown=30, proxy_headers=False,
        **uvicorn_limits(),
    )  # fmt: skip
    if workers == 1:
        uvicorn.Server(uv).run()
        return
    import inspect
    import socket

    from uvicorn.supervisors import Multiprocess

    # uvicorn binds the shared socket without IPPROTO_TCP, so asyncio does not set TCP_NODELAY on the connections
    # it accepts, and Nagle's algorithm holds each answer's body (a second write) for the client's delayed ACK:
    # 40 ms an answer. Set on the listening socket, Linux hands it to every accepted connection.
    sock = uv.bind_socket()
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    if "target" in inspect.signature(Multiprocess).parameters:  # uvicorn < 0.36
        Multiprocess(uv, target=uvicorn.Server(uv).run, sockets=[sock]).run()  # type: ignore[call-arg]
    else:
        Multiprocess(uv, sockets=[sock]).run()
