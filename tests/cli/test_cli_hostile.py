"""The command line under hostile input: one line and exit 2 each, and nothing stored changes."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from glute_timer import cli
from glute_timer.domain.text_safety import escape_for_terminal
from tests.hostile import load_hostile_tool

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "quick-wall-push.toml"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        status = cli.main(list(args))
    except SystemExit as stop:
        status = int(stop.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def _one_clean_line(err: str) -> None:
    assert err.endswith("\n") and err.count("\n") == 1, repr(err)
    assert escape_for_terminal(err[:-1]) == err[:-1], repr(err)
    assert "Traceback" not in err and "sqlalchemy" not in err.lower() and "SELECT" not in err


def _subprocess_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    env["GLUTE_TIMER_DATA_DIR"] = str(data_dir)
    return env


@pytest.mark.parametrize(
    "args",
    [
        ["history", "--limit", "9223372036854775808"],
        ["history", "--limit", "0"],
        ["history", "--limit", "-1"],
        ["history", "--limit", "ten"],
        ["history", "--json", "--csv"],
        ["nope"],
        ["show"],
        ["import"],
        ["--audio", "loud"],
        ["routines", "--bogus\x1b[2J"],
        ["export", "a"],
    ],
)
def test_every_argument_error_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    status, out, err = run(capsys, *args)
    assert status == 2 and out == ""
    _one_clean_line(err)
    assert err.startswith("glute-timer")


def test_the_largest_limit_is_accepted(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run(capsys, "history", "--limit", str(cli.MAX_HISTORY_LIMIT))
    assert status == 0 and out == "No sessions recorded yet.\n"


@pytest.mark.slow
def test_hostile_files_imported_one_by_one_each_give_one_clean_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = _subprocess_env(data)
    command = [sys.executable, "-m", "glute_timer"]
    subprocess.run([*command, "import", str(EXAMPLE)], env=env, check=True, capture_output=True)
    before = subprocess.run(
        [*command, "routines", "--json"], env=env, check=True, capture_output=True
    ).stdout
    paths = load_hostile_tool().write_hostile_files(tmp_path / "hostile")
    for path in paths:
        result = subprocess.run(
            [*command, "import", str(path)], env=env, capture_output=True, text=True, timeout=30
        )
        assert result.returncode == 2, (path.name, result.stderr)
        _one_clean_line(result.stderr)
        assert result.stderr.startswith(f"glute-timer: {escape_for_terminal(path.name)}: ")
    after = subprocess.run(
        [*command, "routines", "--json"], env=env, check=True, capture_output=True
    ).stdout
    assert after == before


@pytest.mark.slow
def test_eight_processes_importing_one_name_store_it_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = _subprocess_env(data)
    command = [sys.executable, "-m", "glute_timer", "import", str(EXAMPLE)]
    subprocess.run(
        [sys.executable, "-m", "glute_timer", "routines"], env=env, check=True, capture_output=True
    )  # the database exists before the race, as it would on a second day
    processes = [
        subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(8)
    ]
    results = [(p.wait(timeout=120), p.stdout, p.stderr) for p in processes]
    outputs = [(code, out.read().decode(), err.read().decode()) for code, out, err in results]  # type: ignore[union-attr]
    for process in processes:
        process.stdout.close()  # type: ignore[union-attr]
        process.stderr.close()  # type: ignore[union-attr]
    assert sorted(code for code, _, _ in outputs) == [0] + [2] * 7, outputs
    for code, _out, err in outputs:
        if code == 2:
            _one_clean_line(err)
            assert "a routine named 'Quick wall push' already exists" in err
    listing = subprocess.run(
        [sys.executable, "-m", "glute_timer", "routines", "--json"],
        env=env,
        check=True,
        capture_output=True,
    ).stdout
    names = [row["name"] for row in json.loads(listing)]
    assert names.count("Quick wall push") == 1


def test_a_storage_error_is_a_sentence_not_sql(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    from glute_timer.storage.routine_repository import RoutineRepository

    def read_only(*_args: object, **_kwargs: object) -> None:
        raise OperationalError(
            "INSERT INTO custom_routines (name) VALUES (?)",
            ("Quick wall push",),
            Exception("attempt to write a readonly database"),
        )

    monkeypatch.setattr(RoutineRepository, "save", read_only)
    status, _out, err = run(capsys, "import", str(EXAMPLE))
    assert status == 2
    _one_clean_line(err)
    assert "INSERT" not in err and "readonly" not in err
    assert "the data folder cannot be written" in err


def test_a_locked_database_is_a_sentence(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, isolated_data_dir: Path
) -> None:
    import sqlite3

    from glute_timer.paths import database_path
    from glute_timer.storage import database as database_module

    assert run(capsys, "routines")[0] == 0
    # A shorter wait than the real 5 s keeps the test quick; the lock itself is real.
    real = database_module._set_pragmas

    def quick(connection: object, record: object) -> None:
        real(connection, record)
        connection.execute("PRAGMA busy_timeout=200")  # type: ignore[attr-defined]

    monkeypatch.setattr(database_module, "_set_pragmas", quick)
    holder = sqlite3.connect(database_path(isolated_data_dir))
    holder.execute("BEGIN EXCLUSIVE")
    try:
        status, _out, err = run(capsys, "import", str(EXAMPLE))
    finally:
        holder.rollback()
        holder.close()
    assert status == 2
    _one_clean_line(err)
    assert "another program is holding the history database" in err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_data_folder_is_a_sentence(
    capsys: pytest.CaptureFixture[str], isolated_data_dir: Path
) -> None:
    assert run(capsys, "routines")[0] == 0
    for path in [isolated_data_dir, *isolated_data_dir.iterdir()]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        status, _out, err = run(capsys, "import", str(EXAMPLE))
    finally:
        for path in [isolated_data_dir, *isolated_data_dir.iterdir()]:
            path.chmod(0o755 if path.is_dir() else 0o644)
    assert status == 2
    _one_clean_line(err)


def test_stored_names_with_control_characters_are_printed_escaped(
    capsys: pytest.CaptureFixture[str], isolated_data_dir: Path
) -> None:
    from glute_timer.domain import library
    from glute_timer.domain.routine_file import dump_routine
    from glute_timer.paths import database_path
    from glute_timer.storage.database import open_database
    from glute_timer.storage.models import CustomRoutineRow

    # Written straight to the table, as an older version may have stored it.
    evil = "Evil\x1b]0;owned\x07\x1b[2J"
    routine = library.ROUTINES[0]
    from dataclasses import replace

    stored = replace(
        routine,
        name=evil,
        exercises=(replace(routine.exercises[0], name="Ex\x1b[31m\r"),),
    )
    database = open_database(database_path(isolated_data_dir))
    with database.session() as session, session.begin():
        session.add(
            CustomRoutineRow(
                name=evil, name_key=evil.casefold(), definition=dump_routine(stored, "json")
            )
        )
    database.close()
    for args in (["routines"], ["show", evil]):
        status, out, _err = run(capsys, *args)
        assert status == 0, args
        assert "\x1b" not in out and "\r" not in out and "\x07" not in out
        assert "Evil\\x1b]0;owned\\x07\\x1b[2J" in out
    assert "Ex\\x1b[31m\\x0d" in run(capsys, "show", evil)[1]


@pytest.mark.parametrize("args", [[], ["start", "Wall push"]])
def test_no_display_is_one_line_of_our_own_and_exit_2(tmp_path: Path, args: list[str]) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the check is for Linux display servers")
    env = _subprocess_env(tmp_path / "data")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    result = subprocess.run(
        [sys.executable, "-m", "glute_timer", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    _one_clean_line(result.stderr)
    assert result.stderr.startswith("glute-timer: no display found: ")
    assert "the command-line commands work without one" in result.stderr


@pytest.mark.parametrize(
    ("environ", "refused"),
    [
        ({}, True),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"DISPLAY": ":0"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "wayland"}, False),
    ],
)
def test_which_environments_have_no_display(environ: dict[str, str], refused: bool) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the check is for Linux display servers")
    assert (cli.display_problem(environ) is not None) is refused


@pytest.mark.parametrize("fmt", [[], ["--json"], ["--csv"]])
def test_history_output_starts_before_the_whole_history_is_read(
    monkeypatch: pytest.MonkeyPatch, isolated_data_dir: Path, fmt: list[str]
) -> None:
    from datetime import timedelta

    from glute_timer.paths import database_path
    from glute_timer.storage import history_export
    from glute_timer.storage.database import open_database
    from tests.storage.history_helpers import T0, add_session

    database = open_database(database_path(isolated_data_dir))
    for day in range(30):
        add_session(database, started_at=T0 + timedelta(days=day), steps=[])
    database.close()
    monkeypatch.setattr(history_export, "BATCH_SESSIONS", 5)
    batches: list[int] = []
    real = history_export._with_steps

    def counting(connection: object, rows: list[tuple[object, ...]]):  # type: ignore[no-untyped-def]
        batches.append(len(rows))
        yield from real(connection, rows)  # type: ignore[arg-type]

    monkeypatch.setattr(history_export, "_with_steps", counting)
    batches_at_first_write: list[int] = []

    class Watch(io.StringIO):
        def write(self, text: str) -> int:
            if not batches_at_first_write and text.strip("[\n "):
                batches_at_first_write.append(len(batches))
            return super().write(text)

    out = Watch()
    monkeypatch.setattr(sys, "stdout", out)
    assert cli.main(["history", *fmt]) == 0
    assert batches == [5] * 6
    assert batches_at_first_write and batches_at_first_write[0] <= 1
    if fmt == ["--json"]:
        assert len(json.loads(out.getvalue())) == 30


def test_the_history_table_prints_stored_names_escaped(
    capsys: pytest.CaptureFixture[str], isolated_data_dir: Path
) -> None:
    from glute_timer.paths import database_path
    from glute_timer.storage.database import open_database
    from tests.storage.history_helpers import add_session

    database = open_database(database_path(isolated_data_dir))
    add_session(database, routine="Evil\x1b]0;owned\x07\x1b[2J\r")
    database.close()
    status, out, _err = run(capsys, "history")
    assert status == 0
    assert "\x1b" not in out and "\r" not in out and "\x07" not in out
    assert "Evil\\x1b]0;owned\\x07\\x1b[2J\\x0d" in out


@pytest.mark.skipif(not Path("/sys/kernel").is_dir(), reason="needs Linux sysfs")
def test_a_data_folder_nobody_may_create_is_a_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    # sysfs refuses new folders even to root: a real unwritable place on any Linux machine.
    status, _out, err = run(capsys, "--data-dir", "/sys/glute-timer-test", "import", str(EXAMPLE))
    assert status == 2
    _one_clean_line(err)
    assert err.startswith("glute-timer: Cannot create the data folder /sys/glute-timer-test: ")
