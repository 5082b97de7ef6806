"""Flask-SQLAlchemy 3.x and Flask-Migrate: the extension owns the engine, the session and its teardown."""

from flask import Blueprint, Flask
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import func, select

from databases.models import Author, Base, Book

db = SQLAlchemy(metadata=Base.metadata)  # plain SQLAlchemy models; db.Model subclasses work too
migrate = Migrate()
bp = Blueprint("authors", __name__)


def create_app(database_url: str) -> Flask:
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = database_url
    db.init_app(app)  # db.session: one session per app context, removed at teardown
    migrate.init_app(app, db)  # the `flask db init / migrate / upgrade` commands
    app.register_blueprint(bp)
    return app


@bp.get("/authors/<int:author_id>")
def show_author(author_id: int) -> dict:
    author = db.get_or_404(Author, author_id)
    books = db.session.scalar(select(func.count()).where(Book.author_id == author_id))
    return {"name": author.name, "books": books}
