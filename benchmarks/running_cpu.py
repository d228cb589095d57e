"""CPU while a workout runs, and peak memory, against a bare PySide6 window in the same run.

The app child starts the real program (``cli.main``, real clock, real engine, the Wall push)
at 1280x800, lets it settle, then measures its own CPU time (user + system, all threads) over
a span of the workout that covers a get-ready, a hold and the step boundary between them.
Peak memory is each child's maximum resident set size, measured on an everyday start (the
database already exists). Prints the figures and ratios; exits
0 when CPU is at most 3% of one core and peak memory at most 2.5 times the bare window's.

With ``--xvfb`` both children draw on a private X server with sound on (ALSA's default
device writes to a file), and the span is the steady middle of the first 30 s hold; the
target there is 1.5% of one core. CPU counts the app and its sound helper process.

    .venv/bin/python benchmarks/running_cpu.py [--seconds 20] [--xvfb]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

MEMORY_TARGET_RATIO = 2.5
SETTLE_SECONDS = 3.0
# The Wall push: a 10 s get-ready, then a 30 s hold. Its steady middle, about 14 to 34 s into
# the workout, is what the Xvfb mode measures (the window titles say which step it was).
HOLD_MIDDLE_FROM_S = 15.0
HOLD_MIDDLE_SPAN_S = 20.0
XVFB_CPU_TARGET_PERCENT = 1.5

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
import os, resource, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
settle, span, audio = float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
marks = {}
def descendants():
    found, pending = [], [os.getpid()]
    while pending:
        pid = pending.pop()
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                kids = Path(f"/proc/{pid}/task/{task}/children").read_text().split()
                found.extend(int(k) for k in kids)
                pending.extend(int(k) for k in kids)
        except OSError:
            pass
    return found
def cpu_of(pid):
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
def peak_kb(pid):
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return 0
    return sum(int(l.split()[1]) for l in lines if l.startswith("VmHWM:"))
def own_cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
def helpers_cpu():
    # The sound backend runs in a child process: its CPU is the app's too.
    return sum(cpu_of(pid) for pid in descendants())
def title():
    return [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
def begin():
    for w in QApplication.topLevelWidgets():
        if w.isWindow() and w.isVisible():
            w.resize(1280, 800)
    marks["cpu"], marks["helpers"] = own_cpu(), helpers_cpu()
    marks["wall"] = time.monotonic()
    print(f"BEGIN {title()}", flush=True)
def end():
    cpu = own_cpu() - marks["cpu"]
    helpers = helpers_cpu() - marks["helpers"]
    wall = time.monotonic() - marks["wall"]
    print(f"END {title()}", flush=True)
    print(f"CPU {cpu:.4f} {helpers:.4f} {wall:.4f}", flush=True)
    print(f"PEAK_KB {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
    print(f"HELPERS_PEAK_KB {sum(peak_kb(pid) for pid in descendants())}", flush=True)
    app.quit()
QTimer.singleShot(int(settle * 1000), begin)
QTimer.singleShot(int((settle + span) * 1000), end)
from glute_timer.cli import main
sys.exit(main(["--data-dir", sys.argv[1], "--audio", audio, "start", "Wall push"]))
"""


@dataclass(frozen=True)
class Mode:
    """Where and what to measure."""

    name: str
    env: dict[str, str]
    audio: str
    settle_s: float
    span_s: float
    cpu_target_percent: float
    on_mark: Callable[[str], None] = lambda _mark: None


