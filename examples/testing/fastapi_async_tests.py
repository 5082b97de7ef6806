# An async FastAPI test: httpx.AsyncClient talks to the app in-process via ASGITransport.
import httpx
import pytest

from testing.fastapi_tests import app


@pytest.mark.anyio  # run by AnyIO's pytest plugin, installed with anyio (a Starlette dependency)
async def test_greet_async():
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as ac:
        response = await ac.get("/greet/Ada")
    assert response.status_code == 200
    assert response.json() == {"message": "Hello, Ada!"}


@pytest.mark.anyio
async def test_greet_async_bad_name():
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as ac:
        response = await ac.get("/greet/R2D2")
    assert response.status_code == 422
