"""Which beep and which words the announcer plays for each cue, and when."""

from __future__ import annotations

import itertools
import logging
from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from glute_timer.audio.announcement import Announcement, speech_budget
from glute_timer.audio.announcer import VOICE_GRACE_SECONDS, CueAnnouncer
from glute_timer.audio.bank import SoundBank
from glute_timer.audio.catalog import Beep
from glute_timer.audio.speech import NameSpeaker
from glute_timer.domain.cues import Cue
from glute_timer.domain.library import WALL_PUSH, builtin_routine
from glute_timer.domain.model import Exercise, HoldTime, Routine, Side
from glute_timer.domain.outcome import StepOutcome
from glute_timer.domain.plan import Plan, Step, StepKind, compile_plan
from glute_timer.engine.workout_engine import WorkoutEngine
from tests.audio.recording import RecordingPlayer, run_to_end
from tests.fakes import START_MONOTONIC, FakeClock, FakeTimerFactory


def wall_push() -> Plan:
    routine = builtin_routine("Wall push")
    assert routine is not None
    return compile_plan(routine)


def make(
    player: RecordingPlayer, bank: SoundBank, clock: FakeClock, **kwargs: object
) -> CueAnnouncer:
    return CueAnnouncer(player, bank, clock=clock.monotonic, **kwargs)  # type: ignore[arg-type]


def wire(engine: WorkoutEngine, announcer: CueAnnouncer) -> None:
    engine.step_started.connect(announcer.on_step_started)
    engine.rep_began.connect(announcer.on_rep_began)
    engine.cue.connect(announcer.on_cue)
    engine.paused.connect(announcer.on_paused)
    engine.finished.connect(announcer.on_finished)


def test_wall_push_schedule_which_sound_at_which_second(
    qapp: object, bank: SoundBank, clock: FakeClock, player: RecordingPlayer
) -> None:
    announcer = CueAnnouncer(player, bank, clock=clock.monotonic, volume=100)
    timers = FakeTimerFactory(clock)
    engine = WorkoutEngine(wall_push(), clock=clock, timer_factory=timers)
    wire(engine, announcer)

    assert run_to_end(engine, timers, announcer) == "completed"

    heard = [(round(p.at - START_MONOTONIC, 3), p.names) for p in player.plays]

    def ticks(start: int) -> list[tuple[float, list[str]]]:
        return [(float(start + i), ["tick"]) for i in range(3)]

    expected = [
        (
            0.0,
            [
                "voice/exercise_wall_push",
                "voice/left_side",
                "voice/set_1_of_2",
                "voice/cue_wall_push_left",
            ],
        ),
        *ticks(7),
        (10.0, ["go"]),
        (25.0, ["halfway", "voice/halfway"]),
        *ticks(37),
        # The 5 s switch step counts down from 2 s in: its words must end by then, so the
        # side's cue and the beep are left out (and below, "switch sides" too, so that the
        # coming last set is announced before its hold: the hold starts with "go" alone).
        (40.0, ["voice/switch_sides", "voice/right_side"]),
        *ticks(42),
        (45.0, ["go"]),
        (60.0, ["halfway", "voice/halfway"]),
        *ticks(72),
        (75.0, ["voice/left_side", "voice/last_set"]),
        *ticks(77),
        (80.0, ["go"]),
        (95.0, ["halfway", "voice/halfway"]),
        *ticks(107),
        (110.0, ["voice/switch_sides", "voice/right_side"]),
        *ticks(112),
        (115.0, ["go"]),
        (130.0, ["halfway", "voice/halfway"]),
        *ticks(142),
        (145.0, ["workout_complete", "voice/workout_complete"]),
    ]
    assert heard == expected
    # Sounds led by words may be dropped when late; those led by a beep never are.
    led_by_words = [round(p.at - START_MONOTONIC) for p in player.plays if p.deadline is not None]
    assert led_by_words == [0, 40, 75, 110]
    assert player.plays[0].deadline == pytest.approx(START_MONOTONIC + VOICE_GRACE_SECONDS)
    # Every start's sound ends before the next cue.
    for played, following in itertools.pairwise(player.plays):
        assert played.at + played.sound.duration < following.at, played.names


