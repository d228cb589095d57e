"""The Sessions tab: every session newest first beside its steps, with delete, undo and rating."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from glute_timer.domain import library
from glute_timer.domain.i18n import PLURAL, translate
from glute_timer.storage.storage_errors import describe_storage_error as _reason
from glute_timer.ui.dialogs.rating_dialog import Rating, RatingDialog
from glute_timer.ui.history.detail import HistoryDetail
from glute_timer.ui.history.table_model import NOTE_COLUMN, SessionTableModel

if TYPE_CHECKING:
    from glute_timer.storage.history_records import SessionSummary
    from glute_timer.storage.history_repository import HistoryRepository

log = logging.getLogger(__name__)

# Shows one line in the page's status line.
ShowStatus = Callable[[str], None]


class _DeleteSession(QUndoCommand):
    """Deleting a session; undo brings it back."""

    def __init__(self, panel: SessionsPanel, session_id: int, label: str) -> None:
        super().__init__(
            translate("HistorySessions", "Delete session of {session}").format(session=label)
        )
        self._panel = panel
        self.session_id = session_id
        self.label = label

    def redo(self) -> None:
        self._panel._apply_delete(self.session_id, self.label)

    def undo(self) -> None:
        self._panel._apply_restore(self.session_id)


class SessionsPanel(QWidget):
    """The sessions list and the selected session's detail, side by side or one above the other.

    Deleting pushes an undoable command on :attr:`undo_stack`; :attr:`undo_bar` (placed by the
    page, above its tabs) offers Undo for a while after. The page places the undo actions too.

    Signals:
        changed(): a session was deleted or brought back; the totals elsewhere are stale.
        reload_requested(): a rating was saved; the whole page should be read again.
        delete_requested(): Del was pressed on the list.
        selection_changed(): the selected session changed (or the list was re-read).
    """

    changed = Signal()
    reload_requested = Signal()
    delete_requested = Signal()
    selection_changed = Signal()

    def __init__(
        self,
        repository: HistoryRepository,
        page_size: int,
        undo_seconds: float,
        routine_filter: Callable[[], str | None],
        status: ShowStatus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._routine_filter = routine_filter
        self._status = status
        # Questions open over the whole page, as before the list had a panel of its own.
        self._dialog_parent = parent or self

        self.undo_stack = QUndoStack(self)
        self.undo_bar = QFrame(self)
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton(translate("HistorySessions", "Undo"), self.undo_bar)
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
        self.undo_action = self.undo_stack.createUndoAction(
            self, translate("HistorySessions", "Undo")
        )
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.redo_action = self.undo_stack.createRedoAction(
            self, translate("HistorySessions", "Redo")
        )
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.model = SessionTableModel(repository, page_size, self)
        self.table = QTableView(self)
        self.table.setAccessibleName(translate("HistorySessions", "Sessions, newest first"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The notes take the room left; numbers keep their width (no half-pane Pain column).
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.table.setMinimumSize(160, 80)
        # Del on the table: a key filter rather than a shortcut, so it works as soon as the
        # table has focus, whatever else holds shortcuts in the window.
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.selectionModel().selectionChanged.connect(
            lambda _new, _old: self.selection_changed.emit()
        )
        self.model.modelReset.connect(self.after_reset)

        self.detail = HistoryDetail(repository, self)
        self.detail.rate_button.clicked.connect(self.edit_rating)
        self.rating_dialog: RatingDialog | None = None
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def has_selection(self) -> bool:
        """Whether a session is selected in the list."""
        return bool(self.table.selectionModel().selectedRows())

    def selected_summary(self) -> SessionSummary | None:
        """The session selected in the list, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.summary(rows[0].row()) if rows else None

    def selected_session_id(self) -> int | None:
        """The id of the session at the list's current row, if any."""
        index = self.table.currentIndex()
        summary = self.model.summary(index.row()) if index.isValid() else None
        return summary.id if summary else None

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

    def delete(self, session_id: int, label: str) -> None:
        """Delete ``session_id`` (already confirmed) as an undoable step."""
        self.undo_stack.push(_DeleteSession(self, session_id, label))

    def set_wide(self, wide: bool) -> None:
        """List and detail side by side when ``wide``, else the detail below the list."""
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)

    def edit_rating(self) -> None:
        """Open the rating dialog for the session shown in the detail pane."""
        detail = self.detail.detail
        if detail is None:
            return
        s = detail.summary
        dialog = RatingDialog(
            s.routine,
            self._dialog_parent,
            initial=Rating(s.effort, s.pain, s.notes),
            changing=True,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_rating(s.id, dialog.result_rating))
        self.rating_dialog = dialog
        dialog.finished.connect(lambda _code: setattr(self, "rating_dialog", None))
        dialog.open()

    def after_reset(self) -> None:
        """Say how many sessions the list holds (and how many short starts it hides)."""
        total = self.model.total
        routine = self._routine_filter()
        if not total:
            text = translate("HistorySessions", "No sessions recorded yet.")
        elif routine is None:
            text = translate("HistorySessions", "%n session(s).", None, PLURAL, total)
        else:
            text = translate(
                "HistorySessions", "%n session(s) of {routine}.", None, PLURAL, total
            ).format(routine=library.shown(routine))
        if self.model.hide_short:
            try:
                hidden = self._repository.count_sessions(routine) - total
            except Exception:
                log.exception("cannot count the short starts")
                hidden = 0
            if hidden:
                text += " " + _hidden_text(hidden)
        self._status(text)
        self.detail.clear()
        self.selection_changed.emit()

    # ----------------------------------------------------------- private

    def _save_rating(self, session_id: int, rating: Rating | None) -> None:
        if rating is None:
            return
        try:
            self._repository.set_rating(session_id, rating.effort, rating.pain, rating.note)
        except Exception as error:
            log.exception("cannot save a rating")
            self._status(
                translate("HistorySessions", "The rating could not be saved: {reason}.").format(
                    reason=_reason(error)
                )
            )
            return
        self.reload_requested.emit()
        self.select_session(session_id)
        self._status(translate("HistorySessions", "Rating saved."))

    def _apply_delete(self, session_id: int, label: str) -> None:
        try:
            deleted = self._repository.delete_session(session_id)
        except Exception as error:
            log.exception("delete failed")
            self._status(
                translate("HistorySessions", "The session could not be deleted: {reason}.").format(
                    reason=_reason(error)
                )
            )
            return
        if not deleted:
            return
        row = self.table.currentIndex().row()
        self.model.reload()
        self.changed.emit()
        if self.model.rowCount():
            self.table.selectRow(min(max(row, 0), self.model.rowCount() - 1))
        self.undo_label.setText(
            translate("HistorySessions", "Deleted the session of {session}.").format(session=label)
        )
        self.undo_bar.show()
        self.undo_timer.start()

    def _apply_restore(self, session_id: int) -> None:
        try:
            restored = self._repository.restore_session(session_id)
        except Exception as error:
            log.exception("restore failed")
            self._status(
                translate(
                    "HistorySessions", "The session could not be brought back: {reason}."
                ).format(reason=_reason(error))
            )
            return
        self.undo_bar.hide()
        self.undo_timer.stop()
        if restored:
            self.model.reload()
            self.changed.emit()
            self.select_session(session_id)
            self._status(translate("HistorySessions", "The session is back."))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = self.model.summary(current.row()) if current.isValid() else None
        self.selection_changed.emit()
        if summary is None:
            self.detail.clear()
            return
        try:
            self.detail.show_detail(self._repository.session_detail(summary.id))
        except Exception as error:
            log.exception("cannot read a session")
            self.detail.clear()
            self._status(
                translate("HistorySessions", "That session cannot be read: {reason}.").format(
                    reason=_reason(error)
                )
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.delete_requested.emit()
            return True
        return super().eventFilter(watched, event)


def _hidden_text(hidden: int) -> str:
    return translate(
        "HistorySessions", "%n short start(s) (under 10 s) hidden.", None, PLURAL, hidden
    )
