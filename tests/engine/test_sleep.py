"""Sleep detection from pairs of (monotonic, suspended-time) readings; the wall clock is never
looked at."""

from __future__ import annotations

import sys
import time

import pytest

from glute_timer.engine.clock import SystemClock
from glute_timer.engine.sleep import GAP_SECONDS, SUSPEND_SECONDS, SleepDetector


def test_regular_ticks_are_not_sleep() -> None:
    detector = SleepDetector()
    detector.reset(100.0, 7.0)
    for i in range(1, 200):
        assert detector.observe(100.0 + i * 0.05, 7.0) is None


def test_first_observation_only_starts_watching() -> None:
    detector = SleepDetector()
    assert detector.observe(100.0, 7.0) is None
    assert detector.last_monotonic == 100.0


def test_suspended_time_growing_is_sleep() -> None:
    # Linux: the monotonic clock stood still while CLOCK_BOOTTIME ran on for 300 s.
    detector = SleepDetector()
    detector.reset(100.0, 7.0)
    assert detector.observe(100.05, 307.0) == pytest.approx(300.05)


def test_a_monotonic_gap_is_sleep_where_there_is_no_suspend_clock() -> None:
    # Windows: no suspend reading; the monotonic clock ran through the suspend.
    detector = SleepDetector()
    detector.reset(100.0, None)
    assert detector.observe(100.0 + 90.0, None) == pytest.approx(90.0)


def test_thresholds() -> None:
    detector = SleepDetector()
    detector.reset(0.0, 0.0)
    assert detector.observe(GAP_SECONDS, 0.0) is None
    detector.reset(0.0, 0.0)
    assert detector.observe(0.05, SUSPEND_SECONDS - 0.01) is None
    detector.reset(0.0, 0.0)
    assert detector.observe(0.05, SUSPEND_SECONDS + 0.01) is not None


def test_stop_forgets_the_last_reading() -> None:
    detector = SleepDetector()
    detector.reset(100.0, 0.0)
    detector.stop()
    assert detector.last_monotonic is None
    assert detector.observe(900.0, 500.0) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="CLOCK_BOOTTIME is Linux")
def test_the_system_suspend_reading_holds_still_while_awake() -> None:
    clock = SystemClock()
    first = clock.suspended()
    assert first is not None
    deadline = time.monotonic() + 0.05
    while time.monotonic() < deadline:  # busy for a moment: the machine is awake
        pass
    second = clock.suspended()
    assert second is not None
    assert abs(second - first) < 0.01
