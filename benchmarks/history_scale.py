"""History at scale: ten years of daily workouts, then how fast the history opens.

Fills a fresh database (in a temporary data directory) with one session a day for ten years,
each with the steps of the built-in "Wall push" routine plus a few extra holds (at least
3,650 sessions and 40,000 steps), rated on most days. Then measures:

- open: ``open_history`` at start-up (quick_check, migrations check, recovery, backup).
- view: building ``HistoryView`` and showing its first page (offscreen), first build in the
  process and the median of the next runs. Target: first build <= 200 ms.
- cli: ``glute-timer history --json --limit 50`` as a whole new process (interpreter start,
  imports, read, JSON), first run and median. Target: median <= 0.5 s and first <= 0.5 s.
- report: ``glute-timer report`` for the last year of that history (PDF and CSV), in process:
  reading, numbers and layout. Target: <= 2 s.
- import: the ten years exported with ``history --json``, each session padded to 30 steps
  (about 110,000 steps), imported into an empty data folder. Target: <= 10 s.
- recording: a workout recorded step by step: the GUI thread's time per step (queueing only)
  and the writer thread's commit time per step (one fsync'd transaction each).
- streaming: ``glute-timer history`` with no ``--limit`` (table, ``--json``, ``--csv``) over
  20,000 sessions, as a child process: time to the first byte of output, total time, and the
  child's peak resident memory. Targets: first byte <= 0.5 s, peak <= 150 MB.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/history_scale.py [--years N]``
Exits 0 when the targets are met.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

VIEW_TARGET_S = 0.200
CLI_TARGET_S = 0.500
FIRST_BYTE_TARGET_S = 0.500
STREAM_RSS_TARGET_B = 150_000_000
STREAM_SESSIONS = 20_000

REPORT_TARGET_S = 2.0
IMPORT_TARGET_S = 10.0
IMPORT_STEPS_PER_SESSION = 30
ROOT = Path(__file__).resolve().parents[1]


def fill(data_dir: Path, years: int) -> tuple[int, int]:
    """Create the database with migrations, then insert the sessions in bulk."""
    from glute_timer.domain import library
    from glute_timer.domain.plan import StepKind, compile_plan
    from glute_timer.domain.routine_file import dump_routine
    from glute_timer.paths import database_path
    from glute_timer.storage.database import open_database

    database = open_database(database_path(data_dir))
    database.close()
    routines = list(library.ROUTINES)
    plans = [compile_plan(r) for r in routines]
    snapshots = [dump_routine(r, "json") for r in routines]
    rng = random.Random(6)
    start = datetime(2016, 1, 1, 7, 30, tzinfo=UTC)
    days = 365 * years + years // 4
    session_rows = []
    step_rows = []
    for day in range(days):
        pick = day % len(routines)
        plan = plans[pick]
        steps = [s for s in plan.steps if s.kind is not StepKind.FINISH]
        session_id = day + 1
        began = start + timedelta(days=day, minutes=rng.randint(0, 600))
        moment = int(began.timestamp() * 1000)
        first = moment
        status = "completed" if day % 9 else "stopped"
        done = steps if status == "completed" else steps[: len(steps) // 2]
        for position, step in enumerate(done):
            actual = step.seconds * rng.uniform(0.9, 1.0)
            outcome = "skipped" if rng.random() < 0.03 else "completed"
            step_rows.append(
                (
                    session_id,
                    position,
                    step.index,
                    step.kind.value,
                    step.exercise,
                    step.side.value if step.side else None,
                    step.set_number,
                    step.set_count,
                    step.seconds,
                    round(actual, 3),
                    outcome,
                    moment,
                    moment + round(actual * 1000),
                )
            )
            moment += round(actual * 1000) + 200
        rated = day % 4 != 0
        session_rows.append(
            (
                session_id,
                routines[pick].name,
                snapshots[pick],
                sum(1 for s in steps if s.kind.value in ("hold", "reps")),
                plan.total_seconds,
                first,
                moment,
                status,
                rng.randint(3, 8) if rated else None,
                rng.randint(0, 4) if rated else None,
                "",
            )
        )
    connection = sqlite3.connect(database_path(data_dir))
    with connection:
        connection.executemany(
            "INSERT INTO sessions (id, routine_name, routine_snapshot, planned_work_steps, "
            "planned_seconds, started_at, ended_at, status, effort, pain, notes) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            session_rows,
        )
        connection.executemany(
            "INSERT INTO step_results (session_id, position, plan_index, kind, exercise, side, "
            "set_number, set_count, planned_seconds, actual_seconds, outcome, started_at, "
            "ended_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            step_rows,
        )
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return len(session_rows), len(step_rows)


def time_view(data_dir: Path, runs: int) -> tuple[float, float, list[float], int]:
    """(open_history seconds, first view seconds, later view seconds, rows shown)."""
    from PySide6.QtWidgets import QApplication

    from glute_timer.storage.history_repository import HistoryRepository
    from glute_timer.storage.startup import open_history

    app = QApplication.instance() or QApplication(sys.argv[:1])
    began = time.perf_counter()
    report = open_history(data_dir)
    open_seconds = time.perf_counter() - began
    repository = HistoryRepository(report.database)
    # Import the view module outside the timing: the app imports it when it builds its window.
    from glute_timer.ui.history.view import HistoryView

    times = []
    rows = 0
    for _ in range(runs + 1):
        began = time.perf_counter()
        view = HistoryView(repository)
        view.resize(900, 600)
        view.show()
        app.processEvents()  # lays out and paints the first page
        times.append(time.perf_counter() - began)
        rows = view.model.rowCount()
        view.close()
        view.deleteLater()
        app.processEvents()
    report.database.close()
    return open_seconds, times[0], times[1:], rows


def time_cli(data_dir: Path, runs: int) -> tuple[float, list[float], int]:
    """(first run seconds, later run seconds, sessions printed)."""
    script = Path(sys.executable).with_name("glute-timer")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "glute_timer"]
    command += ["--data-dir", str(data_dir), "history", "--json", "--limit", "50"]
    env = dict(os.environ)
    times = []
    count = 0
    for _ in range(runs + 1):
        began = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
        times.append(time.perf_counter() - began)
        count = result.stdout.count('"routine":')
    return times[0], times[1:], count


# Started from the (large) benchmark process, a child's peak memory would count the pages it
# shared with it before exec; this small launcher starts the command and reports its own.
_LAUNCHER = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[2:])
_pid, status, usage = os.wait4(child.pid, 0)
with open(sys.argv[1], "w") as report:
    report.write(f"{usage.ru_maxrss} {os.waitstatus_to_exitcode(status)}")
"""


