"""Reading CPU time and memory from /proc (Linux), on this test's own processes."""

from __future__ import annotations

import subprocess
import sys
import time

from bench import measure


def test_stat_fields_are_counted_from_the_last_parenthesis():
    # A command name may hold spaces and parentheses: "(gunicorn: (worker) x)".
    fields = ["S", "41", *["0"] * 9, "250", "70", *["0"] * 30]
    text = "4242 (gunicorn: (worker) x) " + " ".join(fields)
    assert measure.parse_stat(text) == (41, 320)


def test_rss_is_read_from_vmrss_and_is_zero_when_absent():
    assert measure.parse_rss_kib("Name:\tpython\nVmRSS:\t   51200 kB\nThreads:\t3\n") == 51200
    assert measure.parse_rss_kib("Name:\tzombie\n") == 0


def test_descendants_follow_the_whole_tree_only():
    parents = {10: 1, 11: 10, 12: 10, 13: 11, 20: 1}
    assert measure.descendants(10, parents) == [11, 12, 13]
    assert measure.descendants(20, parents) == []


def test_cpu_between_snapshots_counts_new_processes_from_zero():
    before = {1: 100, 2: 50}
    after = {1: 150, 2: 50, 3: 25}
    assert measure.cpu_seconds_between(before, after) == 75 / measure.CLOCK_TICKS


def test_uvicorns_resource_tracker_is_not_a_worker():
    assert measure.is_helper("python -B -c from multiprocessing.resource_tracker import main;main(6)")
    assert not measure.is_helper("python -B -c from multiprocessing.spawn import spawn_main; spawn_main()")


def test_a_busy_child_shows_up_in_its_parents_tree_cpu_and_memory():
    busy = "import time\nb = bytearray(40 * 2**20)\nt = time.process_time()\nwhile time.process_time() - t < 0.3: pass\ntime.sleep(5)"
    parent = subprocess.Popen([sys.executable, "-c", f"import subprocess, sys; subprocess.run([sys.executable, '-c', {busy!r}])"])
    try:
        before = measure.tree_cpu_ticks(parent.pid)
        deadline = time.monotonic() + 10
        while not measure.worker_pids(parent.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        with measure.PeakRss(parent.pid, interval_s=0.05) as peak:
            time.sleep(1.0)
        used = measure.cpu_seconds_between(before, measure.tree_cpu_ticks(parent.pid))
        assert used >= 0.25
        assert peak.mib >= 40
    finally:
        parent.kill()
        parent.wait()


def test_import_time_is_measured_in_a_fresh_interpreter(tmp_path):
    (tmp_path / "slow_module.py").write_text("import time\ntime.sleep(0.2)\n")
    ms = measure.import_ms("slow_module", tmp_path, "0", samples=1, env={})
    assert 200 <= ms < 2000
