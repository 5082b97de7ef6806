"""Tests for the performance page's samples: same JSON out of both, bad input rejected."""

import re

import httpx
import pytest
from fastapi.testclient import TestClient

from performance.fastapi_app import app as fastapi_app
from performance.fastapi_timing import app as fastapi_timing_app
from performance.flask_app import app as flask_app
from performance.flask_timing import app as flask_timing_app

EXPECTED_FIRST_THREE = [
    {"id": 1, "name": "product-1", "price_cents": 250},
    {"id": 2, "name": "product-2", "price_cents": 500},
    {"id": 3, "name": "product-3", "price_cents": 750},
]


def parse_server_timing(header: str) -> dict[str, float]:
    metrics = {}
    for part in header.split(","):
        match = re.fullmatch(r"\s*(\w+);dur=([\d.]+)\s*", part)
        assert match, f"malformed Server-Timing entry: {part!r}"
        metrics[match[1]] = float(match[2])
    return metrics


@pytest.fixture
def flask_client():
    return flask_app.test_client()


@pytest.fixture
def fastapi_client():
    return TestClient(fastapi_app)


# --- the small JSON endpoint -------------------------------------------------


def test_flask_products_returns_public_fields_only(flask_client):
    response = flask_client.get("/products?limit=3")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert response.get_json() == EXPECTED_FIRST_THREE


def test_fastapi_products_returns_public_fields_only(fastapi_client):
    response = fastapi_client.get("/products", params={"limit": 3})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == EXPECTED_FIRST_THREE


def test_both_default_to_ten_rows_and_agree(flask_client, fastapi_client):
    flask_body = flask_client.get("/products").get_json()
    fastapi_body = fastapi_client.get("/products").json()
    assert len(flask_body) == 10
    assert flask_body == fastapi_body
    assert all("cost_cents" not in row for row in fastapi_body)


@pytest.mark.parametrize("limit", ["abc", "0", "101", "-1", "2.5"])
def test_flask_products_rejects_bad_limit(flask_client, limit):
    response = flask_client.get(f"/products?limit={limit}")
    assert response.status_code == 400
    assert "limit" in response.get_json()["error"]


@pytest.mark.parametrize(
    ("limit", "error_type"),
    [("abc", "int_parsing"), ("0", "greater_than_equal"), ("101", "less_than_equal")],
)
def test_fastapi_products_rejects_bad_limit(fastapi_client, limit, error_type):
    response = fastapi_client.get("/products", params={"limit": limit})
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["query", "limit"]
    assert error["type"] == error_type


# --- where the time goes: Server-Timing --------------------------------------


def test_flask_report_splits_logic_and_serialization():
    response = flask_timing_app.test_client().get("/report?min_score=700")
    assert response.status_code == 200
    assert len(response.get_json()) == 100  # scores 700.0 .. 714.1
    metrics = parse_server_timing(response.headers["Server-Timing"])
    assert set(metrics) == {"logic", "serialize", "app"}
    assert metrics["app"] >= metrics["logic"] + metrics["serialize"] - 0.05


def test_flask_report_rejects_non_numeric_score():
    response = flask_timing_app.test_client().get("/report?min_score=high")
    assert response.status_code == 400
    assert response.get_json() == {"error": "min_score must be a number"}
    assert set(parse_server_timing(response.headers["Server-Timing"])) == {"app"}


def test_fastapi_report_splits_logic_from_the_rest():
    response = TestClient(fastapi_timing_app).get("/report", params={"min_score": 700})
    assert response.status_code == 200
    rows = response.json()
    assert len(rows) == 100
    assert rows[0] == {"id": 4900, "name": "row-4900", "score": 700.0}
    metrics = parse_server_timing(response.headers["server-timing"])
    assert set(metrics) == {"logic", "app"}
    assert metrics["app"] >= metrics["logic"]


def test_fastapi_report_rejects_non_numeric_score():
    response = TestClient(fastapi_timing_app).get("/report", params={"min_score": "high"})
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["query", "min_score"]
    assert error["type"] == "float_parsing"
    assert set(parse_server_timing(response.headers["server-timing"])) == {"app"}


# --- the Server-Timing samples on real servers ---------------------------------

WIRE_TIMEOUT = 30


@pytest.mark.real_server
@pytest.mark.parametrize(
    ("app", "server", "names"),
    [
        ("performance.flask_timing:app", "gunicorn", {"logic", "serialize", "app"}),
        ("performance.fastapi_timing:app", "uvicorn", {"logic", "app"}),
    ],
)
def test_server_timing_header_reaches_the_client(real_server, app, server, names):
    base = real_server(app, server=server).base_url
    response = httpx.get(f"{base}/report", params={"min_score": 700}, timeout=WIRE_TIMEOUT)
    assert response.status_code == 200
    assert len(response.json()) == 100
    metrics = parse_server_timing(response.headers["server-timing"])
    assert set(metrics) == names
    assert metrics["app"] >= metrics["logic"]
