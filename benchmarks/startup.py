"""Time to the window shown: the app against a bare PySide6 window, side by side in one run.

Each sample is a fresh process, bare and app alternating, so both see the same machine state.
The time runs from just before the process is spawned to the first paint of its main window
(interpreter start-up and imports included). The app is started as ``glute-timer`` is, through
``cli.main`` with a fresh data directory. Prints the medians and their ratio; exits 0 when the
app's median is at most 2 times the bare window's.

With ``--xvfb`` both children draw on a private X server (``QT_QPA_PLATFORM=xcb``) with sound
on (ALSA's default device writes to a file), as on a person's desktop; without it they use
the offscreen platform.

    .venv/bin/python benchmarks/startup.py [--runs 7] [--xvfb]
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

TARGET_RATIO = 2.0

# Shared by both children: create the QApplication, then report the wall time of the first
# paint of a top-level window and quit.
_PRELUDE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
qt_app = QApplication(sys.argv[:1])
class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if (not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget)
                and obj.isWindow()):
            self.done = True
            print(f"SHOWN {time.time():.6f}", flush=True)
            QTimer.singleShot(0, qt_app.quit)
        return False
watcher = FirstPaint()
qt_app.installEventFilter(watcher)
"""

BARE = (
    _PRELUDE
    + """
from PySide6.QtWidgets import QLabel
label = QLabel("Hello")
label.resize(800, 500)
label.show()
qt_app.exec()
"""
)

APP = (
    _PRELUDE
    + """
from glute_timer.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""
)


def sample(code: str, data_dir: str, env: dict[str, str]) -> float:
    """Seconds from spawning a child running ``code`` to its window's first paint."""
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code, data_dir],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    shown = [line for line in result.stdout.splitlines() if line.startswith("SHOWN ")]
    if result.returncode != 0 or not shown:
        raise RuntimeError(f"child failed ({result.returncode}): {result.stderr.strip()}")
    return float(shown[0].split()[1]) - started


def main(argv: Sequence[str] | None = None) -> int:
    """Measure, print, and return 0 when the target is met."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--xvfb", action="store_true", help="draw on a private Xvfb, sound on")
    args = parser.parse_args(argv if argv is not None else [])
    if args.xvfb:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from benchmarks._xvfb import private_display

        with private_display() as display:
            return measure(args.runs, display.env, "Xvfb, xcb, sound on")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return measure(args.runs, env, env["QT_QPA_PLATFORM"])


def measure(runs: int, env: dict[str, str], where: str) -> int:
    """Sample both children ``runs`` times each in ``env``; print; 0 when the target is met."""
    bare: list[float] = []
    app: list[float] = []
    # An installed wheel carries compiled bytecode; a checkout only gets it when Python may
    # write it, which PYTHONDONTWRITEBYTECODE (set on some machines, CI among them) forbids.
    # Compile the package once so both sides start as an installed program does.
    import glute_timer

    compileall.compile_dir(str(Path(glute_timer.__file__).parent), quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        sample(BARE, tmp, env)  # warm the file cache for both
        sample(APP, str(Path(tmp) / "warm"), env)
        for run in range(runs):
            bare.append(sample(BARE, tmp, env))
            # A new data directory each time: the first start creates the database.
            app.append(sample(APP, str(Path(tmp) / f"data{run}"), env))
    bare_ms = statistics.median(bare) * 1000
    app_ms = statistics.median(app) * 1000
    ratio = app_ms / bare_ms
    print(f"Start-up ({where}): time to the window shown (median of {runs} runs each)")
    print(f"  bare PySide6 window  {bare_ms:7.0f} ms  (min {min(bare) * 1000:.0f})")
    print(f"  Glute Timer          {app_ms:7.0f} ms  (min {min(app) * 1000:.0f})")
    ok = ratio <= TARGET_RATIO
    print(f"  ratio {ratio:.2f} (target <= {TARGET_RATIO:.1f}): {'ok' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
