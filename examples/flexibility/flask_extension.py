# The Flask extension pattern: init_app() adds config defaults, registers itself and a teardown.
from flask import Flask, current_app, g


class Inventory:
    """A toy extension that opens one connection per request and closes it afterwards."""

    def __init__(self, app: Flask | None = None):
        self.closed = 0
        if app is not None:
            self.init_app(app)

    def init_app(self, app: Flask) -> None:
        app.config.setdefault("INVENTORY_DSN", "memory://")
        app.extensions["inventory"] = self
        app.teardown_appcontext(self._close)

    def connection(self) -> dict:
        if "inventory_conn" not in g:
            g.inventory_conn = {"dsn": current_app.config["INVENTORY_DSN"], "open": True}
        return g.inventory_conn

    def _close(self, exc: BaseException | None) -> None:
        if g.pop("inventory_conn", None) is not None:
            self.closed += 1


inventory = Inventory()  # created once, bound to any number of apps later


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(config or {})
    inventory.init_app(app)

    @app.get("/stock")
    def stock():
        return {"dsn": inventory.connection()["dsn"], "items": 3}

    return app


app = create_app()
