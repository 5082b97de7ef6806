# REST in core Flask, no extension: one MethodView class serves the collection and item URLs.
from flask import Flask, request
from flask.views import MethodView

app = Flask(__name__)
BOOKS: dict[int, dict] = {1: {"id": 1, "title": "Dune"}}


class BookAPI(MethodView):
    def get(self, book_id: int | None = None):
        if book_id is None:
            return list(BOOKS.values())  # Flask 2.2+ turns lists and dicts into JSON
        if book_id not in BOOKS:
            return {"error": f"book {book_id} not found"}, 404
        return BOOKS[book_id]

    def post(self):
        data = request.get_json(silent=True) or {}
        if not isinstance(data.get("title"), str) or not data["title"].strip():
            return {"error": "title must be a non-empty string"}, 400
        book = {"id": max(BOOKS, default=0) + 1, "title": data["title"]}
        BOOKS[book["id"]] = book
        return book, 201

    def delete(self, book_id: int):
        if BOOKS.pop(book_id, None) is None:
            return {"error": f"book {book_id} not found"}, 404
        return "", 204


view = BookAPI.as_view("books")
app.add_url_rule("/books", view_func=view, methods=["GET", "POST"])
app.add_url_rule("/books/<int:book_id>", view_func=view, methods=["GET", "DELETE"])
