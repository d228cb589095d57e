"""The history page: progress first, then the sessions with a session's steps, the calendar."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from glute_timer.domain import library
from glute_timer.domain.i18n import translate
from glute_timer.ui.dialogs.rating_dialog import RatingDialog
from glute_timer.ui.first_paint import after_first_paint
from glute_timer.ui.history.calendar import HistoryCalendar
from glute_timer.ui.history.dates import session_moment
from glute_timer.ui.history.export_button import ExportButton
from glute_timer.ui.history.filters import HistoryFilters
from glute_timer.ui.history.progress import ProgressPanel
from glute_timer.ui.history.questions import (
    AskOpenPath,
    AskSavePath,
    ConfirmDelete,
    ask_open_path_with_dialog,
    ask_save_path_with_dialog,
    confirm_delete_with_dialog,
)
from glute_timer.ui.history.report_job import (
    BackgroundJob,
    ImportHistory,
    ReportButton,
    WriteReport,
)
from glute_timer.ui.history.sessions_panel import SessionsPanel
from glute_timer.ui.history.table_model import PAGE_SIZE

if TYPE_CHECKING:
    from glute_timer.storage.history_repository import HistoryRepository
    from glute_timer.ui.history.charts import HistoryCharts

UNDO_SECONDS = 10.0
TAB_PROGRESS, TAB_SESSIONS, TAB_CALENDAR = 0, 1, 2


class HistoryView(QWidget):
    """Progress first (last session, week, streak, side balance, charts), then every
    session newest first with its detail, the calendar, export and the physio report.

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
        confirm_delete: ConfirmDelete = confirm_delete_with_dialog,
        write_report: WriteReport | None = None,
        import_history: ImportHistory | None = None,
        ask_open_path: AskOpenPath = ask_open_path_with_dialog,
        undo_seconds: float = UNDO_SECONDS,
        page_size: int = PAGE_SIZE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("HistoryView", "History"))
        self._repository = repository
        self._ask_save_path = ask_save_path
        self._confirm_delete = confirm_delete
        self._ask_open_path = ask_open_path
        self.import_job = BackgroundJob(import_history, self) if import_history else None
        if self.import_job is not None:
            self.import_job.finished.connect(self._imported)
        self._dirty_tabs: set[int] = {TAB_CALENDAR, TAB_PROGRESS}
        self._refresh_waiting = False

        self.back_button = QPushButton(translate("HistoryView", "Back"), self)
        self.back_button.setToolTip(translate("HistoryView", "Back to routines (Esc)"))
        self.back_button.clicked.connect(self.back_requested)
        self.filters = HistoryFilters(repository, self)
        self.routine_box = self.filters.routine_box
        self.period_box = self.filters.period_box
        self.short_box = self.filters.short_box
        self.delete_button = QPushButton(translate("HistoryView", "Delete"), self)
        self.delete_button.setProperty("role", "destructive")
        self.delete_button.setToolTip(
            translate(
                "HistoryView",
                "Delete the session selected in the list (Del); asks first, and it can be undone",
            )
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button = ExportButton(
            repository, ask_save_path, lambda: self.routine_filter, self.status_text, self
        )
        self.export_csv_action = self.export_button.csv_action
        self.export_json_action = self.export_button.json_action
        self.report_button: ReportButton | None = None
        if write_report is not None:
            self.report_button = ReportButton(
                write_report, ask_save_path, self._report_scope, self.status_text, self
            )
        # Two rows, what to show and what to do, so large text still fits the smallest window.
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.filters, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.export_button)
        if self.report_button is not None:
            actions.addWidget(self.report_button)

        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setAccessibleName(translate("HistoryView", "History notice"))
        self.notice.hide()

        self.sessions = SessionsPanel(
            repository, page_size, undo_seconds, lambda: self.routine_filter, self.status_text, self
        )
        self.sessions.changed.connect(self._refresh_all)
        self.sessions.reload_requested.connect(self.reload)
        self.sessions.delete_requested.connect(self.delete_selected)
        self.sessions.selection_changed.connect(self._enable_delete)
        # The page holds the undo keys (so Ctrl+Z works on any tab) and shows the undo bar.
        self.addAction(self.sessions.undo_action)
        self.addAction(self.sessions.redo_action)
        # The list's parts stay reachable here, where callers and tests have always found them.
        self.model = self.sessions.model
        self.table = self.sessions.table
        self.detail = self.sessions.detail
        self.splitter = self.sessions.splitter
        self.undo_stack = self.sessions.undo_stack
        self.undo_bar = self.sessions.undo_bar
        self.undo_label = self.sessions.undo_label
        self.undo_button = self.sessions.undo_button
        self.undo_timer = self.sessions.undo_timer
        self.undo_action = self.sessions.undo_action
        self.redo_action = self.sessions.redo_action

        self.calendar = HistoryCalendar(repository)
        self.progress = ProgressPanel(repository)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(_scroll(self.progress), translate("HistoryView", "Progress"))
        self.tabs.addTab(self.sessions, translate("HistoryView", "Sessions"))
        self.tabs.addTab(_scroll(self.calendar), translate("HistoryView", "Calendar"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(translate("HistoryView", "History status"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.notice)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

        self.filters.routine_changed.connect(self._routine_changed)
        self.filters.period_changed.connect(self._period_changed)
        self.filters.short_toggled.connect(self._short_toggled)
        self.sessions.after_reset()

    # ------------------------------------------------------------ public

    @property
    def routine_filter(self) -> str | None:
        """The routine whose sessions are shown (None: all)."""
        return self.filters.routine

    @property
    def period_weeks(self) -> int | None:
        """The weeks the progress covers (None: everything)."""
        return self.filters.period_weeks

    @property
    def rating_dialog(self) -> RatingDialog | None:
        """The rating dialog, while it is open."""
        return self.sessions.rating_dialog

    @property
    def charts(self) -> HistoryCharts | None:
        """The progress charts, once drawn."""
        return self.progress.charts

    def reload(self) -> None:
        """Re-read everything (after a workout was recorded, or a rating given)."""
        self.filters.fill_routines()
        self.model.reload()
        self._refresh_all()

    def _refresh_all(self) -> None:
        # The progress (charts and totals) is redrawn at once, whichever tab is shown, so
        # going back to it after a delete or an undo never shows the old numbers.
        self._dirty_tabs = {TAB_CALENDAR, TAB_PROGRESS}
        if self.progress.charts is not None:
            self._dirty_tabs.discard(TAB_PROGRESS)
            self.progress.reload(self.routine_filter, self.period_weeks, self.model.hide_short)
        self._refresh_current_tab()

    def use_window_undo(self, action: QAction) -> None:
        """Let the window's Undo (its menu and Ctrl+Z) undo here, instead of the page's own key.

        Both holding Ctrl+Z would make the key ambiguous, and neither would fire.
        """
        self.undo_action.setShortcut(QKeySequence())
        self.redo_action.setShortcut(QKeySequence())
        action.triggered.connect(self.undo_stack.undo)

    def set_notice(self, text: str) -> None:
        """Show (or, with "", hide) a message about the history above the table."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def select_session(self, session_id: int) -> bool:
        """Select ``session_id`` in the table (loading pages until it appears)."""
        return self.sessions.select_session(session_id)

    def selected_session_id(self) -> int | None:
        """The id of the session at the list's current row, if any."""
        return self.sessions.selected_session_id()

    def delete_selected(self) -> None:
        """Delete the session selected in the list, after asking (undoable)."""
        summary = self.sessions.selected_summary()
        if summary is None or self.tabs.currentIndex() != TAB_SESSIONS:
            self.status.setText(
                translate("HistoryView", "Select a session in the Sessions list to delete it.")
            )
            return
        label = translate("HistoryView", "{routine}, {when}").format(
            routine=library.shown(summary.routine),
            when=session_moment(self._repository.to_local(summary.started_at)),
        )
        if not self._confirm_delete(self, label):
            return
        self.sessions.delete(summary.id, label)

    def status_text(self, text: str) -> None:
        """Show ``text`` in the status line under the page."""
        self.status.setText(text)

    def import_with_dialog(self) -> None:
        """Ask for a history file (``history --json`` format) and merge it in the background."""
        job = self.import_job
        if job is None or job.running:
            return
        chosen = self._ask_open_path(
            self,
            translate("HistoryView", "Import history"),
            translate("HistoryView", "History files (*.json)"),
        )
        if chosen and job.start(Path(chosen)):
            self.status.setText(
                translate("HistoryView", "Importing {file}…").format(file=Path(chosen).name)
            )

    def _imported(self, message: str) -> None:
        self.reload()
        self.status.setText(message)

    def _report_scope(self) -> tuple[date, date, str | None]:
        today = self._repository.today()
        first = self.progress.period_start(self.period_weeks)
        if first is None:
            count = self._repository.count_sessions(self.routine_filter)
            oldest = self._repository.list_sessions(max(count - 1, 0), 1, self.routine_filter)
            first = self._repository.local_date(oldest[0].started_at) if oldest else today
        return first, today, self.routine_filter

    def edit_rating(self) -> None:
        """Open the rating dialog for the session shown in the detail pane."""
        self.sessions.edit_rating()

    def export(self, fmt: str) -> None:
        """Ask for a file and export the sessions shown (all, or the routine chosen)."""
        self.export_button.export(fmt)

    # ----------------------------------------------------------- private

    def _routine_changed(self) -> None:
        self.model.set_routine(self.routine_filter)
        self._dirty_tabs.add(TAB_PROGRESS)
        self._refresh_current_tab()

    def _period_changed(self) -> None:
        self._dirty_tabs.add(TAB_PROGRESS)
        self._refresh_current_tab()

    def _short_toggled(self, shown: bool) -> None:
        self.model.set_hide_short(not shown)
        self._refresh_all()

    def _enable_delete(self) -> None:
        self.delete_button.setEnabled(
            self.sessions.has_selection() and self.tabs.currentIndex() == TAB_SESSIONS
        )

    def _tab_changed(self, _index: int) -> None:
        self._enable_delete()
        self._refresh_current_tab()

    def _refresh_current_tab(self) -> None:
        index = self.tabs.currentIndex()
        if index not in self._dirty_tabs:
            return
        self._dirty_tabs.discard(index)
        if index == TAB_CALENDAR:
            self.calendar.reload()
        elif index == TAB_PROGRESS:
            self.progress.reload(self.routine_filter, self.period_weeks, self.model.hide_short)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The numbers are read after the page's first paint: the page shows at once.
        if not self._refresh_waiting:
            self._refresh_waiting = True
            after_first_paint(self, self._refresh_after_paint, fallback_ms=100)

    def _refresh_after_paint(self) -> None:
        self._refresh_waiting = False
        self._refresh_current_tab()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Side by side needs room for about 70 characters; narrower (a small window or a
        # large font) the detail goes below the list.
        wide = self.width() >= 70 * self.fontMetrics().averageCharWidth()
        self.sessions.set_wide(wide)

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
