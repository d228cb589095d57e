"""Random sequences of commands and waits: the engine's invariants hold after every call."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glute_timer.domain.plan import Plan, Step, StepKind
from tests.engine.conftest import Rig, machine_of, make_plan

PLAN = make_plan(
    ("prepare", 3),
    ("hold", 20),
    ("switch", 2.5),
    ("reps", 10),
    ("rest", 4),
    ("hold", 6),
)
COMMANDS = ("pause", "resume", "toggle_pause", "skip", "back", "done", "stop", "wait")

actions = st.lists(
    st.tuples(st.sampled_from(COMMANDS), st.floats(min_value=0.0, max_value=8.0)),
    max_size=40,
)


def check_invariants(rig: Rig) -> None:
    engine = rig.engine
    config = rig.configuration()
    if engine.is_running:
        step = engine.current_step
        assert step is not None
        if engine.is_paused:
            assert config == {"paused"}
        else:
            assert config == {"running", f"step-{step.index}-{step.kind.value}"}
        if step.kind is not StepKind.REPS:
            check_time_left(rig, step)
    else:
        assert not machine_of(engine).isRunning()
        assert not any(t.is_active() for t in rig.timers.timers)


def check_time_left(rig: Rig, step: Step) -> None:
    """The countdown of a timed step, as its latest tick shows it, stays within its length,
    and a running step never outlives the time that tick left it."""
    events = rig.rec.events
    begun = max(i for i, e in enumerate(events) if e.name == "step_started")
    assert events[begun].args[0] == step
    ticks = [e for e in events[begun:] if e.name == "tick"]
    assert ticks, "a step ticks as it starts"
    at, left = ticks[-1].at, ticks[-1].args[0]
    assert 0.0 <= left <= step.seconds + 1e-9
    if not rig.engine.is_paused:
        assert rig.now - at <= left + 1e-5


def check_history(rig: Rig) -> None:
    events = rig.rec.events
    finished = [i for i, e in enumerate(events) if e.name == "finished"]
    assert len(finished) <= 1
    if finished:
        # Nothing after the end.
        assert finished[0] == len(events) - 1
    current = None
    started_at = 0.0
    seen_cues: set[str] = set()
    for event in events:
        if event.name == "step_started":
            current = event.args[0]
            started_at = event.at
            seen_cues = set()
        elif event.name == "step_finished":
            step, outcome, actual = event.args
            assert step == current, "a report is for the step being run"
            assert outcome in ("completed", "skipped", "stopped", "restarted")
            assert -1e-9 <= actual <= event.at - started_at + 1e-6
            if outcome == "completed" and step.is_timed:
                assert abs(actual - step.seconds) < 1e-6
        elif event.name == "cue":
            assert event.args[0] not in seen_cues, "a cue comes once per run of a step"
            seen_cues.add(event.args[0])
        elif event.name == "tick" and current is not None and current.is_timed:
            left, fraction = event.args
            assert 0.0 <= left <= current.seconds + 1e-9
            assert 0.0 <= fraction <= 1.0


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=actions)
def test_invariants_hold_through_any_sequence(
    make_rig: Callable[[Plan], Rig], steps: list[tuple[str, float]]
) -> None:
    rig = make_rig(PLAN)
    rig.engine.start()
    check_invariants(rig)
    for command, seconds in steps:
        if command == "wait":
            rig.advance(seconds)
        else:
            getattr(rig.engine, command)()
        check_invariants(rig)
    # Whatever happened, resuming and skipping through always reaches the end.
    for _ in range(len(PLAN) * 2):
        rig.engine.resume()
        rig.engine.skip()
    check_invariants(rig)
    assert not rig.engine.is_running
    check_history(rig)
