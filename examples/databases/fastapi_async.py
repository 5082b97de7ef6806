"""The trap and its two fixes; each endpoint waits `seconds` in PostgreSQL."""

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from databases.fastapi_app import SessionDep, create_app as create_sync_app

router = APIRouter()
WAIT = text("SELECT pg_sleep(:seconds)")
Seconds = Annotated[float, Query(ge=0, le=5)]


def create_app(database_url: str, async_database_url: str) -> FastAPI:
    app = create_sync_app(database_url)  # the sync engine behind SessionDep
    app.state.async_sessions = async_sessionmaker(create_async_engine(async_database_url))
    app.include_router(router)
    return app


async def get_async_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with request.app.state.async_sessions() as session:
        yield session


AsyncSessionDep = Annotated[AsyncSession, Depends(get_async_session)]


@router.get("/trap")
async def trap(seconds: Seconds, session: SessionDep) -> float:
    session.execute(WAIT, {"seconds": seconds})  # blocks the event loop: every request waits
    return seconds


@router.get("/fix/threadpool")
def in_threadpool(seconds: Seconds, session: SessionDep) -> float:
    session.execute(WAIT, {"seconds": seconds})  # blocks one of the threadpool's threads only
    return seconds


@router.get("/fix/async-driver")
async def with_async_driver(seconds: Seconds, session: AsyncSessionDep) -> float:
    await session.execute(WAIT, {"seconds": seconds})  # yields the loop while PostgreSQL works
    return seconds
