"""The plan in the running app: the strip and cards are placed, fed and refreshed."""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from glute_timer.app import App
from glute_timer.app_plan import NOW_ENV, plan_clock
from glute_timer.domain.schedule import Frequency, PlanEntry
from tests.storage.plan_helpers import add_run
from tests.ui.plan_fixtures import WALL
from tests.ui.window_harness import RecordingKeepAwake

NOW = "2026-03-27T12:00:00+00:00"


def test_plan_clock_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(NOW_ENV, NOW)
    moment = plan_clock()()
    assert (
        datetime.fromisoformat(NOW) <= moment < datetime.fromisoformat("2026-03-27T12:01:00+00:00")
    )
    monkeypatch.setenv(NOW_ENV, "yesterday")
    assert abs((plan_clock()() - datetime.now(UTC)).total_seconds()) < 60


def test_the_strip_and_cards_are_placed_and_refreshed_after_a_saved_session(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(NOW_ENV, NOW)
    app = App(tmp_path / "data", "none", keep_awake=RecordingKeepAwake(), load_audio=False)
    qtbot.addWidget(app.window)
    assert app.plan is None  # nothing before the rest is loaded
    app.load_rest()
    wiring = app.plan
    assert wiring is not None
    assert app.window.start_screen.today_widget is not None
    strip = wiring.strip
    assert strip.isAncestorOf(strip.offer_card)
    assert strip.offer is not None  # a new person gets the habit offer
    assert app.window.plan_action.isEnabled()
    assert app.window.summary_view.isAncestorOf(wiring.summary_card)
    assert app.window.start_screen.isAncestorOf(wiring.start_card)
    now = datetime.fromisoformat(NOW).astimezone()
    wiring.service.plan.put(PlanEntry("Wall push", Frequency.DAILY, since=now.date()))
    assert app.database is not None and app.recorder is not None
    add_run(app.database, WALL, now.date(), now.tzinfo, at=time(0, 5))
    with qtbot.waitSignal(app.recorder.session_saved):
        app.recorder.session_saved.emit(1)
    qtbot.waitUntil(lambda: strip.items_label.text() == "✓ Wall push", timeout=3000)
    assert strip.streak_label.text() == "Streak: 1 day"
    app.window.plan_action.trigger()
    assert wiring.dialog is not None and wiring.dialog.isVisible()
    assert wiring.dialog.entry_list.item(0).text() == "Wall push: daily"
    wiring.dialog.close()
    app.shutdown()
