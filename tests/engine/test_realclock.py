"""The engine on the real clock and Qt timers: short steps, waited for by signal."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from glute_timer.engine import WorkoutEngine
from tests.engine.conftest import make_plan

pytestmark = pytest.mark.realclock

# Generous: CI machines are shared, and these tests prove the real path, not precision
# (benchmarks/timing.py measures precision).
SLACK = 0.15


def test_timed_steps_run_on_the_real_clock(qtbot: QtBot) -> None:
    plan = make_plan(("prepare", 0.3), ("hold", 0.4), ("rest", 0.2))
    engine = WorkoutEngine(plan)
    starts: list[tuple[int, float]] = []
    reports: list[tuple[int, str, float]] = []
    engine.step_started.connect(lambda s: starts.append((s.index, time.monotonic())))
    engine.step_finished.connect(lambda s, o, a: reports.append((s.index, o, a)))

    with qtbot.waitSignal(engine.finished, timeout=5000) as blocker:
        engine.start()
    assert blocker.args == ["completed"]
    assert [i for i, _ in starts] == [0, 1, 2, 3]
    t0 = starts[0][1]
    for (_, at), planned in zip(starts[1:], (0.3, 0.7, 0.9), strict=True):
        assert at - t0 == pytest.approx(planned, abs=SLACK)
    assert [(i, o) for i, o, _ in reports] == [(0, "completed"), (1, "completed"), (2, "completed")]
    assert [a for _, _, a in reports] == [pytest.approx(s) for s in (0.3, 0.4, 0.2)]


def test_pause_and_resume_keep_the_time_left_on_the_real_clock(qtbot: QtBot) -> None:
    engine = WorkoutEngine(make_plan(("hold", 0.5)))
    pause_timer = QTimer()
    pause_timer.setSingleShot(True)
    pause_timer.timeout.connect(engine.pause)
    resume_timer = QTimer()
    resume_timer.setSingleShot(True)
    resume_timer.timeout.connect(engine.resume)
    reports: list[float] = []
    engine.step_finished.connect(lambda s, o, a: reports.append(a))
    ticks: list[tuple[float, float]] = []
    engine.tick.connect(lambda left, fraction: ticks.append((time.monotonic(), left)))
    moments: dict[str, float] = {}
    engine.paused.connect(lambda: moments.setdefault("paused", time.monotonic()))
    engine.resumed.connect(lambda: moments.setdefault("resumed", time.monotonic()))

    started = time.monotonic()
    with qtbot.waitSignal(engine.paused, timeout=3000):
        engine.start()
        pause_timer.start(200)
    before_pause = ticks[-1][1]
    assert before_pause == pytest.approx(0.3, abs=SLACK)

    with qtbot.waitSignal(engine.resumed, timeout=3000):
        resume_timer.start(300)
    # The resume ticks the time left the pause kept: what ran before it, none of the pause.
    resumed_at, left = ticks[-1]
    assert resumed_at >= moments["resumed"]
    assert left <= before_pause
    assert (moments["paused"] - started) + left == pytest.approx(0.5, abs=SLACK)
    assert moments["resumed"] - moments["paused"] >= 0.25

    with qtbot.waitSignal(engine.finished, timeout=3000):
        pass
    ended = time.monotonic()
    # The hold took its full 0.5 s of activity, plus the ~0.3 s pause.
    assert ended - moments["paused"] >= 0.3 + left - 0.02
    assert ended - moments["resumed"] == pytest.approx(left, abs=SLACK)
    assert reports == [pytest.approx(0.5, abs=0.02)]


def test_display_ticks_arrive_about_twenty_times_a_second(qtbot: QtBot) -> None:
    engine = WorkoutEngine(make_plan(("hold", 0.5)))
    ticks: list[tuple[float, float]] = []
    engine.tick.connect(lambda left, frac: ticks.append((left, frac)))
    with qtbot.waitSignal(engine.finished, timeout=3000):
        engine.start()
    assert 4 <= len(ticks) <= 14
    lefts = [left for left, _ in ticks]
    assert lefts == sorted(lefts, reverse=True)
    assert all(0.0 <= frac <= 1.0 for _, frac in ticks)


def test_a_paced_reps_step_counts_and_ends_itself_on_the_real_clock(qtbot: QtBot) -> None:
    plan = make_plan(("prepare", 0.2), ("reps", 2, {"reps": 2, "rep_seconds": 1}))
    engine = WorkoutEngine(plan)
    reps: list[tuple[int, float]] = []
    reports: list[tuple[int, str, float]] = []
    engine.rep_began.connect(lambda n: reps.append((n, time.monotonic())))
    engine.step_finished.connect(lambda s, o, a: reports.append((s.index, o, a)))

    started = time.monotonic()
    with qtbot.waitSignal(engine.finished, timeout=8000) as blocker:
        engine.start()  # nothing pressed: the reps end by themselves
    assert blocker.args == ["completed"]
    assert [n for n, _ in reps] == [2]
    assert reps[0][1] - started == pytest.approx(1.2, abs=SLACK)
    assert [(i, o) for i, o, _ in reports] == [(0, "completed"), (1, "completed")]
    assert reports[1][2] == pytest.approx(2.0)
