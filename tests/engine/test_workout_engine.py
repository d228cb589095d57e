"""The workout engine on fake time: every transition, at exact times, with the machine's states."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtStateMachine import QFinalState, QHistoryState, QState

from glute_timer.domain.model import Exercise, HoldTime, Routine, Sides
from glute_timer.domain.outcome import StepOutcome
from glute_timer.domain.plan import Plan, StepKind, compile_plan
from glute_timer.engine import WorkoutEngine
from glute_timer.engine.workout_engine import DISPLAY_INTERVAL_SECONDS, StepState
from tests.engine.conftest import Rig, machine_of, make_plan
from tests.fakes import FakeTimer

MakeRig = Callable[[Plan], Rig]


def test_plan_must_end_with_finish(qapp: object) -> None:
    plan = make_plan(("hold", 5))
    with pytest.raises(ValueError, match="finish"):
        WorkoutEngine(Plan("bad", plan.steps[:-1]))


def test_start_enters_first_step_before_returning(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("prepare", 5), ("hold", 10)))
    assert rig.engine.current_step is None
    assert not rig.engine.is_running

    rig.engine.start()

    assert rig.engine.is_running
    assert machine_of(rig.engine).isRunning()
    assert rig.engine.current_step == rig.engine.plan[0]
    assert rig.configuration() == {"running", "step-0-prepare"}
    assert rig.rec.trace() == [("step_started", 0), ("cue", "get_ready")]
    assert rig.rec.ticks() == [(0.0, 5.0, 0.0)]


def test_machine_has_running_with_history_paused_and_final(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("prepare", 5), ("hold", 10), ("rest", 5)))
    engine = rig.engine
    machine = machine_of(engine)
    running = machine.findChild(QState, "running")
    paused = machine.findChild(QState, "paused")
    final = machine.findChild(QFinalState, "ended")
    assert running is not None and paused is not None and final is not None
    step_states = [child for child in running.children() if isinstance(child, StepState)]
    assert [s.objectName() for s in step_states] == [
        "step-0-prepare",
        "step-1-hold",
        "step-2-rest",
        "step-3-finish",
    ]
    assert all(s.parentState() is running for s in step_states)
    assert [s.step for s in step_states] == list(engine.plan.steps)
    histories = running.findChildren(QHistoryState)
    assert len(histories) == 1
    assert histories[0].defaultState() is step_states[0]
    assert paused.parentState() is machine
    assert final.parentState() is machine
    assert machine.initialState() is running


def test_second_start_is_ignored(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("hold", 5)))
    rig.engine.start()
    rig.advance(1.0)
    rig.engine.start()
    assert rig.rec.started() == [(0.0, 0)]


def test_timed_steps_end_on_their_deadlines_with_exact_times(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("prepare", 5), ("hold", 10), ("switch", 4), ("rest", 6)))
    rig.engine.start()

    rig.advance_to(4.999)
    assert rig.rec.started() == [(0.0, 0)]
    assert rig.rec.of("step_finished") == []
    # The latest tick (4.95) puts the end at 5.0: 0.001 s left now.
    assert rig.rec.last_tick() == (4.95, 0.05, 0.99)

    rig.advance_to(5.0)
    assert rig.rec.started() == [(0.0, 0), (5.0, 1)]
    assert rig.configuration() == {"running", "step-1-hold"}

    rig.advance(100)
    assert rig.rec.started() == [(0.0, 0), (5.0, 1), (15.0, 2), (19.0, 3), (25.0, 4)]
    assert rig.rec.reports() == [
        (5.0, 0, "completed", 5.0),
        (15.0, 1, "completed", 10.0),
        (19.0, 2, "completed", 4.0),
        (25.0, 3, "completed", 6.0),
    ]
    assert [(e.at, e.args) for e in rig.rec.of("finished")] == [(25.0, ("completed",))]


def test_cue_moments_in_each_kind_of_step(make_rig: MakeRig) -> None:
    rig = make_rig(
        make_plan(("prepare", 5), ("hold", 30), ("switch", 5), ("rest", 10), ("reps", 20))
    )
    rig.engine.start()
    rig.advance(60)  # the reps step waits for done()
    rig.engine.done()

    assert rig.rec.cues() == [
        (0.0, "get_ready"),
        (2.0, "countdown_3"),
        (3.0, "countdown_2"),
        (4.0, "countdown_1"),
        (5.0, "go"),
        (20.0, "halfway"),
        (32.0, "countdown_3"),
        (33.0, "countdown_2"),
        (34.0, "countdown_1"),
        (35.0, "hold_end"),
        (35.0, "switch_side"),
        (37.0, "countdown_3"),
        (38.0, "countdown_2"),
        (39.0, "countdown_1"),
        (40.0, "rest"),
        (47.0, "countdown_3"),
        (48.0, "countdown_2"),
        (49.0, "countdown_1"),
        (50.0, "go"),
        (60.0, "workout_complete"),
    ]


def test_start_cues_follow_step_started_and_hold_end_precedes_its_report(
    make_rig: MakeRig,
) -> None:
    rig = make_rig(make_plan(("hold", 5), ("rest", 5)))
    rig.engine.start()
    rig.advance(5)
    assert rig.rec.trace() == [
        ("step_started", 0),
        ("cue", "go"),
        ("cue", "countdown_3"),
        ("cue", "countdown_2"),
        ("cue", "countdown_1"),
        ("cue", "hold_end"),
        ("step_finished", 0),
        ("step_started", 1),
        ("cue", "rest"),
    ]


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        (2.5, ["countdown_2", "countdown_1"]),
        (3.0, ["countdown_2", "countdown_1"]),
        (3.5, ["countdown_3", "countdown_2", "countdown_1"]),
        (1.0, []),
        (0.0, []),
    ],
)
def test_countdown_only_where_it_fits(
    make_rig: MakeRig, seconds: float, expected: list[str]
) -> None:
    rig = make_rig(make_plan(("rest", seconds)))
    rig.engine.start()
    rig.advance(10)
    assert [c for c in rig.rec.cue_names() if c.startswith("countdown")] == expected
    assert rig.rec.of("finished")[0].args == ("completed",)


@pytest.mark.parametrize(("seconds", "halfway_at"), [(19, None), (20, 10.0), (45, 22.5)])
def test_halfway_only_for_long_holds(
    make_rig: MakeRig, seconds: float, halfway_at: float | None
) -> None:
    rig = make_rig(make_plan(("hold", seconds)))
    rig.engine.start()
    rig.advance(60)
    halfway = [at for at, name in rig.rec.cues() if name == "halfway"]
    assert halfway == ([] if halfway_at is None else [halfway_at])


def test_last_set_comes_with_the_step_that_leads_into_the_last_set(
    make_rig: MakeRig,
) -> None:
    routine = Routine(
        "r",
        (
            Exercise("clam", hold=HoldTime.same(5), sets=2, switch_seconds=2, rest_seconds=3),
            Exercise("bridge", hold=HoldTime.same(5), sets=1, sides=Sides.NONE),
        ),
        prep_seconds=2,
    )
    plan = compile_plan(routine)
    rig = make_rig(plan)
    rig.engine.start()
    rig.advance(200)

    announced: list[int] = []
    previous: tuple[str, object] | None = None
    current = -1
    for name, arg in rig.rec.trace():
        if name == "step_started":
            current = int(str(arg))
        if (name, arg) == ("cue", "last_set"):
            assert previous == ("cue", "rest")
            announced.append(current)
        previous = (name, arg)
    # clam: prepare, L1, switch, R1, rest, L2, switch, R2; L2 (index 5) is announced by the
    # rest before it (index 4), so L2's hold starts with "go" alone.
    assert plan[5].kind is StepKind.HOLD and plan[5].set_number == 2
    assert plan[4].kind is StepKind.REST
    assert announced == [4]


@pytest.mark.parametrize("kind", ["prepare", "hold", "switch", "rest"])
def test_pause_and_resume_keep_the_time_left_in_timed_steps(make_rig: MakeRig, kind: str) -> None:
    rig = make_rig(make_plan((kind, 8)))
    rig.engine.start()
    name = f"step-0-{kind}"
    rig.advance_to(3.0)

    rig.engine.pause()
    assert rig.engine.is_paused
    assert rig.configuration() == {"paused"}
    assert rig.rec.last_tick() == (3.0, 5.0, 0.375)
    assert rig.engine.current_step == rig.engine.plan[0]
    assert not any(t.is_active() for t in rig.timers.timers)

    rig.advance(120)
    assert rig.rec.last_tick() == (3.0, 5.0, 0.375)  # nothing ticks while paused
    assert rig.rec.of("step_finished") == []

    rig.engine.resume()
    assert not rig.engine.is_paused
    assert rig.configuration() == {"running", name}
    # The tick that comes with the resume shows the 5 s the pause kept, 120 s later.
    assert rig.rec.last_tick() == (123.0, 5.0, 0.375)

    rig.advance(4.999)
    assert rig.rec.of("step_finished") == []
    rig.advance(0.001)
    assert rig.rec.reports() == [(pytest.approx(128.0), 0, "completed", pytest.approx(8.0))]
    assert [e.name for e in rig.rec.of("paused", "resumed")] == ["paused", "resumed"]
    # Resuming is not a new start: no second step_started for the step.
    assert rig.rec.started() == [(0.0, 0), (128.0, 1)]


def test_pause_and_resume_in_a_reps_step_keeps_elapsed_time(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("reps", 30)))
    rig.engine.start()
    rig.advance(7)
    rig.engine.pause()
    assert rig.configuration() == {"paused"}
    rig.advance(50)
    rig.engine.resume()
    assert rig.configuration() == {"running", "step-0-reps"}
    # Reps tick their elapsed time: the 7 s before the pause, none of the 50 s paused.
    assert rig.rec.last_tick() == (57.0, 7.0, round(7.0 / 30.0, 6))
    rig.advance(3)
    rig.engine.done()
    assert rig.rec.reports() == [(60.0, 0, "completed", 10.0)]


def test_reps_step_waits_for_done_and_ticks_count_up(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("reps", 20), ("rest", 5)))
    rig.engine.start()
    rig.advance(600)
    assert rig.engine.current_step == rig.engine.plan[0]
    assert rig.rec.of("step_finished") == []
    ticks = rig.rec.of("tick")
    assert ticks[0].args == (0.0, 0.0)
    mid = next(t for t in ticks if t.at == pytest.approx(10.0))
    assert mid.args == (pytest.approx(10.0), pytest.approx(0.5))
    assert ticks[-1].args == (pytest.approx(600.0), 1.0)
    assert ticks[1].at == pytest.approx(DISPLAY_INTERVAL_SECONDS)


def test_done_is_ignored_in_timed_steps(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("hold", 10)))
    rig.engine.start()
    rig.advance(2)
    rig.engine.done()
    assert rig.rec.of("step_finished") == []
    assert rig.configuration() == {"running", "step-0-hold"}


def test_timed_tick_reports_time_left_and_fraction(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("hold", 10)))
    rig.engine.start()
    rig.advance(2.5)
    tick = rig.rec.of("tick")[-1]
    assert tick.at == pytest.approx(2.5)
    assert tick.args == (pytest.approx(7.5), pytest.approx(0.25))


def test_skip_reports_skipped_and_starts_next_at_once(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("hold", 30), ("rest", 10)))
    rig.engine.start()
    rig.advance(26.5)  # countdown_3 is due at 27: it must not come
    rig.engine.skip()
    assert rig.configuration() == {"running", "step-1-rest"}
    assert rig.rec.reports() == [(26.5, 0, "skipped", 26.5)]
    assert rig.rec.started() == [(0.0, 0), (26.5, 1)]
    assert "hold_end" not in rig.rec.cue_names()
    assert "countdown_3" not in rig.rec.cue_names()
    rig.advance(10)
    assert rig.rec.reports()[-1] == (36.5, 1, "completed", 10.0)


def test_skip_while_paused_resumes_then_skips(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("hold", 30), ("rest", 10)))
    rig.engine.start()
    rig.advance(4)
    rig.engine.pause()
    rig.advance(60)
    rig.engine.skip()
    assert not rig.engine.is_paused
    assert rig.configuration() == {"running", "step-1-rest"}
    assert rig.rec.reports() == [(64.0, 0, "skipped", 4.0)]
    assert [e.name for e in rig.rec.of("paused", "resumed")] == ["paused", "resumed"]


def test_back_within_two_seconds_goes_to_previous_step(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("prepare", 5), ("hold", 10)))
    rig.engine.start()
    rig.advance(6.5)  # 1.5 s into the hold
    rig.rec.clear()

    rig.engine.back()

    assert rig.engine.current_step == rig.engine.plan[0]
    assert rig.configuration() == {"running", "step-0-prepare"}
    # The 1.5 s of holding left behind is kept as a restarted attempt (issue 15).
    assert rig.rec.trace() == [
        ("step_finished", 1),
        ("step_started", 0),
        ("cue", "get_ready"),
    ]
    assert rig.rec.ticks() == [(6.5, 5.0, 0.0)]  # the previous step, from its full length
    rig.advance(5)
    assert rig.rec.reports() == [(6.5, 1, "restarted", 1.5), (11.5, 0, "completed", 5.0)]
    assert rig.rec.started()[-1] == (11.5, 1)


def test_back_after_two_seconds_restarts_the_current_step(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("prepare", 5), ("hold", 20)))
    rig.engine.start()
    rig.advance(5 + 12)  # 12 s into the hold: halfway (at 10) came already
    rig.rec.clear()

    rig.engine.back()

    assert rig.configuration() == {"running", "step-1-hold"}
    assert rig.rec.trace() == [("step_finished", 1), ("step_started", 1), ("cue", "go")]
    assert rig.rec.ticks() == [(17.0, 20.0, 0.0)]  # from its full length, nothing done
    rig.advance(20)
    # The restarted hold gets its cues again; the replaced attempt keeps its 12 s of work.
    assert [at for at, name in rig.rec.cues() if name == "halfway"] == [27.0]
    assert rig.rec.reports() == [(17.0, 1, "restarted", 12.0), (37.0, 1, "completed", 20.0)]


def test_back_uses_active_time_not_paused_time(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("prepare", 5), ("hold", 20)))
    rig.engine.start()
    rig.advance(6)  # 1 s into the hold
    rig.engine.pause()
    rig.advance(30)
    rig.engine.back()  # still within its first 2 s of activity
    assert rig.configuration() == {"running", "step-0-prepare"}


def test_back_in_the_first_step_restarts_it(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("prepare", 5), ("hold", 20)))
    rig.engine.start()
    rig.advance(1)
    rig.engine.back()
    assert rig.configuration() == {"running", "step-0-prepare"}
    assert rig.rec.started() == [(0.0, 0), (1.0, 0)]
    assert rig.rec.last_tick() == (1.0, 5.0, 0.0)


def test_done_ends_a_reps_step_with_its_elapsed_time(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("reps", 25), ("rest", 5)))
    rig.engine.start()
    rig.advance(31.25)
    rig.engine.done()
    assert rig.rec.reports() == [(31.25, 0, "completed", 31.25)]
    assert rig.configuration() == {"running", "step-1-rest"}


def test_stop_reports_the_current_step_and_finishes_stopped(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("prepare", 5), ("hold", 20), ("rest", 5)))
    rig.engine.start()
    rig.advance(12)
    rig.engine.stop()
    assert rig.rec.trace()[-2:] == [("step_finished", 1), ("finished", "stopped")]
    assert rig.rec.reports()[-1] == (12.0, 1, "stopped", 7.0)
    assert not rig.engine.is_running
    assert not machine_of(rig.engine).isRunning()
    assert not any(t.is_active() for t in rig.timers.timers)
    # Nothing moves after a stop.
    rig.advance(100)
    rig.engine.skip()
    rig.engine.resume()
    rig.engine.stop()
    assert rig.rec.trace()[-1] == ("finished", "stopped")
    assert len(rig.rec.of("finished")) == 1


def test_stop_while_paused_reports_active_time_only(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("hold", 20)))
    rig.engine.start()
    rig.advance(3)
    rig.engine.pause()
    rig.advance(100)
    rig.engine.stop()
    assert rig.rec.reports() == [(103.0, 0, "stopped", 3.0)]
    assert rig.rec.of("finished")[0].args == ("stopped",)
    assert not rig.engine.is_paused
    assert not rig.engine.is_running


def test_finish_step_reports_complete_without_its_own_report(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("hold", 5)))
    rig.engine.start()
    rig.advance(5)
    assert rig.rec.trace()[-5:] == [
        ("cue", "hold_end"),
        ("step_finished", 0),
        ("step_started", 1),
        ("cue", "workout_complete"),
        ("finished", "completed"),
    ]
    assert rig.engine.current_step is not None
    assert rig.engine.current_step.kind is StepKind.FINISH
    assert not rig.engine.is_running
    assert not machine_of(rig.engine).isRunning()
    assert len(rig.rec.of("step_finished")) == 1
    # stop() after the end does nothing.
    rig.engine.stop()
    assert len(rig.rec.of("finished")) == 1


def test_toggle_pause(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("hold", 10)))
    rig.engine.start()
    rig.engine.toggle_pause()
    assert rig.engine.is_paused
    rig.engine.toggle_pause()
    assert not rig.engine.is_paused
    rig.engine.pause()
    rig.engine.pause()
    assert [e.name for e in rig.rec.of("paused", "resumed")] == ["paused", "resumed", "paused"]


def test_commands_before_start_do_nothing(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("hold", 10)))
    for command in (rig.engine.pause, rig.engine.skip, rig.engine.back, rig.engine.stop):
        command()
    assert rig.rec.events == []
    assert rig.engine.current_step is None
    assert not rig.engine.is_running


def test_cue_due_at_the_moment_of_pause_comes_right_after_resume(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("hold", 30)))
    rig.engine.start()
    rig.advance(26.9)
    # The clock reaches the countdown_3 moment but the cue timer has not run yet.
    rig.clock.advance(0.1)
    rig.engine.pause()
    assert "countdown_3" not in rig.rec.cue_names()
    rig.advance(40)
    assert "countdown_3" not in rig.rec.cue_names()
    rig.engine.resume()
    assert rig.rec.trace()[-2:] == [("resumed", None), ("cue", "countdown_3")]
    rig.advance(10)
    assert rig.rec.cue_names().count("countdown_3") == 1
    assert rig.rec.cues()[-5:] == [
        (67.0, "countdown_3"),
        (68.0, "countdown_2"),
        (69.0, "countdown_1"),
        (70.0, "hold_end"),
        (70.0, "workout_complete"),
    ]


def test_cue_not_yet_due_at_pause_comes_at_its_place_after_resume(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("hold", 30)))
    rig.engine.start()
    rig.advance(14.75)  # halfway is due at 15
    rig.engine.pause()
    rig.advance(100)
    rig.engine.resume()
    assert "halfway" not in rig.rec.cue_names()
    rig.advance(0.25)
    assert rig.rec.cues()[-1] == (115.0, "halfway")
    rig.advance(20)
    assert rig.rec.cue_names().count("halfway") == 1


def test_pause_across_a_cue_many_times_never_repeats_or_loses_it(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("rest", 6)))
    rig.engine.start()
    for _ in range(40):
        rig.advance(0.1)
        rig.engine.pause()
        rig.advance(3)
        rig.engine.resume()
    rig.advance(10)
    assert rig.rec.cue_names() == [
        "rest",
        "countdown_3",
        "countdown_2",
        "countdown_1",
        "workout_complete",
    ]
    assert rig.rec.reports()[0][3] == pytest.approx(6.0)


def test_late_timer_does_not_accumulate_drift(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("hold", 3), ("hold", 3), ("hold", 3)))
    rig.engine.start()
    timer = _step_timer(rig)
    for boundary in (3.0, 6.0, 9.0):
        assert timer.deadline == pytest.approx(rig.rec.t0 + boundary)
        rig.clock.set_monotonic(rig.rec.t0 + boundary + 0.030)  # every wake-up 30 ms late
        timer.fire()
    # Each step is armed for its scheduled end, and reports its planned length.
    assert rig.rec.started() == [(0.0, 0), (3.03, 1), (6.03, 2), (9.03, 3)]
    assert [r[3] for r in rig.rec.reports()] == [3.0, 3.0, 3.0]
    assert [e.args for e in rig.rec.of("finished")] == [("completed",)]


def _step_timer(rig: Rig) -> FakeTimer:
    # The engine makes its precise step timer first.
    timer = rig.timers.timers[0]
    assert timer.precise and not timer.repeating
    return timer


def test_early_wake_up_rearms_instead_of_ending_the_step(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("hold", 5)))
    rig.engine.start()
    rig.clock.advance(4.0)
    timer = _step_timer(rig)
    timer.fire()  # one second early
    assert rig.rec.of("step_finished") == []
    assert timer.is_active()
    assert timer.deadline == pytest.approx(rig.rec.t0 + 5.0)


def test_sleep_on_linux_pauses_with_time_left_before_the_sleep(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("prepare", 5), ("hold", 30)))
    rig.engine.start()
    rig.advance(15.0)  # 10 s into the hold, last display tick at exactly 15.0
    # Lid closed: the wall clock runs on, the monotonic one stands still (Linux).
    rig.clock.suspend(600.0)
    rig.advance(DISPLAY_INTERVAL_SECONDS)

    assert rig.engine.is_paused
    assert rig.configuration() == {"paused"}
    assert rig.rec.trace()[-2:] == [("paused", None), ("slept", pytest.approx(600.05))]
    assert [r[1] for r in rig.rec.reports()] == [0]

    rig.advance(1000)
    rig.engine.resume()
    # The time left as it was at the last tick before the sleep (15.0): 20 of the 30 s.
    assert rig.rec.last_tick() == (1015.05, 20.0, round(1.0 / 3.0, 6))
    rig.advance(19.99)
    assert rig.engine.current_step == rig.engine.plan[1]
    rig.advance(0.02)
    assert rig.rec.reports()[-1] == (1035.05, 1, "completed", 30.0)


def test_sleep_where_monotonic_runs_on_does_not_finish_the_hold(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("hold", 30)))
    rig.engine.start()
    rig.advance(10.0)
    # Suspend on Windows/macOS: both clocks jumped 600 s, no timer ran meanwhile. The step
    # timer (overdue) happens to run before the display timer.
    rig.clock.advance(600.0)
    _step_timer(rig).fire()

    assert rig.engine.is_paused
    assert rig.rec.of("step_finished") == []
    assert "hold_end" not in rig.rec.cue_names()
    assert rig.rec.of("slept")[0].args == (pytest.approx(600.0),)
    rig.engine.resume()
    assert rig.rec.last_tick() == (610.0, 20.0, round(1.0 / 3.0, 6))
    rig.advance(20.01)  # the 20 s are summed from 50 ms ticks: a hair over 20
    assert rig.rec.reports() == [(630.0, 0, "completed", 30.0)]


def test_wall_clock_set_back_is_not_sleep(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("hold", 30)))
    rig.engine.start()
    rig.advance(5)
    rig.clock.jump_wall(-3600.0)
    rig.advance(30)
    assert rig.rec.of("slept") == []
    assert rig.rec.reports() == [(30.0, 0, "completed", 30.0)]


def test_a_step_after_a_late_wake_up_counts_from_its_scheduled_start(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("hold", 5), ("rest", 5)))
    rig.engine.start()
    rig.advance_to(4.99)  # ticks up to 4.95; a longer silence would look like a sleep
    rig.clock.set_monotonic(rig.rec.t0 + 5.02)
    _step_timer(rig).fire()
    assert rig.rec.started() == [(0.0, 0), (5.02, 1)]
    # The rest began at 5.0, when the hold was due to end: 20 ms of it went already.
    assert rig.rec.last_tick() == (5.02, 4.98, 0.004)
    rig.advance_to(10.0)
    assert rig.rec.reports()[-1] == (10.0, 1, "completed", 5.0)


def test_pause_from_a_step_finished_slot_pauses_the_next_step(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("hold", 5), ("rest", 10)))
    pause_next = [True]

    def pause_once(*_: object) -> None:
        if pause_next.pop() if pause_next else False:
            rig.engine.pause()

    rig.engine.step_finished.connect(pause_once)
    rig.engine.start()
    rig.advance(5)
    assert rig.engine.is_paused
    assert rig.engine.current_step == rig.engine.plan[1]
    assert rig.rec.trace()[-4:] == [
        ("step_finished", 0),
        ("step_started", 1),
        ("cue", "rest"),
        ("paused", None),
    ]
    rig.advance(50)
    rig.engine.resume()
    assert rig.rec.last_tick() == (55.0, 10.0, 0.0)  # paused before any of its 10 s ran
    rig.advance(10)
    assert rig.rec.reports()[-1] == (65.0, 1, "completed", 10.0)


def test_skip_from_a_step_started_slot_runs_after_the_step_started(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("prepare", 5), ("hold", 5), ("rest", 5)))

    def skip_holds(step: object) -> None:
        if getattr(step, "kind", None) is StepKind.HOLD:
            rig.engine.skip()

    rig.engine.step_started.connect(skip_holds)
    rig.engine.start()
    rig.advance(5)
    assert rig.configuration() == {"running", "step-2-rest"}
    assert rig.rec.reports() == [(5.0, 0, "completed", 5.0), (5.0, 1, "skipped", 0.0)]
    assert rig.rec.trace()[-4:] == [
        ("cue", "go"),
        ("step_finished", 1),
        ("step_started", 2),
        ("cue", "rest"),
    ]


def test_whole_builtin_style_routine_runs_on_schedule(make_rig: MakeRig) -> None:
    routine = Routine(
        "r",
        (Exercise("side plank", hold=HoldTime(20, 15), sets=2, switch_seconds=5, rest_seconds=10),),
        prep_seconds=10,
    )
    plan = compile_plan(routine)
    rig = make_rig(plan)
    rig.engine.start()
    rig.advance(plan.total_seconds + 1)
    assert rig.rec.of("finished")[0].at == pytest.approx(plan.total_seconds)
    assert [r[1] for r in rig.rec.reports()] == list(range(len(plan) - 1))
    assert all(r[2] == "completed" for r in rig.rec.reports())
    assert [r[3] for r in rig.rec.reports()] == [pytest.approx(s.seconds) for s in plan.steps[:-1]]


def test_no_display_tick_just_before_a_step_ends(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("hold", 1.02), ("rest", 5)))
    rig.engine.start()
    rig.advance(1.02)
    hold_ticks = [e.at for e in rig.rec.of("tick") if e.at < 1.02]
    # Ticks every 50 ms, except the one 20 ms before the end; the next step ticks at once.
    assert 0.95 in hold_ticks
    assert 1.0 not in hold_ticks
    assert [e.at for e in rig.rec.of("tick")][-1] == 1.02


def test_sleep_during_a_reps_step_pauses_with_elapsed_time_kept(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("reps", 30)))
    rig.engine.start()
    rig.advance(12.0)
    rig.clock.suspend(3600.0)
    rig.advance(DISPLAY_INTERVAL_SECONDS)
    assert rig.engine.is_paused
    rig.engine.done()
    # done() resumes first, and that resume ticks the elapsed time the pause kept: as at the
    # last tick before the gap, not the hour slept.
    assert rig.rec.last_tick() == (12.05, 12.0, 0.4)
    assert rig.rec.reports() == [(12.05, 0, "completed", 12.0)]


@pytest.mark.parametrize("jump", [3600.0, -3600.0, 86_400.0], ids=["+1h", "-1h", "+1d"])
def test_a_wall_clock_jump_changes_nothing(make_rig: MakeRig, jump: float) -> None:
    rig = make_rig(make_plan(("hold", 30), ("rest", 10)))
    rig.engine.start()
    rig.advance(12.0)
    rig.clock.jump_wall(jump)  # NTP or a person sets the clock; nothing slept
    rig.advance(40.0)
    assert rig.rec.of("slept") == []
    assert rig.rec.of("paused") == []
    assert [r[1:] for r in rig.rec.reports()] == [(0, "completed", 30.0), (1, "completed", 10.0)]


def test_outcomes_travel_as_the_enum(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("hold", 5), ("rest", 5)))
    rig.engine.start()
    rig.advance(5)
    rig.engine.skip()
    rig.engine.stop()
    outcomes = [e.args[1] for e in rig.rec.of("step_finished")]
    assert outcomes == [StepOutcome.COMPLETED, StepOutcome.SKIPPED]
    assert all(type(o) is StepOutcome for o in outcomes)
    [finished] = rig.rec.of("finished")
    assert type(finished.args[0]) is StepOutcome and finished.args[0] is StepOutcome.COMPLETED


def test_back_after_4_5_s_reports_a_restarted_attempt_then_the_new_one(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("prepare", 5), ("hold", 30), ("rest", 5)))
    rig.engine.start()
    rig.advance(5 + 3.0)
    rig.engine.pause()
    rig.advance(60)  # paused time is no work
    rig.engine.resume()
    rig.advance(1.5)
    rig.engine.back()
    rig.advance(30)
    assert rig.rec.reports() == [
        (0 + 5.0, 0, "completed", 5.0),
        (69.5, 1, "restarted", 4.5),
        (99.5, 1, "completed", 30.0),
    ]


def test_back_in_a_step_that_is_not_work_reports_nothing(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("prepare", 5), ("hold", 30)))
    rig.engine.start()
    rig.advance(3)
    rig.engine.back()
    assert rig.rec.reports() == []
