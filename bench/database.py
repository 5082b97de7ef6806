"""The benchmark's PostgreSQL: settings, schema and seed data, and where its processes run.

The cluster itself comes from scripts/throwaway_postgres.py (a fresh ``initdb`` in a temporary
folder, started on a free loopback port, always stopped and deleted afterwards). This module adds
what the benchmark needs on top: the ``world`` and ``fortune`` tables, the rows the answers are
checked against, and the process tree whose CPU time is charged to the database.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench import config
from bench.config import bench_common

if str(config.ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(config.ROOT / "scripts"))
import throwaway_postgres  # noqa: E402  (scripts/throwaway_postgres.py, standard library only)

DATABASE = "bench"
CONNECTION = f"TCP on {throwaway_postgres.HOST}"

# Every server process opens its whole pool at startup; leave room for psql and a restart.
SETTINGS = {"max_connections": str(len(config.SETUPS) * config.WORKERS * config.POOL_PER_WORKER + 30)}

FORTUNES: tuple[str, ...] = (
    "A benchmark measures the setup as much as the framework.",
    "Quote medians over several runs, never a single run.",
    '<script>alert("This text must arrive escaped.")</script>',
    "Fish & chips, \"double quotes\" & 'single quotes'.",
    "Size connection pools alike before comparing them.",
    "Ratios of CPU-bound work travel between machines; ceilings do not.",
    "Un café, s'il vous plaît — déjà vu.",
    "日本語のテキストもそのまま届く。",
    "An index beats a faster framework.",
    "Zero errors, or no result at all.",
    "A keep-alive connection stays with the worker that accepted it.",
    "Every figure on the site comes from the committed results.",
)


# world.randomnumber is a fixed scramble of the id, so every run reads the same table and the
# harness can check any row an endpoint returns without asking the database.
_SCRAMBLE = (7919, 13)


def world_random_number(world_id: int) -> int:
    """The ``randomnumber`` stored for a ``world`` id."""
    multiplier, offset = _SCRAMBLE
    return 1 + (world_id * multiplier + offset) % bench_common.WORLD_ROWS


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def seed_sql() -> str:
    """Creates and fills ``world`` and ``fortune`` (one transaction), then refreshes statistics."""
    fortunes = ", ".join(f"({i}, {_literal(m)})" for i, m in enumerate(FORTUNES, start=1))
    rows = bench_common.WORLD_ROWS
    multiplier, offset = _SCRAMBLE
    return (
        "BEGIN;"
        "CREATE TABLE world (id integer PRIMARY KEY, randomnumber integer NOT NULL);"
        f"INSERT INTO world SELECT i, 1 + (i * {multiplier} + {offset}) % {rows} FROM generate_series(1, {rows}) AS i;"
        "CREATE TABLE fortune (id integer PRIMARY KEY, message text NOT NULL);"
        f"INSERT INTO fortune VALUES {fortunes};"
        "COMMIT;"
        "ANALYZE world; ANALYZE fortune;"
    )


def seed(cluster: throwaway_postgres.Cluster) -> str:
    """Creates the ``bench`` database with both tables and returns its URL; checks the row counts."""
    url = cluster.create_database(DATABASE)
    cluster.psql(seed_sql(), database=DATABASE)
    counts = cluster.psql("SELECT (SELECT count(*) FROM world) || ',' || (SELECT count(*) FROM fortune)",
                          database=DATABASE)
    if counts != f"{bench_common.WORLD_ROWS},{len(FORTUNES)}":
        raise throwaway_postgres.PostgresUnavailable(f"seeding the benchmark tables left {counts} rows")
    sample = cluster.psql("SELECT randomnumber FROM world WHERE id = 4242", database=DATABASE)
    if int(sample) != world_random_number(4242):
        raise throwaway_postgres.PostgresUnavailable("world.randomnumber does not follow world_random_number()")
    return url


def postmaster_pid(cluster: throwaway_postgres.Cluster) -> int:
    """The server's main process, from the first line of ``postmaster.pid`` in its data folder."""
    return int((Path(cluster.data_dir) / "postmaster.pid").read_text().split("\n", 1)[0])


@contextmanager
def pinned_cluster(cpu: str) -> Iterator[throwaway_postgres.Cluster]:
    """A throwaway cluster whose processes all run on ``cpu``.

    PostgreSQL inherits the CPU affinity of whoever starts it, so this process moves itself to
    ``cpu`` first (and stays there: the runner belongs beside wrk, off the servers' core).
    """
    os.sched_setaffinity(0, {int(c) for c in cpu.split(",")})
    with throwaway_postgres.throwaway_cluster(SETTINGS) as cluster:
        throwaway_postgres.wait_until_ready(cluster)
        yield cluster


def allowed_cpus(pid: int) -> str:
    """``Cpus_allowed_list`` of a process, e.g. ``"1"``."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("Cpus_allowed_list:"):
            return line.split(":", 1)[1].strip()
    return ""


PostgresUnavailable = throwaway_postgres.PostgresUnavailable
