# Testing Flask: an app factory, pytest fixtures and the built-in test client.
import pytest
from flask import Flask, abort, redirect, url_for


def create_app(config=None):
    app = Flask(__name__)
    app.config["GREETING"] = "Hello"
    app.config.update(config or {})  # tests pass their own settings here

    @app.get("/greet/<name>")
    def greet(name):
        if not (name.isascii() and name.isalpha()):
            abort(400, description="name must be letters only")
        return {"message": f"{app.config['GREETING']}, {name}!"}

    @app.get("/hello/<name>")
    def hello(name):
        return redirect(url_for("greet", name=name))  # 302 by default

    return app


app = create_app()


@pytest.fixture
def client():
    # A fresh app per test, configured for testing: no state leaks between tests.
    test_app = create_app({"TESTING": True, "GREETING": "Hi"})
    return test_app.test_client()


def test_greet_uses_test_config(client):
    response = client.get("/greet/Ada")
    assert response.status_code == 200
    assert response.get_json() == {"message": "Hi, Ada!"}


def test_greet_rejects_bad_name(client):
    response = client.get("/greet/R2D2")
    assert response.status_code == 400
    assert b"letters only" in response.data


def test_redirect_is_not_followed_unless_asked(client):
    response = client.get("/hello/Ada")
    assert (response.status_code, response.location) == (302, "/greet/Ada")
    assert client.get("/hello/Ada", follow_redirects=True).get_json() == {"message": "Hi, Ada!"}
