# A small JSON endpoint: Pydantic checks the query and filters and serializes the output.
from typing import Annotated

from fastapi import FastAPI, Query
from pydantic import BaseModel

app = FastAPI()

# Stand-in for a database table; cost_cents is internal and must not leak.
PRODUCTS = [
    {"id": i, "name": f"product-{i}", "price_cents": 250 * i, "cost_cents": 90 * i}
    for i in range(1, 101)
]


class Product(BaseModel):
    id: int
    name: str
    price_cents: int


# response_model validates every row and keeps only the declared fields;
# Pydantic's Rust core then writes the JSON bytes.
@app.get("/products", response_model=list[Product])
async def list_products(limit: Annotated[int, Query(ge=1, le=100)] = 10):
    return PRODUCTS[:limit]
