"""The benchmark's Flask app: one endpoint per scenario (see bench/README.md).

Run by bench/run.py under Gunicorn (sync or gthread workers), e.g.
``gunicorn --chdir bench/apps flask_app:app``.
"""

from __future__ import annotations

import time

from flask import Flask, jsonify, request
from pydantic import ValidationError

from bench_common import HELLO, IO_DELAY_SECONDS, Order, cpu_response, io_response

app = Flask(__name__)


@app.get("/json")
def json_endpoint():
    return jsonify(HELLO)


@app.post("/validate")
def validate_endpoint():
    # Flask has no request validation of its own: the same Pydantic model, called by hand.
    try:
        order = Order.model_validate(request.get_json())
    except ValidationError as exc:
        return jsonify(detail=exc.errors(include_url=False, include_context=False)), 422
    return jsonify(order.model_dump(mode="json"))


@app.get("/io")
def io_endpoint():
    time.sleep(IO_DELAY_SECONDS)  # a blocking downstream call: the worker (or thread) waits
    return jsonify(io_response())


@app.get("/cpu")
def cpu_endpoint():
    return jsonify(cpu_response())
