"""A short message shown over a window for a moment (volume, mute, what an action did)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from glute_timer.domain.i18n import translate

TOAST_MS = 1500


class Toast(QLabel):
    """A rounded dark label centred near the top of its parent, hidden again by a timer."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Toast", "Message"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(
            "QLabel { background: rgba(0, 0, 0, 190); color: white; border-radius: 10px;"
            " padding: 10px 18px; font-size: 20px; }"
        )
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)

    def show_text(self, text: str, milliseconds: int = TOAST_MS) -> None:
        """Show ``text`` for ``milliseconds``; wraps when wider than 90 % of the parent."""
        host = self.parentWidget()
        width = host.width() if host is not None else 800
        height = host.height() if host is not None else 600
        self.setText(text)
        self.setWordWrap(False)
        self.adjustSize()
        if self.width() > width * 0.9:
            self.setWordWrap(True)
            self.setFixedWidth(int(width * 0.9))
            self.adjustSize()
        else:
            self.setMinimumWidth(0)
            self.setMaximumWidth(16777215)
        self.move((width - self.width()) // 2, height // 8)
        self.show()
        self.raise_()
        self._timer.start(milliseconds)
