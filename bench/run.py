#!/usr/bin/env python3
"""Flask vs FastAPI benchmark runner.

Starts every server setup on a free 127.0.0.1 port (pinned to CPU 0), checks that each endpoint
answers correctly, loads each scenario with wrk (pinned to CPU 1), takes medians over several
runs, and writes the results as JSON, atomically and only when the whole run succeeded.

    .venv/bin/python bench/run.py            # full run  -> src/data/benchmarks.json (≤ 10 min)
    .venv/bin/python bench/run.py --quick    # smoke run -> bench/results-quick.json (< 60 s)
    .venv/bin/python bench/run.py --output PATH

Standard library only, plus the packages of the venv it runs in (the servers are started from the
same venv, and their versions are read from it). See bench/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import platform
import re
import shlex
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import metadata
from importlib.util import find_spec
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
APPS_DIR = BENCH_DIR / "apps"
PAYLOAD_PATH = BENCH_DIR / "payload.json"
REPORT_LUA = BENCH_DIR / "report.lua"
POST_LUA = BENCH_DIR / "post.lua"
DEFAULT_OUTPUT = ROOT / "src" / "data" / "benchmarks.json"
QUICK_OUTPUT = BENCH_DIR / "results-quick.json"

SCHEMA_VERSION = 1
WORKERS = 2
GTHREAD_THREADS = 8
SERVER_CPU = "0"
LOAD_CPU = "1"
HOST = "127.0.0.1"
ERROR_RATE_LIMIT = 0.01  # a scenario with errors above 1 % of its requests fails the run
READY_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 10.0
VERSION_PACKAGES = (
    "flask", "werkzeug", "fastapi", "starlette", "pydantic",
    "uvicorn", "gunicorn", "uvloop", "httptools",
)

JSON_MARKER = "BENCH_JSON "

sys.path.insert(0, str(APPS_DIR))
import bench_common  # noqa: E402  (the apps' shared constants, for checking answers)


class BenchError(Exception):
    """A failure that aborts the run (the results file is left as it was)."""

    def __init__(self, message: str, log_path: Path | None = None) -> None:
        super().__init__(message)
        self.log_path = log_path


class IncompleteResultsError(ValueError):
    """Raised by the atomic writer when the results are not complete and well formed."""


# --------------------------------------------------------------------------------------------
# Configuration: modes, scenarios, setups
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Mode:
    name: str
    connections: int
    threads: int
    duration_s: int  # wrk takes whole seconds
    warmup_s: int
    runs: int
    wrk_timeout_s: int


MODES = {
    "full": Mode("full", connections=256, threads=1, duration_s=5, warmup_s=3, runs=5, wrk_timeout_s=10),
    "quick": Mode("quick", connections=64, threads=1, duration_s=1, warmup_s=1, runs=1, wrk_timeout_s=10),
}


@dataclass(frozen=True)
class Scenario:
    id: str
    label: str
    description: str
    method: str
    path: str
    lua: Path
    expected: Callable[[], Any]


def _payload_bytes() -> bytes:
    return PAYLOAD_PATH.read_bytes()


SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        id="json",
        label="Small JSON",
        description="GET /json returns {\"message\": \"Hello, World!\"}: framework and server "
        "overhead with almost no work in the handler.",
        method="GET", path="/json", lua=REPORT_LUA,
        expected=lambda: bench_common.HELLO,
    ),
    Scenario(
        id="validate",
        label="Validate a 1 KB body",
        description="POST /validate with a ~1 KB nested JSON order (bench/payload.json), validated "
        "against the same Pydantic v2 model and echoed back. FastAPI: the model as the body "
        "parameter and return type. Flask: Order.model_validate(request.get_json()) and "
        "model_dump(mode=\"json\") called by hand in the view.",
        method="POST", path="/validate", lua=POST_LUA,
        expected=lambda: json.loads(_payload_bytes()),
    ),
    Scenario(
        id="io",
        label="Wait 50 ms on I/O",
        description="GET /io waits 50 ms on a simulated downstream call: await asyncio.sleep(0.05) "
        "in an async def FastAPI endpoint, time.sleep(0.05) in a Flask view (blocking its worker "
        "or thread).",
        method="GET", path="/io", lua=REPORT_LUA,
        expected=bench_common.io_response,
    ),
    Scenario(
        id="cpu",
        label="~3 ms of CPU work",
        description=f"GET /cpu runs a fixed pure-Python arithmetic loop ({bench_common.CPU_ITERATIONS:,} "
        "iterations, about 3 ms on the benchmark machine). The FastAPI endpoint is async def, as "
        "commonly written: the work blocks the event loop, so async does not help here.",
        method="GET", path="/cpu", lua=REPORT_LUA,
        expected=bench_common.cpu_response,
    ),
)


@dataclass(frozen=True)
class Setup:
    id: str
    label: str
    framework: str  # "flask" | "fastapi"
    server: str
    program: str  # console script in the venv's bin (or "python -m" fallback)
    args: tuple[str, ...]  # may contain {port} and {apps}

    def argv(self, port: int) -> list[str]:
        exe = venv_program(self.program)
        args = [a.format(port=port, apps=str(APPS_DIR), host=HOST) for a in self.args]
        return ["taskset", "-c", SERVER_CPU, *exe, *args]

    def display_command(self) -> str:
        apps = os.path.relpath(APPS_DIR, ROOT)
        args = [a.format(port="$PORT", apps=apps, host=HOST) for a in self.args]
        return " ".join(a if re.fullmatch(r"[\w@%+=:,./$-]+", a) else shlex.quote(a)
                        for a in ["taskset", "-c", SERVER_CPU, self.program, *args])


def venv_program(name: str) -> list[str]:
    """The console script next to this interpreter, else ``python -m name``."""
    script = Path(sys.executable).parent / name
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", name]


_GUNICORN_COMMON = (
    "--workers", str(WORKERS), "--bind", "{host}:{port}", "--log-level", "warning",
    "--no-control-socket", "--chdir", "{apps}",
)

ALL_SETUPS: tuple[Setup, ...] = (
    Setup(
        id="flask-gunicorn-sync", label="Flask · Gunicorn sync", framework="flask",
        server=f"Gunicorn, {WORKERS} sync workers",
        program="gunicorn",
        args=("--worker-class", "sync", *_GUNICORN_COMMON, "flask_app:app"),
    ),
    Setup(
        id="flask-gunicorn-gthread", label="Flask · Gunicorn gthread", framework="flask",
        server=f"Gunicorn, {WORKERS} gthread workers × {GTHREAD_THREADS} threads",
        program="gunicorn",
        args=("--worker-class", "gthread", "--threads", str(GTHREAD_THREADS), *_GUNICORN_COMMON, "flask_app:app"),
    ),
    Setup(
        id="fastapi-uvicorn", label="FastAPI · Uvicorn", framework="fastapi",
        server=f"Uvicorn, {WORKERS} workers, uvloop + httptools",
        program="uvicorn",
        args=("--workers", str(WORKERS), "--host", "{host}", "--port", "{port}", "--loop", "uvloop",
              "--http", "httptools", "--log-level", "warning", "--no-access-log",
              "--app-dir", "{apps}", "fastapi_app:app"),
    ),
    Setup(
        id="fastapi-gunicorn-asgi", label="FastAPI · Gunicorn ASGI", framework="fastapi",
        server=f"Gunicorn, {WORKERS} native ASGI workers (uvloop)",
        program="gunicorn",
        args=("--worker-class", "asgi", "--asgi-loop", "uvloop", *_GUNICORN_COMMON, "fastapi_app:app"),
    ),
)


def available_setups() -> tuple[list[Setup], list[dict[str, str]]]:
    """The setups this venv can run, and the skipped ones with the reason."""
    setups: list[Setup] = []
    skipped: list[dict[str, str]] = []
    for setup in ALL_SETUPS:
        if setup.id == "fastapi-gunicorn-asgi":
            reason = gunicorn_asgi_missing_reason()
            if reason:
                skipped.append({"id": setup.id, "reason": reason})
                continue
        setups.append(setup)
    return setups, skipped


def gunicorn_asgi_missing_reason() -> str | None:
    """Gunicorn gained a native ASGI worker (``-k asgi``, gunicorn.workers.gasgi.ASGIWorker)."""
    try:
        from gunicorn.workers import SUPPORTED_WORKERS
    except ImportError as exc:  # pragma: no cover - gunicorn is pinned
        return f"gunicorn is not importable: {exc}"
    if "asgi" not in SUPPORTED_WORKERS or find_spec("gunicorn.workers.gasgi") is None:
        return f"gunicorn {metadata.version('gunicorn')} has no native ASGI worker ('asgi' worker class)"
    return None


# --------------------------------------------------------------------------------------------
# Pure parts (unit-tested in bench/test_bench.py)
# --------------------------------------------------------------------------------------------

def parse_wrk_output(stdout: str) -> dict[str, Any]:
    """Extracts the JSON object that report.lua's done() prints after the ``BENCH_JSON`` marker."""
    for line in reversed(stdout.splitlines()):
        line = line.strip()
        if line.startswith(JSON_MARKER):
            try:
                data = json.loads(line[len(JSON_MARKER):])
            except json.JSONDecodeError as exc:
                raise ValueError(f"wrk's report line is not valid JSON: {exc}: {line!r}") from None
            _check_wrk_report(data)
            return data
    raise ValueError("wrk printed no BENCH_JSON report line (was report.lua loaded with -s?)")


