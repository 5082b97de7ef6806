"""Tests for the concurrency page's samples.

Timing assertions use 300 ms waits and generous bounds: three overlapping waits
must finish well under the 900 ms a sequential run would need.
"""

import asyncio
import gc
import re
import time
from functools import wraps

import httpx
import pytest
from fastapi import FastAPI
from flask import Flask, current_app
from fastapi.testclient import TestClient

from concurrency.fastapi_app import app as fastapi_app
from concurrency.flask_app import app as flask_app

SOURCES = ["users", "orders", "stock"]
SEQUENTIAL_MS = 900  # three 300 ms waits one after another


@pytest.fixture
def flask_client():
    return flask_app.test_client()


@pytest.fixture
def fastapi_client():
    return TestClient(fastapi_app)


def test_flask_async_view_gathers_concurrently(flask_client):
    started = time.perf_counter()
    response = flask_client.get("/dashboard?delay_ms=300")
    wall_ms = (time.perf_counter() - started) * 1000
    assert response.status_code == 200
    body = response.get_json()
    assert [r["source"] for r in body["results"]] == SOURCES
    assert 280 <= body["elapsed_ms"] < SEQUENTIAL_MS - 150
    assert wall_ms < SEQUENTIAL_MS + 500  # loop start-up in a thread costs little


def test_fastapi_async_endpoint_gathers_concurrently(fastapi_client):
    response = fastapi_client.get("/dashboard", params={"delay_ms": 300})
    assert response.status_code == 200
    body = response.json()
    assert [r["source"] for r in body["results"]] == SOURCES
    assert all(r["ok"] for r in body["results"])
    assert 280 <= body["elapsed_ms"] < SEQUENTIAL_MS - 150


def test_sync_views_return_the_report(flask_client, fastapi_client):
    assert flask_client.get("/report?delay_ms=10").get_json() == {"report": "ready"}
    assert fastapi_client.get("/report", params={"delay_ms": 10}).json() == {"report": "ready"}


@pytest.mark.parametrize("path", ["/dashboard", "/report"])
@pytest.mark.parametrize("delay", ["abc", "1001", "-5"])
def test_flask_rejects_bad_delay(flask_client, path, delay):
    response = flask_client.get(f"{path}?delay_ms={delay}")
    assert response.status_code == 400
    assert "delay_ms" in response.get_json()["error"]


@pytest.mark.parametrize("path", ["/dashboard", "/report"])
@pytest.mark.parametrize(
    ("delay", "error_type"),
    [("abc", "int_parsing"), ("1001", "less_than_equal"), ("-5", "greater_than_equal")],
)
def test_fastapi_rejects_bad_delay(fastapi_client, path, delay, error_type):
    response = fastapi_client.get(path, params={"delay_ms": delay})
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["query", "delay_ms"]
    assert error["type"] == error_type


