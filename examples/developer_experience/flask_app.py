# One typed endpoint in Flask: the URL converter types the path, the view checks the query.
from flask import Flask, request

app = Flask(__name__)


@app.get("/items/<int:item_id>")
def read_item(item_id: int) -> tuple[dict[str, object], int]:
    # request.args.get("limit", 10, type=int) would quietly fall back to 10 on "abc".
    raw_limit = request.args.get("limit", "10")
    try:
        limit = int(raw_limit)
    except ValueError:
        return {"error": "limit must be an integer", "got": raw_limit}, 400
    if not 1 <= limit <= 100:
        return {"error": "limit must be between 1 and 100", "got": limit}, 400
    return {"item_id": item_id, "limit": limit}, 200
