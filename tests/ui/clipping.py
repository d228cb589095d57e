"""The one "nothing cut off" check every screen's tests share, and large text.

``clipped(root)`` lists every visible label, button and drop-down in ``root`` whose text does
not fit; ``assert_nothing_clipped(root)`` fails naming them. ``text_scaled(scale)`` sets the
application font the way the Text size setting does (the system's size times ``scale``) for
a block; the ``large_text`` fixture (tests/ui/conftest.py) runs a test at each larger size.

What counts as clipped, the way a person looking at the screen would judge it:

- A one-line (or multi-line, unwrapped) label, button or drop-down: narrower than its widest
  line, or shorter than its lines. The drop-down is judged by its edit field (the part that
  shows the choice), not the whole box; an editable drop-down is a text field and not judged.
- A wrapped label: shorter than its text needs at the width it has (wrapping is how it fits
  a narrow room, so narrowness alone is not clipping).
- Mnemonics: a button never shows its ``&``; a label hides it only when it has a buddy (a
  label without one shows the ``&`` as written), so the width is measured on what is drawn.
- An icon-only tool button draws no text (its text is the tooltip): not judged.
- Inside a scroll area, each widget is judged at its own size: text scrolled out of view is
  not cut, the person scrolls to it. But when the area cannot scroll sideways (horizontal
  scroll bar always off), a text whose right edge lies past the viewport can never be seen:
  that is clipped.
- Hidden widgets (not visible to ``root``) are not judged.

``kinds`` and ``wrapped_labels`` narrow the check, for a screen with a known problem that a
separate (expected to fail) test records.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
)

from glute_timer.ui.text_scale import BASE_POINT_SIZE_PROPERTY

# The larger Text size choices the settings offer (the maximum is 2.0).
LARGE_TEXT_SCALES = (1.5, 2.0)

# Room a line of text may lack, in pixels: rounding between font metrics and layouts.
SLACK = 1

ALL_TEXT_WIDGETS: tuple[type[QWidget], ...] = (QLabel, QAbstractButton, QComboBox)


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
    old_base = app.property(BASE_POINT_SIZE_PROPERTY)
    if not isinstance(old_base, float) or old_base <= 0:
        # What the setting keeps too: screens that size text by the window (the workout
        # view) read the scale from it (text_scale_factor), as they do in the app.
        app.setProperty(BASE_POINT_SIZE_PROPERTY, float(old.pointSizeF()))
    big = QFont(old)
    big.setPointSizeF(old.pointSizeF() * scale)
    app.setFont(big)
    try:
        yield
    finally:
        app.setFont(old)
        app.setProperty(BASE_POINT_SIZE_PROPERTY, old_base)


def _plain(text: str) -> str:
    """The text as drawn with mnemonics: a single ``&`` is not shown, ``&&`` shows one."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _needed_width(metrics: QFontMetrics, text: str) -> int:
    """Width of the widest line of ``text``."""
    return max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text:
        return None
    if label.wordWrap():
        # A wrapped label needs the height its text takes at its width (padding included).
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"needs {needed} px of height, has {label.height()}"
        return None
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGuiNamespace.mightBeRichText(text)
    )
    metrics = label.fontMetrics()
    room = label.contentsRect()
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
    if room.width() + SLACK < width:
        return f"needs {width} px of width, has {room.width()}"
    if room.height() + SLACK < metrics.height() * lines - metrics.leading() * (lines - 1):
        return f"needs {metrics.height() * lines} px of height, has {room.height()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if (
        isinstance(button, QToolButton)
        and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return None  # the text is the tooltip, not drawn
    text = _plain(button.text())
    if not text:
        return None
    metrics = button.fontMetrics()
    width = _needed_width(metrics, text)
    if not button.icon().isNull():
        width += button.iconSize().width()
    if button.width() + SLACK < width:
        return f"needs {width} px of width, has {button.width()}"
    if button.height() + SLACK < metrics.height():
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
    if field.width() + SLACK < width:
        return f"needs {width} px of width, has {field.width()}"
    if field.height() + SLACK < metrics.height():
        return f"needs {metrics.height()} px of height, has {field.height()}"
    return None


def _past_a_fixed_viewport(widget: QWidget, root: QWidget) -> str | None:
    """How far ``widget``'s right edge lies past the viewport of a scroll area (within
    ``root``) that cannot scroll sideways; None when it is inside, or there is no such area."""
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if (
            isinstance(ancestor, QScrollArea)
            and ancestor.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            and ancestor.viewport().isAncestorOf(widget)
        ):
            viewport = ancestor.viewport()
            right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
            if right > viewport.width() + SLACK:
                return f"ends {right - viewport.width()} px past the scroll area's right edge"
        if ancestor is root:
            break
        ancestor = ancestor.parentWidget()
    return None


def clipped(
    root: QWidget,
    *,
    kinds: tuple[type[QWidget], ...] = ALL_TEXT_WIDGETS,
    wrapped_labels: bool = True,
) -> list[str]:
    """``"<text>: <problem>"`` for every label, button and drop-down visible in ``root``
    whose text is cut off (the rules are in this module's docstring). Empty when all fits."""
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
        else:
            continue
        if not problem and text:
            problem = _past_a_fixed_viewport(widget, root)
        if problem:
            found.append(f"{text!r}: {problem}")
    return found


def assert_nothing_clipped(root: QWidget) -> None:
    """Fail, naming every text in ``root`` that is cut off."""
    problems = clipped(root)
    assert not problems, "clipped:\n" + "\n".join(problems)