def _check_wrk_report(data: Any) -> None:
    if not isinstance(data, dict):
        raise ValueError("wrk's report is not a JSON object")
    for key in ("requests", "durationUs", "errors", "latencyUs"):
        if key not in data:
            raise ValueError(f"wrk's report has no {key!r}")
    for key in ("connect", "read", "write", "status", "timeout"):
        if not isinstance(data["errors"].get(key), int):
            raise ValueError(f"wrk's report has no errors.{key}")
    for key in ("p50", "p99"):
        if not isinstance(data["latencyUs"].get(key), (int, float)):
            raise ValueError(f"wrk's report has no latencyUs.{key}")
    if not isinstance(data["requests"], int) or not isinstance(data["durationUs"], (int, float)):
        raise ValueError("wrk's report has a non-numeric requests or durationUs")


def run_from_report(report: Mapping[str, Any]) -> dict[str, Any]:
    """One measured run as stored in the results: rps, p50/p99 in ms, requests, errors."""
    duration_s = report["durationUs"] / 1e6
    requests = report["requests"]
    errors = sum(report["errors"][k] for k in ("connect", "read", "write", "status", "timeout"))
    return {
        "rps": round(requests / duration_s, 1) if duration_s > 0 else 0.0,
        "p50Ms": round(report["latencyUs"]["p50"] / 1000, 3),
        "p99Ms": round(report["latencyUs"]["p99"] / 1000, 3),
        "requests": requests,
        "errors": errors,
    }


