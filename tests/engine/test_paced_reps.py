"""Paced reps on fake time: a rep cue at each boundary, the step ends itself, Done records reps."""

from __future__ import annotations

from collections.abc import Callable

from glute_timer.domain.cues import Cue
from glute_timer.domain.outcome import StepOutcome
from glute_timer.domain.plan import Plan, StepKind
from glute_timer.engine.cue_schedule import TimedCue, timed_cues
from tests.engine.conftest import Rig, make_plan

MakeRig = Callable[[Plan], Rig]

PACED = {"reps": 4, "rep_seconds": 3}


def paced_plan() -> Plan:
    return make_plan(("prepare", 5), ("reps", 12, PACED), ("rest", 5))


def test_a_paced_step_has_a_rep_cue_at_each_boundary_and_no_countdown() -> None:
    step = paced_plan()[1]
    assert step.is_paced and step.is_timed
    assert timed_cues(step) == (
        TimedCue(9.0, Cue.REP, rep=2),
        TimedCue(6.0, Cue.REP, rep=3),
        TimedCue(3.0, Cue.REP, rep=4),
    )
    assert [step.rep_at(t) for t in (0.0, 2.99, 3.0, 11.9, 12.0)] == [1, 1, 2, 4, 4]
    assert [step.reps_reached(t) for t in (0.0, 2.99, 3.0, 7.5, 12.0)] == [0, 0, 1, 2, 4]
    unpaced = make_plan(("reps", 30))[0]
    assert timed_cues(unpaced) == () and unpaced.reps_reached(9.0) is None


def test_rep_cues_at_exact_times_and_the_step_completes_itself(make_rig: MakeRig) -> None:
    rig = make_rig(paced_plan())
    rig.engine.start()
    rig.advance_to(5.0 + 12.0 + 0.5)
    assert [(at, name) for at, name in rig.rec.cues() if at >= 5.0] == [
        (5.0, "go"),
        (8.0, "rep"),
        (11.0, "rep"),
        (14.0, "rep"),
        (17.0, "hold_end"),
        (17.0, "rest"),
    ]
    assert [(e.at, e.args[0]) for e in rig.rec.of("rep_began")] == [(8.0, 2), (11.0, 3), (14.0, 4)]
    assert rig.rec.reports()[:2] == [
        (5.0, 0, StepOutcome.COMPLETED, 5.0),
        (17.0, 1, StepOutcome.COMPLETED, 12.0),
    ]
    assert rig.engine.current_step is not None
    assert rig.engine.current_step.kind is StepKind.REST


def test_a_paced_step_counts_down(make_rig: MakeRig) -> None:
    rig = make_rig(paced_plan())
    rig.engine.start()
    rig.advance_to(5.0)
    assert rig.rec.last_tick() == (5.0, 12.0, 0.0)
    rig.advance_to(8.0)
    assert rig.rec.last_tick() == (8.0, 9.0, 0.25)


def test_done_early_ends_it_completed_with_the_reps_reached(make_rig: MakeRig) -> None:
    rig = make_rig(paced_plan())
    rig.engine.start()
    rig.advance_to(5.0 + 7.5)
    rig.engine.done()
    at, index, outcome, seconds = rig.rec.reports()[-1]
    assert (at, index, outcome, seconds) == (12.5, 1, StepOutcome.COMPLETED, 7.5)
    assert rig.engine.plan[1].reps_reached(seconds) == 2
    assert "hold_end" not in rig.rec.cue_names()
    rig.advance(10.0)
    assert rig.rec.cue_names().count("rep") == 2  # none after Done


def test_pause_and_resume_mid_rep_keep_the_boundaries(make_rig: MakeRig) -> None:
    rig = make_rig(paced_plan())
    rig.engine.start()
    rig.advance_to(5.0 + 4.0)  # 1 s into rep 2
    rig.engine.pause()
    rig.advance(30.0)
    assert [at for at, name in rig.rec.cues() if name == "rep"] == [8.0]
    rig.engine.resume()  # at 39 s, 8 s of the step left
    rig.advance_to(39.0 + 8.0 + 0.5)
    assert [at for at, name in rig.rec.cues() if name == "rep"] == [8.0, 41.0, 44.0]
    assert [e.args[0] for e in rig.rec.of("rep_began")] == [2, 3, 4]
    assert rig.rec.reports()[1] == (47.0, 1, StepOutcome.COMPLETED, 12.0)


def test_a_reps_step_without_a_tempo_still_waits_for_done(make_rig: MakeRig) -> None:
    rig = make_rig(make_plan(("reps", 30), ("rest", 5)))
    rig.engine.start()
    rig.advance(120.0)
    assert rig.rec.reports() == []
    assert rig.rec.of("rep_began") == []
    rig.engine.done()
    assert rig.rec.reports() == [(120.0, 0, StepOutcome.COMPLETED, 120.0)]
