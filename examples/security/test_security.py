"""Tests for the security samples: credentials, CSRF, key rotation, trusted hosts and CORS."""
import base64
import json
import re

import itsdangerous
import pydantic
import pytest
from fastapi import Depends, FastAPI
from fastapi import security as fastapi_security
from fastapi.testclient import TestClient
from flask import Flask

from security.fastapi_app import app as fastapi_app
from security.fastapi_hardening import app as fastapi_hardening
from security.fastapi_validation_errors import Signup
from security.fastapi_validation_errors import app as fastapi_signup
from security.flask_app import app as flask_app
from security.flask_csrf import app as flask_csrf
from security.flask_hardening import app as flask_hardening

ANALYST = {"Authorization": "Bearer dev-analyst-token"}
GUEST = {"Authorization": "Bearer dev-guest-token"}
WRONG = {"Authorization": "Bearer not-a-real-token"}
BASIC = {"Authorization": "Basic dXNlcjpwdw=="}


@pytest.fixture(params=["flask", "fastapi"])
def get(request):
    """A GET helper for either framework; both samples expose the same /reports endpoint."""
    if request.param == "flask":
        client = flask_app.test_client()
        return lambda path, headers=None: _wrap(client.get(path, headers=headers or {}))
    client = TestClient(fastapi_app)
    return lambda path, headers=None: _wrap(client.get(path, headers=headers or {}))


def _wrap(response):
    body = response.get_json() if hasattr(response, "get_json") else response.json()
    return response.status_code, body, response.headers


def test_good_token_with_scope_gets_200(get):
    status, body, _ = get("/reports", ANALYST)
    assert status == 200
    assert body == {"user": "ada", "reports": ["q3-revenue"]}


@pytest.mark.parametrize("headers", [None, WRONG, BASIC], ids=["missing", "unknown-token", "basic-scheme"])
def test_missing_or_wrong_credentials_get_401_with_challenge(get, headers):
    status, _, response_headers = get("/reports", headers)
    assert status == 401
    assert response_headers["WWW-Authenticate"] == "Bearer"


def test_known_token_without_scope_gets_403(get):
    status, body, _ = get("/reports", GUEST)
    assert status == 403
    assert "reports:read" in json.dumps(body)


def test_fastapi_documents_the_scheme_and_the_scope_in_openapi():
    schema = TestClient(fastapi_app).get("/openapi.json").json()
    assert schema["components"]["securitySchemes"]["HTTPBearer"] == {"type": "http", "scheme": "bearer"}
    # Security(..., scopes=[...]) lists the scope in the operation's security requirement.
    assert schema["paths"]["/reports"]["get"]["security"] == [{"HTTPBearer": ["reports:read"]}]


@pytest.mark.parametrize(
    ("scheme", "challenge"),
    [
        (fastapi_security.HTTPBearer(), "Bearer"),
        (fastapi_security.HTTPBasic(), "Basic"),
        (fastapi_security.HTTPDigest(), "Digest"),
        (fastapi_security.OAuth2PasswordBearer(tokenUrl="token"), "Bearer"),
        (fastapi_security.OAuth2AuthorizationCodeBearer(authorizationUrl="authorize", tokenUrl="token"), "Bearer"),
        (fastapi_security.OpenIdConnect(openIdConnectUrl="https://id.example.com/.well-known/openid-configuration"),
         "Bearer"),
        (fastapi_security.APIKeyHeader(name="X-API-Key"), "APIKey"),
        (fastapi_security.APIKeyQuery(name="api_key"), "APIKey"),
        (fastapi_security.APIKeyCookie(name="api_key"), "APIKey"),
    ],
    ids=lambda value: value if isinstance(value, str) else type(value).__name__,
)
def test_every_fastapi_security_class_answers_401_with_a_challenge(scheme, challenge):
    app = FastAPI()

    @app.get("/private")
    def private(credential=Depends(scheme)):
        return {"ok": True}

    response = TestClient(app).get("/private")
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == challenge


# --- Validation errors and what they repeat ------------------------------------------


def test_signup_sample_accepts_a_good_body_and_hides_rejected_values():
    client = TestClient(fastapi_signup)
    assert client.post("/signup", json={"email": "ada@example.com", "password": "a" * 12}).status_code == 201
    response = client.post("/signup", json={"email": "x" * 255, "password": "correct-horse-battery"})
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert (error["loc"], error["type"]) == (["body", "email"], "string_too_long")
    assert "input" not in error


def test_pydantic_errors_leave_the_input_out_only_when_asked():
    with pytest.raises(pydantic.ValidationError) as caught:
        Signup.model_validate({"email": "ada@example.com", "password": "hunter2"})
    assert caught.value.errors()[0]["input"] == "hunter2"
    assert "input" not in caught.value.errors(include_input=False)[0]


# --- CSRF (Flask-WTF) ---------------------------------------------------------------


def _csrf_token(client) -> str:
    page = client.get("/profile").get_data(as_text=True)
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)


def test_form_post_with_token_is_accepted():
    client = flask_csrf.test_client()
    token = _csrf_token(client)
    response = client.post("/profile", data={"csrf_token": token, "display_name": "Ada"})
    assert response.status_code == 200
    assert response.get_json() == {"saved": "Ada"}