def error_problem(run: Mapping[str, Any]) -> str | None:
    """Why a run counts as failed (no requests, or errors above 1 % of requests), else None."""
    if run["requests"] <= 0:
        return "no request completed"
    if run["errors"] > ERROR_RATE_LIMIT * run["requests"]:
        return (f"{run['errors']} errors for {run['requests']} requests "
                f"(> {ERROR_RATE_LIMIT:.0%})")
    return None


def median(values: Iterable[float]) -> float:
    vals = list(values)
    if not vals:
        raise ValueError("median of no values")
    for v in vals:
        if not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(v):
            raise ValueError(f"median of a non-finite or non-numeric value: {v!r}")
    return float(statistics.median(vals))


def summarise(scenario: str, setup: str, runs: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    return {
        "scenario": scenario,
        "setup": setup,
        "runs": [dict(r) for r in runs],
        "median": {
            "rps": round(median(r["rps"] for r in runs), 1),
            "p50Ms": round(median(r["p50Ms"] for r in runs), 3),
            "p99Ms": round(median(r["p99Ms"] for r in runs), 3),
        },
        "errors": sum(r["errors"] for r in runs),
    }


_TOP_LEVEL_KEYS = ("schemaVersion", "date", "mode", "machine", "tool", "versions", "workers",
                   "pinning", "scenarios", "setups", "results")


def validate_results(doc: Mapping[str, Any]) -> None:
    """Raises IncompleteResultsError unless ``doc`` is a complete, well-formed results document:
    every field present and a result with finite numbers for every scenario × setup pair.
    (Never checks a timing: any positive rps is accepted.)"""
    def fail(msg: str) -> None:
        raise IncompleteResultsError(msg)

    if not isinstance(doc, Mapping):
        fail("results are not an object")
    for key in _TOP_LEVEL_KEYS:
        if key not in doc:
            fail(f"results have no {key!r}")
    if doc["schemaVersion"] != SCHEMA_VERSION:
        fail(f"schemaVersion is {doc['schemaVersion']!r}, expected {SCHEMA_VERSION}")
    if doc["mode"] not in MODES:
        fail(f"mode is {doc['mode']!r}")
    for key in ("cpuModel", "cores", "python", "os"):
        if key not in doc["machine"]:
            fail(f"machine has no {key!r}")
    for key in ("name", "version", "connections", "threads", "durationSeconds", "warmupSeconds", "runs"):
        if key not in doc["tool"]:
            fail(f"tool has no {key!r}")
    for pkg in VERSION_PACKAGES:
        if not doc["versions"].get(pkg):
            fail(f"versions has no {pkg!r}")
    scenario_ids = [s.get("id") for s in doc["scenarios"]]
    setup_ids = [s.get("id") for s in doc["setups"]]
    if not scenario_ids or not setup_ids:
        fail("results have no scenarios or no setups")
    for s in doc["scenarios"]:
        for key in ("id", "label", "description"):
            if not s.get(key):
                fail(f"a scenario has no {key!r}")
    for s in doc["setups"]:
        for key in ("id", "label", "framework", "server", "command"):
            if not s.get(key):
                fail(f"a setup has no {key!r}")
        if s["framework"] not in ("flask", "fastapi"):
            fail(f"setup {s['id']} has framework {s['framework']!r}")
    expected_runs = doc["tool"]["runs"]
    seen: set[tuple[str, str]] = set()
    for r in doc["results"]:
        pair = (r.get("scenario"), r.get("setup"))
        if pair[0] not in scenario_ids or pair[1] not in setup_ids:
            fail(f"result for unknown pair {pair}")
        if pair in seen:
            fail(f"two results for {pair}")
        seen.add(pair)
        runs = r.get("runs")
        if not isinstance(runs, list) or len(runs) != expected_runs:
            fail(f"{pair} has {0 if not isinstance(runs, list) else len(runs)} runs, expected {expected_runs}")
        for run in [*runs, r.get("median") or {}]:
            for key in ("rps", "p50Ms", "p99Ms"):
                v = run.get(key)
                if not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(v) or v < 0:
                    fail(f"{pair} has no valid {key!r} ({v!r})")
        if not r["median"]["rps"] > 0:
            fail(f"{pair} has a median rps of 0")
        if not isinstance(r.get("errors"), int):
            fail(f"{pair} has no error count")
    missing = [(sc, se) for sc in scenario_ids for se in setup_ids if (sc, se) not in seen]
    if missing:
        fail(f"missing results for {', '.join(f'{sc}×{se}' for sc, se in missing)}")


def write_results_atomic(path: Path, doc: Mapping[str, Any]) -> None:
    """Validates ``doc``, writes it to a temp file beside ``path`` and renames it over ``path``.
    Incomplete results raise IncompleteResultsError and leave ``path`` untouched."""
    validate_results(doc)
    text = json.dumps(doc, indent="\t", ensure_ascii=False) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)  # mkstemp creates 0600; give the file the usual mode
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def check_answer(scenario: Scenario, status: int, content_type: str, body: bytes) -> str | None:
    """Why an endpoint's answer is wrong (status, content type, JSON), else None."""
    if status != 200:
        return f"status {status}, expected 200"
    if "application/json" not in content_type:
        return f"content type {content_type!r}, expected application/json"
    try:
        got = json.loads(body)
    except ValueError:
        return f"body is not JSON: {body[:200]!r}"
    want = scenario.expected()
    if got != want:
        return f"unexpected body {json.dumps(got)[:300]}, expected {json.dumps(want)[:300]}"
    return None


