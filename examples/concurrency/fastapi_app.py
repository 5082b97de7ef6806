# FastAPI: an async def endpoint awaiting three I/O calls at once, and a def endpoint.
import asyncio
import time
from typing import Annotated

from fastapi import FastAPI, Query

app = FastAPI()
DelayMs = Annotated[int, Query(ge=0, le=1000)]


async def fetch(source: str, delay: float) -> dict:
    await asyncio.sleep(delay)  # stands in for an async HTTP call or database query
    return {"source": source, "ok": True}


@app.get("/dashboard")
async def dashboard(delay_ms: DelayMs = 100):
    started = time.perf_counter()
    # Runs on the server's event loop; while these wait, the loop serves other requests.
    delay = delay_ms / 1000
    results = await asyncio.gather(*(fetch(s, delay) for s in ("users", "orders", "stock")))
    return {"results": results, "elapsed_ms": round((time.perf_counter() - started) * 1000)}


@app.get("/report")
def report(delay_ms: DelayMs = 100):
    # A plain def endpoint runs in a threadpool, so this blocking call does not
    # stall the event loop. Inside an async def it would stall every request.
    time.sleep(delay_ms / 1000)
    return {"report": "ready"}
