"""The same typed endpoint in both frameworks: same answers on good input, different errors on bad."""

import pytest
from fastapi.testclient import TestClient

from developer_experience.fastapi_app import app as fastapi_app
from developer_experience.flask_app import app as flask_app


@pytest.fixture
def flask_client():
    return flask_app.test_client()


@pytest.fixture
def fastapi_client():
    return TestClient(fastapi_app)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/items/3", {"item_id": 3, "limit": 10}),
        ("/items/3?limit=25", {"item_id": 3, "limit": 25}),
    ],
)
def test_good_input_gives_the_same_json(flask_client, fastapi_client, url, expected):
    flask_response = flask_client.get(url)
    fastapi_response = fastapi_client.get(url)
    assert flask_response.status_code == fastapi_response.status_code == 200
    assert flask_response.get_json() == fastapi_response.json() == expected


def test_flask_non_integer_path_is_a_plain_404(flask_client):
    # The <int:...> converter does not match, so no view runs and no reason is given.
    response = flask_client.get("/items/abc")
    assert response.status_code == 404
    assert response.mimetype == "text/html"


def test_fastapi_non_integer_path_names_the_field(fastapi_client):
    response = fastapi_client.get("/items/abc")
    assert response.status_code == 422
    error = response.json()["detail"][0]
    assert error["loc"] == ["path", "item_id"]
    assert error["type"] == "int_parsing"
    assert error["input"] == "abc"


def test_flask_bad_limit_is_the_400_the_view_wrote(flask_client):
    response = flask_client.get("/items/3?limit=abc")
    assert response.status_code == 400
    assert response.get_json() == {"error": "limit must be an integer", "got": "abc"}


def test_flask_out_of_range_limit(flask_client):
    response = flask_client.get("/items/3?limit=0")
    assert response.status_code == 400
    assert response.get_json()["error"] == "limit must be between 1 and 100"


def test_fastapi_bad_limit_is_422_with_location(fastapi_client):
    response = fastapi_client.get("/items/3?limit=abc")
    assert response.status_code == 422
    error = response.json()["detail"][0]
    assert error["loc"] == ["query", "limit"]
    assert error["type"] == "int_parsing"


def test_fastapi_out_of_range_limit(fastapi_client):
    response = fastapi_client.get("/items/3?limit=0")
    assert response.status_code == 422
    error = response.json()["detail"][0]
    assert error["loc"] == ["query", "limit"]
    assert error["type"] == "greater_than_equal"
    assert error["ctx"] == {"ge": 1}


def test_negative_ids_differ(flask_client, fastapi_client):
    # Flask's int converter is unsigned by default; a plain `int` annotation is not.
    assert flask_client.get("/items/-1").status_code == 404
    assert fastapi_client.get("/items/-1").json() == {"item_id": -1, "limit": 10}


def test_fastapi_signature_shows_up_in_the_schema(fastapi_client):
    operation = fastapi_client.get("/openapi.json").json()["paths"]["/items/{item_id}"]["get"]
    limit = next(p for p in operation["parameters"] if p["name"] == "limit")
    assert limit["schema"]["minimum"] == 1
    assert limit["schema"]["maximum"] == 100
    assert limit["schema"]["default"] == 10
