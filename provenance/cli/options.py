"""What every command shares: exit statuses, option decorators, and the one writer output leaves through."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any

import click

from provenance.errors import ProvenanceError

EXIT_OK, EXIT_FAILED, EXIT_UNCHECKABLE = 0, 1, 2


def output_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The output options every reporting command shares."""

    @click.option(
        "--format", "fmt", type=click.Choice(["text", "json", "jsonl", "html", "markdown"]), default=None,
        help="Output format (default: text on a terminal, json otherwise).",
    )  # fmt: skip
    @click.option("--out", "out", type=click.Path(dir_okay=False, writable=True), help="Write to this file.")
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return fn(*args, **kwargs)

    return wrapper


def write(text: str, out: str | None) -> None:
    """The one place output leaves the program."""
    if out:
        try:
            with open(out, "w", encoding="utf-8") as fh:
                fh.write(text)
        except OSError as e:
            raise ProvenanceError(f"cannot write {out}: {e.strerror}", code="output") from None
    else:
        click.echo(text, nl=False)


def default_format(fmt: str | None, out: str | None) -> str:
    if fmt:
        return fmt
    return "text" if out is None and sys.stdout.isatty() else "json"