# --------------------------------------------------------------------------------------------
# Environment facts
# --------------------------------------------------------------------------------------------

def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def os_description() -> str:
    pretty = ""
    with contextlib.suppress(OSError):
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                pretty = line.split("=", 1)[1].strip().strip('"')
    kernel = f"Linux {platform.release()} {platform.machine()}"
    return f"{pretty} ({kernel})" if pretty else kernel


def wrk_version() -> str:
    proc = subprocess.run(["wrk", "-v"], capture_output=True, text=True)
    m = re.search(r"wrk\s+(\S+)", proc.stdout + proc.stderr)
    return m.group(1) if m else "unknown"


def package_versions() -> dict[str, str]:
    out = {}
    for pkg in VERSION_PACKAGES:
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            raise BenchError(f"{pkg} is not installed in this Python ({sys.executable}); "
                             "run: .venv/bin/pip install -r bench/requirements.txt") from None
    return out


def preflight() -> None:
    for tool in ("wrk", "taskset"):
        if shutil.which(tool) is None:
            hint = "apt-get install -y wrk" if tool == "wrk" else "apt-get install -y util-linux"
            raise BenchError(f"{tool} is not on PATH (install it: {hint})")
    if (os.cpu_count() or 1) < 2:
        raise BenchError("needs at least 2 CPUs (server on CPU 0, load generator on CPU 1)")
    package_versions()


