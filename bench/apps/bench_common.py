"""What every benchmark app shares, so the Flask and FastAPI endpoints do exactly the same work.

- ``Order``: the Pydantic v2 model of the ``validate`` scenario (``bench/payload.json`` is a valid
  ``Order``). FastAPI uses it as the body parameter; Flask calls ``Order.model_validate`` by hand.
- ``cpu_work``: the fixed pure-Python loop of the ``cpu`` scenario (about 3 ms on the 2-core
  benchmark machine; calibrated once, then frozen so every run does the same work).
- ``HELLO``, ``IO_DELAY_SECONDS``: the ``json`` and ``io`` scenarios' constants.
- The database scenarios' SQL, table sizes and row shaping (``db``, ``queries``, ``fortunes``),
  and the connection settings the runner passes in through the environment.

The harness (``bench/``) imports this module too, so a constant it reports is the one the apps use.
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

HELLO = {"message": "Hello, World!"}

IO_DELAY_SECONDS = 0.05
"""The simulated downstream call of the ``io`` scenario: 50 ms."""

CPU_ITERATIONS = 45_000
"""Loop length of the ``cpu`` scenario; about 3 ms of pure Python on the benchmark machine."""

WORLD_ROWS = 10_000
"""Rows of the ``world`` table; ``db`` and ``queries`` read rows by a random primary key."""

QUERIES_PER_REQUEST = 20
"""Separate single-row queries per ``queries`` request (one round trip each, as TechEmpower's)."""

ADDED_FORTUNE = "A fortune added at request time, never stored."
"""The row every ``fortunes`` request adds before sorting (its id is 0)."""

WORLD_SQL = "SELECT id, randomnumber FROM world WHERE id = %s"
FORTUNE_SQL = "SELECT id, message FROM fortune"

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
FORTUNES_TEMPLATE = "fortunes.html"

DATABASE_URL_ENV = "BENCH_DATABASE_URL"
POOL_SIZE_ENV = "BENCH_POOL_SIZE"


def database_url() -> str | None:
    """The libpq URL the runner passes to the servers; None when an app runs without a database."""
    return os.environ.get(DATABASE_URL_ENV) or None


def pool_size() -> int:
    """Connections per worker process: the pool opens them all at startup and never grows."""
    return int(os.environ.get(POOL_SIZE_ENV, "8"))


def cpu_work(iterations: int = CPU_ITERATIONS) -> int:
    """A fixed amount of pure-Python arithmetic (holds the GIL throughout, like real handler code)."""
    acc = 0
    for i in range(iterations):
        acc = (acc * 31 + i * i) % 1_000_003
    return acc


def cpu_response() -> dict[str, int]:
    return {"iterations": CPU_ITERATIONS, "result": cpu_work()}


def io_response() -> dict[str, int]:
    return {"waitedMs": round(IO_DELAY_SECONDS * 1000)}


def random_world_id() -> int:
    return random.randint(1, WORLD_ROWS)


def world_json(row: Sequence[int]) -> dict[str, int]:
    """A ``world`` row as the JSON both frameworks return: ``{"id": 42, "randomNumber": 7}``."""
    return {"id": row[0], "randomNumber": row[1]}


def sorted_fortunes(rows: Iterable[Sequence[Any]]) -> list[tuple[int, str]]:
    """The stored fortunes (``(id, message)`` rows) plus the one added at request time, sorted by message."""
    fortunes = [(int(r[0]), str(r[1])) for r in rows]
    fortunes.append((0, ADDED_FORTUNE))
    fortunes.sort(key=lambda f: f[1])
    return fortunes


def driver_info(wait: str) -> dict[str, object]:
    """What ``GET /info`` reports: how the driver waits for the socket, and the pool size."""
    import psycopg

    return {"driver": f"psycopg {psycopg.__version__}", "wait": wait, "poolSize": pool_size()}


class Address(BaseModel):
    street: str = Field(min_length=1, max_length=200)
    city: str = Field(min_length=1, max_length=100)
    postcode: str = Field(min_length=1, max_length=20)
    country: str = Field(min_length=2, max_length=2)


class Customer(BaseModel):
    id: int = Field(gt=0)
    name: str = Field(min_length=1, max_length=100)
    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    address: Address


class Item(BaseModel):
    sku: str = Field(pattern=r"^[A-Z]{3}-\d{4}$")
    name: str = Field(min_length=1, max_length=100)
    quantity: int = Field(ge=1, le=1000)
    unit_price: Decimal = Field(ge=0, max_digits=10, decimal_places=2)
    tags: list[str] = Field(default_factory=list, max_length=10)


class Order(BaseModel):
    id: int = Field(gt=0)
    status: Literal["pending", "paid", "shipped", "cancelled"]
    created_at: datetime
    customer: Customer
    items: list[Item] = Field(min_length=1, max_length=50)
    gift: bool = False
    note: str | None = Field(default=None, max_length=500)
