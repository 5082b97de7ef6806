"""Behaviour of the API-documentation samples: the served spec, the docs pages, validation."""

import re

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api_documentation.fastapi_app import app as fastapi_app
from api_documentation.flask_app import app as flask_app

GOOD = {"item": "notebook", "quantity": 2}
WRONG_TYPE = {"item": "notebook", "quantity": "two"}


@pytest.fixture
def flask_client():
    return flask_app.test_client()


@pytest.fixture
def fastapi_client():
    return TestClient(fastapi_app)


def _order_operation(spec):
    return spec["paths"]["/orders"]["post"]


# --- APIFlask ----------------------------------------------------------------


def test_apiflask_serves_openapi_document(flask_client):
    spec = flask_client.get("/openapi.json").get_json()
    assert spec["openapi"] == "3.1.0"
    assert spec["info"] == {"title": "Orders API", "version": "1.0.0"}
    operation = _order_operation(spec)
    assert operation["summary"] == "Place an order"
    assert operation["description"] == "Create an order and return it with its new id."
    assert operation["tags"] == ["orders"]
    assert operation["operationId"] == "post_create_order"  # from AUTO_OPERATION_ID
    body = operation["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/OrderIn"}
    assert set(operation["responses"]) == {"201", "422"}


def test_apiflask_response_schema_lists_required_fields(flask_client):
    schemas = flask_client.get("/openapi.json").get_json()["components"]["schemas"]
    assert schemas["OrderOut"]["required"] == ["item", "quantity", "id"]


def test_apiflask_serves_swagger_ui(flask_client):
    response = flask_client.get("/docs")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert b"swagger-ui" in response.data


def test_apiflask_validates_what_it_documents(flask_client):
    assert flask_client.post("/orders", json=GOOD).get_json() == {"id": 1, **GOOD}
    response = flask_client.post("/orders", json=WRONG_TYPE)
    assert response.status_code == 422
    assert "quantity" in response.get_json()["detail"]["json"]


# --- FastAPI -----------------------------------------------------------------


def test_fastapi_serves_openapi_document(fastapi_client):
    spec = fastapi_client.get("/openapi.json").json()
    assert spec["openapi"] == "3.1.0"
    assert spec["info"] == {"title": "Orders API", "version": "1.0.0"}
    operation = _order_operation(spec)
    assert operation["summary"] == "Place an order"
    assert operation["description"] == "Create an order and return it with its new id."
    assert operation["tags"] == ["orders"]
    assert operation["operationId"] == "create_order_orders_post"
    assert operation["requestBody"]["required"] is True
    ok = operation["responses"]["201"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/OrderOut"}
    assert "422" in operation["responses"]


def test_fastapi_schema_includes_the_validation_error_shape(fastapi_client):
    schemas = fastapi_client.get("/openapi.json").json()["components"]["schemas"]
    assert "HTTPValidationError" in schemas


def test_both_schemas_carry_the_pydantic_constraints(flask_client, fastapi_client):
    for spec in (flask_client.get("/openapi.json").get_json(), fastapi_client.get("/openapi.json").json()):
        quantity = spec["components"]["schemas"]["OrderIn"]["properties"]["quantity"]
        assert (quantity["type"], quantity["exclusiveMinimum"], quantity["maximum"]) == ("integer", 0, 100)


@pytest.mark.parametrize(("path", "marker"), [("/docs", "swagger-ui"), ("/redoc", "redoc")])
def test_fastapi_serves_both_docs_pages(fastapi_client, path, marker):
    response = fastapi_client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert marker in response.text
    assert "/openapi.json" in response.text


def test_fastapi_caches_the_document_and_rebuilds_it_when_routes_change():
    app = FastAPI()

    @app.get("/first")
    def first():
        return {}

    client = TestClient(app)
    assert set(client.get("/openapi.json").json()["paths"]) == {"/first"}
    assert app.openapi() is app.openapi()  # built once, then served from the cache

    @app.get("/second")
    def second():
        return {}

    assert set(client.get("/openapi.json").json()["paths"]) == {"/first", "/second"}


def test_fastapi_openapi_url_none_removes_both_ui_pages():
    client = TestClient(FastAPI(openapi_url=None))
    assert [client.get(path).status_code for path in ("/openapi.json", "/docs", "/redoc")] == [404, 404, 404]


def test_fastapi_operation_ids_can_come_from_the_function_name():
    app = FastAPI(generate_unique_id_function=lambda route: route.name)

    @app.post("/orders")
    def create_order():
        return {}

    assert TestClient(app).get("/openapi.json").json()["paths"]["/orders"]["post"]["operationId"] == "create_order"


def test_fastapi_validates_what_it_documents(fastapi_client):
    assert fastapi_client.post("/orders", json=GOOD).json() == {"id": 1, **GOOD}
    response = fastapi_client.post("/orders", json=WRONG_TYPE)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "quantity"]


# --- On the wire ---------------------------------------------------------------------

# Gunicorn accepts connections before its workers have booted, and this machine may be loaded:
# the first answer can take seconds, so requests on the wire get a generous timeout.
WIRE_TIMEOUT = 30


def _asset_urls(html: str) -> list[str]:
    return re.findall(r'(?:src|href)="(https://[^"]+)"', html)


@pytest.mark.real_server
def test_fastapi_docs_routes_on_uvicorn(real_server):
    base = real_server("api_documentation.fastapi_app:app").base_url
    spec = httpx.get(f"{base}/openapi.json", timeout=WIRE_TIMEOUT)
    assert spec.status_code == 200
    assert spec.headers["content-type"] == "application/json"
    assert spec.json()["openapi"] == "3.1.0"
    for path, bundle in (("/docs", "swagger-ui-dist@5/swagger-ui-bundle.js"), ("/redoc", "redoc@2/bundles/redoc.standalone.js")):
        page = httpx.get(f"{base}{path}", timeout=WIRE_TIMEOUT)
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        # The UI's JavaScript comes from a public CDN, pinned to a major version.
        assert f"https://cdn.jsdelivr.net/npm/{bundle}" in _asset_urls(page.text)


@pytest.mark.real_server
def test_apiflask_docs_routes_on_gunicorn(real_server):
    base = real_server("api_documentation.flask_app:app", server="gunicorn").base_url
    spec = httpx.get(f"{base}/openapi.json", timeout=WIRE_TIMEOUT)
    assert spec.status_code == 200
    assert spec.json()["openapi"] == "3.1.0"
    page = httpx.get(f"{base}/docs", timeout=WIRE_TIMEOUT)
    assert page.status_code == 200
    # Same CDN, but no version in the URL: each page load gets whatever is newest.
    assert "https://cdn.jsdelivr.net/npm/swagger-ui-dist/swagger-ui-bundle.js" in _asset_urls(page.text)
    assert httpx.get(f"{base}/redoc", timeout=WIRE_TIMEOUT).status_code == 404  # one UI at a time, chosen with docs_ui
