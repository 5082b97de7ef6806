"""One whole benchmark run: PostgreSQL up and seeded, every setup started, timed and checked,
then every scenario × connection count loaded on every setup, and the results document built.

Runs are interleaved across setups (the order rotates each round), so slow drifts in background
load hit every setup alike. Anything that goes wrong raises BenchError; the servers are stopped
and the cluster removed on the way out, whatever happened.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from bench import config, database, environment, measure, results
from bench.config import LOAD_CPU, SCENARIOS, SERVER_CPU, SETUPS, WORKERS, Mode, Scenario, bench_common
from bench.servers import BenchError, Server
from bench.wrk import WrkError, run_wrk

Out = Callable[[str], None]

STARTUP_ESTIMATE_S = 4.0
PER_LOAD_OVERHEAD_S = 0.5


def cells(mode: Mode) -> list[tuple[Scenario, int]]:
    """Every scenario × connection count of a run, in the order they are measured."""
    return [(sc, c) for sc in SCENARIOS for c in sc.levels(mode)]


def estimate_seconds(mode: Mode, n_setups: int = len(SETUPS)) -> float:
    """A rough length of a run, printed at its start (the budget tests check it too)."""
    loads = mode.runs + (1 if mode.warmup_s else 0)
    per_pair = mode.warmup_s + mode.runs * mode.duration_s + loads * PER_LOAD_OVERHEAD_S
    starts = (1 if mode.parallel_start else n_setups) * mode.startup_samples * STARTUP_ESTIMATE_S
    startup = starts + n_setups * (1.0 + mode.import_samples * 0.2)
    return startup + len(cells(mode)) * n_setups * per_pair


def fmt_duration(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60} min {seconds % 60:02d} s" if seconds >= 60 else f"{seconds} s"


def _start_setup(server: Server, mode: Mode, import_ms: float) -> dict[str, Any]:
    """Starts a setup ``startup_samples`` times (keeping the last one running; with
    ``parallel_start`` it was spawned already), checks every answer and the driver, and returns
    the setup's entry for the results."""
    setup = server.setup
    startups = []
    for i in range(mode.startup_samples):
        startups.append(round(server.wait_started() if mode.parallel_start and i == 0 else server.start(), 1))
        if i < mode.startup_samples - 1:
            server.stop()
    server.verify(SCENARIOS)
    info = server.info()
    if info.get("poolSize") != config.POOL_PER_WORKER:
        raise BenchError(f"{setup.id} reports a pool of {info.get('poolSize')}, expected {config.POOL_PER_WORKER}",
                         server.log_path)
    if setup.worker_model == "greenlets" and info.get("wait") == "wait_c":
        raise BenchError(f"{setup.id}: psycopg waits with wait_c, which blocks the whole gevent worker "
                         "(was psycopg imported before gevent patched select?)", server.log_path)
    return {
        "id": setup.id,
        "label": setup.label,
        "framework": setup.framework,
        "server": setup.server,
        "workerModel": setup.worker_model,
        "workers": WORKERS,
        "concurrencyPerWorker": setup.concurrency_per_worker,
        "poolPerWorker": config.POOL_PER_WORKER,
        "driver": f"{setup.driver} ({info['driver']})",
        "driverWait": str(info["wait"]),
        "command": setup.display_command(),
        "startupMs": round(results.median(startups), 1),
        "startupRunsMs": startups,
        "importMs": round(import_ms, 1),
        "idleRssMiB": round(measure.largest_rss_mib(measure.worker_pids(server.pid)), 1),
    }


def _measured_run(mode: Mode, scenario: Scenario, server: Server, connections: int, pg_pid: int) -> dict[str, Any]:
    cpu_before = measure.tree_cpu_ticks(server.pid)
    db_before = measure.tree_cpu_ticks(pg_pid)
    try:
        with measure.PeakRss(server.pid) as peak:
            load = run_wrk(mode, scenario, server.base_url + scenario.path, mode.duration_s, connections)
    except WrkError as exc:
        raise BenchError(str(exc), server.log_path) from None
    cpu_s = measure.cpu_seconds_between(cpu_before, measure.tree_cpu_ticks(server.pid))
    db_s = measure.cpu_seconds_between(db_before, measure.tree_cpu_ticks(pg_pid))
    server.settle()
    problem = results.error_problem(load)
    if problem:
        raise BenchError(f"scenario {scenario.id} at {connections} connections on {server.setup.id} failed: "
                         f"{problem}", server.log_path)
    return results.run_record(load, cpu_s, db_s if scenario.database else None, peak.mib)


def _load_cell(mode: Mode, scenario: Scenario, connections: int, servers: Sequence[Server],
               pg_pid: int) -> dict[str, list[dict[str, Any]]]:
    """Warm-up (discarded), then the measured runs of one scenario × connection count."""
    if mode.warmup_s:
        for server in servers:
            try:
                run_wrk(mode, scenario, server.base_url + scenario.path, mode.warmup_s, connections)
            except WrkError as exc:
                raise BenchError(str(exc), server.log_path) from None
            server.settle()
    runs: dict[str, list[dict[str, Any]]] = {s.setup.id: [] for s in servers}
    for i in range(mode.runs):
        k = i % len(servers)
        for server in [*servers[k:], *servers[:k]]:
            runs[server.setup.id].append(_measured_run(mode, scenario, server, connections, pg_pid))
    return runs


