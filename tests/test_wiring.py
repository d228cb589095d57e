"""The whole app wired together: history, rating, audio switches, customization, desktop.

Each test builds the real :class:`App` on a temporary data folder with the real database,
recorder and history page; only time (fake clock and timers) and sound (a recording player)
are stand-ins.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QDoubleSpinBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from glute_timer import DESKTOP_ID
from glute_timer.app import App, app_icon
from glute_timer.audio.catalog import Beep
from glute_timer.audio.player import CuePlayer
from glute_timer.domain import library
from glute_timer.domain.model import Exercise, HoldTime, Mode, Routine
from glute_timer.domain.plan import Plan, StepKind
from glute_timer.engine.workout_engine import WorkoutEngine
from glute_timer.storage.history_repository import HistoryRepository
from glute_timer.ui.text_scale import apply_text_scale
from tests.audio.recording import RecordingPlayer
from tests.fakes import FakeClock, FakeTimerFactory
from tests.ui.window_harness import RecordingKeepAwake

SHORT = Routine(
    name="Short clams",
    exercises=(Exercise(name="Clam", hold=HoldTime.same(5), switch_seconds=2),),
    prep_seconds=3,
)


@dataclass
class Wired:
    """The app and what drives its time."""

    app: App
    clock: FakeClock
    timers: FakeTimerFactory
    keeper: RecordingKeepAwake
    player: RecordingPlayer | None

    def run_to_end(self, limit: int = 1000) -> None:
        """Jump from timer to timer until the workout on screen ends."""
        for _ in range(limit):
            engine = self.app.session.engine
            if engine is None or not engine.is_running:
                return
            due = [t.deadline for t in self.timers.active() if t.deadline is not None]
            assert due, "the workout stopped moving"
            self.timers.advance_to(min(due))
        raise AssertionError("the workout did not end")

    def history(self) -> HistoryRepository:
        assert self.app.database is not None
        return HistoryRepository(self.app.database)


def save_routine(directory: Path, routine: Routine) -> None:
    from glute_timer.paths import database_path
    from glute_timer.storage.database import open_database
    from glute_timer.storage.routine_repository import RoutineRepository

    directory.mkdir(parents=True, exist_ok=True)
    database = open_database(database_path(directory))
    RoutineRepository(database).save(routine)
    database.close()


@pytest.fixture
def wire(qtbot: QtBot, tmp_path: Path) -> Iterator[Any]:
    made: list[App] = []

    def build(*, with_player: bool = False, load: bool = True) -> Wired:
        clock = FakeClock()
        timers = FakeTimerFactory(clock)
        keeper = RecordingKeepAwake()
        player = RecordingPlayer(clock.monotonic) if with_player else None

        def engine_factory(plan: Plan, parent: QObject) -> WorkoutEngine:
            return WorkoutEngine(plan, clock=clock, timer_factory=timers, parent=parent)

        def player_factory(_choice: str, _parent: QObject) -> CuePlayer:
            assert player is not None
            return player

        app = App(
            tmp_path / "data",
            "none",
            engine_factory=engine_factory,
            keep_awake=keeper,
            confirm_stop=lambda _w: True,
            ask_before_copy=lambda *_args: True,
            load_audio=with_player,
            player_factory=player_factory if with_player else None,
        )
        qtbot.addWidget(app.window)
        made.append(app)
        if load:
            app.load_rest()
        return Wired(app, clock, timers, keeper, player)

    yield build
    for app in made:
        app.shutdown()
    apply_text_scale(1.0)


def test_a_whole_workout_is_recorded_and_rated(wire: Any, qtbot: QtBot, tmp_path: Path) -> None:
    save_routine(tmp_path / "data", SHORT)
    wired: Wired = wire()
    app = wired.app
    window = app.window
    assert app.recorder is not None and app.history_view is not None
    assert window.history_page is app.history_view
    assert window.start_screen.select("Short clams")
    window.start_screen.start_button.click()
    assert window.session.engine is not None and window.session.engine.is_running
    wired.run_to_end()

    assert window.pages.currentWidget() is window.summary_view
    panel = app.rating_panel
    assert panel is not None and not panel.isHidden()
    assert app.recorder.flush()
    history = wired.history()
    sessions = history.list_sessions()
    assert [(s.routine, s.status) for s in sessions] == [("Short clams", "completed")]
    detail = history.session_detail(sessions[0].id)
    assert detail is not None
    kinds = [(step.kind, step.side, step.outcome) for step in detail.steps]
    assert kinds[:4] == [
        ("prepare", "left", "completed"),
        ("hold", "left", "completed"),
        ("switch", "right", "completed"),
        ("hold", "right", "completed"),
    ]
    assert detail.steps[1].planned_seconds == 5
    # The history page heard of the new session by itself.
    view = app.history_view
    assert view is not None
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)

    window.show()
    summary = window.summary_view
    summary.offer_rating()  # again, now that the window is shown and can take the keys
    typed_into = window.focusWidget()
    assert typed_into is not None and panel.isAncestorOf(typed_into)
    QTest.keyClicks(typed_into, "6")  # the "not rated" text is replaced, not appended to
    assert panel.effort.value() == 6
    panel.pain.setValue(2)
    panel.note.setText("left side felt weak")
    panel.save_button.click()
    assert panel.isHidden()
    assert window.summary_view.rating_result.text() == "Rating saved."
    assert app.recorder.flush()
    rated = history.list_sessions()[0]
    assert (rated.effort, rated.pain, rated.notes) == (6, 2, "left side felt weak")

    history_view: Any = app.history_view
    window.history_action.trigger()
    assert window.pages.currentWidget() == history_view
    # the page was read again when shown: the rating is in the table
    assert history_view.model.index(0, 5).data() == "6"
    history_view.back_requested.emit()
    assert window.pages.currentWidget() is window.start_screen


PACED = Routine(
    name="Paced clams",
    exercises=(Exercise(name="Clam", mode=Mode.REPS, reps=3, rep_seconds=2, switch_seconds=2),),
    prep_seconds=3,
)


def test_paced_reps_run_from_get_ready_to_the_summary_with_no_key_pressed(
    wire: Any, tmp_path: Path
) -> None:
    save_routine(tmp_path / "data", PACED)
    wired: Wired = wire(with_player=True)
    app, window = wired.app, wired.app.window
    assert app.announcer is not None and wired.player is not None
    assert window.start_screen.select("Paced clams")
    window.start_screen.start_button.click()
    engine = window.session.engine
    assert engine is not None
    dial = window.workout_view.dial
    described: list[str] = []
    for _ in range(1000):  # nothing but time: no key, no click
        if not engine.is_running:
            break
        due = [t.deadline for t in wired.timers.active() if t.deadline is not None]
        assert due, "the workout waits for something"
        wired.timers.advance_to(min(due))
        app.announcer.flush()
        step = engine.current_step
        now = dial.accessibleDescription()
        is_reps = step is not None and step.kind is StepKind.REPS
        if is_reps and (not described or described[-1] != now):
            described.append(now)
    assert window.pages.currentWidget() is window.summary_view
    # The ring shows the time left and the rep under way, in each of the two sides.
    assert described[:6] == [
        "6 seconds left, rep 1 of 3",
        "5 seconds left, rep 1 of 3",
        "4 seconds left, rep 2 of 3",
        "3 seconds left, rep 2 of 3",
        "2 seconds left, rep 3 of 3",
        "1 second left, rep 3 of 3",
    ]
    assert described[6:] == described[:6]
    spoken = [name for play in wired.player.plays for name in play.names]
    assert spoken.count("voice/count_2") == 2 and spoken.count("voice/last_one") == 2
    assert app.recorder is not None and app.recorder.flush()
    history = wired.history()
    session = history.list_sessions()[0]
    assert session.status == "completed"
    detail = history.session_detail(session.id)
    assert detail is not None
    reps = [
        (s.side, s.outcome, s.actual_seconds, s.reps_done) for s in detail.steps if s.kind == "reps"
    ]
    assert reps == [("left", "completed", 6.0, 3), ("right", "completed", 6.0, 3)]


def test_one_key_skips_the_rating(wire: Any, qtbot: QtBot) -> None:
    wired: Wired = wire()
    app = wired.app
    app.window.show()
    qtbot.waitExposed(app.window)
    app.window.start_routine(library.ROUTINES[0])
    engine = app.session.engine
    assert engine is not None
    engine.stop()
    panel = app.rating_panel
    assert panel is not None and panel.isVisible()
    focused = app.window.focusWidget()
    assert focused is not None and panel.isAncestorOf(focused)
    QTest.keyClick(focused, Qt.Key.Key_Escape)
    assert panel.isHidden()
    assert app.window.focusWidget() is app.window.summary_view.back_button
    assert app.recorder is not None and app.recorder.flush()
    session = wired.history().list_sessions()[0]
    assert session.status == "stopped"
    assert (session.effort, session.pain, session.notes) == (None, None, "")


def test_without_a_database_the_workout_still_runs(
    wire: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from glute_timer.storage import startup
    from glute_timer.storage.database import DatabaseError

    def broken(*_args: object, **_kwargs: object) -> None:
        raise DatabaseError("the history file cannot be opened: disk on fire")

    monkeypatch.setattr(startup, "open_history", broken)
    wired: Wired = wire()
    app = wired.app
    assert app.recorder is None and app.history_view is None
    assert "disk on fire" in app.window.start_screen.status_label.text()
    assert not app.window.start_screen.history_button.isVisible()
    assert not app.window.edit_action.isEnabled()
    app.window.start_routine(library.ROUTINES[0])
    engine = app.session.engine
    assert engine is not None and engine.is_running
    engine.stop()
    assert app.window.pages.currentWidget() is app.window.summary_view
    assert app.rating_panel is None


def test_history_problems_are_shown(wire: Any, qtbot: QtBot, tmp_path: Path) -> None:
    wired: Wired = wire()
    app = wired.app
    assert app.recorder is not None
    app.recorder.failed.emit("History cannot be saved: the disk is full.")
    qtbot.waitUntil(lambda: "disk is full" in app.window.notices())
    app.recorder.available_changed.emit(True)
    qtbot.waitUntil(lambda: app.window.notices() == "")


def test_start_up_messages_reach_the_start_screen_and_history(wire: Any, tmp_path: Path) -> None:
    directory = tmp_path / "data"
    directory.mkdir()
    (directory / "glute-timer.sqlite3").write_bytes(b"not a database at all" * 100)
    wired: Wired = wire()
    app = wired.app
    assert "damaged" in app.window.start_screen.status_label.text()
    assert app.history_view is not None and "damaged" in app.history_view.notice.text()
    app.window.show()
    app.window.show_history()
    # said once on the history page: by the page, not the status bar as well
    assert "damaged" not in app.window.statusBar().currentMessage()


def test_a_failed_backup_is_said_though_it_runs_after_start_up(
    wire: Any, qtbot: QtBot, tmp_path: Path
) -> None:
    directory = tmp_path / "data"
    directory.mkdir()
    (directory / "backups").write_text("a file where the backup folder should be")
    wired: Wired = wire()
    app = wired.app
    assert app.history_report is not None and app.history_view is not None
    app.history_report.wait_for_backup(5.0)
    qtbot.waitUntil(lambda: "backup" in app.window.start_screen.status_label.text())
    assert "backup" in app.history_view.notice.text()


def test_no_sound_is_said_once(wire: Any) -> None:
    wired: Wired = wire(load=False)
    app = wired.app
    app.window.show()
    app.window.set_sound_status("No sound: no device")
    shown = [w for w in app.window.findChildren(QLabel) if w.isVisible() and "No sound" in w.text()]
    assert len(shown) == 1
    assert not app.window.statusBar().isVisible()
    # On the workout page the start screen is hidden: the status bar says it instead.
    app.load_rest()
    app.window.start_routine(library.ROUTINES[0])
    assert app.window.statusBar().isVisible()
    assert "No sound: no device" in app.window.statusBar().currentMessage()


def test_quick_adjust_makes_a_custom_copy_of_a_built_in(wire: Any) -> None:
    wired: Wired = wire()
    app = wired.app
    screen = app.window.start_screen
    quick: Any = app.quick_adjust
    assert quick is not None and screen.quick_adjust == quick
    assert screen.select("Wall push")
    assert quick.routine is not None and quick.routine.name == "Wall push"
    before = app.window.find_routine("Wall push")
    quick.plus_button.click()
    assert screen.selected_name() == "Wall push (custom)"
    copy = app.window.find_routine("Wall push (custom)")
    assert before is not None and copy is not None
    assert copy.exercises[0].hold.left == before.exercises[0].hold.left + 5
    assert app.window.find_routine("Wall push") == before
    assert quick.routine is not None and quick.routine.name == "Wall push (custom)"


def test_menu_actions_open_the_editor_settings_and_about(wire: Any, qtbot: QtBot) -> None:
    wired: Wired = wire()
    app = wired.app
    window = app.window
    window.start_screen.select("Wall push")
    menu_texts = [a.text() for a in window.menu.actions() if a.text()]
    assert menu_texts[:3] == ["Edit routines…", "Import routines…", "Export routine…"]
    assert window.start_screen.menu_button.menu() is window.menu

    window.edit_action.trigger()
    dialog = app.editor_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.editor.routine.name == "Wall push"
    dialog.reject()
    assert not dialog.isVisible()

    window.settings_action.trigger()
    assert app.settings_dialog is not None and app.settings_dialog.isVisible()
    app.settings_dialog.close()

    window.about_action.trigger()
    text = app.about_text()
    assert "0." in text and str(app.directory) in text and "Sound output" in text
    assert app.about_box is not None and app.about_box.isVisible()
    app.about_box.close()

    # None of them during a workout.
    window.start_routine(library.ROUTINES[0])
    assert not window.edit_action.isEnabled() and not window.settings_action.isEnabled()
    assert window.session.engine is not None
    window.session.engine.stop()
    window.show_start()
    assert window.edit_action.isEnabled()


def test_editor_save_refreshes_and_selects(wire: Any) -> None:
    wired: Wired = wire()
    app = wired.app
    app.window.start_screen.select("Wall push")
    app.window.edit_action.trigger()
    dialog = app.editor_dialog
    assert dialog is not None
    editor = dialog.editor
    editor.saved.emit("Wall push")  # as after a save: the list is read again and selected
    assert app.window.start_screen.selected_name() == "Wall push"
    dialog.reject()


def test_imported_routine_is_listed_and_selected(wire: Any, tmp_path: Path) -> None:
    from glute_timer.domain.routine_file import write_routine_file

    wired: Wired = wire()
    app = wired.app
    path = tmp_path / "short.toml"
    write_routine_file(SHORT, path)
    assert app.routine_files is not None
    assert app.routine_files.import_files([path]) == ["Short clams"]
    assert app.window.start_screen.selected_name() == "Short clams"


def test_beeps_setting_reaches_the_announcer(wire: Any, qtbot: QtBot) -> None:
    wired: Wired = wire(with_player=True)
    app = wired.app
    assert app.announcer is not None and app.announcer.beeps_enabled
    app.window.settings_action.trigger()
    assert app.settings_dialog is not None
    box = app.settings_dialog.control("beeps")
    assert isinstance(box, QCheckBox) and box.isChecked()
    box.click()
    assert app.settings.preferences.beeps is False
    assert not app.announcer.beeps_enabled
    app.settings_dialog.close()
    # and the cues then play without beeps (the recording player hears voice only)
    assert wired.player is not None
    wired.player.plays.clear()
    app.window.start_routine(library.ROUTINES[0])
    app.announcer.flush()
    assert wired.player.plays, "the get-ready prompt is still spoken"
    names = [name for played in wired.player.plays for name in played.names]
    assert not [name for name in names if Path(name).stem in {b.value for b in Beep}], names


def test_text_scale_changes_the_app_font(wire: Any) -> None:
    base = QApplication.font().pointSizeF()
    wired: Wired = wire()
    heading = wired.app.window.start_screen.start_button
    heading_size = heading.font().pointSizeF()
    wired.app.settings.preferences.text_scale = 1.5
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5)
    # a widget with a font of its own grows alike
    assert heading.font().pointSizeF() == pytest.approx(heading_size * 1.5)
    wired.app.settings.preferences.text_scale = 1.0
    assert QApplication.font().pointSizeF() == pytest.approx(base)


def test_text_scale_applies_at_start_up_and_through_the_dialog(wire: Any, tmp_path: Path) -> None:
    from glute_timer.settings import Settings

    base = QApplication.font().pointSizeF()
    (tmp_path / "data").mkdir()
    settings = Settings.open(tmp_path / "data")
    settings.preferences.text_scale = 1.3
    settings.sync()
    wired: Wired = wire()
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.3)
    wired.app.show_settings()
    dialog = wired.app.settings_dialog
    assert dialog is not None
    control = dialog.control("text_scale")
    assert isinstance(control, QWidget)
    wired.app.settings.preferences.text_scale = 2.0
    assert QApplication.font().pointSizeF() == pytest.approx(base * 2.0)
    assert not isinstance(control, QDoubleSpinBox) or control.value() == 2.0
    dialog.close()


def test_prep_seconds_changes_built_ins_only(wire: Any, tmp_path: Path) -> None:
    save_routine(tmp_path / "data", SHORT)
    wired: Wired = wire()
    app = wired.app
    app.settings.preferences.prep_seconds = 25
    wall = app.window.find_routine("Wall push")
    assert wall is not None
    app.window.start_routine(wall)
    engine = app.session.engine
    assert engine is not None
    first = engine.plan.steps[0]
    assert first.kind is StepKind.PREPARE and first.seconds == 25
    assert app.session.routine is not None
    assert app.session.routine.prep_seconds == 25
    engine.stop()
    short = app.window.find_routine("Short clams")
    assert short is not None
    app.window.start_routine(short)
    engine = app.session.engine
    assert engine is not None
    assert engine.plan.steps[0].seconds == 3
    engine.stop()
    assert app.recorder is not None and app.recorder.flush()
    sessions = wired.history().list_sessions()
    assert {s.routine for s in sessions} == {"Wall push", "Short clams"}
    wall_session = next(s for s in sessions if s.routine == "Wall push")
    detail = wired.history().session_detail(wall_session.id)
    assert detail is not None and detail.steps[0].planned_seconds == 25


def test_desktop_id_and_icon() -> None:
    assert DESKTOP_ID == "io.github.glute_timer.GluteTimer"
    icon = app_icon()
    assert not icon.isNull()
    assert not icon.pixmap(48, 48).isNull()


def test_shutdown_closes_the_recorder_and_the_sound(wire: Any) -> None:
    wired: Wired = wire(with_player=True)
    app = wired.app
    app.window.start_routine(library.ROUTINES[0])
    assert wired.keeper.held
    app.shutdown()
    assert not wired.keeper.held
    assert app.session.engine is None
    assert wired.player is not None and wired.player.stops >= 1
    assert app.recorder is not None and not app.recorder.recording
    app.shutdown()  # twice is harmless


def test_a_routine_file_dropped_on_the_window_is_imported(wire: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from glute_timer.domain.routine_file import write_routine_file

    wired: Wired = wire()
    window = wired.app.window
    files = wired.app.routine_files
    assert files is not None and window.acceptDrops()
    path = tmp_path / "short.json"
    write_routine_file(SHORT, path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPointF(100, 100),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt delivers a drop only during a real drag; hand it to the window's filter as Qt would.
    assert files.eventFilter(window, drop)
    assert drop.isAccepted()
    assert window.start_screen.selected_name() == "Short clams"


def test_import_and_export_say_what_happened(wire: Any, tmp_path: Path) -> None:
    from glute_timer.domain.routine_file import write_routine_file

    wired: Wired = wire()
    app = wired.app
    path = tmp_path / "short.toml"
    write_routine_file(SHORT, path)
    files = app.routine_files
    assert files is not None
    files.import_files([path])
    assert app.window.toast.text() == "Imported “Short clams”"
    target = tmp_path / "out.toml"
    assert files.export_to(SHORT, target)
    assert app.window.toast.text() == f"Saved to {target}"


def test_settings_plays_a_test_sound_and_names_the_output(wire: Any) -> None:
    wired: Wired = wire(with_player=True)
    app = wired.app
    app.show_settings()
    dialog = app.settings_dialog
    assert dialog is not None
    assert dialog.sound_label.text() == app.sound_in_use() != ""
    announcer = app.announcer
    assert announcer is not None
    played: list[str] = []
    announcer.on_cue = played.append  # type: ignore[method-assign,assignment]
    dialog.test_sound_button.click()
    assert played == ["go"]
    assert dialog.test_result.text() == f"Played at {app.settings.preferences.volume}%."
    app.settings.preferences.muted = True
    dialog.test_sound_button.click()
    assert played == ["go"] and "muted" in dialog.test_result.text()
    dialog.close()


def test_prep_seconds_changes_the_start_screen_durations(wire: Any) -> None:
    wired: Wired = wire()
    app = wired.app
    screen = app.window.start_screen
    assert screen.select("Wall push")
    before = screen.routine_list.currentItem().text()
    assert "2:25" in before
    app.settings.preferences.prep_seconds = 20
    assert screen.selected_name() == "Wall push"
    assert "2:35" in screen.routine_list.currentItem().text()


def test_enter_starts_the_selection_after_the_editor_closes(wire: Any, qtbot: QtBot) -> None:
    wired: Wired = wire()
    app = wired.app
    app.window.show()
    qtbot.waitExposed(app.window)
    app.window.start_screen.select("Wall push")
    app.edit_routines()
    dialog = app.editor_dialog
    assert dialog is not None
    dialog.done(0)
    assert app.window.focusWidget() is app.window.start_screen.routine_list
