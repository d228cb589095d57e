"""The shared UI check (tests/ui/clipping.py) can fail: a squeezed label, button or drop-down
is reported; its rules for mnemonics, icon-only buttons and scroll areas hold."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from glute_timer.ui.text_scale import text_scale_factor
from tests.ui.clipping import LARGE_TEXT_SCALES, clipped, text_scaled


def _shown(qtbot: QtBot, *children: QWidget) -> QWidget:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    for child in children:
        layout.addWidget(child)
    root.show()
    qtbot.waitExposed(root)
    return root


def test_nothing_is_reported_when_every_text_fits(qtbot: QtBot) -> None:
    box = QComboBox()
    box.addItems(["Short", "A much longer choice"])
    wrapped = QLabel("A sentence long enough to wrap onto a second line when it is narrow.")
    wrapped.setWordWrap(True)
    root = _shown(qtbot, QLabel("Fits"), QPushButton("&Save"), box, wrapped)
    root.resize(root.sizeHint())
    assert clipped(root) == []


def test_squeezed_label_button_and_drop_down_are_reported(qtbot: QtBot) -> None:
    label = QLabel("A label with more text than room")
    button = QPushButton("A button with a long caption")
    box = QComboBox()
    box.addItem("A drop-down with a long choice")
    root = _shown(qtbot, label, button, box)
    for widget in (label, button, box):
        widget.setFixedWidth(40)
    root.resize(60, root.sizeHint().height())
    qtbot.waitUntil(lambda: label.width() == 40)
    found = clipped(root)
    assert [entry.split(":")[0] for entry in found] == [
        "'A label with more text than room'",
        "'A button with a long caption'",
        "'A drop-down with a long choice'",
    ]
    assert all("px of width" in entry for entry in found)


def test_a_wrapped_label_cut_short_is_reported(qtbot: QtBot) -> None:
    wrapped = QLabel("Words enough to need several lines at this width, and more again.")
    wrapped.setWordWrap(True)
    root = _shown(qtbot, wrapped)
    wrapped.setFixedSize(80, wrapped.fontMetrics().height())
    qtbot.waitUntil(lambda: wrapped.width() == 80)
    (entry,) = clipped(root)
    assert "px of height" in entry


def test_hidden_widgets_are_not_checked(qtbot: QtBot) -> None:
    hidden = QLabel("Hidden and far too long for its width")
    root = _shown(qtbot, hidden)
    hidden.setFixedWidth(10)
    hidden.hide()
    assert clipped(root) == []


@pytest.mark.parametrize("scale", LARGE_TEXT_SCALES)
def test_text_scaled_scales_the_application_font_and_restores_it(
    qtbot: QtBot, scale: float
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    base = app.font().pointSizeF()
    with text_scaled(scale):
        assert app.font().pointSizeF() == pytest.approx(base * scale)
        assert text_scale_factor() == pytest.approx(scale)  # what window-sized text reads
        label = QLabel("x")
        qtbot.addWidget(label)
        assert label.font().pointSizeF() == pytest.approx(base * scale)
    assert app.font().pointSizeF() == pytest.approx(base)
    # Widgets follow the application font through a posted event.
    qtbot.waitUntil(lambda: label.font().pointSizeF() == pytest.approx(base))


def test_large_text_runs_at_each_large_scale(large_text: float) -> None:
    assert large_text in LARGE_TEXT_SCALES


def test_a_label_shows_its_ampersand_unless_it_has_a_buddy(qtbot: QtBot) -> None:
    alone = QLabel("Sets && reps")  # drawn as written: "Sets && reps"
    named = QLabel("&Sets && reps")  # drawn "Sets & reps", S underlined
    field = QComboBox()
    named.setBuddy(field)
    root = _shown(qtbot, alone, named, field)
    alone.setFixedWidth(alone.fontMetrics().horizontalAdvance("Sets & reps"))
    named.setFixedWidth(named.fontMetrics().horizontalAdvance("Sets & reps"))
    qtbot.waitUntil(lambda: named.width() == named.minimumWidth())
    assert [entry.split(":")[0] for entry in clipped(root)] == ["'Sets && reps'"]


def test_an_icon_only_tool_button_is_not_judged_by_its_text(qtbot: QtBot) -> None:
    button = QToolButton()
    button.setText("A long name said by the tooltip only")
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    root = _shown(qtbot, button)
    button.setFixedWidth(24)
    assert clipped(root) == []
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    assert [entry.split(":")[0] for entry in clipped(root)] == [f"{button.text()!r}"]


def _in_scroll_area(qtbot: QtBot, content: QWidget) -> QScrollArea:
    area = QScrollArea()
    qtbot.addWidget(area)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    area.resize(200, 80)
    area.show()
    qtbot.waitExposed(area)
    return area


def test_text_scrolled_out_of_view_is_not_clipped(qtbot: QtBot) -> None:
    page = QWidget()
    layout = QVBoxLayout(page)
    labels = [QLabel(f"Line {n}") for n in range(12)]  # taller than the area: it scrolls
    for label in labels:
        layout.addWidget(label)
    area = _in_scroll_area(qtbot, page)
    assert page.height() > area.viewport().height()
    assert clipped(area) == []


def test_text_past_a_scroll_area_that_cannot_scroll_sideways_is_clipped(qtbot: QtBot) -> None:
    page = QWidget()
    layout = QVBoxLayout(page)
    wide = QLabel("Wider than the scroll area can ever show")
    layout.addWidget(wide)
    page.setMinimumWidth(wide.sizeHint().width() + 40)
    area = _in_scroll_area(qtbot, page)
    (entry,) = clipped(area)
    assert "past the scroll area's right edge" in entry
