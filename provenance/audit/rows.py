"""Audit rows: one output line per article (a JSONL report or a CSV summary row), written whole and read back.

A row is one ``write`` of a whole line, so a killed audit leaves whole rows and at most one torn last line,
which :func:`repair` removes before a resume; :func:`read_done` reads the rows an output already holds.
The CSV columns are :data:`CSV_COLUMNS`, in one place: the contract's columns, then the report's signature.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

try:  # advisory locks: POSIX
    import fcntl
except ImportError:  # pragma: no cover - not on Windows
    fcntl = None  # type: ignore[assignment]

from provenance.audit.lineage import alterations
from provenance.errors import InputError, ProvenanceError, SettingsError
from provenance.render.jsonfmt import to_jsonl_line
from provenance.report import ERROR_SCHEMA

# The CSV header: the contract's summary columns (tests/contract/REPORT.md, "Audit rows"), then what a
# spreadsheet reader asks next (docs/report-schema.md): the verdict (pass/fail under the audit's gate), the
# other scores, the info count, the sources checked against (ids, space-separated; a library's picks), the
# error's code and message apart, and last the report's signature (everything that changed its numbers).
CSV_COLUMNS = (
    "path", "language", "fidelity", "quote_fidelity", "quotes", "altered", "unsupported",
    "findings_error", "findings_warning", "error",
    "verdict", "paraphrase_fidelity", "coverage", "translation_likelihood", "findings_info", "sources",
    "error_code", "error_message", "signature",
)  # fmt: skip
_FLOATS = ("fidelity", "quote_fidelity", "paraphrase_fidelity", "coverage", "translation_likelihood")
_INTS = ("quotes", "altered", "unsupported", "findings_error", "findings_warning", "findings_info")
FORMATS = {".jsonl": "jsonl", ".csv": "csv"}

# Rows are synced to disk at most this often. A killed process loses nothing either way (each row is
# already in the kernel's page cache when write returns); syncing guards against a machine crash, and doing
# it once a second rather than per row keeps it off the hot path (an fsync costs about a millisecond).
FSYNC_SECONDS = 1.0


@dataclass(frozen=True)
class Row:
    key: str
    line: str  # the whole output line, newline included
    summary: dict[str, Any]


# ---------------------------------------------------------------------------------------------- rows


def summarize(d: dict[str, Any]) -> dict[str, Any]:
    """The CSV columns of one report dict or error row, plus its altered quotes (for lineage)."""
    if d.get("schema") == ERROR_SCHEMA:
        err = d.get("error") or {}
        return {
            **dict.fromkeys(CSV_COLUMNS, None), "path": d["document"]["path"],
            "error": f"{err.get('code')}: {err.get('message')}",
            "error_code": err.get("code"), "error_message": err.get("message"),
        }  # fmt: skip
    kinds = Counter(q["match"]["kind"] for q in d["quotes"])
    severities = Counter(f["severity"] for f in d["findings"])
    return {
        "path": d["document"]["path"],
        "language": d["language"]["code"],
        "fidelity": d["scores"]["fidelity"],
        "quote_fidelity": d["scores"]["quote_fidelity"],
        "quotes": len(d["quotes"]),
        "altered": kinds["altered"],
        "unsupported": kinds["unsupported"],
        "findings_error": severities["error"],
        "findings_warning": severities["warning"],
        "error": None,
        "verdict": None if "verdict" not in d else ("pass" if d["verdict"]["pass"] else "fail"),
        "paraphrase_fidelity": d["scores"]["paraphrase_fidelity"],
        "coverage": d["scores"]["coverage"],
        "translation_likelihood": d["scores"]["translation_likelihood"],
        "findings_info": severities["info"],
        "sources": " ".join(s["id"] for s in d["sources"]),
        "error_code": None,
        "error_message": None,
        "signature": (d.get("tool") or {}).get("signature"),
        "alterations": alterations(d),
    }


def one_line(value: Any) -> str:
    """A CSV field that never breaks the row's line (resume reads rows line by line)."""
    if value is None:
        return ""
    return str(value).replace("\r", "\\r").replace("\n", "\\n")


