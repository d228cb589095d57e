"""Real processes at the very first start: kill -9 mid-build, or many starting at once.

Usage:
    python tests/storage/first_start_child.py kills ROOT TRIES SEED
    python tests/storage/first_start_child.py concurrent ROOT PROCESSES ROUNDS

It imports the storage code once, then forks a child per try (so each try costs a fork, not
an interpreter start) and prints one JSON object with what it saw. ``kills``: each child
builds a new history in a folder of its own and is sent SIGKILL at a random moment within
the time a first start takes; the parent then inspects what the kill left (it must be no
database or a whole one) and opens it. ``concurrent``: ``PROCESSES`` children released
together open one new folder's history and each saves a routine. POSIX only.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
import traceback
from pathlib import Path

from glute_timer.domain import library
from glute_timer.domain.model import Routine
from glute_timer.storage.database import open_database
from glute_timer.storage.file_inspection import FileKind, inspect_file
from glute_timer.storage.routine_repository import RoutineRepository


def _first_start(folder: Path) -> None:
    open_database(folder / "glute-timer.sqlite3").close()


def _fork(work: object, *args: object) -> int:
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            work(*args)  # type: ignore[operator]
        except BaseException:
            traceback.print_exc()
            code = 1
        os._exit(code)
    return pid


def kills(root: Path, tries: int, seed: int) -> dict[str, object]:
    """Kill first starts at random moments; count what each kill left behind."""
    rng = random.Random(seed)
    _first_start(root / "warm")  # imports what a first start needs, once, before the forks
    started = time.monotonic()
    pid = _fork(_first_start, root / "measure")
    os.waitpid(pid, 0)
    duration = time.monotonic() - started
    left: dict[str, int] = {}
    bad: list[str] = []
    finished_before_kill = 0
    for attempt in range(tries):
        folder = root / f"try-{attempt}"
        folder.mkdir()
        offset = rng.uniform(0.0, duration * 1.2)
        pid = _fork(_first_start, folder)
        time.sleep(offset)  # the random moment of the kill, not a wait for something
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        if not os.WIFSIGNALED(status):
            finished_before_kill += 1
        path = folder / "glute-timer.sqlite3"
        found = inspect_file(path)
        state = found.kind.value + ("" if found.sound else "-unsound")
        left[state] = left.get(state, 0) + 1
        if found.kind not in (FileKind.MISSING, FileKind.OURS) or not found.sound:
            bad.append(f"try {attempt} at {offset:.3f} s left {state}: {found.problem}")
        try:
            database = open_database(path)
            notices = database.notices
            database.close()
            if notices:
                bad.append(f"try {attempt}: the next start said {notices}")
        except Exception as error:
            bad.append(f"try {attempt}: the next start failed: {error}")
    return {
        "tries": tries,
        "first_start_seconds": round(duration, 4),
        "killed": tries - finished_before_kill,
        "left": left,
        "bad": bad,
    }


def _open_and_save(path: Path, gate: int, number: int) -> None:
    os.read(gate, 1)  # every child waits here until the parent lets them all go
    database = open_database(path)
    try:
        routine = Routine(name=f"Routine {number}", exercises=(library.WALL_PUSH,))
        RoutineRepository(database).save(routine)
    finally:
        database.close()


def concurrent(root: Path, processes: int, rounds: int) -> dict[str, object]:
    """Start ``processes`` first starts at once on a new folder, ``rounds`` times."""
    failures: list[str] = []
    routines: list[int] = []
    for number in range(rounds):
        folder = root / f"round-{number}"
        folder.mkdir()
        path = folder / "glute-timer.sqlite3"
        gate_read, gate_write = os.pipe()
        pids = [_fork(_open_and_save, path, gate_read, i) for i in range(processes)]
        os.close(gate_read)
        os.write(gate_write, b"x" * processes)
        os.close(gate_write)
        for pid in pids:
            _, status = os.waitpid(pid, 0)
            if os.waitstatus_to_exitcode(status) != 0:
                failures.append(f"round {number}: a start failed ({status})")
        database = open_database(path)
        routines.append(len(RoutineRepository(database).custom_routines()))
        database.close()
    return {"starts": processes * rounds, "failures": failures, "routines": routines}


def main(argv: list[str]) -> int:
    mode, root = argv[1], Path(argv[2])
    if mode == "kills":
        result = kills(root, int(argv[3]), int(argv[4]))
    else:
        result = concurrent(root, int(argv[3]), int(argv[4]))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
