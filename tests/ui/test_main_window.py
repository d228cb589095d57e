"""The real main window, driven with key presses on a fake clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from glute_timer.domain.model import Exercise, Mode, Routine, Sides
from glute_timer.domain.plan import StepKind
from glute_timer.settings import Settings
from glute_timer.ui.main_window import MainWindow, ask_to_stop
from glute_timer.ui.workout.workout_view import SLEPT_MESSAGE
from glute_timer.workout_session import WorkoutSession
from tests.ui.window_harness import Harness, build

REPS_ROUTINE = Routine(
    name="Two lunges",
    prep_seconds=3,
    exercises=(
        Exercise(name="Lunge", illustration="lunge", mode=Mode.REPS, reps=10, sides=Sides.NONE),
        Exercise(name="Wall push", illustration="wall-push", sides=Sides.NONE),
    ),
)


def press(key: Qt.Key) -> None:
    """Press ``key`` where the keyboard focus is, as a person would."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    target = app.focusWidget() or app.activeWindow()
    assert target is not None, "no widget has the keyboard focus"
    # With an explicit (empty) text QTest does not look the key up in its ASCII table, which
    # has no media keys.
    QTest.sendKeyEvent(QTest.KeyAction.Click, target, key, "", Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def harness(qtbot: QtBot, tmp_path: Path) -> Harness:
    h = build(tmp_path)
    qtbot.addWidget(h.window)
    h.window.resize(1280, 800)
    h.window.show()
    h.window.activateWindow()
    qtbot.waitActive(h.window)
    return h


def step_kind(h: Harness) -> StepKind:
    engine = h.window.session.engine
    assert engine is not None and engine.current_step is not None
    return engine.current_step.kind


def digits(h: Harness) -> str:
    return h.window.workout_view.dial.text


def test_whole_routine_by_keys(harness: Harness) -> None:
    h = harness
    window = h.window
    assert window.start_screen.selected_name() == "Wall push"
    window.start_screen.routine_list.setFocus()
    press(Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.workout_view
    assert step_kind(h) is StepKind.PREPARE
    assert h.keep_awake.calls == ["inhibit:Following Wall push"]
    assert window.windowTitle() == "Wall push · Get ready · Left — Glute Timer"

    h.advance(3)
    assert digits(h) == "7"
    press(Qt.Key.Key_Space)
    assert window.workout_view.is_paused
    assert window.workout_view.notice.isVisible()
    assert window.windowTitle().startswith("Paused · ")
    h.advance(60)
    assert digits(h) == "7"
    press(Qt.Key.Key_Space)
    assert not window.workout_view.is_paused
    assert not window.workout_view.notice.isVisible()

    h.advance(7)
    assert step_kind(h) is StepKind.HOLD
    assert window.workout_view.side_badge.text() == "LEFT"
    assert digits(h) == "30"
    h.advance(10)
    assert digits(h) == "20"
    press(Qt.Key.Key_Left)  # after 2 s: restart the hold
    assert step_kind(h) is StepKind.HOLD
    assert digits(h) == "30"
    press(Qt.Key.Key_Right)  # skip the hold
    assert step_kind(h) is StepKind.SWITCH
    h.advance(1)
    press(Qt.Key.Key_B)  # within 2 s: back to the hold
    assert step_kind(h) is StepKind.HOLD
    press(Qt.Key.Key_N)
    assert step_kind(h) is StepKind.SWITCH
    press(Qt.Key.Key_PageDown)  # a presenter clicker's "next"
    assert step_kind(h) is StepKind.HOLD
    assert window.workout_view.side_badge.text() == "RIGHT"
    assert window.workout_view.illustration.is_mirrored

    h.advance(30)
    assert step_kind(h) is StepKind.SWITCH
    h.advance(5)
    assert step_kind(h) is StepKind.HOLD
    assert window.workout_view.set_label.text() == "Set 2 of 2"
    press(Qt.Key.Key_Period)  # a clicker's blank-screen key
    assert window.workout_view.is_paused
    press(Qt.Key.Key_MediaTogglePlayPause)
    assert not window.workout_view.is_paused

    h.advance(30 + 5 + 30)
    assert window.pages.currentWidget() is window.summary_view
    assert window.session.engine is None
    assert h.keep_awake.calls[-1] == "release"
    text = window.summary_view.details.text()
    assert "Left 1, Right 2" in text
    assert "Steps skipped: 3" in text
    assert "complete" in window.summary_view.heading.text()

    press(Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.start_screen
    assert window.windowTitle() == "Glute Timer"


def test_reps_step_ends_with_enter(harness: Harness) -> None:
    h = harness
    h.window.set_routines([(REPS_ROUTINE, False)])
    h.window.start_routine(REPS_ROUTINE)
    h.advance(3)
    view = h.window.workout_view
    assert step_kind(h) is StepKind.REPS
    assert view.done_button.isVisible()
    assert view.dial.text == "10"
    h.advance(120)  # reps steps wait for the person
    assert step_kind(h) is StepKind.REPS
    press(Qt.Key.Key_Return)
    assert step_kind(h) is StepKind.PREPARE
    assert not view.done_button.isVisible()
    press(Qt.Key.Key_Return)  # Enter means nothing in a timed step
    assert step_kind(h) is StepKind.PREPARE


def test_done_button_clicked(harness: Harness, qtbot: QtBot) -> None:
    h = harness
    h.window.start_routine(REPS_ROUTINE)
    h.advance(3)
    QTest.mouseClick(h.window.workout_view.done_button, Qt.MouseButton.LeftButton)
    assert step_kind(h) is StepKind.PREPARE


def test_escape_asks_then_stops(harness: Harness) -> None:
    h = harness
    h.window.start_routine(h.window.start_screen.routines()[0])
    h.advance(12)
    h.answers.extend([False, True])
    press(Qt.Key.Key_Escape)
    assert len(h.asked) == 1
    assert h.window.session.engine is not None and h.window.session.engine.is_running
    assert not h.window.workout_view.is_paused  # "keep going" resumes
    press(Qt.Key.Key_Escape)
    assert len(h.asked) == 2
    assert h.window.pages.currentWidget() is h.window.summary_view
    assert "stopped" in h.window.summary_view.heading.text()
    assert h.keep_awake.calls[-1] == "release"


def test_escape_with_the_real_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings.open(tmp_path)
    h = build(tmp_path)
    session = WorkoutSession(settings, h.session._engine_factory, h.keep_awake)
    window = MainWindow(settings, session, confirm_stop=ask_to_stop)
    qtbot.addWidget(window)
    window.set_routines([(r, True) for r, _ in h.window._routines])
    window.show()
    window.start_routine(window.start_screen.routines()[0])
    seen: list[str] = []

    def answer() -> None:
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        if not boxes:  # not up yet: look again in a moment
            QTimer.singleShot(10, answer)
            return
        box = boxes[0]
        seen.append(box.text())
        by_text = {b.text(): b for b in box.buttons()}
        assert set(by_text) == {"Stop", "Keep going"}
        default = box.defaultButton()
        assert default is not None and default.text() == "Keep going"  # the safe default
        assert by_text["Stop"].property("role") == "destructive"
        by_text["Stop"].click()

    QTimer.singleShot(0, answer)
    window.workout_view.stop_button.click()
    assert seen and "Stop the workout" in seen[0]
    assert window.pages.currentWidget() is window.summary_view


def test_keys_work_whatever_has_focus(harness: Harness) -> None:
    h = harness
    h.window.start_routine(h.window.start_screen.routines()[0])
    h.window.workout_view.skip_button.setFocus()
    press(Qt.Key.Key_Space)  # pauses; does not press the focused Skip button
    assert h.window.workout_view.is_paused
    assert step_kind(h) is StepKind.PREPARE
    press(Qt.Key.Key_MediaPlay)
    assert not h.window.workout_view.is_paused
    press(Qt.Key.Key_MediaPause)
    assert h.window.workout_view.is_paused
    press(Qt.Key.Key_PageDown)
    assert step_kind(h) is StepKind.HOLD
    h.advance(1)
    press(Qt.Key.Key_PageUp)
    assert step_kind(h) is StepKind.PREPARE


def test_workout_keys_do_nothing_on_the_start_screen(harness: Harness) -> None:
    h = harness
    h.window.start_screen.routine_list.setFocus()
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Escape, Qt.Key.Key_N):
        press(key)
    assert h.window.session.engine is None
    assert h.asked == []
    assert h.window.pages.currentWidget() is h.window.start_screen


def test_sleep_pauses_with_a_message_until_space(harness: Harness) -> None:
    h = harness
    h.window.start_routine(h.window.start_screen.routines()[0])
    h.advance(12)
    h.clock.suspend(3600)  # a Linux suspend: the wall clock leaps, the monotonic does not
    h.advance(0.1)
    view = h.window.workout_view
    assert view.is_paused
    assert SLEPT_MESSAGE in view.notice.text()
    left = digits(h)
    h.advance(30)
    assert digits(h) == left
    press(Qt.Key.Key_Space)
    assert not view.is_paused
    h.advance(2)
    assert digits(h) != left


def test_mute_and_volume_keys(harness: Harness) -> None:
    h = harness
    prefs = h.settings.preferences
    assert prefs.volume == 80 and not prefs.muted
    press(Qt.Key.Key_M)
    assert prefs.muted
    assert h.window.toast.isVisible() and "off" in h.window.toast.text()
    press(Qt.Key.Key_Plus)
    assert prefs.volume == 90 and not prefs.muted
    press(Qt.Key.Key_Minus)
    press(Qt.Key.Key_Minus)
    assert prefs.volume == 70
    assert h.window.toast.text() == "Volume 70%"


def test_help_key_lists_every_key(harness: Harness) -> None:
    h = harness
    press(Qt.Key.Key_F1)
    dialog = h.window.keys_help
    assert dialog is not None and dialog.isVisible()
    items = [dialog.table.item(r, 0) for r in range(dialog.table.rowCount())]
    names = [item.text() for item in items if item is not None]
    assert any("Space" in n for n in names) and any("Page Down" in n for n in names)
    dialog.close()
    h.window.activateWindow()
    h.window.setFocus()
    press(Qt.Key.Key_Question)
    assert dialog.isVisible()


def test_full_screen_key_is_remembered(harness: Harness, qtbot: QtBot) -> None:
    h = harness
    press(Qt.Key.Key_F)
    qtbot.waitUntil(h.window.isFullScreen)
    assert h.settings.ui_state.full_screen
    press(Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not h.window.isFullScreen())
    assert not h.settings.ui_state.full_screen


def test_window_size_and_last_routine_are_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    first = build(tmp_path)
    qtbot.addWidget(first.window)
    first.window.resize(700, 500)
    first.window.show()
    first.window.start_routine(first.window.start_screen.routines()[1])
    first.window.close()
    assert first.keep_awake.calls[-1] == "release"  # quitting mid-workout lets the screen sleep

    second = build(tmp_path)
    qtbot.addWidget(second.window)
    assert second.window.size().width() == 700 and second.window.size().height() == 500
    assert second.window.start_screen.selected_name() == "Glute medius strength"


def test_every_control_has_an_accessible_name(harness: Harness) -> None:
    h = harness
    h.window.start_routine(h.window.start_screen.routines()[0])
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel

    unnamed = [
        w
        for w in h.window.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QAbstractItemView)
        and w.isVisibleTo(h.window)
        and not w.accessibleName()
    ]
    assert unnamed == []
    dial = h.window.workout_view.dial
    assert dial.accessibleName() == "Time left"
    assert dial.accessibleDescription() == "10 seconds left"
    assert isinstance(h.window.workout_view.notice, QLabel)


def test_a_notice_is_shown_once_on_each_page(harness: Harness) -> None:
    window = harness.window
    window.set_sound_status("No sound: no device")
    window.set_notice("history", "A workout was cut short.")
    assert window.start_screen.status_label.text() == (
        "No sound: no device  A workout was cut short."
    )
    assert not window.statusBar().isVisible()  # the start screen says it already
    window.start_routine(window.start_screen.routines()[0])
    assert window.statusBar().isVisible()
    assert window.statusBar().currentMessage() == window.notices()
    window.set_sound_status("")
    assert window.statusBar().currentMessage() == "A workout was cut short."


def test_the_status_bar_keeps_long_notices_to_one_line(harness: Harness) -> None:
    window = harness.window
    full = (
        "History cannot be saved: the disk is full. The workout goes on; free some space "
        "while Glute Timer is open and it will be saved as soon as there is room."
    )
    window.set_notice("recorder", full)
    window.start_routine(window.start_screen.routines()[0])
    bar = window.statusBar()
    assert bar.currentMessage() == "History cannot be saved: the disk is full."
    assert bar.toolTip() == full
    assert window.start_screen.status_label.text() == full


def test_menu_actions_are_off_during_a_workout(harness: Harness) -> None:
    window = harness.window
    assert not window.edit_action.isEnabled()  # no routine database yet
    assert not window.history_action.isEnabled()  # no history page yet
    window.set_routine_actions_enabled(True)
    window.set_history_page(QWidget())
    assert window.edit_action.isEnabled() and window.history_action.isEnabled()
    assert window.settings_action.isEnabled() and window.about_action.isEnabled()
    window.start_routine(window.start_screen.routines()[0])
    assert not any(
        a.isEnabled() for a in (window.edit_action, window.import_action, window.settings_action)
    )
    press(Qt.Key.Key_Escape)  # stop (the harness answers "keep going" by default)
    assert window.session.engine is not None
    window.session.engine.stop()
    window.show_start()
    assert window.edit_action.isEnabled()


def test_built_ins_take_the_get_ready_time_custom_routines_keep_theirs(
    harness: Harness,
) -> None:
    window = harness.window
    custom = Routine(name="Mine", exercises=(Exercise(name="Clam"),), prep_seconds=7)
    window.set_routines([(r, True) for r in window.start_screen.routines()] + [(custom, False)])
    harness.settings.preferences.prep_seconds = 20
    built_in = window.start_screen.routines()[0]
    assert window.routine_to_run(built_in).prep_seconds == 20
    assert window.routine_to_run(custom) is custom
    window.start_routine(built_in)
    assert window.session.routine is not None and window.session.routine.prep_seconds == 20
    engine = window.session.engine
    assert engine is not None and engine.plan.steps[0].seconds == 20