def run(code: str, args: Sequence[str], mode: Mode) -> dict[str, str]:
    """Run a child; return its ``KEY value`` lines, telling ``mode.on_mark`` of BEGIN/END."""
    lines: dict[str, str] = {}
    # A file, not a pipe, for stderr: a chatty child must not block while we read stdout.
    with tempfile.TemporaryFile("w+") as errors:
        process = subprocess.Popen(
            [sys.executable, "-c", code, *args],
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            env=mode.env,
        )
        try:
            assert process.stdout is not None
            for line in process.stdout:
                key, _, value = line.rstrip("\n").partition(" ")
                if key in ("BEGIN", "END"):
                    mode.on_mark(key)
                lines[key] = value
            process.wait(timeout=120)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
            if process.stdout is not None:
                process.stdout.close()
        errors.seek(0)
        stderr = errors.read()
    if process.returncode != 0 or "PEAK_KB" not in lines:
        raise RuntimeError(f"child failed ({process.returncode}): {stderr.strip()[-800:]}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Measure, print, and return 0 when both targets are met."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seconds", type=float, default=None)
    parser.add_argument("--xvfb", action="store_true", help="draw on a private Xvfb, sound on")
    args = parser.parse_args(argv if argv is not None else [])
    if not args.xvfb:
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        span = args.seconds or 20.0
        return measure(Mode(env["QT_QPA_PLATFORM"], env, "none", SETTLE_SECONDS, span, 3.0))
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from benchmarks._xvfb import private_display, process_cpu_seconds

    with private_display() as display:
        server: list[float] = []
        mode = Mode(
            "Xvfb, xcb, sound on",
            display.env,
            "auto",
            HOLD_MIDDLE_FROM_S,
            args.seconds or HOLD_MIDDLE_SPAN_S,
            XVFB_CPU_TARGET_PERCENT,
            on_mark=lambda _mark: server.append(process_cpu_seconds(display.server_pid)),
        )
        status = measure(mode)
        if len(server) == 2:
            print(f"  X server CPU over the same span: {server[1] - server[0]:.2f} s (not counted)")
        played = display.sound_file.exists()
        print(f"  sound: {'cues written to the ALSA file sink' if played else 'no cue played'}")
        return status


def measure(mode: Mode) -> int:
    """Run the bare window and the app in ``mode``; print; 0 when both targets are met."""
    bare = run(BARE, [], mode)
    with tempfile.TemporaryDirectory() as tmp:
        # Measure the everyday start, not the very first one: create and migrate the
        # database beforehand, as any earlier start would have (the first start also loads
        # Alembic to create the schema, about 16 MB more, once).
        subprocess.run(
            [sys.executable, "-m", "glute_timer", "--data-dir", tmp, "routines"],
            capture_output=True,
            check=True,
            env=mode.env,
        )
        app = run(APP, [tmp, str(mode.settle_s), str(mode.span_s), mode.audio], mode)
    own, helpers, wall_seconds = (float(x) for x in app["CPU"].split())
    cpu_seconds = own + helpers
    cpu_percent = 100.0 * cpu_seconds / wall_seconds
    bare_mb = int(bare["PEAK_KB"]) / 1024
    app_mb = int(app["PEAK_KB"]) / 1024
    helpers_mb = int(app.get("HELPERS_PEAK_KB", "0")) / 1024
    ratio = app_mb / bare_mb
    cpu_ok = cpu_percent <= mode.cpu_target_percent
    memory_ok = ratio <= MEMORY_TARGET_RATIO
    print(f"Running a workout ({mode.name}; Wall push, real clock, 1280x800)")
    print(f"  measured {wall_seconds:.1f} s from {mode.settle_s:.0f} s after start")
    print(f"  window at the start: {app.get('BEGIN', '?')}")
    print(f"  window at the end:   {app.get('END', '?')}")
    print(
        f"  CPU {cpu_seconds * 1000:.0f} ms (app {own * 1000:.0f}, sound helper "
        f"{helpers * 1000:.0f}) = {cpu_percent:.2f}% of one core "
        f"(target <= {mode.cpu_target_percent:.1f}%): {'ok' if cpu_ok else 'MISSED'}"
    )
    print(
        f"  peak memory: bare window {bare_mb:.0f} MB, Glute Timer {app_mb:.0f} MB"
        f" (+ {helpers_mb:.0f} MB in its sound helper)"
    )
    print(
        f"  memory ratio {ratio:.2f} (target <= {MEMORY_TARGET_RATIO}): "
        f"{'ok' if memory_ok else 'MISSED'}"
    )
    return 0 if cpu_ok and memory_ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
