"""Tests for the databases page's samples, against a real PostgreSQL (see conftest.py).

Every statement the page makes about sessions, transactions, pools and N+1 queries is checked
here on the pinned SQLAlchemy, Flask-SQLAlchemy, Alembic, SQLModel and drivers. The timing tests
that need a real event loop and real sockets are in test_real_server.py.
"""

import asyncio
import contextlib
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import anyio.to_thread
import pytest
from alembic import command
from alembic.config import Config
from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient
from flask import Flask
from flask_migrate import init as migrate_init
from flask_migrate import migrate as migrate_revision
from flask_migrate import upgrade as migrate_upgrade
from sqlalchemy import Engine, create_engine, event, inspect, select, text
from sqlalchemy.exc import MissingGreenlet, OperationalError, StatementError, TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine
from sqlalchemy.orm import Session, joinedload, raiseload, selectinload, sessionmaker
from sqlmodel import Field, SQLModel
from sqlmodel import Session as SQLModelSession
from sqlmodel import select as sqlmodel_select

from databases import fastapi_app, fastapi_async, flask_app, flask_sqlalchemy_app
from databases.models import Author, Base, Book

AUTHORS = {"Ada": ["Notes"], "Grace": ["COBOL", "Compilers"], "Linus": []}


# ---------------------------------------------------------------------------------------------
# Helpers


def seed(engine: Engine) -> None:
    Base.metadata.create_all(engine)
    with Session(engine) as session, session.begin():
        for name, titles in AUTHORS.items():
            session.add(Author(name=name, books=[Book(title=t) for t in titles]))


@contextlib.contextmanager
def counted_queries(engine: Engine) -> Iterator[list[str]]:
    """Collects every SQL statement the engine sends while the block runs."""
    statements: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


# ---------------------------------------------------------------------------------------------
# The same endpoint in Flask (plain SQLAlchemy) and FastAPI


@pytest.fixture
def flask_plain(database_url: str) -> tuple[Flask, Engine]:
    app = flask_app.create_app(database_url)
    engine = app.extensions["sessions"].kw["bind"]
    seed(engine)
    return app, engine


@pytest.fixture
def fastapi_sync(database_url: str) -> Iterator[tuple[TestClient, Engine]]:
    app = fastapi_app.create_app(database_url)
    engine = app.state.sessions.kw["bind"]
    seed(engine)
    with TestClient(app) as client:
        yield client, engine


def test_flask_adds_an_author_once_and_answers_409_for_a_duplicate(flask_plain):
    app, engine = flask_plain
    client = app.test_client()
    assert client.post("/authors", json={"name": "Edsger"}).status_code == 201
    assert client.post("/authors", json={"name": "Edsger"}).status_code == 409
    for bad in [{}, {"name": ""}, {"name": 7}, {"name": "x" * 101}]:
        assert client.post("/authors", json=bad).status_code == 400
    assert client.post("/authors", data="not json").status_code == 400
    with Session(engine) as session:
        assert session.scalars(select(Author.name).where(Author.name == "Edsger")).all() == ["Edsger"]
    assert engine.pool.checkedout() == 0  # teardown closed every session, also after the 400s and the 409


def test_fastapi_adds_an_author_once_and_answers_409_for_a_duplicate(fastapi_sync):
    client, engine = fastapi_sync
    assert client.post("/authors", json={"name": "Edsger"}).status_code == 201
    duplicate = client.post("/authors", json={"name": "Edsger"})
    assert duplicate.status_code == 409
    assert duplicate.json() == {"detail": "an author with this name exists"}
    for bad in [{}, {"name": ""}, {"name": 7}, {"name": "x" * 101}]:
        assert client.post("/authors", json=bad).status_code == 422
    with Session(engine) as session:
        assert session.scalars(select(Author.name).where(Author.name == "Edsger")).all() == ["Edsger"]
    assert engine.pool.checkedout() == 0  # the yield dependency closed every session


