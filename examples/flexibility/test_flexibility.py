"""Tests for the flexibility samples: blueprints vs routers, factories, hooks and extensions."""
import importlib.util
import importlib.metadata
import json

import flask
import httpx
import pytest
from fastapi import APIRouter, FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, PlainTextResponse
from fastapi.testclient import TestClient
from flask.json.provider import DefaultJSONProvider
from pydantic import BaseModel

from flexibility import fastapi_app, fastapi_lifespan, fastapi_mounts, flask_app, flask_extension, flask_mounts, flask_rest

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


# --- Mounted sub-apps and per-app settings ------------------------------------------


@pytest.mark.real_server
def test_fastapi_mounted_app_serves_its_own_docs_on_the_wire(real_server):
    base = real_server("flexibility.fastapi_mounts:app").base_url
    orders = httpx.get(f"{base}/v2/orders")
    assert orders.json() == {"version": "v2", "self": "/v2/orders"}
    assert orders.headers["X-Served-By"] == "orders"  # the parent's middleware wraps the mount
    docs = httpx.get(f"{base}/v2/docs")
    assert docs.status_code == 200 and "'/v2/openapi.json'" in docs.text
    sub_schema, parent_schema = httpx.get(f"{base}/v2/openapi.json").json(), httpx.get(f"{base}/openapi.json").json()
    assert (sub_schema["info"]["title"], list(sub_schema["paths"])) == ("Orders API v2", ["/orders"])
    assert (parent_schema["info"]["title"], list(parent_schema["paths"])) == ("Orders API", [])


@pytest.mark.real_server
def test_flask_mounted_apps_keep_their_own_config_on_the_wire(real_server, monkeypatch):
    monkeypatch.setenv("ORDERS_V2_PAGE_SIZE", "50")  # the server process inherits the environment
    base = real_server("flexibility.flask_mounts:app", server="gunicorn").base_url
    assert httpx.get(f"{base}/orders").json() == {"version": "v1", "page_size": 10, "self": "/orders"}
    assert httpx.get(f"{base}/v2/orders").json() == {"version": "v2", "page_size": 50, "self": "/v2/orders"}


@pytest.mark.parametrize(("raw", "loaded"), [("50", 50), ("true", True), ("abc", "abc")])
def test_flask_prefixed_env_parses_json_and_checks_nothing(monkeypatch, raw, loaded):
    monkeypatch.setenv("ORDERS_V1_PAGE_SIZE", raw)
    assert flask_mounts.create_app("v1").config["PAGE_SIZE"] == loaded  # "abc" is kept as a string


def test_fastapi_standard_extra_brings_pydantic_settings():
    extras = [r for r in importlib.metadata.requires("fastapi") if r.startswith("pydantic-settings")]
    assert any('extra == "standard"' in r for r in extras)
    assert importlib.util.find_spec("pydantic_settings") is None  # not installed with plain fastapi


# --- Swap points: JSON encoding, and opting out of validation -------------------------


class SortedIndented(JSONResponse):
    def render(self, content) -> bytes:
        return json.dumps(content, sort_keys=True, indent=1).encode()


class Order(BaseModel):
    b: int
    a: int


def test_fastapi_default_response_class_swaps_json_encoding_for_every_route():
    app = FastAPI(default_response_class=SortedIndented)

    @app.get("/typed")
    def typed() -> Order:
        return Order(b=2, a=1)

    @app.get("/untyped")
    def untyped():
        return {"b": 2, "a": 1}

    @app.get("/own", response_class=JSONResponse)  # a route can still pick its own class
    def own() -> Order:
        return Order(b=2, a=1)

    client = TestClient(app)
    assert client.get("/typed").text == client.get("/untyped").text == '{\n "a": 1,\n "b": 2\n}'
    assert client.get("/own").text == '{"b":2,"a":1}'


def test_flask_json_provider_class_swaps_json_encoding():
    class IndentedProvider(DefaultJSONProvider):
        compact = False  # DefaultJSONProvider already sorts keys

    class IndentedFlask(flask.Flask):
        json_provider_class = IndentedProvider

    app = IndentedFlask(__name__)
    app.get("/order")(lambda: {"b": 2, "a": 1})
    assert app.test_client().get("/order").get_data(as_text=True) == '{\n  "a": 1,\n  "b": 2\n}\n'


def test_fastapi_raw_request_opts_out_of_validation_and_schema():
    app = FastAPI()

    @app.post("/typed")
    def typed(order: Order):
        return order

    @app.post("/raw")
    async def raw(request: Request):
        return await request.json()  # no validation: anything that parses as JSON passes

    client = TestClient(app)
    assert client.post("/typed", json={"a": "x"}).status_code == 422
    assert client.post("/raw", json={"a": "x"}).json() == {"a": "x"}
    paths = client.get("/openapi.json").json()["paths"]
    assert "requestBody" in paths["/typed"]["post"] and "requestBody" not in paths["/raw"]["post"]


# --- The layers around every FastAPI request (the "What is FastAPI?" guide) -----------


def test_fastapi_middleware_stack_of_the_pinned_version():
    app = FastAPI()
    app.add_middleware(GZipMiddleware)
    app.add_middleware(CORSMiddleware, allow_origins=["*"])  # added last: the outer of the two

    @app.exception_handler(Exception)
    async def on_any_error(request: Request, exc: Exception):
        return PlainTextResponse("sorry", status_code=500)

    layers, layer = [], app.build_middleware_stack()
    outermost = layer
    while not isinstance(layer, APIRouter):
        layers.append(type(layer).__name__)
        layer = layer.app
    assert layers == [
        "ServerErrorMiddleware", "ExceptionTelemetryMiddleware", "AppBodyLimitMiddleware",
        "CORSMiddleware", "GZipMiddleware", "ExceptionMiddleware", "AsyncExitStackMiddleware",
    ]
    assert outermost.handler is on_any_error  # a handler for Exception (or 500) goes to the outer layer


def test_fastapi_exception_handler_answers_and_the_error_is_raised_again():
    app = FastAPI()

    @app.exception_handler(Exception)
    async def on_any_error(request: Request, exc: Exception):
        return PlainTextResponse("sorry", status_code=500)

    @app.get("/boom")
    def boom():
        raise ValueError("boom")

    response = TestClient(app, raise_server_exceptions=False).get("/boom")
    assert (response.status_code, response.text) == (500, "sorry")
    # ServerErrorMiddleware re-raises after sending, so the server can log it; TestClient shows that.
    with pytest.raises(ValueError, match="boom"):
        TestClient(app).get("/boom")
