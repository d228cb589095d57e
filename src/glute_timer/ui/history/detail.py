"""One session in detail: each step planned against actual, what was skipped or not reached."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from glute_timer.domain import library
from glute_timer.domain.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from glute_timer.formatting import precise_seconds_text
from glute_timer.storage.history_records import SessionDetail
from glute_timer.ui.history.dates import session_moment_without_weekday
from glute_timer.ui.history.table_model import status_text

if TYPE_CHECKING:
    from glute_timer.storage.history_repository import HistoryRepository

CONTEXT = "HistoryDetail"
STEP_COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryDetail", "#"),
    QT_TRANSLATE_NOOP("HistoryDetail", "Step"),
    QT_TRANSLATE_NOOP("HistoryDetail", "Exercise"),
    QT_TRANSLATE_NOOP("HistoryDetail", "Working side"),
    QT_TRANSLATE_NOOP("HistoryDetail", "Set"),
    QT_TRANSLATE_NOOP("HistoryDetail", "Planned"),
    QT_TRANSLATE_NOOP("HistoryDetail", "Actual"),
    QT_TRANSLATE_NOOP("HistoryDetail", "Result"),
)
OUTCOME_TEXT = {
    "completed": QT_TRANSLATE_NOOP("HistoryDetail", "Done"),
    "skipped": QT_TRANSLATE_NOOP("HistoryDetail", "Skipped"),
    "stopped": QT_TRANSLATE_NOOP("HistoryDetail", "Stopped"),
    "restarted": QT_TRANSLATE_NOOP("HistoryDetail", "Restarted"),
}
NOT_REACHED = QT_TRANSLATE_NOOP("HistoryDetail", "Not reached")
STEP_KIND_TEXT = {
    "prepare": QT_TRANSLATE_NOOP("HistoryDetail", "Prepare"),
    "hold": QT_TRANSLATE_NOOP("HistoryDetail", "Hold"),
    "reps": QT_TRANSLATE_NOOP("HistoryDetail", "Reps"),
    "switch": QT_TRANSLATE_NOOP("HistoryDetail", "Switch"),
    "rest": QT_TRANSLATE_NOOP("HistoryDetail", "Rest"),
    "finish": QT_TRANSLATE_NOOP("HistoryDetail", "Finish"),
}
SIDE_TEXT = {
    "left": QT_TRANSLATE_NOOP("HistoryDetail", "Left"),
    "right": QT_TRANSLATE_NOOP("HistoryDetail", "Right"),
}


def _shown(table: dict[str, str], key: str | None) -> str:
    """The translated label for a stored value; an unknown value as stored."""
    if not key:
        return ""
    found = table.get(key)
    return translate(CONTEXT, found) if found else key.capitalize()


class HistoryDetail(QWidget):
    """Shows a :class:`SessionDetail`, or a hint when nothing is selected."""

    def __init__(self, repository: HistoryRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repository = repository
        self.heading = QLabel(
            translate("HistoryDetail", "Select a session to see its steps."), self
        )
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.setAccessibleName(translate("HistoryDetail", "Session summary"))
        self.steps = QTableWidget(0, len(STEP_COLUMNS), self)
        self.steps.setAccessibleName(translate("HistoryDetail", "Steps of the session"))
        self.steps.setHorizontalHeaderLabels([translate(CONTEXT, c) for c in STEP_COLUMNS])
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.verticalHeader().hide()
        self.steps.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.steps.horizontalHeader().setStretchLastSection(True)
        self.steps.setMinimumSize(120, 60)
        self.rate_button = QPushButton(translate("HistoryDetail", "Rate…"), self)
        self.rate_button.setToolTip(
            translate("HistoryDetail", "Give or change this session's effort, pain and note")
        )
        self.rate_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.rate_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.steps, 1)
        self.detail: SessionDetail | None = None

    def clear(self) -> None:
        self.detail = None
        self.rate_button.setEnabled(False)
        self.heading.setText(translate("HistoryDetail", "Select a session to see its steps."))
        self.steps.setRowCount(0)

    def show_detail(self, detail: SessionDetail | None) -> None:
        """Fill the pane with ``detail`` (None clears it)."""
        if detail is None:
            self.clear()
            return
        self.detail = detail
        self.rate_button.setEnabled(True)
        s = detail.summary
        started = self._repository.to_local(s.started_at)
        locale = QLocale()
        skipped = s.skipped
        parts = [
            f"<b>{_escape(library.shown(s.routine))}</b>",
            session_moment_without_weekday(started),
            status_text(s.status),
            translate("HistoryDetail", "{done}/{planned} done").format(
                done=locale.toString(s.work_done), planned=locale.toString(s.work_planned)
            ),
            translate("HistoryDetail", "%n skipped", None, PLURAL, skipped)
            if skipped
            else translate("HistoryDetail", "none skipped"),
            translate("HistoryDetail", "effort {effort}, pain {pain}").format(
                effort=_rating(s.effort), pain=_rating(s.pain)
            ),
        ]
        text = " · ".join(parts)
        if s.notes:
            text += "<br>" + translate("HistoryDetail", "Note: {note}").format(
                note=_escape(s.notes)
            )
        self.heading.setText(text)
        rows = len(detail.steps) + len(detail.not_reached)
        self.steps.setRowCount(rows)
        row = 0
        for step in detail.steps:
            self._fill(
                row,
                step.plan_index,
                step.kind,
                step.exercise,
                step.side,
                step.set_number,
                step.set_count,
                step.planned_seconds,
                precise_seconds_text(step.actual_seconds),
                _outcome(step.outcome),
                dim=False,
            )
            row += 1
        for planned in detail.not_reached:
            self._fill(
                row,
                planned.plan_index,
                planned.kind,
                planned.exercise,
                planned.side,
                planned.set_number,
                planned.set_count,
                planned.planned_seconds,
                "—",
                translate(CONTEXT, NOT_REACHED),
                dim=True,
            )
            row += 1

    def _fill(
        self,
        row: int,
        plan_index: int,
        kind: str,
        exercise: str | None,
        side: str | None,
        set_number: int,
        set_count: int,
        planned: float,
        actual: str,
        result: str,
        *,
        dim: bool,
    ) -> None:
        locale = QLocale()
        number = plan_index + 1
        values = [
            locale.toString(number),
            _shown(STEP_KIND_TEXT, kind),
            library.shown(exercise or ""),
            _shown(SIDE_TEXT, side),
            f"{locale.toString(set_number)}/{locale.toString(set_count)}" if set_count else "",
            precise_seconds_text(planned),
            actual,
            result,
        ]
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if dim:
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
                item.setForeground(QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText)))
            elif column == 7 and result != translate(CONTEXT, OUTCOME_TEXT["completed"]):
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.steps.setItem(row, column, item)


def _outcome(outcome: str) -> str:
    found = OUTCOME_TEXT.get(outcome)
    return translate(CONTEXT, found) if found else outcome


def _rating(value: int | None) -> str:
    return "—" if value is None else QLocale().toString(value)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
