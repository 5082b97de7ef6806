"""Tests for the templates samples: rendered HTML, escaping, forms and static files."""
import re

import httpx
import jinja2
import pytest
from fastapi.templating import Jinja2Templates
from fastapi.testclient import TestClient

from templates_and_html import fastapi_app, flask_app

XSS = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


@pytest.fixture(autouse=True)
def empty_comment_lists():
    flask_app.COMMENTS.clear()
    fastapi_app.COMMENTS.clear()


@pytest.fixture
def flask_client():
    return flask_app.app.test_client()


@pytest.fixture
def fastapi_client():
    return TestClient(fastapi_app.app)


def csrf_token(client) -> str:
    html = client.get("/").get_data(as_text=True)
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html).group(1)


def test_flask_renders_page_from_template(flask_client):
    response = flask_client.get("/")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert "<h1>Comments</h1>" in html and "No comments yet." in html
    assert '<link rel="stylesheet" href="/static/site.css">' in html


def test_fastapi_renders_page_from_template(fastapi_client):
    response = fastapi_client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "<h1>Comments</h1>" in response.text and "No comments yet." in response.text
    # Starlette's url_for builds absolute URLs from the request.
    assert '<link rel="stylesheet" href="http://testserver/static/site.css">' in response.text


def test_flask_post_redirect_get_shows_comment(flask_client):
    response = flask_client.post("/", data={"csrf_token": csrf_token(flask_client), "text": "Nice"})
    assert response.status_code == 303
    assert "<li>Nice</li>" in flask_client.get("/").get_data(as_text=True)


def test_fastapi_post_redirect_get_shows_comment(fastapi_client):
    response = fastapi_client.post("/", data={"text": "Nice"}, follow_redirects=False)
    assert response.status_code == 303
    assert "<li>Nice</li>" in fastapi_client.get("/").text


def test_both_escape_script_tags(flask_client, fastapi_client):
    flask_client.post("/", data={"csrf_token": csrf_token(flask_client), "text": XSS})
    fastapi_client.post("/", data={"text": XSS})
    for html in (flask_client.get("/").get_data(as_text=True), fastapi_client.get("/").text):
        assert ESCAPED in html
        assert XSS not in html


def test_flask_empty_comment_rerenders_form_with_error(flask_client):
    response = flask_client.post("/", data={"csrf_token": csrf_token(flask_client), "text": ""})
    assert response.status_code == 400
    assert '<p class="error">This field is required.</p>' in response.get_data(as_text=True)
    assert flask_app.COMMENTS == []


def test_flask_form_without_csrf_token_is_rejected(flask_client):
    flask_client.get("/")
    response = flask_client.post("/", data={"text": "Nice"})
    assert response.status_code == 400
    assert "The CSRF token is missing." in response.get_data(as_text=True)
    assert flask_app.COMMENTS == []


@pytest.mark.parametrize(
    ("data", "message"),
    [({"text": ""}, "Field required"), ({}, "Field required")],
    ids=["empty", "missing"],
)
def test_fastapi_bad_form_rerenders_page_with_error(fastapi_client, data, message):
    # An empty form field counts as missing, so both cases report "Field required".
    response = fastapi_client.post("/", data=data)
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert f'<p class="error">{message}</p>' in response.text
    assert fastapi_app.COMMENTS == []


def test_fastapi_too_long_comment_is_rejected(fastapi_client):
    response = fastapi_client.post("/", data={"text": "x" * 201})
    assert response.status_code == 422
    assert "at most 200 characters" in response.text


def test_static_files_are_served_by_both(flask_client, fastapi_client):
    flask_css = flask_client.get("/static/site.css")
    fastapi_css = fastapi_client.get("/static/site.css")
    assert flask_css.status_code == fastapi_css.status_code == 200
    assert flask_css.mimetype == "text/css"
    assert fastapi_css.headers["content-type"].startswith("text/css")
    assert flask_client.get("/static/missing.css").status_code == 404
    assert fastapi_client.get("/static/missing.css").status_code == 404


@pytest.mark.parametrize(
    ("template", "flask_escapes", "fastapi_escapes"),
    [("page.html", True, True), ("page.htm", True, True), ("feed.xml", True, True),
     ("page.xhtml", True, False), ("icon.svg", True, False), ("notes.txt", False, False)],
)
def test_which_template_names_are_autoescaped(template, flask_escapes, fastapi_escapes):
    assert flask_app.app.select_jinja_autoescape(template) is flask_escapes
    assert fastapi_app.templates.env.autoescape(template) is fastapi_escapes


def _render_comment(templates: Jinja2Templates, comment: str) -> str:
    page = templates.get_template("fastapi_comments.html")
    return page.render(comments=[comment], url_for=lambda *args, **kwargs: "/static/site.css")


def test_jinja2templates_with_your_own_env_escapes_nothing_unless_told():
    loader = jinja2.FileSystemLoader(fastapi_app.HERE / "templates")
    own_env = Jinja2Templates(env=jinja2.Environment(loader=loader))
    assert f"<li>{XSS}</li>" in _render_comment(own_env, XSS)
    fixed = Jinja2Templates(env=jinja2.Environment(loader=loader, autoescape=jinja2.select_autoescape()))
    assert f"<li>{ESCAPED}</li>" in _render_comment(fixed, XSS)


# The machine may be loaded: the first answer can take seconds, so wire requests get a generous timeout.
WIRE_TIMEOUT = 30


@pytest.mark.real_server
def test_fastapi_url_for_follows_forwarded_proto_only_from_trusted_peers(real_server):
    server = real_server("templates_and_html.fastapi_app:app")  # Uvicorn trusts 127.0.0.1 by default
    stylesheet = re.compile(r'<link rel="stylesheet" href="([^"]+)">')
    forwarded = {"X-Forwarded-Proto": "https"}
    for source, scheme in (("127.0.0.1", "https"), ("127.0.0.2", "http")):
        with httpx.Client(transport=httpx.HTTPTransport(local_address=source), timeout=WIRE_TIMEOUT) as client:
            html = client.get(f"{server.base_url}/", headers=forwarded).text
        assert stylesheet.search(html).group(1) == f"{scheme}://127.0.0.1:{server.port}/static/site.css"
