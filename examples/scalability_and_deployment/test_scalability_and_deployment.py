"""Tests for the scalability-and-deployment page's samples.

The Gunicorn config files are checked with Gunicorn's own validators. What a client or a load
balancer sees (which process answers, what SIGTERM does to a request in flight, how long an idle
connection stays open, gevent's patching, memory per worker) is tested on real servers.
"""

import contextlib
import os
import signal
import socket
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from gunicorn.config import Config

from scalability_and_deployment import fastapi_gunicorn_conf, flask_gunicorn_conf
from scalability_and_deployment.fastapi_app import app as fastapi_app
from scalability_and_deployment.flask_app import app as flask_app

EXAMPLES_DIR = Path(__file__).resolve().parent.parent
CONFIGS = {"flask": flask_gunicorn_conf, "fastapi": fastapi_gunicorn_conf}


def settings_of(module) -> dict:
    return {k: v for k, v in vars(module).items() if not k.startswith("_") and k != "os"}


def gunicorn_config(module) -> Config:
    """Load a config module the way Gunicorn does: every name must be a valid setting."""
    cfg = Config()
    for name, value in settings_of(module).items():
        assert name in cfg.settings, f"{module.__name__}: unknown Gunicorn setting {name!r}"
        cfg.set(name, value)  # runs Gunicorn's validator for that setting
    return cfg


# --- the apps ------------------------------------------------------------------


def test_flask_health_and_slow():
    client = flask_app.test_client()
    health = client.get("/health").get_json()
    assert health == {"status": "ok", "pid": os.getpid()}
    response = client.get("/slow?ms=20")
    assert response.status_code == 200
    assert response.get_json() == {"slept_ms": 20}


def test_fastapi_health_and_slow():
    client = TestClient(fastapi_app)
    assert client.get("/health").json() == {"status": "ok", "pid": os.getpid()}
    response = client.get("/slow", params={"ms": 20})
    assert response.status_code == 200
    assert response.json() == {"slept_ms": 20}


@pytest.mark.parametrize("ms", ["abc", "2001", "-1"])
def test_flask_slow_rejects_bad_ms(ms):
    response = flask_app.test_client().get(f"/slow?ms={ms}")
    assert response.status_code == 400
    assert "ms must be" in response.get_json()["error"]


@pytest.mark.parametrize(
    ("ms", "error_type"),
    [("abc", "int_parsing"), ("2001", "less_than_equal"), ("-1", "greater_than_equal")],
)
def test_fastapi_slow_rejects_bad_ms(ms, error_type):
    response = TestClient(fastapi_app).get("/slow", params={"ms": ms})
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["query", "ms"]
    assert error["type"] == error_type


# --- the Gunicorn config files ---------------------------------------------------


def test_flask_config_uses_threaded_workers():
    cfg = gunicorn_config(flask_gunicorn_conf)
    assert cfg.worker_class_str == "gthread"
    assert cfg.worker_class.__name__ == "ThreadWorker"
    assert cfg.workers >= 2 and cfg.threads >= 2


def test_fastapi_config_uses_gunicorns_native_asgi_worker():
    cfg = gunicorn_config(fastapi_gunicorn_conf)
    assert cfg.worker_class_str == "asgi"
    assert cfg.worker_class.__module__ == "gunicorn.workers.gasgi"
    assert cfg.worker_class.__name__ == "ASGIWorker"
    assert cfg.workers >= 1
    assert cfg.threads == 1  # the ASGI worker ignores threads
    assert cfg.asgi_lifespan == "on"


@pytest.mark.parametrize("module", CONFIGS.values(), ids=CONFIGS.keys())
def test_configs_are_safe_defaults(module):
    cfg = gunicorn_config(module)
    assert cfg.bind == ["127.0.0.1:8000"] or "BIND" in os.environ
    assert 0 < cfg.timeout <= 120
    # In-flight requests must finish before an orchestrator's SIGKILL (Kubernetes: 30 s by default),
    # and idle connections must outlive a load balancer's (AWS ALB: 60 s by default).
    assert 0 < cfg.graceful_timeout < 30
    assert cfg.keepalive > 60
    assert cfg.max_requests > 0 and cfg.max_requests_jitter > 0
    module_path, _, attribute = cfg.wsgi_app.partition(":")
    assert (EXAMPLES_DIR / (module_path.replace(".", "/") + ".py")).is_file()
    assert attribute == "app"


def test_worker_count_follows_web_concurrency(monkeypatch):
    import importlib

    monkeypatch.setenv("WEB_CONCURRENCY", "3")
    try:
        for module in CONFIGS.values():
            assert importlib.reload(module).workers == 3
    finally:
        monkeypatch.delenv("WEB_CONCURRENCY")
        for module in CONFIGS.values():
            importlib.reload(module)


