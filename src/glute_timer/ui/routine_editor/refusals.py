"""Refusing a value where it was typed: the field is tinted and says why, a label explains."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from glute_timer.domain.i18n import translate
from glute_timer.domain.validation import Problem

# A refused field is tinted through its palette, not a style sheet: style sheets stop the
# font (text size setting) from reaching the widgets under them.
_INVALID_BASE = QColor("#ffd7d7")
_INVALID_TEXT = QColor("#8e0000")
_PROBLEM_TEXT = QColor("#c62828")


def _problem_label() -> QLabel:
    label = QLabel()
    label.setObjectName("problems")
    label.setWordWrap(True)
    bold = QFont()
    bold.setBold(True)
    label.setFont(bold)
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, _PROBLEM_TEXT)
    label.setPalette(palette)
    label.setAccessibleName(translate("FieldRefusals", "Problems"))
    label.hide()
    return label


class FieldRefusals:
    """The fields holding a refused value, and ``label``, where the reasons are shown.

    A refused field keeps what was typed, is tinted, and carries the reason in its tooltip
    and accessible description until it is accepted again.
    """

    def __init__(self) -> None:
        self.label = _problem_label()
        self._invalid: dict[QWidget, str] = {}

    @property
    def any_refused(self) -> bool:
        """Whether some field holds a refused value."""
        return bool(self._invalid)

    def refuse(self, widget: QWidget, problems: Iterable[Problem]) -> None:
        """Mark ``widget`` as holding a value that breaks ``problems`` and say why."""
        message = "\n".join(p.message for p in problems)
        self._invalid[widget] = message
        widget.setProperty("invalid", True)
        widget.setToolTip(message)
        widget.setAccessibleDescription(message)
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Base, _INVALID_BASE)
        palette.setColor(QPalette.ColorRole.Button, _INVALID_BASE)
        palette.setColor(QPalette.ColorRole.Text, _INVALID_TEXT)
        widget.setPalette(palette)
        self.show_message(message)

    def accept(self, widget: QWidget) -> None:
        """``widget``'s value is fine again; the label empties once no field is refused."""
        if widget in self._invalid:
            del self._invalid[widget]
            widget.setProperty("invalid", False)
            widget.setToolTip("")
            widget.setAccessibleDescription("")
            widget.setPalette(QPalette())
        if not self._invalid:
            self.show_message("")

    def clear(self) -> None:
        """Accept every refused field."""
        for widget in list(self._invalid):
            self.accept(widget)

    def show_problems(self, problems: Iterable[Problem]) -> None:
        """Show problems found in the whole routine, each with the field it is about."""
        self.show_message("\n".join(str(p) for p in problems))

    def show_message(self, message: str) -> None:
        """Show ``message`` in the label ('' hides it)."""
        self.label.setText(message)
        self.label.setVisible(bool(message))

    def message(self) -> str:
        """The label's text, shown or not."""
        return self.label.text()

    def shown_text(self) -> str:
        """The problems shown to the person right now ('' when none)."""
        return self.label.text() if not self.label.isHidden() else ""
