# Flask-Pydantic (Pallets-Eco): a decorator validates the body named by the type hint.
from flask import Flask
from flask_pydantic import validate
from pydantic import BaseModel, Field


class Order(BaseModel):
    item: str = Field(min_length=1, max_length=50)
    quantity: int = Field(gt=0, le=100)
    gift_wrap: bool = False


app = Flask(__name__)


@app.post("/orders")
@validate(on_success_status=201)
def create_order(body: Order) -> Order:
    # Invalid bodies never get here: the decorator answers 400 with
    # {"validation_error": {"body_params": [...]}}.
    return body
