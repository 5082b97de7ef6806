"""What a client sees from the security samples on a real server: cookies, proxy headers, 422s.

The apps at the top have no settings at all: they exist to show each framework's defaults on the
wire, next to the samples that change them.
"""

import httpx
import pytest
from fastapi import FastAPI, Request
from flask import Flask, session
from starlette.middleware.sessions import SessionMiddleware

from security.fastapi_validation_errors import Signup

flask_defaults = Flask(__name__)
flask_defaults.secret_key = "test-only-key"


@flask_defaults.post("/login")
def flask_login():
    session["user"] = "ada"
    return {"logged_in": True}


fastapi_defaults = FastAPI()
fastapi_defaults.add_middleware(SessionMiddleware, secret_key="test-only-key")


@fastapi_defaults.post("/login")
def fastapi_login(request: Request):
    request.session["user"] = "ada"
    return {"logged_in": True}


@fastapi_defaults.post("/signup", status_code=201)
def signup_with_default_errors(body: Signup):
    return {"email": body.email}


# Gunicorn accepts connections before its workers have booted, and this machine may be loaded:
# the first answer can take seconds, so requests on the wire get a generous timeout.
WIRE_TIMEOUT = 30

# Both hardened samples list "localhost" in their trusted hosts, so the tests send that Host header.
LOCALHOST = {"Host": "localhost"}
FORWARDED = {**LOCALHOST, "X-Forwarded-For": "203.0.113.7", "X-Forwarded-Proto": "https"}
SHORT_PASSWORD = {"email": "ada@example.com", "password": "hunter2"}


def _cookie_attributes(set_cookie: str) -> set[str]:
    """The attributes after `name=value`, lower-cased: Starlette writes `httponly`, Flask `HttpOnly`."""
    _, *attributes = set_cookie.split(";")
    return {attribute.strip().lower() for attribute in attributes}


def _client_from(address: str) -> httpx.Client:
    """A client whose connections leave from `address`, another loopback address than the server's."""
    return httpx.Client(transport=httpx.HTTPTransport(local_address=address), timeout=WIRE_TIMEOUT)


@pytest.mark.real_server
@pytest.mark.parametrize(
    ("app", "server", "expected"),
    [
        ("security.test_security_wire:flask_defaults", "gunicorn", {"httponly", "path=/"}),
        ("security.test_security_wire:fastapi_defaults", "uvicorn",
         {"path=/", "max-age=1209600", "httponly", "samesite=lax"}),
        ("security.flask_hardening:app", "gunicorn", {"secure", "httponly", "path=/", "samesite=lax"}),
        ("security.fastapi_hardening:app", "uvicorn",
         {"path=/", "max-age=1209600", "httponly", "samesite=lax", "secure"}),
    ],
    ids=["flask-defaults", "starlette-defaults", "flask-hardened", "starlette-hardened"],
)
def test_session_cookie_attributes_on_the_wire(real_server, app, server, expected):
    running = real_server(app, server=server)
    response = httpx.post(f"{running.base_url}/login", headers=LOCALHOST, timeout=WIRE_TIMEOUT)
    assert response.status_code == 200
    [set_cookie] = response.headers.get_list("set-cookie")
    assert set_cookie.startswith("session=")
    assert _cookie_attributes(set_cookie) == expected


@pytest.mark.real_server
def test_uvicorn_honours_forwarded_headers_only_from_allowed_addresses(real_server):
    default = real_server("security.fastapi_hardening:app")  # --forwarded-allow-ips defaults to 127.0.0.1,::1
    only_other = real_server("security.fastapi_hardening:app", args=["--forwarded-allow-ips", "127.0.0.2"])

    def seen_by(server, source: str) -> dict:
        with _client_from(source) as client:
            return client.get(f"{server.base_url}/api/client", headers=FORWARDED).json()

    assert seen_by(default, "127.0.0.1") == {"address": "203.0.113.7", "scheme": "https"}
    assert seen_by(default, "127.0.0.2") == {"address": "127.0.0.2", "scheme": "http"}
    assert seen_by(only_other, "127.0.0.1") == {"address": "127.0.0.1", "scheme": "http"}
    assert seen_by(only_other, "127.0.0.2") == {"address": "203.0.113.7", "scheme": "https"}


@pytest.mark.real_server
def test_werkzeug_proxyfix_believes_any_sender(real_server):
    server = real_server("security.flask_hardening:app", server="gunicorn")
    with _client_from("127.0.0.2") as client:  # outside Gunicorn's own --forwarded-allow-ips
        url = f"{server.base_url}/api/client"
        assert client.get(url, headers=LOCALHOST).json() == {"address": "127.0.0.2", "scheme": "http"}
        assert client.get(url, headers=FORWARDED).json() == {"address": "203.0.113.7", "scheme": "https"}


@pytest.mark.real_server
def test_default_422_echoes_a_rejected_password_and_the_handler_drops_it(real_server):
    default = httpx.post(f"{real_server('security.test_security_wire:fastapi_defaults').base_url}/signup",
                         json=SHORT_PASSWORD, timeout=WIRE_TIMEOUT)
    assert default.status_code == 422
    [error] = default.json()["detail"]
    assert (error["loc"], error["type"], error["input"]) == (["body", "password"], "too_short", "hunter2")

    redacted = httpx.post(f"{real_server('security.fastapi_validation_errors:app').base_url}/signup",
                          json=SHORT_PASSWORD, timeout=WIRE_TIMEOUT)
    assert redacted.status_code == 422
    assert redacted.json() == {"detail": [{key: value for key, value in error.items() if key != "input"}]}
    assert "hunter2" not in redacted.text