# --- on real servers ------------------------------------------------------------------
# Each server is started with the sample's own Gunicorn config (one worker) or Uvicorn's defaults.
SERVERS = {
    "flask-gunicorn-gthread": ("scalability_and_deployment.flask_app:app", "gunicorn",
                               ["-c", "scalability_and_deployment/flask_gunicorn_conf.py", "--workers", "1"]),
    "fastapi-gunicorn-asgi": ("scalability_and_deployment.fastapi_app:app", "gunicorn",
                              ["-c", "scalability_and_deployment/fastapi_gunicorn_conf.py", "--workers", "1"]),
    "fastapi-uvicorn": ("scalability_and_deployment.fastapi_app:app", "uvicorn", []),
}


def start(real_server, name: str, extra: list[str] | None = None):
    app, server, args = SERVERS[name]
    return real_server(app, server=server, args=[*args, *(extra or [])])


@pytest.mark.real_server
@pytest.mark.parametrize("name", SERVERS)
def test_server_boots_the_sample_and_serves_health(real_server, name):
    server = start(real_server, name)
    response = httpx.get(f"{server.base_url}/health", timeout=10)
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["pid"] != os.getpid()
    if "gunicorn" in name:
        assert body["pid"] != server.pid  # answered by a worker, not the arbiter
    bad = httpx.get(f"{server.base_url}/slow", params={"ms": "lots"}, timeout=10)
    assert bad.status_code in (400, 422)


# --- SIGTERM: what happens to a request in flight ----------------------------------------


