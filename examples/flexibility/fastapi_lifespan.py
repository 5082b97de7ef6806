# FastAPI's counterpart: a lifespan owns app-wide resources, a yield dependency owns per-request ones.
import os
from collections.abc import Iterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, Request


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.inventory = {"dsn": os.environ.get("INVENTORY_DSN", "memory://"), "closed": 0}
    yield  # the app serves requests here; code after this line runs at shutdown
    app.state.inventory = None


app = FastAPI(lifespan=lifespan)


def get_connection(request: Request) -> Iterator[dict]:
    pool = request.app.state.inventory
    connection = {"dsn": pool["dsn"], "open": True}
    try:
        yield connection
    finally:  # runs after the response, like a Flask teardown function
        pool["closed"] += 1


@app.get("/stock")
def stock(connection: Annotated[dict, Depends(get_connection)]):
    return {"dsn": connection["dsn"], "items": 3}