def test_flask_teardown_rolls_back_what_a_failing_view_did_not_commit(database_url):
    app = flask_app.create_app(database_url)

    @app.post("/half-done")
    def half_done():
        flask_app.get_session().add(Author(name="Half"))
        flask_app.get_session().flush()  # the INSERT reached PostgreSQL, inside a transaction
        raise RuntimeError("the view fails before commit")

    engine = app.extensions["sessions"].kw["bind"]
    seed(engine)
    assert app.test_client().post("/half-done").status_code == 500
    with Session(engine) as session:
        assert session.scalar(select(Author).where(Author.name == "Half")) is None
    assert engine.pool.checkedout() == 0


# ---------------------------------------------------------------------------------------------
# Flask-SQLAlchemy and Flask-Migrate


def test_flask_sqlalchemy_session_per_app_context_and_removed_at_teardown(database_url):
    app = flask_sqlalchemy_app.create_app(database_url)
    db = flask_sqlalchemy_app.db
    sessions_seen = []

    @app.get("/authors/<int:author_id>")
    def show_author(author_id: int) -> dict:
        sessions_seen.append(db.session())
        return {"name": db.get_or_404(Author, author_id).name}

    with app.app_context():
        db.create_all()  # the plain models' tables, through metadata=Base.metadata
        db.session.add(Author(name="Grace", books=[Book(title="COBOL")]))
        db.session.commit()
        first = db.session()
        assert db.session() is first  # the same session throughout one context
        engine = db.engine
    with app.app_context():
        assert db.session() is not first  # a new context, a new session
    with pytest.raises(RuntimeError, match="application context"):
        db.session()
    client = app.test_client()
    assert client.get("/authors/1").get_json() == {"name": "Grace"}
    assert client.get("/authors/999").status_code == 404
    assert sessions_seen[0] is not sessions_seen[1]  # one session per request
    assert engine.pool.checkedout() == 0  # removed at teardown, connection returned


def test_flask_migrate_creates_and_applies_a_migration_from_the_models(database_url, tmp_path):
    app = flask_sqlalchemy_app.create_app(database_url)
    directory = str(tmp_path / "migrations")
    with app.app_context():
        migrate_init(directory)  # `flask db init`
        # Flask-Migrate's env.py tries Flask-SQLAlchemy 2's db.get_engine() before db.engine.
        with pytest.warns(DeprecationWarning, match="'get_engine' is deprecated"):
            migrate_revision(directory, message="authors and books")  # `flask db migrate`
        with pytest.warns(DeprecationWarning, match="'get_engine' is deprecated"):
            migrate_upgrade(directory)  # `flask db upgrade`
        tables = set(inspect(flask_sqlalchemy_app.db.engine).get_table_names())
    assert {"author", "book", "alembic_version"} <= tables
    (revision,) = (tmp_path / "migrations" / "versions").glob("*.py")
    assert "op.create_table('author'" in revision.read_text()


def test_alembic_autogenerates_and_applies_a_migration_for_plain_sqlalchemy(database_url, tmp_path):
    # The CLI steps `alembic init`, `alembic revision --autogenerate` and `alembic upgrade head`,
    # through the alembic.command functions that the CLI itself calls.
    ini = tmp_path / "alembic.ini"
    command.init(Config(str(ini)), str(tmp_path / "migrations"))
    env = tmp_path / "migrations" / "env.py"
    assert "target_metadata = None" in env.read_text()
    env.write_text(
        env.read_text().replace("target_metadata = None", "from databases.models import Base\ntarget_metadata = Base.metadata")
    )
    config = Config(str(ini))
    config.set_main_option("sqlalchemy.url", database_url)
    command.revision(config, message="authors and books", autogenerate=True)
    command.upgrade(config, "head")
    engine = create_engine(database_url)
    assert {"author", "book", "alembic_version"} <= set(inspect(engine).get_table_names())
    engine.dispose()


# ---------------------------------------------------------------------------------------------
# FastAPI: where a yield dependency's commit would land


