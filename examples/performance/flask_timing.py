# Where the time goes: a Server-Timing header splits view logic from JSON serialization.
import time

from flask import Flask, g, jsonify, request

app = Flask(__name__)

ROWS = [{"id": i, "name": f"row-{i}", "score": i / 7} for i in range(5000)]


@app.before_request
def start_clock():
    g.started = time.perf_counter()


@app.get("/report")
def report():
    try:
        min_score = float(request.args.get("min_score", "0"))
    except ValueError:
        return jsonify(error="min_score must be a number"), 400
    t0 = time.perf_counter()
    rows = [row for row in ROWS if row["score"] >= min_score]  # the "business logic"
    t1 = time.perf_counter()
    response = jsonify(rows)  # serialization happens here, inside the view
    t2 = time.perf_counter()
    g.timings = {"logic": t1 - t0, "serialize": t2 - t1}
    return response


@app.after_request
def add_server_timing(response):
    timings = {**g.get("timings", {}), "app": time.perf_counter() - g.started}
    response.headers["Server-Timing"] = ", ".join(
        f"{name};dur={seconds * 1000:.2f}" for name, seconds in timings.items()
    )
    return response