def test_fastapi_def_endpoint_runs_in_threadpool_so_blocking_calls_overlap():
    """Two requests that each block for 300 ms finish together, not one after the other."""

    async def two_requests():
        transport = httpx.ASGITransport(app=fastapi_app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            started = time.perf_counter()
            responses = await asyncio.gather(
                client.get("/report", params={"delay_ms": 300}),
                client.get("/report", params={"delay_ms": 300}),
            )
            return responses, (time.perf_counter() - started) * 1000

    responses, wall_ms = asyncio.run(two_requests())
    assert [r.status_code for r in responses] == [200, 200]
    assert wall_ms < 550  # one after the other would take at least 600 ms



def test_fastapi_blocking_call_in_async_endpoint_serialises_requests():
    """The page's warning: time.sleep inside async def holds the loop, so two requests queue."""
    app = FastAPI()

    @app.get("/blocking")
    async def blocking():
        time.sleep(0.3)  # the mistake the page warns about
        return {"done": True}

    async def two_requests():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            started = time.perf_counter()
            await asyncio.gather(client.get("/blocking"), client.get("/blocking"))
            return time.perf_counter() - started

    assert asyncio.run(two_requests()) >= 0.6  # one after the other; overlapping would take ~0.3 s



def test_flask_async_view_background_task_is_cancelled_when_the_view_returns():
    app = Flask(__name__)
    outcome: list[str] = []

    async def background_job():
        try:
            await asyncio.sleep(0.2)
            outcome.append("finished")
        except asyncio.CancelledError:
            outcome.append("cancelled")
            raise

    @app.get("/start")
    async def start():
        asyncio.create_task(background_job())  # not awaited: the pattern Flask's docs rule out
        await asyncio.sleep(0)  # let the task start
        return {"started": True}

    assert app.test_client().get("/start").get_json() == {"started": True}
    time.sleep(0.3)  # longer than the job would need
    assert outcome == ["cancelled"]

# --- on a real server: how many requests one process overlaps ---------------------------
# A wave of requests that each wait WAIT_MS takes about WAIT_MS when they overlap; requests beyond
# the pool size form a second wave and double that. A wave gets WAIT_MS of slack for connecting,
# which a loaded two-core machine needs when one test client opens up to 100 connections.
WAIT_MS = 1000
ONE_WAVE_S = 2 * WAIT_MS / 1000


def assert_one_wave(count: int, url: str, concurrent_get) -> None:
    """`count` requests that each wait WAIT_MS all overlap: together they take about WAIT_MS."""
    burst = concurrent_get(url, count)
    assert burst.statuses == [200] * count
    assert burst.seconds < ONE_WAVE_S, f"{count} requests took {burst.seconds:.2f} s: they did not all overlap"


def assert_pool_of(size: int, url: str, concurrent_get) -> None:
    """`size` requests that block for WAIT_MS overlap in one wave; one more has to wait."""
    assert_one_wave(size, url, concurrent_get)
    over = concurrent_get(url, size + 1)
    assert over.seconds >= ONE_WAVE_S, f"{size + 1} requests took {over.seconds:.2f} s: none waited for a thread"


@pytest.mark.real_server
def test_fastapi_thread_pool_runs_40_def_endpoints_at_once(real_server, concurrent_get):
    server = real_server("concurrency.fastapi_app:app")
    assert_pool_of(40, f"{server.base_url}/report?delay_ms={WAIT_MS}", concurrent_get)


@pytest.mark.real_server
def test_fastapi_async_endpoints_wait_on_one_loop_without_the_thread_pool(real_server, concurrent_get):
    # Had these needed the 40-thread pool, 100 requests would take three waves.
    server = real_server("concurrency.fastapi_app:app")
    assert_one_wave(100, f"{server.base_url}/dashboard?delay_ms={WAIT_MS}", concurrent_get)


@pytest.mark.real_server
def test_wsgitoasgi_serves_one_request_at_a_time(real_server, concurrent_get):
    server = real_server("concurrency.flask_asgi:one_thread")
    burst = concurrent_get(f"{server.base_url}/report?delay_ms=200", 5)
    assert burst.statuses == [200] * 5
    assert burst.seconds >= 5 * 0.2, f"5 x 200 ms took {burst.seconds:.2f} s: the requests overlapped"


@pytest.mark.real_server
def test_a2wsgi_overlaps_as_many_requests_as_its_threads(real_server, concurrent_get):
    server = real_server("concurrency.flask_asgi:thread_pool")
    assert_pool_of(10, f"{server.base_url}/report?delay_ms={WAIT_MS}", concurrent_get)


@pytest.mark.real_server
def test_flask_on_gevent_overlaps_blocking_views_in_one_process(real_server, concurrent_get):
    # Gunicorn's gevent worker patches time.sleep and sockets, so a plain def view yields.
    server = real_server("concurrency.flask_app:app", server="gunicorn", args=["-k", "gevent", "--workers", "1"])
    assert_one_wave(20, f"{server.base_url}/report?delay_ms={WAIT_MS}", concurrent_get)


@pytest.mark.real_server
def test_flask_async_views_fail_under_gevent_when_requests_overlap(real_server, concurrent_get):
    # Flask's gevent docs warn that its patching and Flask's asyncio support do not mix.
    server = real_server("concurrency.flask_app:app", server="gunicorn", args=["-k", "gevent", "--workers", "1"])
    url = f"{server.base_url}/dashboard?delay_ms=100"
    assert httpx.get(url, timeout=10).status_code == 200  # alone, it works
    burst = concurrent_get(url, 5)
    assert 500 in burst.statuses, f"overlapping async views all succeeded: {burst.statuses}"
    # The greenlets share one thread, so asgiref finds another request's event loop already running.
    assert re.search(r"RuntimeError: .*event loop", server.log()), server.log()


# --- extensions written before Flask had async views ------------------------------------


def extension_decorator(view):
    """How a pre-2.0 extension wraps views: it calls the view and expects a response back."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        return view(*args, **kwargs)

    return wrapper


def async_aware_extension_decorator(view):
    """The fix Flask's docs give extension authors: let the app run the view, sync or async."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        return current_app.ensure_sync(view)(*args, **kwargs)

    return wrapper


@pytest.mark.filterwarnings("ignore:coroutine .* was never awaited:RuntimeWarning")
def test_pre_async_extension_decorator_breaks_async_views_until_it_uses_ensure_sync():
    app = Flask(__name__)

    @app.get("/old")
    @extension_decorator
    async def old():
        return {"ok": True}

    @app.get("/fixed")
    @async_aware_extension_decorator
    async def fixed():
        return {"ok": True}

    app.testing = True  # let the error reach the test instead of becoming a 500 page
    client = app.test_client()
    with pytest.raises(TypeError, match="but it was a coroutine") as error:
        client.get("/old")  # Flask received a coroutine, not a response
    assert client.get("/fixed").get_json() == {"ok": True}
    del error  # its traceback holds the never-awaited coroutine
    gc.collect()  # the never-awaited coroutines warn now, under this test's filter, not at exit
