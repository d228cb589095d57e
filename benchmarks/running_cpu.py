"""CPU while a workout runs, and peak memory, against a bare PySide6 window in the same run.

The app child starts the real program (``cli.main``, real clock, real engine, the Wall push)
at 1280x800, lets it settle, then measures its own CPU time (user + system, all threads) over
a span of the workout that covers a get-ready, a hold and the step boundary between them.
Peak memory is each child's maximum resident set size, measured on an everyday start (the
database already exists). Prints the figures and ratios; exits
0 when CPU is at most 3% of one core and peak memory at most 2.5 times the bare window's.

    .venv/bin/python benchmarks/running_cpu.py [--seconds 20]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence

CPU_TARGET_PERCENT = 3.0
MEMORY_TARGET_RATIO = 2.5
SETTLE_SECONDS = 3.0

BARE = """
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("Hello")
label.resize(1280, 800)
label.show()
def report():
    print(f"PEAK_KB {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
    app.quit()
QTimer.singleShot(2000, report)
app.exec()
"""

APP = """
import resource, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
settle, span = float(sys.argv[2]), float(sys.argv[3])
marks = {}
def begin():
    for w in QApplication.topLevelWidgets():
        if w.isWindow() and w.isVisible():
            w.resize(1280, 800)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    marks["cpu"] = usage.ru_utime + usage.ru_stime
    marks["wall"] = time.monotonic()
def end():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime - marks["cpu"]
    wall = time.monotonic() - marks["wall"]
    titles = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
    print(f"CPU {cpu:.4f} {wall:.4f}", flush=True)
    print(f"PEAK_KB {usage.ru_maxrss}", flush=True)
    print(f"TITLE {titles}", flush=True)
    app.quit()
QTimer.singleShot(int(settle * 1000), begin)
QTimer.singleShot(int((settle + span) * 1000), end)
from glute_timer.cli import main
sys.exit(main(["--data-dir", sys.argv[1], "--audio", "none", "start", "Wall push"]))
"""


def run(code: str, *args: str) -> dict[str, str]:
    """Run a child; return its ``KEY value`` lines."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    if result.returncode != 0 or "PEAK_KB" not in lines:
        raise RuntimeError(f"child failed ({result.returncode}): {result.stderr.strip()[-800:]}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Measure, print, and return 0 when both targets are met."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args(argv if argv is not None else [])
    bare = run(BARE)
    with tempfile.TemporaryDirectory() as tmp:
        # Measure the everyday start, not the very first one: create and migrate the
        # database beforehand, as any earlier start would have (the first start also loads
        # Alembic to create the schema, about 16 MB more, once).
        subprocess.run(
            [sys.executable, "-m", "glute_timer", "--data-dir", tmp, "routines"],
            capture_output=True,
            check=True,
        )
        app = run(APP, tmp, str(SETTLE_SECONDS), str(args.seconds))
    cpu_seconds, wall_seconds = (float(x) for x in app["CPU"].split())
    cpu_percent = 100.0 * cpu_seconds / wall_seconds
    bare_mb = int(bare["PEAK_KB"]) / 1024
    app_mb = int(app["PEAK_KB"]) / 1024
    ratio = app_mb / bare_mb
    cpu_ok = cpu_percent <= CPU_TARGET_PERCENT
    memory_ok = ratio <= MEMORY_TARGET_RATIO
    print(f"Running a workout (Wall push, real clock, 1280x800) for {wall_seconds:.1f} s")
    print(f"  window: {app.get('TITLE', '?')}")
    print(
        f"  CPU {cpu_seconds * 1000:.0f} ms = {cpu_percent:.2f}% of one core "
        f"(target <= {CPU_TARGET_PERCENT:.0f}%): {'ok' if cpu_ok else 'MISSED'}"
    )
    print(f"  peak memory: bare window {bare_mb:.0f} MB, Glute Timer {app_mb:.0f} MB")
    print(
        f"  memory ratio {ratio:.2f} (target <= {MEMORY_TARGET_RATIO}): "
        f"{'ok' if memory_ok else 'MISSED'}"
    )
    return 0 if cpu_ok and memory_ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
