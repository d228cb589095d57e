"""Runs a short plan on the real clock, pauses mid-hold and resumes, printing the time left.

Shows that a pause keeps the remainder: the hold goes on from where it was, not from its
full length, and its reported active time excludes the pause.

    .venv/bin/python tools/demo_pause.py
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QTimer

from glute_timer.domain.model import Side
from glute_timer.domain.plan import Plan, Step, StepKind
from glute_timer.engine import WorkoutEngine

PAUSE_AFTER_MS = 2600  # from the start: 1.6 s into the 3 s hold
PAUSE_FOR_MS = 1500


def demo_plan() -> Plan:
    return Plan(
        "demo",
        (
            Step(0, StepKind.PREPARE, "wall push", "wall_push", Side.LEFT, 1, 1, 1.0),
            Step(1, StepKind.HOLD, "wall push", "wall_push", Side.LEFT, 1, 1, 3.0),
            Step(2, StepKind.FINISH, None, None, None, 0, 0, 0.0),
        ),
    )


def main() -> int:
    app = QCoreApplication.instance() or QCoreApplication(sys.argv)
    engine = WorkoutEngine(demo_plan())
    t0 = time.monotonic()
    last_print = [-1.0]
    shown = [0.0]  # the latest tick's seconds: what the countdown shows
    just_resumed = [False]

    def say(text: str) -> None:
        print(f"{time.monotonic() - t0:6.2f} s  {text}", flush=True)

    def on_tick(left: float, fraction: float) -> None:
        shown[0] = left
        if just_resumed[0]:  # the engine ticks right after ``resumed``: the time it kept
            just_resumed[0] = False
            say(f"RESUMED with {left:.2f} s left")
            return
        # Print about every quarter second rather than at all 20 ticks a second.
        now = time.monotonic()
        if now - last_print[0] >= 0.25:
            last_print[0] = now
            say(f"tick: {left:5.2f} s left ({fraction:4.0%} done)")

    engine.step_started.connect(
        lambda step: say(f"step {step.index} started: {step.kind.value} {step.seconds:g} s")
    )
    engine.cue.connect(lambda cue: say(f"cue: {cue}"))
    engine.tick.connect(on_tick)
    engine.paused.connect(lambda: say(f"PAUSED (last shown: {shown[0]:.2f} s left)"))
    engine.resumed.connect(lambda: just_resumed.__setitem__(0, True))
    engine.step_finished.connect(
        lambda step, outcome, actual: say(
            f"step {step.index} {outcome} after {actual:.2f} s of activity"
        )
    )

    def on_finished(outcome: str) -> None:
        say(f"workout {outcome}")
        app.quit()

    engine.finished.connect(on_finished)

    QTimer.singleShot(PAUSE_AFTER_MS, engine.pause)
    QTimer.singleShot(PAUSE_AFTER_MS + PAUSE_FOR_MS, engine.resume)
    QTimer.singleShot(20_000, app.quit)  # never hang
    engine.start()
    app.exec()
    return 0 if not engine.is_running else 1


if __name__ == "__main__":
    sys.exit(main())
