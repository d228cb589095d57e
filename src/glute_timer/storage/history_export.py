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
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate
from glute_timer.domain.library import shown
from glute_timer.domain.plan import WORK_KINDS as PLAN_WORK_KINDS
from glute_timer.domain.text_safety import escape_for_terminal
from glute_timer.formatting import clock
from glute_timer.storage.schema_version import SCHEMA_REVISION

# The schema this module reads; a test keeps it equal to the newest migration.
WORK_KINDS = tuple(sorted(kind.value for kind in PLAN_WORK_KINDS))

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


_SESSION_COLUMNS = (
    "SELECT id, routine_name, started_at, ended_at, status, effort, pain, notes, "
    "planned_work_steps, uid FROM sessions WHERE "
)
# Sessions read per round of step queries: keeps memory flat at any history size.
BATCH_SESSIONS = 200


def _session_query(
    routine: str | None, session_ids: Sequence[int] | None, limit: int | None, offset: int
) -> tuple[str, list[Any]]:
    where = ["deleted_at IS NULL"]
    params: list[Any] = []
    if routine is not None:
        where.append("routine_name = ?")
        params.append(routine)
    if session_ids is not None:
        ids = [int(i) for i in session_ids]
        where.append(f"id IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    sql = _SESSION_COLUMNS + " AND ".join(where) + " ORDER BY started_at DESC, id DESC"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params.extend([int(limit), int(offset)])
    return sql, params


def iter_sessions(
    connection: sqlite3.Connection,
    *,
    limit: int | None = None,
    offset: int = 0,
    routine: str | None = None,
    session_ids: Sequence[int] | None = None,
) -> Iterator[dict[str, Any]]:
    """Like :func:`read_sessions`, one session at a time, reading a batch of them at once."""
    if session_ids is not None and not session_ids:
        return
    sql, params = _session_query(routine, session_ids, limit, offset)
    cursor = connection.execute(sql, params)
    try:
        while rows := cursor.fetchmany(BATCH_SESSIONS):
            yield from _with_steps(connection, rows)
    finally:
        cursor.close()


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
    return list(
        iter_sessions(
            connection, limit=limit, offset=offset, routine=routine, session_ids=session_ids
        )
    )


def _with_steps(
    connection: sqlite3.Connection, rows: list[tuple[Any, ...]]
) -> Iterator[dict[str, Any]]:
    steps_by_session: dict[int, list[tuple[Any, ...]]] = {row[0]: [] for row in rows}
    marks = ",".join("?" * len(steps_by_session))
    for step in connection.execute(
        "SELECT session_id, kind, exercise, side, set_number, planned_seconds, actual_seconds, "
        "outcome, started_at, ended_at, reps_done FROM step_results "
        f"WHERE session_id IN ({marks}) ORDER BY session_id, position",
        list(steps_by_session),
    ):
        steps_by_session[step[0]].append(step)
    for sid, name, started, ended, status, effort, pain, notes, planned, uid in rows:
        steps = steps_by_session.pop(sid)
        first = steps[0][8] if steps else started
        last = steps[-1][9] if steps else ended
        yield {
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
                    **({} if s[10] is None else {"reps_done": s[10]}),
                    "_started_at": format_instant(s[8]),
                }
                for s in steps
            ],
            "_started_ms": first,
            "_work_planned": planned,
            "_work_done": sum(1 for s in steps if s[1] in WORK_KINDS and s[7] == "completed"),
            "_active_seconds": sum(s[6] for s in steps),
        }


def _public(session: dict[str, Any]) -> dict[str, Any]:
    data = {k: v for k, v in session.items() if not k.startswith("_")}
    data["steps"] = [
        {k: v for k, v in step.items() if not k.startswith("_")} for step in session["steps"]
    ]
    return data


def write_json(sessions: Iterable[dict[str, Any]], stream: TextIO) -> int:
    """The documented JSON export written as it is read: a list of sessions, newest first.

    The text is the same as ``json.dumps(list, indent=2)``; returns how many were written.
    """
    count = 0
    for session in sessions:
        # Indented one level as inside a list (JSON text holds no raw newlines in strings).
        item = json.dumps(_public(session), indent=2, ensure_ascii=False).replace("\n", "\n  ")
        stream.write(("[\n  " if count == 0 else ",\n  ") + item)
        count += 1
    stream.write("[]\n" if count == 0 else "\n]\n")
    return count


def to_json(sessions: Iterable[dict[str, Any]]) -> str:
    """The documented JSON export: a list of sessions, newest first, each with its steps."""
    buffer = io.StringIO()
    write_json(sessions, buffer)
    return buffer.getvalue()


