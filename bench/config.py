"""What a run measures: its modes, the scenarios (one endpoint each) and the server setups.

Facts the site also needs are not restated here: the schema version and the packages a run
records come from ``results.schema.json`` (exported from the site's Zod schema), and the apps'
constants (I/O delay, table sizes, queries per request) from ``apps/bench_common.py``.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
APPS_DIR = BENCH_DIR / "apps"
PAYLOAD_PATH = BENCH_DIR / "payload.json"
REPORT_LUA = BENCH_DIR / "report.lua"
POST_LUA = BENCH_DIR / "post.lua"
SCHEMA_PATH = BENCH_DIR / "results.schema.json"
DEFAULT_OUTPUT = ROOT / "src" / "data" / "benchmarks.json"
QUICK_OUTPUT = BENCH_DIR / "results-quick.json"

sys.path.insert(0, str(APPS_DIR))
import bench_common  # noqa: E402  (the apps' shared constants)

HOST = "127.0.0.1"
SERVER_CPU = "0"
LOAD_CPU = "1"  # wrk, PostgreSQL and this runner: never on the server's core
WORKERS = 2
GTHREAD_THREADS = 8
GEVENT_CONNECTIONS = 1000  # Gunicorn's default worker_connections, written out so it is visible
THREADPOOL_THREADS = 40  # AnyIO's default thread limiter, which FastAPI's `def` endpoints run under
POOL_PER_WORKER = GTHREAD_THREADS  # every setup but sync can then keep all its connections busy
ERROR_RATE_LIMIT = 0.01  # errors above 1 % of a run's requests fail the whole run
READY_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 10.0

SCHEMA: dict[str, Any] = json.loads(SCHEMA_PATH.read_text())
SCHEMA_VERSION: int = SCHEMA["properties"]["schemaVersion"]["const"]
VERSION_PACKAGES: tuple[str, ...] = tuple(SCHEMA["properties"]["versions"]["required"])
# Above this share of busy CPU outside the run, other work was running and the figures are noisy.
QUIET_BUSY_SHARE: float = SCHEMA["properties"]["machine"]["properties"]["busyBeforeRun"]["quietBelow"]


@dataclass(frozen=True)
class Mode:
    """How long and how often each load runs."""

    name: str
    connections: int  # every scenario is measured here
    sweep: tuple[int, ...]  # and the swept ones at these levels as well
    threads: int
    duration_s: int  # wrk takes whole seconds
    warmup_s: int  # discarded, per setup, before each scenario × connection count; 0 skips it
    runs: int
    timeout_s: int
    startup_samples: int
    import_samples: int
    parallel_start: bool = False  # start every setup at once (quick: its startup times are not quoted)


MODES = {
    "full": Mode("full", connections=64, sweep=(16, 64, 256), threads=1, duration_s=3, warmup_s=1, runs=3,
                 timeout_s=10, startup_samples=3, import_samples=5),
    "quick": Mode("quick", connections=64, sweep=(64,), threads=1, duration_s=1, warmup_s=0, runs=1,
                  timeout_s=10, startup_samples=1, import_samples=1, parallel_start=True),
}


@dataclass(frozen=True)
class Scenario:
    id: str
    label: str
    description: str
    method: str
    path: str
    lua: Path
    swept: bool = False
    database: bool = False
    wait_ms: float | None = None
    queries_per_request: int | None = None

    def levels(self, mode: Mode) -> tuple[int, ...]:
        """The connection counts this scenario is measured at in ``mode``, ascending."""
        return tuple(sorted({mode.connections, *(mode.sweep if self.swept else ())}))


SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "json", "Small JSON",
        'GET /json returns {"message": "Hello, World!"}: the cost of the framework and server, with '
        "almost nothing in the handler.",
        "GET", "/json", REPORT_LUA, swept=True,
    ),
    Scenario(
        "validate", "Validate a 1 KB body",
        "POST /validate sends a ~1 KB nested JSON order (bench/payload.json); the handler validates it "
        "against one Pydantic v2 model and returns it as JSON. Both frameworks parse the body with "
        "json.loads and serialise the model with Pydantic's Rust core: FastAPI because the model is "
        "the body parameter and the return type (it also re-checks the returned value), Flask through "
        "Order.model_validate(request.get_json()) and order.model_dump_json() in the view.",
        "POST", "/validate", POST_LUA,
    ),
    Scenario(
        "io", "Wait 50 ms on I/O",
        f"GET /io waits {bench_common.IO_DELAY_SECONDS * 1000:.0f} ms on a simulated downstream call: "
        "await asyncio.sleep in async def endpoints, time.sleep elsewhere (which holds a sync worker "
        "or a thread, and under gevent only a greenlet).",
        "GET", "/io", REPORT_LUA, swept=True, wait_ms=bench_common.IO_DELAY_SECONDS * 1000,
    ),
    Scenario(
        "cpu", "~3 ms of CPU work",
        f"GET /cpu runs a fixed pure-Python loop ({bench_common.CPU_ITERATIONS:,} iterations, about "
        "3 ms). In the async def app the computation blocks the event loop while it runs; in the def "
        "app it runs in a worker thread, where the GIL still lets only one thread compute at a time.",
        "GET", "/cpu", REPORT_LUA,
    ),
    Scenario(
        "db", "One database row",
        f"GET /db reads one row by a random primary key from the {bench_common.WORLD_ROWS:,}-row "
        "world table in PostgreSQL and returns it as JSON.",
        "GET", "/db", REPORT_LUA, swept=True, database=True, queries_per_request=1,
    ),
    Scenario(
        "queries", "20 database rows",
        f"GET /queries reads {bench_common.QUERIES_PER_REQUEST} rows of the world table, each by a "
        "random primary key in its own query, one after the other on one pooled connection, and "
        "returns them as a JSON list.",
        "GET", "/queries", REPORT_LUA, database=True, queries_per_request=bench_common.QUERIES_PER_REQUEST,
    ),
    Scenario(
        "fortunes", "Fortunes: query and template",
        "GET /fortunes reads every row of the fortune table, adds one row, sorts them by message and "
        "renders them through the same Jinja2 template (bench/apps/templates/fortunes.html) with "
        "HTML escaping on: Flask's render_template, FastAPI's Jinja2Templates.",
        "GET", "/fortunes", REPORT_LUA, database=True, queries_per_request=1,
    ),
)
SCENARIOS_BY_ID = {s.id: s for s in SCENARIOS}


@dataclass(frozen=True)
class Setup:
    id: str
    label: str
    framework: str  # "flask" | "fastapi"
    server: str
    worker_model: str  # "sync" | "threads" | "greenlets" | "async" | "threadpool"
    concurrency_per_worker: int | None  # None: only the load limits it (an event loop)
    app: str  # module in bench/apps
    driver: str
    program: str  # console script in the venv's bin
    args: tuple[str, ...]  # may contain {host}, {port} and {apps}

    def argv(self, port: int) -> list[str]:
        """The command that starts this setup on ``port``, pinned to the server's CPU."""
        exe = str(Path(sys.executable).parent / self.program)
        args = [a.format(port=port, apps=str(APPS_DIR), host=HOST) for a in self.args]
        return ["taskset", "-c", SERVER_CPU, exe, *args]

    def display_command(self) -> str:
        """The command as the results show it: repository-relative, with ``$PORT``."""
        apps = os.path.relpath(APPS_DIR, ROOT)
        args = [a.format(port="$PORT", apps=apps, host=HOST) for a in self.args]
        return " ".join(a if re.fullmatch(r"[\w@%+=:,./$-]+", a) else shlex.quote(a)
                        for a in ["taskset", "-c", SERVER_CPU, self.program, *args])


