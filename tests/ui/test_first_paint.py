"""Slow start-up work waits for the window's first paint, and runs once."""

from __future__ import annotations

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from glute_timer.ui.first_paint import after_first_paint


class CountingWidget(QWidget):
    """Counts its paints."""

    paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        super().paintEvent(event)


def test_runs_once_after_the_first_paint(qtbot: QtBot) -> None:
    widget = CountingWidget()
    qtbot.addWidget(widget)
    calls: list[bool] = []
    after_first_paint(widget, lambda: calls.append(widget.paints > 0), fallback_ms=60_000)
    assert calls == []
    widget.show()
    qtbot.waitUntil(lambda: calls != [])
    assert calls == [True]
    painted = widget.paints
    widget.update()
    qtbot.waitUntil(lambda: widget.paints > painted)  # a later paint has happened
    QApplication.processEvents()  # and whatever it would have queued has run
    assert calls == [True]


def test_a_window_never_painted_still_gets_its_work_done(qtbot: QtBot) -> None:
    widget = QWidget()  # never shown, as when started minimised
    qtbot.addWidget(widget)
    calls: list[int] = []
    after_first_paint(widget, lambda: calls.append(1), fallback_ms=10)
    qtbot.waitUntil(lambda: calls == [1])
    widget.show()  # a paint after the fallback must not call back again
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    assert calls == [1]
