"""Runs the real main window on a fake clock for the AT-SPI test, one screen at a time.

Started by ``test_atspi.py`` as ``python -m tests.ui.accessibility.atspi_driver DATA_DIR``
under an X server with accessibility forced on. It shows the Wall push in its first hold and
prints ``READY hold``; on the line ``second`` from its input it lets one second pass and
prints ``READY second``; on ``summary`` it runs the workout to its end, offers the rating and
prints ``READY summary``; ``quit`` (or the end of its input) quits.
The Qt event loop keeps running in between, so the accessibility bridge can answer.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication

from glute_timer.domain.plan import StepKind
from glute_timer.ui.dialogs.rating_dialog import RatingPanel
from tests.ui.window_harness import Harness, build

# The Wall push starts with a 10 s get-ready: 12 s in, the first 30 s hold has 28 s left.
INTO_FIRST_HOLD_S = 12.0
WHOLE_WORKOUT_S = 300.0


def advance(h: Harness, seconds: float) -> None:
    """Let fake time pass tick by tick, letting Qt deliver what each tick posted."""
    app = QApplication.instance()
    target = h.clock.monotonic() + seconds
    while h.clock.monotonic() < target and h.window.session.engine is not None:
        h.advance(min(0.5, target - h.clock.monotonic()), step=0.05)
        if app is not None:
            app.processEvents()


def show_first_hold(h: Harness) -> None:
    routine = h.window.find_routine("Wall push")
    assert routine is not None, "the built-in Wall push is missing"
    h.window.start_routine(routine)
    advance(h, INTO_FIRST_HOLD_S)
    engine = h.window.session.engine
    assert engine is not None and engine.current_step is not None
    assert engine.current_step.kind is StepKind.HOLD, engine.current_step


def show_summary(h: Harness) -> None:
    advance(h, WHOLE_WORKOUT_S)
    h.window.summary_view.offer_rating()


def main(argv: list[str]) -> int:
    app = QApplication(argv[:1])
    app.setApplicationName("glute-timer-atspi-driver")
    with tempfile.TemporaryDirectory() as fallback:
        h = build(Path(argv[1] if len(argv) > 1 else fallback))
        h.window.summary_view.set_rating_panel(RatingPanel())
        h.window.resize(1280, 800)
        h.window.show()
        show_first_hold(h)
        print("READY hold", flush=True)

        def command() -> None:
            line = sys.stdin.readline().strip()
            if line == "second":
                advance(h, 1.0)
                print("READY second", flush=True)
            elif line == "summary":
                show_summary(h)
                print("READY summary", flush=True)
            elif line in ("quit", ""):
                notifier.setEnabled(False)
                app.quit()

        notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
        notifier.activated.connect(command)
        status = app.exec()
        h.window.close_without_asking()
        return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
