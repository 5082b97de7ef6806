"""Reading wrk's report and building its command line."""

from __future__ import annotations

import pytest

from bench import config
from bench.wrk import load_figures, parse_wrk_output, wrk_argv

WRK_STDOUT = """Running 5s test @ http://127.0.0.1:40000/json
  1 threads and 64 connections
  21760 requests in 2.01s, 3.15MB read
Requests/sec:  10810.52
BENCH_JSON {"requests":21760,"durationUs":2000000,"bytes":3307520,"errors":{"connect":0,"read":1,"write":0,"status":2,"timeout":3},"latencyUs":{"min":196,"mean":6119.87,"max":54993,"stdev":3633.83,"p50":6682,"p90":7667,"p99":21818}}
"""


def test_the_json_line_is_read_not_the_human_text():
    report = parse_wrk_output(WRK_STDOUT)
    assert report["requests"] == 21760
    assert report["latencyUs"]["p99"] == 21818


def test_figures_convert_units_and_count_every_error_kind():
    assert load_figures(parse_wrk_output(WRK_STDOUT)) == {
        "rps": 10880.0, "p50Ms": 6.682, "p99Ms": 21.818, "requests": 21760, "errors": 6,
    }


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
def test_missing_or_broken_reports_are_refused(stdout, message):
    with pytest.raises(ValueError, match=message):
        parse_wrk_output(stdout)


def test_wrk_runs_on_the_load_cpu_with_the_cells_connection_count():
    validate = config.SCENARIOS_BY_ID["validate"]
    argv = wrk_argv(config.MODES["full"], validate, "http://127.0.0.1:1/validate", 3, 256)
    assert argv[:4] == ["taskset", "-c", config.LOAD_CPU, "wrk"]
    assert "-c256" in argv and "-d3s" in argv and str(config.POST_LUA) in argv
    assert config.LOAD_CPU != config.SERVER_CPU
