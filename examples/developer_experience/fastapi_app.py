# One typed endpoint in FastAPI: the signature is the parser, the validator and the docs.
from typing import Annotated

from fastapi import FastAPI, Query

app = FastAPI()


@app.get("/items/{item_id}")
def read_item(
    item_id: int,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> dict[str, int]:
    return {"item_id": item_id, "limit": limit}
