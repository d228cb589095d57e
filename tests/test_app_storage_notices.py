"""The app's notices about storage problems give a reason in words, never SQL text."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from glute_timer.app import App
from glute_timer.storage.database import DatabaseError
from tests.ui.window_harness import RecordingKeepAwake


def _sql_error(message: str) -> OperationalError:
    return OperationalError(
        "SELECT custom_routines.name FROM custom_routines WHERE name_key = ?",
        ("secret parameter",),
        sqlite3.OperationalError(message),
    )


def _app(qtbot: QtBot, tmp_path: Path) -> App:
    app = App(
        tmp_path / "data", "none", keep_awake=RecordingKeepAwake(), confirm_stop=lambda _w: True
    )
    qtbot.addWidget(app.window)
    app.load_audio = False
    return app


def _assert_no_sql(text: str) -> None:
    assert "SELECT" not in text and "secret parameter" not in text and "sqlite3" not in text


def test_history_that_cannot_be_opened_gives_the_reason(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from glute_timer.storage import startup

    def fail(*_args: object, **_kwargs: object) -> None:
        try:
            raise _sql_error("database is locked")
        except OperationalError as error:
            raise DatabaseError(f"Cannot prepare the database: {error}") from error

    monkeypatch.setattr(startup, "open_history", fail)
    app = _app(qtbot, tmp_path)
    app.load_rest()
    notices = app.window.notices()
    _assert_no_sql(notices)
    assert "History and custom routines are unavailable: another program is holding" in notices
    app.shutdown()


def test_custom_routines_that_cannot_be_read_give_the_reason(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from glute_timer.storage.routine_repository import RoutineRepository

    def fail(_self: object) -> None:
        raise _sql_error("disk I/O error")

    monkeypatch.setattr(RoutineRepository, "all_routines", fail)
    app = _app(qtbot, tmp_path)
    app.load_rest()
    notices = app.window.notices()
    _assert_no_sql(notices)
    assert "Custom routines unavailable: the disk reported an error" in notices
    app.shutdown()
