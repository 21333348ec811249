"""The command line: each command parses its options, calls the library, and hands strings to one writer.

Library errors (``ProvenanceError``) and bad options become one line on stderr and exit status 2.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence

import click

from provenance.cli.bulk import audit, library
from provenance.cli.options import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_UNCHECKABLE,
    Notes,
    colour,
    format_option,
    gate_flags,
    gate_options,
    library_option,
    output_options,
    report_format,
    settings_options,
    source_option,
    to_terminal,
    verbosity_options,
    write,
)
from provenance.cli.serve import serve
from provenance.errors import ProvenanceError, SettingsError
from provenance.version import __version__

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT, invoke_without_command=True)
@click.version_option(__version__, prog_name="provenance")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Check where a news article's quotes and passages come from, and where they drift.

    Example: provenance check examples/draft-fail.txt --source examples/statement.txt
    """
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())


@cli.command(short_help="Check drafts against their sources: a verdict, findings, quotes.")
@click.argument("files", nargs=-1, required=True)
@source_option
@library_option()
@click.option(
    "--no-sources", is_flag=True,
    help="Check with no source at all: markers and language only; quotes are listed, not checked.",
)  # fmt: skip
@output_options
@gate_options
@settings_options
@verbosity_options
def check(
    files: Sequence[str], sources: Sequence[str], library: str | None, no_sources: bool, fmt: str | None,
    out: str | None, fail_on: str | None, fail_under: float | None, severity: Sequence[str], preset: str | None,
    model: str | None, lexical_only: bool | None, max_bytes: int | None, config: str | None, quiet: bool,
    verbose: bool,
) -> None:  # fmt: skip
    """Check articles against primary sources: a PASS/FAIL verdict, findings, quotes beside their source,
    passages and drift, and a fidelity score.

    FILE: .txt, .md, .html, .json/.jsonl records, a folder, or - for stdin. Give the sources with --source
    or --library; a check with neither stops (exit 2) unless --no-sources asks for markers and language only.

    Exit status: 0 passed, 1 failed --fail-on/--fail-under (the verdict is also printed on stderr), 2 could
    not check.

    Example: provenance check examples/draft-fail.txt --source examples/statement.txt
    """
    from provenance import api
    from provenance.render import render

    if no_sources and (sources or library):
        raise SettingsError("--no-sources cannot be combined with --source or --library")
    notes = Notes(quiet, verbose)
    fmt = report_format(fmt, out)
    started = time.monotonic()
    settings = api.settings_from(
        config, **gate_flags(fail_on, fail_under, severity, preset), model=model, lexical_only=lexical_only,
        max_bytes=max_bytes,
    )  # fmt: skip
    reports = api.check_paths(
        files, sources, settings, library=library, note=notes.on_terminal, require_sources=not no_sources
    )
    notes.detail(f"provenance: checked {len(reports)} article(s) in {time.monotonic() - started:.2f} s")
    write(render(reports, fmt, color=fmt == "text" and colour(out)), out)
    verdicts = [(r, api.verdict(r, settings)) for r in reports]
    failed = [(r, v) for r, v in verdicts if not v.passed]
    if failed and not (fmt == "text" and to_terminal(out)):  # on a terminal the report's first line says it
        for r, v in failed:
            notes(f"provenance: {r.document.path}: {v.summary}")
    if failed:
        raise click.exceptions.Exit(EXIT_FAILED)


@cli.command(short_help="List the models that resolve here and the stage each serves.")
@format_option(("text", "json"))
def models(fmt: str) -> None:
    """List the models that resolve here, where from, and which stage each would serve.

    Example: provenance models --format json
    """
    from provenance import api

    write(api.models_listing(fmt), None)


# --- the commands of the other modules ---
cli.add_command(audit)
cli.add_command(library)
cli.add_command(serve)


# click >= 8.2 raises this for a group given no command; older clicks print the help themselves.
NoArgsIsHelp: type[click.UsageError] = getattr(
    click.exceptions, "NoArgsIsHelpError", type("_Never", (click.UsageError,), {})
)


def _one_line(msg: str) -> str:
    return " ".join(str(msg).split())


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: run the CLI, turning every error into one line and exit status 2."""
    try:
        code = cli.main(args=list(argv) if argv is not None else None, prog_name="provenance", standalone_mode=False)
    except click.exceptions.Exit as e:  # pragma: no cover - click returns these in non-standalone mode
        code = e.exit_code
    except NoArgsIsHelp as e:  # a group given no command: its help, as --help prints it
        click.echo(e.ctx.get_help() if e.ctx else "")
        code = EXIT_OK
    except click.ClickException as e:
        click.echo(f"provenance: error: {_one_line(e.format_message())}", err=True)
        code = EXIT_UNCHECKABLE
    except click.exceptions.Abort:
        click.echo("provenance: aborted", err=True)
        code = EXIT_UNCHECKABLE
    except ProvenanceError as e:
        click.echo(f"provenance: error: {_one_line(e.message)}", err=True)
        code = EXIT_UNCHECKABLE
    except BrokenPipeError:
        code = EXIT_OK
    except Exception as e:
        if os.environ.get("PROVENANCE_DEBUG"):
            raise
        click.echo(f"provenance: internal error: {type(e).__name__}: {_one_line(str(e))} "
                   "(set PROVENANCE_DEBUG=1 for a traceback)", err=True)  # fmt: skip
        code = EXIT_UNCHECKABLE
    sys.exit(code if isinstance(code, int) else EXIT_OK)
