"""StepClock: active time, time left and deadline across pauses."""

from __future__ import annotations

import pytest

from glute_timer.engine.step_clock import StepClock


def test_a_running_step_counts_from_its_start() -> None:
    clock = StepClock(10.0, start=100.0)
    assert clock.running
    assert clock.active(103.0) == 3.0
    assert clock.left(103.0) == 7.0
    assert clock.deadline() == 110.0


def test_pause_freezes_active_time_and_clears_the_deadline() -> None:
    clock = StepClock(10.0, start=100.0)
    clock.pause(104.0)
    assert not clock.running
    assert clock.active(150.0) == 4.0
    assert clock.left(150.0) == 6.0
    assert clock.deadline() is None


def test_resume_goes_on_from_the_remainder() -> None:
    clock = StepClock(10.0, start=100.0)
    clock.pause(104.0)
    clock.resume(200.0)
    assert clock.active(201.0) == pytest.approx(5.0)
    assert clock.deadline() == pytest.approx(206.0)
    clock.pause(202.5)
    clock.resume(300.0)
    assert clock.deadline() == pytest.approx(303.5)


def test_pause_before_the_segment_began_banks_nothing() -> None:
    clock = StepClock(10.0, start=100.0)
    clock.pause(99.0)
    assert clock.active(120.0) == 0.0


def test_repeated_pause_and_resume_are_harmless() -> None:
    clock = StepClock(10.0, start=100.0)
    clock.resume(105.0)
    assert clock.deadline() == 110.0
    clock.pause(102.0)
    clock.pause(108.0)
    assert clock.active(108.0) == 2.0


def test_a_clock_built_paused_has_no_deadline() -> None:
    clock = StepClock(0.0, start=100.0, running=False)
    assert not clock.running
    assert clock.active(500.0) == 0.0
    assert clock.deadline() is None


def test_left_goes_negative_when_overdue() -> None:
    clock = StepClock(5.0, start=0.0)
    assert clock.left(7.0) == -2.0


def test_progress_counts_down_timed_steps_and_up_reps_steps() -> None:
    clock = StepClock(20.0, start=0.0)
    assert clock.progress(5.0) == (15.0, 0.25)
    assert clock.progress(25.0) == (0.0, 1.0)
    assert clock.progress(5.0, counting_up=True) == (5.0, 0.25)
    assert clock.progress(40.0, counting_up=True) == (40.0, 1.0)
    assert StepClock(0.0, start=0.0).progress(1.0, counting_up=True) == (1.0, 0.0)
