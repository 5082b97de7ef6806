"""Behaviour of the data-validation samples: good input passes, bad input names the field."""

from typing import Annotated

import httpx
import pytest
from fastapi import FastAPI, Query
from fastapi.testclient import TestClient
from flask import Flask, jsonify, request
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from data_validation.fastapi_app import Order
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
    assert response.mimetype == "text/html"


def test_flask_malformed_json_is_400_html_by_default(flask_client):
    response = flask_client.post("/orders", data="{not json", content_type="application/json")
    assert response.status_code == 400
    # Flask's own HTTP errors are HTML pages unless you register an error handler.
    assert response.mimetype == "text/html"


def test_flask_errors_with_context_can_break_jsonify():
    class Lucky(BaseModel):
        number: int

        @field_validator("number")
        @classmethod
        def not_thirteen(cls, value: int) -> int:
            if value == 13:
                raise ValueError("unlucky")
            return value

    with pytest.raises(ValidationError) as caught:
        Lucky.model_validate({"number": 13})
    with flask_app.app_context():
        with pytest.raises(TypeError, match="ValueError is not JSON serializable"):
            jsonify(caught.value.errors())
        assert jsonify(caught.value.errors(include_context=False)).status_code == 200


def test_flask_route_converters_404_and_args_fall_back_silently():
    app = Flask(__name__)

    @app.get("/items/<int:item_id>")
    def item(item_id: int):
        return {"id": item_id}

    @app.get("/items")
    def items():
        return {"page": request.args.get("page", 1, type=int)}

    client = app.test_client()
    assert client.get("/items/7").get_json() == {"id": 7}
    assert client.get("/items/seven").status_code == 404
    assert client.get("/items/-7").status_code == 404  # int: matches no sign unless signed=True
    assert client.get("/items?page=3").get_json() == {"page": 3}
    assert client.get("/items?page=three").get_json() == {"page": 1}


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


def test_strict_content_type_false_reads_a_body_without_the_header():
    app = FastAPI(strict_content_type=False)

    @app.post("/orders", status_code=201)
    def create_order(order: Order) -> Order:
        return order

    response = TestClient(app).post("/orders", content='{"item": "notebook", "quantity": 3}')
    assert response.status_code == 201
    assert response.json() == EXPECTED


def test_same_pydantic_error_in_both_frameworks(flask_client, fastapi_client):
    flask_error = flask_client.post("/orders", json=WRONG_TYPE).get_json()["detail"][0]
    fastapi_error = fastapi_client.post("/orders", json=WRONG_TYPE).json()["detail"][0]
    for key in ("type", "msg", "input"):
        assert flask_error[key] == fastapi_error[key]


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


# --- Lax and strict mode -------------------------------------------------------


class StrictOrder(Order):
    model_config = ConfigDict(strict=True)


class StrictQuantityOrder(Order):
    quantity: int = Field(gt=0, le=100, strict=True)


LAX_CONVERSIONS = [("5", 5), (5.0, 5), (" 5 ", 5), ("1_0", 10), (True, 1)]


@pytest.mark.parametrize(("sent", "stored"), LAX_CONVERSIONS)
def test_lax_mode_converts_and_strict_mode_refuses(sent, stored):
    body = {"item": "notebook", "quantity": sent}
    assert Order.model_validate(body).quantity == stored
    for strict_model in (StrictOrder, StrictQuantityOrder):
        with pytest.raises(ValidationError) as strict_error:
            strict_model.model_validate(body)
        assert strict_error.value.errors()[0]["type"] == "int_type"


@pytest.mark.parametrize(("sent", "error_type"), [(5.5, "int_from_float"), ("five", "int_parsing")])
def test_lax_mode_still_refuses_lossy_or_unparsable_values(sent, error_type):
    with pytest.raises(ValidationError) as lax_error:
        Order.model_validate({"item": "notebook", "quantity": sent})
    assert lax_error.value.errors()[0]["type"] == error_type


def test_strict_mode_accepts_a_json_integer():
    assert StrictOrder.model_validate_json('{"item": "notebook", "quantity": 5}').quantity == 5
    assert StrictQuantityOrder.model_validate_json('{"item": "notebook", "quantity": 5}').quantity == 5


def test_strict_query_parameter_refuses_every_value():
    app = FastAPI()

    @app.get("/orders")
    def list_orders(page: Annotated[int, Query(strict=True)] = 1):
        return {"page": page}

    client = TestClient(app)
    assert client.get("/orders").json() == {"page": 1}
    response = client.get("/orders?page=2")  # the query string is text, so strict int never matches
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "int_type"


# --- On the wire ---------------------------------------------------------------------

# Gunicorn accepts connections before its workers have booted, and this machine may be loaded:
# the first answer can take seconds, so requests on the wire get a generous timeout.
WIRE_TIMEOUT = 30


@pytest.mark.real_server
def test_fastapi_422_body_on_the_wire(real_server):
    server = real_server("data_validation.fastapi_app:app")
    response = httpx.post(f"{server.base_url}/orders", json={"item": "", "quantity": "three"},
                          timeout=WIRE_TIMEOUT)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {
        "detail": [
            {"type": "string_too_short", "loc": ["body", "item"], "msg": "String should have at least 1 character",
             "input": "", "ctx": {"min_length": 1}},
            {"type": "int_parsing", "loc": ["body", "quantity"],
             "msg": "Input should be a valid integer, unable to parse string as an integer", "input": "three"},
        ]
    }


@pytest.mark.real_server
def test_lax_mode_on_the_wire_turns_a_string_and_true_into_integers(real_server):
    server = real_server("data_validation.fastapi_app:app")
    for sent, stored in (("3", 3), (True, 1)):
        response = httpx.post(f"{server.base_url}/orders", json={"item": "notebook", "quantity": sent},
                              timeout=WIRE_TIMEOUT)
        assert response.status_code == 201
        assert response.json()["quantity"] == stored


@pytest.mark.real_server
def test_flask_400_body_on_the_wire(real_server):
    server = real_server("data_validation.flask_app:app", server="gunicorn")
    response = httpx.post(f"{server.base_url}/orders", json=WRONG_TYPE, timeout=WIRE_TIMEOUT)
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {
        "detail": [{"type": "int_parsing", "loc": ["quantity"],
                    "msg": "Input should be a valid integer, unable to parse string as an integer", "input": "three"}]
    }
