# FastAPI: the OpenAPI document comes from the type hints you already wrote.
from fastapi import FastAPI
from pydantic import BaseModel, Field


class OrderIn(BaseModel):
    item: str = Field(min_length=1, max_length=50, examples=["notebook"])
    quantity: int = Field(gt=0, le=100)


class OrderOut(OrderIn):
    id: int


app = FastAPI(title="Orders API", version="1.0.0")
# Defaults: /openapi.json, Swagger UI at /docs, ReDoc at /redoc (each can be moved or set to None).


@app.post("/orders", status_code=201, summary="Place an order", tags=["orders"])
def create_order(order: OrderIn) -> OrderOut:
    """Create an order and return it with its new id."""
    return OrderOut(id=1, **order.model_dump())
