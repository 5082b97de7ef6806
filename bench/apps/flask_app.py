"""The benchmark's Flask app: one endpoint per scenario (see bench/README.md).

Run by the harness under Gunicorn with sync, gthread or gevent workers, e.g.
``gunicorn --chdir bench/apps flask_app:app``. The database endpoints use psycopg 3 with a
psycopg_pool ConnectionPool, opened when the worker imports this module (Gunicorn imports the app
in each worker after the fork, and after gevent's monkey-patching, so psycopg sees the patched
``select`` and waits cooperatively).
"""

from __future__ import annotations

import time

from flask import Flask, abort, jsonify, render_template, request
from psycopg import waiting
from psycopg_pool import ConnectionPool
from pydantic import ValidationError

from bench_common import (
    FORTUNE_SQL, FORTUNES_TEMPLATE, HELLO, IO_DELAY_SECONDS, QUERIES_PER_REQUEST, TEMPLATES_DIR,
    WORLD_SQL, Order, cpu_response, database_url, driver_info, io_response, pool_size,
    random_world_id, sorted_fortunes, world_json,
)

app = Flask(__name__, template_folder=str(TEMPLATES_DIR))


def _open_pool() -> ConnectionPool | None:
    url = database_url()
    if url is None:
        return None
    size = pool_size()
    pool = ConnectionPool(url, min_size=size, max_size=size, kwargs={"autocommit": True}, open=True)
    pool.wait(timeout=30)  # serve only once every connection is open, as the FastAPI apps do
    return pool


pool = _open_pool()


def _pool() -> ConnectionPool:
    if pool is None:
        abort(503, description="no database configured (set BENCH_DATABASE_URL)")
    return pool


@app.get("/json")
def json_endpoint():
    return jsonify(HELLO)


@app.post("/validate")
def validate_endpoint():
    # Flask has no request validation of its own: the same Pydantic model, called by hand, and the
    # same Rust serializer FastAPI uses for a model it returns.
    try:
        order = Order.model_validate(request.get_json())
    except ValidationError as exc:
        return jsonify(detail=exc.errors(include_url=False, include_context=False)), 422
    return app.response_class(order.model_dump_json(), mimetype="application/json")


@app.get("/io")
def io_endpoint():
    time.sleep(IO_DELAY_SECONDS)  # blocks the worker or thread; under gevent, only this greenlet
    return jsonify(io_response())


@app.get("/cpu")
def cpu_endpoint():
    return jsonify(cpu_response())


@app.get("/db")
def db_endpoint():
    with _pool().connection() as conn:
        row = conn.execute(WORLD_SQL, (random_world_id(),)).fetchone()
    return jsonify(world_json(row))


@app.get("/queries")
def queries_endpoint():
    with _pool().connection() as conn:
        rows = [conn.execute(WORLD_SQL, (random_world_id(),)).fetchone() for _ in range(QUERIES_PER_REQUEST)]
    return jsonify([world_json(row) for row in rows])


@app.get("/fortunes")
def fortunes_endpoint():
    with _pool().connection() as conn:
        rows = conn.execute(FORTUNE_SQL).fetchall()
    return render_template(FORTUNES_TEMPLATE, fortunes=sorted_fortunes(rows))


@app.get("/info")
def info_endpoint():
    # Which psycopg wait function this worker picked: wait_c blocks the whole process, while the
    # pure-Python ones cooperate with gevent once it has patched `select`.
    return jsonify(driver_info(waiting.wait.__name__))
