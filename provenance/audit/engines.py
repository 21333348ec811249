"""Audit engines: where the articles are checked, each through :func:`provenance.api.check_one`.

``local``: this process (``jobs=1``) or a pool of ``jobs`` worker processes, rows in input order.
``dask``: a dask.distributed cluster (``scheduler``) or a local one, rows in the order they complete. Each
worker builds the settings, prepared sources and semantic stage once (:class:`AuditConfig`, pickled once per
worker) and turns every article into a row, an error row when it cannot be checked: never an exception.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
import threading
import time
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from provenance.api import check_one, check_with_candidates, semantic_stage
from provenance.audit.rows import Row, row_of
from provenance.errors import ProvenanceError, SettingsError
from provenance.library import Candidate, Library
from provenance.pipeline.context import SemanticStage, prepare
from provenance.pipeline.load import Text
from provenance.policy import judge
from provenance.report import error_row
from provenance.settings import Settings

ENGINES = ("local", "dask")
# Articles handed to the workers ahead of the rows written, per worker: enough to keep each busy while the
# main process writes, few enough that a huge input is never held in memory at once.
AHEAD_PER_WORKER = 16
# Articles sent to a local worker at a time: fewer round trips, still rows "as they go".
CHUNK_SIZE = 4
# Articles in one Dask task: a task costs the scheduler about a millisecond, as much as a short article.
DASK_BATCH = 8
# Thread counts of the math libraries under the models, set to 1 for audit workers (as dask's nanny does
# for its workers) unless already set: each worker is one core's worth of work, and OpenBLAS threads that
# spin on small matrices made a 1-worker full audit 4x slower on 2 cores (bench/results-audit.md).
THREAD_LIMITS = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "PROVENANCE_THREADS")
# How often a pool worker checks that the audit that started it is still alive.
PARENT_POLL_SECONDS = 0.5


@dataclass(frozen=True)
class AuditConfig:
    """What every worker needs, pickled once per worker."""

    settings: Settings
    sources: tuple[Text, ...]
    library: str | None
    fmt: str
    token: str = ""  # tells one audit's configuration from another's in a worker's cache


Item = tuple[str, Any]  # (key, Text) or (key, (error code, message))


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
            sources = [prepare(s, config.settings) for s in config.sources]
            _STATE = _State(config.token, config.settings, sources, semantic_stage(config.settings), None)
        if config.library and open_library and _STATE.library is None:
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
            report = check_with_candidates(payload, state.sources, candidates, state.settings, state.stage)
            report = judge(report, state.settings)
        else:
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


# ---------------------------------------------------------------------------------------------- the engines


def local_rows(config: AuditConfig, items: Iterator[Item], jobs: int) -> Iterator[Row]:
    """Rows in input order: in this process (``jobs=1``) or from ``jobs`` worker processes (ordered imap)."""
    if jobs <= 1:
        _state(config)
        for item in items:
            yield check_item(config, item)
        return
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
                    cands = library.candidates(payload.text, settings=config.settings)
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
