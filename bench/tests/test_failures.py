"""Bad input stops the run with a reason and the server's log, and never touches the results."""

from __future__ import annotations

import dataclasses

import pytest

from bench import cli, config, database, servers


def _setup_running(code: str) -> config.Setup:
    python = dataclasses.replace(config.SETUPS[0], program="python", args=("-c", code))
    assert python.argv(1)[3].endswith("python")
    return python


def test_a_setup_that_exits_at_startup_fails_with_its_log(tmp_path):
    setup = _setup_running("import sys; print('cannot import the app'); sys.exit(3)")
    server = servers.Server(setup, tmp_path, env={})
    with pytest.raises(servers.BenchError, match="exited with code 3") as caught:
        server.start()
    server.stop()
    assert "cannot import the app" in caught.value.log_path.read_text()


def test_a_setup_that_never_answers_times_out(tmp_path, monkeypatch):
    monkeypatch.setattr(servers, "READY_TIMEOUT_S", 0.5)
    server = servers.Server(_setup_running("import time; time.sleep(30)"), tmp_path, env={})
    try:
        with pytest.raises(servers.BenchError, match="did not answer"):
            server.start()
    finally:
        server.stop()
    assert server.proc is None


@pytest.fixture
def output(tmp_path, monkeypatch):
    monkeypatch.setattr(cli.environment, "preflight", lambda: None)
    out = tmp_path / "benchmarks.json"
    out.write_text('{"committed": true}\n')
    return out


@pytest.mark.parametrize("error, code, message", [
    (servers.BenchError("scenario io on flask-gunicorn-sync failed: 90 errors for 1000 requests"), 1, "90 errors"),
    (database.PostgresUnavailable("pg_ctl start failed (exit 1)"), 1, "PostgreSQL did not start"),
    (KeyboardInterrupt(), 130, "Interrupted"),
])
def test_a_failed_run_leaves_the_results_file_as_it_was(output, monkeypatch, capsys, error, code, message):
    def fail(mode, log_dir, out=print):
        raise error

    monkeypatch.setattr(cli, "run_benchmark", fail)
    assert cli.main(["--output", str(output)]) == code
    assert output.read_text() == '{"committed": true}\n'
    err = capsys.readouterr().err
    assert message in err and "was not changed" in err


def test_the_failing_servers_log_is_printed(output, monkeypatch, capsys, tmp_path):
    log = tmp_path / "flask-gunicorn-sync.log"
    log.write_text("Traceback: psycopg.OperationalError: connection refused\n")

    def fail(mode, log_dir, out=print):
        raise servers.BenchError("flask-gunicorn-sync exited with code 1", log)

    monkeypatch.setattr(cli, "run_benchmark", fail)
    assert cli.main(["--output", str(output)]) == 1
    assert "psycopg.OperationalError" in capsys.readouterr().err


def test_missing_tools_are_named_with_how_to_install_them(monkeypatch):
    monkeypatch.setattr(cli.environment.shutil, "which", lambda tool: None if tool == "wrk" else f"/usr/bin/{tool}")
    with pytest.raises(servers.BenchError, match="apt-get install -y wrk"):
        cli.environment.preflight()


def test_the_help_names_the_quick_run_and_the_output(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--help"])
    assert exit_info.value.code == 0
    help_text = capsys.readouterr().out
    assert "--quick" in help_text and "src/data/benchmarks.json" in help_text