# --------------------------------------------------------------------------------------------
# Servers
# --------------------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def http_request(url: str, method: str = "GET", body: bytes | None = None,
                 timeout: float = 5.0) -> tuple[int, str, bytes]:
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
    port: int = 0
    proc: subprocess.Popen[bytes] | None = None
    log_path: Path = field(default_factory=Path)

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self) -> None:
        self.port = free_port()
        self.log_path = self.log_dir / f"{self.setup.id}.log"
        log = open(self.log_path, "wb")
        try:
            self.proc = subprocess.Popen(
                self.setup.argv(self.port), cwd=ROOT, stdin=subprocess.DEVNULL,
                stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )
        finally:
            log.close()

    def wait_ready(self, timeout: float = READY_TIMEOUT_S) -> None:
        assert self.proc is not None
        deadline = time.monotonic() + timeout
        while True:
            code = self.proc.poll()
            if code is not None:
                raise BenchError(f"{self.setup.id} exited with code {code} before it was ready", self.log_path)
            try:
                status, _, _ = http_request(self.base_url + "/json", timeout=1.0)
                if status == 200:
                    return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise BenchError(f"{self.setup.id} did not answer on {self.base_url} within {timeout:.0f} s",
                                 self.log_path)
            time.sleep(0.2)

    def verify(self, scenarios: Sequence[Scenario]) -> None:
        """Each endpoint answers correctly once before it is loaded."""
        for sc in scenarios:
            body = _payload_bytes() if sc.method == "POST" else None
            try:
                status, ctype, data = http_request(self.base_url + sc.path, sc.method, body, timeout=10.0)
            except OSError as exc:
                raise BenchError(f"{self.setup.id} {sc.method} {sc.path}: {exc}", self.log_path) from None
            problem = check_answer(sc, status, ctype, data)
            if problem:
                raise BenchError(f"{self.setup.id} {sc.method} {sc.path} answered wrongly: {problem}",
                                 self.log_path)

    def settle(self) -> None:
        """After a load: one request must get through, so queued work from the last load is done
        before the next one starts (sync workers keep serving their backlog after wrk stops)."""
        try:
            status, _, _ = http_request(self.base_url + "/json", timeout=30.0)
        except OSError as exc:
            raise BenchError(f"{self.setup.id} stopped answering after a load: {exc}", self.log_path) from None
        if status != 200:
            raise BenchError(f"{self.setup.id} answered {status} after a load", self.log_path)
        if self.proc is not None and self.proc.poll() is not None:
            raise BenchError(f"{self.setup.id} exited with code {self.proc.returncode}", self.log_path)

    def stop(self) -> None:
        """Terminates the server's whole process group (master and workers); always safe to call."""
        proc = self.proc
        if proc is None:
            return
        pgid = proc.pid  # start_new_session: the server leads its own process group
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, signal.SIGTERM)
        try:
            proc.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            pass
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, signal.SIGKILL)  # stragglers (workers) and a master that ignored TERM
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=STOP_TIMEOUT_S)
        self.proc = None


