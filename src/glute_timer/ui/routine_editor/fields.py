"""Builders for the editor's number and choice fields, and how a typed number is committed."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

from glute_timer.domain.i18n import translate

# Spin boxes accept more than the limits so that a value out of range reaches validation and
# is refused with the same sentence a routine file would get, instead of silently clamping.
SPIN_MAX = 99_999


def spin(minimum: int = 0, suffix: str = "") -> QSpinBox:
    """A spin box from ``minimum`` to far past any limit, so validation does the refusing."""
    box = QSpinBox()
    box.setRange(minimum, SPIN_MAX)
    box.setSuffix(suffix)
    box.setAccelerated(True)
    return box


def seconds_spin() -> QSpinBox:
    """A :func:`spin` from 0 for a number of seconds, the unit shown after the number."""
    return spin(0, translate("EditorFields", " s", "unit after a number of seconds"))


def combo(items: Iterable[tuple[str, Any]]) -> QComboBox:
    """A combo box of (text, value) items."""
    box = QComboBox()
    for text, value in items:
        box.addItem(text, value)
    return box


def select_data(box: QComboBox, value: Any) -> None:
    """Show the item holding ``value``, adding one if there is none."""
    index = box.findData(value)
    if index < 0:
        box.addItem(str(value), value)
        index = box.count() - 1
    box.setCurrentIndex(index)


def connect_spin(
    box: QSpinBox, handler: Callable[[int, bool], object], updating: Callable[[], bool]
) -> None:
    """Commit a number when it is entered (Enter, Tab, arrows); preview it while typed.

    ``handler(value, preview)`` gets each value; ``updating()`` is True while the fields are
    being filled from the routine, when typing previews must not run.

    Committing each keystroke would store the 4 and 40 on the way to 45 (and 400 on the
    way to a refused 4000); the preview still updates the total time and refuses a bad
    value as it is typed.
    """
    box.setKeyboardTracking(False)
    box.valueChanged.connect(lambda value: handler(value, False))

    def preview(_text: str) -> None:
        if updating():
            return
        try:
            value = int(box.cleanText())
        except ValueError:
            return
        handler(value, True)

    # The spin box itself is silent while typed when keyboard tracking is off; its line
    # edit is not.
    line = box.findChild(QLineEdit)
    if line is not None:
        line.textEdited.connect(preview)
