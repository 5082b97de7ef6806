"""The setups, the capacity each one is said to have, and the time budgets."""

from __future__ import annotations

import asyncio

import anyio.to_thread
from gunicorn.config import WorkerConnections
from gunicorn.workers import SUPPORTED_WORKERS

from bench import config, runner


def test_every_server_is_pinned_and_runs_the_same_number_of_workers():
    for setup in config.SETUPS:
        argv = setup.argv(12345)
        assert argv[:3] == ["taskset", "-c", config.SERVER_CPU]
        assert argv[argv.index("--workers") + 1] == str(config.WORKERS)
        assert "127.0.0.1:12345" in argv or ("127.0.0.1" in argv and "12345" in argv)
        assert "$PORT" in setup.display_command() and "/work/" not in setup.display_command()


def test_the_stated_capacities_are_the_servers_own_settings():
    by_id = config.SETUPS_BY_ID
    gthread = by_id["flask-gunicorn-gthread"].argv(1)
    assert int(gthread[gthread.index("--threads") + 1]) == by_id["flask-gunicorn-gthread"].concurrency_per_worker
    gevent = by_id["flask-gunicorn-gevent"].argv(1)
    assert int(gevent[gevent.index("--worker-connections") + 1]) == config.GEVENT_CONNECTIONS
    assert WorkerConnections.default == config.GEVENT_CONNECTIONS  # written out, but Gunicorn's default

    async def limiter_tokens() -> float:
        return anyio.to_thread.current_default_thread_limiter().total_tokens

    assert asyncio.run(limiter_tokens()) == config.THREADPOOL_THREADS
    assert by_id["fastapi-uvicorn-threadpool"].concurrency_per_worker == config.THREADPOOL_THREADS
    assert by_id["flask-gunicorn-sync"].concurrency_per_worker == 1
    assert {s.concurrency_per_worker for s in config.SETUPS if s.worker_model == "async"} == {None}


def test_pools_are_sized_so_every_concurrent_setup_can_use_all_of_them():
    # Each worker's pool matches gthread's threads; greenlets, tasks and the threadpool exceed it,
    # so in the database scenarios they all queue for the same 2 × 8 connections.
    assert config.POOL_PER_WORKER == config.GTHREAD_THREADS
    for setup in config.SETUPS:
        if setup.worker_model != "sync":
            assert (setup.concurrency_per_worker or 10**9) >= config.POOL_PER_WORKER


def test_gunicorn_has_the_worker_classes_the_setups_use():
    for setup in config.SETUPS:
        if setup.program == "gunicorn":
            argv = setup.argv(1)
            assert argv[argv.index("--worker-class") + 1] in SUPPORTED_WORKERS


def test_each_framework_has_the_setups_the_pages_compare():
    models = {(s.framework, s.worker_model) for s in config.SETUPS}
    assert {("flask", "sync"), ("flask", "threads"), ("flask", "greenlets"),
            ("fastapi", "async"), ("fastapi", "threadpool")} <= models


def test_the_sweep_covers_json_io_and_db_at_three_levels():
    full = config.MODES["full"]
    swept = {sc.id: sc.levels(full) for sc in config.SCENARIOS if len(sc.levels(full)) > 1}
    assert swept == {"json": (16, 64, 256), "io": (16, 64, 256), "db": (16, 64, 256)}
    assert all(sc.levels(config.MODES["quick"]) == (64,) for sc in config.SCENARIOS)


def test_quick_and_full_runs_fit_their_time_budgets():
    # Estimates for a quiet 2-core machine; the runner prints the real time at the end.
    assert runner.estimate_seconds(config.MODES["quick"]) <= 90
    assert runner.estimate_seconds(config.MODES["full"]) <= 20 * 60
