"""Behaviour of the API-documentation samples: the served spec, the docs pages, validation."""

import pytest
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


def test_apiflask_schema_carries_pydantic_constraints(flask_client):
    schemas = flask_client.get("/openapi.json").get_json()["components"]["schemas"]
    quantity = schemas["OrderIn"]["properties"]["quantity"]
    assert quantity["type"] == "integer"
    assert quantity["exclusiveMinimum"] == 0
    assert quantity["maximum"] == 100
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


def test_fastapi_schema_carries_pydantic_constraints(fastapi_client):
    schemas = fastapi_client.get("/openapi.json").json()["components"]["schemas"]
    quantity = schemas["OrderIn"]["properties"]["quantity"]
    assert quantity["type"] == "integer"
    assert quantity["exclusiveMinimum"] == 0
    assert quantity["maximum"] == 100
    assert "HTTPValidationError" in schemas


@pytest.mark.parametrize(("path", "marker"), [("/docs", "swagger-ui"), ("/redoc", "redoc")])
def test_fastapi_serves_both_docs_pages(fastapi_client, path, marker):
    response = fastapi_client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert marker in response.text
    assert "/openapi.json" in response.text


def test_fastapi_validates_what_it_documents(fastapi_client):
    assert fastapi_client.post("/orders", json=GOOD).json() == {"id": 1, **GOOD}
    response = fastapi_client.post("/orders", json=WRONG_TYPE)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "quantity"]
