"""A short message with an "Undo" button that hides itself after a while."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from glute_timer.domain.i18n import translate

UNDO_MS = 12_000
"""Long enough to read the message from the mat and reach the button."""


class UndoBar(QWidget):
    """Shows "<what was done>  [Undo]"; Undo calls the function given to :meth:`offer`.

    Signals:
        cleared(): the message was hidden (timed out, undone or cleared).
    """

    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(translate("UndoBar", "Done"))
        self.undo_button = QPushButton(translate("UndoBar", "Undo"), self)
        self.undo_button.setAccessibleName(translate("UndoBar", "Undo"))
        self.undo_button.setProperty("role", "secondary")
        self.undo_button.clicked.connect(self._undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        self._undo_action: Callable[[], None] | None = None
        self.hide()

    def offer(self, text: str, undo: Callable[[], None] | None) -> None:
        """Show ``text``; with ``undo``, an Undo button that calls it (once)."""
        self.label.setText(text)
        self._undo_action = undo
        self.undo_button.setVisible(undo is not None)
        self.show()
        self._timer.start(UNDO_MS)

    def clear(self) -> None:
        """Hide the message; Undo is no longer offered."""
        self._undo_action = None
        self._timer.stop()
        self.hide()
        self.cleared.emit()

    def _undo(self) -> None:
        action = self._undo_action
        self.clear()
        if action is not None:
            action()
