"""The history page as a progress view: what it opens on, short starts, delete, undo, files."""

from __future__ import annotations

from datetime import UTC, date, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QWidget
from pytestqt.qtbot import QtBot

from glute_timer.storage.database import Database
from glute_timer.storage.history_repository import HistoryRepository
from glute_timer.ui.commands import MENU_GROUPS, Command, spec_of
from glute_timer.ui.history.table_model import COLUMNS, NOTE_COLUMN
from glute_timer.ui.history.view import TAB_PROGRESS, TAB_SESSIONS, HistoryView
from tests.storage.history_helpers import T0, add_session
from tests.ui.history.test_history_view import NOW, Confirms, SavePaths, fill, make_view


@pytest.fixture
def repository(database: Database) -> HistoryRepository:
    return HistoryRepository(database, local_zone=UTC, now=lambda: NOW)


def opened(qtbot: QtBot, repository: HistoryRepository, **kwargs: object) -> HistoryView:
    """The page as it opens (on Progress), once its numbers have been read."""
    view = make_view(qtbot, repository, on_list=False, **kwargs)
    view.show()
    qtbot.waitUntil(lambda: view.charts is not None, timeout=5000)
    return view


def left_minutes(view: HistoryView) -> float:
    assert view.charts is not None
    return sum(w.left_seconds for w in view.charts.weeks) / 60


def test_opens_on_progress_with_the_last_session_week_streak_and_balance(
    qtbot: QtBot, database: Database, repository: HistoryRepository
) -> None:
    fill(database, 9)  # 2 to 10 March; each holds 60 s left and 40 s right
    view = opened(qtbot, repository)
    assert view.tabs.currentIndex() == TAB_PROGRESS
    last = view.progress.last_label.text()
    assert last.startswith("Last session: Tue 10 Mar 2026 08:00 · Wall push")
    assert "held left 1:00, right 0:40 · effort 8 · pain 0" in last
    assert view.progress.week_label.text().startswith("This week: 0 sessions · streak: 0 days")
    # right: 9 * 40 = 360 s of left's 9 * 60 = 540 s, the same in both halves
    assert view.progress.balance_label.text() == "Right working side: 67 % of left over 12 weeks."
    assert view.progress.pain_label.text().startswith("Pain: ")


def test_period_filter_changes_the_span(
    qtbot: QtBot, database: Database, repository: HistoryRepository
) -> None:
    add_session(database, started_at=NOW - timedelta(days=70))  # within 12 weeks only
    add_session(database, started_at=NOW - timedelta(days=1))
    view = opened(qtbot, repository)
    assert left_minutes(view) == 2.0
    view.period_box.setCurrentIndex(0)  # 4 weeks
    assert left_minutes(view) == 1.0
    assert "over 4 weeks" in view.progress.balance_label.text()


def test_points_of_one_day_are_spread_on_the_rating_chart(
    qtbot: QtBot, database: Database, repository: HistoryRepository
) -> None:
    for minute in (0, 5, 10):
        add_session(database, started_at=T0 + timedelta(minutes=minute), effort=4, pain=2)
    view = opened(qtbot, repository)
    assert view.charts is not None
    from PySide6.QtCharts import QLineSeries

    _effort, pain = view.charts.rating_chart.series()
    assert isinstance(pain, QLineSeries)
    xs = [pain.at(i).x() for i in range(pain.count())]
    assert len(set(xs)) == 3
    day_ms = 86_400_000
    assert max(xs) - min(xs) == pytest.approx(day_ms / 2)  # at 1/4, 2/4 and 3/4 of the day


def test_short_starts_are_hidden_by_default_and_shown_on_demand(
    qtbot: QtBot, database: Database, repository: HistoryRepository
) -> None:
    kept = add_session(database, started_at=T0)
    short = add_session(database, started_at=T0 + timedelta(hours=1), steps=[], status="stopped")
    view = make_view(qtbot, repository)
    assert view.model.rowCount() == 1 and view.model.summary(0).id == kept  # type: ignore[union-attr]
    assert "1 short start (under 10 s) hidden" in view.status.text()
    view.short_box.setChecked(True)
    assert {view.model.summary(r).id for r in range(2)} == {kept, short}  # type: ignore[union-attr]
    view.short_box.setChecked(False)
    assert view.model.rowCount() == 1
    assert repository.count_sessions() == 2  # hidden, never deleted


def test_delete_asks_first_and_cancel_keeps_the_session(
    qtbot: QtBot, database: Database, repository: HistoryRepository
) -> None:
    fill(database, 2)
    confirms = Confirms(answer=False)
    view = make_view(qtbot, repository, confirm_delete=confirms)
    view.table.selectRow(0)
    view.delete_selected()
    assert confirms.asked == ["Wall push, Tue 03 Mar 2026 08:00"]
    assert repository.count_sessions() == 2
    assert not view.undo_stack.canUndo()


