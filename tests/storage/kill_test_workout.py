"""Runs a real workout (engine + SessionRecorder) on short steps: the child process of the
kill -9 test (test_kill_mid_workout.py) and of the live-history CLI test.

Usage: python tests/storage/kill_test_workout.py DATA_DIR [STEPS] [SECONDS_PER_STEP]

It records into DATA_DIR's history like the app does and runs until killed (the plan is long).
The test that starts it waits on the database, not on time, before killing it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from glute_timer.domain.model import Exercise, HoldTime, Routine, Side, Sides
from glute_timer.domain.plan import Plan, Step, StepKind
from glute_timer.engine import WorkoutEngine
from glute_timer.storage.recorder import SessionRecorder
from glute_timer.storage.startup import open_history


def short_plan(steps: int, seconds: float) -> tuple[Routine, Plan]:
    """A routine and a plan of ``steps`` alternating left/right holds of ``seconds`` each."""
    exercise = Exercise(name="Clamshell hold", hold=HoldTime.same(1), sets=steps, sides=Sides.BOTH)
    routine = Routine(name="Kill test", exercises=(exercise,), prep_seconds=0)
    plan_steps = [
        Step(
            index=i,
            kind=StepKind.HOLD,
            exercise=exercise.name,
            illustration=None,
            side=Side.LEFT if i % 2 == 0 else Side.RIGHT,
            set_number=i // 2 + 1,
            set_count=steps,
            seconds=seconds,
        )
        for i in range(steps)
    ]
    finish = Step(
        index=steps,
        kind=StepKind.FINISH,
        exercise=None,
        illustration=None,
        side=None,
        set_number=0,
        set_count=0,
        seconds=0.0,
    )
    return routine, Plan(routine.name, (*plan_steps, finish))


def main(argv: list[str]) -> int:
    data_dir = Path(argv[1])
    steps = int(argv[2]) if len(argv) > 2 else 10_000
    seconds = float(argv[3]) if len(argv) > 3 else 0.05
    app = QCoreApplication(argv[:1])
    history = open_history(data_dir, make_backup=False)
    recorder = SessionRecorder(history.database, data_dir)
    routine, plan = short_plan(steps, seconds)
    engine = WorkoutEngine(plan)
    recorder.connect_engine(engine)
    engine.finished.connect(lambda _outcome: (recorder.close(), app.quit()))
    recorder.start_session(routine, plan)
    engine.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