_GUNICORN = ("--workers", str(WORKERS), "--bind", "{host}:{port}", "--log-level", "warning",
             "--no-control-socket", "--chdir", "{apps}")
_UVICORN = ("--workers", str(WORKERS), "--host", "{host}", "--port", "{port}", "--loop", "uvloop",
            "--http", "httptools", "--log-level", "warning", "--no-access-log", "--app-dir", "{apps}")
_SYNC_DRIVER = "psycopg 3 (sync) with a psycopg_pool ConnectionPool"
_ASYNC_DRIVER = "psycopg 3 (async) with a psycopg_pool AsyncConnectionPool"

SETUPS: tuple[Setup, ...] = (
    Setup("flask-gunicorn-sync", "Flask · Gunicorn sync", "flask",
          f"Gunicorn, {WORKERS} sync workers", "sync", 1, "flask_app", _SYNC_DRIVER,
          "gunicorn", ("--worker-class", "sync", *_GUNICORN, "flask_app:app")),
    Setup("flask-gunicorn-gthread", "Flask · Gunicorn gthread", "flask",
          f"Gunicorn, {WORKERS} gthread workers × {GTHREAD_THREADS} threads", "threads", GTHREAD_THREADS,
          "flask_app", _SYNC_DRIVER,
          "gunicorn", ("--worker-class", "gthread", "--threads", str(GTHREAD_THREADS), *_GUNICORN, "flask_app:app")),
    Setup("flask-gunicorn-gevent", "Flask · Gunicorn gevent", "flask",
          f"Gunicorn, {WORKERS} gevent workers (monkey-patched), up to {GEVENT_CONNECTIONS} greenlets each",
          "greenlets", GEVENT_CONNECTIONS, "flask_app", _SYNC_DRIVER,
          "gunicorn", ("--worker-class", "gevent", "--worker-connections", str(GEVENT_CONNECTIONS), *_GUNICORN,
                       "flask_app:app")),
    Setup("fastapi-uvicorn", "FastAPI async · Uvicorn", "fastapi",
          f"Uvicorn, {WORKERS} workers, uvloop + httptools; async def endpoints", "async", None,
          "fastapi_app", _ASYNC_DRIVER, "uvicorn", (*_UVICORN, "fastapi_app:app")),
    Setup("fastapi-uvicorn-threadpool", "FastAPI def · Uvicorn", "fastapi",
          f"Uvicorn, {WORKERS} workers, uvloop + httptools; def endpoints in AnyIO's pool of "
          f"{THREADPOOL_THREADS} threads", "threadpool", THREADPOOL_THREADS,
          "fastapi_sync_app", _SYNC_DRIVER, "uvicorn", (*_UVICORN, "fastapi_sync_app:app")),
    Setup("fastapi-gunicorn-asgi", "FastAPI async · Gunicorn ASGI", "fastapi",
          f"Gunicorn, {WORKERS} native ASGI workers (uvloop); async def endpoints", "async", None,
          "fastapi_app", _ASYNC_DRIVER,
          "gunicorn", ("--worker-class", "asgi", "--asgi-loop", "uvloop", *_GUNICORN, "fastapi_app:app")),
)
SETUPS_BY_ID = {s.id: s for s in SETUPS}


def server_environment(database_url: str) -> dict[str, str]:
    """The environment every server starts with: where the database is, and the pool size."""
    return {
        **os.environ,
        bench_common.DATABASE_URL_ENV: database_url,
        bench_common.POOL_SIZE_ENV: str(POOL_PER_WORKER),
    }