@pytest.mark.parametrize(
    ("kind", "seconds", "budget"),
    [
        (StepKind.SWITCH, 5.0, 1.9),
        (StepKind.PREPARE, 10.0, 6.9),
        (StepKind.REST, 3.0, 0.9),
        (StepKind.REST, 1.0, 0.9),
        (StepKind.HOLD, 30.0, 14.9),
        (StepKind.HOLD, 10.0, 6.9),
        (StepKind.REPS, 30.0, None),
    ],
)
def test_speech_budget_ends_before_the_first_timed_cue(
    kind: StepKind, seconds: float, budget: float | None
) -> None:
    got = speech_budget(_step(kind, seconds=seconds))
    assert got == (None if budget is None else pytest.approx(budget))


def test_words_that_would_run_into_the_countdown_are_trimmed_in_order(
    bank: SoundBank, clock: FakeClock, player: RecordingPlayer
) -> None:
    announcer = make(player, bank, clock)
    announcer.on_step_started(_step(StepKind.HOLD, set_number=1, set_count=3))
    announcer.on_step_started(_step(StepKind.SWITCH, seconds=8.0, set_number=2, set_count=3))
    roomy = _announce(announcer, Cue.HOLD_END, Cue.SWITCH_SIDE)
    assert roomy.left_out == [] and roomy.beep is Beep.HOLD_END
    assert roomy.voices == ["switch_sides", "left_side", "set_2_of_3"]
    announcer.on_step_started(_step(StepKind.SWITCH, seconds=4.0, set_number=2, set_count=3))
    tight = _announce(announcer, Cue.HOLD_END, Cue.SWITCH_SIDE)
    # Issue 15: the coming set is kept longer than "switch sides" (the side says it).
    assert tight.left_out == ["beep", "switch_sides", "set_2_of_3"]
    assert tight.beep is None and tight.voices == ["left_side"]


def test_cues_of_one_moment_are_gathered_until_the_event_loop_runs(
    qtbot: QtBot, bank: SoundBank, clock: FakeClock, player: RecordingPlayer
) -> None:
    announcer = CueAnnouncer(player, bank, clock=clock.monotonic)
    announcer.on_cue(Cue.GO)
    announcer.on_cue(Cue.LAST_SET)
    assert player.plays == []
    qtbot.waitUntil(lambda: len(player.plays) == 1, timeout=1000)
    assert player.plays[0].names == ["go", "voice/last_set"]


def _announce(announcer: CueAnnouncer, *cues: Cue) -> Announcement:
    got: list[Announcement] = []
    announcer.announced.connect(got.append)
    for cue in cues:
        announcer.on_cue(cue)
    announcer.flush()
    announcer.announced.disconnect(got.append)
    return got[-1]


def _step(kind: StepKind, **changes: object) -> Step:
    base = Step(0, kind, "Wall push", "wall-push", Side.LEFT, 1, 2, 30.0)
    return replace(base, **changes)  # type: ignore[arg-type]


def test_without_voice_the_last_beep_of_a_moment_leads(
    bank: SoundBank, clock: FakeClock, player: RecordingPlayer
) -> None:
    announcer = CueAnnouncer(player, bank, clock=clock.monotonic, voice_enabled=False)
    announcer.on_step_started(_step(StepKind.SWITCH, side=Side.RIGHT))
    out = _announce(announcer, Cue.HOLD_END, Cue.SWITCH_SIDE)
    assert out.beep is Beep.SWITCH_SIDE
    assert player.plays[-1].names == ["switch_side"]


