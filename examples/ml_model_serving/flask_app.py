# Serving a model with Flask: load it once in the app factory, predict in a plain def view.
import math
import time

from flask import Flask, current_app, jsonify, request

N_FEATURES, MAX_BATCH = 4, 64


class TinyModel:  # stand-in for a real model: a logistic regression, fixed weights
    def __init__(self):
        time.sleep(0.05)  # real models take seconds to load: do it once per process
        self.weights, self.bias, self.version = [0.8, -0.4, 0.3, 1.1], -0.2, "tiny-1"

    def predict(self, rows):  # CPU-bound, like real inference
        dots = (sum(w * x for w, x in zip(self.weights, row)) + self.bias for row in rows)
        return [round(1 / (1 + math.exp(-z)), 6) for z in dots]


def valid_rows(payload):
    rows = payload.get("rows") if isinstance(payload, dict) else None
    return (
        isinstance(rows, list) and 1 <= len(rows) <= MAX_BATCH
        and all(isinstance(r, list) and len(r) == N_FEATURES for r in rows)
        and all(type(x) in (int, float) for r in rows for x in r)
    )


def create_app():
    app = Flask(__name__)
    app.extensions["model"] = TinyModel()  # runs once in each worker process

    @app.post("/predict")
    def predict():
        payload = request.get_json(silent=True)
        if not valid_rows(payload):
            msg = f"rows must be 1-{MAX_BATCH} lists of {N_FEATURES} numbers"
            return jsonify(error=msg), 400
        model = current_app.extensions["model"]
        return jsonify(scores=model.predict(payload["rows"]), model_version=model.version)

    return app


app = create_app()
