"""The same typed endpoint in both frameworks: same answers on good input, different errors on bad."""

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import flask
import pytest
import werkzeug.test
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel
from werkzeug.debug import DebuggedApplication

from developer_experience.fastapi_app import app as fastapi_app
from developer_experience.flask_app import app as flask_app

EXAMPLES_DIR = Path(__file__).resolve().parent.parent


@pytest.fixture
def flask_client():
    return flask_app.test_client()


@pytest.fixture
def fastapi_client():
    return TestClient(fastapi_app)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/items/3", {"item_id": 3, "limit": 10}),
        ("/items/3?limit=25", {"item_id": 3, "limit": 25}),
    ],
)
def test_good_input_gives_the_same_json(flask_client, fastapi_client, url, expected):
    flask_response = flask_client.get(url)
    fastapi_response = fastapi_client.get(url)
    assert flask_response.status_code == fastapi_response.status_code == 200
    assert flask_response.get_json() == fastapi_response.json() == expected


def test_flask_non_integer_path_is_a_plain_404(flask_client):
    # The <int:...> converter does not match, so no view runs and no reason is given.
    response = flask_client.get("/items/abc")
    assert response.status_code == 404
    assert response.mimetype == "text/html"


def test_fastapi_non_integer_path_names_the_field(fastapi_client):
    response = fastapi_client.get("/items/abc")
    assert response.status_code == 422
    error = response.json()["detail"][0]
    assert error["loc"] == ["path", "item_id"]
    assert error["type"] == "int_parsing"
    assert error["input"] == "abc"


def test_flask_bad_limit_is_the_400_the_view_wrote(flask_client):
    response = flask_client.get("/items/3?limit=abc")
    assert response.status_code == 400
    assert response.get_json() == {"error": "limit must be an integer", "got": "abc"}


def test_flask_out_of_range_limit(flask_client):
    response = flask_client.get("/items/3?limit=0")
    assert response.status_code == 400
    assert response.get_json()["error"] == "limit must be between 1 and 100"


def test_fastapi_bad_limit_is_422_with_location(fastapi_client):
    response = fastapi_client.get("/items/3?limit=abc")
    assert response.status_code == 422
    error = response.json()["detail"][0]
    assert error["loc"] == ["query", "limit"]
    assert error["type"] == "int_parsing"


def test_fastapi_out_of_range_limit(fastapi_client):
    response = fastapi_client.get("/items/3?limit=0")
    assert response.status_code == 422
    error = response.json()["detail"][0]
    assert error["loc"] == ["query", "limit"]
    assert error["type"] == "greater_than_equal"
    assert error["ctx"] == {"ge": 1}


def test_negative_ids_differ(flask_client, fastapi_client):
    # Flask's int converter is unsigned by default; a plain `int` annotation is not.
    assert flask_client.get("/items/-1").status_code == 404
    assert fastapi_client.get("/items/-1").json() == {"item_id": -1, "limit": 10}


def test_fastapi_signature_shows_up_in_the_schema(fastapi_client):
    operation = fastapi_client.get("/openapi.json").json()["paths"]["/items/{item_id}"]["get"]
    limit = next(p for p in operation["parameters"] if p["name"] == "limit")
    assert limit["schema"]["minimum"] == 1
    assert limit["schema"]["maximum"] == 100
    assert limit["schema"]["default"] == 10


# --- Statements in the page's prose, checked against the pinned packages -----------


@pytest.mark.parametrize(
    ("proxy", "message"),
    [
        ("request", "Working outside of request context."),
        ("session", "Working outside of request context."),
        ("g", "Working outside of application context."),
        ("current_app", "Working outside of application context."),
    ],
)
def test_flask_context_errors_name_the_missing_context(proxy, message):
    with pytest.raises(RuntimeError) as error:
        getattr(flask, proxy).get("x")  # any attribute access needs the context
    assert str(error.value).splitlines()[0] == message


def test_flask_type_int_falls_back_to_the_default_on_bad_input():
    with flask_app.test_request_context("/?limit=abc"):
        assert flask.request.args.get("limit", 10, type=int) == 10


def test_fastapi_return_annotation_coerces_and_only_models_filter():
    app = FastAPI()

    @app.get("/counts")
    def counts() -> dict[str, int]:
        return {"items": "1", "extra": 2}

    @app.get("/broken")
    def broken() -> dict[str, int]:
        return {"items": "one"}

    class Counts(BaseModel):
        items: int

    @app.get("/model")
    def model() -> Counts:
        return {"items": "1", "extra": 2}

    client = TestClient(app, raise_server_exceptions=False)
    assert client.get("/counts").json() == {"items": 1, "extra": 2}  # "1" became 1; no key dropped
    assert client.get("/broken").status_code == 500  # a value that is no int fails on the way out
    assert client.get("/model").json() == {"items": 1}  # a model keeps only the fields it declares


def test_bare_fastapi_command_prints_the_hint_then_fails():
    # fastapi-cli is not among the pinned packages, as with a plain `pip install fastapi`.
    assert importlib.util.find_spec("fastapi_cli") is None, "fastapi-cli is installed: the page says it is not"
    result = subprocess.run([sys.executable, "-m", "fastapi", "dev", "main.py"],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert 'pip install "fastapi[standard]"' in result.stdout
    assert "RuntimeError" in result.stderr  # the hint is raised again, with a traceback


def test_fastapi_debug_mode_returns_the_traceback_as_a_page():
    app = FastAPI(debug=True)

    @app.get("/boom")
    def boom():
        raise ValueError("boom")

    client = TestClient(app, raise_server_exceptions=False)
    page = client.get("/boom", headers={"Accept": "text/html"})
    assert (page.status_code, page.headers["content-type"]) == (500, "text/html; charset=utf-8")
    assert "ValueError" in page.text and "boom" in page.text
    assert "__debugger__" not in page.text  # read-only: nothing to evaluate code with
    assert "ValueError: boom" in client.get("/boom").text  # plain-text traceback otherwise


def _debugger_console(pin_security: bool) -> tuple[str, werkzeug.test.TestResponse]:
    # `flask run --debug` sets app.debug (so exceptions reach the debugger) and wraps the app
    # in DebuggedApplication with the console on (werkzeug.serving.run_simple).
    app = flask.Flask(__name__)
    app.debug = True

    @app.get("/boom")
    def boom():
        raise ValueError("boom")

    app.wsgi_app = DebuggedApplication(app.wsgi_app, evalex=True, pin_security=pin_security)
    client = app.test_client()
    page = client.get("/boom").get_data(as_text=True)
    frame = re.findall(r'id="frame-(\d+)"', page)[-1]
    secret = re.search(r'SECRET = "([^"]+)"', page).group(1)
    return page, client.get(f"/boom?__debugger__=yes&cmd=6*7&frm={frame}&s={secret}")


def test_flask_debugger_shows_the_traceback_and_locks_its_console_behind_a_pin():
    page, console = _debugger_console(pin_security=True)
    assert "ValueError: boom" in page and "EVALEX = true" in page
    assert console.status_code == 500  # no PIN entered: the command is not run, the page comes back
    assert not console.get_data(as_text=True).startswith(">>> 6*7")
    _, unlocked = _debugger_console(pin_security=False)  # the same request, PIN check off
    assert unlocked.get_data(as_text=True).startswith(">>> 6*7")


def test_flask_cli_lists_the_routes():
    result = subprocess.run([sys.executable, "-m", "flask", "--app", "developer_experience.flask_app", "routes"],
                            cwd=EXAMPLES_DIR, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "/items/<int:item_id>" in result.stdout
