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


def machine() -> dict[str, object]:
    return {"cpuModel": cpu_model(), "cores": os.cpu_count() or 0, "python": platform.python_version(),
            "os": os_description()}


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
