"""``glute-timer history``: table, JSON, CSV; reads a live session and changes nothing."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from glute_timer.cli import main
from glute_timer.paths import database_path
from glute_timer.storage.database import create_sqlite_engine, migrate, open_database
from tests.storage.history_helpers import T0, add_session
from tests.storage.test_kill_mid_workout import WORKOUT_CHILD, _wait_for_steps


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def filled(isolated_data_dir: Path) -> Path:
    database = open_database(database_path(isolated_data_dir))
    for day in range(3):
        add_session(
            database,
            started_at=T0 + timedelta(days=day),
            routine="Wall push" if day != 1 else "Side plank",
            effort=day,
        )
    database.close()
    return isolated_data_dir


def test_table_by_default(capsys: pytest.CaptureFixture[str], filled: Path) -> None:
    status, out, _ = run(capsys, "history")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["STARTED", "ROUTINE"]
    assert len(lines) == 4
    assert "2026-03-04" in lines[1]


def test_json_newest_first_with_limit(capsys: pytest.CaptureFixture[str], filled: Path) -> None:
    status, out, _ = run(capsys, "history", "--json", "--limit", "2")
    assert status == 0
    data = json.loads(out)
    assert [s["effort"] for s in data] == [2, 1]
    assert data[0]["started_at"] == "2026-03-04T08:00:00.000Z"
    assert data[0]["steps"][1]["kind"] == "hold"


def test_csv_and_routine_filter(capsys: pytest.CaptureFixture[str], filled: Path) -> None:
    status, out, _ = run(capsys, "history", "--csv", "--routine", "Side plank")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["routine"] for r in rows} == {"Side plank"}
    assert len(rows) == 8


def test_json_and_csv_exclude_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["history", "--json", "--csv"])
    capsys.readouterr()
    status, _, err = run(capsys, "history", "--limit", "0")
    assert status == 2 and "--limit" in err


def test_no_database_yet_prints_and_creates_nothing(
    capsys: pytest.CaptureFixture[str], isolated_data_dir: Path
) -> None:
    assert run(capsys, "history", "--json")[1] == "[]\n"
    assert "No sessions" in run(capsys, "history")[1]
    assert not database_path(isolated_data_dir).exists()


def test_old_schema_is_migrated_then_read(
    capsys: pytest.CaptureFixture[str], isolated_data_dir: Path
) -> None:
    isolated_data_dir.mkdir(parents=True)
    engine = create_sqlite_engine(database_path(isolated_data_dir))
    migrate(engine, "0001")
    engine.dispose()
    status, out, _ = run(capsys, "history", "--json")
    assert (status, out) == (0, "[]\n")


def test_garbage_file_is_kept_aside(
    capsys: pytest.CaptureFixture[str], isolated_data_dir: Path
) -> None:
    isolated_data_dir.mkdir(parents=True)
    database_path(isolated_data_dir).write_bytes(b"garbage" * 500)
    status, out, err = run(capsys, "history", "--json")
    assert (status, out) == (0, "[]\n")
    assert "kept as" in err
    assert len(list(isolated_data_dir.glob("*.damaged-*"))) == 1


def _digest(path: Path) -> str:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
        rows = connection.execute(
            "SELECT s.id, s.status, s.ended_at, count(r.id) FROM sessions s "
            "LEFT JOIN step_results r ON r.session_id = s.id GROUP BY s.id"
        ).fetchall()
    connection.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_history_during_a_live_workout_reads_it_and_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = database_path(data)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GLUTE_TIMER_DATA_DIR=str(data))
    # Long steps: the session must not change while we compare before and after.
    child = subprocess.Popen(
        [sys.executable, str(WORKOUT_CHILD), str(data), "100", "0.05"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for_steps(path, 2, child, timeout=60)
        os.kill(child.pid, signal.SIGSTOP)  # freeze it, lock held, so the file cannot move
        before = _digest(path)
        result = subprocess.run(
            [sys.executable, "-m", "glute_timer", "history", "--json"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        [session] = json.loads(result.stdout)
        assert session["status"] == "in_progress"
        assert len(session["steps"]) >= 2
        # A second app starting meanwhile must not mark the live session interrupted either.
        from glute_timer.storage.startup import open_history

        report = open_history(data, make_backup=False)
        assert report.interrupted == []
        report.database.close()
        assert _digest(path) == before
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)


def test_history_import_merges_and_reports(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path
) -> None:
    status, exported, _ = run(capsys, "history", "--json")
    assert status == 0
    file = tmp_path / "moved.json"
    file.write_text(exported, encoding="utf-8")
    status, out, _ = run(capsys, "history", "import", str(file))
    assert (status, out) == (0, "Imported 0 sessions, skipped 3 already present.\n")
    other = tmp_path / "other"
    status, out, _ = run(capsys, "--data-dir", str(other), "history", "import", str(file))
    assert (status, out) == (0, "Imported 3 sessions, skipped 0 already present.\n")
    status, again, _ = run(capsys, "--data-dir", str(other), "history", "--json")
    assert again == exported
    # The old options still work beside the new sub-action.
    status, out, _ = run(capsys, "history", "--limit", "1", "--json")
    assert status == 0 and len(json.loads(out)) == 1


def test_history_import_bad_file_is_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path
) -> None:
    file = tmp_path / "x.json"
    file.write_text('[{"routine": "R", "started_at": 5, "status": "completed"}]', "utf-8")
    status, out, err = run(capsys, "history", "import", str(file))
    assert status == 2 and out == ""
    assert (
        err
        == "glute-timer: x.json: sessions[0].started_at: must be a date and time, not a number\n"
    )
    status, _, err = run(capsys, "history", "import")
    assert status == 2 and "FILE.json" in err
    status, _, err = run(capsys, "history", "import", str(file), "--json")
    assert status == 2 and err.count("\n") == 1
