# A small JSON endpoint: the view checks the query string and builds the public dicts itself.
from flask import Flask, jsonify, request

app = Flask(__name__)

# Stand-in for a database table; cost_cents is internal and must not leak.
PRODUCTS = [
    {"id": i, "name": f"product-{i}", "price_cents": 250 * i, "cost_cents": 90 * i}
    for i in range(1, 101)
]
PUBLIC_FIELDS = ("id", "name", "price_cents")


@app.get("/products")
def list_products():
    raw = request.args.get("limit", "10")
    if not raw.isdigit() or not 1 <= int(raw) <= 100:
        return jsonify(error="limit must be an integer from 1 to 100"), 400
    rows = PRODUCTS[: int(raw)]
    # jsonify turns plain dicts into JSON with the standard library's json module.
    return jsonify([{key: row[key] for key in PUBLIC_FIELDS} for row in rows])
