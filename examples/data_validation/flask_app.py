# Flask validating a JSON body with Pydantic v2 by hand: 400 with the field errors.
from flask import Flask, request
from pydantic import BaseModel, Field, ValidationError


class Order(BaseModel):
    item: str = Field(min_length=1, max_length=50)
    quantity: int = Field(gt=0, le=100)
    gift_wrap: bool = False


app = Flask(__name__)


@app.post("/orders")
def create_order():
    # get_json() answers 415 for a non-JSON Content-Type and 400 for malformed JSON.
    payload = request.get_json()
    try:
        order = Order.model_validate(payload)
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_context=False)
        return {"detail": errors}, 400
    return order.model_dump(), 201