# --------------------------------------------------------------------------------------------
# Load generation
# --------------------------------------------------------------------------------------------

def wrk_argv(mode: Mode, scenario: Scenario, url: str, duration_s: int) -> list[str]:
    return [
        "taskset", "-c", LOAD_CPU, "wrk",
        f"-t{mode.threads}", f"-c{mode.connections}", f"-d{duration_s}s",
        "--timeout", f"{mode.wrk_timeout_s}s",
        "-s", str(scenario.lua), url,
    ]


def run_wrk(mode: Mode, scenario: Scenario, server: Server, duration_s: int) -> dict[str, Any]:
    argv = wrk_argv(mode, scenario, server.base_url + scenario.path, duration_s)
    env = dict(os.environ, BENCH_PAYLOAD=str(PAYLOAD_PATH))
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, env=env,
                              timeout=duration_s + mode.wrk_timeout_s + 30)
    except subprocess.TimeoutExpired:
        raise BenchError(f"wrk did not finish: {shlex.join(argv)}", server.log_path) from None
    if proc.returncode != 0:
        raise BenchError(f"wrk exited with {proc.returncode}: {shlex.join(argv)}\n{proc.stdout}{proc.stderr}",
                         server.log_path)
    try:
        report = parse_wrk_output(proc.stdout)
    except ValueError as exc:
        raise BenchError(f"{exc}\nwrk output:\n{proc.stdout}{proc.stderr}", server.log_path) from None
    return run_from_report(report)


# --------------------------------------------------------------------------------------------
# Orchestration
# --------------------------------------------------------------------------------------------

STARTUP_ESTIMATE_S = 3.0
PER_LOAD_OVERHEAD_S = 0.4


def estimate_seconds(mode: Mode, n_scenarios: int, n_setups: int) -> float:
    per_pair = mode.warmup_s + mode.runs * mode.duration_s + (mode.runs + 1) * PER_LOAD_OVERHEAD_S
    return n_setups * STARTUP_ESTIMATE_S + n_scenarios * n_setups * per_pair


def fmt_duration(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60} min {seconds % 60:02d} s" if seconds >= 60 else f"{seconds} s"


def build_document(mode: Mode, setups: Sequence[Setup], skipped: list[dict[str, str]],
                   results: list[dict[str, Any]], started: datetime) -> dict[str, Any]:
    return {
        "schemaVersion": SCHEMA_VERSION,
        "date": started.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "mode": mode.name,
        "machine": {
            "cpuModel": cpu_model(),
            "cores": os.cpu_count() or 0,
            "python": platform.python_version(),
            "os": os_description(),
        },
        "tool": {
            "name": "wrk",
            "version": wrk_version(),
            "connections": mode.connections,
            "threads": mode.threads,
            "durationSeconds": mode.duration_s,
            "warmupSeconds": mode.warmup_s,
            "runs": mode.runs,
        },
        "versions": package_versions(),
        "workers": WORKERS,
        "pinning": {"server": SERVER_CPU, "load": LOAD_CPU},
        "scenarios": [{"id": s.id, "label": s.label, "description": s.description} for s in SCENARIOS],
        "setups": [
            {"id": s.id, "label": s.label, "framework": s.framework, "server": s.server,
             "command": s.display_command()}
            for s in setups
        ],
        "skippedSetups": skipped,
        "results": results,
    }


