"""FastAPI and plain SQLAlchemy: a yield dependency opens one session per request."""

from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request
from pydantic import BaseModel, Field
from sqlalchemy import create_engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from databases.models import Author

router = APIRouter()


def create_app(database_url: str) -> FastAPI:
    app = FastAPI()
    # One engine, so one connection pool, per process: never one per request.
    app.state.sessions = sessionmaker(create_engine(database_url))
    app.include_router(router)
    return app


def get_session(request: Request) -> Iterator[Session]:
    with request.app.state.sessions() as session:
        yield session  # closed (uncommitted work rolled back) after the response is sent


SessionDep = Annotated[Session, Depends(get_session)]


class NewAuthor(BaseModel):
    name: str = Field(min_length=1, max_length=100)


# `def`, not `async def`: the blocking driver then runs in the threadpool, off the event loop.
@router.post("/authors", status_code=201)
def add_author(author: NewAuthor, session: SessionDep) -> NewAuthor:
    session.add(Author(name=author.name))
    try:
        session.commit()  # in the endpoint, not after `yield`: the client must see a failed commit
    except IntegrityError:
        session.rollback()
        raise HTTPException(409, "an author with this name exists")
    return author
