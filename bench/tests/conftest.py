"""Shared fixtures for the harness's unit tests. None of them needs wrk or PostgreSQL; run them
with `.venv/bin/python -m pytest bench/` from the repository root."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from bench import config, runner
from bench.results import run_record, summarise


def make_setup_entry(setup: config.Setup) -> dict[str, Any]:
    return {
        "id": setup.id, "label": setup.label, "framework": setup.framework, "server": setup.server,
        "workerModel": setup.worker_model, "workers": config.WORKERS,
        "concurrencyPerWorker": setup.concurrency_per_worker, "poolPerWorker": config.POOL_PER_WORKER,
        "driver": setup.driver, "driverWait": "wait_c", "command": setup.display_command(),
        "startupMs": 900.0, "startupRunsMs": [900.0], "importMs": 250.0, "idleRssMiB": 50.0,
    }


def make_doc(mode_name: str = "quick", runs: int = 2) -> dict[str, Any]:
    """A complete, valid results document with made-up figures, shaped as a run writes it."""
    mode = config.MODES[mode_name]
    load = {"rps": 1000.0, "p50Ms": 1.5, "p99Ms": 4.0, "requests": 5000, "errors": 0}
    results = []
    for scenario, connections in runner.cells(mode):
        for setup in config.SETUPS:
            run = run_record(load, 2.5, 1.0 if scenario.database else None, 60.0)
            results.append(summarise(scenario.id, setup.id, connections, [copy.deepcopy(run) for _ in range(runs)]))
    return {
        "schemaVersion": config.SCHEMA_VERSION,
        "date": "2026-12-02T10:00:00Z",
        "mode": mode.name,
        "elapsedSeconds": 80.5,
        "machine": {"cpuModel": "Test CPU", "cores": 2, "python": "3.11.7", "os": "Debian GNU/Linux 12",
                    "busyBeforeRun": 0.01, "busyAfterRun": 0.02},
        "tool": {"name": "wrk", "version": "4.1.0", "threads": 1, "connections": mode.connections,
                 "durationSeconds": mode.duration_s, "warmupSeconds": mode.warmup_s, "runs": runs,
                 "timeoutSeconds": mode.timeout_s},
        "versions": {pkg: "1.0" for pkg in config.VERSION_PACKAGES},
        "pinning": {"server": "0", "load": "1", "database": "1"},
        "database": {"version": "postgres (PostgreSQL) 15.18", "connection": "TCP on 127.0.0.1",
                     "settings": {"fsync": "off"}, "worldRows": 10000, "fortuneRows": 12},
        "scenarios": [runner.scenario_entry(sc, mode) for sc in config.SCENARIOS],
        "setups": [make_setup_entry(s) for s in config.SETUPS],
        "results": results,
    }


@pytest.fixture
def doc() -> dict[str, Any]:
    return make_doc()
