"""Text size: the application font as a multiple of the system's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

# The system font's size, kept on the QApplication so text scaling never compounds.
BASE_POINT_SIZE_PROPERTY = "glute_timer_base_point_size"


def apply_text_scale(scale: float) -> None:
    """Scale the application font to ``scale`` times the system's (1.0 restores it)."""
    qt_app = QApplication.instance()
    if not isinstance(qt_app, QApplication):
        return
    base = qt_app.property(BASE_POINT_SIZE_PROPERTY)
    if not isinstance(base, float) or base <= 0:
        base = float(qt_app.font().pointSizeF())
        if base <= 0:
            return
        qt_app.setProperty(BASE_POINT_SIZE_PROPERTY, base)
    font = QFont(qt_app.font())
    old = font.pointSizeF()
    new = base * scale
    if old <= 0 or abs(new - old) < 0.01:
        return
    font.setPointSizeF(new)
    qt_app.setFont(font)
    # Widgets given a font of their own (headings, the routine list) were sized from the old
    # one: scale them alike. Fonts in pixels (the workout view's) follow the window instead.
    ratio = new / old
    for widget in qt_app.allWidgets():
        if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            own = QFont(widget.font())
            if own.pointSizeF() > 0:
                own.setPointSizeF(own.pointSizeF() * ratio)
                widget.setFont(own)


def text_scale_factor() -> float:
    """The text-size setting now in effect (the app font over the system's), 1.0 by default."""
    qt_app = QApplication.instance()
    if not isinstance(qt_app, QApplication):
        return 1.0
    base = qt_app.property(BASE_POINT_SIZE_PROPERTY)
    size = qt_app.font().pointSizeF()
    if not isinstance(base, float) or base <= 0 or size <= 0:
        return 1.0
    return size / base
