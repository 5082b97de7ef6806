"""Tests for the flexibility samples: blueprints vs routers, factories, hooks and extensions."""
import pytest
from fastapi.testclient import TestClient

from flexibility import fastapi_app, fastapi_lifespan, flask_app, flask_extension, flask_rest

TENANT = {"X-Tenant": "acme"}


# --- Blueprint vs APIRouter, factory, app-wide hook ---------------------------------


def test_flask_blueprint_route_under_prefix():
    response = flask_app.app.test_client().get("/orders/7", headers=TENANT)
    assert response.status_code == 200
    assert response.get_json() == {"id": 7, "tenant": "acme"}
    assert response.headers["X-API-Version"] == "1"


def test_fastapi_router_route_under_prefix():
    response = TestClient(fastapi_app.app).get("/orders/7", headers=TENANT)
    assert response.status_code == 200
    assert response.json() == {"id": 7, "tenant": "acme"}
    assert response.headers["X-API-Version"] == "1"


def test_flask_blueprint_hook_rejects_missing_header():
    response = flask_app.app.test_client().get("/orders/7")
    assert response.status_code == 400
    assert response.get_json() == {"error": "X-Tenant header is required"}
    assert response.headers["X-API-Version"] == "1"  # after_request still runs


def test_fastapi_router_dependency_rejects_missing_header():
    response = TestClient(fastapi_app.app).get("/orders/7")
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["header", "x-tenant"]


def test_bad_path_parameter_flask_404_fastapi_422():
    # Flask's int converter does not match, so no route is found; FastAPI matches and validates.
    assert flask_app.app.test_client().get("/orders/abc", headers=TENANT).status_code == 404
    response = TestClient(fastapi_app.app).get("/orders/abc", headers=TENANT)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["path", "order_id"]


def test_routes_outside_the_prefix_do_not_exist():
    assert flask_app.app.test_client().get("/7", headers=TENANT).status_code == 404
    assert TestClient(fastapi_app.app).get("/7", headers=TENANT).status_code == 404


def test_factories_build_independent_apps_with_their_own_settings():
    flask_v2 = flask_app.create_app({"API_VERSION": "2"})
    fastapi_v2 = fastapi_app.create_app({"API_VERSION": "2"})
    assert flask_v2.test_client().get("/orders/1", headers=TENANT).headers["X-API-Version"] == "2"
    assert TestClient(fastapi_v2).get("/orders/1", headers=TENANT).headers["X-API-Version"] == "2"
    assert flask_app.app.test_client().get("/orders/1", headers=TENANT).headers["X-API-Version"] == "1"


# --- REST in core Flask (MethodView) ------------------------------------------------


@pytest.fixture
def books():
    saved = dict(flask_rest.BOOKS)
    yield flask_rest.app.test_client()
    flask_rest.BOOKS.clear()
    flask_rest.BOOKS.update(saved)


def test_methodview_collection_and_item(books):
    assert books.get("/books").get_json() == [{"id": 1, "title": "Dune"}]
    assert books.get("/books/1").get_json() == {"id": 1, "title": "Dune"}
    assert books.get("/books/99").status_code == 404


def test_methodview_create_and_delete(books):
    created = books.post("/books", json={"title": "Hyperion"})
    assert created.status_code == 201
    assert created.get_json() == {"id": 2, "title": "Hyperion"}
    assert books.delete("/books/2").status_code == 204
    assert books.delete("/books/2").status_code == 404


def test_methodview_rejects_bad_body_and_unlisted_methods(books):
    response = books.post("/books", json={"title": 42})
    assert response.status_code == 400
    assert response.get_json() == {"error": "title must be a non-empty string"}
    assert books.put("/books/1", json={"title": "x"}).status_code == 405
    assert books.delete("/books").status_code == 405


# --- Extension pattern vs lifespan + yield dependency -------------------------------


def test_flask_extension_reads_config_and_closes_per_request():
    before = flask_extension.inventory.closed
    response = flask_extension.app.test_client().get("/stock")
    assert response.get_json() == {"dsn": "memory://", "items": 3}
    assert flask_extension.inventory.closed == before + 1
    assert flask_extension.app.extensions["inventory"] is flask_extension.inventory


def test_flask_extension_serves_a_second_app_with_other_config():
    other = flask_extension.create_app({"INVENTORY_DSN": "sqlite:///stock.db"})
    assert other.test_client().get("/stock").get_json()["dsn"] == "sqlite:///stock.db"


def test_fastapi_lifespan_and_yield_dependency():
    with TestClient(fastapi_lifespan.app) as client:  # entering runs the lifespan startup
        response = client.get("/stock")
        assert response.json() == {"dsn": "memory://", "items": 3}
        assert fastapi_lifespan.app.state.inventory["closed"] == 1
    assert fastapi_lifespan.app.state.inventory is None  # shutdown ran on exit


def test_fastapi_unknown_route_is_404():
    with TestClient(fastapi_lifespan.app) as client:
        assert client.get("/stocks").status_code == 404
