"""The throwaway cluster these tests run on is gone after the run, even when the run is killed.

A CI timeout or `kill` sends SIGTERM, which by default ends Python without running any `finally`
or fixture finalizer; scripts/throwaway_postgres.py turns it into KeyboardInterrupt so the
cluster is still stopped and its folder removed.
"""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"

HOLD_A_CLUSTER = f"""
import sys, time
sys.path.insert(0, {str(SCRIPTS)!r})
from throwaway_postgres import throwaway_cluster
with throwaway_cluster() as pg:
    print(pg.data_dir.parent, pg.port, flush=True)
    time.sleep(120)
"""


def accepts_connections(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def test_sigterm_stops_and_removes_the_cluster():
    proc = subprocess.Popen([sys.executable, "-c", HOLD_A_CLUSTER], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline().split()
        assert line, f"the cluster did not start: {proc.stderr.read() if proc.poll() is not None else ''}"
        folder, port = Path(line[0]), int(line[1])
        assert folder.exists() and accepts_connections(port)

        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) != 0, "a killed run should not report success"
        assert "KeyboardInterrupt" in proc.stderr.read()
        assert not folder.exists(), "the cluster's folder was left behind"
        assert not accepts_connections(port), "the server kept running"
    finally:
        if proc.poll() is None:
            proc.kill()
