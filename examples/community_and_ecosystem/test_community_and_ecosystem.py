"""The /version samples report exactly what is installed, and reject unknown packages."""

from importlib.metadata import version
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from community_and_ecosystem.fastapi_app import app as fastapi_app
from community_and_ecosystem.flask_app import app as flask_app

REQUIREMENTS = Path(__file__).resolve().parent.parent / "requirements.txt"


def pinned_versions() -> dict[str, str]:
    pins = {}
    for line in REQUIREMENTS.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if "==" in line:
            name, _, pinned = line.partition("==")
            pins[name.strip().lower()] = pinned.strip()
    return pins


def release(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def satisfies(installed: str, pin: str) -> bool:
    """Check a `name>=A.B,<A.C` range the way pip would for plain release numbers."""
    lower, upper = pin.split(">=", 1)[1].split(",<")
    return release(lower) <= release(installed) < release(upper)


@pytest.fixture
def flask_client():
    return flask_app.test_client()


@pytest.fixture
def fastapi_client():
    return TestClient(fastapi_app)


def test_flask_reports_installed_versions(flask_client):
    response = flask_client.get("/version")
    assert response.status_code == 200
    body = response.get_json()
    for name in ("flask", "werkzeug", "jinja2"):
        assert body[name] == version(name)
    assert satisfies(version("flask"), body["pin"])
    assert body["pin"].startswith("flask>=")


def test_fastapi_reports_installed_versions(fastapi_client):
    response = fastapi_client.get("/version")
    assert response.status_code == 200
    body = response.json()
    for name in ("fastapi", "starlette", "pydantic"):
        assert body[name] == version(name)
    major, minor = version("fastapi").split(".")[:2]
    assert body["pin"] == f"fastapi>={major}.{minor},<{major}.{int(minor) + 1}"
    assert satisfies(version("fastapi"), body["pin"])


def test_reported_versions_are_the_pinned_ones(flask_client, fastapi_client):
    pins = pinned_versions()
    reported = {**flask_client.get("/version").get_json(), **fastapi_client.get("/version").json()}
    for name in ("flask", "werkzeug", "fastapi", "starlette", "pydantic"):
        assert reported[name] == pins[name], f"{name}: installed {reported[name]}, pinned {pins[name]}"


def test_flask_single_package(flask_client):
    response = flask_client.get("/version/werkzeug")
    assert response.status_code == 200
    assert response.get_json() == {"package": "werkzeug", "installed": version("werkzeug")}


def test_fastapi_single_package(fastapi_client):
    response = fastapi_client.get("/version/pydantic")
    assert response.status_code == 200
    assert response.json() == {"package": "pydantic", "installed": version("pydantic")}


def test_flask_unknown_package_is_404(flask_client):
    response = flask_client.get("/version/django")
    assert response.status_code == 404
    assert "'django' is not one of" in response.get_json()["error"]


def test_fastapi_unknown_package_is_422(fastapi_client):
    response = fastapi_client.get("/version/django")
    assert response.status_code == 422
    error = response.json()["detail"][0]
    assert error["loc"] == ["path", "name"]
    assert error["type"] == "literal_error"
    assert "'fastapi'" in error["msg"]
