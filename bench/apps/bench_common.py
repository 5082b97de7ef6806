"""What both benchmark apps share, so the Flask and FastAPI endpoints do exactly the same work.

- ``Order``: the Pydantic v2 model of the ``validate`` scenario (``bench/payload.json`` is a valid
  ``Order``). FastAPI uses it as the body parameter; Flask calls ``Order.model_validate`` by hand.
- ``cpu_work``: the fixed pure-Python loop of the ``cpu`` scenario (about 3 ms on the 2-core
  benchmark machine; calibrated once, then frozen so every run does the same work).
- ``HELLO``, ``IO_DELAY_SECONDS``: the ``json`` and ``io`` scenarios' constants.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

HELLO = {"message": "Hello, World!"}

IO_DELAY_SECONDS = 0.05
"""The simulated downstream call of the ``io`` scenario: 50 ms."""

CPU_ITERATIONS = 45_000
"""Loop length of the ``cpu`` scenario; about 3 ms of pure Python on the benchmark machine."""


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
