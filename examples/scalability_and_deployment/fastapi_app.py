# A FastAPI app as an ASGI server will run it: a health check and an endpoint that awaits.
import asyncio
import os
from typing import Annotated

from fastapi import FastAPI, Query

app = FastAPI()


@app.get("/health")
async def health():
    # pid shows which worker process answered; a load balancer probes this URL.
    return {"status": "ok", "pid": os.getpid()}


@app.get("/slow")
async def slow(ms: Annotated[int, Query(ge=0, le=2000)] = 100):
    # Stands in for an async database call: while it waits, the worker's event
    # loop serves other requests, so no thread is held.
    await asyncio.sleep(ms / 1000)
    return {"slept_ms": ms}