def test_rest_between_sets_names_the_next_set_and_last_set_replaces_it(
    bank: SoundBank, clock: FakeClock, player: RecordingPlayer
) -> None:
    announcer = make(player, bank, clock)
    announcer.on_step_started(_step(StepKind.HOLD, set_number=1, set_count=3))
    announcer.on_step_started(_step(StepKind.REST, set_number=2, set_count=3))
    assert _announce(announcer, Cue.REST).voices == ["rest", "set_2_of_3"]
    announcer.on_step_started(_step(StepKind.HOLD, set_number=2, set_count=3))
    announcer.on_step_started(_step(StepKind.REST, set_number=3, set_count=3))
    assert _announce(announcer, Cue.REST, Cue.LAST_SET).voices == ["rest", "last_set"]


def test_rest_before_another_exercise_names_no_set(
    bank: SoundBank, clock: FakeClock, player: RecordingPlayer
) -> None:
    announcer = make(player, bank, clock)
    announcer.on_step_started(_step(StepKind.HOLD, set_number=2, set_count=2))
    announcer.on_step_started(_step(StepKind.REST, set_number=2, set_count=2))
    assert _announce(announcer, Cue.REST).voices == ["rest"]


def test_controls_mute_volume_and_switches(
    qtbot: QtBot, bank: SoundBank, clock: FakeClock, player: RecordingPlayer
) -> None:
    announcer = make(player, bank, clock, volume=50)
    assert player.gain == pytest.approx(0.25)
    announcer.set_volume(60)
    assert player.gain == pytest.approx(0.36)
    announcer.set_volume(500)
    assert player.gain == 1.0

    announcer.set_muted(True)
    assert player.stops == 1
    _announce(announcer, Cue.GO)
    assert player.plays == []
    announcer.set_muted(False)

    announcer.set_beeps_enabled(False)
    announcer.on_step_started(_step(StepKind.HOLD))
    _announce(announcer, Cue.HALFWAY)
    assert player.plays[-1].names == ["voice/halfway"]  # the voice alone
    assert player.plays[-1].deadline is not None
    _announce(announcer, Cue.GO)
    assert len(player.plays) == 1  # a beep-only cue with beeps off plays nothing

    announcer.set_beeps_enabled(True)
    announcer.set_voice_enabled(False)
    _announce(announcer, Cue.HALFWAY)
    assert player.plays[-1].names == ["halfway"]
    assert player.plays[-1].sound.path is not None and player.plays[-1].deadline is None

    announcer.set_volume(0)
    _announce(announcer, Cue.GO)
    assert len(player.plays) == 2


def test_pause_and_stop_cut_the_sound(
    bank: SoundBank, clock: FakeClock, player: RecordingPlayer
) -> None:
    announcer = make(player, bank, clock)
    announcer.on_paused()
    announcer.on_finished(StepOutcome.COMPLETED)
    assert player.stops == 1
    announcer.on_finished(StepOutcome.STOPPED)
    assert player.stops == 2


def test_shutdown_stops_and_closes_the_player(
    bank: SoundBank, clock: FakeClock, player: RecordingPlayer
) -> None:
    announcer = make(player, bank, clock)
    announcer.shutdown()
    assert player.stops == 1 and player.closes == 1


def test_unknown_cue_is_ignored_and_errors_never_reach_the_engine(
    bank: SoundBank, clock: FakeClock, player: RecordingPlayer, caplog: pytest.LogCaptureFixture
) -> None:
    announcer = make(player, bank, clock)
    announcer.on_cue("no_such_cue")
    assert player.plays == []

    def broken(*_: object) -> None:
        raise RuntimeError("device on fire")

    player.play = broken  # type: ignore[method-assign, assignment]
    with caplog.at_level(logging.ERROR, logger="glute_timer.audio.announcer"):
        for _ in range(2):
            announcer.on_cue(Cue.GO)
            announcer.flush()
    assert len([r for r in caplog.records if "carrying on" in r.getMessage()]) == 1


def test_custom_names_are_skipped_without_a_speech_engine(
    qapp: object, bank: SoundBank, clock: FakeClock, player: RecordingPlayer
) -> None:
    speaker = NameSpeaker(engines=[])
    announcer = make(player, bank, clock, speaker=speaker)
    custom = Exercise(name="Clamshell", hold=HoldTime.same(20), sets=1)
    plan = compile_plan(Routine("Mine", (custom,)))
    announcer.prepare_plan(plan)
    assert not speaker.available
    announcer.on_step_started(plan[0])
    out = _announce(announcer, Cue.GET_READY)
    assert out.voices == ["get_ready", "left_side"]
    assert player.plays[-1].names == ["voice/get_ready", "voice/left_side"]


