"""A bounded load test of ``provenance serve`` on loopback: p50/p99 latency and requests per second.

    python bench/bench_serve.py                       # prints a Markdown table
    python bench/bench_serve.py --out /tmp/serve.md   (results go into BENCHMARKS.md)
    python bench/bench_serve.py --requests 100 --with-models

Each scenario starts fresh ``provenance serve --port 0 --quiet`` processes (lexical-only unless
``--with-models``), waits for ``/healthz``, sends a few warm-up requests, then ``--requests`` requests from
``concurrency`` client threads over keep-alive connections, and stops the servers with SIGTERM. Everything is
bounded: a request times out after 60 s, a scenario stops after ``--budget`` seconds, and only 127.0.0.1 is
used. Scenarios with two server processes show how throughput grows with processes (the check is CPU-bound
Python: threads in one process share one GIL).
"""

from __future__ import annotations

import argparse
import http.client
import json
import math
import os
import platform
import signal
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "devset"
SEEDS = ROOT / "seeds"
REQUEST_TIMEOUT_S = 60
WARMUP = 5


@dataclass(frozen=True)
class Scenario:
    name: str
    method: str
    path: str
    body: bytes | None
    concurrency: int
    processes: int = 1


@dataclass
class Result:
    scenario: Scenario
    latencies_ms: list[float]
    errors: int
    wall_s: float

    def row(self) -> str:
        lat = sorted(self.latencies_ms)
        p50 = statistics.median(lat) if lat else float("nan")
        p99 = lat[max(0, math.ceil(0.99 * len(lat)) - 1)] if lat else float("nan")  # nearest rank
        rps = len(lat) / self.wall_s if self.wall_s else 0.0
        s = self.scenario
        return (
            f"| {s.name} | {s.processes} | {s.concurrency} | {len(lat)} | {self.errors} | {p50:.1f} | {p99:.1f} "
            f"| {rps:.1f} |"
        )


def payload(article: Path, *sources: Path) -> bytes:
    body = {
        "text": article.read_text(encoding="utf-8"),
        "sources": [{"id": s.name.rsplit(".", 1)[0], "text": s.read_text(encoding="utf-8")} for s in sources],
    }
    return json.dumps(body).encode("utf-8")


def start_server(with_models: bool) -> tuple[subprocess.Popen[str], int]:
    cmd = [sys.executable, "-m", "provenance", "serve", "--port", "0", "--quiet"]
    if not with_models:
        cmd.append("--lexical-only")
    env = {k: v for k, v in os.environ.items() if k != "PROVENANCE_TOKEN"}
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    line = proc.stderr.readline()  # "provenance serve: listening on http://127.0.0.1:PORT (...)"
    if "listening on http://127.0.0.1:" not in line:
        proc.kill()
        raise SystemExit(f"bench_serve: the server did not start: {line.strip()} {proc.stderr.read()[-500:]}")
    return proc, int(line.split("http://127.0.0.1:", 1)[1].split()[0])


def stop_server(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()


def run(s: Scenario, ports: list[int], n: int, budget_s: float) -> Result:
    local = threading.local()
    deadline = time.monotonic() + budget_s
    counter = iter(range(10**9))
    lock = threading.Lock()

    def conn() -> http.client.HTTPConnection:
        if not hasattr(local, "conn"):
            with lock:
                port = ports[next(counter) % len(ports)]  # client threads spread over the server processes
            local.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT_S)
        c: http.client.HTTPConnection = local.conn
        return c

    def one(_: int) -> float | None:
        if time.monotonic() > deadline:
            return None
        c = conn()
        t0 = time.perf_counter()
        try:
            c.request(s.method, s.path, body=s.body, headers={"Content-Type": "application/json"})
            resp = c.getresponse()
            resp.read()
            ok = resp.status == 200
        except (OSError, http.client.HTTPException):
            c.close()
            ok = False
        ms = (time.perf_counter() - t0) * 1000
        return ms if ok else -1.0

    with ThreadPoolExecutor(max_workers=s.concurrency) as pool:
        list(pool.map(one, range(WARMUP * s.concurrency)))
        t0 = time.perf_counter()
        out = list(pool.map(one, range(n)))
        wall = time.perf_counter() - t0
    lat = [x for x in out if x is not None and x >= 0]
    return Result(s, lat, sum(1 for x in out if x is not None and x < 0), wall)


def scenarios() -> list[Scenario]:
    d3 = payload(DEVSET / "articles" / "d3_altered.en.txt", DEVSET / "sources" / "orlin-council.en.txt")
    seed = payload(SEEDS / "003_7b8f218a3aff3a56.txt", SEEDS / "000_3c4f9761669d23e5.txt")
    return [
        Scenario("GET /healthz", "GET", "/healthz", None, 4),
        Scenario("check d3 (1 KB, 1 source)", "POST", "/v1/check", d3, 1),
        Scenario("check d3 (1 KB, 1 source)", "POST", "/v1/check", d3, 4),
        Scenario("check d3 (1 KB, 1 source)", "POST", "/v1/check", d3, 4, processes=2),
        Scenario("check seed 003 vs 000 (~7 KB)", "POST", "/v1/check", seed, 1),
        Scenario("check seed 003 vs 000 (~7 KB)", "POST", "/v1/check", seed, 4),
        Scenario("check seed 003 vs 000 (~7 KB)", "POST", "/v1/check", seed, 4, processes=2),
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--requests", type=int, default=200, help="timed requests per scenario (default 200)")
    ap.add_argument("--budget", type=float, default=60.0, help="seconds per scenario at most (default 60)")
    ap.add_argument("--with-models", action="store_true", help="serve with the semantic stage (needs models)")
    ap.add_argument("--out", help="also write the Markdown table here")
    args = ap.parse_args()
    results: list[Result] = []
    load_before = os.getloadavg()[0]
    for s in scenarios():
        servers = [start_server(args.with_models) for _ in range(s.processes)]
        try:
            results.append(run(s, [port for _, port in servers], args.requests, args.budget))
        finally:
            for proc, _ in servers:
                stop_server(proc)
        print(results[-1].row(), file=sys.stderr)
    text = report(results, args, (load_before, os.getloadavg()[0]))
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    return 1 if any(r.errors for r in results) else 0


def report(results: list[Result], args: Any, load: tuple[float, float]) -> str:
    cpu = platform.processor() or platform.machine()
    lines = [
        "| scenario | server processes | client threads | requests | errors | p50 ms | p99 ms | requests/s |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
        *[r.row() for r in results],
        "",
        f"Machine: {os.cpu_count()} CPUs ({cpu}), Python {platform.python_version()}, {platform.system()}; "
        f"{'with models' if args.with_models else 'lexical-only'}; {args.requests} timed requests per scenario "
        f"after {WARMUP} warm-up requests per client thread, keep-alive connections, loopback only; the client "
        f"runs on the same machine. Load average (1 min) {load[0]:.1f} before, {load[1]:.1f} after.",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
