"""The history page: sessions, a session's steps, a calendar with streaks, charts, export."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from glute_timer.storage.history_repository import HistoryRepository
from glute_timer.ui.dialogs.rating_dialog import Rating, RatingDialog
from glute_timer.ui.history.calendar import HistoryCalendar
from glute_timer.ui.history.detail import HistoryDetail
from glute_timer.ui.history.table_model import PAGE_SIZE, SessionTableModel

if TYPE_CHECKING:
    from glute_timer.ui.history.charts import HistoryCharts

log = logging.getLogger(__name__)

# Asks where to save: (parent, title, suggested file name, name filter) -> path or None.
AskSavePath = Callable[[QWidget, str, str, str], str | None]
ALL_ROUTINES = "All routines"
UNDO_SECONDS = 10.0
TAB_SESSIONS, TAB_CALENDAR, TAB_CHARTS = 0, 1, 2


def ask_save_path_with_dialog(parent: QWidget, title: str, name: str, filters: str) -> str | None:
    """The platform's save dialog."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), filters)
    return path or None


class _DeleteSession(QUndoCommand):
    """Deleting a session; undo brings it back."""

    def __init__(self, view: HistoryView, session_id: int, label: str) -> None:
        super().__init__(f"Delete session of {label}")
        self._view = view
        self.session_id = session_id
        self.label = label

    def redo(self) -> None:
        self._view._apply_delete(self.session_id, self.label)

    def undo(self) -> None:
        self._view._apply_restore(self.session_id)


