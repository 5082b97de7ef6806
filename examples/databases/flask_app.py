"""Flask and plain SQLAlchemy: one session per request, closed at teardown."""

from flask import Blueprint, Flask, abort, current_app, g, request
from sqlalchemy import create_engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from databases.models import Author

bp = Blueprint("authors", __name__)


def create_app(database_url: str) -> Flask:
    app = Flask(__name__)
    # One engine, so one connection pool, per process: never one per request.
    app.extensions["sessions"] = sessionmaker(create_engine(database_url))
    app.teardown_appcontext(close_session)
    app.register_blueprint(bp)
    return app


def get_session() -> Session:
    if "session" not in g:
        g.session = current_app.extensions["sessions"]()
    return g.session


def close_session(error: BaseException | None) -> None:
    session = g.pop("session", None)
    if session is not None:
        session.close()  # rolls back what was not committed, returns the connection


@bp.post("/authors")
def add_author() -> tuple[dict, int]:
    name = (request.get_json(silent=True) or {}).get("name")
    if not isinstance(name, str) or not 1 <= len(name) <= 100:
        abort(400, "name: a string of 1 to 100 characters")
    session = get_session()
    session.add(Author(name=name))
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        abort(409, "an author with this name exists")
    return {"name": name}, 201
