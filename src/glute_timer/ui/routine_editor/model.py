"""The list of a draft routine's exercises, as a Qt model that can be reordered by drag."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from glute_timer.formatting import exercise_amount_text
from glute_timer.ui.routine_editor.draft import RoutineDraft

ROW_MIME_TYPE = "application/x-glute-timer-exercise-row"

_Index = QModelIndex | QPersistentModelIndex


class ExerciseListModel(QAbstractListModel):
    """Rows are the draft's exercises; a drop asks for a move instead of changing rows itself.

    The draft only changes through undo commands, so a drop emits ``move_requested`` and
    returns False: the view then removes nothing, and the editor pushes a move command whose
    result comes back here through the draft's ``changed`` signal.

    Signals:
        move_requested(int, int): move the exercise at the first row to the second row.
    """

    move_requested = Signal(int, int)

    def __init__(self, draft: RoutineDraft, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._draft = draft
        self._exercises = draft.routine.exercises
        self.read_only = False
        draft.changed.connect(self._reload)

    def _reload(self) -> None:
        exercises = self._draft.routine.exercises
        if len(exercises) == len(self._exercises):
            # Same rows, new contents: a reset would drop the selection and the focus with it.
            self._exercises = exercises
            if exercises:
                self.dataChanged.emit(self.index(0, 0), self.index(len(exercises) - 1, 0))
            return
        self.beginResetModel()
        self._exercises = exercises
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._exercises)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._exercises):
            return None
        exercise = self._exercises[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {exercise.name}\n{exercise_amount_text(exercise)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return exercise.instructions or exercise.name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{exercise.name}, {exercise_amount_text(exercise)}"
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return base
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            mime.setData(ROW_MIME_TYPE, QByteArray(str(rows[0]).encode()))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        return not self.read_only and data.hasFormat(ROW_MIME_TYPE)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        if self.read_only or not data.hasFormat(ROW_MIME_TYPE):
            return False
        try:
            source = int(bytes(data.data(ROW_MIME_TYPE).data()).decode())
        except ValueError:
            return False
        # ``row`` is the gap the item was dropped into (-1: onto an item, or past the end).
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._exercises)
        target = row - 1 if row > source else row
        target = max(0, min(target, len(self._exercises) - 1))
        if target != source:
            self.move_requested.emit(source, target)
        return False
