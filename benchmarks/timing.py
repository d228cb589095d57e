"""Step-boundary accuracy of the workout engine on a busy machine, against naive tick counting.

Runs a plan of 0.5 s steps on the real clock while other processes keep every CPU core busy,
and measures when each step really started against the schedule. Then counts QTimer ticks the
naive way (1 s and 100 ms ticks, as a repeating timer and as a re-armed single shot) for the
same span and measures the same; every tick, the engine's and the naive ones, pays the same
simulated repaint work. Prints p50, p99 and max boundary error and the final drift,
in ms. Exits 0 when every engine boundary is within 15 ms of schedule and the end has not
drifted by more than that.

    .venv/bin/python benchmarks/timing.py [--steps 40] [--step-seconds 0.5] [--no-load]
"""

from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer

from glute_timer.domain.model import Side
from glute_timer.domain.plan import Plan, Step, StepKind
from glute_timer.engine import WorkoutEngine

TARGET_MS = 15.0
BURNER = "while True: pass"
# Each display tick costs this much GUI-thread time (repainting the countdown, the ring and
# the illustration: 1 to 5 ms for the SVG alone at laptop sizes, more on a slow machine).
# Both the engine and the naive counters pay it, so neither is measured with a free handler.
# With only 3 ms, Qt's coarse timers (which may fire up to 5% early) hide the naive loops'
# drift on an idle machine; 8 ms is a fair full-window repaint and shows it plainly.
TICK_WORK_MS = 8.0


def busy(ms: float) -> None:
    """Spend ``ms`` of CPU time on the calling thread, like a repaint would."""
    end = time.perf_counter() + ms / 1000.0
    while time.perf_counter() < end:
        pass


@dataclass
class Result:
    """Boundary errors of one method, in ms (positive: late), at scheduled times in s."""

    name: str
    errors_ms: list[float]
    scheduled_s: list[float]

    @property
    def drift_ms(self) -> float:
        """Error at the last boundary: what the whole run gained or lost."""
        return self.errors_ms[-1] if self.errors_ms else math.nan

    @property
    def slope_ms_per_min(self) -> float:
        """Least-squares trend of the error over time: accumulated drift, free of jitter."""
        n = len(self.errors_ms)
        if n < 2:
            return math.nan
        mean_t = sum(self.scheduled_s) / n
        mean_e = sum(self.errors_ms) / n
        var = sum((t - mean_t) ** 2 for t in self.scheduled_s)
        cov = sum(
            (t - mean_t) * (e - mean_e)
            for t, e in zip(self.scheduled_s, self.errors_ms, strict=True)
        )
        return cov / var * 60.0 if var else math.nan

    def percentile(self, p: float) -> float:
        values = sorted(abs(e) for e in self.errors_ms)
        if not values:
            return math.nan
        rank = max(1, math.ceil(p / 100.0 * len(values)))
        return values[rank - 1]


def make_plan(steps: int, seconds: float) -> Plan:
    """``steps`` holds of ``seconds`` each, then finish."""
    plan_steps = [
        Step(i, StepKind.HOLD, "bench", "generic", Side.LEFT, 1, 1, seconds) for i in range(steps)
    ]
    plan_steps.append(Step(steps, StepKind.FINISH, None, None, None, 0, 0, 0.0))
    return Plan("timing benchmark", tuple(plan_steps))


@contextmanager
def cpu_load(processes: int, own_session: bool) -> Iterator[list[subprocess.Popen[bytes]]]:
    """Keep ``processes`` CPU cores busy with spinning child processes while inside.

    With ``own_session`` they run in a session of their own, as another program started from
    the desktop or a terminal would (Linux then schedules the two sessions as separate
    groups); without, they share this process's session, a harsher case.
    """
    children = [
        subprocess.Popen([sys.executable, "-c", BURNER], start_new_session=own_session)
        for _ in range(max(0, processes))
    ]
    try:
        time.sleep(0.5)  # let them get going before measuring
        yield children
    finally:
        for child in children:
            child.terminate()
        for child in children:
            child.wait(timeout=10)


def run_loop(until: Callable[[Callable[[], None]], None], timeout_s: float) -> None:
    """Run an event loop until ``until`` calls the quit function it is given, or timeout."""
    loop = QEventLoop()
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    guard.start(int(timeout_s * 1000))
    until(loop.quit)
    loop.exec()
    guard.stop()


def measure_engine(steps: int, seconds: float, tick_work_ms: float, label: str) -> Result:
    engine = WorkoutEngine(make_plan(steps, seconds))
    starts: list[float] = []
    engine.step_started.connect(lambda _step: starts.append(time.monotonic()))
    engine.tick.connect(lambda _left, _fraction: busy(tick_work_ms))

    def go(quit_loop: Callable[[], None]) -> None:
        engine.finished.connect(lambda _outcome: quit_loop())
        engine.start()

    run_loop(go, steps * seconds + 10)
    engine.stop()
    t0 = starts[0]
    scheduled = [i * seconds for i in range(1, len(starts))]
    errors = [((at - t0) - sched) * 1000.0 for at, sched in zip(starts[1:], scheduled, strict=True)]
    return Result(f"engine{label}", errors, scheduled)


