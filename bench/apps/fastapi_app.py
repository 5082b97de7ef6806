"""The benchmark's FastAPI app with ``async def`` endpoints (see bench/README.md).

Run by the harness under Uvicorn or Gunicorn's native ASGI worker, e.g.
``uvicorn --app-dir bench/apps fastapi_app:app``. The database endpoints use psycopg 3's async
connections with a psycopg_pool AsyncConnectionPool, opened in the lifespan (once per worker), so
a query awaits the socket on the event loop instead of blocking it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from psycopg_pool import AsyncConnectionPool

from bench_common import (
    FORTUNE_SQL, FORTUNES_TEMPLATE, HELLO, IO_DELAY_SECONDS, QUERIES_PER_REQUEST, TEMPLATES_DIR,
    WORLD_SQL, Order, cpu_response, database_url, driver_info, io_response, pool_size,
    random_world_id, sorted_fortunes, world_json,
)

pool: AsyncConnectionPool | None = None


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    global pool
    url = database_url()
    if url is not None:
        size = pool_size()
        pool = AsyncConnectionPool(url, min_size=size, max_size=size, kwargs={"autocommit": True}, open=False)
        await pool.open(wait=True, timeout=30)
    try:
        yield
    finally:
        if pool is not None:
            await pool.close()
            pool = None


app = FastAPI(lifespan=lifespan)
templates = Jinja2Templates(directory=TEMPLATES_DIR)


def _pool() -> AsyncConnectionPool:
    if pool is None:
        raise HTTPException(503, "no database configured (set BENCH_DATABASE_URL)")
    return pool


@app.get("/json")
async def json_endpoint() -> dict[str, str]:
    return HELLO


@app.post("/validate")
async def validate_endpoint(order: Order) -> Order:
    # FastAPI validates the body against the model, checks the returned value against the return
    # type, and serialises it with Pydantic's Rust core.
    return order


@app.get("/io")
async def io_endpoint() -> dict[str, int]:
    await asyncio.sleep(IO_DELAY_SECONDS)  # a non-blocking downstream call: the loop serves others
    return io_response()


@app.get("/cpu")
async def cpu_endpoint() -> dict[str, int]:
    # Deliberately `async def`, as most people write it: pure-Python work blocks the event loop for
    # its whole duration (fastapi_sync_app.py has the plain `def` version).
    return cpu_response()


@app.get("/db")
async def db_endpoint() -> dict[str, int]:
    async with _pool().connection() as conn:
        cursor = await conn.execute(WORLD_SQL, (random_world_id(),))
        row = await cursor.fetchone()
    return world_json(row)


@app.get("/queries")
async def queries_endpoint() -> list[dict[str, int]]:
    rows = []
    async with _pool().connection() as conn:
        for _ in range(QUERIES_PER_REQUEST):  # one after the other, as in every other app
            cursor = await conn.execute(WORLD_SQL, (random_world_id(),))
            rows.append(await cursor.fetchone())
    return [world_json(row) for row in rows]


@app.get("/fortunes", response_class=HTMLResponse)
async def fortunes_endpoint(request: Request) -> HTMLResponse:
    async with _pool().connection() as conn:
        cursor = await conn.execute(FORTUNE_SQL)
        rows = await cursor.fetchall()
    return templates.TemplateResponse(request, FORTUNES_TEMPLATE, {"fortunes": sorted_fortunes(rows)})


@app.get("/info")
async def info_endpoint() -> dict[str, object]:
    return driver_info("asyncio event loop")
