"""The editor fits the smallest window and large text without clipping."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from glute_timer.storage.routine_repository import RoutineRepository
from tests.ui.routine_editor.editor_helpers import STRENGTH, customized, make_editor

MINIMUM_WINDOW = (640, 400)


def _clipped(widget: QWidget) -> list[str]:
    """Buttons and one-line labels narrower than their text."""
    found = []
    for child in widget.findChildren(QAbstractButton) + widget.findChildren(QLabel):
        if not child.isVisibleTo(widget) or (isinstance(child, QLabel) and child.wordWrap()):
            continue
        text = child.text().replace("&", "")
        if text and child.width() < child.fontMetrics().horizontalAdvance(text):
            found.append(text)
    return found


def test_fits_the_smallest_window(qtbot: QtBot, repository: RoutineRepository) -> None:
    editor = customized(qtbot, repository, STRENGTH)
    layout = editor.layout()
    assert layout is not None
    layout.activate()
    hint = editor.minimumSizeHint()
    assert hint.width() <= MINIMUM_WINDOW[0] and hint.height() <= MINIMUM_WINDOW[1], hint
    editor.resize(*MINIMUM_WINDOW)
    qtbot.waitUntil(lambda: editor.width() == MINIMUM_WINDOW[0])
    assert _clipped(editor) == []


def test_large_font_is_not_clipped(qtbot: QtBot, repository: RoutineRepository) -> None:
    editor = make_editor(qtbot, repository, STRENGTH)
    font = QFont(editor.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    editor.setFont(font)
    editor.duplicate_routine()
    layout = editor.layout()
    assert layout is not None
    layout.activate()
    hint = editor.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800, hint
    assert editor.save_button.font().pointSizeF() == font.pointSizeF()  # the font reached it
    editor.resize(hint)
    qtbot.waitUntil(lambda: editor.size() == hint)
    assert _clipped(editor) == []
