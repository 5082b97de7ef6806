# A FastAPI app mounted under /v2 keeps its own routes, OpenAPI schema and /docs page.
from fastapi import FastAPI, Request

v2 = FastAPI(title="Orders API v2")


@v2.get("/orders")
def list_orders_v2(request: Request):
    return {"version": "v2", "self": request.url_for("list_orders_v2").path}


app = FastAPI(title="Orders API")
app.mount("/v2", v2)  # the parent's /docs does not list v2's routes


@app.middleware("http")
async def tag_response(request: Request, call_next):  # wraps the mounted app too
    response = await call_next(request)
    response.headers["X-Served-By"] = "orders"
    return response
