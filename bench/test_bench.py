"""Tests for the benchmark harness's pure parts and for the two apps' equivalence.

Run: .venv/bin/python -m pytest bench/test_bench.py   (no server, no wrk, no timing asserted)
"""

from __future__ import annotations

import asyncio
import copy
import inspect
import json
import math
import sys
import warnings
from pathlib import Path

import pytest

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))
sys.path.insert(0, str(BENCH_DIR / "apps"))

import run as bench  # noqa: E402
import bench_common  # noqa: E402
import fastapi_app  # noqa: E402
import flask_app  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's "use httpx2" deprecation notice
    from fastapi.testclient import TestClient  # noqa: E402

SCENARIOS = {s.id: s for s in bench.SCENARIOS}
PAYLOAD = json.loads((BENCH_DIR / "payload.json").read_text())

WRK_STDOUT = """Running 5s test @ http://127.0.0.1:40000/json
  1 threads and 64 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     6.12ms    3.63ms  54.99ms   80.00%
  21760 requests in 2.01s, 3.15MB read
Requests/sec:  10810.52
Transfer/sec:      1.57MB
BENCH_JSON {"requests":21760,"durationUs":2000000,"bytes":3307520,"errors":{"connect":0,"read":1,"write":0,"status":2,"timeout":3},"latencyUs":{"min":196,"mean":6119.87,"max":54993,"stdev":3633.83,"p50":6682,"p90":7667,"p99":21818}}
"""


# ---------------------------------------------------------------- wrk output parsing

def test_parse_wrk_output_reads_the_json_line_not_the_human_text():
    report = bench.parse_wrk_output(WRK_STDOUT)
    assert report["requests"] == 21760
    assert report["latencyUs"]["p99"] == 21818
    assert report["errors"]["timeout"] == 3


def test_run_from_report_converts_units_and_counts_every_error_kind():
    run = bench.run_from_report(bench.parse_wrk_output(WRK_STDOUT))
    assert run == {"rps": 10880.0, "p50Ms": 6.682, "p99Ms": 21.818, "requests": 21760, "errors": 6}


@pytest.mark.parametrize(
    "stdout, message",
    [
        ("Running 1s test\nRequests/sec: 1000\n", "no BENCH_JSON"),
        ("BENCH_JSON {not json}\n", "not valid JSON"),
        ('BENCH_JSON {"requests": 1, "durationUs": 1, "errors": {}}\n', "latencyUs"),
        ('BENCH_JSON {"requests": 1, "durationUs": 1, "latencyUs": {"p50": 1, "p99": 2},'
         ' "errors": {"connect": 0, "read": 0, "write": 0, "status": 0}}\n', "errors.timeout"),
        ('BENCH_JSON {"requests": 1, "durationUs": 1, "latencyUs": {"p50": 1},'
         ' "errors": {"connect": 0, "read": 0, "write": 0, "status": 0, "timeout": 0}}\n', "p99"),
    ],
)
def test_parse_wrk_output_rejects_missing_or_broken_reports(stdout, message):
    with pytest.raises(ValueError, match=message):
        bench.parse_wrk_output(stdout)


def test_error_threshold_is_one_percent_of_requests():
    assert bench.error_problem({"requests": 1000, "errors": 10}) is None
    assert "11 errors" in bench.error_problem({"requests": 1000, "errors": 11})
    assert bench.error_problem({"requests": 0, "errors": 0}) == "no request completed"


# ---------------------------------------------------------------- medians

def test_median_odd_and_even_counts():
    assert bench.median([3, 1, 2]) == 2
    assert bench.median([4, 1, 3, 2]) == 2.5
    assert bench.median([7.5]) == 7.5


@pytest.mark.parametrize("values", [[], [1.0, math.nan], [1.0, math.inf], ["1"]])
def test_median_refuses_empty_or_non_numeric(values):
    with pytest.raises(ValueError):
        bench.median(values)


