# A Flask app as Gunicorn will run it: a health check and a view that waits like a slow query.
import os
import time

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/health")
def health():
    # pid shows which worker process answered; a load balancer probes this URL.
    return jsonify(status="ok", pid=os.getpid())


@app.get("/slow")
def slow():
    raw = request.args.get("ms", "100")
    if not raw.isdigit() or int(raw) > 2000:
        return jsonify(error="ms must be an integer from 0 to 2000"), 400
    # Stands in for a blocking database call: this worker thread is busy until it returns.
    time.sleep(int(raw) / 1000)
    return jsonify(slept_ms=int(raw))
