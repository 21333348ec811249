"""``provenance serve``: the click command. The service itself is :mod:`provenance.serve`."""

from __future__ import annotations

import sys

import click

from provenance.errors import ProvenanceError

LOOPBACK = ("127.0.0.1", "::1", "localhost")


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8750, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free).")
@click.option("--library", "library", help='A source library for requests that send "library": true.')
@click.option("--max-bytes", type=int, help="Largest request body accepted, in bytes (default 8 MiB); larger: 413.")
@click.option("--model", help="A model name (see 'provenance models') or a local model folder.")
@click.option("--lexical-only", is_flag=True, default=None, help="Load no model: lexical kinds only.")
@click.option("--config", type=click.Path(dir_okay=False), help="A settings file (default: provenance.toml).")
@click.option("--quiet", is_flag=True, help="No access log on stderr.")
def serve(
    host: str, port: int, library: str | None, max_bytes: int | None, model: str | None,
    lexical_only: bool | None, config: str | None, quiet: bool,
) -> None:  # fmt: skip
    """Answer checks over HTTP: POST /v1/check with {"text": ..., "sources": [{"id": ..., "text": ...}]}
    (or "library": true) returns the report as JSON; GET /healthz says the service is up.

    With PROVENANCE_TOKEN set, POST /v1/check needs 'Authorization: Bearer <token>'. Models load once, at
    start. Stop with Ctrl-C or SIGTERM: requests in progress finish first.

    Example: PROVENANCE_TOKEN=s3cret provenance serve --port 8750 --library sources.db
    """
    from provenance import api
    from provenance import serve as service

    settings = api.settings_from(config, model=model, lexical_only=lexical_only, max_bytes=max_bytes)
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