def time_stream(data_dir: Path, fmt: str) -> tuple[float, float, int, int]:
    """(seconds to the first byte, total seconds, child's peak RSS bytes, bytes written)."""
    script = Path(sys.executable).with_name("glute-timer")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "glute_timer"]
    command += ["--data-dir", str(data_dir), "history"] + ([f"--{fmt}"] if fmt else [])
    report = data_dir / "stream-report.txt"
    began = time.perf_counter()
    launcher = subprocess.Popen(
        [sys.executable, "-c", _LAUNCHER, str(report), *command],
        stdout=subprocess.PIPE,
        env=dict(os.environ),
    )
    assert launcher.stdout is not None
    first = 0.0
    total_bytes = 0
    while chunk := launcher.stdout.read1(1 << 16):  # type: ignore[attr-defined]
        if not total_bytes:
            first = time.perf_counter() - began
        total_bytes += len(chunk)
    launcher.wait()
    total = time.perf_counter() - began
    launcher.stdout.close()
    max_rss_kib, status = (int(n) for n in report.read_text().split())
    if status != 0 or launcher.returncode != 0:
        raise RuntimeError(f"{command} exited with {status}")
    return first, total, max_rss_kib * 1024, total_bytes  # ru_maxrss is in KiB on Linux


def time_recording(data_dir: Path, steps: int) -> tuple[list[float], list[float]]:
    """(GUI-thread seconds per step, writer commit seconds per step) for a recorded workout."""
    from PySide6.QtCore import QCoreApplication

    from glute_timer.domain import library
    from glute_timer.domain.outcome import StepOutcome
    from glute_timer.domain.plan import compile_plan
    from glute_timer.paths import database_path
    from glute_timer.storage.database import open_database
    from glute_timer.storage.recorder import SessionRecorder

    assert QCoreApplication.instance() is not None
    database = open_database(database_path(data_dir))
    recorder = SessionRecorder(database, data_dir)
    routine = library.ROUTINES[0]
    plan = compile_plan(routine)
    recorder.start_session(routine, plan)
    recorder.flush(10)
    gui = []
    for i in range(steps):
        step = plan.steps[i % (len(plan.steps) - 1)]
        began = time.perf_counter()
        recorder.on_step_started(step)
        recorder.on_step_finished(step, StepOutcome.COMPLETED, step.seconds)
        gui.append(time.perf_counter() - began)
        recorder.flush(10)  # one commit at a time, as in a real workout
    recorder.on_finished(StepOutcome.COMPLETED)
    recorder.close()
    writes = recorder.write_times[1:-1]
    database.close()
    return gui, writes


