"""PostgreSQL for the database samples: one throwaway cluster per test run, one database per test.

The cluster comes from scripts/throwaway_postgres.py (initdb into a temporary folder, a free
loopback port), which stops and deletes it when the run ends, also when a test fails. Without the
server binaries every test here fails with that module's one-line hint: a database page whose
samples were never run against a database must not pass quietly.
"""

from __future__ import annotations

import contextlib
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# throwaway_postgres.py lives in scripts/ because the Node scripts and the benchmark use it too,
# before any virtual environment exists; it is a single stdlib-only module, not an installed
# package, so its folder goes on the import path here.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from throwaway_postgres import Cluster, PostgresUnavailable, throwaway_cluster  # noqa: E402


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """A running PostgreSQL cluster shared by the whole test session."""
    with contextlib.ExitStack() as stack:
        try:
            cluster = stack.enter_context(throwaway_cluster())
        except PostgresUnavailable as error:
            # `from None`: the hint is the whole story, once, not twice through exception chaining.
            raise pytest.fail.Exception(str(error), pytrace=False) from None
        yield cluster


@pytest.fixture
def database_url(pg_cluster: Cluster) -> Iterator[str]:
    """A fresh, empty database for one test, as a SQLAlchemy URL for the psycopg 3 driver."""
    name = f"test_{uuid.uuid4().hex[:12]}"
    pg_cluster.create_database(name)
    yield pg_cluster.url(name, scheme="postgresql+psycopg")
    # FORCE ends connections a test's pools still hold, so the next test starts from none.
    pg_cluster.psql(f'DROP DATABASE "{name}" WITH (FORCE)')
