"""Runs real simpleaudio output in a child process (ALSA reads HOME's .asoundrc once).

Usage: ``python -m tests.audio.capture_run tone|workout|nodevice`` with HOME pointing at a
directory whose ``.asoundrc`` routes the default device (see ``alsa_home`` in conftest.py),
or ``python -m tests.audio.capture_run qt-tone DIR`` to play the tone through Qt Multimedia
(QSoundEffect) to whatever PulseAudio server the environment names.
Prints one JSON object on stdout for the parent test to check.
"""

from __future__ import annotations

import json
import math
import sys
import wave
from array import array
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from glute_timer.audio.announcement import Announcement
from glute_timer.audio.announcer import CueAnnouncer
from glute_timer.audio.audio_process import AudioProcessPlayer
from glute_timer.audio.bank import SoundBank
from glute_timer.audio.choose import choose_player
from glute_timer.audio.qt_player import QtSoundPlayer
from glute_timer.audio.simpleaudio_player import SimpleAudioPlayer
from glute_timer.audio.sound import Sound, load_wav
from glute_timer.domain.library import builtin_routine
from glute_timer.domain.plan import compile_plan
from glute_timer.engine.workout_engine import WorkoutEngine
from tests.audio import conftest  # noqa: F401 - applies the PySide6 reference-count guard
from tests.audio.recording import run_to_end
from tests.fakes import START_MONOTONIC, FakeClock, FakeTimerFactory

TONE_HZ = 1000.0
TONE_SECONDS = 0.5


def tone_samples(rate: int = 44100) -> array[int]:
    """TONE_SECONDS of a TONE_HZ sine, mono 16-bit."""
    frames = round(TONE_SECONDS * rate)
    # A 5 ms fade at each end keeps it click-free; the middle is a pure sine.
    fade = 220
    return array(
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


def tone() -> dict[str, object]:
    player = SimpleAudioPlayer()
    if not player.available:
        return {"available": False, "reason": player.unavailable_reason}
    player.play(Sound("tone", tone_samples().tobytes(), 1, 2, 44100))
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
    engine.rep_began.connect(announcer.on_rep_began)
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


def qt_tone(directory: Path) -> dict[str, object]:
    from PySide6.QtMultimedia import QSoundEffect

    path = directory / "tone.wav"
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(44100)
        wav.writeframes(tone_samples().tobytes())
    sound = load_wav(path)
    player = QtSoundPlayer()
    if not player.available:
        return {"available": False, "reason": player.unavailable_reason}
    player.prepare([sound])
    [effect] = player.findChildren(QSoundEffect)
    loop = QEventLoop()
    guard = QTimer(singleShot=True, interval=10_000)  # never hang the parent test
    guard.timeout.connect(loop.quit)

    def wait() -> None:
        guard.start()
        loop.exec()

    effect.statusChanged.connect(loop.quit)
    if effect.status() is not QSoundEffect.Status.Ready:
        wait()  # the file loads asynchronously
    if effect.status() is not QSoundEffect.Status.Ready:
        return {"available": True, "ready": False, "status": effect.status().name}
    effect.playingChanged.connect(loop.quit)
    player.play(sound)
    if not effect.isPlaying():
        wait()  # until it starts
    if effect.isPlaying():
        wait()  # until it ends
    return {"available": True, "ready": True, "playing": effect.isPlaying()}


def main(mode: str) -> int:
    app = QCoreApplication([])
    if mode == "tone":
        result = tone()
    elif mode == "qt-tone":
        result = qt_tone(Path(sys.argv[2]))
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