def _quiet_check(when: str, mode: Mode, out: Out) -> float:
    """How busy the machine is while the benchmark is idle; a full run warns when it is not quiet."""
    busy = environment.cpu_busy_share()
    out(f"  CPUs {busy:.0%} busy {when} (quiet is below {config.QUIET_BUSY_SHARE:.0%})")
    if busy >= config.QUIET_BUSY_SHARE and mode.name == "full":
        out(f"  Warning: something else is using the CPUs {when}; its work adds noise to every figure. "
            "Stop it and rerun before committing the results.")
    return busy


def run_benchmark(mode: Mode, log_dir: Path, out: Out = print) -> dict[str, Any]:
    """Runs every scenario × connection count × setup and returns the results document."""
    started = datetime.now(timezone.utc)
    t0 = time.monotonic()
    plan = cells(mode)
    est = estimate_seconds(mode)
    out(f"Mode {mode.name}: {len(plan)} scenario × connection cells × {len(SETUPS)} setups; "
        f"{mode.runs} run(s) of {mode.duration_s} s after a {mode.warmup_s} s warm-up. "
        f"Estimated time: {fmt_duration(est)}.")
    out(f"Servers on CPU {SERVER_CPU} ({WORKERS} worker processes each); wrk, PostgreSQL and this runner on CPU {LOAD_CPU}.")
    busy_before = _quiet_check("before the run", mode, out)

    with database.pinned_cluster(LOAD_CPU) as pg:
        url = database.seed(pg)
        pg_pid = database.postmaster_pid(pg)
        if database.allowed_cpus(pg_pid) != LOAD_CPU:
            raise BenchError(f"PostgreSQL runs on CPUs {database.allowed_cpus(pg_pid)}, expected {LOAD_CPU}")
        out(f"  {pg.version} on {database.CONNECTION} (port {pg.port}), settings {dict(pg.settings)}; "
            f"{bench_common.WORLD_ROWS:,} world rows, {len(database.FORTUNES)} fortunes")
        env = config.server_environment(url)
        no_db_env = {k: v for k, v in env.items() if k != bench_common.DATABASE_URL_ENV}
        try:
            imports = {app: measure.import_ms(app, config.APPS_DIR, SERVER_CPU, mode.import_samples, no_db_env)
                       for app in dict.fromkeys(s.app for s in SETUPS)}
        except RuntimeError as exc:
            raise BenchError(str(exc)) from None
        out("  import times: " + ", ".join(f"{app} {ms:.0f} ms" for app, ms in imports.items()))

        servers = [Server(setup, log_dir, env) for setup in SETUPS]
        setups: list[dict[str, Any]] = []
        runs: dict[tuple[str, str, int], list[dict[str, Any]]] = {}
        try:
            if mode.parallel_start:
                for server in servers:
                    server.spawn()
            for server in servers:
                setups.append(_start_setup(server, mode, imports[server.setup.app]))
                s = setups[-1]
                out(f"  started {s['id']}: {s['startupMs']:.0f} ms to first answer, {s['idleRssMiB']:.0f} MiB "
                    f"per worker idle, driver waits with {s['driverWait']}")
            for n, (scenario, connections) in enumerate(plan, start=1):
                cell = _load_cell(mode, scenario, connections, servers, pg_pid)
                for setup_id, setup_runs in cell.items():
                    runs[(scenario.id, setup_id, connections)] = setup_runs
                    r = results.summarise(scenario.id, setup_id, connections, setup_runs)
                    out(f"[{n:2d}/{len(plan)}] {scenario.id:<8} c{connections:<4} {setup_id:<27} "
                        f"{r['rps']:>8,.0f} rps ({r['rpsMin']:,.0f}–{r['rpsMax']:,.0f})  p99 {r['p99Ms']:>8.1f} ms  "
                        f"cpu {r['cpuMsPerRequest']:.2f} ms/req  rss {r['rssMiB']:.0f} MiB")
                out(f"        {fmt_duration(time.monotonic() - t0)} elapsed")
        finally:
            for server in servers:
                server.stop()
        database_entry = {
            "version": pg.version,
            "connection": database.CONNECTION,
            "settings": dict(pg.settings),
            "worldRows": bench_common.WORLD_ROWS,
            "fortuneRows": len(database.FORTUNES),
        }

    busy_after = _quiet_check("after the run", mode, out)
    elapsed = time.monotonic() - t0
    out(f"Finished in {fmt_duration(elapsed)} (estimate was {fmt_duration(est)}).")
    return {
        "schemaVersion": config.SCHEMA_VERSION,
        "date": started.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "mode": mode.name,
        "elapsedSeconds": round(elapsed, 1),
        "machine": environment.machine(busy_before, busy_after),
        "tool": {"name": "wrk", "version": environment.wrk_version(), "threads": mode.threads,
                 "connections": mode.connections, "durationSeconds": mode.duration_s,
                 "warmupSeconds": mode.warmup_s, "runs": mode.runs, "timeoutSeconds": mode.timeout_s},
        "versions": environment.package_versions(),
        "pinning": {"server": SERVER_CPU, "load": LOAD_CPU, "database": LOAD_CPU},
        "database": database_entry,
        "scenarios": [scenario_entry(sc, mode) for sc in SCENARIOS],
        "setups": setups,
        "results": [results.summarise(sc.id, se.id, c, runs[(sc.id, se.id, c)]) for sc, c in plan for se in SETUPS],
    }


def scenario_entry(scenario: Scenario, mode: Mode) -> dict[str, Any]:
    return {
        "id": scenario.id, "label": scenario.label, "description": scenario.description,
        "method": scenario.method, "path": scenario.path, "database": scenario.database,
        "waitMs": scenario.wait_ms, "queriesPerRequest": scenario.queries_per_request,
        "connections": list(scenario.levels(mode)),
    }
