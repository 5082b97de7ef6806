"""The legacy Flask app, its FastAPI port, and both served from one FastAPI app during the move."""

import concurrent.futures
import time

import httpx
import pytest
from a2wsgi import WSGIMiddleware
from fastapi import FastAPI
from fastapi.testclient import TestClient
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from migration.fastapi_mount_flask import app as combined_app
from migration.fastapi_port import app as port_app
from migration.flask_legacy import USERS
from migration.flask_legacy import app as legacy_app


@pytest.fixture(autouse=True)
def fresh_store():
    saved = {key: dict(value) for key, value in USERS.items()}
    yield
    USERS.clear()
    USERS.update(saved)


@pytest.fixture
def combined():
    return TestClient(combined_app)


# --- the legacy app on its own -------------------------------------------------


def test_legacy_get_user_uses_g_from_before_request():
    response = legacy_app.test_client().get("/users/1", headers={"X-Caller": "billing"})
    assert response.status_code == 200
    assert response.get_json() == {"id": 1, "name": "Ada", "caller": "billing", "self": "/users/1"}


def test_legacy_rejects_missing_name():
    response = legacy_app.test_client().post("/users/", json={"nickname": "x"})
    assert response.status_code == 400
    assert response.get_json() == {"error": "name must be a non-empty string"}


# --- the port on its own --------------------------------------------------------


def test_port_get_user_uses_the_dependency():
    response = TestClient(port_app).get("/users/1", headers={"X-Caller": "billing"})
    assert response.status_code == 200
    assert response.json() == {"id": 1, "name": "Ada", "caller": "billing", "self": "/users/1"}


def test_port_rejects_empty_name_with_field_error():
    response = TestClient(port_app).post("/users/", json={"name": ""})
    assert response.status_code == 422
    error = response.json()["detail"][0]
    assert error["loc"] == ["body", "name"]
    assert error["type"] == "string_too_short"


# --- both behind one FastAPI app -------------------------------------------------


def test_fastapi_route_answers(combined):
    response = combined.get("/v2/users/1", headers={"X-Caller": "ops"})
    assert response.status_code == 200
    assert response.json() == {"id": 1, "name": "Ada", "caller": "ops", "self": "/v2/users/1"}


def test_mounted_flask_route_answers_with_prefixed_links(combined):
    response = combined.get("/v1/users/1", headers={"X-Caller": "ops"})
    assert response.status_code == 200
    # SCRIPT_NAME is the mount path, so Flask's url_for() includes /v1.
    assert response.json() == {"id": 1, "name": "Ada", "caller": "ops", "self": "/v1/users/1"}


def test_fastapi_own_route_still_served(combined):
    assert combined.get("/health").json() == {"status": "ok"}


def test_unknown_user_404_in_each_style(combined):
    fastapi_response = combined.get("/v2/users/99")
    assert fastapi_response.status_code == 404
    assert fastapi_response.json() == {"detail": "user not found"}
    flask_response = combined.get("/v1/users/99")
    assert flask_response.status_code == 404
    assert flask_response.headers["content-type"].startswith("text/html")


def test_bad_path_type_422_vs_404(combined):
    fastapi_response = combined.get("/v2/users/abc")
    assert fastapi_response.status_code == 422
    assert fastapi_response.json()["detail"][0]["loc"] == ["path", "user_id"]
    assert combined.get("/v1/users/abc").status_code == 404


def test_bad_body_422_vs_400(combined):
    fastapi_response = combined.post("/v2/users/", json={"name": ""})
    assert fastapi_response.status_code == 422
    assert fastapi_response.json()["detail"][0]["loc"] == ["body", "name"]
    flask_response = combined.post("/v1/users/", json={"name": "   "})
    assert flask_response.status_code == 400
    assert flask_response.json() == {"error": "name must be a non-empty string"}


def test_write_through_one_version_is_visible_in_the_other(combined):
    created = combined.post("/v2/users/", json={"name": "Grace"})
    assert created.status_code == 201
    new_id = created.json()["id"]
    legacy_view = combined.get(f"/v1/users/{new_id}")
    assert legacy_view.status_code == 200
    assert legacy_view.json()["name"] == "Grace"


def test_only_fastapi_routes_are_in_the_openapi_schema(combined):
    paths = combined.get("/openapi.json").json()["paths"]
    assert "/v2/users/{user_id}" in paths
    assert not any(path.startswith("/v1") for path in paths)


def test_a_root_mount_hides_fastapi_routes_registered_after_it():
    app = FastAPI()
    app.mount("/", WSGIMiddleware(legacy_app))

    @app.get("/late")
    def late() -> dict[str, str]:
        return {"reached": "fastapi"}

    response = TestClient(app).get("/late")
    assert response.status_code == 404  # Flask's own 404 page: the mount matched first
    assert response.headers["content-type"].startswith("text/html")


# --- the mount on a real Uvicorn -----------------------------------------------------------


SLOW_VIEW_S = 3


def combined_app_with_a_slow_legacy_route() -> FastAPI:
    """Uvicorn factory: the combined app, with one blocking view added to the Flask side."""

    @legacy_app.get("/slow")
    def slow() -> str:
        time.sleep(SLOW_VIEW_S)  # stands in for a slow query in a legacy view
        return "done"

    return combined_app


@pytest.mark.real_server
def test_mounted_flask_gets_ten_threads_apart_from_fastapis_pool(real_server, concurrent_get):
    server = real_server("migration.test_migration:combined_app_with_a_slow_legacy_route", args=["--factory"])
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        legacy = pool.submit(concurrent_get, f"{server.base_url}/v1/slow", 11)
        time.sleep(SLOW_VIEW_S + 0.5)  # past the untimed first request: a2wsgi's threads are busy
        assert httpx.get(f"{server.base_url}/health", timeout=30).json() == {"status": "ok"}
        health_done = time.monotonic()
        eleven = legacy.result()
        burst_done = time.monotonic()
    assert eleven.statuses == [200] * 11
    # Two waves: at most ten views ran at once (a2wsgi's default), and more than a few did.
    assert 2 * SLOW_VIEW_S <= eleven.seconds < 3 * SLOW_VIEW_S
    # FastAPI's def endpoint ran in its own pool, while all of a2wsgi's threads were still busy.
    assert health_done < burst_done - SLOW_VIEW_S, "/health waited for a Flask view to finish"


@pytest.mark.real_server
def test_websocket_handshakes_to_the_mounted_flask_app_are_refused(real_server):
    server = real_server("migration.fastapi_mount_flask:app")
    with pytest.raises(InvalidStatus) as refused:
        connect(f"{server.ws_url}/v1/users/1", open_timeout=10)
    assert refused.value.response.status_code == 403
