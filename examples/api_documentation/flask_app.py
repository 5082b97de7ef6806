# APIFlask (a Flask subclass): the decorators that validate also write the OpenAPI document.
from apiflask import APIFlask
from pydantic import BaseModel, Field


class OrderIn(BaseModel):
    item: str = Field(min_length=1, max_length=50, examples=["notebook"])
    quantity: int = Field(gt=0, le=100)


class OrderOut(OrderIn):
    id: int


app = APIFlask(__name__, title="Orders API", version="1.0.0")
app.config["AUTO_OPERATION_ID"] = True  # off by default; client generators use operationId
# Defaults: spec at /openapi.json, Swagger UI at /docs (docs_ui="redoc" swaps the UI).


@app.post("/orders")
@app.input(OrderIn)
@app.output(OrderOut, status_code=201)
@app.doc(tags=["orders"])
def create_order(json_data: OrderIn):
    """Place an order

    Create an order and return it with its new id.
    """
    return OrderOut(id=1, **json_data.model_dump())
