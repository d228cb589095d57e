"""History export (JSON, CSV, a plain table) read with plain ``sqlite3``.

This module imports neither SQLAlchemy nor Qt, so ``glute-timer history`` starts fast: the ORM
import alone costs about half a second. It only reads: a session being recorded by a running
app is shown as it stands and nothing is changed.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from glute_timer.storage.schema_version import SCHEMA_REVISION

# The schema this module reads; a test keeps it equal to the newest migration.
WORK_KINDS = ("hold", "reps")

CSV_COLUMNS = (
    "session_id",
    "routine",
    "session_started_at",
    "session_ended_at",
    "status",
    "effort",
    "pain",
    "notes",
    "step",
    "kind",
    "exercise",
    "side",
    "set",
    "planned_seconds",
    "actual_seconds",
    "outcome",
    "step_started_at",
)

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class SchemaMismatchError(Exception):
    """The file is not at the schema this reader knows (needs migrating, or is newer)."""


def format_instant(ms: int | None) -> str | None:
    """``2026-11-22T08:15:02.123Z`` for milliseconds since the epoch (None stays None)."""
    if ms is None:
        return None
    moment = _EPOCH + timedelta(milliseconds=ms)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def open_readonly(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only, checking it holds the schema this module reads.

    Raises FileNotFoundError when there is no file, SchemaMismatchError when it needs migrating,
    and ``sqlite3.DatabaseError`` when it is not a database.
    """
    if not path.exists():
        raise FileNotFoundError(path)
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        connection.execute("PRAGMA busy_timeout=5000")
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError as error:
            if "no such table" in str(error):
                raise SchemaMismatchError("no schema yet") from error
            raise
        if row is None or row[0] != SCHEMA_REVISION:
            raise SchemaMismatchError(f"schema {row[0] if row else None}, not {SCHEMA_REVISION}")
    except BaseException:
        connection.close()
        raise
    return connection


def read_sessions(
    connection: sqlite3.Connection,
    *,
    limit: int | None = None,
    offset: int = 0,
    routine: str | None = None,
    session_ids: Sequence[int] | None = None,
) -> list[dict[str, Any]]:
    """Sessions newest first, each as the export dict (see :func:`to_json`) plus extras.

    Extras, dropped by the JSON and CSV writers: ``_started_ms``, ``_work_done``,
    ``_work_planned``, ``_active_seconds`` and per-step ``_started_at``.
    """
    where = ["deleted_at IS NULL"]
    params: list[Any] = []
    if routine is not None:
        where.append("routine_name = ?")
        params.append(routine)
    if session_ids is not None:
        ids = [int(i) for i in session_ids]
        if not ids:
            return []
        where.append(f"id IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    sql = (
        "SELECT id, routine_name, started_at, ended_at, status, effort, pain, notes, "
        "planned_work_steps, uid FROM sessions WHERE "
        + " AND ".join(where)
        + " ORDER BY started_at DESC, id DESC"
    )
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params.extend([int(limit), int(offset)])
    rows = connection.execute(sql, params).fetchall()
    if not rows:
        return []
    steps_by_session: dict[int, list[tuple[Any, ...]]] = {row[0]: [] for row in rows}
    marks = ",".join("?" * len(steps_by_session))
    for step in connection.execute(
        "SELECT session_id, kind, exercise, side, set_number, planned_seconds, actual_seconds, "
        "outcome, started_at, ended_at FROM step_results "
        f"WHERE session_id IN ({marks}) ORDER BY session_id, position",
        list(steps_by_session),
    ):
        steps_by_session[step[0]].append(step)
    sessions = []
    for sid, name, started, ended, status, effort, pain, notes, planned, uid in rows:
        steps = steps_by_session[sid]
        first = steps[0][8] if steps else started
        last = steps[-1][9] if steps else ended
        sessions.append(
            {
                "id": sid,
                "uid": uid,
                "routine": name,
                "started_at": format_instant(first),
                "ended_at": format_instant(last),
                "status": status,
                "effort": effort,
                "pain": pain,
                "notes": notes or "",
                "steps": [
                    {
                        "kind": s[1],
                        "exercise": s[2],
                        "side": s[3],
                        "set": s[4],
                        "planned_seconds": s[5],
                        "actual_seconds": round(s[6], 3),
                        "outcome": s[7],
                        "_started_at": format_instant(s[8]),
                    }
                    for s in steps
                ],
                "_started_ms": first,
                "_work_planned": planned,
                "_work_done": sum(1 for s in steps if s[1] in WORK_KINDS and s[7] == "completed"),
                "_active_seconds": sum(s[6] for s in steps),
            }
        )
    return sessions