def slow_request_across_sigterm(server, wait_s: float) -> bytes:
    """Sends a 2 s request, SIGTERMs the server's main process `wait_s` later, returns the raw reply.

    The request is on the wire before the signal (a raw socket, so nothing is left to connect),
    and a first request has warmed the worker up, so the slow one is being handled, not queued,
    when the signal arrives, as in production when an orchestrator replaces a container.
    An empty reply means the server closed the connection without answering.
    """
    httpx.get(f"{server.base_url}/health", timeout=10)
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        sock.sendall(f"GET /slow?ms=2000 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        time.sleep(wait_s)
        os.kill(server.pid, signal.SIGTERM)
        reply = b""
        with contextlib.suppress(ConnectionResetError):
            while chunk := sock.recv(4096):
                reply += chunk
    return reply


@pytest.mark.real_server
@pytest.mark.parametrize("name", SERVERS)
def test_sigterm_lets_the_request_in_flight_finish(real_server, name):
    # The Gunicorn configs allow 25 s (graceful_timeout); Uvicorn waits without limit by default.
    reply = slow_request_across_sigterm(start(real_server, name), wait_s=0.8)
    assert reply.startswith(b"HTTP/1.1 200"), f"the request was cut: {reply[:200]!r}"
    assert reply.rstrip().endswith(b'{"slept_ms":2000}')  # the whole body, Flask's newline aside


@pytest.mark.real_server
def test_gunicorn_cuts_a_request_that_outlives_graceful_timeout(real_server):
    # SIGTERM 0.5 s into a 2 s request with 1 s of grace: the worker is killed before it answers.
    server = start(real_server, "flask-gunicorn-gthread", ["--graceful-timeout", "1"])
    assert slow_request_across_sigterm(server, wait_s=0.5) == b""


@pytest.mark.real_server
def test_uvicorn_answers_500_to_a_request_that_outlives_the_shutdown_timeout(real_server):
    server = start(real_server, "fastapi-uvicorn", ["--timeout-graceful-shutdown", "1"])
    assert slow_request_across_sigterm(server, wait_s=0.5).startswith(b"HTTP/1.1 500")


# --- keep-alive: how long an idle connection stays open ----------------------------------


def idle_connection(server) -> socket.socket:
    """A raw HTTP/1.1 connection that has served one request and now sits idle, as a proxy's would."""
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=5)
    sock.sendall(f"GET /health HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n\r\n".encode())
    received = b""
    while b"\r\n\r\n" not in received:
        received += sock.recv(4096)
    head, _, body = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200")
    length = int(next(line.split(b":")[1] for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")))
    while len(body) < length:
        body += sock.recv(4096)
    return sock


def closed_by_server(sock: socket.socket) -> bool:
    """True once the server has closed the connection (a read returns end-of-stream)."""
    sock.settimeout(0.2)
    try:
        return sock.recv(1) == b""
    except TimeoutError:
        return False


@pytest.mark.real_server
@pytest.mark.parametrize(
    ("server_name", "args", "timeout_s"),
    [("gunicorn", ["-k", "gthread"], 2), ("uvicorn", [], 5)],
    ids=["gunicorn-default-2s", "uvicorn-default-5s"],
)
def test_server_closes_idle_keepalive_connections_after_its_timeout(real_server, server_name, args, timeout_s):
    server = real_server("scalability_and_deployment.flask_app:app" if server_name == "gunicorn"
                         else "scalability_and_deployment.fastapi_app:app", server=server_name, args=args)
    sock = idle_connection(server)
    try:
        time.sleep(timeout_s - 1)
        assert not closed_by_server(sock), f"closed before {timeout_s} s"
        time.sleep(2.5)
        assert closed_by_server(sock), f"still open after {timeout_s} s idle"
    finally:
        sock.close()


# --- gevent: what monkey-patching does not reach ------------------------------------------
# Written by the test rather than shown as a sample: two mistakes, not patterns to copy.
GEVENT_PITFALLS = '''
import ctypes
from time import sleep  # bound at import: the blocking original if imported before patching

from flask import Flask

app = Flask(__name__)
libc = ctypes.CDLL(None)


@app.get("/slow")
def slow():
    sleep(0.4)
    return "done"


@app.get("/slow-in-c")
def slow_in_c():
    libc.usleep(400_000)  # blocks inside C, as a C driver's own socket I/O does
    return "done"
'''


@pytest.fixture
def gevent_pitfalls(real_server, tmp_path):
    (tmp_path / "gevent_pitfalls.py").write_text(GEVENT_PITFALLS)

    def start_gevent(*extra: str):
        args = ["-k", "gevent", "--workers", "1", "--pythonpath", str(tmp_path), *extra]
        return real_server("gevent_pitfalls:app", server="gunicorn", args=args)

    return start_gevent


@pytest.mark.real_server
def test_gevent_patches_time_sleep_unless_the_app_was_preloaded(gevent_pitfalls, concurrent_get):
    # Five 400 ms views: about 0.4 s when they overlap, at least 2 s one after another.
    patched = gevent_pitfalls()
    assert concurrent_get(f"{patched.base_url}/slow", 5).seconds < 1.5
    # --preload imports the app in the arbiter, before the worker patches: `sleep` stays blocking.
    preloaded = gevent_pitfalls("--preload")
    assert concurrent_get(f"{preloaded.base_url}/slow", 5).seconds >= 2.0


@pytest.mark.real_server
def test_gevent_cannot_patch_a_call_that_blocks_in_c(gevent_pitfalls, concurrent_get):
    server = gevent_pitfalls()
    assert concurrent_get(f"{server.base_url}/slow-in-c", 5).seconds >= 2.0


# --- memory per worker -----------------------------------------------------------------


def memory_mib(pid: int) -> dict[str, float]:
    """Resident (RSS) and private memory of a process, from Linux's /proc, in MiB.

    RSS counts pages shared with other processes (the interpreter, pages inherited from the
    arbiter); private dirty pages are what this worker alone costs.
    """
    rollup = Path(f"/proc/{pid}/smaps_rollup")
    if not rollup.exists():
        pytest.fail("memory per worker is read from /proc/<pid>/smaps_rollup: run this test on Linux")
    fields = dict(line.split(":", 1) for line in rollup.read_text().splitlines()[1:])
    kib = {name: int(fields[name].split()[0]) for name in ("Rss", "Private_Dirty")}
    return {"rss": kib["Rss"] / 1024, "private": kib["Private_Dirty"] / 1024}


def worker_pids(server, count: int) -> set[int]:
    """Asks /health until `count` different worker processes have answered."""
    pids: set[int] = set()
    deadline = time.monotonic() + 20
    while len(pids) < count and time.monotonic() < deadline:
        pids.add(httpx.get(f"{server.base_url}/health", timeout=10).json()["pid"])
    assert len(pids) == count, f"only {len(pids)} of {count} workers answered"
    return pids


@pytest.mark.real_server
@pytest.mark.parametrize("name", ["flask-gunicorn-gthread", "fastapi-gunicorn-asgi"])
def test_preload_app_shares_memory_between_workers(real_server, name):
    """Prints each worker's memory (run with -s to read it) and checks what preload_app saves."""
    measured = {}
    for preload in ([], ["--preload"]):
        server = start(real_server, name, ["--workers", "2", *preload])
        pids = worker_pids(server, 2)
        measured[bool(preload)] = [memory_mib(pid) for pid in pids]
        print(f"\n{name} {'--preload' if preload else ''}: "
              + ", ".join(f"RSS {m['rss']:.1f} MiB, private {m['private']:.1f} MiB" for m in measured[bool(preload)]))
    # Each worker holds a full interpreter with the app loaded...
    assert all(m["rss"] > 10 for runs in measured.values() for m in runs)
    # ...and preloading moves the app's pages to the arbiter, shared copy-on-write.
    alone = max(m["private"] for m in measured[False])
    shared = max(m["private"] for m in measured[True])
    assert shared < 0.75 * alone, f"preload_app saved little: {shared:.1f} vs {alone:.1f} MiB private per worker"


@pytest.mark.real_server
def test_uvicorn_worker_memory(real_server):
    """The FastAPI sample on one Uvicorn process, for the page's figures (run with -s to read)."""
    server = start(real_server, "fastapi-uvicorn")
    [pid] = worker_pids(server, 1)
    memory = memory_mib(pid)
    print(f"\nfastapi-uvicorn: RSS {memory['rss']:.1f} MiB, private {memory['private']:.1f} MiB")
    assert memory["rss"] > memory["private"] > 10
