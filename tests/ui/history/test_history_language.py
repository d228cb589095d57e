"""The history page in another language: its texts, the built-in names, dates by QLocale."""

from __future__ import annotations

from datetime import UTC, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from glute_timer.storage.database import Database
from glute_timer.storage.history_repository import HistoryRepository
from glute_timer.ui.history.view import TAB_SESSIONS, HistoryView
from tests.fake_catalogue import Entries, speaking_german
from tests.storage.history_helpers import T0, add_session

NOW = T0 + timedelta(days=30)
GERMAN: Entries = {
    ("Library", "Wall push"): "Wanddrücken",
    ("HistoryDates", "ddd dd MMM yyyy HH:mm"): "ddd dd. MMM yyyy HH:mm",
    ("SessionTable", "Routine"): "Programm",
    ("HistorySessions", "%n session(s)."): ("%n Einheit.", "%n Einheiten."),
    ("HistorySessions", "%n session(s) of {routine}."): (
        "%n Einheit mit {routine}.",
        "%n Einheiten mit {routine}.",
    ),
    ("HistoryFilters", "All routines"): "Alle Programme",
    ("HistoryView", "Sessions"): "Einheiten",
}


@pytest.fixture
def repository(database: Database) -> HistoryRepository:
    return HistoryRepository(database, local_zone=UTC, now=lambda: NOW)


def test_the_sessions_list_speaks_german(
    qtbot: QtBot, database: Database, repository: HistoryRepository
) -> None:
    for day in range(3):
        add_session(database, started_at=T0 + timedelta(days=day), routine="Wall push")
    with speaking_german(GERMAN):
        view = HistoryView(repository)
        qtbot.addWidget(view)
        view.tabs.setCurrentIndex(TAB_SESSIONS)
        assert view.tabs.tabText(TAB_SESSIONS) == "Einheiten"
        assert view.model.headerData(1, Qt.Orientation.Horizontal) == "Programm"
        assert view.status.text() == "3 Einheiten."
        # The stored English name is shown in German, and stays the filter's value.
        assert view.model.index(0, 1).data() == "Wanddrücken"
        assert view.routine_box.itemText(0) == "Alle Programme"
        assert view.routine_box.itemText(1) == "Wanddrücken"
        assert view.routine_box.itemData(1) == "Wall push"
        view.routine_box.setCurrentIndex(1)
        assert view.model.rowCount() == 3
        assert view.status.text() == "3 Einheiten mit Wanddrücken."
        # Wednesday 4 March 2026, the newest: German day and month names, German order.
        assert view.model.index(0, 0).data() == "Mi. 04. März 2026 08:00"
    assert view.model.index(0, 1).data() == "Wall push"  # English again once the block ends
