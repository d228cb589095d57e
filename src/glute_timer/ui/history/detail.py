"""One session in detail: each step planned against actual, what was skipped or not reached."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
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

from glute_timer.formatting import precise_seconds_text
from glute_timer.storage.history_records import SessionDetail
from glute_timer.ui.history.table_model import STATUS_TEXT

if TYPE_CHECKING:
    from glute_timer.storage.history_repository import HistoryRepository

STEP_COLUMNS = ("#", "Step", "Exercise", "Working side", "Set", "Planned", "Actual", "Result")
OUTCOME_TEXT = {
    "completed": "Done",
    "skipped": "Skipped",
    "stopped": "Stopped",
    "restarted": "Restarted",
}
NOT_REACHED = "Not reached"


class HistoryDetail(QWidget):
    """Shows a :class:`SessionDetail`, or a hint when nothing is selected."""

    def __init__(self, repository: HistoryRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repository = repository
        self.heading = QLabel("Select a session to see its steps.", self)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.setAccessibleName("Session summary")
        self.steps = QTableWidget(0, len(STEP_COLUMNS), self)
        self.steps.setAccessibleName("Steps of the session")
        self.steps.setHorizontalHeaderLabels(list(STEP_COLUMNS))
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.verticalHeader().hide()
        self.steps.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.steps.horizontalHeader().setStretchLastSection(True)
        self.steps.setMinimumSize(120, 60)
        self.rate_button = QPushButton("Rate…", self)
        self.rate_button.setToolTip("Give or change this session's effort, pain and note")
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
        self.heading.setText("Select a session to see its steps.")
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
        parts = [
            f"<b>{_escape(s.routine)}</b>",
            started.strftime("%d %b %Y %H:%M"),
            STATUS_TEXT.get(s.status, s.status),
            f"{s.work_done}/{s.work_planned} done",
            f"{s.skipped} skipped" if s.skipped else "none skipped",
            f"effort {'—' if s.effort is None else s.effort}, "
            f"pain {'—' if s.pain is None else s.pain}",
        ]
        text = " · ".join(parts)
        if s.notes:
            text += f"<br>Note: {_escape(s.notes)}"
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
                OUTCOME_TEXT.get(step.outcome, step.outcome),
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
                NOT_REACHED,
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
        values = [
            str(plan_index + 1),
            kind.capitalize(),
            exercise or "",
            (side or "").capitalize(),
            f"{set_number}/{set_count}" if set_count else "",
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
            elif column == 7 and result != OUTCOME_TEXT["completed"]:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.steps.setItem(row, column, item)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