# A spreadsheet runs a cell starting with these as a formula (=HYPERLINK(...) and friends).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(cell: str) -> str:
    """``cell`` with a leading ``'`` if a spreadsheet would read it as a formula."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _text(value: Any) -> str:
    return neutralise_formula("" if value is None else str(value))


def write_csv(sessions: Iterable[dict[str, Any]], stream: TextIO) -> int:
    """CSV with one row per step, session columns repeated (a session with no steps: one row).

    Every cell is quoted (so CR and LF inside names survive); text cells that a spreadsheet
    would run as a formula get a leading ``'``, number cells never need one. Returns how many
    sessions were written.
    """
    writer = csv.writer(stream, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for s in sessions:
        count += 1
        head = [
            s["id"],
            _text(s["routine"]),
            _text(s["started_at"]),
            _text(s["ended_at"]),
            _text(s["status"]),
            "" if s["effort"] is None else s["effort"],
            "" if s["pain"] is None else s["pain"],
            _text(s["notes"]),
        ]
        if not s["steps"]:
            writer.writerow(head + [""] * 9)
        for number, step in enumerate(s["steps"], start=1):
            writer.writerow(
                [
                    *head,
                    number,
                    _text(step["kind"]),
                    _text(step["exercise"]),
                    _text(step["side"]),
                    step["set"],
                    step["planned_seconds"],
                    f"{step['actual_seconds']:.3f}",
                    _text(step["outcome"]),
                    _text(step["_started_at"]),
                ]
            )
    return count


def to_csv(sessions: Iterable[dict[str, Any]]) -> str:
    """The CSV export as text."""
    buffer = io.StringIO()
    write_csv(sessions, buffer)
    return buffer.getvalue()


# The table's headings and the statuses it shows, for the person (the JSON and CSV keep the
# stored values): (heading, least width, right-aligned).
_TABLE_COLUMNS = (
    (QT_TRANSLATE_NOOP("HistoryTable", "STARTED"), 16, False),
    (QT_TRANSLATE_NOOP("HistoryTable", "ROUTINE"), 7, False),
    (QT_TRANSLATE_NOOP("HistoryTable", "TIME"), 6, True),
    (QT_TRANSLATE_NOOP("HistoryTable", "DONE"), 7, True),
    (QT_TRANSLATE_NOOP("HistoryTable", "STATUS"), 11, False),
    (QT_TRANSLATE_NOOP("HistoryTable", "EFFORT"), 6, True),
    (QT_TRANSLATE_NOOP("HistoryTable", "PAIN"), 4, True),
)
_STATUSES = {
    "completed": QT_TRANSLATE_NOOP("HistoryTable", "completed"),
    "stopped": QT_TRANSLATE_NOOP("HistoryTable", "stopped"),
    "interrupted": QT_TRANSLATE_NOOP("HistoryTable", "interrupted"),
    "in_progress": QT_TRANSLATE_NOOP("HistoryTable", "in progress"),
}


def _routine_shown(name: str) -> str:
    return escape_for_terminal(shown(name))


def _status_shown(status: str) -> str:
    label = _STATUSES.get(status)
    return translate("HistoryTable", label) if label is not None else status


def routine_width(connection: sqlite3.Connection, routine: str | None = None) -> int:
    """The widest routine name the table will show (for :func:`write_table`)."""
    sql = "SELECT DISTINCT routine_name FROM sessions WHERE deleted_at IS NULL"
    rows = connection.execute(
        sql + (" AND routine_name = ?" if routine else ""), [routine] if routine else []
    )
    return max((len(_routine_shown(str(row[0]))) for row in rows), default=0)


def _table_widths(width: int) -> list[int]:
    """Each column's width: its least width, the routine names' and its translated heading's."""
    least = [minimum for _heading, minimum, _right in _TABLE_COLUMNS]
    least[1] = max(least[1], width)
    least[4] = max([least[4], *(len(translate("HistoryTable", s)) for s in _STATUSES.values())])
    return [
        max(minimum, len(translate("HistoryTable", heading)))
        for minimum, (heading, _least, _right) in zip(least, _TABLE_COLUMNS, strict=True)
    ]


def _table_line(cells: Sequence[str], widths: Sequence[int]) -> str:
    laid = [
        cell.rjust(w) if right else cell.ljust(w)
        for cell, w, (_heading, _least, right) in zip(cells, widths, _TABLE_COLUMNS, strict=True)
    ]
    return "  ".join(laid) + "\n"


def write_table(sessions: Iterable[dict[str, Any]], stream: TextIO, width: int) -> int:
    """The plain text table, written as it is read; ``width`` is the widest routine name.

    Routine names are escaped: a name stored with control characters prints as ``\\x1b``.
    Built-in routines are named in the person's language. Returns how many sessions were
    written.
    """
    widths = _table_widths(width)
    count = 0
    for s in sessions:
        if count == 0:
            headings = [translate("HistoryTable", h) for h, _least, _right in _TABLE_COLUMNS]
            stream.write(_table_line(headings, widths))
        count += 1
        started = (_EPOCH + timedelta(milliseconds=s["_started_ms"])).astimezone()
        cells = [
            f"{started:%Y-%m-%d %H:%M}",
            _routine_shown(s["routine"]),
            clock(s["_active_seconds"]),
            f"{s['_work_done']}/{s['_work_planned']}",
            _status_shown(s["status"]),
            "-" if s["effort"] is None else str(s["effort"]),
            "-" if s["pain"] is None else str(s["pain"]),
        ]
        stream.write(_table_line(cells, widths))
    if count == 0:
        stream.write(translate("HistoryTable", "No sessions recorded yet.") + "\n")
    return count


def to_table(sessions: Sequence[dict[str, Any]]) -> str:
    """A plain text table for the terminal, times in local time."""
    buffer = io.StringIO()
    width = max((len(_routine_shown(s["routine"])) for s in sessions), default=0)
    write_table(sessions, buffer, width)
    return buffer.getvalue()


def export_file(database_path: Path, target: Path, fmt: str, routine: str | None = None) -> int:
    """Write every session (of ``routine``, if given) to ``target`` as "json" or "csv".

    Returns how many sessions were written. Raises OSError when the file cannot be written.
    """
    connection = open_readonly(database_path)
    partial = target.with_name(target.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as stream:
            sessions = iter_sessions(connection, routine=routine)
            count = write_json(sessions, stream) if fmt == "json" else write_csv(sessions, stream)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        connection.close()
    return count
