"""Merges a history file into the database: new sessions are added, known ones skipped.

A session is known when its ``uid`` is already stored (deleted ones included, so an import
never brings back what was deleted here); a session without a uid (an export from before
uids) is known when a session of the same routine started at the same millisecond.
Everything is written in one transaction: a failure stores nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from glute_timer.domain.history_file import HistoryFileError, HistorySession, read_history_file
from glute_timer.domain.i18n import PLURAL, translate
from glute_timer.storage.database import Database, DatabaseError, open_database
from glute_timer.storage.models import new_uid

_WORK_KINDS = ("hold", "reps")


@dataclass(frozen=True)
class ImportResult:
    """What an import did: counts on success, else ``error`` (one line) and nothing stored."""

    added: int = 0
    skipped: int = 0
    error: str | None = None

    @property
    def message(self) -> str:
        """The line to show the person."""
        if self.error is not None:
            return self.error
        added = self.added
        # lupdate drops a plural call whose count has a trailing comma: no formatting here.
        # fmt: off
        return translate(
            "HistoryImport",
            "Imported %n session(s), skipped {skipped} already present.",
            None,
            PLURAL,
            added
        ).format(skipped=self.skipped)
        # fmt: on


def _known_keys(database: Database) -> tuple[set[str], set[tuple[str, int]]]:
    """Stored uids, and (routine, start) pairs with the start as exported and as stored."""
    with database.session() as session:
        rows = (
            session.connection()
            .exec_driver_sql(
                "SELECT s.uid, s.routine_name, COALESCE((SELECT started_at FROM step_results "
                "WHERE session_id = s.id ORDER BY position LIMIT 1), s.started_at), s.started_at "
                "FROM sessions s"
            )
            .all()
        )
    uids = {uid for uid, *_ in rows if uid}
    starts: set[tuple[str, int]] = set()
    for _uid, routine, exported_start, stored_start in rows:
        starts.add((routine, int(exported_start)))
        starts.add((routine, int(stored_start)))
    return uids, starts


def merge_sessions(database: Database, sessions: Sequence[HistorySession]) -> ImportResult:
    """Add the sessions not yet stored, with their steps and ratings, in one transaction."""
    uids, starts = _known_keys(database)
    new: list[HistorySession] = []
    for item in sessions:
        known = item.uid in uids if item.uid else (item.routine, item.started_ms) in starts
        if not known:
            new.append(item)
            if item.uid:
                uids.add(item.uid)
            else:
                starts.add((item.routine, item.started_ms))
    # Oldest first, so ids grow with time as they do when sessions are recorded.
    new.sort(key=lambda s: (s.source_id is None, s.source_id or 0, s.started_ms))
    if new:
        session_rows = [_session_row(item) for item in new]
        with database.session() as session, session.begin():
            # Plain executemany with the stored forms (UTC milliseconds): the ORM's bulk
            # paths and type conversions take several times longer for 100,000 steps.
            connection = session.connection()
            connection.exec_driver_sql(_INSERT_SESSION, session_rows)
            ids: dict[str, int] = dict(
                (row[0], row[1])
                for row in connection.exec_driver_sql("SELECT uid, id FROM sessions")
            )
            step_rows = [
                row
                for values, item in zip(session_rows, new, strict=True)
                for row in _step_rows(ids[str(values[0])], item)
            ]
            if step_rows:
                connection.exec_driver_sql(_INSERT_STEP, step_rows)
    return ImportResult(added=len(new), skipped=len(sessions) - len(new))


_INSERT_SESSION = (
    "INSERT INTO sessions (uid, routine_name, routine_snapshot, planned_work_steps, "
    "planned_seconds, started_at, ended_at, status, effort, pain, notes) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_STEP = (
    "INSERT INTO step_results (session_id, position, plan_index, kind, exercise, side, "
    "set_number, set_count, planned_seconds, actual_seconds, outcome, started_at, ended_at, "
    "reps_done) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _session_row(item: HistorySession) -> tuple[object, ...]:
    # An imported session is not running here, whatever it was when it was exported.
    status = "interrupted" if item.status == "in_progress" else item.status
    return (
        item.uid or new_uid(),
        item.routine,
        "",  # the export holds no routine snapshot; an empty one says "plan unknown"
        sum(1 for s in item.steps if s.kind in _WORK_KINDS),
        sum(s.planned_seconds for s in item.steps),
        item.started_ms,
        item.ended_ms,
        status,
        item.effort,
        item.pain,
        item.notes,
    )


def _step_rows(session_id: int, item: HistorySession) -> list[tuple[object, ...]]:
    """Step rows laid end to end from the session's start (the export keeps durations only).

    The last step ends when the session ended, so exporting again gives the same times.
    """
    set_counts: dict[tuple[str | None, str | None], int] = defaultdict(int)
    for step in item.steps:
        key = (step.exercise, step.side)
        set_counts[key] = max(set_counts[key], step.set_number)
    rows: list[tuple[object, ...]] = []
    moment = item.started_ms
    last = len(item.steps) - 1
    for position, step in enumerate(item.steps):
        end = moment + round(step.actual_seconds * 1000)
        if position == last and item.ended_ms is not None:
            end = max(moment, item.ended_ms)
        rows.append(
            (
                session_id,
                position,
                position,  # plan_index: the plan is unknown
                step.kind,
                step.exercise,
                step.side,
                step.set_number,
                set_counts[(step.exercise, step.side)],
                step.planned_seconds,
                step.actual_seconds,
                step.outcome,
                moment,
                end,
                step.reps_done,
            )
        )
        moment = end
    return rows


def import_history_file(database: Database, path: Path | str) -> ImportResult:
    """Read ``path`` (``history --json`` format) and merge it; never raises for bad input.

    On any problem the result carries one line naming the file, the field and the problem,
    and nothing stored has changed.
    """
    try:
        sessions = read_history_file(path)
    except HistoryFileError as error:
        return ImportResult(error=str(error))
    try:
        return merge_sessions(database, sessions)
    except Exception as error:  # the database refused: the transaction rolled back
        return ImportResult(
            error=translate("HistoryImport", "{file}: cannot be stored: {problem}").format(
                file=Path(path).name, problem=error
            )
        )


def import_into_data_dir(database_file: Path, path: Path | str) -> ImportResult:
    """Open the database at ``database_file``, import ``path`` into it and close it."""
    try:
        database = open_database(database_file)
    except DatabaseError as error:
        return ImportResult(error=str(error))
    try:
        return import_history_file(database, path)
    finally:
        database.close()