def test_summarise_takes_each_metric_median_separately_and_sums_errors():
    runs = [
        {"rps": 100.0, "p50Ms": 9.0, "p99Ms": 30.0, "requests": 500, "errors": 0},
        {"rps": 300.0, "p50Ms": 1.0, "p99Ms": 10.0, "requests": 1500, "errors": 2},
        {"rps": 200.0, "p50Ms": 5.0, "p99Ms": 90.0, "requests": 1000, "errors": 1},
    ]
    summary = bench.summarise("json", "fastapi-uvicorn", runs)
    assert summary["median"] == {"rps": 200.0, "p50Ms": 5.0, "p99Ms": 30.0}
    assert summary["errors"] == 3
    assert summary["runs"] == runs


# ---------------------------------------------------------------- results document and atomic write

def make_doc(runs: int = 2) -> dict:
    setups = [s for s in bench.ALL_SETUPS]
    run = {"rps": 1000.0, "p50Ms": 1.5, "p99Ms": 4.0, "requests": 5000, "errors": 0}
    return {
        "schemaVersion": 1,
        "date": "2026-11-24T10:00:00Z",
        "mode": "quick",
        "machine": {"cpuModel": "Test CPU", "cores": 2, "python": "3.11.7", "os": "Debian GNU/Linux 12"},
        "tool": {"name": "wrk", "version": "4.1.0", "connections": 64, "threads": 1,
                 "durationSeconds": 1, "warmupSeconds": 1, "runs": runs},
        "versions": {pkg: "1.0" for pkg in bench.VERSION_PACKAGES},
        "workers": 2,
        "pinning": {"server": "0", "load": "1"},
        "scenarios": [{"id": s.id, "label": s.label, "description": s.description} for s in bench.SCENARIOS],
        "setups": [{"id": s.id, "label": s.label, "framework": s.framework, "server": s.server,
                    "command": s.display_command()} for s in setups],
        "skippedSetups": [],
        "results": [bench.summarise(sc.id, se.id, [dict(run) for _ in range(runs)])
                    for sc in bench.SCENARIOS for se in setups],
    }


def test_complete_results_are_written_atomically(tmp_path):
    out = tmp_path / "data" / "benchmarks.json"
    doc = make_doc()
    bench.write_results_atomic(out, doc)
    assert json.loads(out.read_text()) == doc
    assert [p.name for p in out.parent.iterdir()] == ["benchmarks.json"]  # no temp file left behind


def _break_missing_pair(doc):
    doc["results"].pop()


def _break_missing_field(doc):
    del doc["versions"]


def _break_nan(doc):
    doc["results"][3]["runs"][0]["p99Ms"] = math.nan


def _break_run_count(doc):
    doc["results"][0]["runs"].pop()


def _break_zero_rps(doc):
    doc["results"][5]["median"]["rps"] = 0


def _break_missing_version(doc):
    del doc["versions"]["httptools"]


@pytest.mark.parametrize("breaker, message", [
    (_break_missing_pair, "missing results for cpu×fastapi-gunicorn-asgi"),
    (_break_missing_field, "no 'versions'"),
    (_break_nan, "p99Ms"),
    (_break_run_count, "has 1 runs, expected 2"),
    (_break_zero_rps, "median rps of 0"),
    (_break_missing_version, "httptools"),
])
def test_partial_results_are_refused_and_the_existing_file_is_kept(tmp_path, breaker, message):
    out = tmp_path / "benchmarks.json"
    out.write_text('{"previous": true}\n')
    doc = make_doc()
    breaker(doc)
    with pytest.raises(bench.IncompleteResultsError, match=message):
        bench.write_results_atomic(out, doc)
    assert out.read_text() == '{"previous": true}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["benchmarks.json"]


