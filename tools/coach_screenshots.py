"""Screenshots of the get-ready screen of every built-in exercise, LEFT and RIGHT.

Runs the real app under a private Xvfb, 1280x800, with no sound: for each built-in exercise
and side a one-exercise routine starting on that side is imported into a scratch data
directory and started, and the screen is grabbed during its get-ready step. Then the
"Glute medius strength" routine is run to its rest between the first two exercises, which
must show the side plank coming. Needs Xvfb, xdotool and ImageMagick's ``import``.

    PYTHONPATH=src python tools/coach_screenshots.py [OUTPUT_DIR] [--display :95]

(default output: docs/screenshots/coach)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from glute_timer.domain import library
from glute_timer.domain.model import Routine, Side
from glute_timer.domain.routine_file import dump_routine

ROOT = Path(__file__).resolve().parent.parent
WINDOW_TITLE = "Glute Timer"
SIZE = (1280, 800)


def _slug(name: str) -> str:
    return "-".join(name.lower().replace("-", " ").split())


class Screen:
    """One Xvfb server and the app windows started on it."""

    def __init__(self, display: str, data_dir: Path) -> None:
        self.display = display
        self.data_dir = data_dir
        self.env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "PYTHONPATH": str(ROOT / "src"),
        }
        # -noreset: without it Xvfb resets when its last client leaves.
        self.xvfb = subprocess.Popen(
            ["Xvfb", display, "-screen", "0", f"{SIZE[0]}x{SIZE[1]}x24", "-noreset"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1.0)
        self.app: subprocess.Popen[bytes] | None = None
        self.window = ""

    def cli(self, *args: str) -> None:
        command = [sys.executable, "-m", "glute_timer", "--data-dir", str(self.data_dir), *args]
        subprocess.run(command, env=self.env, check=True, stdout=subprocess.DEVNULL)

    def start(self, routine: str) -> None:
        command = [sys.executable, "-m", "glute_timer", "--data-dir", str(self.data_dir)]
        self.app = subprocess.Popen(
            [*command, "--audio", "none", "start", routine],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        found = self._xdotool("search", "--sync", "--onlyvisible", "--name", WINDOW_TITLE)
        self.window = found.split()[0]
        self._xdotool("windowmove", self.window, "0", "0")
        self._xdotool("windowsize", self.window, str(SIZE[0]), str(SIZE[1]))
        time.sleep(1.5)  # the get-ready step has 10 s: plenty for the resize to settle

    def key(self, name: str) -> None:
        """Press ``name`` in the app (XTEST to the focused window: Qt ignores sent events)."""
        self._xdotool("key", name)
        time.sleep(0.5)

    def focus(self) -> None:
        """Without a window manager, a click is what gives the window the keyboard."""
        self._xdotool("mousemove", "640", "3", "click", "1")
        time.sleep(0.3)

    def shot(self, path: Path) -> None:
        subprocess.run(
            ["import", "-display", self.display, "-window", "root", str(path)],
            env=self.env,
            check=True,
        )
        print(f"saved {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    def stop(self) -> None:
        if self.app is not None:
            self.app.terminate()
            self.app.wait(timeout=10)
            self.app = None

    def close(self) -> None:
        self.stop()
        self.xvfb.terminate()
        self.xvfb.wait(timeout=10)

    def _xdotool(self, *args: str) -> str:
        done = subprocess.run(
            ["xdotool", *args], env=self.env, check=True, capture_output=True, text=True
        )
        return done.stdout


def side_routines() -> list[tuple[str, Routine]]:
    """(file stem, routine) for every built-in exercise and side, starting on that side."""
    routines = []
    for exercise in library.EXERCISES:
        for side in (Side.LEFT, Side.RIGHT):
            name = f"{exercise.name} {side.value}"[:80]
            routine = Routine(
                name=name,
                prep_seconds=10,
                exercises=(replace(exercise, first_side=side),),
            )
            routines.append((f"get-ready-{_slug(exercise.name)}-{side.value}", routine))
    return routines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshots" / "coach"))
    parser.add_argument("--display", default=":95")
    args = parser.parse_args(argv)
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / "data"
        screen = Screen(args.display, data)
        try:
            for stem, routine in side_routines():
                routine_file = Path(scratch) / f"{stem}.toml"
                routine_file.write_text(dump_routine(routine, "toml"), encoding="utf-8")
                screen.cli("import", str(routine_file))
                screen.start(routine.name)
                screen.shot(out / f"{stem}.png")
                screen.stop()
            # The rest between the first two exercises of a built-in routine.
            screen.start("Glute medius strength")
            screen.focus()
            for _ in range(8):  # prepare, hold, switch, hold, rest, hold, switch, hold
                screen.key("Right")
            time.sleep(1.0)
            screen.shot(out / "rest-before-side-plank.png")
            screen.stop()
        finally:
            screen.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
