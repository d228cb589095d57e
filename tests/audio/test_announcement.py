"""The pure announcement policy: what each moment says, without Qt or a player."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

from glute_timer.audio.announcement import AnnouncementPolicy, speech_budget
from glute_timer.audio.bank import SoundBank
from glute_timer.audio.catalog import Beep
from glute_timer.domain.cues import Cue
from glute_timer.domain.model import Side
from glute_timer.domain.plan import Step, StepKind
from glute_timer.engine.cue_schedule import timed_cues


def _step(kind: StepKind, **changes: object) -> Step:
    base = Step(0, kind, "Wall push", "wall-push", Side.LEFT, 1, 2, 30.0)
    return replace(base, **changes)  # type: ignore[arg-type]


def test_importing_the_policy_loads_no_qt() -> None:
    code = (
        "import sys, glute_timer.audio.announcement, glute_timer.engine.step_clock; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"


def test_the_budget_ends_before_the_first_scheduled_cue() -> None:
    for kind, seconds in [(StepKind.HOLD, 30.0), (StepKind.SWITCH, 5.0), (StepKind.REST, 1.0)]:
        step = _step(kind, seconds=seconds)
        first = min((step.seconds - c.at_seconds_left for c in timed_cues(step)), default=seconds)
        budget = speech_budget(step)
        assert budget is not None and budget < first


def test_a_new_set_after_work_is_named_and_voice_off_lets_the_last_beep_lead(
    bank: SoundBank,
) -> None:
    policy = AnnouncementPolicy(bank)
    policy.note_step(_step(StepKind.HOLD, set_number=1, set_count=3))
    rest = _step(StepKind.REST, seconds=20.0, set_number=2, set_count=3)
    out = policy.compose([(Cue.HOLD_END, None), (Cue.REST, rest)])
    assert out.voices == ["rest", "set_2_of_3"] and out.beep is Beep.HOLD_END
    policy.voice = False
    assert policy.compose([(Cue.HOLD_END, None), (Cue.REST, rest)]).beep is Beep.REST


def test_a_custom_name_becomes_a_sentence_only_when_speech_can_say_it(bank: SoundBank) -> None:
    policy = AnnouncementPolicy(bank)
    custom = _step(StepKind.PREPARE, exercise="Clamshell", seconds=10.0, set_count=1)
    spoken = policy.compose([(Cue.GET_READY, custom)], can_speak=True)
    assert spoken.speech == "Get ready. Clamshell. Left side." and spoken.voices == []
    recorded = policy.compose([(Cue.GET_READY, custom)], can_speak=False)
    assert recorded.speech is None and recorded.voices == ["get_ready", "left_side"]