def test_delete_needs_a_selection_in_the_list(
    qtbot: QtBot, database: Database, repository: HistoryRepository
) -> None:
    fill(database, 2)
    confirms = Confirms()
    view = opened(qtbot, repository, confirm_delete=confirms)
    assert not view.delete_button.isEnabled()  # on Progress: nothing selected to delete
    view.delete_selected()
    assert confirms.asked == [] and repository.count_sessions() == 2
    view.tabs.setCurrentIndex(TAB_SESSIONS)
    assert not view.delete_button.isEnabled()
    view.table.selectRow(0)
    assert view.delete_button.isEnabled()


def test_delete_and_undo_refresh_the_charts_and_totals_at_once(
    qtbot: QtBot, database: Database, repository: HistoryRepository
) -> None:
    fill(database, 3)
    view = opened(qtbot, repository)
    assert left_minutes(view) == 3.0
    view.tabs.setCurrentIndex(TAB_SESSIONS)
    view.table.selectRow(0)
    view.delete_selected()
    assert left_minutes(view) == 2.0
    assert view.status.text() == "2 sessions."
    assert view.progress.last_label.text().startswith("Last session: Tue 03 Mar 2026")
    view.undo_stack.undo()
    assert left_minutes(view) == 3.0
    assert view.progress.last_label.text().startswith("Last session: Wed 04 Mar 2026")


def test_the_windows_undo_command_undoes_a_delete(
    qtbot: QtBot, database: Database, repository: HistoryRepository
) -> None:
    fill(database, 2)
    view = make_view(qtbot, repository)
    window_undo = QAction("Undo delete", view)
    view.use_window_undo(window_undo)
    assert view.undo_action.shortcut().isEmpty()  # the window's Ctrl+Z, not a second one
    view.table.selectRow(0)
    view.delete_selected()
    assert repository.count_sessions() == 1
    window_undo.trigger()
    assert repository.count_sessions() == 2
    spec = spec_of(Command.UNDO)
    assert spec.keys == ("Ctrl+Z",)
    assert any(Command.UNDO in group and Command.IMPORT_HISTORY in group for group in MENU_GROUPS)


def test_rating_from_the_history_says_cancel(
    qtbot: QtBot, database: Database, repository: HistoryRepository
) -> None:
    sid = add_session(database, effort=3)
    view = make_view(qtbot, repository)
    view.select_session(sid)
    view.edit_rating()
    assert view.rating_dialog is not None
    assert view.rating_dialog.panel.skip_button.text() == "Cancel"
    view.rating_dialog.reject()


def test_notes_take_the_room_and_numbers_keep_their_width(
    qtbot: QtBot, database: Database, repository: HistoryRepository
) -> None:
    sid = add_session(database, effort=3, pain=2)
    repository.set_rating(sid, 3, 2, "left hip a bit sore")
    view = make_view(qtbot, repository)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    header = view.table.horizontalHeader()
    assert header.sectionResizeMode(NOTE_COLUMN) == QHeaderView.ResizeMode.Stretch
    assert view.model.index(0, NOTE_COLUMN).data() == "left hip a bit sore"
    pain = COLUMNS.index("Pain")
    assert view.table.columnWidth(pain) < view.table.columnWidth(NOTE_COLUMN) / 2


class Recorder:
    """Stands in for a slow file task: records its arguments and returns a line."""

    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.calls: list[tuple[object, ...]] = []

    def __call__(self, *args: object) -> str:
        self.calls.append(args)
        return self.answer


def test_report_button_asks_where_and_writes_in_the_background(
    qtbot: QtBot, database: Database, repository: HistoryRepository, tmp_path: Path
) -> None:
    fill(database, 2)
    paths = SavePaths()
    paths.answers = [str(tmp_path / "for-physio")]
    writer = Recorder("Report written.")
    view = make_view(qtbot, repository, ask_save_path=paths, write_report=writer)
    button = view.report_button
    assert button is not None and button.text() == "Report for your physio…"
    with qtbot.waitSignal(button.job.finished, timeout=5000):
        button.click()
    [(out, first, last, routine)] = writer.calls
    assert out == tmp_path / "for-physio.pdf"
    assert (first, last, routine) == (date(2026, 1, 12), date(2026, 4, 1), None)  # 12 weeks
    assert view.status.text() == "Report written." and button.isEnabled()
    assert paths.asked[0][2] == "PDF files (*.pdf)"


def test_import_history_runs_in_the_background_and_reloads(
    qtbot: QtBot, database: Database, repository: HistoryRepository, tmp_path: Path
) -> None:
    source = tmp_path / "old-laptop.json"

    def import_history(path: Path) -> str:
        add_session(database, started_at=T0)  # what a real import would have stored
        return f"Imported 1 session from {path.name}."

    def ask_open(_parent: QWidget, _title: str, _filters: str) -> str:
        return str(source)

    view = make_view(qtbot, repository, import_history=import_history, ask_open_path=ask_open)
    assert view.import_job is not None
    with qtbot.waitSignal(view.import_job.finished, timeout=5000):
        view.import_with_dialog()
    assert view.status.text() == "Imported 1 session from old-laptop.json."
    assert view.model.rowCount() == 1