def test_fastapi_commit_after_yield_runs_after_the_response_is_sent(database_url):
    engine = create_engine(database_url)
    Base.metadata.create_all(engine)
    sessions = sessionmaker(engine)

    def commit_after_yield() -> Iterator[Session]:
        with sessions.begin() as session:  # commits when the endpoint's work is done
            yield session

    app = FastAPI()

    @app.post("/late/{name}")
    def late(name: str, session: Annotated[Session, Depends(commit_after_yield)]) -> str:
        session.add(Author(name=name))
        return name

    @app.post("/early/{name}")
    def early(name: str, session: Annotated[Session, Depends(commit_after_yield, scope="function")]) -> str:
        session.add(Author(name=name))
        return name

    client = TestClient(app, raise_server_exceptions=False)
    assert client.post("/late/Ada").status_code == 200
    # The duplicate's commit fails, but only after the 200 was sent: the client never knows.
    assert client.post("/late/Ada").status_code == 200
    # With scope="function" the commit runs before the response, so the failure becomes a 500.
    assert client.post("/early/Grace").status_code == 200
    assert client.post("/early/Grace").status_code == 500
    with Session(engine) as session:
        assert session.scalars(select(Author.name).order_by(Author.name)).all() == ["Ada", "Grace"]
    engine.dispose()


# ---------------------------------------------------------------------------------------------
# N+1 queries


def test_lazy_loading_is_one_query_per_author_and_eager_loading_fixes_it(database_url):
    engine = create_engine(database_url)
    seed(engine)
    with Session(engine) as session:
        with counted_queries(engine) as lazy:
            for author in session.scalars(select(Author)):
                _ = [b.title for b in author.books]
        assert len(lazy) == 1 + len(AUTHORS)  # N+1
    for option, queries in [(selectinload(Author.books), 2), (joinedload(Author.books), 1)]:
        with Session(engine) as session, counted_queries(engine) as eager:
            for author in session.scalars(select(Author).options(option)).unique():
                _ = [b.title for b in author.books]
        assert len(eager) == queries, option
    with Session(engine) as session:
        author = session.scalars(select(Author).options(raiseload("*"))).first()
        with pytest.raises(Exception, match="'Author.books' is not available due to lazy='raise'"):
            _ = author.books
    engine.dispose()


# ---------------------------------------------------------------------------------------------
# Transactions


def test_work_is_invisible_to_other_connections_until_commit_and_gone_after_close(database_url):
    engine = create_engine(database_url)
    Base.metadata.create_all(engine)
    names = select(Author.name)
    writer = Session(engine)
    writer.add(Author(name="Ada"))
    writer.flush()  # sent to PostgreSQL inside the transaction the session began by itself
    with Session(engine) as reader:
        assert reader.scalars(names).all() == []
    writer.close()  # no commit: rolled back
    with Session(engine) as reader:
        assert reader.scalars(names).all() == []
    with Session(engine) as writer, writer.begin():
        writer.add(Author(name="Grace"))
    with pytest.raises(RuntimeError), Session(engine) as writer, writer.begin():
        writer.add(Author(name="Linus"))
        raise RuntimeError("the block fails: begin() rolls back")
    with Session(engine) as reader:
        assert reader.scalars(names).all() == ["Grace"]
    engine.dispose()


# ---------------------------------------------------------------------------------------------
# AsyncSession


@pytest.mark.parametrize("driver", ["psycopg", "asyncpg"])
def test_async_session_needs_eager_loading(database_url, driver):
    seed_engine = create_engine(database_url)
    seed(seed_engine)
    seed_engine.dispose()

    async def scenario() -> None:
        engine = create_async_engine(database_url.replace("+psycopg", f"+{driver}"))
        assert engine.dialect.driver == driver
        async with AsyncSession(engine) as session:
            author = await session.scalar(select(Author).where(Author.name == "Grace"))
            # psycopg wraps the error in a StatementError, asyncpg raises it as is.
            with pytest.raises((MissingGreenlet, StatementError), match="greenlet_spawn has not been called"):
                _ = author.books  # a lazy load would do blocking I/O on the event loop: refused
            eager = select(Author).where(Author.name == "Grace").options(selectinload(Author.books))
            author = await session.scalar(eager.execution_options(populate_existing=True))
            assert sorted(b.title for b in author.books) == ["COBOL", "Compilers"]
        await engine.dispose()

    asyncio.run(scenario())


