"""The workout screen's look: readable secondary lines, paused = dimmed with one message,
a lasting muted sign, the keep-awake notice, Stop styled as destructive."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot

from glute_timer.platform.keep_awake.keeper import NoKeepAwake
from glute_timer.ui.text_scale import apply_text_scale
from glute_timer.ui.theme import ROLE_PROPERTY
from tests.ui.window_harness import Harness, build
from tests.ui.workout.test_workout_view import show_at, wall_push_hold


@pytest.fixture
def harness(qtbot: QtBot, tmp_path: Path) -> Harness:
    h = build(tmp_path)
    qtbot.addWidget(h.window)
    return h


def secondary_sizes(h: Harness) -> list[int]:
    view = h.window.workout_view
    return [
        label.font().pixelSize() for label in (view.set_label, view.next_label, view.overall_label)
    ]


def test_secondary_lines_are_at_least_28_px_at_1280x800(harness: Harness, qtbot: QtBot) -> None:
    show_at(harness, qtbot, 1280, 800)
    wall_push_hold(harness)
    assert min(secondary_sizes(harness)) >= 28


def test_secondary_lines_follow_the_text_size_setting(harness: Harness, qtbot: QtBot) -> None:
    show_at(harness, qtbot, 1280, 800)
    wall_push_hold(harness)
    before = secondary_sizes(harness)
    apply_text_scale(1.5)
    try:
        qtbot.waitUntil(lambda: secondary_sizes(harness) != before)
        after = secondary_sizes(harness)
        assert all(a >= b * 1.4 for a, b in zip(after, before, strict=True))
    finally:
        apply_text_scale(1.0)


def test_paused_dims_all_but_the_buttons_and_keeps_the_digits_clear(
    harness: Harness, qtbot: QtBot
) -> None:
    show_at(harness, qtbot, 1280, 800)
    wall_push_hold(harness)
    harness.session.toggle_pause()
    view = harness.window.workout_view
    assert view.dimmer.isVisible() and view.notice.isVisible()
    assert view.notice.text() == "Paused — Space to continue"
    digits = view.dial.digits_rect().toAlignedRect()
    digits_in_view = QRect(view.dial.mapTo(view, digits.topLeft()), digits.size())
    assert not view.notice.geometry().intersects(digits_in_view)
    assert view.dimmer.geometry().contains(digits_in_view)
    assert not view.dimmer.geometry().intersects(view.pause_button.geometry())
    harness.session.toggle_pause()
    assert not view.dimmer.isVisible() and not view.notice.isVisible()


def test_muted_sign_lasts_while_muted(harness: Harness, qtbot: QtBot) -> None:
    show_at(harness, qtbot, 1280, 800)
    wall_push_hold(harness)
    view = harness.window.workout_view
    assert not view.muted_label.isVisible()
    harness.settings.preferences.muted = True
    assert view.muted_label.isVisible() and view.muted_label.text() == "Sound off"
    harness.advance(3)
    assert view.muted_label.isVisible()
    harness.settings.preferences.muted = False
    assert not view.muted_label.isVisible()


def test_screen_that_cannot_be_kept_awake_is_said_in_the_workout(
    qtbot: QtBot, tmp_path: Path
) -> None:
    h = build(tmp_path)
    qtbot.addWidget(h.window)
    h.session.set_keep_awake(NoKeepAwake())
    show_at(h, qtbot, 1280, 800)
    wall_push_hold(h)
    notice = h.window.workout_view.awake_notice
    assert notice.isVisible()
    assert "cannot be kept awake (no keep-awake service)" in notice.text()


def test_kept_awake_says_nothing(harness: Harness, qtbot: QtBot) -> None:
    show_at(harness, qtbot, 1280, 800)
    wall_push_hold(harness)
    assert not harness.window.workout_view.awake_notice.isVisible()


def test_stop_is_destructive_and_pause_primary(harness: Harness, qtbot: QtBot) -> None:
    show_at(harness, qtbot, 1280, 800)
    wall_push_hold(harness)
    view = harness.window.workout_view
    assert view.stop_button.property(ROLE_PROPERTY) == "destructive"
    assert view.pause_button.property(ROLE_PROPERTY) == "primary"
    assert view.stop_button.width() < view.pause_button.width()
