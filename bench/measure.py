"""Measurements from outside the servers: CPU time and resident memory of process trees read
from /proc (Linux only), and the time a fresh interpreter takes to import an app.

A server setup is a process tree: the master (Gunicorn's arbiter, Uvicorn's supervisor) and its
worker processes. CPU time is summed over the whole tree; memory is reported per worker, as the
largest worker's resident set, since that is what one more worker would cost.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PROC = Path("/proc")


def parse_stat(text: str) -> tuple[int, int]:
    """``(ppid, utime + stime in clock ticks)`` from the text of ``/proc/<pid>/stat``.

    The command name (field 2) is in parentheses and may itself contain spaces or parentheses,
    so the fields are counted from the last ``)``.
    """
    rest = text[text.rindex(")") + 2:].split()
    # rest[0] is field 3 (state): ppid is field 4, utime and stime are fields 14 and 15.
    return int(rest[1]), int(rest[11]) + int(rest[12])


def parse_rss_kib(status: str) -> int:
    """``VmRSS`` in KiB from the text of ``/proc/<pid>/status`` (0 when absent, e.g. a zombie)."""
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _read(path: Path) -> str | None:
    try:
        return path.read_text()
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return None  # the process exited between listing and reading


def _all_stats() -> dict[int, tuple[int, int]]:
    stats: dict[int, tuple[int, int]] = {}
    for entry in PROC.iterdir():
        if entry.name.isdigit():
            text = _read(entry / "stat")
            if text is not None:
                stats[int(entry.name)] = parse_stat(text)
    return stats


def descendants(root: int, parents: Mapping[int, int]) -> list[int]:
    """Every process below ``root`` in the tree that ``parents`` (pid → ppid) describes."""
    children: dict[int, list[int]] = {}
    for pid, ppid in parents.items():
        children.setdefault(ppid, []).append(pid)
    found: list[int] = []
    stack = list(children.get(root, ()))
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(children.get(pid, ()))
    return sorted(found)


def tree_cpu_ticks(root: int) -> dict[int, int]:
    """CPU ticks used so far by ``root`` and each of its descendants, by pid."""
    stats = _all_stats()
    pids = [root, *descendants(root, {pid: st[0] for pid, st in stats.items()})]
    return {pid: stats[pid][1] for pid in pids if pid in stats}


def cpu_seconds_between(before: Mapping[int, int], after: Mapping[int, int]) -> float:
    """CPU seconds a tree used between two ``tree_cpu_ticks`` snapshots (a process that appeared
    in between counts from zero; one that vanished is left out, as its ticks are gone with it)."""
    ticks = sum(t - before.get(pid, 0) for pid, t in after.items())
    return max(ticks, 0) / CLOCK_TICKS


# Uvicorn starts its workers with multiprocessing's "spawn", which adds a resource-tracker
# process beside them: part of the tree's CPU time, but not a worker.
HELPER_MARKERS = ("multiprocessing.resource_tracker",)


def is_helper(cmdline: str) -> bool:
    """True for a process that runs beside the workers without serving requests."""
    return any(marker in cmdline for marker in HELPER_MARKERS)


def worker_pids(root: int) -> list[int]:
    """The worker processes below a server's master (helpers such as a resource tracker left out)."""
    stats = _all_stats()
    pids = descendants(root, {pid: st[0] for pid, st in stats.items()})
    return [pid for pid in pids if not is_helper((_read(PROC / str(pid) / "cmdline") or "").replace("\0", " "))]


def largest_rss_mib(pids: Iterable[int]) -> float:
    """The largest resident set among ``pids``, in MiB."""
    sizes = [parse_rss_kib(_read(PROC / str(pid) / "status") or "") for pid in pids]
    return max(sizes, default=0) / 1024


class PeakRss:
    """Samples the largest worker's resident memory in a background thread while a load runs.

    ``with PeakRss(master_pid) as peak: …`` then ``peak.mib``. The workers are listed once at the
    start: the harness never restarts workers during a load.
    """

    def __init__(self, root: int, interval_s: float = 0.25) -> None:
        self._pids = worker_pids(root)
        self._interval = interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self.mib = 0.0

    def _sample(self) -> None:
        while True:
            self.mib = max(self.mib, largest_rss_mib(self._pids))
            if self._stop.wait(self._interval):
                return

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.mib = max(self.mib, largest_rss_mib(self._pids))


IMPORT_SNIPPET = (
    "import sys, time; sys.path.insert(0, {apps!r}); t = time.perf_counter(); import {module}; "
    "print((time.perf_counter() - t) * 1000)"
)


def import_ms(module: str, apps_dir: Path, cpu: str, samples: int, env: Mapping[str, str]) -> float:
    """Median milliseconds a fresh interpreter, pinned to ``cpu``, takes to import ``module``.

    With more than one sample, one discarded import comes first, so every sample reads the
    same cached bytecode.
    """
    argv = ["taskset", "-c", cpu, sys.executable, "-c", IMPORT_SNIPPET.format(apps=str(apps_dir), module=module)]
    times = []
    discard = 1 if samples > 1 else 0
    for i in range(samples + discard):
        proc = subprocess.run(argv, capture_output=True, text=True, env=dict(env), timeout=60)
        if proc.returncode != 0:
            raise RuntimeError(f"importing {module} failed:\n{proc.stderr.strip()}")
        if i >= discard:
            times.append(float(proc.stdout.strip().splitlines()[-1]))
    return float(statistics.median(times))
