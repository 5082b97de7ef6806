"""A throwaway PostgreSQL cluster for tests and the benchmark.

Both the database samples' tests (examples/) and the benchmark harness (bench/) need a real
PostgreSQL that exists only for the length of a run: `initdb` into a temporary folder, `pg_ctl
start` on a free loopback port, and always `pg_ctl stop` plus removal afterwards, also when the
caller fails or is interrupted. This module is the one place that knows how.

Debian's `postgresql` package puts the server binaries in /usr/lib/postgresql/<major>/bin, off
PATH. `initdb` refuses to run as root, so as root the cluster belongs to the `postgres` user
that the package creates.

    with throwaway_cluster() as pg:
        print(pg.dsn)            # postgresql://postgres@127.0.0.1:PORT/postgres
        pg.create_database("app")

Standard library only, so the Node scripts and both Python suites can use it before any
virtual environment exists.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

HOST = "127.0.0.1"
SUPERUSER = "postgres"
START_TIMEOUT_S = 30
INSTALL_HINT = (
    "PostgreSQL's server binaries (initdb, pg_ctl) were not found. Install them with "
    "`apt-get install postgresql` (Debian/Ubuntu), or set PG_BIN to the folder that holds initdb."
)


class PostgresUnavailable(RuntimeError):
    """The server binaries are missing or the cluster could not start; the message says why."""


def find_bin_dir() -> Path | None:
    """The folder holding `initdb` and `pg_ctl`: $PG_BIN, else PATH, else Debian's newest."""
    explicit = os.environ.get("PG_BIN")
    if explicit:
        return Path(explicit) if (Path(explicit) / "initdb").exists() else None
    on_path = shutil.which("initdb")
    if on_path:
        # Follow links such as /usr/local/bin/initdb to the real folder, which also holds psql.
        return Path(on_path).resolve().parent
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0,
    )
    return Path(candidates[-1]).parent if candidates else None


def free_port() -> int:
    """A TCP port on the loopback interface that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


@dataclass
class Cluster:
    """A running throwaway cluster: where it listens and how to reach it."""

    bin_dir: Path
    data_dir: Path
    port: int
    version: str
    settings: Mapping[str, str] = field(default_factory=dict)

    @property
    def dsn(self) -> str:
        """A libpq URL for the `postgres` database as the superuser (trust authentication)."""
        return self.url("postgres")

    def url(self, database: str, scheme: str = "postgresql") -> str:
        """A URL for `database`; `scheme` lets SQLAlchemy pick a driver (`postgresql+psycopg`)."""
        return f"{scheme}://{SUPERUSER}@{HOST}:{self.port}/{database}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        """Runs SQL through the cluster's own `psql` and returns its unaligned output."""
        result = subprocess.run(
            [str(self.bin_dir / "psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
             "-h", HOST, "-p", str(self.port), "-U", SUPERUSER, "-d", database, "-c", sql],
            capture_output=True, text=True, check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"psql failed: {result.stderr.strip()}")
        return result.stdout.strip()

    def create_database(self, name: str) -> str:
        """Creates an empty database and returns its libpq URL."""
        self.psql(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _as_cluster_owner(command: list[str]) -> list[str]:
    # initdb and the server refuse to run as root; Debian's package creates `postgres` for this.
    if os.geteuid() != 0:
        return command
    try:
        pwd.getpwnam("postgres")
    except KeyError as error:
        raise PostgresUnavailable("Running as root, but there is no `postgres` user to own the cluster.") from error
    return ["runuser", "-u", "postgres", "--", *command]


def _run(command: list[str], what: str, log: Path | None = None) -> None:
    result = subprocess.run(_as_cluster_owner(command), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        tail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
        raise PostgresUnavailable(f"{what} failed (exit {result.returncode}): {result.stderr.strip()}\n{tail}".strip())


@contextlib.contextmanager
def _sigterm_unwinds() -> Iterator[None]:
    """Turns SIGTERM into KeyboardInterrupt while a cluster runs.

    By default SIGTERM (a CI timeout, `kill`) ends Python at once, skipping every `finally` and
    fixture finalizer, so the cluster would keep running and its folder would stay. Raised as
    KeyboardInterrupt it unwinds like Ctrl-C. Left alone when the caller handles SIGTERM itself or
    runs off the main thread, where Python cannot install a handler.
    """
    if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        yield
        return

    def interrupt(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt(f"stopped by signal {signum}")

    signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


@contextlib.contextmanager
def throwaway_cluster(settings: Mapping[str, str] | None = None) -> Iterator[Cluster]:
    """Starts a fresh cluster on a free loopback port; stops and deletes it on exit, always.

    `settings` are passed to the server as `-c name=value` (recorded on the returned cluster so
    a benchmark can report them). Raises `PostgresUnavailable` with a one-line hint when the
    binaries are missing.
    """
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise PostgresUnavailable(INSTALL_HINT)
    base = Path(tempfile.mkdtemp(prefix="throwaway-pg-"))
    data_dir = base / "data"
    log = base / "server.log"
    settings = dict(settings or {})
    started = False
    with _sigterm_unwinds():
        try:
            if os.geteuid() == 0:
                # Only the owner may read the data folder; hand the whole scratch folder over.
                shutil.chown(base, user="postgres", group="postgres")
            _run([str(bin_dir / "initdb"), "-D", str(data_dir), "-U", SUPERUSER, "-A", "trust",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], "initdb")
            port = free_port()
            options = [f"-p {port}", f"-c listen_addresses={HOST}", f"-c unix_socket_directories={base}",
                       "-c fsync=off" if "fsync" not in settings else ""]
            options += [f"-c {name}={value}" for name, value in settings.items()]
            _run([str(bin_dir / "pg_ctl"), "-D", str(data_dir), "-l", str(log), "-w",
                  "-t", str(START_TIMEOUT_S), "-o", " ".join(o for o in options if o), "start"],
                 "pg_ctl start", log)
            started = True
            version = subprocess.run([str(bin_dir / "postgres"), "--version"], capture_output=True,
                                     text=True, check=False).stdout.strip()
            recorded = {"fsync": "off", **settings} if "fsync" not in settings else settings
            yield Cluster(bin_dir=bin_dir, data_dir=data_dir, port=port, version=version, settings=recorded)
        finally:
            if started:
                with contextlib.suppress(Exception):
                    subprocess.run(_as_cluster_owner([str(bin_dir / "pg_ctl"), "-D", str(data_dir), "-m", "immediate",
                                                      "-w", "-t", "15", "stop"]), capture_output=True, check=False)
            shutil.rmtree(base, ignore_errors=True)


def wait_until_ready(cluster: Cluster, timeout_s: float = 10.0) -> None:
    """Polls `SELECT 1` until the server answers (pg_ctl -w already waits; this guards races)."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            cluster.psql("SELECT 1")
            return
        except RuntimeError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


if __name__ == "__main__":
    import sys

    # `--find` answers whether the binaries are there (exit 0/1) for scripts/lib/system.mjs;
    # without it, a self-check that starts, queries and removes a cluster.
    if sys.argv[1:] == ["--find"]:
        found = find_bin_dir()
        print(found or INSTALL_HINT)
        sys.exit(0 if found else 1)
    with throwaway_cluster() as pg:
        print(pg.version, pg.dsn, pg.psql("SELECT 1"))
