"""Bulk audits: many articles against the same sources (or a source library), one output row per article.

1. plan      the output is checked (``.jsonl`` or ``.csv``); with ``resume`` its torn last line is cut off
             and the rows it holds are counted by key (the article's ``path``; records ``file.jsonl#id``)
2. inputs    folders, globs and JSONL streams through ``load.iter_inputs``; a bad file or record becomes an
             error row; inputs the output already holds are skipped
3. engine    :mod:`provenance.audit.engines`: ``local`` (this process or a pool) or ``dask``
4. write     :mod:`provenance.audit.rows`: each row one ``write`` of a whole line, synced every second
5. summary   articles, mean fidelity, the worst ten, errors; and the lineage of altered quotes on request

The same article gives the same row in every engine and on every run: reports hold no times.
"""

from __future__ import annotations

import dataclasses
import glob
import hashlib
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from provenance.api import load_sources
from provenance.audit.engines import ENGINES, AuditConfig, Item, dask_rows, limit_threads, local_rows
from provenance.audit.lineage import lineage, to_json
from provenance.audit.rows import (
    CSV_COLUMNS,
    RowWriter,
    csv_line,
    one_line,
    open_locked,
    output_format,
    read_done,
    repair,
)  # fmt: skip
from provenance.errors import InputError, ProvenanceError, SettingsError
from provenance.library import Library
from provenance.pipeline.load import KNOWN_EXTENSIONS, iter_inputs
from provenance.report import ERROR_SCHEMA
from provenance.settings import Settings

# The worst articles listed in the closing summary.
WORST_SHOWN = 10
# Errors listed in the closing summary (all are in the output).
ERRORS_SHOWN = 10


# ---------------------------------------------------------------------------------------------- inputs


def expand(inputs: Sequence[str]) -> list[str]:
    """Inputs with globs expanded (sorted), for shells that pass them through quoted; a glob that matches
    nothing stays as it is and becomes an error row."""
    out: list[str] = []
    for p in inputs:
        if p != "-" and not os.path.exists(p) and glob.has_magic(p):
            out += sorted(glob.glob(p, recursive=True)) or [p]
        else:
            out.append(p)
    return out


def items_of(inputs: Sequence[str], max_bytes: int, skip: Sequence[str] = ()) -> Iterator[Item]:
    """``(key, Text)`` or ``(key, (code, message))`` for every input; the files in ``skip`` (the audit's own
    output) are left out."""
    own = {os.path.realpath(p) for p in skip}
    for key, got in iter_inputs(expand(inputs), max_bytes=max_bytes):
        if os.path.realpath(key.split("#", 1)[0]) in own:
            continue
        if isinstance(got, InputError):
            yield key, (got.code, got.message)
        else:
            yield key, got


def pending(items: Iterable[Item], done: Counter[str], key_of: Callable[[str], str] = str) -> Iterator[Item]:
    """The items whose rows the output does not hold yet (a key held twice skips two inputs of that key);
    ``key_of`` maps an input's key to the form the output holds."""
    left = Counter(done)
    for item in items:
        key = key_of(item[0])
        if left[key] > 0:
            left[key] -= 1
            continue
        yield item


def estimate_total(inputs: Sequence[str]) -> int | None:
    """About how many articles the inputs hold (for the progress bar): files, and lines of JSONL files."""
    n = 0
    for p in expand(inputs):
        if p == "-":
            return None
        files = [p]
        if os.path.isdir(p):
            files = [os.path.join(r, f) for r, _, fs in os.walk(p) for f in fs if f.lower().endswith(KNOWN_EXTENSIONS)]
        for f in files:
            if f.lower().endswith(".jsonl"):
                try:
                    with open(f, "rb") as fh:
                        n += sum(1 for line in fh if line.strip())
                except OSError:
                    n += 1
            else:
                n += 1
    return n


# ---------------------------------------------------------------------------------------------- the audit


@dataclass
class Summary:
    rows: list[dict[str, Any]] = field(default_factory=list)
    resumed: int = 0
    seconds: float = 0.0

    @property
    def checked(self) -> int:
        return len(self.rows) - self.resumed

    def errors(self) -> list[dict[str, Any]]:
        return [r for r in self.rows if r.get("error")]

    def scored(self) -> list[dict[str, Any]]:
        return [r for r in self.rows if r.get("fidelity") is not None]

    def mean_fidelity(self) -> float | None:
        s = self.scored()
        return sum(r["fidelity"] for r in s) / len(s) if s else None

    def worst(self, n: int = WORST_SHOWN) -> list[dict[str, Any]]:
        return sorted(self.scored(), key=lambda r: (r["fidelity"], r["path"]))[:n]

    def text(self, out: str) -> str:
        """The closing summary, for stderr."""
        errors = self.errors()
        rate = f", {self.checked / self.seconds:.1f} articles/s" if self.seconds > 0 and self.checked else ""
        lines = [
            f"audit: {len(self.rows)} articles in {out} ({self.checked} checked now in {self.seconds:.1f} s{rate}; "
            f"{self.resumed} from before), {len(errors)} errors"
        ]
        mean = self.mean_fidelity()
        lines.append(
            f"mean fidelity: {mean:.3f} over {len(self.scored())} scored articles" if mean is not None
            else "mean fidelity: none (no article had a score)"
        )  # fmt: skip
        worst = self.worst()
        if worst:
            lines.append(f"worst {len(worst)}:")
            lines += [f"  {r['fidelity']:.3f}  {r['path']}" for r in worst]
        if errors:
            lines.append(f"errors ({len(errors)}; all are rows in the output):")
            lines += [f"  {r['error']}" for r in errors[:ERRORS_SHOWN]]
            if len(errors) > ERRORS_SHOWN:
                lines.append(f"  ... and {len(errors) - ERRORS_SHOWN} more")
        return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class AuditPlan:
    inputs: tuple[str, ...]
    out: str
    settings: Settings
    sources: tuple[str, ...] = ()
    library: str | None = None
    jobs: int = 1
    engine: str = "local"
    scheduler: str | None = None
    resume: bool = False
    lineage: str | None = None
    progress: bool | None = None  # None: on a terminal only