def stream(count: int) -> bool:
    """Fill a second history of ``count`` sessions and stream it out in each format."""
    data_dir = Path(tempfile.mkdtemp(prefix="glute-history-stream-"))
    try:
        years = -(-count // 365)
        sessions, steps = fill(data_dir, years)
        ok = True
        for fmt in ("", "json", "csv"):
            first, total, rss, size = time_stream(data_dir, fmt)
            name = f"history {'--' + fmt if fmt else '(table)'}"
            print(
                f"{name} over {sessions} sessions ({steps} steps), whole process: first byte "
                f"{ms(first)} (target {ms(FIRST_BYTE_TARGET_S)}), all {total:.2f} s, "
                f"{size / 1e6:.1f} MB out, peak RSS {rss / 1e6:.0f} MB "
                f"(target {STREAM_RSS_TARGET_B / 1e6:.0f} MB)"
            )
            ok = ok and first <= FIRST_BYTE_TARGET_S and rss <= STREAM_RSS_TARGET_B
        return ok and sessions >= count
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


def time_report(data_dir: Path) -> tuple[float, int, int]:
    """(seconds, pages, sessions) for a report on the last year of the history."""
    from datetime import date, timedelta

    from glute_timer.paths import database_path
    from glute_timer.report.command import ReportRequest, make_report

    with sqlite3.connect(database_path(data_dir)) as connection:
        newest = connection.execute("SELECT max(started_at) FROM sessions").fetchone()[0]
    connection.close()
    last = datetime.fromtimestamp(newest / 1000, tz=UTC).astimezone().date()
    request = ReportRequest(
        database_file=database_path(data_dir),
        out=data_dir / "report.pdf",
        start=last - timedelta(days=364),
        end=last,
        csv=data_dir / "report.csv",
    )
    began = time.perf_counter()
    report, pages = make_report(request, today=date.today())
    return time.perf_counter() - began, pages, report.sessions


def time_import(data_dir: Path) -> tuple[float, int, int, float]:
    """(seconds, sessions added, steps in the file, file MB): the history, padded, imported."""
    import json

    from glute_timer.paths import database_path
    from glute_timer.storage import history_export
    from glute_timer.storage.history_import import import_into_data_dir

    connection = history_export.open_readonly(database_path(data_dir))
    try:
        sessions = json.loads(history_export.to_json(history_export.read_sessions(connection)))
    finally:
        connection.close()
    steps = 0
    for session in sessions:
        original = session["steps"] or []
        padded = (
            [original[n % len(original)] for n in range(IMPORT_STEPS_PER_SESSION)]
            if original
            else []
        )
        session["steps"] = padded
        steps += len(padded)
    file = data_dir / "ten-years.json"
    file.write_text(json.dumps(sessions, indent=2), encoding="utf-8")
    target = data_dir / "imported"
    began = time.perf_counter()
    result = import_into_data_dir(database_path(target), file)
    seconds = time.perf_counter() - began
    assert result.error is None, result.error
    return seconds, result.added, steps, file.stat().st_size / 1e6


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--stream-sessions", type=int, default=STREAM_SESSIONS)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data_dir = Path(tempfile.mkdtemp(prefix="glute-history-scale-"))
    try:
        began = time.perf_counter()
        sessions, steps = fill(data_dir, args.years)
        size = sum(p.stat().st_size for p in data_dir.glob("*.sqlite3*"))
        print(
            f"filled {sessions} sessions, {steps} steps ({size / 1e6:.1f} MB) "
            f"in {time.perf_counter() - began:.1f} s"
        )
        open_s, first_view, later_views, rows = time_view(data_dir, args.runs)
        print(f"open_history (check, recover, backup): {ms(open_s)}")
        print(
            f"history view, first page ({rows} rows) shown: first {ms(first_view)}, "
            f"median of {len(later_views)} more {ms(statistics.median(later_views))} "
            f"(target {ms(VIEW_TARGET_S)})"
        )
        first_cli, later_cli, printed = time_cli(data_dir, args.runs)
        print(
            f"glute-timer history --json --limit 50 ({printed} sessions), whole process: "
            f"first {ms(first_cli)}, median of {len(later_cli)} more "
            f"{ms(statistics.median(later_cli))} (target {ms(CLI_TARGET_S)})"
        )
        report_s, pages, reported = time_report(data_dir)
        print(
            f"report for the last year ({reported} sessions, {pages} pages, PDF + CSV): "
            f"{report_s:.2f} s (target {REPORT_TARGET_S:.0f} s)"
        )
        import_s, imported, import_steps, import_mb = time_import(data_dir)
        print(
            f"history import of {imported} sessions, {import_steps} steps ({import_mb:.1f} MB "
            f"JSON) into an empty folder: {import_s:.2f} s (target {IMPORT_TARGET_S:.0f} s)"
        )
        gui, writes = time_recording(data_dir, 40)
        print(
            f"recording a step: GUI thread max {ms(max(gui))}, median {ms(statistics.median(gui))};"
            f" writer commit (fsync) median {ms(statistics.median(writes))}, "
            f"max {ms(max(writes))}"
        )
        stream_ok = stream(args.stream_sessions)
        ok = (
            stream_ok
            and sessions >= 3650 * args.years // 10
            and steps >= 40_000 * args.years // 10
            and first_view <= VIEW_TARGET_S
            and first_cli <= CLI_TARGET_S
            and statistics.median(later_cli) <= CLI_TARGET_S
            and rows > 0
            and printed == 50
            and report_s <= REPORT_TARGET_S
            and import_s <= IMPORT_TARGET_S
            and imported == sessions
        )
        print("PASS" if ok else "FAIL")
        return 0 if ok else 1
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
