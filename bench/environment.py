"""Where a run happens: the checks before it starts, and the machine, tool and package versions
the results record."""

from __future__ import annotations

import contextlib
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

from bench.config import VERSION_PACKAGES
from bench.servers import BenchError


def cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return re.sub(r"\s+", " ", line.split(":", 1)[1]).strip()
    return platform.processor() or platform.machine()


def os_description() -> str:
    pretty = ""
    with contextlib.suppress(OSError):
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                pretty = line.split("=", 1)[1].strip().strip('"')
    kernel = f"Linux {platform.release()} {platform.machine()}"
    return f"{pretty} ({kernel})" if pretty else kernel


def cpu_busy_share(seconds: float = 1.0, stat: Path = Path("/proc/stat")) -> float:
    """Share of all CPUs' time spent busy over the next `seconds`, from the `cpu` line of
    /proc/stat: taken while the benchmark itself is idle, it shows whether anything else runs."""

    def busy_and_total() -> tuple[int, int]:
        # user nice system idle iowait irq softirq steal; guest time is already inside user.
        ticks = [int(x) for x in stat.read_text().split("\n", 1)[0].split()[1:9]]
        total = sum(ticks)
        return total - ticks[3] - ticks[4], total

    busy0, total0 = busy_and_total()
    time.sleep(seconds)
    busy1, total1 = busy_and_total()
    return round((busy1 - busy0) / (total1 - total0), 3) if total1 > total0 else 0.0


def machine(busy_before: float, busy_after: float) -> dict[str, object]:
    return {"cpuModel": cpu_model(), "cores": os.cpu_count() or 0, "python": platform.python_version(),
            "os": os_description(), "busyBeforeRun": busy_before, "busyAfterRun": busy_after}


def wrk_version() -> str:
    proc = subprocess.run(["wrk", "-v"], capture_output=True, text=True)
    m = re.search(r"wrk\s+(\S+)", proc.stdout + proc.stderr)
    return m.group(1) if m else "unknown"


def package_versions() -> dict[str, str]:
    """The installed version of every package the results schema asks for."""
    versions = {}
    for pkg in VERSION_PACKAGES:
        try:
            versions[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            raise BenchError(f"{pkg} is not installed in this Python ({sys.executable}); "
                             "run: .venv/bin/pip install -r bench/requirements.txt") from None
    return versions


def preflight() -> None:
    """Stops with one line saying what is missing: Linux, 2 CPUs, taskset, wrk, the packages."""
    if not Path("/proc/self/stat").exists():
        raise BenchError("needs Linux: CPU time and memory are read from /proc")
    for tool, hint in (("wrk", "apt-get install -y wrk"), ("taskset", "apt-get install -y util-linux")):
        if shutil.which(tool) is None:
            raise BenchError(f"{tool} is not on PATH (install it: {hint})")
    if (os.cpu_count() or 1) < 2:
        raise BenchError("needs at least 2 CPUs (servers on CPU 0; wrk and PostgreSQL on CPU 1)")
    package_versions()
