"""The sessions table: a model that loads pages as the view scrolls, so years open fast."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from glute_timer.domain import library
from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate
from glute_timer.formatting import clock
from glute_timer.storage.history_records import SessionSummary
from glute_timer.ui.history.dates import session_moment

if TYPE_CHECKING:
    from glute_timer.storage.history_repository import HistoryRepository

log = logging.getLogger(__name__)

PAGE_SIZE = 100
CONTEXT = "SessionTable"
# The English names; :meth:`SessionTableModel.headerData` shows them translated.
COLUMNS = (
    QT_TRANSLATE_NOOP("SessionTable", "Date"),
    QT_TRANSLATE_NOOP("SessionTable", "Routine"),
    QT_TRANSLATE_NOOP("SessionTable", "Duration"),
    QT_TRANSLATE_NOOP("SessionTable", "Done"),
    QT_TRANSLATE_NOOP("SessionTable", "Status"),
    QT_TRANSLATE_NOOP("SessionTable", "Effort"),
    QT_TRANSLATE_NOOP("SessionTable", "Pain"),
    QT_TRANSLATE_NOOP("SessionTable", "Note"),
)
NOTE_COLUMN = 7
STATUS_TEXT = {
    "completed": QT_TRANSLATE_NOOP("SessionTable", "Completed"),
    "stopped": QT_TRANSLATE_NOOP("SessionTable", "Stopped"),
    "interrupted": QT_TRANSLATE_NOOP("SessionTable", "Interrupted"),
    "in_progress": QT_TRANSLATE_NOOP("SessionTable", "In progress"),
}


def status_text(status: str) -> str:
    """A session's stored status as the person reads it (an unknown one as stored)."""
    found = STATUS_TEXT.get(status)
    return translate(CONTEXT, found) if found else status


_Index = QModelIndex | QPersistentModelIndex


class SessionTableModel(QAbstractTableModel):
    """Sessions newest first; rows arrive a page at a time through ``fetchMore``."""

    def __init__(
        self,
        repository: HistoryRepository,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._page_size = page_size
        self._routine: str | None = None
        self._hide_short = True
        self._rows: list[SessionSummary] = []
        self._total = 0
        self.reload()

    @property
    def routine(self) -> str | None:
        return self._routine

    @property
    def total(self) -> int:
        """How many sessions match the filter (loaded or not)."""
        return self._total

    @property
    def hide_short(self) -> bool:
        """Whether sessions with under 10 s of holds and reps (mis-starts) are left out."""
        return self._hide_short

    def set_hide_short(self, hide: bool) -> None:
        """Leave out (or show again) the sessions with under 10 s of work."""
        self._hide_short = hide
        self.reload()

    def set_routine(self, routine: str | None) -> None:
        """Show only sessions of ``routine`` (None: all)."""
        self._routine = routine
        self.reload()

    def reload(self) -> None:
        """Forget loaded rows and load the first page again."""
        self.beginResetModel()
        try:
            self._total = self._repository.count_sessions(
                self._routine, hide_short=self._hide_short
            )
            self._rows = self._repository.list_sessions(
                0, self._page_size, self._routine, hide_short=self._hide_short
            )
        except Exception:
            log.exception("cannot read the history")
            self._total, self._rows = 0, []
        self.endResetModel()

    def summary(self, row: int) -> SessionSummary | None:
        """The session shown on ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, session_id: int) -> int | None:
        """The loaded row showing ``session_id``."""
        for row, summary in enumerate(self._rows):
            if summary.id == session_id:
                return row
        return None

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid():
            return
        try:
            page = self._repository.list_sessions(
                len(self._rows), self._page_size, self._routine, hide_short=self._hide_short
            )
        except Exception:
            log.exception("cannot read more of the history")
            return
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate(CONTEXT, COLUMNS[section]) if 0 <= section < len(COLUMNS) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(s, column)
        if role == Qt.ItemDataRole.UserRole:
            return s.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 5, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            locale = QLocale()
            return translate("SessionTable", "{done} of {planned} holds and sets completed").format(
                done=locale.toString(s.work_done), planned=locale.toString(s.work_planned)
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == NOTE_COLUMN and s.notes:
            return s.notes
        return None

    def _text(self, s: SessionSummary, column: int) -> str:
        if column == 0:
            return session_moment(self._repository.to_local(s.started_at))
        if column == 1:
            return library.shown(s.routine)
        if column == 2:
            return clock(s.active_seconds)
        if column == 3:
            if s.completion is None:
                return "—"
            percent = QLocale().toString(round(s.completion * 100))
            return translate("SessionTable", "{percent} %").format(percent=percent)
        if column == 4:
            return status_text(s.status)
        if column == 5:
            return "—" if s.effort is None else QLocale().toString(s.effort)
        if column == 6:
            return "—" if s.pain is None else QLocale().toString(s.pain)
        if column == NOTE_COLUMN:
            return " ".join(s.notes.split())
        return ""
