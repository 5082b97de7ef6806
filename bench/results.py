"""From measured runs to the results file: medians and spreads, the document, its check against
``results.schema.json`` (the one schema, which the site loads the file with), and the atomic write.
"""

from __future__ import annotations

import json
import math
import os
import statistics
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import jsonschema

from bench.config import SCHEMA, ERROR_RATE_LIMIT

DECIMALS = {"rps": 1, "p50Ms": 3, "p99Ms": 3, "cpuMsPerRequest": 4, "dbCpuMsPerRequest": 4, "rssMiB": 1}


class IncompleteResultsError(ValueError):
    """The results are malformed or incomplete, so they are not written."""


def median(values: Iterable[float]) -> float:
    vals = list(values)
    if not vals:
        raise ValueError("median of no values")
    for v in vals:
        if not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(v):
            raise ValueError(f"median of a non-finite or non-numeric value: {v!r}")
    return float(statistics.median(vals))


def error_problem(run: Mapping[str, Any]) -> str | None:
    """Why a run counts as failed (no requests, or errors above 1 % of requests), else None."""
    if run["requests"] <= 0:
        return "no request completed"
    if run["errors"] > ERROR_RATE_LIMIT * run["requests"]:
        return f"{run['errors']} errors for {run['requests']} requests (> {ERROR_RATE_LIMIT:.0%})"
    return None


def run_record(load: Mapping[str, Any], cpu_s: float, db_cpu_s: float | None, rss_mib: float) -> dict[str, Any]:
    """One measured run as stored: wrk's figures plus CPU per request and peak worker memory."""
    requests = max(load["requests"], 1)
    return {
        "rps": load["rps"],
        "p50Ms": load["p50Ms"],
        "p99Ms": load["p99Ms"],
        "cpuMsPerRequest": round(cpu_s * 1000 / requests, DECIMALS["cpuMsPerRequest"]),
        "dbCpuMsPerRequest": None if db_cpu_s is None else round(db_cpu_s * 1000 / requests, DECIMALS["dbCpuMsPerRequest"]),
        "rssMiB": round(rss_mib, DECIMALS["rssMiB"]),
        "requests": load["requests"],
        "errors": load["errors"],
    }


def summarise(scenario: str, setup: str, connections: int, runs: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """A result: each figure's median over the runs (taken separately), the rps spread, the
    highest memory peak, summed requests and errors, and every run."""
    def med(key: str) -> float:
        return round(median(r[key] for r in runs), DECIMALS[key])

    db = [r["dbCpuMsPerRequest"] for r in runs]
    return {
        "scenario": scenario,
        "setup": setup,
        "connections": connections,
        "rps": med("rps"),
        "rpsMin": min(r["rps"] for r in runs),
        "rpsMax": max(r["rps"] for r in runs),
        "p50Ms": med("p50Ms"),
        "p99Ms": med("p99Ms"),
        "cpuMsPerRequest": med("cpuMsPerRequest"),
        "dbCpuMsPerRequest": None if None in db else med("dbCpuMsPerRequest"),
        "rssMiB": max(r["rssMiB"] for r in runs),
        "requests": sum(r["requests"] for r in runs),
        "errors": sum(r["errors"] for r in runs),
        "runs": [dict(r) for r in runs],
    }


def check_document(doc: Mapping[str, Any]) -> None:
    """Raises IncompleteResultsError unless ``doc`` matches the schema and is complete: a result
    with the mode's number of runs for every scenario × setup × connection count it lists."""
    try:
        jsonschema.validate(doc, SCHEMA, cls=jsonschema.Draft202012Validator)
    except jsonschema.ValidationError as exc:
        where = "/".join(str(p) for p in exc.absolute_path) or "(root)"
        raise IncompleteResultsError(f"{where}: {exc.message}") from None
    expected_runs = doc["tool"]["runs"]
    seen: set[tuple[str, str, int]] = set()
    setups = {s["id"] for s in doc["setups"]}
    levels = {s["id"]: s["connections"] for s in doc["scenarios"]}
    for r in doc["results"]:
        key = (r["scenario"], r["setup"], r["connections"])
        if r["scenario"] not in levels or r["setup"] not in setups or r["connections"] not in levels[r["scenario"]]:
            raise IncompleteResultsError(f"result for an unknown scenario, setup or connection count: {key}")
        if key in seen:
            raise IncompleteResultsError(f"two results for {key}")
        seen.add(key)
        if len(r["runs"]) != expected_runs:
            raise IncompleteResultsError(f"{key} has {len(r['runs'])} runs, expected {expected_runs}")
        if r["rps"] <= 0:
            raise IncompleteResultsError(f"{key} has a median rps of {r['rps']}")
    for scenario, counts in levels.items():
        for setup in sorted(setups):
            for connections in counts:
                if (scenario, setup, connections) not in seen:
                    raise IncompleteResultsError(f"missing results for {scenario}×{setup}@{connections}")


def write_results_atomic(path: Path, doc: Mapping[str, Any]) -> None:
    """Checks ``doc`` (``check_document``), then writes it to ``path`` through a temporary file in
    the same folder and an atomic rename: the old file stays as it was unless the new one is
    complete, and a failed write leaves no temporary file behind."""
    check_document(doc)
    text = json.dumps(doc, indent="\t", ensure_ascii=False, allow_nan=False) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