def _validate(plan: AuditPlan) -> str:
    fmt = output_format(plan.out)
    if not plan.sources and not plan.library:
        raise SettingsError("give the sources to audit against: --source PATH (may repeat) or --library DB")
    if plan.jobs < 1:
        raise SettingsError(f"--jobs must be 1 or more, not {plan.jobs}")
    if plan.engine not in ENGINES:
        raise SettingsError(f"--engine must be one of {', '.join(ENGINES)}, not {plan.engine!r}")
    if plan.scheduler and plan.engine != "dask":
        raise SettingsError("--scheduler needs --engine dask")
    if os.path.isdir(plan.out):
        raise SettingsError(f"--out {plan.out} is a folder; give a .jsonl or .csv file")
    if plan.lineage and not plan.lineage.lower().endswith(".json"):
        raise SettingsError(f"--lineage {plan.lineage}: give a .json file")
    if plan.lineage and os.path.abspath(plan.lineage) == os.path.abspath(plan.out):
        raise SettingsError("--lineage must be another file than --out")
    return fmt


def _token(config: AuditConfig) -> str:
    h = hashlib.sha256(repr((config.settings, config.library, config.fmt)).encode())
    for s in config.sources:
        h.update(s.id.encode() + b"\0" + s.sha256.encode())
    return h.hexdigest()[:16]


def run(plan: AuditPlan, *, echo: Callable[[str], None] | None = None) -> Summary:
    """Run the audit the plan describes; returns the summary (also of rows held from an earlier run)."""
    fmt = _validate(plan)
    limit_threads()
    if plan.library:
        Library(plan.library).close()  # a missing or foreign library stops the audit here, not per row
    config = AuditConfig(plan.settings, tuple(load_sources(plan.sources, plan.settings)), plan.library, fmt)
    config = dataclasses.replace(config, token=_token(config))
    summary = Summary()
    fd = open_locked(plan.out)  # one writer per output, from before its rows are read until the last is written
    try:
        if plan.resume:
            repair(plan.out)
            summary.rows = [_kept(r, bool(plan.lineage)) for r in read_done(plan.out, fmt)]
            summary.resumed = len(summary.rows)
        header = csv_line(CSV_COLUMNS) if fmt == "csv" else None
        writer = RowWriter(plan.out, append=plan.resume, header=header, fd=fd)
    except BaseException:
        os.close(fd)
        raise
    done = Counter(r["path"] for r in summary.rows)
    own = [plan.out, plan.lineage or plan.out]
    items = pending(items_of(plan.inputs, plan.settings.max_bytes, skip=own), done, one_line if fmt == "csv" else str)
    started = last = time.monotonic()
    bar = _progress(plan, summary.resumed)
    try:
        rows = (
            dask_rows(config, items, plan.jobs, plan.scheduler) if plan.engine == "dask"
            else local_rows(config, items, plan.jobs)
        )  # fmt: skip
        for row in rows:
            writer.write(row.line)
            last = time.monotonic()
            summary.rows.append(_kept(row.summary, bool(plan.lineage)))
            if bar is not None:
                bar.update(1)
    except KeyboardInterrupt:
        raise ProvenanceError(
            f"interrupted: {plan.out} holds {len(summary.rows)} whole rows; add --resume to finish the audit",
            code="interrupted",
        ) from None
    finally:
        writer.close()
        if bar is not None:
            bar.close()
        summary.seconds = last - started  # from the start to the last row: not the workers' shutdown
    if plan.lineage:
        _write_lineage(plan, summary, fmt, echo)
    return summary


def _kept(summary: dict[str, Any], lineage: bool) -> dict[str, Any]:
    """What the closing summary (and the lineage) needs of a row: a million rows stay a few hundred MB."""
    kept = {"path": summary["path"], "fidelity": summary["fidelity"], "error": summary["error"]}
    if lineage and summary.get("alterations"):
        kept["alterations"] = summary["alterations"]
    return kept


def _progress(plan: AuditPlan, already: int) -> Any:
    show = plan.progress if plan.progress is not None else sys.stderr.isatty()
    if not show:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    total = estimate_total(plan.inputs)
    return tqdm(total=total, initial=already if total else 0, unit="article", file=sys.stderr, dynamic_ncols=True)


def _write_lineage(plan: AuditPlan, summary: Summary, fmt: str, echo: Callable[[str], None] | None) -> None:
    assert plan.lineage is not None
    if fmt == "csv" and summary.resumed and echo is not None:
        echo(f"note: the lineage leaves out the {summary.resumed} rows of the earlier run (CSV rows hold no quotes)")
    rows = (
        {"schema": "provenance.report/1" if not r.get("error") else ERROR_SCHEMA,
         "document": {"path": r["path"]}, "quotes": r.get("alterations") or []}
        for r in summary.rows
    )  # fmt: skip
    try:
        with open(plan.lineage, "w", encoding="utf-8") as fh:
            fh.write(to_json(lineage(rows)))
    except OSError as e:
        raise SettingsError(f"--lineage {plan.lineage}: cannot write ({e.strerror})") from None
