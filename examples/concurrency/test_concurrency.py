"""Tests for the concurrency page's samples.

Timing assertions use 300 ms waits and generous bounds: three overlapping waits
must finish well under the 900 ms a sequential run would need.
"""

import asyncio
import time

import httpx
import pytest
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

