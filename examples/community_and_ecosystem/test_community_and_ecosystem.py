"""The /version samples report exactly what is installed, and reject unknown packages.

The page's statements about package metadata (classifiers, the Starlette range FastAPI declares)
are read from the installed distributions, and what a client sees is checked on the wire as well:
Flask under Gunicorn, FastAPI under Uvicorn, as the page names them.
"""

from importlib.metadata import metadata, requires, version
from pathlib import Path

import httpx
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


def classifiers(package: str) -> list[str]:
    return metadata(package).get_all("Classifier") or []


def test_flask_is_classified_production_stable():
    assert "Development Status :: 5 - Production/Stable" in classifiers("flask")


def test_fastapi_is_0x_and_classified_beta():
    assert version("fastapi").startswith("0.")
    assert "Development Status :: 4 - Beta" in classifiers("fastapi")


def test_fastapi_declares_a_starlette_floor_and_no_ceiling():
    # Since FastAPI 0.133.0 the Starlette requirement is a floor only, so nothing but a lock file
    # keeps a later Starlette (a new major included) from being installed beside it.
    (starlette,) = [req for req in requires("fastapi") if req.startswith("starlette") and "extra ==" not in req]
    assert starlette == "starlette>=1.6.0"
    assert release(version("starlette")) >= (1, 6, 0)


@pytest.mark.real_server
def test_both_apps_report_their_stack_over_http(real_server):
    flask_server = real_server("community_and_ecosystem.flask_app:app", server="gunicorn")
    fastapi_server = real_server("community_and_ecosystem.fastapi_app:app")
    flask_body = httpx.get(f"{flask_server.base_url}/version").json()
    fastapi_body = httpx.get(f"{fastapi_server.base_url}/version").json()
    assert {name: flask_body[name] for name in ("flask", "werkzeug", "jinja2")} == {
        name: version(name) for name in ("flask", "werkzeug", "jinja2")
    }
    assert {name: fastapi_body[name] for name in ("fastapi", "starlette", "pydantic")} == {
        name: version(name) for name in ("fastapi", "starlette", "pydantic")
    }
    assert satisfies(version("flask"), flask_body["pin"])
    assert satisfies(version("fastapi"), fastapi_body["pin"])


@pytest.mark.real_server
def test_flask_unknown_package_is_404_on_gunicorn(real_server):
    server = real_server("community_and_ecosystem.flask_app:app", server="gunicorn")
    response = httpx.get(f"{server.base_url}/version/django")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"error": "'django' is not one of flask, werkzeug, jinja2"}


@pytest.mark.real_server
def test_fastapi_unknown_package_is_422_on_uvicorn(real_server):
    server = real_server("community_and_ecosystem.fastapi_app:app")
    response = httpx.get(f"{server.base_url}/version/django")
    assert response.status_code == 422
    (error,) = response.json()["detail"]
    assert error["loc"] == ["path", "name"]
    assert error["input"] == "django"
    for allowed in ("'fastapi'", "'starlette'", "'pydantic'"):
        assert allowed in error["msg"]
