"""Behaviour of the dependency-injection samples: wiring, clean-up and swapping in fakes."""

import asyncio
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from dependency_injection import fastapi_app as fastapi_module
from dependency_injection import fastapi_scopes
from dependency_injection import flask_app as flask_module

EXAMPLES_DIR = Path(__file__).resolve().parent.parent


# --- Flask: app factory, extensions and `g` -----------------------------------


def test_flask_reads_item_and_closes_connection():
    db = flask_module.Database({"7": "mouse"})
    client = flask_module.create_app(database=db).test_client()
    response = client.get("/items/7")
    assert response.status_code == 200
    assert response.get_json() == {"id": "7", "name": "mouse"}
    assert db.open_connections == 0  # teardown_appcontext closed it


def test_flask_unknown_item_is_404_and_still_closes_connection():
    db = flask_module.Database({})
    client = flask_module.create_app(database=db).test_client()
    assert client.get("/items/404").status_code == 404
    assert db.open_connections == 0


def test_flask_each_factory_call_gets_its_own_services():
    first = flask_module.create_app(database=flask_module.Database({"1": "a"}))
    second = flask_module.create_app(database=flask_module.Database({"1": "b"}))
    assert first.test_client().get("/items/1").get_json()["name"] == "a"
    assert second.test_client().get("/items/1").get_json()["name"] == "b"


def test_flask_module_level_app_uses_default_database():
    response = flask_module.app.test_client().get("/items/1")
    assert response.get_json() == {"id": "1", "name": "keyboard"}


# --- FastAPI: Depends, sub-dependencies, yield, dependency_overrides ----------


@pytest.fixture
def fastapi_client():
    client = TestClient(fastapi_module.app)
    yield client
    fastapi_module.app.dependency_overrides.clear()


def test_fastapi_reads_item_and_closes_connection(fastapi_client):
    response = fastapi_client.get("/items/1")
    assert response.status_code == 200
    assert response.json() == {"id": "1", "name": "keyboard"}
    assert fastapi_module.database.open_connections == 0  # code after yield ran


def test_fastapi_unknown_item_is_404_and_still_closes_connection(fastapi_client):
    assert fastapi_client.get("/items/999").status_code == 404
    assert fastapi_module.database.open_connections == 0


def test_fastapi_dependency_override_swaps_the_sub_dependency(fastapi_client):
    fake = fastapi_module.Database({"1": "test double"})
    fastapi_module.app.dependency_overrides[fastapi_module.get_database] = lambda: fake
    response = fastapi_client.get("/items/1")
    assert response.json() == {"id": "1", "name": "test double"}
    # get_conn still ran around the request, against the fake.
    assert fake.open_connections == 0
    assert fastapi_module.database.open_connections == 0


def test_fastapi_dependencies_show_no_trace_in_openapi(fastapi_client):
    operation = fastapi_client.get("/openapi.json").json()["paths"]["/items/{item_id}"]["get"]
    # Only the path parameter is public; `conn` and `db` are resolved server-side.
    assert [p["name"] for p in operation["parameters"]] == ["item_id"]


# --- Flask: CLI commands run inside an app context ------------------------------


def test_flask_cli_command_gets_app_context_and_teardown():
    db = flask_module.Database({"1": "a", "2": "b"})
    result = flask_module.create_app(database=db).test_cli_runner().invoke(args=["count-items"])
    assert result.exit_code == 0, result.output
    assert result.output == "2\n"  # get_conn() reached current_app and g
    assert db.open_connections == 0  # teardown_appcontext ran after the command too


def test_flask_command_line_runs_the_cli_command():
    # The real `flask` entry point, as a reader would type it.
    result = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "dependency_injection.flask_app", "count-items"],
        cwd=EXAMPLES_DIR, capture_output=True, text=True, timeout=60, check=False,
    )
    assert (result.returncode, result.stdout) == (0, "1\n"), result.stderr


# --- FastAPI: when yield dependencies clean up (scope) --------------------------

SCOPE_ORDER = ["endpoint", "function-scoped clean-up", "request-scoped clean-up"]


@pytest.mark.real_server
def test_function_scope_cleans_up_before_the_response_request_scope_after(real_server):
    base = real_server("dependency_injection.fastapi_scopes:app").base_url
    response = httpx.post(f"{base}/orders")
    # The client holds the complete response while the request-scoped clean-up is still waiting.
    assert (response.status_code, response.json()) == (200, {"created": True})
    assert httpx.post(f"{base}/flush").json() == SCOPE_ORDER[:2]
    deadline = time.monotonic() + 5  # the released clean-up finishes soon after; generous for a loaded machine
    while (log := httpx.post(f"{base}/flush").json()) != SCOPE_ORDER and time.monotonic() < deadline:
        time.sleep(0.05)
    assert log == SCOPE_ORDER


@pytest.fixture
def fresh_scopes(monkeypatch):
    # The sample keeps module-level state; each test gets an empty log and an unset event.
    monkeypatch.setattr(fastapi_scopes, "log", [])
    monkeypatch.setattr(fastapi_scopes, "flushed", asyncio.Event())
    return fastapi_scopes


def test_testclient_returns_only_after_the_request_scoped_cleanup(fresh_scopes):
    # In-process, the response is handed over only when the whole request is done, so
    # TestClient cannot show the gap that the real-server test above shows.
    with TestClient(fresh_scopes.app) as client:
        worker = threading.Thread(target=client.post, args=("/orders",))
        worker.start()
        deadline = time.monotonic() + 5
        while len(fresh_scopes.log) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert fresh_scopes.log == SCOPE_ORDER[:2]
        worker.join(timeout=0.3)
        assert worker.is_alive()  # still waiting for the request-scoped clean-up
        client.post("/flush")
        worker.join(timeout=5)
        assert not worker.is_alive()
    assert fresh_scopes.log == SCOPE_ORDER

