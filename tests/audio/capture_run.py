"""Runs real simpleaudio output in a child process (ALSA reads HOME's .asoundrc once).

Usage: ``python -m tests.audio.capture_run tone|workout|nodevice`` with HOME pointing at a
directory whose ``.asoundrc`` routes the default device (see ``alsa_home`` in conftest.py).
Prints one JSON object on stdout for the parent test to check.
"""

from __future__ import annotations

import json
import math
import sys
from array import array

from PySide6.QtCore import QCoreApplication

from glute_timer.audio.announcer import Announcement, CueAnnouncer
from glute_timer.audio.audio_process import AudioProcessPlayer
from glute_timer.audio.bank import SoundBank
from glute_timer.audio.choose import choose_player
from glute_timer.audio.simpleaudio_player import SimpleAudioPlayer
from glute_timer.audio.sound import Sound
from glute_timer.domain.library import builtin_routine
from glute_timer.domain.plan import compile_plan
from glute_timer.engine.workout_engine import WorkoutEngine
from tests.audio import conftest  # noqa: F401 - applies the PySide6 reference-count guard
from tests.audio.recording import run_to_end
from tests.fakes import START_MONOTONIC, FakeClock, FakeTimerFactory

TONE_HZ = 1000.0
TONE_SECONDS = 0.5


def tone() -> dict[str, object]:
    player = SimpleAudioPlayer()
    if not player.available:
        return {"available": False, "reason": player.unavailable_reason}
    rate = 44100
    frames = round(TONE_SECONDS * rate)
    # A 5 ms fade at each end keeps it click-free; the middle is a pure sine.
    fade = 220
    samples = array(
        "h",
        (
            round(
                12000
                * min(1.0, i / fade, (frames - 1 - i) / fade)
                * math.sin(2 * math.pi * TONE_HZ * i / rate)
            )
            for i in range(frames)
        ),
    )
    player.play(Sound("tone", samples.tobytes(), 1, 2, rate))
    idle = player.wait_idle(5.0)
    player.close()
    return {"available": True, "idle": idle, "started": player.started_count}


def workout(preference: str) -> dict[str, object]:
    clock = FakeClock()
    timers = FakeTimerFactory(clock)
    player = choose_player(preference, clock=clock.monotonic)
    bank = SoundBank.load()
    announcer = CueAnnouncer(player, bank, clock=clock.monotonic, volume=100)
    routine = builtin_routine("Wall push")
    assert routine is not None
    engine = WorkoutEngine(compile_plan(routine), clock=clock, timer_factory=timers)
    engine.step_started.connect(announcer.on_step_started)
    engine.cue.connect(announcer.on_cue)
    engine.finished.connect(announcer.on_finished)
    moments: list[Announcement] = []
    announcer.announced.connect(moments.append)
    plays: list[list[str]] = []
    if isinstance(player, AudioProcessPlayer):
        player.on_started = lambda sound: plays.append([leaf.name for leaf in sound.leaves])

    def settle() -> None:
        if isinstance(player, AudioProcessPlayer):
            player.wait_idle(5.0)

    outcome = run_to_end(engine, timers, announcer, after_moment=settle)
    settle()
    return {
        "backend": player.backend_name,
        "available": player.available,
        "status": announcer.status_text,
        "outcome": outcome,
        "moments": [[round(m.at - START_MONOTONIC, 3), [c.value for c in m.cues]] for m in moments],
        "plays": plays,
        "dropped": getattr(player, "dropped_count", 0),
    }


def main(mode: str) -> int:
    app = QCoreApplication([])
    if mode == "tone":
        result = tone()
    elif mode == "workout":
        result = workout("simpleaudio")
    elif mode == "nodevice":
        result = workout("auto")
    else:
        raise SystemExit(f"unknown mode {mode}")
    print(json.dumps(result))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