# ---------------------------------------------------------------------------------------------
# Pools, threads and connection limits


def test_default_pool_is_5_plus_10_overflow_and_the_threadpool_has_40_tokens(database_url):
    engine = create_engine(database_url)
    assert (type(engine.pool).__name__, engine.pool.size(), engine.pool._max_overflow, engine.pool.timeout()) == (
        "QueuePool", 5, 10, 30.0,
    )
    async_engine = create_async_engine(database_url)
    pool = async_engine.sync_engine.pool
    assert (type(pool).__name__, pool.size(), pool._max_overflow) == ("AsyncAdaptedQueuePool", 5, 10)

    async def threadpool_tokens() -> float:
        return anyio.to_thread.current_default_thread_limiter().total_tokens

    assert anyio.run(threadpool_tokens) == 40

    held = [engine.connect() for _ in range(15)]
    for conn in held:
        conn.close()
    assert engine.pool.checkedin() == 5  # the 10 overflow connections were closed, not kept
    engine.dispose()


def test_an_exhausted_pool_makes_the_next_checkout_wait_then_fail(database_url):
    engine = create_engine(database_url, pool_size=1, max_overflow=0, pool_timeout=0.2)
    held = engine.connect()
    with pytest.raises(PoolTimeout, match="QueuePool limit of size 1 overflow 0 reached"):
        engine.connect()
    held.close()
    with engine.connect() as conn:  # a returned connection is reused
        assert conn.scalar(text("SELECT 1")) == 1
    engine.dispose()


def test_seven_worker_pools_of_15_exceed_postgresqls_default_100_connections(pg_cluster, database_url):
    assert pg_cluster.psql("SHOW max_connections") == "100"
    assert pg_cluster.psql("SHOW superuser_reserved_connections") == "3"
    # An application role, not the superuser, for whom the reserved slots do not count.
    role = f"app_{uuid.uuid4().hex[:8]}"
    pg_cluster.psql(f"CREATE ROLE {role} LOGIN")
    workers = [create_engine(database_url.replace("//postgres@", f"//{role}@")) for _ in range(7)]  # one per worker process
    held = []
    try:
        with pytest.raises(OperationalError, match="remaining connection slots are reserved"):
            for engine in workers:
                for _ in range(engine.pool.size() + engine.pool._max_overflow):
                    held.append(engine.connect())
        assert len(held) == 97  # 7 × 15 = 105 wanted; 100 minus the 3 reserved slots granted
    finally:
        for conn in held:
            conn.close()
        for engine in workers:
            engine.dispose()
        pg_cluster.psql(f"DROP ROLE {role}")


# ---------------------------------------------------------------------------------------------
# SQLModel


class Hero(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=20)


def test_sqlmodel_table_class_is_a_sqlalchemy_table_and_skips_validation_when_constructed(database_url):
    engine = create_engine(database_url)
    SQLModel.metadata.create_all(engine)
    with SQLModelSession(engine) as session:
        session.add(Hero(name="Deadpond"))
        session.commit()
        assert [h.name for h in session.exec(sqlmodel_select(Hero))] == ["Deadpond"]
    assert Hero(name="x" * 50).name == "x" * 50  # table=True: no validation on construction
    with pytest.raises(ValueError, match="at most 20 characters"):
        Hero.model_validate({"name": "x" * 50})
    engine.dispose()



@pytest.mark.parametrize("path", ["/trap", "/fix/threadpool", "/fix/async-driver"])
@pytest.mark.parametrize("seconds", ["abc", "-1", "5.5"])
def test_wait_endpoints_reject_a_bad_wait_before_touching_the_database(database_url, path, seconds):
    app = fastapi_async.create_app(database_url, database_url)
    with TestClient(app) as client:
        response = client.get(path, params={"seconds": seconds})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "seconds"]
