"""Tests for the ML-model-serving page's samples: same scores from both, bad input rejected."""

import asyncio
import os
import time

import pytest
from flask import Flask
from fastapi.testclient import TestClient

from ml_model_serving import fastapi_process_pool
from ml_model_serving.fastapi_app import app as fastapi_app
from ml_model_serving.flask_app import app as flask_app

ROWS = [[0, 0, 0, 0], [1, 1, 1, 1], [2.5, -1, 0.5, 3]]
EXPECTED = [0.450166, 0.832018, 0.996495]

BAD_PAYLOADS = [
    {"rows": []},  # empty batch
    {"rows": [[1, 2, 3]]},  # too few features
    {"rows": [[1, 2, 3, 4, 5]]},  # too many features
    {"rows": [[1, 2, "abc", 4]]},  # not a number
    {"rows": [[0, 0, 0, 0]] * 65},  # batch too large
    {"features": [[0, 0, 0, 0]]},  # wrong key
]


@pytest.fixture
def fastapi_client():
    with TestClient(fastapi_app) as client:  # `with` runs lifespan, which loads the model
        yield client


def test_flask_predicts_a_batch():
    response = flask_app.test_client().post("/predict", json={"rows": ROWS})
    assert response.status_code == 200
    assert response.get_json() == {"scores": EXPECTED, "model_version": "tiny-1"}


def test_fastapi_predicts_a_batch(fastapi_client):
    response = fastapi_client.post("/predict", json={"rows": ROWS})
    assert response.status_code == 200
    assert response.json() == {"scores": EXPECTED, "model_version": "tiny-1"}


def test_model_is_loaded_once_per_app(fastapi_client):
    flask_model = flask_app.extensions["model"]
    flask_app.test_client().post("/predict", json={"rows": ROWS})
    assert flask_app.extensions["model"] is flask_model
    fastapi_model = fastapi_app.state.model
    fastapi_client.post("/predict", json={"rows": ROWS})
    assert fastapi_app.state.model is fastapi_model


@pytest.mark.parametrize("payload", BAD_PAYLOADS)
def test_flask_rejects_bad_rows(payload):
    response = flask_app.test_client().post("/predict", json=payload)
    assert response.status_code == 400
    assert response.get_json() == {"error": "rows must be 1-64 lists of 4 numbers"}


def test_flask_rejects_a_body_that_is_not_json():
    response = flask_app.test_client().post("/predict", data="1,2,3,4")
    assert response.status_code == 400


@pytest.mark.parametrize("payload", BAD_PAYLOADS)
def test_fastapi_rejects_bad_rows(fastapi_client, payload):
    response = fastapi_client.post("/predict", json=payload)
    assert response.status_code == 422
    errors = response.json()["detail"]
    assert errors and all(error["loc"][:2] == ["body", "rows"] for error in errors)


def test_fastapi_reports_which_feature_is_wrong(fastapi_client):
    response = fastapi_client.post("/predict", json={"rows": [[1, 2, "abc", 4]]})
    [error] = response.json()["detail"]
    assert error["loc"] == ["body", "rows", 0, 2]
    assert error["type"] == "float_parsing"


@pytest.fixture
def pool_client():
    fastapi_process_pool.PREDICTION_LOG.clear()
    with TestClient(fastapi_process_pool.app) as client:  # `with` runs lifespan, which starts the pool
        yield client


def test_pool_endpoint_scores_and_logs_after_the_response(pool_client):
    response = pool_client.post("/score", json={"customer_id": 42})
    assert response.status_code == 200
    assert response.json() == {"customer_id": 42, "score": 0.503}
    # TestClient waits for background tasks, so the log entry is there now.
    assert fastapi_process_pool.PREDICTION_LOG == [{"id": 42, "score": 0.503}]


def test_pool_processes_are_other_processes(pool_client):
    pool = fastapi_process_pool.app.state.pool
    pids = {pool.submit(os.getpid).result() for _ in range(4)}
    assert pids and os.getpid() not in pids


@pytest.mark.parametrize(
    ("customer_id", "error_type"), [(0, "greater_than_equal"), ("x", "int_parsing")]
)
def test_pool_endpoint_rejects_bad_ids(pool_client, customer_id, error_type):
    response = pool_client.post("/score", json={"customer_id": customer_id})
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["body", "customer_id"]
    assert error["type"] == error_type
    assert fastapi_process_pool.PREDICTION_LOG == []  # nothing scored, nothing logged


def test_flask_async_view_tasks_never_finish_after_the_view_returns():
    app, finished = Flask(__name__), []

    async def log_later():
        await asyncio.sleep(0.05)
        finished.append("logged")

    @app.get("/predict")
    async def predict_and_log():
        asyncio.get_running_loop().create_task(log_later())
        return {"scores": []}

    assert app.test_client().get("/predict").status_code == 200
    time.sleep(0.3)  # six times the task's own wait
    assert finished == []
