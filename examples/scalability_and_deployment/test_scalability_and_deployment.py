"""Tests for the scalability-and-deployment page's samples.

The Gunicorn config files are checked with Gunicorn's own validators, and one
test per framework boots a real Gunicorn on a free loopback port and asks /health.
"""

import os
import signal
import socket
import subprocess
import sys
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
    assert cfg.graceful_timeout > 0
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


# --- a real Gunicorn ----------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.skipif(sys.platform == "win32", reason="Gunicorn does not run on Windows")
@pytest.mark.parametrize("framework", CONFIGS.keys())
def test_gunicorn_boots_the_config_and_serves_health(framework):
    port = free_port()
    config_file = f"scalability_and_deployment/{framework}_gunicorn_conf.py"
    command = [sys.executable, "-m", "gunicorn", "-c", config_file]
    command += ["--bind", f"127.0.0.1:{port}", "--workers", "1"]
    proc = subprocess.Popen(
        command,
        cwd=EXAMPLES_DIR,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # own process group, so the cleanup reaches the worker too
    )
    try:
        deadline = time.monotonic() + 20
        response = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        assert proc.poll() is None, proc.stderr.read().decode(errors="replace")[-2000:]
        assert response is not None, "Gunicorn did not answer within 20 s"
        assert response.status_code == 200
        body = response.json()
        assert body["status"] == "ok"
        assert body["pid"] not in (os.getpid(), proc.pid)  # answered by a worker process
        bad = httpx.get(f"http://127.0.0.1:{port}/slow", params={"ms": "lots"}, timeout=5)
        assert bad.status_code in (400, 422)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)
        proc.stderr.close()