def run_benchmark(mode: Mode, log_dir: Path, out: Callable[[str], None] = print) -> dict[str, Any]:
    """Runs every scenario × setup and returns the results document (raises BenchError)."""
    started = datetime.now(timezone.utc)
    t0 = time.monotonic()
    setups, skipped = available_setups()
    for s in skipped:
        out(f"Skipping {s['id']}: {s['reason']}")
    n_pairs = len(SCENARIOS) * len(setups)
    est = estimate_seconds(mode, len(SCENARIOS), len(setups))
    out(f"Mode {mode.name}: {len(SCENARIOS)} scenarios × {len(setups)} setups = {n_pairs} pairs; "
        f"{mode.connections} connections, {mode.threads} wrk thread, warm-up {mode.warmup_s} s, "
        f"{mode.runs} run(s) × {mode.duration_s} s each. Estimated time: {fmt_duration(est)}.")
    out(f"Servers on CPU {SERVER_CPU} ({WORKERS} worker processes each), wrk on CPU {LOAD_CPU}.")

    servers = [Server(setup, log_dir) for setup in setups]
    runs: dict[tuple[str, str], list[dict[str, Any]]] = {}
    try:
        for server in servers:
            server.start()
            server.wait_ready()
            server.verify(SCENARIOS)
            out(f"  started {server.setup.id} on {server.base_url}: {server.setup.display_command()}")

        done = 0
        for scenario in SCENARIOS:
            # Warm-up (discarded), then the measured runs interleaved across setups (rotating the
            # order each round) so slow drifts in background load hit every setup alike.
            for server in servers:
                run_wrk(mode, scenario, server, mode.warmup_s)
                server.settle()
            for i in range(mode.runs):
                k = i % len(servers)
                for server in servers[k:] + servers[:k]:
                    run = run_wrk(mode, scenario, server, mode.duration_s)
                    server.settle()
                    problem = error_problem(run)
                    if problem:
                        raise BenchError(f"scenario {scenario.id} on {server.setup.id} failed: {problem}",
                                         server.log_path)
                    runs.setdefault((scenario.id, server.setup.id), []).append(run)
            for server in servers:
                done += 1
                summary = summarise(scenario.id, server.setup.id, runs[(scenario.id, server.setup.id)])
                med = summary["median"]
                out(f"[{done:2d}/{n_pairs}] {scenario.id:<8} {server.setup.id:<24} "
                    f"{med['rps']:>9,.0f} rps  p50 {med['p50Ms']:>8.2f} ms  p99 {med['p99Ms']:>8.2f} ms  "
                    f"errors {summary['errors']}  ({fmt_duration(time.monotonic() - t0)} elapsed)")
    finally:
        for server in servers:
            server.stop()

    results = [summarise(sc.id, se.id, runs[(sc.id, se.id)]) for sc in SCENARIOS for se in setups]
    doc = build_document(mode, setups, skipped, results, started)
    out(f"Finished in {fmt_duration(time.monotonic() - t0)} (estimate was {fmt_duration(est)}).")
    return doc


def print_log(path: Path | None) -> None:
    if path is None or not path.exists():
        return
    text = path.read_text(errors="replace")
    print(f"----- server log {path} -----", file=sys.stderr)
    print(text[-20000:] if text.strip() else "(empty)", file=sys.stderr)
    print("----- end of server log -----", file=sys.stderr)


def display_path(path: Path) -> str:
    rel = os.path.relpath(path, Path.cwd())
    return str(path) if rel.startswith("..") else rel


def _raise_keyboard_interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Flask vs FastAPI benchmark (see bench/README.md).")
    parser.add_argument("--quick", action="store_true",
                        help="smoke run (< 60 s): 1 short run per pair; writes bench/results-quick.json")
    parser.add_argument("--output", type=Path,
                        help=f"results file (default: {os.path.relpath(DEFAULT_OUTPUT, ROOT)}, "
                        f"or {os.path.relpath(QUICK_OUTPUT, ROOT)} with --quick)")
    args = parser.parse_args(argv)
    mode = MODES["quick" if args.quick else "full"]
    output = (args.output or (QUICK_OUTPUT if args.quick else DEFAULT_OUTPUT)).resolve()

    signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)
    log_dir = Path(tempfile.mkdtemp(prefix="bench-logs-"))
    try:
        preflight()
        doc = run_benchmark(mode, log_dir)
        write_results_atomic(output, doc)
    except BenchError as exc:
        print(f"\nBenchmark failed: {exc}", file=sys.stderr)
        print_log(exc.log_path)
        print(f"Server logs kept in {log_dir}. {display_path(output)} was not changed.",
              file=sys.stderr)
        return 1
    except IncompleteResultsError as exc:
        print(f"\nBenchmark produced incomplete results ({exc}); {output} was not changed.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"\nInterrupted; servers stopped, {output} was not changed.", file=sys.stderr)
        return 130
    shutil.rmtree(log_dir, ignore_errors=True)
    print(f"Wrote {display_path(output)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
