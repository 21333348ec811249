"""``provenance serve``: the click command. The service itself is :mod:`provenance.serve`."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import click

from provenance.cli.options import (
    config_option,
    gate_flags,
    gate_options,
    lexical_option,
    library_option,
    max_bytes_option,
    model_option,
)
from provenance.errors import ProvenanceError, SettingsError
from provenance.settings import Settings

LOOPBACK = ("127.0.0.1", "::1", "localhost")


@click.command("serve", short_help="Answer checks over HTTP (POST /v1/check) for a CMS.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8750, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free).")
@library_option(help='A source library for requests that send "library": true.')
@gate_options
@model_option
@lexical_option
@max_bytes_option("request body (larger: 413)")
@config_option
@click.option(
    "--workers", type=click.IntRange(1, 64), default=None,
    help="Serve with uvicorn (the ASGI app) in this many processes, each loading the models once; adds "
    "/readyz, /openapi.json and request ids. Needs the serve extra. Default: the built-in server, one process.",
)  # fmt: skip
@click.option("--quiet", "-q", is_flag=True, help="No access log on stderr.")
def serve(
    host: str, port: int, library: str | None, fail_on: str | None, fail_under: float | None,
    severity: Sequence[str], preset: str | None, model: str | None, lexical_only: bool | None,
    max_bytes: int | None, config: str | None, workers: int | None, quiet: bool,
) -> None:  # fmt: skip
    """Answer checks over HTTP: POST /v1/check with {"text": ..., "sources": [{"id": ..., "text": ...}]}
    (or "library": true) returns the report as JSON, its verdict under the gate options in the report and the
    Provenance-Gate header; GET /healthz says the service is up.

    With PROVENANCE_TOKEN set, POST /v1/check needs 'Authorization: Bearer <token>'. Models load once, at
    start. Stop with Ctrl-C or SIGTERM: requests in progress finish first.

    With --workers N the service runs on uvicorn in N processes (pip install 'provenance[serve]'):
    the same routes, limits and answers, plus GET /readyz (models loaded), GET /openapi.json and an
    X-Request-Id on every answer and log line.

    Example: PROVENANCE_TOKEN=s3cret provenance serve --port 8750 --library sources.db --workers 2
    """
    from provenance import api
    from provenance import serve as service

    settings = api.settings_from(
        config, **gate_flags(fail_on, fail_under, severity, preset), model=model, lexical_only=lexical_only,
        max_bytes=max_bytes,
    )  # fmt: skip
    if workers is not None:
        _serve_asgi(settings, host, port, workers, library, config, quiet, model=model, lexical_only=lexical_only,
                    gate=gate_flags(fail_on, fail_under, severity, preset))  # fmt: skip
        return
    if not settings.lexical_only and sys.stderr.isatty():
        click.echo("provenance serve: loading models…", err=True)
    server = service.make_server(
        settings, host, port, library=library, max_bytes=settings.max_bytes, log=None if quiet else sys.stderr
    )
    auth = "token required" if server.service.token else "no token (set PROVENANCE_TOKEN to require one)"
    models = "lexical only" if server.service.stage is None else "models loaded"
    click.echo(f"provenance serve: listening on {server.url} ({models}; {auth})", err=True)
    if server.service.token is None and host not in LOOPBACK:
        click.echo(f"provenance serve: warning: {host} is reachable from other machines and no token is set", err=True)
    if not service.run(server):
        raise ProvenanceError("stopped before every request in progress had finished", code="shutdown")
    click.echo("provenance serve: stopped", err=True)


def _serve_asgi(
    settings: Settings, host: str, port: int, workers: int, library: str | None, config: str | None, quiet: bool,
    *, model: str | None, lexical_only: bool | None, gate: dict[str, Any],
) -> None:  # fmt: skip
    """uvicorn in ``workers`` processes; settings, token and library are checked here first (exit 2, one line)."""
    import importlib.util

    if not all(importlib.util.find_spec(m) for m in ("starlette", "uvicorn")):
        raise SettingsError("--workers needs Starlette and uvicorn: pip install 'provenance[serve]'")
    from provenance.serve import token_from_env
    from provenance.serve.asgi import run

    token = token_from_env()
    if library:
        from provenance.library import Library

        Library(library).close()  # a missing or bad library fails here, not in every worker
    flags = {**gate, "model": model, "lexical_only": lexical_only, "max_bytes": settings.max_bytes}
    auth = "token required" if token else "no token (set PROVENANCE_TOKEN to require one)"
    click.echo(f"provenance serve: uvicorn, {workers} worker(s), on http://{host}:{port} ({auth})", err=True)
    if token is None and host not in LOOPBACK:
        click.echo(f"provenance serve: warning: {host} is reachable from other machines and no token is set", err=True)
    run(host=host, port=port, workers=workers, config=config, flags={k: v for k, v in flags.items() if v is not None},
        library=library, max_bytes=settings.max_bytes, quiet=quiet)  # fmt: skip
    click.echo("provenance serve: stopped", err=True)
