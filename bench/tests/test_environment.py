"""How the runner tells a quiet machine from a busy one, without running anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import config, environment, runner


def write_stat(path: Path, busy: int, idle: int) -> None:
    # user nice system idle iowait irq softirq steal guest guest_nice, then a per-CPU line to ignore.
    path.write_text(f"cpu  {busy} 0 0 {idle} 0 0 0 0 7 0\ncpu0 1 2 3 4 5 6 7 8 9 10\n")


def test_busy_share_is_the_busy_part_of_the_ticks_between_two_readings(tmp_path, monkeypatch):
    stat = tmp_path / "stat"
    write_stat(stat, busy=100, idle=900)
    # The second reading: 30 busy and 170 idle ticks later.
    monkeypatch.setattr(environment.time, "sleep", lambda _s: write_stat(stat, busy=130, idle=1070))
    assert environment.cpu_busy_share(1.0, stat) == 0.15


def test_busy_share_is_zero_when_no_time_passed(tmp_path, monkeypatch):
    stat = tmp_path / "stat"
    write_stat(stat, busy=100, idle=900)
    monkeypatch.setattr(environment.time, "sleep", lambda _s: None)
    assert environment.cpu_busy_share(1.0, stat) == 0.0


def test_the_quiet_threshold_comes_from_the_results_schema():
    machine = config.SCHEMA["properties"]["machine"]["properties"]
    assert config.QUIET_BUSY_SHARE == machine["busyBeforeRun"]["quietBelow"] == machine["busyAfterRun"]["quietBelow"]
    assert 0 < config.QUIET_BUSY_SHARE < 1


@pytest.mark.parametrize(("mode", "busy", "warns"), [("full", 0.30, True), ("full", 0.01, False), ("quick", 0.30, False)])
def test_a_full_run_on_a_busy_machine_warns(monkeypatch, mode, busy, warns):
    monkeypatch.setattr(environment, "cpu_busy_share", lambda: busy)
    lines: list[str] = []
    assert runner._quiet_check("before the run", config.MODES[mode], lines.append) == busy
    assert lines[0].startswith(f"  CPUs {busy:.0%} busy before the run")
    assert any("Warning: something else is using the CPUs" in line for line in lines) is warns
