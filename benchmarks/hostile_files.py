"""Hostile routine files: how long each takes to be refused (or read), and the memory it needs.

Writes one file of each hostile kind (``tools/make_hostile_files.py``) plus the largest
sensible routines, then for each: the reader's time (best of 3), its peak Python memory
(tracemalloc), and the time the GUI import path holds the window (``RoutineFiles``,
offscreen, the error box not shown). Targets: reader <= 200 ms and <= 100 MB for any file of at
most 1 MB, window held <= 100 ms.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/hostile_files.py``
Exits 0 when the targets are met.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import sys
import tempfile
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path
from types import ModuleType

READ_TARGET_S = 0.200
MEMORY_TARGET_B = 100_000_000
WINDOW_TARGET_S = 0.100
ROOT = Path(__file__).resolve().parents[1]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_hostile_files", ROOT / "tools" / "make_hostile_files.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sensible_files(directory: Path) -> list[Path]:
    """The largest routines a person could write, and the most text the TOML limits let in."""
    from glute_timer.domain import library, limits
    from glute_timer.domain.model import Routine
    from glute_timer.domain.routine_file import write_routine_file

    exercise = library.ROUTINES[0].exercises[0]
    big = Routine(
        name="Big",
        prep_seconds=10,
        stage=None,
        description="d" * 2000,
        exercises=tuple(
            replace(exercise, name=f"Exercise {i}", instructions=("Breathe out. " * 200)[:2000])
            for i in range(limits.MAX_EXERCISES)
        ),
    )
    paths = []
    for suffix in (".toml", ".json"):
        path = directory / f"largest-routine{suffix}"
        write_routine_file(big, path)
        paths.append(path)
    long_text = directory / "text-at-the-limit.toml"
    long_text.write_text('name = "' + "a" * (limits.MAX_TOML_TEXT - 10) + '"\n', encoding="utf-8")
    paths.append(long_text)
    too_long = directory / "text-over-the-limit.toml"
    too_long.write_text('name = "' + "a" * 999_000 + '"\n', encoding="utf-8")
    paths.append(too_long)
    return paths


def time_reader(path: Path) -> tuple[float, int, str]:
    """(best seconds of 3, peak bytes, outcome)."""
    from glute_timer.domain.routine_file import RoutineFileError, read_routine_file

    outcome = "read"
    best = float("inf")
    for _ in range(3):
        began = time.perf_counter()
        try:
            read_routine_file(path)
        except RoutineFileError as error:
            outcome = "refused: " + str(error).split(": ", 1)[-1][:60]
        best = min(best, time.perf_counter() - began)
    tracemalloc.start()
    with contextlib.suppress(RoutineFileError):
        read_routine_file(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return best, peak, outcome


def _quiet_files_class() -> type:
    from glute_timer.ui.dialogs.routine_files import NameClash, RoutineFiles

    class QuietRoutineFiles(RoutineFiles):
        """Shows no error box and cancels a name clash: only the reading and storing count."""

        def show_error(self, title: str, messages: list[str]) -> None:
            self.failed.emit("\n".join(messages))

        def ask_name_clash(self, name: str, builtin: bool) -> NameClash:
            return NameClash.CANCEL

    return QuietRoutineFiles


def time_window(paths: list[Path], data_dir: Path) -> dict[str, float]:
    """Seconds the GUI import path holds the window for each file (error box not shown)."""
    from PySide6.QtWidgets import QApplication, QWidget

    from glute_timer.paths import database_path
    from glute_timer.storage.database import open_database
    from glute_timer.storage.routine_repository import RoutineRepository

    app = QApplication.instance() or QApplication(sys.argv[:1])
    quiet_files = _quiet_files_class()
    database = open_database(database_path(data_dir))
    window = QWidget()
    files = quiet_files(RoutineRepository(database), window)
    held = {}
    for path in paths:
        began = time.perf_counter()
        files.import_files([path])
        held[path.name] = time.perf_counter() - began
        app.processEvents()
    database.close()
    return held


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="glute-hostile-"))
    try:
        hostile = _tool().write_hostile_files(work / "hostile")
        paths = hostile + sensible_files(work)
        held = time_window(paths, work / "data")
        worst_read = worst_held = 0.0
        worst_peak = 0
        print(f"{'FILE':<28} {'READ':>9} {'PEAK':>9} {'WINDOW':>9}  OUTCOME")
        for path in paths:
            seconds, peak, outcome = time_reader(path)
            size_ok = not path.is_file() or path.stat().st_size <= 1_000_000
            if size_ok:
                worst_read = max(worst_read, seconds)
                worst_peak = max(worst_peak, peak)
            if path in hostile:  # a sensible routine's import also waits for its commit
                worst_held = max(worst_held, held[path.name])
            print(
                f"{ascii(path.name)[1:-1][:28]:<28} {seconds * 1000:7.1f}ms "
                f"{peak / 1e6:7.1f}MB {held[path.name] * 1000:7.1f}ms  {outcome}"
            )
        print(
            f"worst: read {worst_read * 1000:.1f} ms (target {READ_TARGET_S * 1000:.0f}), "
            f"peak {worst_peak / 1e6:.1f} MB (target {MEMORY_TARGET_B / 1e6:.0f}), "
            f"window held by a hostile file {worst_held * 1000:.1f} ms "
            f"(target {WINDOW_TARGET_S * 1000:.0f})"
        )
        ok = (
            worst_read <= READ_TARGET_S
            and worst_peak <= MEMORY_TARGET_B
            and worst_held <= WINDOW_TARGET_S
        )
        print("PASS" if ok else "FAIL")
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