def test_a_failed_write_removes_its_temp_file(tmp_path, monkeypatch):
    out = tmp_path / "benchmarks.json"
    out.write_text("old\n")

    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(bench.os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        bench.write_results_atomic(out, make_doc())
    assert out.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["benchmarks.json"]


def test_quick_and_full_modes_fit_their_time_budgets():
    n_sc, n_se = len(bench.SCENARIOS), len(bench.ALL_SETUPS)
    assert bench.estimate_seconds(bench.MODES["quick"], n_sc, n_se) < 60
    assert bench.estimate_seconds(bench.MODES["full"], n_sc, n_se) < 600


def test_setup_commands_pin_the_server_and_use_the_same_worker_count():
    for setup in bench.ALL_SETUPS:
        argv = setup.argv(12345)
        assert argv[:3] == ["taskset", "-c", bench.SERVER_CPU]
        assert argv[argv.index("--workers") + 1] == str(bench.WORKERS)
        assert "127.0.0.1" in " ".join(argv) and "12345" in " ".join(argv)
        assert "$PORT" in setup.display_command()
    wrk = bench.wrk_argv(bench.MODES["full"], SCENARIOS["validate"], "http://127.0.0.1:1/validate", 5)
    assert wrk[:4] == ["taskset", "-c", bench.LOAD_CPU, "wrk"]
    assert "-t1" in wrk and f"-c{bench.MODES['full'].connections}" in wrk and str(bench.POST_LUA) in wrk


def test_gunicorn_has_a_native_asgi_worker():
    assert bench.gunicorn_asgi_missing_reason() is None
    assert [s.id for s in bench.available_setups()[0]] == [s.id for s in bench.ALL_SETUPS]


# ---------------------------------------------------------------- the two apps answer alike

@pytest.fixture(scope="module")
def clients():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fastapi_client = TestClient(fastapi_app.app)
    return flask_app.app.test_client(), fastapi_client


def _call(clients, scenario, body=None):
    flask_client, fastapi_client = clients
    if scenario.method == "POST":
        a = flask_client.post(scenario.path, json=body)
        b = fastapi_client.post(scenario.path, json=body)
    else:
        a = flask_client.get(scenario.path)
        b = fastapi_client.get(scenario.path)
    return a, b


@pytest.mark.parametrize("scenario_id", [s.id for s in bench.SCENARIOS])
def test_both_apps_answer_each_scenario_equivalently(clients, scenario_id):
    scenario = SCENARIOS[scenario_id]
    a, b = _call(clients, scenario, PAYLOAD)
    assert bench.check_answer(scenario, a.status_code, a.headers["content-type"], a.data) is None
    assert bench.check_answer(scenario, b.status_code, b.headers["content-type"], b.content) is None
    assert a.get_json() == b.json()


def test_validate_echoes_the_payload_unchanged(clients):
    a, b = _call(clients, SCENARIOS["validate"], PAYLOAD)
    assert a.get_json() == PAYLOAD == b.json()
    assert 900 <= len((BENCH_DIR / "payload.json").read_bytes()) <= 1300  # "~1 KB"


@pytest.mark.parametrize("field, value", [("status", "lost"), ("items", []), ("customer", None)])
def test_both_apps_reject_an_invalid_body_with_422(clients, field, value):
    body = copy.deepcopy(PAYLOAD)
    body[field] = value
    a, b = _call(clients, SCENARIOS["validate"], body)
    assert a.status_code == b.status_code == 422
    assert [e["loc"][-1] for e in a.get_json()["detail"]] == [e["loc"][-1] for e in b.json()["detail"]]


def test_check_answer_catches_wrong_answers():
    sc = SCENARIOS["cpu"]
    good = json.dumps(bench_common.cpu_response()).encode()
    assert bench.check_answer(sc, 200, "application/json", good) is None
    assert "status 500" in bench.check_answer(sc, 500, "application/json", good)
    assert "content type" in bench.check_answer(sc, 200, "text/html", good)
    assert "unexpected body" in bench.check_answer(sc, 200, "application/json", b'{"result": 0}')


def test_the_endpoints_are_written_as_documented():
    # io and cpu are async def in FastAPI (cpu on purpose: it blocks the loop); Flask views are plain.
    for name in ("json_endpoint", "validate_endpoint", "io_endpoint", "cpu_endpoint"):
        assert inspect.iscoroutinefunction(getattr(fastapi_app, name)), name
        assert not inspect.iscoroutinefunction(getattr(flask_app, name)), name
    assert bench_common.IO_DELAY_SECONDS == 0.05
    assert asyncio.run(fastapi_app.cpu_endpoint()) == flask_app.app.test_client().get("/cpu").get_json()