def _public(session: dict[str, Any]) -> dict[str, Any]:
    data = {k: v for k, v in session.items() if not k.startswith("_")}
    data["steps"] = [
        {k: v for k, v in step.items() if not k.startswith("_")} for step in session["steps"]
    ]
    return data


def to_json(sessions: Iterable[dict[str, Any]]) -> str:
    """The documented JSON export: a list of sessions, newest first, each with its steps."""
    return json.dumps([_public(s) for s in sessions], indent=2, ensure_ascii=False) + "\n"


def write_csv(sessions: Iterable[dict[str, Any]], stream: TextIO) -> None:
    """CSV with one row per step, session columns repeated (a session with no steps: one row)."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for s in sessions:
        head = [
            s["id"],
            s["routine"],
            s["started_at"] or "",
            s["ended_at"] or "",
            s["status"],
            "" if s["effort"] is None else s["effort"],
            "" if s["pain"] is None else s["pain"],
            s["notes"],
        ]
        if not s["steps"]:
            writer.writerow(head + [""] * 9)
        for number, step in enumerate(s["steps"], start=1):
            writer.writerow(
                [
                    *head,
                    number,
                    step["kind"],
                    step["exercise"] or "",
                    step["side"] or "",
                    step["set"],
                    step["planned_seconds"],
                    f"{step['actual_seconds']:.3f}",
                    step["outcome"],
                    step["_started_at"] or "",
                ]
            )


def to_csv(sessions: Iterable[dict[str, Any]]) -> str:
    """The CSV export as text."""
    buffer = io.StringIO()
    write_csv(sessions, buffer)
    return buffer.getvalue()


def _clock(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}:{secs:02d}"


def to_table(sessions: Sequence[dict[str, Any]]) -> str:
    """A plain text table for the terminal, times in local time."""
    if not sessions:
        return "No sessions recorded yet.\n"
    width = max(7, *(len(s["routine"]) for s in sessions))
    lines = [
        f"{'STARTED':<16}  {'ROUTINE':<{width}}  {'TIME':>6}  {'DONE':>7}  "
        f"{'STATUS':<11}  {'EFFORT':>6}  {'PAIN':>4}"
    ]
    for s in sessions:
        started = (_EPOCH + timedelta(milliseconds=s["_started_ms"])).astimezone()
        done = f"{s['_work_done']}/{s['_work_planned']}"
        effort = "-" if s["effort"] is None else str(s["effort"])
        pain = "-" if s["pain"] is None else str(s["pain"])
        lines.append(
            f"{started:%Y-%m-%d %H:%M}  {s['routine']:<{width}}  "
            f"{_clock(s['_active_seconds']):>6}  {done:>7}  {s['status']:<11}  "
            f"{effort:>6}  {pain:>4}"
        )
    return "\n".join(lines) + "\n"


def export_file(database_path: Path, target: Path, fmt: str, routine: str | None = None) -> int:
    """Write every session (of ``routine``, if given) to ``target`` as "json" or "csv".

    Returns how many sessions were written. Raises OSError when the file cannot be written.
    """
    connection = open_readonly(database_path)
    try:
        sessions = read_sessions(connection, routine=routine)
    finally:
        connection.close()
    text = to_json(sessions) if fmt == "json" else to_csv(sessions)
    partial = target.with_name(target.name + ".partial")
    partial.write_text(text, encoding="utf-8", newline="")
    partial.replace(target)
    return len(sessions)
