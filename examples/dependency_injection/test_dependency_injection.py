"""Behaviour of the dependency-injection samples: wiring, clean-up and swapping in fakes."""

import pytest
from fastapi.testclient import TestClient

from dependency_injection import fastapi_app as fastapi_module
from dependency_injection import flask_app as flask_module


# --- Flask: app factory, extensions and `g` -----------------------------------


def test_flask_reads_item_and_closes_connection():
    db = flask_module.Database({"7": "mouse"})
    client = flask_module.create_app(database=db).test_client()
    response = client.get("/items/7")
    assert response.status_code == 200
    assert response.get_json() == {"id": "7", "name": "mouse"}
    assert db.open_connections == 0  # teardown_appcontext closed it


def test_flask_unknown_item_is_404_and_still_closes_connection():
    db = flask_module.Database({})
    client = flask_module.create_app(database=db).test_client()
    assert client.get("/items/404").status_code == 404
    assert db.open_connections == 0


def test_flask_each_factory_call_gets_its_own_services():
    first = flask_module.create_app(database=flask_module.Database({"1": "a"}))
    second = flask_module.create_app(database=flask_module.Database({"1": "b"}))
    assert first.test_client().get("/items/1").get_json()["name"] == "a"
    assert second.test_client().get("/items/1").get_json()["name"] == "b"


def test_flask_module_level_app_uses_default_database():
    response = flask_module.app.test_client().get("/items/1")
    assert response.get_json() == {"id": "1", "name": "keyboard"}


# --- FastAPI: Depends, sub-dependencies, yield, dependency_overrides ----------


@pytest.fixture
def fastapi_client():
    client = TestClient(fastapi_module.app)
    yield client
    fastapi_module.app.dependency_overrides.clear()


def test_fastapi_reads_item_and_closes_connection(fastapi_client):
    response = fastapi_client.get("/items/1")
    assert response.status_code == 200
    assert response.json() == {"id": "1", "name": "keyboard"}
    assert fastapi_module.database.open_connections == 0  # code after yield ran


def test_fastapi_unknown_item_is_404_and_still_closes_connection(fastapi_client):
    assert fastapi_client.get("/items/999").status_code == 404
    assert fastapi_module.database.open_connections == 0


def test_fastapi_dependency_override_swaps_the_sub_dependency(fastapi_client):
    fake = fastapi_module.Database({"1": "test double"})
    fastapi_module.app.dependency_overrides[fastapi_module.get_database] = lambda: fake
    response = fastapi_client.get("/items/1")
    assert response.json() == {"id": "1", "name": "test double"}
    # get_conn still ran around the request, against the fake.
    assert fake.open_connections == 0
    assert fastapi_module.database.open_connections == 0


def test_fastapi_dependencies_show_no_trace_in_openapi(fastapi_client):
    operation = fastapi_client.get("/openapi.json").json()["paths"]["/items/{item_id}"]["get"]
    # Only the path parameter is public; `conn` and `db` are resolved server-side.
    assert [p["name"] for p in operation["parameters"]] == ["item_id"]
