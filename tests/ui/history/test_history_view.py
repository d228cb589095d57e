"""HistoryView: lazy table, filter, detail, delete with undo, calendar, charts, export, sizes."""

from __future__ import annotations

import json
from datetime import UTC, date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from glute_timer.storage.database import Database
from glute_timer.storage.history_repository import HistoryRepository
from glute_timer.ui.history.detail import NOT_REACHED
from glute_timer.ui.history.view import TAB_CALENDAR, TAB_PROGRESS, TAB_SESSIONS, HistoryView
from glute_timer.ui.main_window import MINIMUM_SIZE
from tests.storage.history_helpers import T0, add_session, small_plan
from tests.ui.clipping import clipped
from tests.ui.conftest import known_in_german_at_2x

NOW = T0 + timedelta(days=30)


@pytest.fixture
def repository(database: Database) -> HistoryRepository:
    return HistoryRepository(database, local_zone=UTC, now=lambda: NOW)


class SavePaths:
    """Stands in for the save dialog: returns prepared answers and records the questions."""

    def __init__(self) -> None:
        self.answers: list[str | None] = []
        self.asked: list[tuple[str, str, str]] = []

    def __call__(self, _parent: QWidget, title: str, name: str, filters: str) -> str | None:
        self.asked.append((title, name, filters))
        return self.answers.pop(0)


