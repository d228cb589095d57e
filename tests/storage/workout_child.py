"""A real workout (engine + SessionRecorder on the system clock) in a process of its own.

Usage: python tests/storage/workout_child.py DATA_DIR STEPS SECONDS_PER_STEP

It records into DATA_DIR's history as the app does, and exits when the plan is done (0), so a
test can kill it mid-way or let it finish. Tests wait on the database, not on time.
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
    routine = Routine(name="Process test", exercises=(exercise,), prep_seconds=0)
    holds = [
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
    finish = Step(steps, StepKind.FINISH, None, None, None, 0, 0, 0.0)
    return routine, Plan(routine.name, (*holds, finish))


def main(argv: list[str]) -> int:
    data_dir, steps, seconds = Path(argv[1]), int(argv[2]), float(argv[3])
    app = QCoreApplication(argv[:1])
    history = open_history(data_dir, make_backup=False)
    recorder = SessionRecorder(history.database, data_dir)
    routine, plan = short_plan(steps, seconds)
    engine = WorkoutEngine(plan)
    recorder.connect_engine(engine)
    engine.slept.connect(lambda _seconds: (print("slept", flush=True), app.exit(3)))
    engine.finished.connect(lambda _outcome: (recorder.close(), app.quit()))
    recorder.start_session(routine, plan)
    engine.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
