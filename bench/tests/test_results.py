"""Medians, spreads, the schema check and the all-or-nothing write of the results file."""

from __future__ import annotations

import json
import math

import pytest

from bench import config, results
from bench.tests.conftest import make_doc


def test_median_of_odd_and_even_counts():
    assert results.median([3, 1, 2]) == 2
    assert results.median([4, 1, 3, 2]) == 2.5


@pytest.mark.parametrize("values", [[], [1.0, math.nan], [1.0, math.inf], ["1"], [True]])
def test_median_refuses_empty_or_non_numeric(values):
    with pytest.raises(ValueError):
        results.median(values)


def test_the_error_limit_is_one_percent_of_requests():
    assert results.error_problem({"requests": 1000, "errors": 10}) is None
    assert "11 errors" in results.error_problem({"requests": 1000, "errors": 11})
    assert results.error_problem({"requests": 0, "errors": 0}) == "no request completed"


def test_a_run_charges_cpu_time_per_request_served():
    load = {"rps": 1000.0, "p50Ms": 1.0, "p99Ms": 3.0, "requests": 4000, "errors": 0}
    run = results.run_record(load, cpu_s=2.0, db_cpu_s=1.0, rss_mib=61.26)
    assert run["cpuMsPerRequest"] == 0.5 and run["dbCpuMsPerRequest"] == 0.25 and run["rssMiB"] == 61.3
    assert results.run_record(load, 2.0, None, 60)["dbCpuMsPerRequest"] is None


def test_a_result_keeps_every_run_each_median_and_the_spread():
    def run(rps, p99, cpu, rss):
        return {"rps": rps, "p50Ms": 1.0, "p99Ms": p99, "cpuMsPerRequest": cpu, "dbCpuMsPerRequest": None,
                "rssMiB": rss, "requests": 100, "errors": 1}
    runs = [run(100.0, 30.0, 0.3, 60.0), run(300.0, 10.0, 0.2, 64.0), run(200.0, 90.0, 0.1, 62.0)]
    r = results.summarise("json", "fastapi-uvicorn", 64, runs)
    assert (r["rps"], r["rpsMin"], r["rpsMax"]) == (200.0, 100.0, 300.0)
    assert (r["p99Ms"], r["cpuMsPerRequest"]) == (30.0, 0.2)  # each metric's own median
    assert r["rssMiB"] == 64.0  # a peak stays a peak
    assert (r["requests"], r["errors"], r["runs"]) == (300, 3, runs)
    assert r["dbCpuMsPerRequest"] is None


def test_schema_facts_come_from_the_one_schema():
    schema = json.loads(config.SCHEMA_PATH.read_text())
    assert config.SCHEMA_VERSION == schema["properties"]["schemaVersion"]["const"]
    assert {"flask", "fastapi", "gevent", "psycopg", "psycopg-pool"} <= set(config.VERSION_PACKAGES)


def test_a_complete_document_is_written_atomically(tmp_path, doc):
    out = tmp_path / "data" / "benchmarks.json"
    results.write_results_atomic(out, doc)
    assert json.loads(out.read_text()) == doc
    assert [p.name for p in out.parent.iterdir()] == ["benchmarks.json"]


def _drop_a_result(doc):
    doc["results"].pop()


def _drop_versions(doc):
    del doc["versions"]


def _drop_gevent_version(doc):
    del doc["versions"]["gevent"]


def _drop_a_run(doc):
    doc["results"][0]["runs"].pop()


def _zero_rps(doc):
    doc["results"][5]["rps"] = 0


def _negative_memory(doc):
    doc["results"][3]["runs"][0]["rssMiB"] = -1


def _unknown_setup(doc):
    doc["results"][0]["setup"] = "flask-waitress"


def _extra_field(doc):
    doc["setups"][0]["colour"] = "blue"


@pytest.mark.parametrize("breaker, message", [
    (_drop_a_result, "missing results for fortunes×fastapi-gunicorn-asgi@64"),
    (_drop_versions, "'versions' is a required property"),
    (_drop_gevent_version, "'gevent' is a required property"),
    (_drop_a_run, "has 1 runs, expected 2"),
    (_zero_rps, "median rps of 0"),
    (_negative_memory, "rssMiB: -1 is less than the minimum of 0"),
    (_unknown_setup, "unknown scenario, setup or connection count"),
    (_extra_field, "Additional properties are not allowed"),
])
def test_partial_or_malformed_results_are_refused_and_the_old_file_kept(tmp_path, doc, breaker, message):
    out = tmp_path / "benchmarks.json"
    out.write_text('{"previous": true}\n')
    breaker(doc)
    with pytest.raises(results.IncompleteResultsError, match=message):
        results.write_results_atomic(out, doc)
    assert out.read_text() == '{"previous": true}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["benchmarks.json"]


def test_nan_never_reaches_the_file(tmp_path):
    doc = make_doc()
    doc["elapsedSeconds"] = math.nan  # the schema's minimum does not catch NaN; json.dumps must
    out = tmp_path / "benchmarks.json"
    with pytest.raises(ValueError):
        results.write_results_atomic(out, doc)
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_a_failed_write_removes_its_temp_file(tmp_path, monkeypatch, doc):
    out = tmp_path / "benchmarks.json"
    out.write_text("old\n")

    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(results.os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        results.write_results_atomic(out, doc)
    assert out.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["benchmarks.json"]
