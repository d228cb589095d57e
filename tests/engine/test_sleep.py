"""Sleep detection from pairs of clock readings."""

from __future__ import annotations

import pytest

from glute_timer.engine.sleep import GAP_SECONDS, WALL_JUMP_SECONDS, SleepDetector


def test_regular_ticks_are_not_sleep() -> None:
    detector = SleepDetector()
    detector.reset(100.0, 5000.0)
    for i in range(1, 200):
        assert detector.observe(100.0 + i * 0.05, 5000.0 + i * 0.05) is None


def test_first_reading_only_sets_the_baseline() -> None:
    detector = SleepDetector()
    assert detector.last_monotonic is None
    assert detector.observe(100.0, 0.0) is None
    assert detector.last_monotonic == 100.0


def test_wall_clock_running_ahead_is_sleep_on_linux() -> None:
    detector = SleepDetector()
    detector.reset(100.0, 5000.0)
    assert detector.observe(100.05, 5000.05 + 300.0) == pytest.approx(300.05)


def test_long_monotonic_gap_is_sleep_elsewhere() -> None:
    detector = SleepDetector()
    detector.reset(100.0, 5000.0)
    assert detector.observe(100.0 + 90.0, 5000.0 + 90.0) == pytest.approx(90.0)


def test_thresholds() -> None:
    detector = SleepDetector()
    detector.reset(0.0, 0.0)
    assert detector.observe(GAP_SECONDS, GAP_SECONDS) is None
    detector.reset(0.0, 0.0)
    assert detector.observe(0.05, 0.05 + WALL_JUMP_SECONDS - 0.01) is None
    detector.reset(0.0, 0.0)
    assert detector.observe(0.05, 0.05 + WALL_JUMP_SECONDS + 0.01) is not None


def test_wall_clock_set_back_is_not_sleep() -> None:
    detector = SleepDetector()
    detector.reset(100.0, 5000.0)
    assert detector.observe(100.05, 1000.0) is None
    assert detector.observe(100.10, 1000.05) is None


def test_stop_forgets_the_baseline() -> None:
    detector = SleepDetector()
    detector.reset(100.0, 5000.0)
    detector.stop()
    assert detector.observe(900.0, 9000.0) is None