def test_custom_names_go_to_text_to_speech_when_an_engine_exists(
    qapp: object, bank: SoundBank, clock: FakeClock, player: RecordingPlayer
) -> None:
    from PySide6.QtTextToSpeech import QTextToSpeech

    if "mock" not in QTextToSpeech.availableEngines():
        pytest.skip("Qt's mock text-to-speech engine is not shipped here")
    speaker = NameSpeaker(engines=["mock"])
    announcer = make(player, bank, clock, speaker=speaker)
    custom = Exercise(name="Clamshell", sets=2)
    plan = compile_plan(Routine("Mine", (custom,)))
    announcer.on_step_started(plan[0])
    out = _announce(announcer, Cue.GET_READY)
    assert out.speech == "Get ready. Clamshell. Left side. Set 1 of 2."
    assert speaker.engine_name == "mock"
    assert player.plays == []  # the sentence went to text-to-speech, nothing pre-recorded
    speaker.stop()


def test_a_failing_player_is_reported_once_as_no_sound(
    qtbot: QtBot, bank: SoundBank, clock: FakeClock, player: RecordingPlayer
) -> None:
    announcer = make(player, bank, clock)
    assert announcer.status_text == ""
    assert player.on_failure is not None
    with qtbot.waitSignal(announcer.sound_status_changed) as reported:
        player.on_failure("the audio device failed (gone)")
    assert reported.args == ["No sound: the audio device failed (gone)"]
    assert announcer.status_text == "No sound: the audio device failed (gone)"


def test_an_unavailable_player_is_shown_from_the_start(bank: SoundBank, clock: FakeClock) -> None:
    announcer = make(RecordingPlayer(available=False), bank, clock)
    assert announcer.status_text == "No sound: recording player set unavailable"
    assert not announcer.sound_available


def test_one_sided_wall_push_has_no_side_prompts(
    bank: SoundBank, clock: FakeClock, player: RecordingPlayer
) -> None:
    from glute_timer.domain.model import Sides

    plan = compile_plan(Routine("One", (replace(WALL_PUSH, sides=Sides.NONE, sets=1),)))
    announcer = make(player, bank, clock)
    announcer.on_step_started(plan[0])
    assert _announce(announcer, Cue.GET_READY).voices == ["exercise_wall_push"]


def _run_builtin(
    name: str, bank: SoundBank, clock: FakeClock, player: RecordingPlayer
) -> tuple[Plan, list[tuple[float, Step]]]:
    routine = builtin_routine(name)
    assert routine is not None
    plan = compile_plan(routine)
    announcer = CueAnnouncer(player, bank, clock=clock.monotonic, volume=100)
    timers = FakeTimerFactory(clock)
    engine = WorkoutEngine(plan, clock=clock, timer_factory=timers)
    wire(engine, announcer)
    engine.rep_began.connect(announcer.on_rep_began)
    starts: list[tuple[float, Step]] = []
    engine.step_started.connect(lambda step: starts.append((clock.monotonic(), step)))
    # Paced reps end by themselves: nothing is pressed from start to finish.
    assert run_to_end(engine, timers, announcer) == "completed"
    return plan, starts


