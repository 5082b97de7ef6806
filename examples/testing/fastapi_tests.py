# Testing FastAPI: TestClient, plus dependency_overrides to swap a dependency for a test.
from typing import Annotated

import pytest
from fastapi import Depends, FastAPI, Path
from fastapi.responses import RedirectResponse
from fastapi.testclient import TestClient


def get_greeting() -> str:
    return "Hello"  # imagine a settings lookup or a database query here


app = FastAPI()


@app.get("/greet/{name}")
def greet(
    name: Annotated[str, Path(pattern="^[A-Za-z]+$")],
    greeting: Annotated[str, Depends(get_greeting)],
):
    return {"message": f"{greeting}, {name}!"}


@app.get("/hello/{name}")
def hello(name: str):
    return RedirectResponse(app.url_path_for("greet", name=name))  # 307 by default


client = TestClient(app)


@pytest.fixture
def hi_greeting():
    app.dependency_overrides[get_greeting] = lambda: "Hi"
    yield
    app.dependency_overrides.clear()  # later tests see the real dependency again


def test_greet_uses_override(hi_greeting):
    response = client.get("/greet/Ada")
    assert response.status_code == 200
    assert response.json() == {"message": "Hi, Ada!"}


def test_greet_rejects_bad_name():
    response = client.get("/greet/R2D2")
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["path", "name"]


def test_redirect_is_followed_unless_told_not_to():
    response = client.get("/hello/Ada")
    assert response.json() == {"message": "Hello, Ada!"}
    assert [r.status_code for r in response.history] == [307]
    assert client.get("/hello/Ada", follow_redirects=False).headers["location"] == "/greet/Ada"