class Confirms:
    """Stands in for the delete question: answers as told and records what was asked."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, _parent: QWidget, what: str) -> bool:
        self.asked.append(what)
        return self.answer


def make_view(
    qtbot: QtBot, repository: HistoryRepository, *, on_list: bool = True, **kwargs: object
) -> HistoryView:
    """The page; on the Sessions list unless ``on_list`` is False (it opens on Progress)."""
    kwargs.setdefault("confirm_delete", Confirms())
    view = HistoryView(repository, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    if on_list:
        view.tabs.setCurrentIndex(TAB_SESSIONS)
    return view


def fill(database: Database, count: int) -> list[int]:
    return [
        add_session(
            database,
            started_at=T0 + timedelta(days=d),
            routine="Wall push" if d % 3 else "Side plank",
            effort=d % 11,
            pain=d % 4,
        )
        for d in range(count)
    ]


def test_empty_history(qtbot: QtBot, repository: HistoryRepository) -> None:
    view = make_view(qtbot, repository)
    assert view.model.rowCount() == 0
    assert view.status.text() == "No sessions recorded yet."
    assert not view.delete_button.isEnabled()


def test_first_page_newest_first_and_more_on_demand(
    qtbot: QtBot, database: Database, repository: HistoryRepository
) -> None:
    ids = fill(database, 25)
    view = make_view(qtbot, repository, page_size=10)
    assert view.model.rowCount() == 10
    assert view.model.total == 25
    assert view.model.summary(0).id == ids[-1]  # type: ignore[union-attr]
    assert view.model.index(0, 0).data() == "Thu 26 Mar 2026 08:00"
    assert view.model.index(0, 3).data() == "100 %"
    assert view.model.canFetchMore(QModelIndex())
    view.model.fetchMore(QModelIndex())
    view.model.fetchMore(QModelIndex())
    assert view.model.rowCount() == 25
    assert not view.model.canFetchMore(QModelIndex())
    assert view.status.text() == "25 sessions."


def test_scrolling_loads_the_next_page(
    qtbot: QtBot, database: Database, repository: HistoryRepository
) -> None:
    fill(database, 60)
    view = make_view(qtbot, repository, page_size=20)
    view.resize(800, 500)
    view.show()
    qtbot.waitExposed(view)
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() > 20, timeout=3000)


def test_filter_by_routine(qtbot: QtBot, database: Database, repository: HistoryRepository) -> None:
    fill(database, 9)
    view = make_view(qtbot, repository)
    names = [view.routine_box.itemText(i) for i in range(view.routine_box.count())]
    assert names == ["All routines", "Side plank", "Wall push"]
    view.routine_box.setCurrentIndex(1)
    assert view.routine_filter == "Side plank"
    assert view.model.rowCount() == 3
    assert {view.model.index(r, 1).data() for r in range(3)} == {"Side plank"}
    assert view.status.text() == "3 sessions of Side plank."
    view.reload()  # the filter survives a reload
    assert view.routine_filter == "Side plank" and view.model.rowCount() == 3


def test_detail_shows_planned_against_actual_skips_and_unreached(
    qtbot: QtBot, database: Database, repository: HistoryRepository
) -> None:
    _, plan = small_plan()
    sid = add_session(
        database, steps=list(plan.steps[:3]), outcome="skipped", status="stopped", effort=4
    )
    view = make_view(qtbot, repository)
    assert view.select_session(sid)
    detail = view.detail
    assert detail.detail is not None and detail.detail.summary.id == sid
    assert "Stopped" in detail.heading.text() and "3 skipped" in detail.heading.text()
    assert "2/4 done" not in detail.heading.text() and "0/4 done" in detail.heading.text()
    table = detail.steps

    def cell(row: int, column: int) -> QTableWidgetItem:
        item = table.item(row, column)
        assert item is not None
        return item

    assert table.rowCount() == 8
    header = table.horizontalHeaderItem(3)
    assert header is not None and header.text() == "Working side"
    assert [cell(1, c).text() for c in range(8)] == [
        "2",
        "Hold",
        "Wall push",
        "Left",
        "1/2",
        "30.0 s",
        "30.0 s",
        "Skipped",
    ]
    assert cell(3, 7).text() == NOT_REACHED
    assert cell(3, 6).text() == "—"
    assert cell(3, 0).font().italic()


def test_delete_with_undo_bar_and_shortcut(
    qtbot: QtBot, database: Database, repository: HistoryRepository
) -> None:
    ids = fill(database, 3)
    view = make_view(qtbot, repository)
    view.show()
    qtbot.waitExposed(view)
    view.select_session(ids[1])
    view.delete_selected()
    assert repository.count_sessions() == 2
    assert view.model.row_of(ids[1]) is None
    assert view.undo_bar.isVisible()
    assert "Deleted the session of Wall push" in view.undo_label.text()
    QTest.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert repository.count_sessions() == 3
    assert not view.undo_bar.isVisible()
    assert view.selected_session_id() == ids[1]
    # Del on the table deletes; the Undo action (Ctrl+Z anywhere in the view) brings it back.
    QTest.keyClick(view.table, Qt.Key.Key_Delete)
    assert repository.count_sessions() == 2
    assert view.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert view.undo_action in view.actions()
    view.undo_action.trigger()
    assert repository.count_sessions() == 3
    view.undo_stack.redo()
    assert repository.count_sessions() == 2


def test_undo_bar_goes_away_by_itself(
    qtbot: QtBot, database: Database, repository: HistoryRepository
) -> None:
    fill(database, 1)
    view = make_view(qtbot, repository, undo_seconds=0.05)
    view.show()
    view.table.selectRow(0)
    view.delete_selected()
    assert view.undo_bar.isVisible()
    assert view.undo_timer.isActive() and view.undo_timer.interval() == 50
    with qtbot.waitSignal(view.undo_timer.timeout, timeout=10000):
        pass
    assert not view.undo_bar.isVisible()
    assert view.undo_stack.canUndo()  # Ctrl+Z still works after the bar has gone


def test_delete_without_selection_says_so(
    qtbot: QtBot, database: Database, repository: HistoryRepository
) -> None:
    fill(database, 1)
    view = make_view(qtbot, repository)
    view.delete_selected()
    assert repository.count_sessions() == 1
    assert "Select a session" in view.status.text()


def test_calendar_marks_days_and_streaks(
    qtbot: QtBot, database: Database, repository: HistoryRepository
) -> None:
    for offset in (0, 1, 2, 10, 10):
        add_session(database, started_at=T0 + timedelta(days=offset))
    view = make_view(qtbot, repository)
    calendar = view.calendar.calendar
    assert view.calendar.streak_label.text() == ""  # nothing read until the tab is shown
    calendar.setCurrentPage(2026, 3)
    view.tabs.setCurrentIndex(TAB_CALENDAR)
    assert calendar.counts[date(2026, 3, 2)] == 1
    assert calendar.counts[date(2026, 3, 12)] == 2
    assert view.calendar.streak_label.text().startswith("Current streak: 0 days · longest: 3 days")
    calendar.setCurrentPage(2026, 5)
    assert date(2026, 3, 2) not in calendar.counts


def test_calendar_paints_a_marked_day(
    qtbot: QtBot, database: Database, repository: HistoryRepository
) -> None:
    add_session(database, started_at=T0 + timedelta(days=2))  # Wednesday 4 March
    view = make_view(qtbot, repository)
    view.resize(700, 500)
    view.show()
    view.tabs.setCurrentIndex(TAB_CALENDAR)
    calendar = view.calendar.calendar
    calendar.setCurrentPage(2026, 3)
    calendar.setSelectedDate(calendar.selectedDate().addYears(-5))  # keep 4 March unselected
    calendar.setCurrentPage(2026, 3)
    image = calendar.grab().toImage()
    green = sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).name() == "#2b8a3e"
    )
    assert green > 20


def test_charts_load_on_first_view_and_follow_the_filter(
    qtbot: QtBot, database: Database, repository: HistoryRepository
) -> None:
    fill(database, 9)
    view = make_view(qtbot, repository)
    assert view.charts is None
    view.period_box.setCurrentIndex(view.period_box.count() - 1)  # everything
    view.tabs.setCurrentIndex(TAB_PROGRESS)
    charts = view.charts
    assert charts is not None
    weeks = charts.weeks
    assert sum(w.left_seconds for w in weeks) == 9 * 60.0
    left, right = charts.side_chart.series()
    assert (left.name(), right.name()) == ("Left working side", "Right working side")
    assert left.at(0).y() == pytest.approx(7 * 60.0 / 60)  # seven sessions in the first week
    assert right.at(0).y() == pytest.approx(7 * 40.0 / 60)
    effort, pain = charts.rating_chart.series()
    assert effort.count() == 9 and pain.count() == 9
    view.tabs.setCurrentIndex(TAB_SESSIONS)
    view.routine_box.setCurrentIndex(1)  # Side plank: days 0, 3, 6
    view.tabs.setCurrentIndex(TAB_PROGRESS)
    assert sum(w.left_seconds for w in charts.weeks) == 3 * 60.0
    assert len(charts.ratings) == 3


def test_export_json_and_csv(
    qtbot: QtBot, database: Database, repository: HistoryRepository, tmp_path: Path
) -> None:
    fill(database, 4)
    paths = SavePaths()
    view = make_view(qtbot, repository, ask_save_path=paths)
    paths.answers = [str(tmp_path / "out"), str(tmp_path / "out.csv"), None]
    view.export_json_action.trigger()
    data = json.loads((tmp_path / "out.json").read_text())
    assert len(data) == 4 and data[0]["started_at"] == "2026-03-05T08:00:00.000Z"
    assert view.status.text() == f"Exported 4 sessions to {tmp_path / 'out.json'}."
    view.routine_box.setCurrentIndex(1)
    view.export_csv_action.trigger()
    lines = (tmp_path / "out.csv").read_text().splitlines()
    assert len(lines) == 1 + 2 * 8  # Side plank on days 0 and 3, eight steps each
    view.export("json")  # cancelled: nothing written, nothing said
    assert "Exported 2 sessions" in view.status.text()
    assert [a[1] for a in paths.asked] == [
        "glute-timer-history.json",
        "glute-timer-history.csv",
        "glute-timer-history.json",
    ]


def test_export_to_an_unwritable_place_says_so(
    qtbot: QtBot, database: Database, repository: HistoryRepository, tmp_path: Path
) -> None:
    fill(database, 1)
    paths = SavePaths()
    paths.answers = [str(tmp_path / "no-such-folder" / "x.json")]
    view = make_view(qtbot, repository, ask_save_path=paths)
    view.export("json")
    assert "could not be written" in view.status.text()
    assert "Choose another folder" in view.status.text()


def test_notice_and_back(qtbot: QtBot, repository: HistoryRepository) -> None:
    view = make_view(qtbot, repository)
    view.show()
    view.set_notice("The history file was damaged. It was kept as /x/old.sqlite3.")
    assert view.notice.isVisible()
    view.set_notice("")
    assert not view.notice.isVisible()
    with qtbot.waitSignal(view.back_requested, timeout=1000):
        QTest.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.back_requested, timeout=1000):
        QTest.keyClick(view, Qt.Key.Key_Escape)


def _inside(widget: QWidget, root: QWidget) -> bool:
    corner = widget.mapTo(root, QPoint(widget.width(), widget.height()))
    return widget.isVisible() and corner.x() <= root.width() and corner.y() <= root.height()


def _check_small(qtbot: QtBot, view: HistoryView) -> None:
    view.resize(*MINIMUM_SIZE)
    view.show()
    qtbot.waitExposed(view)
    for widget in (view.back_button, view.routine_box, view.delete_button, view.export_button):
        assert _inside(widget, view)
        assert widget.height() >= widget.fontMetrics().height()
    assert view.table.height() > 80 and view.table.width() > 150
    assert view.detail.width() > 100
    view.tabs.setCurrentIndex(TAB_CALENDAR)
    assert _inside(view.tabs, view)
    assert view.calendar.calendar.isVisible()
    view.tabs.setCurrentIndex(TAB_PROGRESS)
    assert view.charts is not None and view.charts.side_view.isVisible()
    assert view.minimumSizeHint().width() <= MINIMUM_SIZE[0]
    assert view.minimumSizeHint().height() <= MINIMUM_SIZE[1]


def test_minimum_size(qtbot: QtBot, database: Database, repository: HistoryRepository) -> None:
    fill(database, 5)
    view = make_view(qtbot, repository)
    _check_small(qtbot, view)
    assert view.splitter.orientation() == Qt.Orientation.Horizontal


def test_large_text(
    large_text: float,
    qtbot: QtBot,
    database: Database,
    repository: HistoryRepository,
    request: pytest.FixtureRequest,
) -> None:
    known_in_german_at_2x(
        request,
        "the routine and period filters (Alle Programme, 12 Wochen) are a few characters too "
        "wide for the smallest window",
    )
    view = _large_text_view(qtbot, database, repository)
    # Rows grow with the font, so text is not clipped; at twice the size the detail goes
    # below the list.
    assert view.table.rowHeight(0) >= view.table.fontMetrics().height()
    if large_text >= 2.0:
        assert view.splitter.orientation() == Qt.Orientation.Vertical
    assert view.detail.steps.height() > 2 * view.detail.steps.fontMetrics().height()
    assert clipped(view, wrapped_labels=False) == []


def _large_text_view(
    qtbot: QtBot, database: Database, repository: HistoryRepository
) -> HistoryView:
    fill(database, 5)
    view = make_view(qtbot, repository)
    _check_small(qtbot, view)
    view.tabs.setCurrentIndex(TAB_SESSIONS)
    view.select_session(view.model.summary(0).id)  # type: ignore[union-attr]
    return view


@pytest.mark.xfail(
    strict=False,
    reason="known: at large text in the smallest window the selected session's one-line "
    "summary above its steps wraps and is cut to its first line",
)
def test_large_text_session_summary_is_not_cut(
    large_text: float, qtbot: QtBot, database: Database, repository: HistoryRepository
) -> None:
    view = _large_text_view(qtbot, database, repository)
    assert clipped(view) == []


def test_rating_can_be_given_later_from_the_detail(
    qtbot: QtBot, database: Database, repository: HistoryRepository
) -> None:
    sid = add_session(database, effort=3)
    view = make_view(qtbot, repository)
    view.show()
    assert not view.detail.rate_button.isEnabled()
    view.select_session(sid)
    assert view.detail.rate_button.isEnabled()
    QTest.mouseClick(view.detail.rate_button, Qt.MouseButton.LeftButton)
    dialog = view.rating_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.panel.rating().effort == 3  # the earlier rating is shown
    dialog.panel.pain.setValue(6)
    dialog.panel.note.setText("knee fine")
    with qtbot.waitSignal(dialog.finished, timeout=1000):
        QTest.mouseClick(dialog.panel.save_button, Qt.MouseButton.LeftButton)
    [summary] = repository.list_sessions()
    assert (summary.effort, summary.pain, summary.notes) == (3, 6, "knee fine")
    assert view.model.index(0, 6).data() == "6"
    assert view.selected_session_id() == sid
    # Esc in the dialog changes nothing.
    view.edit_rating()
    dialog = view.rating_dialog
    assert dialog is not None
    dialog.panel.pain.setValue(1)
    with qtbot.waitSignal(dialog.finished, timeout=1000):
        QTest.keyClick(dialog.panel.pain, Qt.Key.Key_Escape)
    assert repository.list_sessions()[0].pain == 6
