# An app factory that registers a blueprint with its own hook, plus an app-wide response hook.
from flask import Blueprint, Flask, current_app, request

orders = Blueprint("orders", __name__, url_prefix="/orders")


@orders.before_request
def require_tenant():
    # Runs only for this blueprint's routes; returning a response stops the request here.
    if not request.headers.get("X-Tenant"):
        return {"error": "X-Tenant header is required"}, 400
    return None


@orders.get("/<int:order_id>")
def get_order(order_id: int):
    return {"id": order_id, "tenant": request.headers["X-Tenant"]}


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(API_VERSION="1")
    app.config.from_mapping(config or {})  # tests and deployments pass their own settings
    app.register_blueprint(orders)

    @app.after_request
    def add_version_header(response):
        response.headers["X-API-Version"] = current_app.config["API_VERSION"]
        return response

    return app


app = create_app()
