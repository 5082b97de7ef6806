# The same structure in FastAPI: a factory, an APIRouter with its own dependency, app-wide middleware.
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Header, Request


def require_tenant(x_tenant: Annotated[str, Header(min_length=1)]) -> str:
    # Runs for every route of the router; a missing header is a 422 validation error.
    return x_tenant


orders = APIRouter(prefix="/orders", dependencies=[Depends(require_tenant)])


@orders.get("/{order_id}")
def get_order(order_id: int, tenant: Annotated[str, Depends(require_tenant)]):  # cached, runs once
    return {"id": order_id, "tenant": tenant}


def create_app(settings: dict | None = None) -> FastAPI:
    app = FastAPI()
    app.state.settings = {"API_VERSION": "1", **(settings or {})}
    app.include_router(orders)

    @app.middleware("http")
    async def add_version_header(request: Request, call_next):
        response = await call_next(request)
        response.headers["X-API-Version"] = request.app.state.settings["API_VERSION"]
        return response

    return app


app = create_app()
