"""Bulk audits: many articles against the same sources (or a source library), one output row per article.

1. plan      the output is checked (``.jsonl`` or ``.csv``); with ``resume`` its torn last line is cut off
             and the rows it holds are counted by key (the article's ``path``; records ``file.jsonl#id``)
2. inputs    folders, globs and JSONL streams through ``load.iter_inputs``; a bad file or record becomes an
             error row; inputs the output already holds are skipped
3. engine    ``local``: this process (``jobs=1``) or a pool of ``jobs`` worker processes, output in input
             order; ``dask``: a dask.distributed cluster (``scheduler``) or a local one, output in the order
             results complete. Each worker builds the settings, prepared sources and semantic stage once.
4. write     each row is one ``write`` of a whole line, so a killed audit leaves whole rows and at most one
             torn last line, which ``resume`` removes; rows are synced to disk every ``FSYNC_SECONDS``
5. summary   articles, mean fidelity, the worst ten, errors; and the lineage of altered quotes on request

The same article gives the same row in every engine and on every run: reports hold no times.
"""

from __future__ import annotations

import csv
import glob
import io
import itertools
import json
import os
import sys
import threading
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from provenance.errors import InputError, ProvenanceError, SettingsError
from provenance.report import ERROR_SCHEMA, error_row

if TYPE_CHECKING:
    from provenance.library import Candidate, Library
    from provenance.pipeline.context import SemanticStage
    from provenance.pipeline.load import Text
    from provenance.settings import Settings

CSV_COLUMNS = (
    "path", "language", "fidelity", "quote_fidelity", "quotes", "altered", "unsupported",
    "findings_error", "findings_warning", "error",
)  # fmt: skip
FORMATS = {".jsonl": "jsonl", ".csv": "csv"}
ENGINES = ("local", "dask")

# Rows are synced to disk at most this often. A killed process loses nothing either way (each row is
# already in the kernel's page cache when write returns); syncing guards against a machine crash, and doing
# it once a second rather than per row keeps it off the hot path (an fsync costs about a millisecond).
FSYNC_SECONDS = 1.0
# Articles handed to the workers ahead of the rows written, per worker: enough to keep each busy while the
# main process writes, few enough that a huge input is never held in memory at once.
AHEAD_PER_WORKER = 16
# Articles sent to a local worker at a time: fewer round trips, still rows "as they go".
CHUNK_SIZE = 4
# Articles in one Dask task: a task costs the scheduler about a millisecond, as much as a short article.
DASK_BATCH = 8
# The worst articles listed in the closing summary.
WORST_SHOWN = 10
# Thread counts of the math libraries under the models, set to 1 for audit workers (as dask's nanny does
# for its workers) unless already set: each worker is one core's worth of work, and OpenBLAS threads that
# spin on small matrices made a 1-worker full audit 4x slower on 2 cores (bench/results-audit.md).
THREAD_LIMITS = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "PROVENANCE_THREADS")
# How often a pool worker checks that the audit that started it is still alive.
PARENT_POLL_SECONDS = 0.5
# Errors listed in the closing summary (all are in the output).
ERRORS_SHOWN = 10


@dataclass(frozen=True)
class AuditConfig:
    """What every worker needs, pickled once per worker."""

    settings: Settings
    sources: tuple[Text, ...]
    library: str | None
    fmt: str
    token: str = ""  # tells one audit's configuration from another's in a worker's cache


@dataclass(frozen=True)
class Row:
    key: str
    line: str  # the whole output line, newline included
    summary: dict[str, Any]


Item = tuple[str, Any]  # (key, Text) or (key, (error code, message))


# ---------------------------------------------------------------------------------------------- rows


def summarize(d: dict[str, Any]) -> dict[str, Any]:
    """The CSV columns of one report dict or error row, plus its altered quotes (for lineage)."""
    if d.get("schema") == ERROR_SCHEMA:
        err = d.get("error") or {}
        return {
            **dict.fromkeys(CSV_COLUMNS, None), "path": d["document"]["path"],
            "error": f"{err.get('code')}: {err.get('message')}",
        }  # fmt: skip
    from provenance.audit.lineage import alterations

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
        "alterations": alterations(d),
    }


def _one_line(value: Any) -> str:
    """A CSV field that never breaks the row's line (resume reads rows line by line)."""
    if value is None:
        return ""
    return str(value).replace("\r", "\\r").replace("\n", "\\n")


