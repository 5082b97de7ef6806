# Mounting a Flask (WSGI) app inside FastAPI with a2wsgi, as FastAPI's docs now advise.
from a2wsgi import WSGIMiddleware
from fastapi import FastAPI
from flask import Flask, jsonify

legacy = Flask(__name__)


@legacy.get("/orders/<int:order_id>")
def legacy_order(order_id: int):
    return jsonify(order_id=order_id, served_by="flask")


app = FastAPI()


@app.get("/api/orders/{order_id}")
async def order(order_id: int):
    return {"order_id": order_id, "served_by": "fastapi"}


# Each request to /legacy/... runs the Flask app in a2wsgi's thread pool
# (10 threads by default in the pinned a2wsgi), not on the event loop.
app.mount("/legacy", WSGIMiddleware(legacy))
