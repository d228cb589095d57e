"""Real clocks and Qt timers, and the fakes that stand in for them."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from glute_timer.engine.clock import QtTimer, QtTimerFactory, SystemClock
from tests.fakes import FakeClock, FakeTimerFactory


def test_system_clock_reads_monotonic_and_wall_time() -> None:
    clock = SystemClock()
    before_mono, before_wall = time.monotonic(), time.time()
    mono, wall = clock.monotonic(), clock.wall()
    assert before_mono <= mono <= time.monotonic()
    assert before_wall - 1 <= wall <= time.time() + 1


def test_qt_timer_types_and_single_shot(qtbot: QtBot) -> None:
    fired: list[float] = []
    factory = QtTimerFactory()
    precise = factory(lambda: fired.append(time.monotonic()), precise=True)
    coarse = factory(lambda: None, repeating=True, precise=False)
    assert isinstance(precise, QtTimer)
    assert precise._timer.timerType() == Qt.TimerType.PreciseTimer
    assert precise._timer.isSingleShot()
    assert coarse._timer.timerType() == Qt.TimerType.CoarseTimer
    assert not coarse._timer.isSingleShot()

    start = time.monotonic()
    precise.start(0.05)
    assert precise.is_active()
    qtbot.waitUntil(lambda: len(fired) == 1, timeout=2000)
    assert fired[0] - start >= 0.049
    assert not precise.is_active()


def test_qt_timer_stop_prevents_the_callback(qtbot: QtBot) -> None:
    fired: list[str] = []
    factory = QtTimerFactory()
    stopped = factory(lambda: fired.append("stopped"))
    witness = factory(lambda: fired.append("witness"))
    stopped.start(0.02)
    witness.start(0.1)
    stopped.stop()
    qtbot.waitUntil(lambda: fired == ["witness"], timeout=2000)


def test_fake_timers_fire_in_time_order_at_their_deadlines() -> None:
    clock = FakeClock()
    timers = FakeTimerFactory(clock)
    seen: list[tuple[str, float]] = []
    t0 = clock.monotonic()
    a = timers(lambda: seen.append(("a", clock.monotonic() - t0)))
    b = timers(lambda: seen.append(("b", clock.monotonic() - t0)), repeating=True)
    a.start(0.25)
    b.start(0.1)
    assert timers.advance(0.35) == 4
    assert seen == [
        ("b", pytest.approx(0.1)),
        ("b", pytest.approx(0.2)),
        ("a", 0.25),
        ("b", pytest.approx(0.3)),
    ]
    assert clock.monotonic() - t0 == pytest.approx(0.35)
    assert not a.is_active() and b.is_active()


def test_fake_clock_refuses_to_go_back() -> None:
    clock = FakeClock()
    with pytest.raises(ValueError):
        clock.advance(-1)
    wall = clock.wall()
    clock.jump_wall(60)
    assert clock.wall() == wall + 60
