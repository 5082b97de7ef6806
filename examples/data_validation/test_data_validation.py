"""Behaviour of the data-validation samples: good input passes, bad input names the field."""

import pytest
from fastapi.testclient import TestClient

from data_validation.fastapi_app import app as fastapi_app
from data_validation.flask_app import app as flask_app
from data_validation.flask_extension import app as flask_ext_app

GOOD = {"item": "notebook", "quantity": 3}
WRONG_TYPE = {"item": "notebook", "quantity": "three"}
OUT_OF_RANGE = {"item": "", "quantity": 0}
EXPECTED = {"item": "notebook", "quantity": 3, "gift_wrap": False}


@pytest.fixture
def flask_client():
    return flask_app.test_client()


@pytest.fixture
def fastapi_client():
    return TestClient(fastapi_app)


@pytest.fixture
def flask_ext_client():
    return flask_ext_app.test_client()


def _locs(errors):
    return [tuple(error["loc"]) for error in errors]


# --- Flask, Pydantic by hand -------------------------------------------------


def test_flask_accepts_valid_order(flask_client):
    response = flask_client.post("/orders", json=GOOD)
    assert response.status_code == 201
    assert response.get_json() == EXPECTED


def test_flask_wrong_type_is_400_naming_the_field(flask_client):
    response = flask_client.post("/orders", json=WRONG_TYPE)
    assert response.status_code == 400
    errors = response.get_json()["detail"]
    assert _locs(errors) == [("quantity",)]
    assert errors[0]["type"] == "int_parsing"


def test_flask_reports_every_failing_field(flask_client):
    response = flask_client.post("/orders", json=OUT_OF_RANGE)
    assert response.status_code == 400
    errors = response.get_json()["detail"]
    assert _locs(errors) == [("item",), ("quantity",)]
    assert [e["type"] for e in errors] == ["string_too_short", "greater_than"]


def test_flask_missing_field_is_reported(flask_client):
    response = flask_client.post("/orders", json={"item": "notebook"})
    assert response.status_code == 400
    assert response.get_json()["detail"][0]["loc"] == ["quantity"]
    assert response.get_json()["detail"][0]["type"] == "missing"


def test_flask_non_json_content_type_is_415(flask_client):
    response = flask_client.post("/orders", data='{"item": "notebook", "quantity": 3}', content_type="text/plain")
    assert response.status_code == 415


def test_flask_malformed_json_is_400_html_by_default(flask_client):
    response = flask_client.post("/orders", data="{not json", content_type="application/json")
    assert response.status_code == 400
    # Flask's own HTTP errors are HTML pages unless you register an error handler.
    assert response.mimetype == "text/html"


# --- FastAPI -----------------------------------------------------------------


def test_fastapi_accepts_valid_order(fastapi_client):
    response = fastapi_client.post("/orders", json=GOOD)
    assert response.status_code == 201
    assert response.json() == EXPECTED


def test_fastapi_wrong_type_is_422_naming_the_field(fastapi_client):
    response = fastapi_client.post("/orders", json=WRONG_TYPE)
    assert response.status_code == 422
    errors = response.json()["detail"]
    assert _locs(errors) == [("body", "quantity")]
    assert errors[0]["type"] == "int_parsing"


def test_fastapi_reports_every_failing_field(fastapi_client):
    response = fastapi_client.post("/orders", json=OUT_OF_RANGE)
    assert response.status_code == 422
    errors = response.json()["detail"]
    assert _locs(errors) == [("body", "item"), ("body", "quantity")]


def test_fastapi_malformed_json_is_422_json(fastapi_client):
    response = fastapi_client.post(
        "/orders", content="{not json", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/json"
    assert response.json()["detail"][0]["type"] == "json_invalid"


def test_fastapi_strict_content_type_rejects_body_without_json_header(fastapi_client):
    # strict_content_type (default True since FastAPI 0.132.0): no JSON Content-Type, no JSON parsing.
    response = fastapi_client.post("/orders", content='{"item": "notebook", "quantity": 3}')
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body"]


def test_fastapi_documents_the_422_in_openapi(fastapi_client):
    operation = fastapi_client.get("/openapi.json").json()["paths"]["/orders"]["post"]
    assert "422" in operation["responses"]


# --- Flask-Pydantic ----------------------------------------------------------


def test_flask_pydantic_accepts_valid_order(flask_ext_client):
    response = flask_ext_client.post("/orders", json=GOOD)
    assert response.status_code == 201
    assert response.get_json() == EXPECTED


def test_flask_pydantic_wrong_type_is_400_naming_the_field(flask_ext_client):
    response = flask_ext_client.post("/orders", json=WRONG_TYPE)
    assert response.status_code == 400
    errors = response.get_json()["validation_error"]["body_params"]
    assert _locs(errors) == [("quantity",)]
