"""One server setup as a running process tree: start it, time its startup, check its answers,
wait for it to drain after a load, and stop it (master and workers) whatever happened."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import answers, measure
from bench.config import HOST, READY_TIMEOUT_S, ROOT, STOP_TIMEOUT_S, WORKERS, Scenario, Setup


class BenchError(Exception):
    """A failure that stops the run; ``log_path`` names the server log to show, if any."""

    def __init__(self, message: str, log_path: Path | None = None) -> None:
        super().__init__(message)
        self.log_path = log_path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def http_request(url: str, method: str = "GET", body: bytes | None = None,
                 timeout: float = 5.0) -> tuple[int, str, bytes]:
    """``(status, content type, body)``; HTTP errors are answers too, socket errors raise OSError."""
    headers = {"Content-Type": "application/json"} if body is not None else {}
    req = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


@dataclass
class Server:
    setup: Setup
    log_dir: Path
    env: Mapping[str, str]
    port: int = 0
    proc: subprocess.Popen[bytes] | None = None
    log_path: Path = field(default_factory=Path)
    _spawned_at: float = 0.0

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def pid(self) -> int:
        assert self.proc is not None, "server not started"
        return self.proc.pid

    def start(self) -> float:
        """Starts the server and returns the milliseconds from spawn to its first 200 answer,
        then waits until every worker process exists and answers."""
        self.spawn()
        return self.wait_started()

    def spawn(self) -> None:
        """Launches the server without waiting for it (``wait_started`` does)."""
        self.port = free_port()
        self.log_path = self.log_dir / f"{self.setup.id}.log"
        with open(self.log_path, "ab") as log:
            self._spawned_at = time.perf_counter()
            self.proc = subprocess.Popen(
                self.setup.argv(self.port), cwd=ROOT, env=dict(self.env), stdin=subprocess.DEVNULL,
                stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )

    def wait_started(self) -> float:
        """Milliseconds from ``spawn`` to the first 200 answer; then waits for every worker."""
        startup_ms = self._wait_for_first_answer(self._spawned_at)
        self._wait_for_workers()
        return startup_ms

    def _fail_if_exited(self) -> None:
        assert self.proc is not None
        code = self.proc.poll()
        if code is not None:
            raise BenchError(f"{self.setup.id} exited with code {code}", self.log_path)

    def _wait_for_first_answer(self, started: float) -> float:
        deadline = started + READY_TIMEOUT_S
        while True:
            self._fail_if_exited()
            with contextlib.suppress(OSError):
                status, _, _ = http_request(self.base_url + "/json", timeout=1.0)
                if status == 200:
                    return (time.perf_counter() - started) * 1000
            if time.perf_counter() > deadline:
                raise BenchError(f"{self.setup.id} did not answer on {self.base_url} within "
                                 f"{READY_TIMEOUT_S:.0f} s", self.log_path)
            time.sleep(0.01)

    def _wait_for_workers(self) -> None:
        # The first answer comes from the first worker up; the load must meet all of them, each
        # with its pool open: wait for the process count, then for a few answers to get through.
        deadline = time.perf_counter() + READY_TIMEOUT_S
        while len(measure.worker_pids(self.pid)) < WORKERS:
            self._fail_if_exited()
            if time.perf_counter() > deadline:
                raise BenchError(f"{self.setup.id} did not start {WORKERS} workers", self.log_path)
            time.sleep(0.05)
        time.sleep(0.3)
        for _ in range(10):
            self.settle()

    def verify(self, scenarios: Sequence[Scenario]) -> None:
        """Each endpoint answers correctly once before any load."""
        for sc in scenarios:
            body = answers.payload() if sc.method == "POST" else None
            try:
                status, ctype, data = http_request(self.base_url + sc.path, sc.method, body, timeout=10.0)
            except OSError as exc:
                raise BenchError(f"{self.setup.id} {sc.method} {sc.path}: {exc}", self.log_path) from None
            problem = answers.check_answer(sc, status, ctype, data)
            if problem:
                raise BenchError(f"{self.setup.id} {sc.method} {sc.path} answered wrongly: {problem}",
                                 self.log_path)

    def info(self) -> dict[str, Any]:
        """What the app reports about its driver (``GET /info``)."""
        status, _, data = http_request(self.base_url + "/info")
        if status != 200:
            raise BenchError(f"{self.setup.id} GET /info answered {status}", self.log_path)
        return json.loads(data)

    def settle(self) -> None:
        """After a load: one request must get through, so work queued by the last load is done
        before the next starts (sync workers keep serving their backlog after wrk stops)."""
        try:
            status, _, _ = http_request(self.base_url + "/json", timeout=30.0)
        except OSError as exc:
            raise BenchError(f"{self.setup.id} stopped answering after a load: {exc}", self.log_path) from None
        if status != 200:
            raise BenchError(f"{self.setup.id} answered {status} after a load", self.log_path)
        self._fail_if_exited()

    def stop(self) -> None:
        """Terminates the server's whole process group (master and workers); always safe to call."""
        proc = self.proc
        if proc is None:
            return
        pgid = proc.pid  # start_new_session: the server leads its own process group
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=STOP_TIMEOUT_S)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, signal.SIGKILL)  # stragglers (workers) and a master that ignored TERM
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=STOP_TIMEOUT_S)
        self.proc = None
