"""RatingPanel and RatingDialog: effort, pain, note; Esc skips; sizes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from glute_timer.ui.dialogs.rating_dialog import Rating, RatingDialog, RatingPanel
from glute_timer.ui.main_window import MINIMUM_SIZE
from tests.ui.conftest import known_in_german_at_2x


def test_saving_a_rating(qtbot: QtBot) -> None:
    panel = RatingPanel()
    qtbot.addWidget(panel)
    panel.effort.setValue(7)
    panel.pain.setValue(2)
    panel.note.setText("  right side weaker ")
    with qtbot.waitSignal(panel.rated, timeout=1000) as rated:
        QTest.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert rated.args == [Rating(7, 2, "right side weaker")]


def test_untouched_values_are_not_rated(qtbot: QtBot) -> None:
    panel = RatingPanel()
    qtbot.addWidget(panel)
    assert panel.effort.text() == "not rated"
    panel.pain.setValue(0)
    assert panel.rating() == Rating(None, 0, "")
    panel.reset()
    # Saving with nothing entered counts as skipping.
    with qtbot.waitSignal(panel.skipped, timeout=1000):
        panel.save()


def test_typing_digits_and_enter_saves(qtbot: QtBot) -> None:
    panel = RatingPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    QTest.keyClicks(panel.effort, "8")
    panel.note.setFocus()
    QTest.keyClicks(panel.note, "ok")
    with qtbot.waitSignal(panel.rated, timeout=1000) as rated:
        QTest.keyClick(panel.note, Qt.Key.Key_Return)
    assert rated.args == [Rating(8, None, "ok")]


def test_escape_skips_the_panel(qtbot: QtBot) -> None:
    panel = RatingPanel()
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.skipped, timeout=1000):
        QTest.keyClick(panel, Qt.Key.Key_Escape)


def test_dialog_escape_skips_with_one_key(qtbot: QtBot) -> None:
    dialog = RatingDialog("Wall push")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.panel.effort.setValue(5)
    with qtbot.waitSignal(dialog.finished, timeout=1000) as finished:
        QTest.keyClick(dialog.panel.effort, Qt.Key.Key_Escape)
    assert finished.args == [QDialog.DialogCode.Rejected.value]
    assert dialog.result_rating is None
    assert dialog.windowTitle() == "Rate Wall push"


def test_dialog_accepts_with_the_rating(qtbot: QtBot) -> None:
    dialog = RatingDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.panel.effort.setValue(3)
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        QTest.mouseClick(dialog.panel.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result_rating == Rating(3, None, "")
    dialog.show()
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        QTest.mouseClick(dialog.panel.skip_button, Qt.MouseButton.LeftButton)
    assert dialog.result_rating is None


def _inside(widget: QWidget, root: QWidget) -> bool:
    corner = widget.mapTo(root, QPoint(widget.width(), widget.height()))
    return widget.isVisible() and corner.x() <= root.width() and corner.y() <= root.height()


def _check_fits(qtbot: QtBot, height: int = MINIMUM_SIZE[1] // 2) -> None:
    # The panel must fit the summary page of the smallest window, beside the summary text.
    host = QWidget()
    qtbot.addWidget(host)
    panel = RatingPanel(host)
    host.resize(MINIMUM_SIZE[0], height)
    panel.resize(host.size())
    host.show()
    qtbot.waitExposed(host)
    hint = panel.minimumSizeHint()
    assert hint.width() <= MINIMUM_SIZE[0] and hint.height() <= height
    for widget in (panel.effort, panel.pain, panel.note, panel.save_button, panel.skip_button):
        assert _inside(widget, panel)
        assert widget.height() >= widget.fontMetrics().height()
    dialog = RatingDialog("A routine with quite a long name")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= MINIMUM_SIZE[0]
    assert _inside(dialog.panel.save_button, dialog)


def test_minimum_size(qtbot: QtBot) -> None:
    _check_fits(qtbot)


def test_large_text(large_text: float, qtbot: QtBot, request: pytest.FixtureRequest) -> None:
    known_in_german_at_2x(
        request,
        "the rating rows' labels (Anstrengung) beside eleven chips need about 800 px, more "
        "than the smallest window's 640",
    )
    # Chips at 1.5x or 2x take more than half the smallest window: the whole of it then
    # (the summary page scrolls its card).
    _check_fits(qtbot, MINIMUM_SIZE[1])


def test_chips_by_mouse_arrows_digits_and_clicker(qtbot: QtBot) -> None:
    panel = RatingPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    effort = panel.effort
    QTest.mouseClick(effort.chips[4], Qt.MouseButton.LeftButton)
    assert effort.value() == 4 and effort.chips[4].isChecked()
    assert panel.focusWidget() is effort
    QTest.keyClick(effort, Qt.Key.Key_Right)
    QTest.keyClick(effort, Qt.Key.Key_PageUp)  # a clicker's "previous" raises too
    assert effort.value() == 6
    QTest.keyClick(effort, Qt.Key.Key_PageDown)
    QTest.keyClick(effort, Qt.Key.Key_Left)
    assert effort.value() == 4
    QTest.keyClicks(effort, "9")
    assert effort.value() == 9
    QTest.keyClicks(effort, "10")
    assert effort.value() == 10
    QTest.keyClick(effort, Qt.Key.Key_Up)
    assert effort.value() == 10  # the top of the scale holds
    QTest.keyClick(effort, Qt.Key.Key_Delete)
    assert effort.text() == "not rated"
    assert not any(chip.isChecked() for chip in effort.chips)
    assert [chip.text() for chip in effort.chips] == [str(v) for v in range(11)]


def test_the_note_shows_its_whole_placeholder(qtbot: QtBot) -> None:
    panel = RatingPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    note = panel.note
    assert note.width() >= note.fontMetrics().horizontalAdvance(note.placeholderText())


def test_from_history_it_says_cancel(qtbot: QtBot) -> None:
    dialog = RatingDialog("Wall push", initial=Rating(3, 1, ""), changing=True)
    qtbot.addWidget(dialog)
    assert dialog.panel.skip_button.text() == "Cancel"
    assert dialog.panel.effort.value() == 3
    assert RatingDialog().panel.skip_button.text() == "Skip"