def test_form_post_without_token_gets_400():
    client = flask_csrf.test_client()
    client.get("/profile")  # a session exists, but the token is not sent back
    response = client.post("/profile", data={"display_name": "Ada"})
    assert response.status_code == 400
    assert "The CSRF token is missing." in response.get_data(as_text=True)


def test_form_post_with_forged_token_gets_400():
    client = flask_csrf.test_client()
    client.get("/profile")
    response = client.post("/profile", data={"csrf_token": "forged", "display_name": "Ada"})
    assert response.status_code == 400
    assert "The CSRF token is invalid." in response.get_data(as_text=True)


def test_form_with_token_but_invalid_field_rerenders_with_error():
    client = flask_csrf.test_client()
    token = _csrf_token(client)
    response = client.post("/profile", data={"csrf_token": token, "display_name": "x" * 41})
    assert response.status_code == 400
    assert "Field cannot be longer than 40 characters." in response.get_data(as_text=True)


def test_json_endpoint_needs_the_csrf_header():
    client = flask_csrf.test_client()
    assert client.post("/api/profile", json={}).status_code == 400
    token = _csrf_token(client)
    response = client.post("/api/profile", json={}, headers={"X-CSRFToken": token})
    assert response.status_code == 200


# --- Sessions, key rotation, trusted hosts, CORS -----------------------------------


def _flask_serializer(key: str):
    signer_app = Flask("signer")
    signer_app.secret_key = key
    return signer_app.session_interface.get_signing_serializer(signer_app)


def _flask_cookie_signed_with(key: str) -> str:
    return _flask_serializer(key).dumps({"user": "ada"})


def test_flask_session_round_trip():
    client = flask_hardening.test_client()
    assert client.post("/login").status_code == 200
    assert client.get("/api/me").get_json() == {"user": "ada"}


def test_flask_accepts_cookie_signed_with_fallback_key():
    client = flask_hardening.test_client()
    client.set_cookie("session", _flask_cookie_signed_with("dev-key-2025"))
    assert client.get("/api/me").get_json() == {"user": "ada"}


def test_flask_signs_new_cookies_with_the_current_key():
    # Flask 3.1.0 signed them with the last fallback key instead (GHSA-4grg-w6v8-c28g, fixed in 3.1.1).
    cookie = flask_hardening.test_client().post("/login").headers["Set-Cookie"].split(";")[0].split("=", 1)[1]
    assert _flask_serializer("dev-key-2026").loads(cookie) == {"user": "ada"}
    with pytest.raises(itsdangerous.BadSignature):
        _flask_serializer("dev-key-2025").loads(cookie)


def test_flask_ignores_cookie_signed_with_unknown_key():
    client = flask_hardening.test_client()
    client.set_cookie("session", _flask_cookie_signed_with("attacker-key"))
    assert client.get("/api/me").get_json() == {"user": None}


def test_flask_session_cookie_flags():
    cookie = flask_hardening.test_client().post("/login").headers["Set-Cookie"]
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_flask_rejects_untrusted_host():
    client = flask_hardening.test_client()
    assert client.get("/api/me", headers={"Host": "app.example.com"}).status_code == 200
    assert client.get("/api/me", headers={"Host": "evil.example.net"}).status_code == 400


def test_flask_cors_allows_only_the_listed_origin():
    client = flask_hardening.test_client()
    allowed = client.get("/api/me", headers={"Origin": "https://app.example.com"})
    assert allowed.headers["Access-Control-Allow-Origin"] == "https://app.example.com"
    denied = client.get("/api/me", headers={"Origin": "https://evil.example.net"})
    assert "Access-Control-Allow-Origin" not in denied.headers


@pytest.fixture
def fastapi_client():
    return TestClient(fastapi_hardening, base_url="https://localhost")


def _starlette_cookie_signed_with(key: str) -> str:
    payload = base64.b64encode(json.dumps({"user": "ada"}).encode())
    return itsdangerous.TimestampSigner(key).sign(payload).decode()


def test_fastapi_session_round_trip(fastapi_client):
    assert fastapi_client.post("/login").status_code == 200
    assert fastapi_client.get("/api/me").json() == {"user": "ada"}


def test_fastapi_session_cookie_flags(fastapi_client):
    cookie = fastapi_client.post("/login").headers["set-cookie"]
    assert "secure" in cookie and "httponly" in cookie and "samesite=lax" in cookie


def test_fastapi_has_no_fallback_key_so_old_cookies_are_dropped(fastapi_client):
    fastapi_client.cookies.set("session", _starlette_cookie_signed_with("dev-key-2025"))
    assert fastapi_client.get("/api/me").json() == {"user": None}
    fastapi_client.cookies.set("session", _starlette_cookie_signed_with("dev-key-2026"))
    assert fastapi_client.get("/api/me").json() == {"user": "ada"}


def test_fastapi_rejects_untrusted_host():
    assert TestClient(fastapi_hardening, base_url="https://app.example.com").get("/api/me").status_code == 200
    response = TestClient(fastapi_hardening, base_url="https://evil.example.net").get("/api/me")
    assert response.status_code == 400
    assert response.text == "Invalid host header"


def test_fastapi_cors_allows_only_the_listed_origin(fastapi_client):
    allowed = fastapi_client.get("/api/me", headers={"Origin": "https://app.example.com"})
    assert allowed.headers["access-control-allow-origin"] == "https://app.example.com"
    denied = fastapi_client.get("/api/me", headers={"Origin": "https://evil.example.net"})
    assert "access-control-allow-origin" not in denied.headers
