"""Cue latency: from the engine's cue signal to the sound backend holding the buffer.

Plays the cues of six Wall push workouts (222 moments, 228 cues) through the real
``CueAnnouncer`` and ``SimpleAudioPlayer``, as the app wires them, and reports:

- latency: signal emitted -> simpleaudio has the buffer (``play_buffer`` returned in the
  audio process, reported back over its pipe), through the event loop turn that gathers
  the cues of one moment.
  Target: p99 <= 10 ms.
- play(): how long the backend's ``play`` keeps the GUI thread. Target: p99 <= 2 ms of
  this thread's CPU time (wall time is printed too; on a busy machine it also counts the
  scheduler running the audio process or other programs right after the pipe write).
- GUI thread per moment: the cue signals of one moment plus the announcer's flush
  (composing, joining, handing over), as wall time and as this thread's CPU time (wall time
  also counts the scheduler running other programs).

By default ALSA's output goes to a file in a private HOME (the ALSA file plugin), so the run
is silent and the same on a machine with no sound card; ``--real-device`` uses the real
default device instead. Without simpleaudio the figures are for the handover to whatever
backend is chosen, and the run says so.

Run: ``.venv/bin/python benchmarks/cue_latency.py [--real-device] [--workouts N]``
"""

from __future__ import annotations

import argparse
import os
import tempfile
import threading
import time
from pathlib import Path

LATENCY_TARGET_MS = 10.0
GUI_TARGET_MS = 2.0


def _private_alsa_home() -> Path:
    home = Path(tempfile.mkdtemp(prefix="cue-latency-"))
    (home / ".asoundrc").write_text(
        'pcm.!default {\n  type file\n  slave.pcm "null"\n'
        f'  file "{home / "out.raw"}"\n  format "raw"\n}}\n'
    )
    return home


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real-device", action="store_true", help="play on the real device")
    parser.add_argument("--workouts", type=int, default=6, help="Wall push runs to play")
    args = parser.parse_args(argv)
    if not args.real_device:
        # Must happen before anything opens ALSA: it reads its configuration once.
        os.environ["HOME"] = str(_private_alsa_home())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication, QObject, Signal

    from glute_timer.audio.announcer import CueAnnouncer
    from glute_timer.audio.audio_process import AudioProcessPlayer
    from glute_timer.audio.bank import SoundBank
    from glute_timer.audio.choose import choose_player
    from glute_timer.audio.sound import Sound
    from glute_timer.domain.library import builtin_routine
    from glute_timer.domain.plan import Plan, Step, compile_plan
    from glute_timer.engine.cue_schedule import start_cues, timed_cues

    class FakeEngine(QObject):
        step_started = Signal(object)
        cue = Signal(str)

    def moments(plan: Plan) -> list[tuple[Step, list[str]]]:
        """Each moment of the plan: its step and the cues emitted together, in order."""
        out: list[tuple[Step, list[str]]] = []
        for index, step in enumerate(plan.steps):
            out.append((step, [c.value for c in start_cues(plan, index)]))
            out.extend((step, [t.cue.value]) for t in timed_cues(step))
        return out

    app = QCoreApplication([])
    routine = builtin_routine("Wall push")
    assert routine is not None
    schedule = moments(compile_plan(routine)) * args.workouts
    bank = SoundBank.load()
    player = choose_player("auto")
    held = threading.Event()
    held_at = [0.0]
    play_calls: list[float] = []
    play_cpu: list[float] = []
    if isinstance(player, AudioProcessPlayer):

        def on_started(sound: Sound) -> None:
            # The child's own clock reading when play_buffer returned: the report's trip
            # back over the pipe is not part of the latency.
            held_at[0] = player.last_started_at
            held.set()

        player.on_started = on_started
    else:
        print(f"simpleaudio not in use ({player.unavailable_reason}); timing the handover only")
    original_play = player.play

    def timed_play(sound: Sound, deadline: float | None = None) -> None:
        start, start_cpu = time.perf_counter(), time.thread_time()
        original_play(sound, deadline)
        end = time.perf_counter()
        play_calls.append((end - start) * 1000)
        play_cpu.append((time.thread_time() - start_cpu) * 1000)
        if not isinstance(player, AudioProcessPlayer):
            held_at[0] = time.monotonic()
            held.set()

    player.play = timed_play  # type: ignore[method-assign]

    def run(through_event_loop: bool) -> tuple[list[float], list[float], list[float]]:
        engine = FakeEngine()
        announcer = CueAnnouncer(player, bank, volume=100)
        engine.step_started.connect(announcer.on_step_started)
        engine.cue.connect(announcer.on_cue)
        latencies: list[float] = []
        wall: list[float] = []
        cpu: list[float] = []
        last_step: Step | None = None
        for step, names in schedule:
            held.clear()
            start, start_cpu = time.perf_counter(), time.thread_time()
            start_mono = time.monotonic()
            if step is not last_step:
                engine.step_started.emit(step)
                last_step = step
            for name in names:
                engine.cue.emit(name)
            if not through_event_loop:
                announcer.flush()  # what the zero-delay timer runs, timed on this thread
            wall.append((time.perf_counter() - start) * 1000)
            cpu.append((time.thread_time() - start_cpu) * 1000)
            deadline = time.monotonic() + 2.0
            while not held.is_set() and time.monotonic() < deadline:
                app.processEvents()
                held.wait(0.0002)
            if held.is_set():
                latencies.append((held_at[0] - start_mono) * 1000)
            if isinstance(player, AudioProcessPlayer):
                player.wait_idle(2.0)
        announcer.deleteLater()
        return latencies, wall, cpu

    latencies, _, _ = run(through_event_loop=True)
    play_calls.clear()
    play_cpu.clear()
    _, wall, cpu = run(through_event_loop=False)
    if isinstance(player, AudioProcessPlayer):
        player.close()
    cues = sum(len(names) for _, names in schedule)
    p99 = percentile(latencies, 99)
    play_p99 = percentile(play_cpu, 99)
    backend = player.backend_name + ("" if args.real_device else " -> ALSA file plugin")
    print(f"backend: {backend}  load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    print(f"moments: {len(schedule)}  cues: {cues}  sounds held: {len(latencies)}")

    def line(label: str, values: list[float], target: str = "") -> None:
        print(
            f"{label}: p50 {percentile(values, 50):.3f} ms  p99 {percentile(values, 99):.3f} ms"
            f"  max {max(values):.3f} ms{target}"
        )

    line("cue -> buffer held (wall)", latencies, f"  (target p99 <= {LATENCY_TARGET_MS} ms)")
    line("play() on the GUI thread (wall)", play_calls)
    line("play() on the GUI thread (CPU)", play_cpu, f"  (target p99 <= {GUI_TARGET_MS} ms)")
    line("GUI thread per moment, signals + flush (wall)", wall)
    line("GUI thread per moment, signals + flush (CPU)", cpu)
    ok = len(latencies) >= 200 and p99 <= LATENCY_TARGET_MS and play_p99 <= GUI_TARGET_MS
    print("OK" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
