"""Running wrk, the load generator, and reading its report.

wrk's ``done()`` hook (report.lua) prints one line starting with ``BENCH_JSON `` and a JSON object;
that line is parsed, never wrk's human-readable text. Durations and latencies are microseconds.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
from collections.abc import Mapping
from typing import Any

from bench.config import LOAD_CPU, PAYLOAD_PATH, Mode, Scenario

JSON_MARKER = "BENCH_JSON "
ERROR_KINDS = ("connect", "read", "write", "status", "timeout")


class WrkError(RuntimeError):
    """wrk failed, did not finish, or printed no usable report."""


def parse_wrk_output(stdout: str) -> dict[str, Any]:
    """The JSON object that report.lua's ``done()`` printed after the ``BENCH_JSON`` marker."""
    for line in reversed(stdout.splitlines()):
        line = line.strip()
        if line.startswith(JSON_MARKER):
            try:
                data = json.loads(line[len(JSON_MARKER):])
            except json.JSONDecodeError as exc:
                raise ValueError(f"wrk's report line is not valid JSON: {exc}: {line!r}") from None
            _check_report(data)
            return data
    raise ValueError("wrk printed no BENCH_JSON report line (was report.lua loaded with -s?)")


def _check_report(data: Any) -> None:
    if not isinstance(data, dict):
        raise ValueError("wrk's report is not a JSON object")
    for key in ("requests", "durationUs", "errors", "latencyUs"):
        if key not in data:
            raise ValueError(f"wrk's report has no {key!r}")
    for key in ERROR_KINDS:
        if not isinstance(data["errors"].get(key), int):
            raise ValueError(f"wrk's report has no errors.{key}")
    for key in ("p50", "p99"):
        if not isinstance(data["latencyUs"].get(key), (int, float)):
            raise ValueError(f"wrk's report has no latencyUs.{key}")
    if not isinstance(data["requests"], int) or not isinstance(data["durationUs"], (int, float)):
        raise ValueError("wrk's report has a non-numeric requests or durationUs")


def load_figures(report: Mapping[str, Any]) -> dict[str, Any]:
    """rps, p50/p99 in ms, requests and errors of one load, from wrk's report."""
    duration_s = report["durationUs"] / 1e6
    requests = report["requests"]
    return {
        "rps": round(requests / duration_s, 1) if duration_s > 0 else 0.0,
        "p50Ms": round(report["latencyUs"]["p50"] / 1000, 3),
        "p99Ms": round(report["latencyUs"]["p99"] / 1000, 3),
        "requests": requests,
        "errors": sum(report["errors"][k] for k in ERROR_KINDS),
    }


def wrk_argv(mode: Mode, scenario: Scenario, url: str, duration_s: int, connections: int) -> list[str]:
    """wrk's command line, pinned to the load CPU."""
    return [
        "taskset", "-c", LOAD_CPU, "wrk",
        f"-t{mode.threads}", f"-c{connections}", f"-d{duration_s}s",
        "--timeout", f"{mode.timeout_s}s",
        "-s", str(scenario.lua), url,
    ]


def run_wrk(mode: Mode, scenario: Scenario, url: str, duration_s: int, connections: int) -> dict[str, Any]:
    """One load against ``url``; returns ``load_figures`` of its report or raises WrkError."""
    argv = wrk_argv(mode, scenario, url, duration_s, connections)
    env = dict(os.environ, BENCH_PAYLOAD=str(PAYLOAD_PATH))
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, env=env,
                              timeout=duration_s + mode.timeout_s + 30)
    except subprocess.TimeoutExpired:
        raise WrkError(f"wrk did not finish: {shlex.join(argv)}") from None
    if proc.returncode != 0:
        raise WrkError(f"wrk exited with {proc.returncode}: {shlex.join(argv)}\n{proc.stdout}{proc.stderr}")
    try:
        return load_figures(parse_wrk_output(proc.stdout))
    except ValueError as exc:
        raise WrkError(f"{exc}\nwrk output:\n{proc.stdout}{proc.stderr}") from None
