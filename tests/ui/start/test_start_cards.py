"""The start screen's cards: keys move between them, last done, the today slot, the header."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from glute_timer.domain.library import ROUTINES
from glute_timer.domain.names import name_key
from glute_timer.ui.start.last_done import last_done_text
from glute_timer.ui.start.routine_cards import LAST_DONE_ROLE
from glute_timer.ui.start.start_screen import TODAY_SLOT_NAME, StartScreen

TODAY = date(2026, 12, 1)


def make(qtbot: QtBot, width: int = 1280, height: int = 800) -> StartScreen:
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.set_routines([(r, True) for r in ROUTINES])
    screen.resize(width, height)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_last_done_words() -> None:
    assert last_done_text(None, TODAY) == "never"
    assert last_done_text(TODAY, TODAY) == "today"
    assert last_done_text(date(2026, 11, 30), TODAY) == "yesterday"
    assert last_done_text(date(2026, 11, 28), TODAY) == "3 days ago"
    assert last_done_text(date(2026, 11, 10), TODAY) == "3 weeks ago"
    assert last_done_text(date(2025, 1, 5), TODAY) == "5 Jan 2025"


def test_cards_show_last_done_from_the_injected_source(qtbot: QtBot) -> None:
    screen = make(qtbot)
    asked: list[int] = []

    def source() -> dict[str, date]:
        asked.append(1)
        return {name_key("Wall push"): date(2026, 11, 28)}

    screen.set_last_done_source(source, today=lambda: TODAY)
    words = [screen.routine_list.item(i).data(LAST_DONE_ROLE) for i in range(3)]
    assert words == ["3 days ago", "never", "never"]
    assert "last done 3 days ago" in screen.details.meta_label.text()
    screen.refresh()
    assert len(asked) == 2


def test_arrows_move_between_cards_and_enter_starts(qtbot: QtBot) -> None:
    screen = make(qtbot)
    cards = screen.routine_list
    cards.setFocus()
    QTest.keyClick(cards, Qt.Key.Key_Down)
    assert screen.selected_name() == "Glute medius strength"
    QTest.keyClick(cards, Qt.Key.Key_Right)  # one column: Right moves on too
    assert screen.selected_name() == "Glute medius endurance"
    QTest.keyClick(cards, Qt.Key.Key_Up)
    with qtbot.waitSignal(screen.start_requested) as started:
        QTest.keyClick(cards, Qt.Key.Key_Return)
    assert started.args == [ROUTINES[1]]


def test_cards_fill_their_pane(qtbot: QtBot) -> None:
    for width, height in ((1280, 800), (1920, 1080)):
        screen = make(qtbot, width, height)
        cards = screen.routine_list
        used = cards.card_size().height() * 3
        assert used >= cards.viewport().height() * 0.75, (width, used)


def test_today_slot_waits_hidden_at_the_top(qtbot: QtBot) -> None:
    screen = make(qtbot)
    slot = screen.findChild(type(screen.today_slot), TODAY_SLOT_NAME)
    assert slot is screen.today_slot and slot.isHidden()
    assert slot.layout() is not None


def test_detail_lists_pictures_and_how_to(qtbot: QtBot) -> None:
    screen = make(qtbot)
    screen.select("Wall push")
    text = screen.details.text()
    assert "• Wall push: 2 × 30 s each side — Stand on your left leg" in text