class HistoryView(QWidget):
    """Every recorded session, newest first, with detail, calendar, charts and export.

    Construct it with a :class:`HistoryRepository`; call :meth:`reload` when a workout has
    been recorded (or when the page is shown) and :meth:`set_notice` to show a message about
    the history itself (e.g. where a damaged file was kept).

    Signals:
        back_requested(): the person wants the previous page.
    """

    back_requested = Signal()

    def __init__(
        self,
        repository: HistoryRepository,
        *,
        ask_save_path: AskSavePath = ask_save_path_with_dialog,
        undo_seconds: float = UNDO_SECONDS,
        page_size: int = PAGE_SIZE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName("History")
        self._repository = repository
        self._ask_save_path = ask_save_path
        self.charts: HistoryCharts | None = None
        self._dirty_tabs: set[int] = {TAB_CALENDAR, TAB_CHARTS}

        self.back_button = QPushButton("Back", self)
        self.back_button.setToolTip("Back to routines (Esc)")
        self.back_button.clicked.connect(self.back_requested)
        self.routine_box = QComboBox(self)
        self.routine_box.setAccessibleName("Show sessions of routine")
        self.routine_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.routine_box.setMinimumContentsLength(8)
        self.delete_button = QPushButton("Delete", self)
        self.delete_button.setToolTip("Delete the selected session (Del); it can be undone")
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button = QToolButton(self)
        self.export_button.setText("Export")
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.export_csv_action = menu.addAction("CSV (one row per step)…")
        self.export_csv_action.triggered.connect(lambda: self.export("csv"))
        self.export_json_action = menu.addAction("JSON…")
        self.export_json_action.triggered.connect(lambda: self.export("json"))
        self.export_button.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.routine_box, 1)
        top.addWidget(self.delete_button)
        top.addWidget(self.export_button)

        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setAccessibleName("History notice")
        self.notice.hide()

        self.undo_stack = QUndoStack(self)
        self.undo_bar = QFrame(self)
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton("Undo", self.undo_bar)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(6, 2, 6, 2)
        bar.addWidget(self.undo_label, 1)
        bar.addWidget(self.undo_button)
        self.undo_bar.hide()
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.setInterval(round(undo_seconds * 1000))
        self.undo_timer.timeout.connect(self.undo_bar.hide)
        self.undo_action = self.undo_stack.createUndoAction(self, "Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.undo_action)
        self.redo_action = self.undo_stack.createRedoAction(self, "Redo")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.redo_action)

        self.model = SessionTableModel(repository, page_size, self)
        self.table = QTableView(self)
        self.table.setAccessibleName("Sessions, newest first")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setMinimumSize(160, 80)
        # Del on the table: a key filter rather than a shortcut, so it works as soon as the
        # table has focus, whatever else holds shortcuts in the window.
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._after_reset)

        self.detail = HistoryDetail(repository, self)
        self.detail.rate_button.clicked.connect(self.edit_rating)
        self.rating_dialog: RatingDialog | None = None
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.calendar = HistoryCalendar(repository)
        self._charts_area = _scroll(QLabel("Loading charts…"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.splitter, "Sessions")
        self.tabs.addTab(_scroll(self.calendar), "Calendar")
        self.tabs.addTab(self._charts_area, "Charts")
        self.tabs.currentChanged.connect(self._tab_changed)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName("History status")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

        self._fill_routines()
        self.routine_box.currentIndexChanged.connect(self._routine_changed)
        self._after_reset()

    # ------------------------------------------------------------ public

    @property
    def routine_filter(self) -> str | None:
        """The routine whose sessions are shown (None: all)."""
        data = self.routine_box.currentData()
        return data if isinstance(data, str) else None

    def reload(self) -> None:
        """Re-read everything (after a workout was recorded, or a rating given)."""
        self._fill_routines()
        self.model.reload()
        self._dirty_tabs = {TAB_CALENDAR, TAB_CHARTS}
        self._refresh_current_tab()

    def set_notice(self, text: str) -> None:
        """Show (or, with "", hide) a message about the history above the table."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def select_session(self, session_id: int) -> bool:
        """Select ``session_id`` in the table (loading pages until it appears)."""
        row = self.model.row_of(session_id)
        while row is None and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
            row = self.model.row_of(session_id)
        if row is None:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def selected_session_id(self) -> int | None:
        index = self.table.currentIndex()
        summary = self.model.summary(index.row()) if index.isValid() else None
        return summary.id if summary else None

    def delete_selected(self) -> None:
        """Delete the selected session (undoable)."""
        index = self.table.currentIndex()
        summary = self.model.summary(index.row()) if index.isValid() else None
        if summary is None:
            self.status.setText("Select a session to delete.")
            return
        label = (
            f"{summary.routine}, {self._repository.to_local(summary.started_at):%a %d %b %Y %H:%M}"
        )
        self.undo_stack.push(_DeleteSession(self, summary.id, label))

    def edit_rating(self) -> None:
        """Open the rating dialog for the session shown in the detail pane."""
        detail = self.detail.detail
        if detail is None:
            return
        s = detail.summary
        dialog = RatingDialog(
            s.routine, self, initial=Rating(s.effort, s.pain, s.notes), changing=True
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_rating(s.id, dialog.result_rating))
        self.rating_dialog = dialog
        dialog.finished.connect(lambda _code: setattr(self, "rating_dialog", None))
        dialog.open()

    def _save_rating(self, session_id: int, rating: Rating | None) -> None:
        if rating is None:
            return
        try:
            self._repository.set_rating(session_id, rating.effort, rating.pain, rating.note)
        except Exception as error:
            log.exception("cannot save a rating")
            self.status.setText(f"The rating could not be saved: {error}.")
            return
        self.reload()
        self.select_session(session_id)
        self.status.setText("Rating saved.")

    def export(self, fmt: str) -> None:
        """Ask for a file and export the sessions shown (all, or the routine chosen)."""
        routine = self.routine_filter
        suffix = "csv" if fmt == "csv" else "json"
        filters = "CSV files (*.csv)" if fmt == "csv" else "JSON files (*.json)"
        chosen = self._ask_save_path(
            self, f"Export history as {suffix.upper()}", f"glute-timer-history.{suffix}", filters
        )
        if not chosen:
            return
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(f".{suffix}")
        try:
            count = self._repository.export(target, fmt, routine)
        except OSError as error:
            self.status.setText(
                f"The history could not be written to {target}: {error.strerror or error}. "
                "Choose another folder."
            )
            return
        except Exception as error:
            log.exception("export failed")
            self.status.setText(f"The history could not be exported: {error}.")
            return
        self.status.setText(f"Exported {_sessions(count)} to {target}.")

    # ----------------------------------------------------------- private

    def _apply_delete(self, session_id: int, label: str) -> None:
        try:
            deleted = self._repository.delete_session(session_id)
        except Exception as error:
            log.exception("delete failed")
            self.status.setText(f"The session could not be deleted: {error}.")
            return
        if not deleted:
            return
        row = self.table.currentIndex().row()
        self.model.reload()
        self._dirty_tabs = {TAB_CALENDAR, TAB_CHARTS}
        if self.model.rowCount():
            self.table.selectRow(min(max(row, 0), self.model.rowCount() - 1))
        self.undo_label.setText(f"Deleted the session of {label}.")
        self.undo_bar.show()
        self.undo_timer.start()

    def _apply_restore(self, session_id: int) -> None:
        try:
            restored = self._repository.restore_session(session_id)
        except Exception as error:
            log.exception("restore failed")
            self.status.setText(f"The session could not be brought back: {error}.")
            return
        self.undo_bar.hide()
        self.undo_timer.stop()
        if restored:
            self.model.reload()
            self._dirty_tabs = {TAB_CALENDAR, TAB_CHARTS}
            self.select_session(session_id)
            self.status.setText("The session is back.")

    def _fill_routines(self) -> None:
        current = self.routine_filter
        try:
            names = self._repository.routine_names()
        except Exception:
            log.exception("cannot read routine names")
            names = []
        self.routine_box.blockSignals(True)
        self.routine_box.clear()
        self.routine_box.addItem(ALL_ROUTINES, None)
        for name in names:
            self.routine_box.addItem(name, name)
        if current is not None and current in names:
            self.routine_box.setCurrentIndex(names.index(current) + 1)
        self.routine_box.blockSignals(False)

    def _routine_changed(self, _index: int) -> None:
        self.model.set_routine(self.routine_filter)
        self._dirty_tabs.add(TAB_CHARTS)
        self._refresh_current_tab()

    def _after_reset(self) -> None:
        total = self.model.total
        shown = "" if self.routine_filter is None else f" of {self.routine_filter}"
        self.status.setText(f"{_sessions(total)}{shown}." if total else "No sessions recorded yet.")
        self.table.resizeColumnsToContents()
        self.detail.clear()
        self.delete_button.setEnabled(total > 0)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = self.model.summary(current.row()) if current.isValid() else None
        if summary is None:
            self.detail.clear()
            return
        try:
            self.detail.show_detail(self._repository.session_detail(summary.id))
        except Exception as error:
            log.exception("cannot read a session")
            self.detail.clear()
            self.status.setText(f"That session cannot be read: {error}.")

    def _tab_changed(self, _index: int) -> None:
        self._refresh_current_tab()

    def _refresh_current_tab(self) -> None:
        index = self.tabs.currentIndex()
        if index not in self._dirty_tabs:
            return
        self._dirty_tabs.discard(index)
        if index == TAB_CALENDAR:
            self.calendar.reload()
        elif index == TAB_CHARTS:
            charts = self._ensure_charts()
            charts.set_routine(self.routine_filter)

    def _ensure_charts(self) -> HistoryCharts:
        if self.charts is None:
            # QtCharts loads only when the charts are first wanted: the page opens faster.
            from glute_timer.ui.history.charts import HistoryCharts

            self.charts = HistoryCharts(self._repository, self.routine_filter)
            self._charts_area.setWidget(self.charts)
        return self.charts

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Side by side needs room for about 70 characters; narrower (a small window or a
        # large font) the detail goes below the list.
        wide = self.width() >= 70 * self.fontMetrics().averageCharWidth()
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            return
        super().keyPressEvent(event)


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def _sessions(n: int) -> str:
    return f"{n} session" if n == 1 else f"{n} sessions"
