"""The command line: ``python -m bench [--quick] [--output PATH]`` (see bench/README.md).

A run either succeeds completely or changes nothing: on any failure (a setup that does not start,
a database that does not start, a wrong answer, errors above 1 %) or on Ctrl-C, it prints why,
with the server's log when one is involved, and leaves the results file as it was.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench import database, environment
from bench.config import DEFAULT_OUTPUT, MODES, QUICK_OUTPUT, ROOT
from bench.results import IncompleteResultsError, write_results_atomic
from bench.runner import fmt_duration, estimate_seconds, run_benchmark
from bench.servers import BenchError


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


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description="Flask vs FastAPI benchmark (see bench/README.md).")
    parser.add_argument("--quick", action="store_true",
                        help=f"smoke run (about {fmt_duration(estimate_seconds(MODES['quick']))}): every scenario "
                        "and setup once, briefly; writes bench/results-quick.json")
    parser.add_argument("--output", type=Path,
                        help=f"results file (default: {os.path.relpath(DEFAULT_OUTPUT, ROOT)}, "
                        f"or {os.path.relpath(QUICK_OUTPUT, ROOT)} with --quick)")
    args = parser.parse_args(argv)
    mode = MODES["quick" if args.quick else "full"]
    output = (args.output or (QUICK_OUTPUT if args.quick else DEFAULT_OUTPUT)).resolve()

    # SIGTERM and SIGHUP unwind like Ctrl-C, so servers stop and the cluster is removed.
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGHUP, _interrupt)
    log_dir = Path(tempfile.mkdtemp(prefix="bench-logs-"))
    unchanged = f"{display_path(output)} was not changed."
    try:
        environment.preflight()
        doc = run_benchmark(mode, log_dir)
        write_results_atomic(output, doc)
    except BenchError as exc:
        print(f"\nBenchmark failed: {exc}", file=sys.stderr)
        print_log(exc.log_path)
        print(f"Server logs kept in {log_dir}. {unchanged}", file=sys.stderr)
        return 1
    except database.PostgresUnavailable as exc:
        print(f"\nPostgreSQL did not start: {exc}\n{unchanged}", file=sys.stderr)
        return 1
    except IncompleteResultsError as exc:
        print(f"\nBenchmark produced incomplete results ({exc}); {unchanged}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"\nInterrupted; servers stopped, PostgreSQL removed. {unchanged}", file=sys.stderr)
        return 130
    shutil.rmtree(log_dir, ignore_errors=True)
    print(f"Wrote {display_path(output)}")
    return 0
