"""Shared fixtures for every sample's tests.

`real_server` starts a sample under a real server process (Uvicorn or Gunicorn, as the pages
name them) on a free loopback port, waits until it answers, and always stops it. What a reader
sees on the wire (status codes, close codes, headers, how requests overlap, body limits) is
asserted through it, because test clients call the app in-process and skip the server: the
WebSocket handshake, for instance, is answered by Uvicorn, not by Starlette's TestClient.
"""

from __future__ import annotations

import asyncio
import contextlib
import http.client
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

EXAMPLES_DIR = Path(__file__).resolve().parent
HOST = "127.0.0.1"
READY_TIMEOUT_S = 20.0
STOP_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class RunningServer:
    """A server process started by `real_server`, reachable at `base_url`."""

    base_url: str
    port: int
    log_path: Path
    command: tuple[str, ...]
    pid: int  # the server's main process (Gunicorn's arbiter), e.g. for signalling it

    @property
    def ws_url(self) -> str:
        """The same origin with the `ws://` scheme, for WebSocket clients."""
        return self.base_url.replace("http://", "ws://", 1)

    def log(self) -> str:
        """What the server printed so far (shown when a test fails)."""
        return self.log_path.read_text(errors="replace")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _command(server: str, app: str, port: int, extra: Sequence[str]) -> list[str]:
    bind = f"{HOST}:{port}"
    if server == "uvicorn":
        return [sys.executable, "-m", "uvicorn", app, "--host", HOST, "--port", str(port),
                "--log-level", "warning", *extra]
    if server == "gunicorn":
        return [sys.executable, "-m", "gunicorn", app, "--bind", bind, "--log-level", "warning", *extra]
    raise ValueError(f"unknown server {server!r}: use 'uvicorn' or 'gunicorn'")


def _wait_until_answering(process: subprocess.Popen[bytes], port: int, log_path: Path) -> None:
    # Listening is not enough: Gunicorn's arbiter binds the port before any worker has booted, so
    # a test's first request could wait seconds. Ready means an HTTP answer, whatever its status.
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"the server exited with code {process.returncode} before answering; its log:\n"
                + log_path.read_text(errors="replace")
            )
        connection = http.client.HTTPConnection(HOST, port, timeout=2)
        try:
            connection.request("GET", "/")
            connection.getresponse().read()
            return
        except (OSError, http.client.HTTPException):
            time.sleep(0.05)
        finally:
            connection.close()
    raise RuntimeError(f"the server did not answer on {HOST}:{port} within {READY_TIMEOUT_S:.0f} s; its log:\n"
                       + log_path.read_text(errors="replace"))


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    # The server runs in its own process group, so Gunicorn's workers stop with the arbiter.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=STOP_TIMEOUT_S)


@pytest.fixture
def real_server(request: pytest.FixtureRequest) -> Iterator[Callable[..., RunningServer]]:
    """Starts servers on demand: `real_server("websockets_and_streaming.fastapi_app:app")`.

    `server` is "uvicorn" (default) or "gunicorn"; `args` are extra command-line options
    (`["--workers", "2"]`, `["-k", "gthread", "--threads", "4"]`). Each server runs from the
    examples folder with this interpreter, on a free loopback port, and is stopped when the test
    ends, passed or failed; a failed test's report includes the server's log.
    """
    started: list[tuple[subprocess.Popen[bytes], RunningServer]] = []
    scratch = Path(tempfile.mkdtemp(prefix="real-server-"))

    def start(app: str, server: str = "uvicorn", args: Sequence[str] = ()) -> RunningServer:
        port = _free_port()
        command = _command(server, app, port, args)
        log_path = scratch / f"{server}-{port}.log"
        with log_path.open("wb") as log:
            process = subprocess.Popen(command, cwd=EXAMPLES_DIR, stdout=log, stderr=subprocess.STDOUT,
                                       start_new_session=True)
        running = RunningServer(f"http://{HOST}:{port}", port, log_path, tuple(command), process.pid)
        started.append((process, running))
        _wait_until_answering(process, port, log_path)
        return running

    try:
        yield start
    finally:
        for process, _ in started:
            _stop(process)
        report = getattr(request.node, "rep_call", None)
        if report is not None and report.failed:
            for _, running in started:
                print(f"\n--- log of {' '.join(running.command)} ---\n{running.log()}")
        for _, running in started:
            running.log_path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            scratch.rmdir()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    # Keeps each phase's report on the test item so `real_server` knows whether to print logs.
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


@dataclass(frozen=True)
class Burst:
    """What `concurrent_get` saw: the wall time of the whole burst and each response's status."""

    seconds: float
    statuses: list[int]


async def _get_status(host: str, port: int, target: str) -> int:
    # A bare HTTP/1.1 exchange on asyncio streams: far cheaper per connection than a full client,
    # so a burst of a hundred requests measures the server, not the test's own overhead.
    reader, writer = await asyncio.open_connection(host, port)
    try:
        writer.write(f"GET {target} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n".encode())
        await writer.drain()
        status_line = await reader.readline()
        await reader.read()  # the rest of the response, until the server closes
        return int(status_line.split()[1])
    finally:
        writer.close()


@pytest.fixture
def concurrent_get() -> Callable[..., Burst]:
    """Sends `count` GET requests to `url` at once, each on its own connection, and times them all.

    Used for claims about how many requests a server overlaps: with waits of `d` seconds, `n`
    requests that run one at a time need at least `n * d`, and requests that overlap about `d`.
    One untimed request goes first, so one-off costs of a fresh server (lazy imports) are not timed.
    """

    async def burst(url: str, count: int, timeout: float) -> Burst:
        parts = httpx.URL(url)
        target = parts.raw_path.decode()
        host, port = parts.host, parts.port or 80
        async with asyncio.timeout(timeout):
            await _get_status(host, port, target)
            started = time.perf_counter()
            statuses = await asyncio.gather(*(_get_status(host, port, target) for _ in range(count)))
            return Burst(time.perf_counter() - started, list(statuses))

    def run(url: str, count: int, timeout: float = 60.0) -> Burst:
        return asyncio.run(burst(url, count, timeout))

    return run
