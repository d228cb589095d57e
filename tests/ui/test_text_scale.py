"""Text scaling multiplies the system's font size and never compounds."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from glute_timer.ui.text_scale import apply_text_scale


@pytest.fixture
def base(qapp: QApplication) -> Iterator[float]:
    apply_text_scale(1.0)
    yield QApplication.font().pointSizeF()
    apply_text_scale(1.0)


def test_scales_from_the_system_size_every_time(base: float) -> None:
    apply_text_scale(1.5)
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5)
    apply_text_scale(1.5)
    apply_text_scale(2.0)
    assert QApplication.font().pointSizeF() == pytest.approx(base * 2.0)
    apply_text_scale(1.0)
    assert QApplication.font().pointSizeF() == pytest.approx(base)


def test_widgets_with_their_own_font_grow_alike(base: float, qtbot: QtBot) -> None:
    heading = QLabel("Heading")
    qtbot.addWidget(heading)
    font = QFont(heading.font())
    font.setPointSizeF(base * 2)
    heading.setFont(font)
    apply_text_scale(1.25)
    assert heading.font().pointSizeF() == pytest.approx(base * 2 * 1.25)
    apply_text_scale(1.0)
    assert heading.font().pointSizeF() == pytest.approx(base * 2)
