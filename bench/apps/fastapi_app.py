"""The benchmark's FastAPI app: one endpoint per scenario (see bench/README.md).

Run by bench/run.py under Uvicorn or Gunicorn's native ASGI worker, e.g.
``uvicorn --app-dir bench/apps fastapi_app:app``.
"""

from __future__ import annotations

import asyncio

from fastapi import FastAPI

from bench_common import HELLO, IO_DELAY_SECONDS, Order, cpu_response, io_response

app = FastAPI()


@app.get("/json")
async def json_endpoint() -> dict[str, str]:
    return HELLO


@app.post("/validate")
async def validate_endpoint(order: Order) -> Order:
    # FastAPI validates the body against the model and serialises the returned model.
    return order


@app.get("/io")
async def io_endpoint() -> dict[str, int]:
    await asyncio.sleep(IO_DELAY_SECONDS)  # a non-blocking downstream call: the loop serves others
    return io_response()


@app.get("/cpu")
async def cpu_endpoint() -> dict[str, int]:
    # Deliberately `async def`, as most people write it: pure-Python work blocks the event loop for
    # its whole duration, so `async` buys nothing here (a plain `def` would run it in the threadpool,
    # which the GIL serialises anyway).
    return cpu_response()