def csv_line(values: Sequence[Any]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow([_one_line(v) for v in values])
    return buf.getvalue()


def row_of(key: str, d: dict[str, Any], fmt: str) -> Row:
    from provenance.render import to_jsonl_line

    summary = summarize(d)
    line = to_jsonl_line(d) if fmt == "jsonl" else csv_line([summary[c] for c in CSV_COLUMNS])
    return Row(key, line, summary)


def _csv_summary(values: Sequence[str]) -> dict[str, Any]:
    def num(s: str, kind: Callable[[str], Any]) -> Any:
        return kind(s) if s != "" else None

    d: dict[str, Any] = dict(zip(CSV_COLUMNS, values, strict=True))
    for c in ("fidelity", "quote_fidelity"):
        d[c] = num(d[c], float)
    for c in ("quotes", "altered", "unsupported", "findings_error", "findings_warning"):
        d[c] = num(d[c], int)
    d["error"] = d["error"] or None
    return d


# ---------------------------------------------------------------------------------------------- workers


@dataclass
class _State:
    token: str
    settings: Settings
    sources: list[Any]
    stage: SemanticStage | None
    library: Library | None


_STATE: _State | None = None
_STATE_LOCK = threading.Lock()


def _state(config: AuditConfig, *, open_library: bool = True) -> _State:
    """This process's worker state for ``config``: built once (models loaded, sources prepared) and kept."""
    global _STATE
    with _STATE_LOCK:
        if _STATE is None or _STATE.token != config.token:
            from provenance.api import semantic_stage
            from provenance.pipeline.context import prepare

            sources = [prepare(s) for s in config.sources]
            _STATE = _State(config.token, config.settings, sources, semantic_stage(config.settings), None)
        if config.library and open_library and _STATE.library is None:
            from provenance.library import Library

            _STATE.library = Library(config.library)
        return _STATE


def check_item(config: AuditConfig, item: Item, candidates: Sequence[Candidate] | None = None) -> Row:
    """The output row for one input: a report, or an error row. Never raises."""
    key, payload = item
    if isinstance(payload, tuple):
        return row_of(key, error_row(key, *payload), config.fmt)
    try:
        state = _state(config, open_library=candidates is None)
        if candidates is not None:
            from provenance.library import check_with_candidates

            report = check_with_candidates(payload, state.sources, candidates, state.settings, state.stage)
        else:
            from provenance.api import check_one

            report = check_one(payload, state.sources, state.settings, state.stage, library=state.library)
        d = report.to_dict()
    except ProvenanceError as e:
        d = error_row(key, e.code, e.message)
    except Exception as e:  #  one article's failure is its row, never the audit's end
        d = error_row(key, "internal", f"{type(e).__name__}: {' '.join(str(e).split())}")
    return row_of(key, d, config.fmt)


_POOL_CONFIG: list[AuditConfig] = []  # a pool worker's configuration, set once by its initializer
_POOL_FAILED: list[BaseException] = []  # why the initializer could not build the state (a missing model)


def limit_threads() -> None:
    """One thread per worker for the math libraries under the models (unless the environment says otherwise).
    Must run before numpy is first imported: OpenBLAS reads it once, when it loads."""
    for name in THREAD_LIMITS:
        os.environ.setdefault(name, "1")


def _init_pool_worker(config: AuditConfig) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the audit's to handle: it stops the pool
    limit_threads()
    _POOL_CONFIG[:] = [config]
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    try:
        _state(config)
    except Exception as e:  # raising here would make the pool start worker after worker, forever
        _POOL_FAILED[:] = [e]


def _exit_with_parent(parent: int) -> None:
    """A pool worker whose audit was killed (SIGKILL leaves no time to stop the pool) leaves too."""
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(0)


def _pool_check(item: Item) -> Row:
    if _POOL_FAILED:
        raise _POOL_FAILED[0]  # re-raised in the audit's process: a missing model stops the audit (exit 2)
    return check_item(_POOL_CONFIG[0], item)


def _dask_ready(config: AuditConfig) -> bool:
    _state(config, open_library=False)
    return True


# ---------------------------------------------------------------------------------------------- engines


def local_rows(config: AuditConfig, items: Iterator[Item], jobs: int) -> Iterator[Row]:
    """Rows in input order: in this process (``jobs=1``) or from ``jobs`` worker processes (ordered imap)."""
    if jobs <= 1:
        _state(config)
        for item in items:
            yield check_item(config, item)
        return
    import multiprocessing

    slots = threading.BoundedSemaphore(jobs * AHEAD_PER_WORKER)
    stop = threading.Event()

    def fed() -> Iterator[Item]:
        for item in items:
            while not slots.acquire(timeout=0.1):
                if stop.is_set():
                    return
            yield item

    pool = multiprocessing.Pool(jobs, initializer=_init_pool_worker, initargs=(config,))
    try:
        for row in pool.imap(_pool_check, fed(), chunksize=CHUNK_SIZE):
            slots.release()
            yield row
        pool.close()
    finally:
        stop.set()
        pool.terminate()
        pool.join()


def _dask_check(config: AuditConfig, batch: Sequence[tuple[Item, Sequence[Candidate] | None]]) -> list[Row]:
    return [check_item(config, item, candidates) for item, candidates in batch]


def dask_rows(config: AuditConfig, items: Iterator[Item], jobs: int, scheduler: str | None) -> Iterator[Row]:
    """Rows as they complete on a dask.distributed cluster (``scheduler``) or a local one of ``jobs`` worker
    processes. The configuration (settings and source texts) goes to every worker once; each worker keeps
    its state (models, prepared sources) between tasks, which hold ``DASK_BATCH`` articles each. On a
    cluster, library look-ups run here, beside the library file, and the picked sources travel with each
    article, so workers need no shared file system; a local cluster's workers open the library themselves."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise SettingsError("--engine dask needs dask.distributed: pip install 'provenance[audit]'") from None
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="30s")
        else:
            with warnings.catch_warnings():  # its HTTP endpoint moves to a free port when 8787 is taken: fine
                warnings.filterwarnings("ignore", message="Port .* is already in use")
                cluster = LocalCluster(
                    n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=50
                )
            client = Client(cluster)
    except (OSError, TimeoutError) as e:
        raise SettingsError(f"cannot reach the dask scheduler {scheduler or '(local)'}: {e}") from None
    library = None
    try:
        if config.library and scheduler:
            from provenance.library import Library

            library = Library(config.library)
        workers = max(1, sum(client.nthreads().values()))
        shared = client.scatter(config, broadcast=True)
        client.submit(_dask_ready, shared, pure=False).result()  # a missing model stops the audit here
        running = as_completed()
        keys: dict[str, list[str]] = {}

        def submit() -> bool:
            batch = []
            for item in itertools.islice(items, DASK_BATCH):
                payload = item[1]
                cands = None
                if library is not None and not isinstance(payload, tuple):
                    cands = library.candidates(payload.text)
                batch.append((item, cands))
            if not batch:
                return False
            future = client.submit(_dask_check, shared, batch, pure=False)
            keys[str(future.key)] = [item[0] for item, _ in batch]
            running.add(future)
            return True

        for _ in range(max(2, workers * AHEAD_PER_WORKER // DASK_BATCH)):
            if not submit():
                break
        for future in running:
            batch_keys = keys.pop(str(future.key))
            try:
                rows = future.result()
            except Exception as e:  # a lost worker fails its articles, not the audit
                why = f"{type(e).__name__}: {e}"
                rows = [row_of(key, error_row(key, "worker", why), config.fmt) for key in batch_keys]
            future.release()
            yield from rows
            submit()
    finally:
        if library is not None:
            library.close()
        client.close()
        if cluster is not None:
            cluster.close()


# ---------------------------------------------------------------------------------------------- output


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


class RowWriter:
    """Appends whole lines with one ``os.write`` each, syncing at most every ``FSYNC_SECONDS``."""

    def __init__(self, path: str, *, append: bool, header: str | None) -> None:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (0 if append else os.O_TRUNC)
        try:
            self.fd = os.open(path, flags, 0o644)
        except OSError as e:
            raise SettingsError(f"--out {path}: cannot write ({e.strerror})") from None
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
    from provenance.pipeline.load import iter_inputs

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
    from provenance.pipeline.load import KNOWN_EXTENSIONS

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
    import hashlib

    h = hashlib.sha256(repr((config.settings, config.library, config.fmt)).encode())
    for s in config.sources:
        h.update(s.id.encode() + b"\0" + s.sha256.encode())
    return h.hexdigest()[:16]


def run(plan: AuditPlan, *, echo: Callable[[str], None] | None = None) -> Summary:
    """Run the audit the plan describes; returns the summary (also of rows held from an earlier run)."""
    import dataclasses

    from provenance.api import load_sources

    fmt = _validate(plan)
    limit_threads()
    if plan.library:
        from provenance.library import Library

        Library(plan.library).close()  # a missing or foreign library stops the audit here, not per row
    config = AuditConfig(plan.settings, tuple(load_sources(plan.sources, plan.settings)), plan.library, fmt)
    config = dataclasses.replace(config, token=_token(config))
    summary = Summary()
    if plan.resume and os.path.exists(plan.out):
        repair(plan.out)
        summary.rows = [_kept(r, bool(plan.lineage)) for r in read_done(plan.out, fmt)]
        summary.resumed = len(summary.rows)
    header = csv_line(CSV_COLUMNS) if fmt == "csv" else None
    writer = RowWriter(plan.out, append=plan.resume, header=header)
    done = Counter(r["path"] for r in summary.rows)
    own = [plan.out, plan.lineage or plan.out]
    items = pending(items_of(plan.inputs, plan.settings.max_bytes, skip=own), done, _one_line if fmt == "csv" else str)
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
    from provenance.audit.lineage import lineage, to_json

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
