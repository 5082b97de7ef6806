# When yield dependencies clean up: scope="function" before the response is sent, "request" after.
import asyncio
from typing import Annotated

from fastapi import Depends, FastAPI

app = FastAPI()
log: list[str] = []
audit_flushed = asyncio.Event()  # stands in for slow clean-up, e.g. a remote audit write


async def audit_trail():  # no scope given: "request", the default for yield dependencies
    yield
    # The client already has its response while this waits (up to 5 s, so shutdown never hangs).
    await asyncio.wait_for(audit_flushed.wait(), timeout=5)
    log.append("request-scoped clean-up")


async def db_session():
    yield
    log.append("function-scoped clean-up")


@app.post("/orders")
async def create_order(
    _audit: Annotated[None, Depends(audit_trail)],
    _session: Annotated[None, Depends(db_session, scope="function")],
):
    log.append("endpoint")
    return {"created": True}


@app.get("/log")
async def read_log() -> list[str]:
    return log


@app.post("/flush")
async def flush() -> None:  # lets the request-scoped clean-up finish
    audit_flushed.set()
