"""What a correct answer of each endpoint is. The runner asks every setup once per scenario before
loading it, so a setup that answers wrongly (a different row, unescaped HTML) fails the run
instead of winning it."""

from __future__ import annotations

import json
from typing import Any

import jinja2

from bench.config import PAYLOAD_PATH, Scenario, bench_common
from bench.database import FORTUNES, world_random_number


def payload() -> bytes:
    return PAYLOAD_PATH.read_bytes()


def expected_fortunes_html() -> str:
    """The fortunes page as the shared template renders it, with escaping on, from the seed rows."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(bench_common.TEMPLATES_DIR), autoescape=True)
    rows = list(enumerate(FORTUNES, start=1))
    return env.get_template(bench_common.FORTUNES_TEMPLATE).render(fortunes=bench_common.sorted_fortunes(rows))


def _world_problem(row: Any) -> str | None:
    if not isinstance(row, dict) or set(row) != {"id", "randomNumber"}:
        return f"not a world row: {row!r}"
    world_id = row["id"]
    if not isinstance(world_id, int) or not 1 <= world_id <= bench_common.WORLD_ROWS:
        return f"world id out of range: {row!r}"
    if row["randomNumber"] != world_random_number(world_id):
        return f"world row {world_id} has randomNumber {row['randomNumber']}, the table has {world_random_number(world_id)}"
    return None


def _expected_json(scenario_id: str) -> Any:
    return {
        "json": lambda: bench_common.HELLO,
        "validate": lambda: json.loads(payload()),
        "io": bench_common.io_response,
        "cpu": bench_common.cpu_response,
    }[scenario_id]()


def check_answer(scenario: Scenario, status: int, content_type: str, body: bytes) -> str | None:
    """Why an answer to ``scenario`` is wrong, or None when it is right."""
    if status != 200:
        return f"status {status}: {body[:300]!r}"
    if scenario.id == "fortunes":
        if not content_type.startswith("text/html"):
            return f"content type {content_type!r}, expected text/html"
        html = body.decode("utf-8", errors="replace")
        expected = expected_fortunes_html()
        return None if html == expected else f"unexpected page (first 300 characters): {html[:300]!r}"
    if not content_type.startswith("application/json"):
        return f"content type {content_type!r}, expected application/json"
    try:
        data = json.loads(body)
    except ValueError:
        return f"body is not JSON: {body[:200]!r}"
    if scenario.id == "db":
        return _world_problem(data)
    if scenario.id == "queries":
        if not isinstance(data, list) or len(data) != bench_common.QUERIES_PER_REQUEST:
            return f"expected a list of {bench_common.QUERIES_PER_REQUEST} rows, got {str(data)[:200]}"
        return next((p for p in map(_world_problem, data) if p), None)
    if data != _expected_json(scenario.id):
        return f"unexpected body {data!r}"
    return None
