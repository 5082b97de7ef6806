"""The blocking-driver trap, measured on a real Uvicorn process over a loopback socket.

The endpoints in fastapi_async.py wait in PostgreSQL with pg_sleep, so a query's duration is
known in advance. Concurrent requests that overlap finish in about one query's time; requests
that are serialised need one query's time each. The bounds leave room for a slow, shared machine
without letting the two cases meet.
"""

import asyncio
import contextlib
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from throwaway_postgres import HOST, Cluster, free_port

pytestmark = pytest.mark.real_server

EXAMPLES = Path(__file__).resolve().parents[1]
STARTUP_TIMEOUT_S = 60
SERVE = """
import sys, uvicorn
from databases.fastapi_async import create_app
uvicorn.run(create_app(sys.argv[1], sys.argv[2]), host=sys.argv[3], port=int(sys.argv[4]), log_level="warning")
"""


@contextlib.contextmanager
def serving(command: list[str], port: int, ready_path: str, pythonpath: str = str(EXAMPLES)) -> Iterator[str]:
    """Runs a server process until the block ends; yields its base URL once `ready_path` answers 200."""
    process = subprocess.Popen(
        command, cwd=EXAMPLES, env={**os.environ, "PYTHONPATH": pythonpath}, stderr=subprocess.PIPE, text=True,
    )
    base = f"http://{HOST}:{port}"
    try:
        # Generous: on a loaded two-core machine, importing the app alone has taken over 10 s.
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while True:
            if process.poll() is not None:
                pytest.fail(f"{command[2:4]} exited with {process.returncode}: {process.stderr.read()[-2000:]}")
            try:
                if httpx.get(f"{base}{ready_path}", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"the server did not answer within {STARTUP_TIMEOUT_S} s: {command}")
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def scratch_database(pg_cluster: Cluster) -> Iterator[str]:
    """A database for one server's lifetime, dropped with whatever connections it still has."""
    name = f"server_{uuid.uuid4().hex[:12]}"
    pg_cluster.create_database(name)
    try:
        yield name
    finally:
        pg_cluster.psql(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture(scope="module", params=["psycopg", "asyncpg"])
def server(request: pytest.FixtureRequest, pg_cluster: Cluster) -> Iterator[str]:
    """A Uvicorn process serving fastapi_async.py; the async engine uses the parameter's driver."""
    port = free_port()
    with scratch_database(pg_cluster) as database:
        command = [sys.executable, "-c", SERVE, pg_cluster.url(database, "postgresql+psycopg"),
                   pg_cluster.url(database, f"postgresql+{request.param}"), HOST, str(port)]
        with serving(command, port, "/fix/async-driver?seconds=0") as base:
            yield base


def timed_burst(base: str, path: str, count: int, seconds: float) -> float:
    """Sends `count` requests at once and returns the wall time until the last answer."""

    async def burst() -> float:
        limits = httpx.Limits(max_connections=count)
        async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
            started = time.perf_counter()
            responses = await asyncio.gather(*(client.get(path, params={"seconds": seconds}) for _ in range(count)))
            elapsed = time.perf_counter() - started
        assert [r.status_code for r in responses] == [200] * count
        return elapsed

    return asyncio.run(burst())


# Long enough that a loaded machine's overhead (up to ~0.9 s seen under a load average of 20 on two
# cores) cannot close the gap between "overlapped" and "one after another".
QUERY_S = 1.0
POOL_QUERY_S = 2.0  # longer: a burst past the pool's 5 kept connections opens new ones first


def test_sync_driver_in_async_def_serialises_requests(server):
    elapsed = timed_burst(server, "/trap", 4, QUERY_S)
    assert elapsed >= 4 * QUERY_S * 0.95  # one after another: the loop was blocked during each query


@pytest.mark.parametrize("path", ["/fix/threadpool", "/fix/async-driver"])
def test_both_fixes_let_the_queries_overlap(server, path):
    elapsed = timed_burst(server, path, 4, QUERY_S)
    assert QUERY_S * 0.95 <= elapsed < 2 * QUERY_S  # together: about one query's time


def test_a_blocked_loop_delays_even_requests_that_need_no_database(server):
    async def probe(path: str) -> float:
        async with httpx.AsyncClient(base_url=server, timeout=30) as client:
            slow = asyncio.create_task(client.get(path, params={"seconds": 2 * QUERY_S}))
            await asyncio.sleep(0.3)  # the slow request is inside pg_sleep by now
            started = time.perf_counter()
            assert (await client.get("/openapi.json")).status_code == 200
            waited = time.perf_counter() - started
            assert (await slow).status_code == 200
            return waited

    assert asyncio.run(probe("/trap")) >= 1.2 * QUERY_S  # waited for the blocking query to end
    assert asyncio.run(probe("/fix/async-driver")) < QUERY_S


@pytest.mark.parametrize("path", ["/fix/threadpool", "/fix/async-driver"])
def test_the_connection_pool_not_the_threadpool_caps_concurrent_queries(server, path):
    # 15 = SQLAlchemy's default pool_size 5 + max_overflow 10; the threadpool has 40 threads.
    assert timed_burst(server, path, 15, POOL_QUERY_S) < 2 * POOL_QUERY_S
    assert timed_burst(server, path, 20, POOL_QUERY_S) >= 2 * POOL_QUERY_S * 0.95  # 5 waited for a connection


GEVENT_APP = """
import os
from flask import request
from sqlalchemy import text
from databases.flask_app import create_app, get_session

app = create_app(os.environ["GEVENT_TEST_DATABASE_URL"])


@app.get("/wait")
def wait():
    get_session().execute(text("SELECT pg_sleep(:seconds)"), {"seconds": float(request.args["seconds"])})
    return "waited"
"""


def test_under_gevent_one_worker_overlaps_queries_up_to_its_one_pool(pg_cluster, tmp_path, monkeypatch):
    # flask_app.py's session-per-request code, unchanged, in one Gunicorn gevent worker process.
    (tmp_path / "gevent_wait_app.py").write_text(GEVENT_APP)
    port = free_port()
    with scratch_database(pg_cluster) as database:
        monkeypatch.setenv("GEVENT_TEST_DATABASE_URL", pg_cluster.url(database, "postgresql+psycopg"))
        command = [sys.executable, "-m", "gunicorn", "-k", "gevent", "-w", "1", "--worker-connections", "100",
                   "-b", f"{HOST}:{port}", "--log-level", "warning", "gevent_wait_app:app"]
        with serving(command, port, "/wait?seconds=0", pythonpath=f"{EXAMPLES}{os.pathsep}{tmp_path}") as base:
            # psycopg notices gevent's patched select and waits cooperatively: queries overlap.
            assert timed_burst(base, "/wait", 4, QUERY_S) < 2 * QUERY_S
            # All greenlets share the process's one pool of 5 + 10: the 16th query waits.
            assert timed_burst(base, "/wait", 15, POOL_QUERY_S) < 2 * POOL_QUERY_S
            assert timed_burst(base, "/wait", 20, POOL_QUERY_S) >= 2 * POOL_QUERY_S * 0.95
