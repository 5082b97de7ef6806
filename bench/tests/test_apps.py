"""The three apps do the same work: the same answers for every scenario, the same 422s, and the
same fortunes page. The database is replaced by an in-memory stand-in here (the --quick run
checks the real thing against PostgreSQL)."""

from __future__ import annotations

import contextlib
import copy
import inspect
import json
import warnings
from collections.abc import Iterator

import pytest

from bench import answers, config
from bench.config import bench_common
from bench.database import FORTUNES, world_random_number

import fastapi_app  # noqa: E402  (bench/apps is on sys.path through bench.config)
import fastapi_sync_app  # noqa: E402
import flask_app  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette's notice about its test client's transport
    from fastapi.testclient import TestClient

PAYLOAD = json.loads(config.PAYLOAD_PATH.read_text())
APPS = {"flask": flask_app, "fastapi": fastapi_app, "fastapi-def": fastapi_sync_app}


class Cursor:
    def __init__(self, rows: list[tuple[int, object]]) -> None:
        self.rows = rows

    def fetchone(self):
        return self.rows[0]

    def fetchall(self):
        return self.rows


def _rows(sql: str, params: tuple[int, ...] | None) -> list[tuple[int, object]]:
    if sql == bench_common.WORLD_SQL:
        assert params is not None
        return [(params[0], world_random_number(params[0]))]
    assert sql == bench_common.FORTUNE_SQL
    return list(enumerate(FORTUNES, start=1))


class Connection:
    def execute(self, sql, params=None):
        return Cursor(_rows(sql, params))


class AsyncCursor(Cursor):
    async def fetchone(self):  # type: ignore[override]
        return self.rows[0]

    async def fetchall(self):  # type: ignore[override]
        return self.rows


class AsyncConnection:
    async def execute(self, sql, params=None):
        return AsyncCursor(_rows(sql, params))


class Pool:
    @contextlib.contextmanager
    def connection(self) -> Iterator[Connection]:
        yield Connection()


class AsyncPool:
    @contextlib.asynccontextmanager
    async def connection(self):
        yield AsyncConnection()


@pytest.fixture
def clients(monkeypatch):
    monkeypatch.setattr(flask_app, "pool", Pool())
    monkeypatch.setattr(fastapi_sync_app, "pool", Pool())
    monkeypatch.setattr(fastapi_app, "pool", AsyncPool())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return {"flask": flask_app.app.test_client(), "fastapi": TestClient(fastapi_app.app),
                "fastapi-def": TestClient(fastapi_sync_app.app)}


def _call(client, scenario, body=None):
    if scenario.method == "POST":
        response = client.post(scenario.path, json=body)
    else:
        response = client.get(scenario.path)
    data = response.data if hasattr(response, "data") else response.content
    return response.status_code, response.headers["content-type"], data


@pytest.mark.parametrize("scenario", config.SCENARIOS, ids=lambda s: s.id)
def test_every_app_answers_every_scenario_correctly(clients, scenario):
    for name, client in clients.items():
        assert answers.check_answer(scenario, *_call(client, scenario, PAYLOAD)) is None, name


@pytest.mark.parametrize("scenario_id", ["json", "validate", "io", "cpu", "fortunes"])
def test_the_apps_give_the_same_answer_where_nothing_is_random(clients, scenario_id):
    scenario = config.SCENARIOS_BY_ID[scenario_id]
    bodies = {name: _call(client, scenario, PAYLOAD)[2] for name, client in clients.items()}
    parsed = {name: body.decode() if scenario_id == "fortunes" else json.loads(body) for name, body in bodies.items()}
    assert parsed["flask"] == parsed["fastapi"] == parsed["fastapi-def"]


def test_fortunes_are_sorted_escaped_and_include_the_added_one():
    html = answers.expected_fortunes_html()
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert "Fish &amp; chips" in html and "日本語" in html
    assert bench_common.ADDED_FORTUNE in html
    messages = [m for _, m in bench_common.sorted_fortunes(enumerate(FORTUNES, start=1))]
    assert messages == sorted(messages) and len(messages) == len(FORTUNES) + 1


@pytest.mark.parametrize("field, value", [("status", "lost"), ("items", []), ("customer", None)])
def test_every_app_rejects_an_invalid_body_with_422(clients, field, value):
    body = copy.deepcopy(PAYLOAD)
    body[field] = value
    scenario = config.SCENARIOS_BY_ID["validate"]
    locations = []
    for client in clients.values():
        status, _, data = _call(client, scenario, body)
        assert status == 422
        locations.append([e["loc"][-1] for e in json.loads(data)["detail"]])
    assert locations[0] == locations[1] == locations[2]


def test_without_a_database_the_database_endpoints_say_so(monkeypatch):
    for module in APPS.values():
        monkeypatch.setattr(module, "pool", None)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert flask_app.app.test_client().get("/db").status_code == 503
        assert TestClient(fastapi_app.app).get("/db").status_code == 503
        assert TestClient(fastapi_sync_app.app).get("/fortunes").status_code == 503


def test_the_endpoints_are_written_as_the_setups_say():
    names = ["json_endpoint", "validate_endpoint", "io_endpoint", "cpu_endpoint", "db_endpoint",
             "queries_endpoint", "fortunes_endpoint"]
    for name in names:
        assert inspect.iscoroutinefunction(getattr(fastapi_app, name)), name
        assert not inspect.iscoroutinefunction(getattr(fastapi_sync_app, name)), name
        assert not inspect.iscoroutinefunction(getattr(flask_app, name)), name
    assert {s.app for s in config.SETUPS if s.worker_model == "threadpool"} == {"fastapi_sync_app"}
    assert {s.app for s in config.SETUPS if s.worker_model == "async"} == {"fastapi_app"}
