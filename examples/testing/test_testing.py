"""Runs the test modules shown on the testing page.

The page shows `flask_tests.py`, `fastapi_tests.py` and `fastapi_async_tests.py` as samples,
so they are not named test_*.py. Importing their tests and fixtures here lets pytest collect
them; the check at the bottom fails if a sample gains a test that is not imported.
"""

import contextlib
import inspect
import itertools
import subprocess
import sys
import threading
from contextlib import asynccontextmanager

import flask
import httpx
import pytest
from fastapi import FastAPI
from fastapi.sse import EventSourceResponse
from fastapi.testclient import TestClient

from testing import fastapi_async_tests, fastapi_tests, flask_tests
from testing.fastapi_async_tests import test_greet_async as test_fastapi_greet_async
from testing.fastapi_async_tests import test_greet_async_bad_name as test_fastapi_greet_async_bad_name
from testing.fastapi_tests import hi_greeting  # noqa: F401  (fixture used by the imported test)
from testing.fastapi_tests import test_greet_rejects_bad_name as test_fastapi_greet_rejects_bad_name
from testing.fastapi_tests import test_greet_uses_override as test_fastapi_greet_uses_override
from testing.fastapi_tests import test_redirect_is_followed_unless_told_not_to as test_fastapi_redirect_followed
from testing.flask_tests import client  # noqa: F401  (fixture used by the imported tests)
from testing.flask_tests import test_greet_rejects_bad_name as test_flask_greet_rejects_bad_name
from testing.flask_tests import test_greet_uses_test_config as test_flask_greet_uses_test_config
from testing.flask_tests import test_redirect_is_not_followed_unless_asked as test_flask_redirect_not_followed

IMPORTED = {
    test_fastapi_greet_async,
    test_fastapi_greet_async_bad_name,
    test_fastapi_greet_rejects_bad_name,
    test_fastapi_greet_uses_override,
    test_flask_greet_rejects_bad_name,
    test_flask_greet_uses_test_config,
    test_fastapi_redirect_followed,
    test_flask_redirect_not_followed,
}


@pytest.mark.parametrize("module", [flask_tests, fastapi_tests, fastapi_async_tests])
def test_every_sample_test_is_collected(module):
    sample_tests = {
        obj for name, obj in inspect.getmembers(module, inspect.isfunction)
        if name.startswith("test_") and obj.__module__ == module.__name__
    }
    assert sample_tests, f"{module.__name__} has no tests"
    assert sample_tests <= IMPORTED


def test_module_level_apps_serve_real_config():
    # The samples' module-level apps run without the test overrides.
    assert flask_tests.app.test_client().get("/greet/Ada").get_json() == {"message": "Hello, Ada!"}
    assert fastapi_tests.client.get("/greet/Ada").json() == {"message": "Hello, Ada!"}


# --- What the page says beyond the samples ------------------------------------------


@pytest.mark.real_server
def test_redirects_on_the_wire(real_server):
    # What a client sees from the same redirect views, without following: status and Location.
    flask_server = real_server("testing.flask_tests:app", server="gunicorn")
    fastapi_server = real_server("testing.fastapi_tests:app")
    flask_response = httpx.get(f"{flask_server.base_url}/hello/Ada")
    fastapi_response = httpx.get(f"{fastapi_server.base_url}/hello/Ada")
    assert (flask_response.status_code, flask_response.headers["location"]) == (302, "/greet/Ada")
    assert (fastapi_response.status_code, fastapi_response.headers["location"]) == (307, "/greet/Ada")
    # A trailing slash: Starlette redirects to the slash-less route with an absolute URL; Flask has no match.
    slash = httpx.get(f"{fastapi_server.base_url}/greet/Ada/")
    assert (slash.status_code, slash.headers["location"]) == (307, f"{fastapi_server.base_url}/greet/Ada")
    assert httpx.get(f"{flask_server.base_url}/greet/Ada/").status_code == 404


def test_testclient_follows_the_trailing_slash_redirect_silently():
    # A test that calls a URL with a stray slash still passes against FastAPI.
    response = fastapi_tests.client.get("/greet/Ada/")
    assert response.status_code == 200
    assert [r.status_code for r in response.history] == [307]


def _endless_events() -> tuple[flask.Flask, FastAPI]:
    # An event stream that never ends: a test must read it piece by piece and then stop.
    flask_app = flask.Flask(__name__)

    @flask_app.get("/events")
    def flask_events():
        return flask.Response((f"data: {n}\n\n" for n in itertools.count()), mimetype="text/event-stream")

    fastapi_app = FastAPI()

    @fastapi_app.get("/events", response_class=EventSourceResponse)
    async def fastapi_events():
        for n in itertools.count():
            yield {"n": n}

    return flask_app, fastapi_app


def test_both_test_clients_read_an_endless_stream_piece_by_piece():
    flask_app, fastapi_app = _endless_events()
    flask_response = flask_app.test_client().get("/events")  # not buffered: the body is an iterator
    with contextlib.closing(flask_response):
        assert flask_response.mimetype == "text/event-stream"
        assert list(itertools.islice(flask_response.response, 2)) == [b"data: 0\n\n", b"data: 1\n\n"]
    with TestClient(fastapi_app).stream("GET", "/events") as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        events = [line for line in itertools.islice(response.iter_lines(), 4) if line]
    assert events == ['data: {"n": 0}', 'data: {"n": 1}']


def test_dependency_overrides_are_seen_by_every_thread_of_the_process():
    # Why parallel tests in threads of one process clash: the override is app-wide state.
    overridden, finished = threading.Event(), threading.Event()

    def other_test():
        fastapi_tests.app.dependency_overrides[fastapi_tests.get_greeting] = lambda: "Hi"
        overridden.set()
        finished.wait(timeout=5)
        fastapi_tests.app.dependency_overrides.clear()

    worker = threading.Thread(target=other_test)
    worker.start()
    try:
        assert overridden.wait(timeout=5)
        assert fastapi_tests.client.get("/greet/Ada").json() == {"message": "Hi, Ada!"}
    finally:
        finished.set()
        worker.join(timeout=5)
    assert fastapi_tests.client.get("/greet/Ada").json() == {"message": "Hello, Ada!"}


@pytest.mark.anyio
async def test_asgi_transport_does_not_run_the_lifespan():
    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.ready = True
        yield

    app = FastAPI(lifespan=lifespan)

    @app.get("/ready")
    def ready():
        return {"ready": getattr(app.state, "ready", False)}

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        assert (await client.get("/ready")).json() == {"ready": False}
    with TestClient(app) as client:  # entering TestClient does run it
        assert client.get("/ready").json() == {"ready": True}


def test_testclient_without_httpx2_warns_and_falls_back_to_httpx():
    # A fresh interpreter where httpx2 cannot be imported, as with only httpx installed.
    code = ("import sys, warnings; sys.modules['httpx2'] = None; warnings.simplefilter('error'); "
            "import starlette.testclient")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert "StarletteDeprecationWarning" in result.stderr and "install `httpx2`" in result.stderr
