"""The workout view as painted: big digits that fit, colours and labels per step kind."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from glute_timer.domain import library
from glute_timer.domain.how_to import how_to
from glute_timer.domain.model import Exercise, Mode, Routine, Side, Sides
from glute_timer.domain.plan import StepKind
from glute_timer.resources import illustration_path
from glute_timer.ui.theme import KIND_COLOURS, SIDE_COLOURS
from glute_timer.ui.widgets.illustration_view import IllustrationView
from glute_timer.ui.workout.step_text import KIND_WORDS
from tests.ui.clipping import clipped
from tests.ui.window_harness import Harness, build

SIZES = [(1280, 800), (800, 500)]


@pytest.fixture
def harness(qtbot: QtBot, tmp_path: Path) -> Harness:
    h = build(tmp_path)
    qtbot.addWidget(h.window)
    return h


def show_at(h: Harness, qtbot: QtBot, width: int, height: int) -> None:
    h.window.setMinimumSize(1, 1)  # the offscreen screen is small; the test sets the size
    h.window.resize(width, height)
    h.window.show()
    qtbot.waitExposed(h.window)
    QApplication.processEvents()


def wall_push_hold(h: Harness) -> None:
    h.window.start_routine(h.window.start_screen.routines()[0])
    h.advance(15)  # 10 s get-ready, then 5 s into the 30 s hold
    step = h.window.workout_view.step
    assert step is not None and step.kind is StepKind.HOLD


def dark_pixels(image: QImage, rect: QRect, ink: QColor) -> int:
    count = 0
    for x in range(rect.left(), rect.right(), 3):
        for y in range(rect.top(), rect.bottom(), 3):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - ink.red()) + abs(c.green() - ink.green()) + abs(c.blue() - ink.blue())
                < 60
            ):
                count += 1
    return count


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_digits_fit_inside_and_are_large(
    harness: Harness, qtbot: QtBot, width: int, height: int
) -> None:
    h = harness
    show_at(h, qtbot, width, height)
    wall_push_hold(h)
    window = h.window
    assert (window.width(), window.height()) == (width, height)
    dial = window.workout_view.dial
    assert dial.text == "25"
    rect = dial.digits_rect().toAlignedRect()
    top_left = dial.mapTo(window, rect.topLeft())
    in_window = QRect(top_left, rect.size())
    assert window.rect().contains(in_window), (in_window, window.rect())
    assert dial.rect().contains(rect)
    assert in_window.height() >= height / 4, (in_window.height(), height)
    # Nothing else is painted over the digits.
    for other in (window.workout_view.illustration, window.workout_view.pause_button):
        other_rect = QRect(other.mapTo(window, QPoint(0, 0)), other.size())
        assert not other_rect.intersects(in_window)

    image = window.grab().toImage()
    assert image.width() >= width  # (device pixels may be more)
    ink = window.workout_view._scheme.text
    assert dark_pixels(image, in_window, ink) > 50  # the digits are really painted there
    ring_colour = QColor(KIND_COLOURS[StepKind.HOLD])
    assert dark_pixels(image, QRect(QPoint(0, 0), image.size()), ring_colour) > 50


def test_each_step_kind_has_its_colour_and_label(harness: Harness, qtbot: QtBot) -> None:
    h = harness
    show_at(h, qtbot, 1000, 650)
    h.window.start_routine(h.window.start_screen.routines()[0])
    seen: dict[StepKind, tuple[str, str]] = {}
    view = h.window.workout_view
    for _ in range(6):
        step = view.step
        assert step is not None
        seen[step.kind] = (view.kind_badge.text(), view.kind_badge.colour.name())
        h.window.session.engine.skip()  # type: ignore[union-attr]
    assert set(seen) == {StepKind.PREPARE, StepKind.HOLD, StepKind.SWITCH}
    for kind, (label, colour) in seen.items():
        assert label == KIND_WORDS[kind]
        assert colour == QColor(KIND_COLOURS[kind]).name()
    assert len({c for _, c in seen.values()}) == len(seen)


def test_rest_and_reps_steps(harness: Harness, qtbot: QtBot) -> None:
    h = harness
    show_at(h, qtbot, 1000, 650)
    routine = Routine(
        name="Scissors",
        prep_seconds=5,
        exercises=(
            Exercise(
                name="Side scissor kicks",
                illustration="side-scissor-kicks",
                mode=Mode.REPS,
                reps=12,
                sets=2,
                sides=Sides.RIGHT,
                rest_seconds=20,
            ),
        ),
    )
    h.window.start_routine(routine)
    h.advance(5)
    view = h.window.workout_view
    assert view.kind_badge.text() == "REPS"
    assert view.dial.text == "12"
    assert view.done_button.isVisible()
    assert view.done_button.height() >= view.skip_button.height()
    assert view.side_badge.text() == "RIGHT"
    assert view.side_badge.colour.name() == QColor(SIDE_COLOURS[Side.RIGHT]).name()
    assert view.next_label.text() == "Next: rest 20 s"
    h.window.session.engine.done()  # type: ignore[union-attr]
    assert view.kind_badge.text() == "REST"
    assert view.dial.text == "20"
    assert not view.done_button.isVisible()


def test_last_three_seconds_count_down_in_the_urgent_colour(harness: Harness, qtbot: QtBot) -> None:
    h = harness
    show_at(h, qtbot, 1000, 650)
    h.window.start_routine(h.window.start_screen.routines()[0])
    dial = h.window.workout_view.dial
    h.advance(6.5)
    assert dial.text == "4" and not dial.is_urgent
    h.advance(1)
    assert dial.text == "3" and dial.is_urgent
    h.advance(1)
    assert dial.text == "2" and dial.is_urgent
    h.advance(1.6)
    step = h.window.workout_view.step
    assert step is not None and step.kind is StepKind.HOLD
    assert not dial.is_urgent


def test_repaints_only_when_something_changes(harness: Harness, qtbot: QtBot) -> None:
    h = harness
    show_at(h, qtbot, 1280, 800)
    wall_push_hold(h)
    dial = h.window.workout_view.dial
    descriptions: list[str] = []
    QApplication.processEvents()
    before = dial.paint_count
    for _ in range(40):  # two seconds of 20 Hz display ticks
        h.advance(0.05)
        QApplication.processEvents()
        if not descriptions or descriptions[-1] != dial.accessibleDescription():
            descriptions.append(dial.accessibleDescription())
    paints = dial.paint_count - before
    # A 3-degree ring step on a 30 s hold is 1/4 s: about 8 repaints in 2 s, not 40.
    assert 6 <= paints <= 16, paints
    assert (
        descriptions
        == ["25 seconds left", "24 seconds left", "23 seconds left"][: len(descriptions)]
    )
    assert len(descriptions) <= 3


def test_a_ring_step_repaints_only_the_ring_end_and_a_new_second_the_digits(
    harness: Harness, qtbot: QtBot
) -> None:
    h = harness
    show_at(h, qtbot, 1280, 800)
    wall_push_hold(h)
    dial = h.window.workout_view.dial
    QApplication.processEvents()
    dial_area = dial.width() * dial.height()
    ring_only: list[QRect] = []
    with_digits: list[QRect] = []
    for _ in range(40):  # two seconds of 20 Hz display ticks
        before_text, before_paints = dial.text, dial.paint_count
        h.advance(0.05)
        QApplication.processEvents()
        if dial.paint_count == before_paints:
            continue
        (with_digits if dial.text != before_text else ring_only).append(dial.last_paint_rect)
    assert ring_only and with_digits
    for rect in ring_only:
        assert rect.width() * rect.height() < dial_area * 0.05, rect
    digits = dial.digits_rect().toAlignedRect()
    for rect in with_digits:
        assert rect.contains(digits), (rect, digits)


def test_minimum_size(harness: Harness, qtbot: QtBot) -> None:
    h = harness
    h.window.show()
    qtbot.waitExposed(h.window)
    h.window.resize(h.window.minimumSize())
    QApplication.processEvents()
    wall_push_hold(h)
    window = h.window
    dial = window.workout_view.dial
    rect = dial.digits_rect().toAlignedRect()
    in_window = QRect(dial.mapTo(window, rect.topLeft()), rect.size())
    assert window.rect().contains(in_window)
    assert in_window.height() >= window.height() / 4
    for button in (window.workout_view.pause_button, window.workout_view.stop_button):
        assert button.height() >= 44 and button.isVisible()
        assert window.rect().contains(QRect(button.mapTo(window, QPoint(0, 0)), button.size()))


def test_large_text(large_text: float, harness: Harness, qtbot: QtBot) -> None:
    h = harness
    show_at(h, qtbot, 800, 500)
    wall_push_hold(h)
    view = h.window.workout_view
    for widget in (view.pause_button, view.stop_button, view.side_badge, view.next_label):
        assert widget.isVisible()
        bottom_right = widget.mapTo(h.window, QPoint(widget.width(), widget.height()))
        assert bottom_right.x() <= h.window.width() and bottom_right.y() <= h.window.height()
    assert h.window.workout_view.dial.text == "25"


def _skip_to(h: Harness, kind: StepKind, exercise: str | None = None) -> None:
    view = h.window.workout_view
    for _ in range(40):
        step = view.step
        assert step is not None
        if step.kind is kind and (exercise is None or step.exercise == exercise):
            return
        h.window.session.engine.skip()  # type: ignore[union-attr]
    raise AssertionError(f"no {kind} step of {exercise}")


def test_rest_before_the_next_exercise_shows_that_exercise(harness: Harness, qtbot: QtBot) -> None:
    h = harness
    show_at(h, qtbot, 1280, 800)
    wall = replace(library.WALL_PUSH, rest_seconds=20)
    plank = replace(library.SIDE_PLANK, first_side=Side.RIGHT)
    h.window.start_routine(Routine(name="Two", prep_seconds=5, exercises=(wall, plank)))
    view = h.window.workout_view
    # The rest after the wall push's last set (its first rest is between its sets).
    _skip_to(h, StepKind.REST)
    h.window.session.engine.skip()  # type: ignore[union-attr]
    _skip_to(h, StepKind.REST)
    assert view.title_label.text() == "Side plank"
    assert view.side_badge.text() == "RIGHT"
    assert view.set_label.text() == "Set 1 of 2"
    assert view.how_label.isVisible()
    assert view.how_label.text() == how_to("side-plank", Side.RIGHT)
    picture = view.illustration
    assert isinstance(picture, IllustrationView)
    assert picture.illustration() == illustration_path("side-plank")
    assert picture.is_mirrored()
    h.advance(3)  # time passing changes none of it
    assert view.title_label.text() == "Side plank" and picture.is_mirrored()


def test_rest_between_sets_shows_the_next_set(harness: Harness, qtbot: QtBot) -> None:
    h = harness
    show_at(h, qtbot, 1280, 800)
    wall = replace(library.WALL_PUSH, rest_seconds=20)
    h.window.start_routine(Routine(name="One", prep_seconds=5, exercises=(wall,)))
    _skip_to(h, StepKind.REST)
    view = h.window.workout_view
    assert (view.title_label.text(), view.side_badge.text()) == ("Wall push", "LEFT")
    assert view.set_label.text() == "Set 2 of 2"
    assert view.how_label.text() == how_to("wall-push", Side.LEFT)


@pytest.mark.parametrize("kind", [StepKind.PREPARE, StepKind.SWITCH])
def test_get_ready_and_switch_teach_the_coming_side_large(
    harness: Harness, qtbot: QtBot, kind: StepKind
) -> None:
    h = harness
    show_at(h, qtbot, 1280, 800)
    h.window.start_routine(h.window.start_screen.routines()[0])  # Wall push: LEFT first
    _skip_to(h, kind)
    view = h.window.workout_view
    step = view.step
    assert step is not None
    side = Side.LEFT if kind is StepKind.PREPARE else Side.RIGHT
    assert view.side_badge.text() == side.value.upper()
    assert view.how_label.text() == how_to("wall-push", side)
    assert view.how_label.font().pixelSize() >= 24
    QApplication.processEvents()  # let the layout settle on the new texts
    assert not clipped(view)
    # Readable means on screen, whole, between the picture and the buttons.
    label_box = QRect(view.how_label.mapTo(h.window, QPoint(0, 0)), view.how_label.size())
    assert h.window.rect().contains(label_box)


def test_how_line_follows_the_window_size(harness: Harness, qtbot: QtBot) -> None:
    h = harness
    show_at(h, qtbot, 800, 500)
    h.window.start_routine(h.window.start_screen.routines()[0])
    small = h.window.workout_view.how_label.font().pixelSize()
    h.window.resize(1280, 800)
    QApplication.processEvents()
    assert h.window.workout_view.how_label.font().pixelSize() > small


def test_custom_exercise_without_how_to_shows_its_first_instruction(
    harness: Harness, qtbot: QtBot
) -> None:
    h = harness
    show_at(h, qtbot, 1280, 800)
    bridge = Exercise(
        name="Bridge",
        illustration="generic",
        instructions="Lie on your back, knees bent. Lift the hips and hold.",
        sides=Sides.NONE,
    )
    quiet = Exercise(name="Quiet", illustration="generic", sides=Sides.NONE)
    h.window.start_routine(Routine(name="Mine", prep_seconds=5, exercises=(bridge, quiet)))
    view = h.window.workout_view
    assert view.how_label.text() == "Lie on your back, knees bent."
    assert view.how_label.isVisible()
    _skip_to(h, StepKind.PREPARE, "Quiet")
    assert view.how_label.text() == "" and not view.how_label.isVisible()
