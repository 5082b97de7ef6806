"""Flask-SQLAlchemy and Flask-Migrate own the engine, the session and the migrations."""

from flask import Flask
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy

from databases.models import Base

db = SQLAlchemy(metadata=Base.metadata)  # the plain SQLAlchemy models of models.py
migrate = Migrate()


def create_app(database_url: str) -> Flask:
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = database_url
    db.init_app(app)  # db.session: one session per app context, removed at teardown
    migrate.init_app(app, db)  # the `flask db init / migrate / upgrade` commands
    return app

