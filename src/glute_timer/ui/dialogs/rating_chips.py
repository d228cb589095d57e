"""A 0–10 scale as a row of chips: chosen with the mouse, the arrow keys, the number keys or
a clicker's Page Up/Down."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate
from glute_timer.ui.theme import set_role, space

SCALE = range(0, 11)
"""The effort and pain scale, 0 to 10: declared once, for every rating control."""
NOT_RATED = -1
NOT_RATED_TEXT = QT_TRANSLATE_NOOP("RatingChips", "not rated")
TEN_WINDOW_MS = 900  # "1" then "0" within this long reads as 10


class ScaleChips(QWidget):
    """Eleven checkable chips in one exclusive group; none checked means "not rated".

    The row takes the keyboard as one control (its focus ring drawn around the row): Left
    and Down lower, Right and Up raise, Page Down/Up (a clicker) too, 0–9 choose ("1" then
    "0" quickly: 10), Delete or Backspace clear.

    Signals:
        value_changed(int): the value (``NOT_RATED`` when cleared).
    """

    value_changed = Signal(int)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setProperty("chipRow", True)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.chips: list[QPushButton] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(space(1) // 2, space(1) // 2, space(1) // 2, space(1) // 2)
        row.setSpacing(space(1) // 2)
        for value in SCALE:
            chip = QPushButton(str(value), self)
            chip.setCheckable(True)
            chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            chip.setAccessibleName(
                translate("RatingChips", "{scale}: {value}").format(scale=name, value=value)
            )
            chip.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            set_role(chip, "chip")
            self.group.addButton(chip, value)
            row.addWidget(chip)
            self.chips.append(chip)
        self._fit_chips()
        self.group.idClicked.connect(self._clicked)
        self._value = NOT_RATED
        self._last_digit = ""
        self._digit_timer = QElapsedTimer()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_chips()

    def _fit_chips(self) -> None:
        """Room for "10" in bold and a finger-sized target, at any text size."""
        for chip in self.chips:
            bold = QFont(chip.font())
            bold.setBold(True)
            metrics = QFontMetrics(bold)
            chip.setMinimumWidth(metrics.horizontalAdvance("10") + space(2))
            chip.setMinimumHeight(metrics.height() + space(2))

    # -- the value -----------------------------------------------------------------------

    def value(self) -> int:
        """The chosen value, or ``NOT_RATED``."""
        return self._value

    def setValue(self, value: int) -> None:
        """Choose ``value`` (outside the scale: clear)."""
        value = value if value in SCALE else NOT_RATED
        if value == NOT_RATED:
            self.group.setExclusive(False)
            for chip in self.chips:
                chip.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.chips[value - SCALE.start].setChecked(True)
        if value != self._value:
            self._value = value
            self.setAccessibleDescription(self.text())
            self.value_changed.emit(value)

    def text(self) -> str:
        """The value as words: "7" or "not rated"."""
        if self._value == NOT_RATED:
            return translate("RatingChips", NOT_RATED_TEXT)
        return str(self._value)

    def _clicked(self, value: int) -> None:
        self.setValue(value)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    # -- keys ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        lower = (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_PageDown)
        higher = (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_PageUp)
        if key in lower or key in higher:
            step = -1 if key in lower else 1
            start = (SCALE.start if step > 0 else SCALE.stop) if self._value == NOT_RATED else None
            value = start - step if start is not None else self._value
            self.setValue(min(SCALE.stop - 1, max(SCALE.start, value + step)))
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.setValue(NOT_RATED)
            return
        digit = event.text()
        if len(digit) == 1 and digit.isdigit():
            quick = self._digit_timer.isValid() and self._digit_timer.elapsed() < TEN_WINDOW_MS
            if quick and self._last_digit == "1" and digit == "0":
                self.setValue(10)
                self._last_digit = ""
            else:
                self.setValue(int(digit))
                self._last_digit = digit
            self._digit_timer.start()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._last_digit = ""