def csv_line(values: Sequence[Any]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow([one_line(v) for v in values])
    return buf.getvalue()


def row_of(key: str, d: dict[str, Any], fmt: str) -> Row:
    summary = summarize(d)
    line = to_jsonl_line(d) if fmt == "jsonl" else csv_line([summary[c] for c in CSV_COLUMNS])
    return Row(key, line, summary)


def _csv_summary(values: Sequence[str]) -> dict[str, Any]:
    def num(s: str, kind: Callable[[str], Any]) -> Any:
        return kind(s) if s != "" else None

    d: dict[str, Any] = dict(zip(CSV_COLUMNS, values, strict=True))
    for c in _FLOATS:
        d[c] = num(d[c], float)
    for c in _INTS:
        d[c] = num(d[c], int)
    for c in ("error", "verdict", "sources", "error_code", "error_message", "signature"):
        d[c] = d[c] or None
    return d


# ---------------------------------------------------------------------------------------------- the output file


def output_format(out: str) -> str:
    fmt = FORMATS.get(os.path.splitext(out)[1].lower())
    if fmt is None:
        raise SettingsError(f"--out {out}: give a .jsonl or .csv file")
    return fmt


def repair(out: str) -> int:
    """Cut a torn last line (one a killed audit was writing) off ``out``; the bytes removed."""
    with open(out, "r+b") as fh:
        size = fh.seek(0, os.SEEK_END)
        pos, keep = size, 0
        while pos > 0:
            step = min(65536, pos)
            fh.seek(pos - step)
            chunk = fh.read(step)
            cut = chunk.rfind(b"\n")
            if cut >= 0:
                keep = pos - step + cut + 1
                break
            pos -= step
        if keep < size:
            fh.truncate(keep)
        return size - keep


def read_done(out: str, fmt: str) -> list[dict[str, Any]]:
    """The summaries of the rows ``out`` already holds (after ``repair``)."""
    done = []
    with open(out, "rb") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.decode("utf-8", errors="replace")
            if fmt == "csv":
                values = next(csv.reader([line]))
                if n == 1:
                    if tuple(values) != CSV_COLUMNS:
                        raise InputError(f"{out}: not an audit CSV (its header is not {','.join(CSV_COLUMNS)})")
                    continue
                if len(values) != len(CSV_COLUMNS):
                    raise InputError(f"{out} line {n}: not an audit row; move the file away or fix the line")
                done.append(_csv_summary(values))
                continue
            try:
                d = json.loads(line)
                done.append(summarize(d))
            except (ValueError, KeyError, TypeError, AttributeError):
                raise InputError(f"{out} line {n}: not an audit row; move the file away or fix the line") from None
    return done


def open_locked(path: str) -> int:
    """``path`` opened for appending under an exclusive advisory lock (``flock``): one writer per output.

    A second audit on the same ``--out`` is refused at once (exit 2, one line) instead of interleaving its
    rows with the first one's; a named pipe or device as ``--out`` is refused before it is opened."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        raise SettingsError(f"--out {path}: not a regular file; give a .jsonl or .csv file")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    except OSError as e:
        raise SettingsError(f"--out {path}: cannot write ({e.strerror})") from None
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise ProvenanceError(
                f"--out {path}: another audit is writing this file; wait for it to finish or give another --out",
                code="locked",
            ) from None
    return fd


class RowWriter:
    """Appends whole lines with one ``os.write`` each, syncing at most every ``FSYNC_SECONDS``; holds the
    output's lock (:func:`open_locked`) until :meth:`close`."""

    def __init__(self, path: str, *, append: bool, header: str | None, fd: int | None = None) -> None:
        self.fd = open_locked(path) if fd is None else fd
        if not append:
            os.ftruncate(self.fd, 0)
        self.synced = time.monotonic()
        if header and os.fstat(self.fd).st_size == 0:
            self.write(header)

    def write(self, line: str) -> None:
        data = memoryview(line.encode("utf-8"))
        while data:
            data = data[os.write(self.fd, data) :]
        if time.monotonic() - self.synced >= FSYNC_SECONDS:
            os.fsync(self.fd)
            self.synced = time.monotonic()

    def close(self) -> None:
        os.fsync(self.fd)
        os.close(self.fd)
