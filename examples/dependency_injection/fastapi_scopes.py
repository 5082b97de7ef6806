# When yield dependencies clean up: scope="function" before the response is sent, "request" after.
import asyncio
from typing import Annotated

from fastapi import Depends, FastAPI

app = FastAPI()
log: list[str] = []
flushed = asyncio.Event()  # stands in for a slow clean-up step


async def audit_trail():  # no scope given: "request", the default
    yield
    await asyncio.wait_for(flushed.wait(), timeout=5)  # the client has its response meanwhile
    log.append("request-scoped clean-up")


async def db_session():
    yield
    log.append("function-scoped clean-up")


@app.post("/orders")
async def create_order(
    _audit: Annotated[None, Depends(audit_trail)],
    _db: Annotated[None, Depends(db_session, scope="function")],
):
    log.append("endpoint")
    return {"created": True}


@app.post("/flush")
async def flush() -> list[str]:  # the log so far; releases the audit clean-up
    flushed.set()
    return list(log)
