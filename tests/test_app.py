"""The composition root: window first, the rest just after, everything wired."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from glute_timer import DESKTOP_ID
from glute_timer.app import App, run_app
from glute_timer.domain.model import Exercise, Routine
from glute_timer.domain.plan import StepKind
from glute_timer.paths import database_path
from glute_timer.storage.database import open_database
from glute_timer.storage.recovery import mark_interrupted
from glute_timer.ui.dialogs.unsaved_history_prompt import UnsavedHistoryChoice
from tests.storage.history_helpers import DiskFull
from tests.ui.window_harness import RecordingKeepAwake

CUSTOM = Routine(name="Evening clams", exercises=(Exercise(name="Clam"),), prep_seconds=5)


def save_custom(directory: Path) -> None:
    from glute_timer.storage.routine_repository import RoutineRepository

    directory.mkdir(parents=True, exist_ok=True)
    database = open_database(database_path(directory))
    RoutineRepository(database).save(CUSTOM)
    database.close()


def make_app(qtbot: QtBot, directory: Path, keeper: RecordingKeepAwake) -> App:
    app = App(directory, "none", keep_awake=keeper, confirm_stop=lambda _w: True)
    qtbot.addWidget(app.window)
    return app


def test_built_ins_first_custom_routines_after_loading(qtbot: QtBot, tmp_path: Path) -> None:
    save_custom(tmp_path / "data")
    app = make_app(qtbot, tmp_path / "data", RecordingKeepAwake())
    names = [r.name for r in app.window.start_screen.routines()]
    assert "Evening clams" not in names and "Wall push" in names
    app.load_rest()
    names = [r.name for r in app.window.start_screen.routines()]
    assert names[-1] == "Evening clams"
    assert app.session.engine is None
    assert app.window.start_screen.status_label.text().startswith("No sound:")
    app.shutdown()


def test_start_routine_starts_at_once_and_shutdown_releases(qtbot: QtBot, tmp_path: Path) -> None:
    save_custom(tmp_path / "data")
    keeper = RecordingKeepAwake()
    app = make_app(qtbot, tmp_path / "data", keeper)
    app.window.show()
    app.load_rest("evening CLAMS")
    engine = app.session.engine
    assert engine is not None and engine.is_running
    assert engine.plan.routine_name == "Evening clams"
    assert engine.current_step is not None and engine.current_step.kind is StepKind.PREPARE
    assert keeper.held
    assert app.settings.ui_state.last_routine == "Evening clams"
    app.shutdown()
    assert not keeper.held
    assert app.session.engine is None


def test_damaged_database_is_reported_and_built_ins_still_work(
    qtbot: QtBot, tmp_path: Path
) -> None:
    directory = tmp_path / "data"
    directory.mkdir()
    (directory / "glute-timer.sqlite3").write_bytes(b"this is not a database" * 100)
    app = make_app(qtbot, directory, RecordingKeepAwake())
    app.load_audio = False
    app.load_rest()
    status = app.window.start_screen.status_label.text()
    assert "damaged" in status and "kept as" in status
    assert app.window.start_screen.routines()[0].name == "Wall push"
    app.shutdown()


def test_run_app_shows_the_window_then_loads_the_rest(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    seen: list[str] = []

    def fake_exec(_app: QApplication) -> int:
        # A real exec() ended by quit() would leave the shared test QApplication unable to run
        # nested loops (modal dialogs) in later tests; run the queued start-up work instead.
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        seen.extend(w.windowTitle() for w in windows)
        qtbot.waitUntil(lambda: any(w.windowTitle() != "Glute Timer" for w in windows))
        seen.extend(w.windowTitle() for w in windows)
        for window in windows:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert run_app(tmp_path / "data", "Wall push", "none") == 0
    assert seen[0] == "Glute Timer"  # shown before the routine could start
    assert seen[-1].startswith("Wall push")
    assert (tmp_path / "data" / "settings.ini").exists()
    assert QApplication.desktopFileName() == DESKTOP_ID
    assert not QApplication.windowIcon().isNull()


@pytest.mark.slow
def test_window_is_shown_before_the_database_is_imported(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        qt = QApplication([])
        from glute_timer.app import App
        app = App(Path({str(tmp_path / "data")!r}), "none")
        app.window.show()
        qt.processEvents()
        slow = (
            "sqlalchemy", "alembic", "PySide6.QtStateMachine", "PySide6.QtCharts", "PySide6.QtSvg"
        )
        heavy = [m for m in slow if m in sys.modules]
        print("before:", heavy)
        app.load_rest()
        heavy = [m for m in ("sqlalchemy", "PySide6.QtStateMachine") if m in sys.modules]
        print("after:", heavy)
        print("history:", app.history_view is not None, app.quick_adjust is not None)
        app.shutdown()
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "before: []" in result.stdout
    assert "after: ['sqlalchemy', 'PySide6.QtStateMachine']" in result.stdout
    assert "history: True True" in result.stdout


def test_closing_the_window_asks_the_open_editor_about_unsaved_changes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from glute_timer.ui.routine_editor.editor import UnsavedChoice

    app = make_app(qtbot, tmp_path / "data", RecordingKeepAwake())
    app.load_rest()
    app.window.show()
    app.edit_routines()
    assert app.editor_dialog is not None
    editor = app.editor_dialog.editor
    asked: list[str] = []

    def answer(choice: UnsavedChoice) -> None:
        def ask() -> UnsavedChoice:
            asked.append(choice.name)
            return choice

        editor.ask_unsaved_changes = ask  # type: ignore[method-assign]

    answer(UnsavedChoice.CANCEL)
    editor.duplicate_routine()
    copy_name = editor.routine.name
    editor.ex_sets.setValue(3)
    assert not app.window.close()
    assert app.window.isVisible() and asked == ["CANCEL"]
    answer(UnsavedChoice.SAVE)
    assert app.window.close()
    assert asked == ["CANCEL", "SAVE"]
    app.shutdown()
    assert app.routine_repository is not None
    stored = {r.name: r for r in app.routine_repository.custom_routines()}
    assert stored[copy_name].exercises[0].sets == 3


class Answers:
    """Answers the unsaved-history question from a script, and records what was asked."""

    def __init__(self) -> None:
        self.script: list[UnsavedHistoryChoice] = []
        self.asked: list[tuple[str, int]] = []

    def __call__(self, _parent: object, problem: str, unsaved: int) -> UnsavedHistoryChoice:
        self.asked.append((problem, unsaved))
        return self.script.pop(0)


def workout_on_a_full_disk(qtbot: QtBot, directory: Path, answers: Answers) -> tuple[App, DiskFull]:
    """An app whose disk fills just as the Wall push starts (so nothing of it is stored)."""
    app = App(
        directory,
        "none",
        keep_awake=RecordingKeepAwake(),
        confirm_stop=lambda _w: True,
        ask_unsaved_history=answers,
    )
    qtbot.addWidget(app.window)
    app.load_rest()
    app.window.show()
    assert app.database is not None and app.recorder is not None
    disk = DiskFull(app.database)
    wall_push = app.window.find_routine("Wall push")
    assert wall_push is not None
    with qtbot.waitSignal(app.recorder.available_changed, timeout=5000):
        disk.fill()
        app.window.start_routine(wall_push)
    qtbot.waitUntil(lambda: "disk is full" in app.window.notices(), timeout=5000)
    return app, disk


def stored_statuses(directory: Path) -> list[tuple[str]]:
    with sqlite3.connect(database_path(directory)) as connection:
        rows = connection.execute("SELECT status FROM sessions").fetchall()
    connection.close()
    return rows


def test_closing_while_results_wait_for_a_full_disk_asks_first(
    qtbot: QtBot, tmp_path: Path
) -> None:
    answers = Answers()
    app, disk = workout_on_a_full_disk(qtbot, tmp_path / "data", answers)

    answers.script.append(UnsavedHistoryChoice.KEEP_OPEN)
    assert not app.window.close()
    assert app.window.isVisible() and app.session.engine is not None
    assert answers.asked[0][0].startswith("History cannot be saved: the disk is full")
    assert answers.asked[0][1] == 1  # the session row

    disk.free()
    answers.script.append(UnsavedHistoryChoice.RETRY)
    assert app.window.close()  # the retry stored everything: no second question
    assert len(answers.asked) == 2
    app.shutdown()
    assert stored_statuses(tmp_path / "data") == [("stopped",)]  # ended when the window closed


def test_quitting_without_saving_closes_and_stores_nothing_half_done(
    qtbot: QtBot, tmp_path: Path
) -> None:
    answers = Answers()
    app, _disk = workout_on_a_full_disk(qtbot, tmp_path / "data", answers)
    answers.script.append(UnsavedHistoryChoice.QUIT)
    assert app.window.close()
    assert len(answers.asked) == 1
    app.shutdown()
    assert stored_statuses(tmp_path / "data") == []
    [lock] = (tmp_path / "data" / "locks").iterdir()  # let go, but its file stays
    an_hour_ago = time.time() - 3600
    os.utime(lock, (an_hour_ago, an_hour_ago))  # a fresh lock file may be another app's
    database = open_database(database_path(tmp_path / "data"))
    try:
        assert mark_interrupted(database, tmp_path / "data") == []
    finally:
        database.close()
    assert list((tmp_path / "data" / "locks").iterdir()) == []  # and swept at the next start


def test_an_unexpected_error_lets_the_screen_sleep_and_says_so(
    qtbot: QtBot, tmp_path: Path
) -> None:
    keeper = RecordingKeepAwake()
    app = make_app(qtbot, tmp_path / "data", keeper)
    app.window.show()
    wall_push = app.window.find_routine("Wall push")
    assert wall_push is not None
    app.window.start_routine(wall_push)
    assert keeper.held
    app.after_unexpected_error()
    assert not keeper.held
    assert app.window.toast.isVisible() and "went wrong" in app.window.toast.text()
    app.shutdown()
