"""What every command shares: exit statuses, the option decorators (each option declared once, here), and the
one writer output leaves through.

A command stacks the decorators it needs, in this order of help: sources, output, gate, settings, verbosity.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click

from provenance.errors import ProvenanceError

EXIT_OK, EXIT_FAILED, EXIT_UNCHECKABLE = 0, 1, 2
REPORT_FORMATS = ("text", "json", "jsonl", "markdown", "html")
F = TypeVar("F", bound=Callable[..., Any])


def _stack(*decorators: Callable[[F], F]) -> Callable[[F], F]:
    """Decorators applied so that their options show in the order written."""

    def apply(fn: F) -> F:
        for d in reversed(decorators):
            fn = d(fn)
        return fn

    return apply


# --- sources -------------------------------------------------------------------------------------------

source_option = click.option(
    "--source", "-s", "sources", multiple=True, metavar="PATH",
    help="A primary source: a file, a folder or - for stdin; may repeat.",
)  # fmt: skip


def library_option(*, alias_db: bool = False, help: str | None = None) -> Callable[[F], F]:
    """``--library DB`` (``--db`` too where the library commands always took it)."""
    names = ("--library", "--db")[: 2 if alias_db else 1]
    return click.option(
        *names, "library", metavar="DB", default=None,
        help=help or "A source library built by 'provenance library add': the sources an article draws on are "
        "picked from it.",
    )  # fmt: skip


# --- output --------------------------------------------------------------------------------------------

FORMAT_HELP = {
    "text": "for people: the verdict first, then findings, quotes and passages (the default, wherever it goes)",
    "json": "one report object (REPORT.md); an array for several files",
    "jsonl": "one report a line",
    "markdown": "for tickets and pull requests",
    "html": "one self-contained page",
    "csv": "a summary row an article",
}


def format_option(formats: Sequence[str], default: str | None = "text", **kw: Any) -> Callable[[F], F]:
    help_text = "; ".join(f"{f}: {FORMAT_HELP[f]}" for f in formats) + "."
    if kw.pop("from_extension", False):
        help_text += " Default: from the --out extension."
    elif default is None:
        help_text += " Default: text, or what the --out extension names (.json, .jsonl, .md, .html)."
    return click.option(
        "--format", "fmt", type=click.Choice(list(formats)), default=default, show_default=default is not None,
        help=help_text, **kw,
    )  # fmt: skip


def out_option(
    help: str = "Write to this file instead of standard output.", *, required: bool = False
) -> Callable[[F], F]:
    return click.option(
        "--out", "-o", "out", type=click.Path(dir_okay=False), metavar="PATH", required=required, help=help
    )


# With --out and no --format, the file's extension names the format; anything else is text.
EXTENSION_FORMATS = {".json": "json", ".jsonl": "jsonl", ".md": "markdown", ".html": "html", ".htm": "html"}


def output_options(fn: F) -> F:
    """--format and -o/--out: the output options every reporting command shares."""
    return _stack(format_option(REPORT_FORMATS, default=None), out_option())(fn)


def report_format(fmt: str | None, out: str | None) -> str:
    """The format asked for; else text, or what --out's extension names (report.html: html)."""
    if fmt:
        return fmt
    return EXTENSION_FORMATS.get(os.path.splitext(out or "")[1].lower(), "text")


# --- the gate ------------------------------------------------------------------------------------------

gate_options = _stack(
    click.option(
        "--fail-on", metavar="WHAT", default=None,
        help="A check fails on a finding of this severity or worse (error, warning, info; never: no finding "
        "fails), or with one of these codes; comma-separated: --fail-on error,QUOTE_UNSUPPORTED. Default: error.",
    ),
    click.option("--fail-under", type=float, metavar="SCORE", help="A check fails when fidelity is below this (0..1)."),
    click.option(
        "--severity", "severity", multiple=True, metavar="CODE=LEVEL",
        help="Raise or lower a finding code: --severity QUOTE_UNSUPPORTED=error; may repeat.",
    ),
    click.option(
        "--preset", metavar="NAME", default=None,
        help="A named gate under your own settings: newsroom (see docs/ci-recipe.md).",
    ),
)  # fmt: skip


def gate_flags(
    fail_on: str | None, fail_under: float | None, severity: Sequence[str], preset: str | None
) -> dict[str, Any]:
    """The gate options as settings flags (None: not given, so the file or environment decides)."""
    return {"fail_on": fail_on, "fail_under": fail_under, "severity": tuple(severity) or None, "preset": preset}


# --- settings ------------------------------------------------------------------------------------------

model_option = click.option(
    "--model", metavar="NAME_OR_PATH", help="A model name (see 'provenance models') or a local model folder."
)
lexical_option = click.option(
    "--lexical-only", is_flag=True, default=None, help="Load no model: lexical kinds only (fast, no extras)."
)
config_option = click.option(
    "--config", type=click.Path(dir_okay=False), metavar="PATH",
    help="A settings file (default: provenance.toml, or [tool.provenance] in pyproject.toml).",
)  # fmt: skip


def max_bytes_option(what: str = "input file") -> Callable[[F], F]:
    return click.option(
        "--max-bytes", type=int, metavar="N", help=f"Largest {what} accepted, in bytes (default 8 MiB)."
    )


def settings_options(fn: F) -> F:
    """--model, --lexical-only, --max-bytes, --config: what every checking command reads its settings from."""
    return _stack(model_option, lexical_option, max_bytes_option(), config_option)(fn)


# --- verbosity -----------------------------------------------------------------------------------------

verbosity_options = _stack(
    click.option("--quiet", "-q", is_flag=True, help="Nothing on stderr but errors."),
    click.option("--verbose", "-v", is_flag=True, help="Also say on stderr what is loaded and how long it took."),
)


class Notes:
    """The lines a command writes on stderr: progress notes (not with -q), details (only with -v)."""

    def __init__(self, quiet: bool = False, verbose: bool = False) -> None:
        self.quiet, self.verbose = quiet, verbose and not quiet

    def __call__(self, msg: str) -> None:
        if not self.quiet:
            click.echo(msg, err=True)

    def detail(self, msg: str) -> None:
        if self.verbose:
            click.echo(msg, err=True)

    def on_terminal(self, msg: str) -> None:
        """A note only a person watching needs ("loading models…"): on a terminal, never with -q."""
        if not self.quiet and sys.stderr.isatty():
            click.echo(msg, err=True)


# --- writing -------------------------------------------------------------------------------------------


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


def colour(out: str | None) -> bool:
    """Colour only when writing to a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return out is None and not os.environ.get("NO_COLOR") and sys.stdout.isatty()


def to_terminal(out: str | None) -> bool:
    return out is None and sys.stdout.isatty()
