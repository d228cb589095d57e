"""Helpers every screen's tests share: large text, and "nothing clipped".

`large_text` runs a test at each text size the person can pick above normal (the settings'
Text size sets the application font to the system's size times the scale); `clipped` lists
every visible label, button and drop-down whose text does not fit in it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

# The larger Text size choices the settings offer (the maximum is 2.0).
LARGE_TEXT_SCALES = (1.5, 2.0)

# Room a line of text may lack, in pixels: rounding between font metrics and layouts.
_SLACK = 1


def _application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "needs the QApplication that pytest-qt starts"
    return app


@contextmanager
def text_scaled(scale: float) -> Iterator[None]:
    """The application font at ``scale`` times its size, as the Text size setting sets it,
    for the block; the old font afterwards."""
    app = _application()
    old = QFont(app.font())
    big = QFont(old)
    big.setPointSizeF(old.pointSizeF() * scale)
    app.setFont(big)
    try:
        yield
    finally:
        app.setFont(old)


@pytest.fixture(params=LARGE_TEXT_SCALES, ids=lambda scale: f"text-{scale}x")
def large_text(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float]:
    """Runs the test at each large Text size; yields the scale."""
    scale: float = request.param
    with text_scaled(scale):
        yield scale


def _plain(text: str) -> str:
    """The text as drawn: a mnemonic's single ``&`` is not shown, ``&&`` shows one."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _needed_width(metrics: QFontMetrics, text: str) -> int:
    """Width of the widest line of ``text``."""
    return max(metrics.horizontalAdvance(line) for line in text.splitlines() or [""])


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text:
        return None
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGuiNamespace.mightBeRichText(text)
    )
    metrics = label.fontMetrics()
    room = label.contentsRect()
    if label.wordWrap():
        # A wrapped label needs the height its text takes at its width.
        needed = label.heightForWidth(label.width())
        if needed > label.height() + _SLACK:
            return f"needs {needed} px of height, has {label.height()}"
        return None
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(text)
        width = round(document.idealWidth() - 2 * document.documentMargin())
        lines = max(1, document.blockCount())
    else:
        plain = _plain(text) if label.buddy() is not None else text
        width = _needed_width(metrics, plain)
        lines = max(1, len(plain.splitlines()))
    if room.width() + _SLACK < width:
        return f"needs {width} px of width, has {room.width()}"
    if room.height() + _SLACK < metrics.height() * lines - metrics.leading() * (lines - 1):
        return f"needs {metrics.height() * lines} px of height, has {room.height()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text:
        return None
    metrics = button.fontMetrics()
    width = _needed_width(metrics, text)
    if not button.icon().isNull():
        width += button.iconSize().width()
    if button.width() + _SLACK < width:
        return f"needs {width} px of width, has {button.width()}"
    if button.height() + _SLACK < metrics.height():
        return f"needs {metrics.height()} px of height, has {button.height()}"
    return None


def _combo_problem(box: QComboBox) -> str | None:
    text = box.currentText()
    if not text or box.isEditable():
        return None
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field: QRect = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox,
        option,
        QStyle.SubControl.SC_ComboBoxEditField,
        box,
    )
    metrics = box.fontMetrics()
    width = metrics.horizontalAdvance(text)
    if not box.itemIcon(box.currentIndex()).isNull():
        width += box.iconSize().width() + 4
    if field.width() + _SLACK < width:
        return f"needs {width} px of width, has {field.width()}"
    if field.height() + _SLACK < metrics.height():
        return f"needs {metrics.height()} px of height, has {field.height()}"
    return None


ALL_TEXT_WIDGETS: tuple[type[QWidget], ...] = (QLabel, QAbstractButton, QComboBox)


def clipped(
    root: QWidget,
    *,
    kinds: tuple[type[QWidget], ...] = ALL_TEXT_WIDGETS,
    wrapped_labels: bool = True,
) -> list[str]:
    """``"<text>: <problem>"`` for every label, button and drop-down visible in ``root`` whose
    text does not fit: too narrow for its widest line, shorter than its lines, or (a wrapped
    label) shorter than its text at its width. Empty when everything fits.

    ``kinds`` and ``wrapped_labels`` narrow the check, for a screen with a known problem that a
    separate (expected to fail) test records."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        visible = widget.isVisible() if widget is root else widget.isVisibleTo(root)
        if not visible or not isinstance(widget, kinds):
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            if widget.wordWrap() and not wrapped_labels:
                continue
            problem, text = _label_problem(widget), widget.text()
        elif isinstance(widget, QAbstractButton):
            problem, text = _button_problem(widget), widget.text()
        elif isinstance(widget, QComboBox):
            problem, text = _combo_problem(widget), widget.currentText()
        if problem:
            found.append(f"{text!r}: {problem}")
    return found
