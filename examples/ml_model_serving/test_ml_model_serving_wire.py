"""What the ML-serving page says about servers, checked on real ones: event-loop stalls under
Uvicorn, and what Gunicorn's --preload shares with, and keeps from, its forked workers.

The two apps below are probes, not samples: they make CPU time, memory and threads visible.
"""

import asyncio
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI, Request
from flask import Flask

from ml_model_serving.fastapi_process_pool import lifespan as process_pool_lifespan

# Gunicorn accepts connections before its workers have booted, and this machine may be loaded:
# the first answer can take seconds, so requests on the wire get a generous timeout.
WIRE_TIMEOUT = 30
CPU_SECONDS = 1.0  # long enough that a 20 ms health check clearly fits inside it


def burn(cpu_seconds: float) -> int:
    """Pure-Python work for `cpu_seconds` of this thread's CPU time, however loaded the machine is."""
    start, steps = time.thread_time(), 0
    while time.thread_time() - start < cpu_seconds:
        steps += 1
    return steps


def _mark_started() -> None:
    """Touches the file the test named in STALL_PROBE_MARKER: the inference has begun."""
    Path(os.environ["STALL_PROBE_MARKER"]).touch()


stall_probe = FastAPI(lifespan=process_pool_lifespan)


@stall_probe.get("/health")
async def health():
    return {"ok": True}


@stall_probe.post("/infer/async-def")
async def infer_on_the_loop():
    _mark_started()
    return {"steps": burn(CPU_SECONDS)}


@stall_probe.post("/infer/def")
def infer_in_the_threadpool():
    _mark_started()
    return {"steps": burn(CPU_SECONDS)}


@stall_probe.post("/infer/process-pool")
async def infer_in_a_process(request: Request):
    _mark_started()
    loop = asyncio.get_running_loop()
    return {"steps": await loop.run_in_executor(request.app.state.pool, burn, CPU_SECONDS)}


def _wait_for(path: Path) -> None:
    deadline = time.monotonic() + WIRE_TIMEOUT
    while not path.exists():
        if time.monotonic() > deadline:
            pytest.fail(f"the server never started the inference ({path} was not created)")
        time.sleep(0.01)


@pytest.mark.real_server
@pytest.mark.parametrize(("route", "health_waits"), [("async-def", True), ("def", False), ("process-pool", False)])
def test_cpu_bound_inference_and_a_health_check_on_uvicorn(real_server, monkeypatch, tmp_path, route, health_waits):
    marker = tmp_path / "inference-started"
    monkeypatch.setenv("STALL_PROBE_MARKER", str(marker))  # the server process inherits it
    base = real_server("ml_model_serving.test_ml_model_serving_wire:stall_probe").base_url
    httpx.get(f"{base}/health", timeout=WIRE_TIMEOUT).raise_for_status()
    if route == "process-pool":
        httpx.post(f"{base}/infer/{route}", timeout=WIRE_TIMEOUT * 2)  # the pool starts its processes on first use
        marker.unlink()
    finished: dict[str, float] = {}

    def call(name: str, method: str, path: str) -> None:
        httpx.request(method, f"{base}{path}", timeout=WIRE_TIMEOUT * 2).raise_for_status()
        finished[name] = time.monotonic()

    with ThreadPoolExecutor(max_workers=2) as pool:
        inference = pool.submit(call, "inference", "POST", f"/infer/{route}")
        _wait_for(marker)  # the health check goes out only once the inference is running
        pool.submit(call, "health", "GET", "/health").result()
        inference.result()
    assert (finished["health"] >= finished["inference"]) is health_waits


def _private_mib() -> float:
    """This process's private, written-to memory (Linux: /proc/self/smaps_rollup), in MiB."""
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        if line.startswith("Private_Dirty:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no Private_Dirty line in /proc/self/smaps_rollup")


def preload_probe() -> Flask:
    """An app factory, so the model below is loaded where Gunicorn loads the app, not by pytest."""
    python_floats = [float(i) for i in range(1_000_000)]  # about 32 MB of float objects
    one_buffer = b"\x01" * (32 * 1024 * 1024)  # the same size in a single bytes object
    loaded_by = os.getpid()
    refresh_lock = threading.Lock()

    def refresh_for_a_while() -> None:
        with refresh_lock:  # a background job started at load time, holding a lock for 3 s
            time.sleep(3)

    refresher = threading.Thread(target=refresh_for_a_while, daemon=True)
    refresher.start()
    app = Flask(__name__)

    @app.get("/process")
    def process_facts():
        lock_free = refresh_lock.acquire(timeout=0.1)
        if lock_free:
            refresh_lock.release()
        return {"pid": os.getpid(), "parent": os.getppid(), "loaded_by": loaded_by,
                "refresher_alive": refresher.is_alive(), "lock_free": lock_free}

    @app.get("/read/<kind>")
    def read_model(kind: str):
        before = _private_mib()
        total = sum(python_floats) if kind == "floats" else sum(one_buffer[::4096])
        return {"copied_mib": _private_mib() - before, "total": total}

    return app


def _require_linux_proc() -> None:
    if not Path("/proc/self/smaps_rollup").exists():
        pytest.fail("this test reads /proc/<pid>/smaps_rollup: run it on Linux")


@pytest.mark.real_server
@pytest.mark.parametrize("preload", [True, False], ids=["preload", "no-preload"])
def test_preload_loads_once_in_the_arbiter_and_threads_do_not_survive_the_fork(real_server, preload):
    args = ["--workers", "1", *(["--preload"] if preload else [])]
    base = real_server("ml_model_serving.test_ml_model_serving_wire:preload_probe()", server="gunicorn", args=args).base_url
    facts = httpx.get(f"{base}/process", timeout=WIRE_TIMEOUT).json()
    assert facts["loaded_by"] == (facts["parent"] if preload else facts["pid"])
    assert facts["refresher_alive"] is not preload
    time.sleep(3.5)  # the refresher has finished and released its lock wherever it is still running
    assert httpx.get(f"{base}/process", timeout=WIRE_TIMEOUT).json()["lock_free"] is not preload


@pytest.mark.real_server
def test_preload_shares_a_buffer_but_copies_python_objects_on_read(real_server):
    _require_linux_proc()
    base = real_server("ml_model_serving.test_ml_model_serving_wire:preload_probe()", server="gunicorn",
                       args=["--workers", "1", "--preload"]).base_url
    assert httpx.get(f"{base}/read/buffer", timeout=WIRE_TIMEOUT).json()["copied_mib"] < 4
    # Reading each float updates its reference count, so the pages holding them are copied.
    assert httpx.get(f"{base}/read/floats", timeout=WIRE_TIMEOUT).json()["copied_mib"] > 16
