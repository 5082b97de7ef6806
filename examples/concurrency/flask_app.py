# Flask 2.0+ async view (needs `flask[async]`, i.e. asgiref) next to a plain def view.
import asyncio
import time

from flask import Flask, jsonify, request

app = Flask(__name__)


async def fetch(source: str, delay: float) -> dict:
    await asyncio.sleep(delay)  # stands in for an async HTTP call or database query
    return {"source": source, "ok": True}


def read_delay():
    raw = request.args.get("delay_ms", "100")
    return int(raw) / 1000 if raw.isdigit() and int(raw) <= 1000 else None


@app.get("/dashboard")
async def dashboard():
    delay = read_delay()
    if delay is None:
        return jsonify(error="delay_ms must be an integer from 0 to 1000"), 400
    started = time.perf_counter()
    # The three waits overlap, but on an event loop that asgiref starts in a
    # thread for this one request: the worker stays busy until all are done.
    results = await asyncio.gather(*(fetch(s, delay) for s in ("users", "orders", "stock")))
    return jsonify(results=results, elapsed_ms=round((time.perf_counter() - started) * 1000))


@app.get("/report")
def report():
    delay = read_delay()
    if delay is None:
        return jsonify(error="delay_ms must be an integer from 0 to 1000"), 400
    time.sleep(delay)  # a blocking call ties up this worker thread, and only this one
    return jsonify(report="ready")
