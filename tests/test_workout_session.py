"""The workout session on fake time: plan and get-ready rule, keep-awake, commands, tally."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject

from glute_timer.domain.library import ROUTINES
from glute_timer.domain.model import Exercise, HoldTime, Mode, Routine, Sides
from glute_timer.domain.plan import Plan, Step, StepKind
from glute_timer.domain.tally import Tally
from glute_timer.engine.workout_engine import WorkoutEngine
from glute_timer.settings import Settings
from glute_timer.workout_session import WorkoutSession, routine_to_run
from tests.fakes import FakeClock, FakeTimerFactory
from tests.ui.window_harness import RecordingKeepAwake

CLAMS = Routine(
    name="Short clams",
    exercises=(Exercise(name="Clam", hold=HoldTime.same(5), switch_seconds=2),),
    prep_seconds=3,
)
LUNGES = Routine(
    name="Lunges",
    prep_seconds=3,
    exercises=(Exercise(name="Lunge", mode=Mode.REPS, reps=10, sides=Sides.NONE),),
)


@dataclass
class Rig:
    """A session on fake time, with what it reported."""

    session: WorkoutSession
    clock: FakeClock
    timers: FakeTimerFactory
    keeper: RecordingKeepAwake
    settings: Settings
    started: list[WorkoutEngine] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    finished: list[Tally] = field(default_factory=list)
    slept: list[float] = field(default_factory=list)
    pauses: list[str] = field(default_factory=list)

    @property
    def engine(self) -> WorkoutEngine:
        engine = self.session.engine
        assert engine is not None, "no workout runs"
        return engine

    def kind(self) -> StepKind:
        step = self.engine.current_step
        assert step is not None
        return step.kind

    def run_to_end(self, limit: int = 1000) -> None:
        for _ in range(limit):
            if not self.session.is_running:
                return
            due = [t.deadline for t in self.timers.active() if t.deadline is not None]
            assert due, "the workout stopped moving"
            self.timers.advance_to(min(due))
        raise AssertionError("the workout did not end")


@pytest.fixture
def rig(qapp: QCoreApplication, tmp_path: Path) -> Iterator[Rig]:
    clock = FakeClock()
    timers = FakeTimerFactory(clock)
    keeper = RecordingKeepAwake()
    settings = Settings.open(tmp_path)

    def factory(plan: Plan, parent: QObject) -> WorkoutEngine:
        return WorkoutEngine(plan, clock=clock, timer_factory=timers, parent=parent)

    session = WorkoutSession(settings, factory, keeper)
    made = Rig(session, clock, timers, keeper, settings)
    session.started.connect(made.started.append)
    session.step_started.connect(made.steps.append)
    session.finished.connect(made.finished.append)
    session.slept.connect(made.slept.append)
    session.paused.connect(lambda: made.pauses.append("paused"))
    session.resumed.connect(lambda: made.pauses.append("resumed"))
    yield made
    session.close()


def test_built_ins_take_the_get_ready_time_and_custom_routines_keep_theirs() -> None:
    assert routine_to_run(CLAMS, builtin=True, prep_seconds=20).prep_seconds == 20
    assert routine_to_run(CLAMS, builtin=False, prep_seconds=20) is CLAMS
    assert routine_to_run(CLAMS, builtin=True, prep_seconds=3) is CLAMS


def test_start_compiles_the_plan_with_the_preferred_get_ready_time(rig: Rig) -> None:
    rig.settings.preferences.prep_seconds = 20
    rig.session.start(ROUTINES[0], builtin=True)
    assert rig.session.routine is not None and rig.session.routine.prep_seconds == 20
    assert rig.engine.plan.steps[0].seconds == 20
    assert rig.session.plan is rig.engine.plan
    rig.session.start(CLAMS, builtin=False)
    assert rig.engine.plan.steps[0].seconds == 3


def test_started_comes_before_the_first_step_and_the_session_holds_the_screen(
    rig: Rig,
) -> None:
    seen: list[tuple[Step | None, bool]] = []
    rig.session.started.connect(lambda engine: seen.append((engine.current_step, rig.keeper.held)))
    rig.session.start(CLAMS, builtin=False)
    assert seen == [(None, False)]  # connected, not started, screen not yet held
    assert rig.started == [rig.engine]
    assert [s.kind for s in rig.steps] == [StepKind.PREPARE]
    assert rig.keeper.calls == ["inhibit:Following Short clams"]
    assert rig.session.is_running


def test_a_whole_workout_is_tallied_and_the_screen_released(rig: Rig) -> None:
    rig.session.start(CLAMS, builtin=False)
    rig.timers.advance(4)  # into the first hold
    assert rig.kind() is StepKind.HOLD
    rig.session.skip()
    rig.run_to_end()
    assert len(rig.finished) == 1
    tally = rig.finished[0]
    assert tally is rig.session.tally
    assert tally.routine_name == "Short clams" and tally.outcome == "completed"
    assert tally.completed_by_side == {"right": 1}
    assert tally.skipped == 1
    assert tally.seconds == pytest.approx(3 + 1 + 2 + 5)
    assert rig.keeper.calls[-1] == "release" and not rig.keeper.held
    assert rig.session.engine is None and not rig.session.is_running


def test_pause_toggle_and_back_reach_the_engine(rig: Rig) -> None:
    rig.session.start(CLAMS, builtin=False)
    rig.session.toggle_pause()
    assert rig.engine.is_paused
    rig.session.pause()  # already paused: nothing changes
    rig.session.toggle_pause()
    assert not rig.engine.is_paused
    rig.session.pause()
    assert rig.pauses == ["paused", "resumed", "paused"]
    rig.session.toggle_pause()
    rig.timers.advance(3.5)
    assert rig.kind() is StepKind.HOLD
    rig.session.back()  # within the first 2 s: the previous step again
    assert rig.kind() is StepKind.PREPARE
    rig.timers.advance(3 + 3)
    ticks: list[tuple[float, float]] = []
    rig.engine.tick.connect(lambda left, fraction: ticks.append((left, fraction)))
    rig.session.back()  # later: the same step from its start
    assert rig.kind() is StepKind.HOLD
    assert ticks == [(5.0, 0.0)]  # the hold's full 5 s again


def test_done_ends_a_reps_step_only(rig: Rig) -> None:
    rig.session.start(LUNGES, builtin=False)
    rig.session.done()  # a timed get-ready step ends by itself
    assert rig.kind() is StepKind.PREPARE
    rig.timers.advance(3)
    assert rig.kind() is StepKind.REPS
    rig.session.done()
    assert rig.finished and rig.finished[0].completed_by_side == {"none": 1}


def test_stop_asks_and_goes_on_when_the_answer_is_no(rig: Rig) -> None:
    rig.session.start(CLAMS, builtin=False)
    asked: list[bool] = []

    def no() -> bool:
        asked.append(rig.engine.is_paused)
        return False

    rig.session.stop(confirm=no)
    assert asked == [True]  # paused while asking
    assert rig.session.is_running and not rig.engine.is_paused
    rig.session.pause()
    rig.session.stop(confirm=no)
    assert rig.engine.is_paused  # it was paused before: stays paused
    rig.session.stop(confirm=lambda: True)
    assert [t.outcome for t in rig.finished] == ["stopped"]
    assert not rig.keeper.held


def test_commands_without_a_workout_do_nothing(rig: Rig) -> None:
    for command in (rig.session.toggle_pause, rig.session.pause, rig.session.skip):
        command()
    rig.session.back()
    rig.session.done()
    rig.session.stop(confirm=lambda: pytest.fail("nothing to stop"))
    assert rig.session.engine is None and rig.finished == [] and rig.keeper.calls == []


def test_sleep_is_reported_and_pauses(rig: Rig) -> None:
    rig.session.start(CLAMS, builtin=False)
    rig.timers.advance(1)
    rig.clock.suspend(3600)  # a suspend: the boot-time clock runs ahead of the monotonic one
    rig.timers.advance(0.1)
    assert len(rig.slept) == 1 and rig.slept[0] > 3000
    assert rig.engine.is_paused


def test_a_new_start_ends_the_old_workout_unreported(rig: Rig) -> None:
    rig.session.start(CLAMS, builtin=False)
    first = rig.engine
    rig.session.start(LUNGES, builtin=False)
    assert rig.engine is not first and not first.is_running
    assert rig.finished == []
    assert rig.session.tally.routine_name == "Lunges"


def test_keep_awake_follows_the_preference_and_failures_never_stop_the_workout(
    rig: Rig,
) -> None:
    rig.settings.preferences.keep_screen_awake = False
    rig.session.start(CLAMS, builtin=False)
    assert rig.keeper.calls == []
    rig.settings.preferences.keep_screen_awake = True

    class Broken:
        def inhibit(self, reason: str) -> bool:
            raise OSError("no bus")

        def release(self) -> None:
            raise AssertionError("never held, never released")

    rig.session.set_keep_awake(Broken())
    rig.session.start(CLAMS, builtin=False)
    assert rig.session.is_running
    rig.session.stop()
    assert [t.outcome for t in rig.finished] == ["stopped"]


def test_the_keeper_is_not_swapped_while_it_holds_the_screen(rig: Rig) -> None:
    rig.session.start(CLAMS, builtin=False)
    other = RecordingKeepAwake()
    rig.session.set_keep_awake(other)
    rig.session.close()
    assert rig.keeper.calls[-1] == "release" and other.calls == []
    assert rig.session.engine is None and rig.finished == []
    rig.session.set_keep_awake(other)
    rig.session.start(CLAMS, builtin=False)
    assert other.held
