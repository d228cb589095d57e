"""The report's numbers as a CSV table: one row per number, the same numbers the PDF shows."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from glute_timer.report.data import Report

CSV_COLUMNS = ("routine", "measure", "side", "when", "value", "detail")


def report_rows(report: Report) -> Iterator[tuple[object, ...]]:
    """Rows of (routine, measure, side, when, value, detail); totals first, then series."""
    yield ("", "period_start", "", "", report.start.isoformat(), "")
    yield ("", "period_end", "", "", report.end.isoformat(), "")
    yield ("", "days_with_session", "", "", len(report.session_days), "")
    yield ("", "accidental_starts", "", "", report.accidental_starts, "under 10 s of work")
    for day in sorted(report.session_days):
        yield ("", "session_day", "", day.isoformat(), 1, "")
    for routine in report.routines:
        name = routine.name
        yield (name, "sessions", "", "", routine.sessions, "")
        yield (name, "sessions_completed", "", "", routine.completed, "")
        for totals in routine.sides:
            side = totals.side
            yield (name, "holds_completed", side, "", totals.holds_completed, "")
            yield (name, "holds_reached", side, "", totals.holds_reached, "")
            yield (name, "reps_sets_completed", side, "", totals.reps_completed, "")
            yield (name, "reps_sets_reached", side, "", totals.reps_reached, "")
            yield (name, "seconds_held", side, "", f"{totals.seconds_held:.3f}", "")
            yield (name, "seconds_planned", side, "", f"{totals.seconds_planned:.3f}", "")
        sides = [t.side for t in routine.sides]
        for point in routine.held:
            for side in sides:
                when = point.when.isoformat(timespec="seconds")
                yield (name, "session_seconds_held", side, when, f"{point.seconds[side]:.3f}", "")
        for rating in routine.ratings:
            when = rating.when.isoformat(timespec="seconds")
            if rating.effort is not None:
                yield (name, "effort", "", when, rating.effort, "")
            if rating.pain is not None:
                yield (name, "pain", "", when, rating.pain, "")
        for step in routine.short_steps:
            yield (
                name,
                f"step_{step.outcome}",
                step.side,
                step.when.isoformat(timespec="seconds"),
                f"{step.actual_seconds:.3f}",
                f"{step.exercise} set {step.set_number}, planned {step.planned_seconds:g} s",
            )
        for note in routine.notes:
            yield (name, "note", "", note.when.isoformat(timespec="seconds"), "", note.text)


def write_report_csv(report: Report, stream: TextIO) -> None:
    """Write the table to ``stream``."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(report_rows(report))


def save_report_csv(report: Report, target: Path) -> None:
    """Write the table to ``target`` (through a temporary file, so no half file is left)."""
    partial = target.with_name(target.name + ".partial")
    with partial.open("w", encoding="utf-8", newline="") as stream:
        write_report_csv(report, stream)
    partial.replace(target)
