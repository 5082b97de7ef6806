# Two Flask apps in one process: Werkzeug's DispatcherMiddleware serves v2 under /v2.
from flask import Flask, url_for
from werkzeug.middleware.dispatcher import DispatcherMiddleware


def create_app(version: str) -> Flask:
    app = Flask(f"orders_{version}")
    app.config.from_mapping(PAGE_SIZE=10)
    app.config.from_prefixed_env(f"ORDERS_{version.upper()}")  # e.g. ORDERS_V2_PAGE_SIZE=50

    @app.get("/orders")
    def list_orders():
        return {"version": version, "page_size": app.config["PAGE_SIZE"], "self": url_for("list_orders")}

    return app


app = create_app("v1")
app.wsgi_app = DispatcherMiddleware(app.wsgi_app, {"/v2": create_app("v2")})
