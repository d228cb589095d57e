"""A shared check for every screen: no visible text cut off, at any text size.

``assert_nothing_clipped(widget)`` fails naming each label, button or drop-down inside
``widget`` whose text does not fit its room; ``text_scaled(scale)`` sets the application font
the way the Text size setting does, for a block.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
)

SLACK = 1  # pixels lost to rounding between metrics and layouts


@contextmanager
def text_scaled(scale: float) -> Iterator[None]:
    """The application font at ``scale`` times its size for the block."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * scale)
    app.setFont(font)
    try:
        yield
    finally:
        app.setFont(before)


def _shown(text: str) -> str:
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")


def _widest(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text:
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())  # the whole label, padding included
        has = label.height()
        return f"needs {needed} px high, has {has}" if needed > has + SLACK else None
    room = label.contentsRect()
    metrics = label.fontMetrics()
    if label.textFormat() == Qt.TextFormat.RichText or GuiQt.mightBeRichText(text):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(text)
        width = int(document.idealWidth() - 2 * document.documentMargin())
        lines = document.blockCount()
    else:
        plain = _shown(text)
        width = _widest(metrics, plain)
        lines = len(plain.splitlines()) or 1
    if width > room.width() + SLACK:
        return f"needs {width} px wide, has {room.width()}"
    if metrics.height() * lines - metrics.leading() * (lines - 1) > room.height() + SLACK:
        return f"needs {metrics.height() * lines} px high, has {room.height()}"
    return None


def _button(button: QAbstractButton) -> str | None:
    if isinstance(button, QToolButton) and (
        button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return None  # the text is the tooltip, not drawn
    text = _shown(button.text())
    if not text:
        return None
    metrics = button.fontMetrics()
    width = _widest(metrics, text) + (0 if button.icon().isNull() else button.iconSize().width())
    if width > button.width() + SLACK:
        return f"needs {width} px wide, has {button.width()}"
    if metrics.height() > button.height() + SLACK:
        return f"needs {metrics.height()} px high, has {button.height()}"
    return None


def _combo(box: QComboBox) -> str | None:
    text = box.currentText()
    if not text or box.isEditable():
        return None
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field: QRect = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    width = box.fontMetrics().horizontalAdvance(text)
    if width > field.width() + SLACK:
        return f"needs {width} px wide, has {field.width()}"
    return None


def clipped(root: QWidget) -> list[str]:
    """``"'text': problem"`` for each visible text in ``root`` that does not fit."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel):
            problem, text = _label(widget), widget.text()
        elif isinstance(widget, QAbstractButton):
            problem, text = _button(widget), widget.text()
        elif isinstance(widget, QComboBox):
            problem, text = _combo(widget), widget.currentText()
        else:
            continue
        if problem:
            found.append(f"{text!r} ({type(widget).__name__}): {problem}")
    return found


def assert_nothing_clipped(widget: QWidget) -> None:
    """Fail, naming every text in ``widget`` that is cut off."""
    problems = clipped(widget)
    assert not problems, "clipped:\n" + "\n".join(problems)
