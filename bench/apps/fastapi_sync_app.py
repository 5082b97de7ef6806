"""The benchmark's FastAPI app with plain ``def`` endpoints: the threadpool variant.

The same endpoints as fastapi_app.py, written the way many FastAPI services are: ``def`` functions
with a synchronous driver (psycopg 3 and a psycopg_pool ConnectionPool, as in the Flask app).
FastAPI runs each call in AnyIO's worker-thread pool, so a blocking wait holds a thread, not the
event loop. Run by the harness under Uvicorn: ``uvicorn --app-dir bench/apps fastapi_sync_app:app``.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from psycopg import waiting
from psycopg_pool import ConnectionPool

from bench_common import (
    FORTUNE_SQL, FORTUNES_TEMPLATE, HELLO, IO_DELAY_SECONDS, QUERIES_PER_REQUEST, TEMPLATES_DIR,
    WORLD_SQL, Order, cpu_response, database_url, driver_info, io_response, pool_size,
    random_world_id, sorted_fortunes, world_json,
)

pool: ConnectionPool | None = None


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    global pool
    url = database_url()
    if url is not None:
        size = pool_size()
        pool = ConnectionPool(url, min_size=size, max_size=size, kwargs={"autocommit": True}, open=True)
        pool.wait(timeout=30)  # at startup, before the first request: blocking here is harmless
    try:
        yield
    finally:
        if pool is not None:
            pool.close()
            pool = None


app = FastAPI(lifespan=lifespan)
templates = Jinja2Templates(directory=TEMPLATES_DIR)


def _pool() -> ConnectionPool:
    if pool is None:
        raise HTTPException(503, "no database configured (set BENCH_DATABASE_URL)")
    return pool


@app.get("/json")
def json_endpoint() -> dict[str, str]:
    return HELLO


@app.post("/validate")
def validate_endpoint(order: Order) -> Order:
    return order


@app.get("/io")
def io_endpoint() -> dict[str, int]:
    time.sleep(IO_DELAY_SECONDS)  # blocks one worker thread, not the event loop
    return io_response()


@app.get("/cpu")
def cpu_endpoint() -> dict[str, int]:
    return cpu_response()  # in a worker thread; the GIL still lets one thread compute at a time


@app.get("/db")
def db_endpoint() -> dict[str, int]:
    with _pool().connection() as conn:
        row = conn.execute(WORLD_SQL, (random_world_id(),)).fetchone()
    return world_json(row)


@app.get("/queries")
def queries_endpoint() -> list[dict[str, int]]:
    with _pool().connection() as conn:
        rows = [conn.execute(WORLD_SQL, (random_world_id(),)).fetchone() for _ in range(QUERIES_PER_REQUEST)]
    return [world_json(row) for row in rows]


@app.get("/fortunes", response_class=HTMLResponse)
def fortunes_endpoint(request: Request) -> HTMLResponse:
    with _pool().connection() as conn:
        rows = conn.execute(FORTUNE_SQL).fetchall()
    return templates.TemplateResponse(request, FORTUNES_TEMPLATE, {"fortunes": sorted_fortunes(rows)})


@app.get("/info")
def info_endpoint() -> dict[str, object]:
    return driver_info(waiting.wait.__name__)
