"""Limits of the standard-library service (issue 17): a deadline for a request's headers and a cap on the
connections served at once. Mixed into :class:`provenance.serve.Server` and :class:`provenance.serve.Handler`.

A per-read socket timeout (``Handler.timeout``) does not bound a client that sends one header byte every few
seconds: each read succeeds. So the server keeps each connection's header deadline, and one reaper thread shuts
down the connections past theirs (the handler's read then ends, and the connection is closed). The body has its
own deadline (``BODY_TIMEOUT_S``); a check's own work is bounded by the settings (``pipeline/bounds.py``).

Each connection holds a thread (``ThreadingHTTPServer``): past ``max_connections`` a new connection is answered
``503`` with ``Retry-After`` and closed at once, so a crowd of idle or slow clients cannot exhaust the process.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from typing import Any

# The request line and headers must arrive within this long from when the server starts reading them (a
# keep-alive connection waiting for its next request counts too: as long as the idle timeout).
HEADER_TIMEOUT_S = 30.0
# Connections served at once (one thread each); a CMS keeps a few open, a balancer a few dozen.
MAX_CONNECTIONS = 64
_BUSY_BODY = b'{"error": {"code": "busy", "message": "too many connections; retry in a second", "field": null}}'
_BUSY = (
    b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json; charset=utf-8\r\nRetry-After: 1\r\n"
    b"Connection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(_BUSY_BODY), _BUSY_BODY)
)


class _State:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.open = 0
        self.deadlines: dict[socket.socket, float] = {}
        self.reaped: set[socket.socket] = set()
        self.reaper: threading.Thread | None = None


class BoundedServer:
    """Mixin for a ``ThreadingHTTPServer``: the connection cap and the header deadlines."""

    max_connections: int = MAX_CONNECTIONS
    header_timeout: float = HEADER_TIMEOUT_S
    _limits_state: _State | None = None

    def _limits(self) -> _State:
        if self._limits_state is None:
            self._limits_state = _State()
        return self._limits_state

    def process_request(self, request: Any, client_address: Any) -> None:
        st = self._limits()
        with st.lock:
            full = st.open >= self.max_connections
            if not full:
                st.open += 1
        if full:
            _turn_away(request)
            self.shutdown_request(request)  # type: ignore[attr-defined]
            return
        try:
            super().process_request(request, client_address)  # type: ignore[misc]
        except BaseException:
            with st.lock:
                st.open -= 1
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)  # type: ignore[misc]
        finally:
            st = self._limits()
            with st.lock:
                st.open -= 1

    @property
    def connections(self) -> int:
        """Connections being served now."""
        return self._limits().open

    def expect_headers(self, conn: socket.socket) -> None:
        st = self._limits()
        with st.lock:
            st.deadlines[conn] = time.monotonic() + self.header_timeout
            if st.reaper is None:
                st.reaper = threading.Thread(target=self._reap, name="provenance-header-reaper", daemon=True)
                st.reaper.start()

    def headers_done(self, conn: socket.socket) -> bool:
        """Forget the connection's deadline; True when the reaper had already cut it off."""
        st = self._limits()
        with st.lock:
            st.deadlines.pop(conn, None)
            if conn in st.reaped:
                st.reaped.discard(conn)
                return True
        return False

    def _reap(self) -> None:
        st = self._limits()
        while True:
            time.sleep(min(1.0, self.header_timeout / 4))
            now = time.monotonic()
            with st.lock:
                late = [c for c, d in st.deadlines.items() if d <= now]
                for c in late:
                    del st.deadlines[c]
                    st.reaped.add(c)
            for c in late:
                with contextlib.suppress(OSError):
                    c.shutdown(socket.SHUT_RDWR)  # the handler's blocked read ends; it closes the connection


class HeaderDeadline:
    """Mixin for a ``BaseHTTPRequestHandler`` of a :class:`BoundedServer`: headers within the deadline."""

    server: Any
    connection: socket.socket
    close_connection: bool

    def handle_one_request(self) -> None:
        self.server.expect_headers(self.connection)
        try:
            super().handle_one_request()  # type: ignore[misc]
        finally:
            if self.server.headers_done(self.connection):
                self.close_connection = True

    def parse_request(self) -> bool:
        ok: bool = super().parse_request()  # type: ignore[misc]
        if self.server.headers_done(self.connection):  # cut off mid-headers: what arrived is not a request
            self.close_connection = True
            return False
        return ok


def _turn_away(request: socket.socket) -> None:
    with contextlib.suppress(OSError):
        request.settimeout(1.0)
        request.sendall(_BUSY)