@pytest.mark.parametrize("name", ["Wall push", "Glute medius strength", "Glute medius endurance"])
def test_every_hold_and_set_of_reps_starts_with_the_go_beep_alone(
    name: str, bank: SoundBank, clock: FakeClock, player: RecordingPlayer
) -> None:
    plan, starts = _run_builtin(name, bank, clock, player)
    work_starts = [at for at, step in starts if step.is_work]
    assert work_starts
    for at in work_starts:
        assert [p.names for p in player.plays if p.at == at] == [["go"]]
    # Every set after the first is announced by the step before it.
    seen: set[tuple[int, int]] = set()
    set_lead_ins: set[int] = set()
    for step in plan.steps:
        if step.is_work and (step.exercise_index, step.set_number) not in seen:
            seen.add((step.exercise_index, step.set_number))
            if step.set_number > 1:
                set_lead_ins.add(step.index - 1)
    lead_ins = {round(at, 3): step for at, step in starts if step.index in set_lead_ins}
    assert len(lead_ins) == len(set_lead_ins) > 0
    for played in player.plays:
        lead_in = lead_ins.get(round(played.at, 3))
        if lead_in is None:
            continue
        if lead_in.set_number == lead_in.set_count:
            assert "voice/last_set" in played.names, (lead_in, played.names)
        else:
            assert f"voice/set_{lead_in.set_number}_of_{lead_in.set_count}" in played.names
    for played, following in itertools.pairwise(player.plays):
        assert played.at + played.sound.duration < following.at, played.names


def test_paced_reps_are_counted_at_each_boundary_and_the_last_one_is_named(
    bank: SoundBank, clock: FakeClock, player: RecordingPlayer
) -> None:
    _plan, starts = _run_builtin("Glute medius strength", bank, clock, player)
    at, kicks = next(
        (at, s) for at, s in starts if s.exercise == "Side scissor kicks" and s.is_work
    )
    assert kicks.rep_seconds == 2 and kicks.reps == 12
    heard = [
        (round(p.at - at, 3), p.names)
        for p in player.plays
        if at < p.at < at + kicks.seconds - 0.001
    ]
    assert heard == [
        *[(2.0 * (n - 1), [f"voice/count_{n}"]) for n in range(2, 12)],
        (22.0, ["voice/last_one"]),
    ]
    ended = [p.names for p in player.plays if p.at == at + kicks.seconds]
    assert ended and ended[0][0] == "hold_end"


def test_the_side_cue_is_said_when_getting_ready_and_where_it_fits_in_a_switch(
    bank: SoundBank, clock: FakeClock, player: RecordingPlayer
) -> None:
    _plan, starts = _run_builtin("Glute medius strength", bank, clock, player)
    said = {round(p.at, 3): p.names for p in player.plays}
    abduction = [
        (step.kind, step.side, said.get(round(at, 3), []))
        for at, step in starts
        if step.exercise == "Side-lying hip abduction hold" and not step.is_work
    ]
    assert abduction[0] == (
        StepKind.PREPARE,
        Side.LEFT,
        [
            "voice/exercise_side_lying_hip_abduction_hold",
            "voice/left_side",
            "voice/set_1_of_2",
            "voice/cue_side_lying_abduction_left",
        ],
    )
    # The 8 s switch has room for the cue of the side it leads into.
    assert abduction[1][:2] == (StepKind.SWITCH, Side.RIGHT)
    assert abduction[1][2][-1] == "voice/cue_side_lying_abduction_right"
    # The 15 s rest before set 2: rest, the set, then the side's cue.
    assert abduction[2][:2] == (StepKind.REST, Side.LEFT)
    assert abduction[2][2][-2:] == ["voice/last_set", "voice/cue_side_lying_abduction_left"]


def test_a_rep_with_no_recording_or_no_voice_ticks(
    bank: SoundBank, clock: FakeClock, player: RecordingPlayer
) -> None:
    announcer = make(player, bank, clock)
    announcer.on_step_started(_step(StepKind.REPS, reps=40, rep_seconds=2, seconds=80.0))
    announcer.on_rep_began(31)
    out = _announce(announcer, Cue.REP)
    assert out.voices == [] and out.beep is Beep.TICK
    announcer.on_rep_began(7)
    assert _announce(announcer, Cue.REP).voices == ["count_7"]
    announcer.on_rep_began(40)
    assert _announce(announcer, Cue.REP).voices == ["last_one"]
    announcer.set_voice_enabled(False)
    announcer.on_rep_began(8)
    assert _announce(announcer, Cue.REP).beep is Beep.TICK
