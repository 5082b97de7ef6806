# FastAPI validating the same JSON body: the type hint does the work, bad input gets 422.
from fastapi import FastAPI
from pydantic import BaseModel, Field


class Order(BaseModel):
    item: str = Field(min_length=1, max_length=50)
    quantity: int = Field(gt=0, le=100)
    gift_wrap: bool = False


app = FastAPI()


@app.post("/orders", status_code=201)
def create_order(order: Order) -> Order:
    # Reaching this line means the body was JSON, had a JSON Content-Type, and matched Order.
    return order
