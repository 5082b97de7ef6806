# Flask: app-wide services live on the app (factory + extensions), per-request ones on `g`.
import click
from flask import Flask, abort, current_app, g


class Database:  # stand-in for a real client: it counts its open connections
    def __init__(self, rows):
        self.rows, self.open_connections = dict(rows), 0

    def connect(self):
        self.open_connections += 1
        return self

    def close(self):
        self.open_connections -= 1


def get_conn():
    if "conn" not in g:  # one connection per request, opened on first use
        g.conn = current_app.extensions["database"].connect()
    return g.conn


def close_conn(exc):  # runs when the app context ends, error or not
    if (conn := g.pop("conn", None)) is not None:
        conn.close()


def create_app(database=None):
    app = Flask(__name__)
    app.extensions["database"] = database or Database({"1": "keyboard"})
    app.teardown_appcontext(close_conn)

    @app.get("/items/<item_id>")
    def read_item(item_id):
        rows = get_conn().rows
        if item_id not in rows:
            abort(404)
        return {"id": item_id, "name": rows[item_id]}

    @app.cli.command("count-items")
    def count_items():  # runs in an app context, so get_conn() and the teardown work
        click.echo(len(get_conn().rows))

    return app


app = create_app()
