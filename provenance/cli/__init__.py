"""The command line: each command parses its options, calls the library, and hands strings to one writer.

Library errors (``ProvenanceError``) and bad options become one line on stderr and exit status 2.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

import click

from provenance import __version__
from provenance.cli.bulk import audit, library
from provenance.cli.options import EXIT_FAILED, EXIT_OK, EXIT_UNCHECKABLE, default_format, output_options, write
from provenance.cli.serve import serve
from provenance.errors import ProvenanceError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="provenance")
def cli() -> None:
    """Check where a news article's quotes and passages come from, and where they drift.

    Example: provenance check article.txt --source statement.txt
    """


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--source", "-s", "sources", multiple=True, help="A primary source (file, folder or -); may repeat.")
@click.option("--library", "library", help="A source library built by 'provenance library add'.")
@output_options
@click.option("--fail-under", type=float, help="Exit 1 when fidelity is below this (0..1).")
@click.option(
    "--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default=None,
    help="Exit 1 on a finding of this severity or worse (default: error).",
)  # fmt: skip
@click.option("--model", help="A model name (see 'provenance models') or a local model folder.")
@click.option("--lexical-only", is_flag=True, default=None, help="Load no model: lexical kinds only.")
@click.option("--max-bytes", type=int, help="Largest input file accepted, in bytes (default 8 MiB).")
@click.option("--config", type=click.Path(dir_okay=False), help="A settings file (default: provenance.toml).")
def check(
    files: Sequence[str], sources: Sequence[str], library: str | None, fmt: str | None, out: str | None,
    fail_under: float | None, fail_on: str | None, model: str | None, lexical_only: bool | None,
    max_bytes: int | None, config: str | None,
) -> None:  # fmt: skip
    """Check articles against primary sources and report quotes, passages, drift and a fidelity score.

    Exit status: 0 passed, 1 failed --fail-on/--fail-under, 2 could not check.

    Example: provenance check seeds/003_7b8f218a3aff3a56.txt --source seeds/pentagon-hmc-statement.excerpt.txt
    """
    from provenance import api

    settings = api.settings_from(
        config, fail_under=fail_under, fail_on=fail_on, model=model, lexical_only=lexical_only, max_bytes=max_bytes
    )
    reports = api.check_paths(files, sources, settings, library=library)
    fmt = default_format(fmt, out)
    from provenance.render import render

    write(render(reports, fmt, color=fmt == "text" and out is None and sys.stdout.isatty()), out)
    from provenance.api import gate

    if not all(gate(r, settings) for r in reports):
        raise click.exceptions.Exit(EXIT_FAILED)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
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


def _one_line(msg: str) -> str:
    return " ".join(str(msg).split())


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: run the CLI, turning every error into one line and exit status 2."""
    try:
        code = cli.main(args=list(argv) if argv is not None else None, prog_name="provenance", standalone_mode=False)
    except click.exceptions.Exit as e:  # pragma: no cover - click returns these in non-standalone mode
        code = e.exit_code
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