def measure_naive(
    tick_s: float, span_s: float, step_s: float, rearm: bool, tick_work_ms: float
) -> Result:
    """Count ticks of ``tick_s``; a step ends every ``step_s / tick_s`` ticks."""
    ticks_per_step = max(1, round(step_s / tick_s))
    step_len = ticks_per_step * tick_s
    boundaries = max(1, round(span_s / step_len))
    timer = QTimer()
    timer.setSingleShot(rearm)
    timer.setTimerType(Qt.TimerType.CoarseTimer)  # QTimer's default
    state = {"ticks": 0}
    t0 = time.monotonic()
    ends: list[float] = []

    def go(quit_loop: Callable[[], None]) -> None:
        def on_tick() -> None:
            state["ticks"] += 1
            if state["ticks"] % ticks_per_step == 0:
                ends.append(time.monotonic())
                if len(ends) == boundaries:
                    timer.stop()
                    quit_loop()
                    return
            busy(tick_work_ms)
            if rearm:
                # The usual hand-written loop: update the screen, then wait another tick.
                timer.start(round(tick_s * 1000))

        timer.timeout.connect(on_tick)
        timer.start(round(tick_s * 1000))

    run_loop(go, span_s * 2 + 10)
    scheduled = [(i + 1) * step_len for i in range(len(ends))]
    errors = [((at - t0) - sched) * 1000.0 for at, sched in zip(ends, scheduled, strict=True)]
    kind = "single shot re-armed after work" if rearm else "repeating QTimer"
    label = f"naive {tick_s * 1000:.0f} ms ticks, {kind}"
    if step_len != step_s:
        label += f", {step_len:g} s steps"
    return Result(label, errors, scheduled)


def report(
    results: list[Result], steps: int, seconds: float, load: int, tick_work_ms: float
) -> None:
    print(
        f"Step boundaries against schedule: {steps} steps of {seconds:g} s, "
        f"{load} CPU-burning processes (in a session of their own) on {os.cpu_count()} cores, "
        f"{tick_work_ms:g} ms of work per display tick"
    )
    header = (
        f"{'method':<56} {'n':>3} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7} "
        f"{'end ms':>7} {'trend ms/min':>12}"
    )
    print(header)
    print("-" * len(header))
    # p50/p99/max: |error| of each boundary; end: signed error of the last boundary (total
    # drift); trend: least-squares slope of the error, i.e. drift that accumulates.
    for r in results:
        print(
            f"{r.name:<56} {len(r.errors_ms):>3} {r.percentile(50):>7.2f} "
            f"{r.percentile(99):>7.2f} {r.percentile(100):>7.2f} {r.drift_ms:>7.2f} "
            f"{r.slope_ms_per_min:>12.2f}"
        )
    if any(r.name.endswith("*") for r in results):
        print(
            "* informational: the burners share this process's session, so they compete in "
            "the same scheduling group (not checked against the target)"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--steps", type=int, default=40)
    parser.add_argument("--step-seconds", type=float, default=0.5)
    parser.add_argument("--no-load", action="store_true", help="do not load the CPU")
    parser.add_argument("--skip-naive", action="store_true", help="measure the engine only")
    parser.add_argument("--tick-work-ms", type=float, default=TICK_WORK_MS)
    parser.add_argument(
        "--skip-same-session", action="store_true", help="skip the informational harsher run"
    )
    # Called as main() by a runner, take no options from the runner's own command line.
    args = parser.parse_args(argv if argv is not None else [])
    app = QCoreApplication.instance() or QCoreApplication([])
    load = 0 if args.no_load else (os.cpu_count() or 2)
    span = args.steps * args.step_seconds

    with cpu_load(load, own_session=True):
        results = [measure_engine(args.steps, args.step_seconds, args.tick_work_ms, "")]
        if not args.skip_naive:
            for tick in (1.0, 0.1):
                for rearm in (False, True):
                    results.append(
                        measure_naive(tick, span, args.step_seconds, rearm, args.tick_work_ms)
                    )
    if load and not args.skip_same_session:
        with cpu_load(load, own_session=False):
            results.append(
                measure_engine(
                    args.steps, args.step_seconds, args.tick_work_ms, ", burners in its session*"
                )
            )
    del app

    report(results, args.steps, args.step_seconds, load, args.tick_work_ms)
    engine = results[0]
    ok = (
        len(engine.errors_ms) == args.steps
        and engine.percentile(100) <= TARGET_MS
        and abs(engine.drift_ms) <= TARGET_MS
    )
    verdict = "met" if ok else "NOT met"
    print(f"Target (every engine boundary and the final drift within {TARGET_MS:g} ms): {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
