"""Exports of hostile text: CSV cells never run as formulas and read back to the JSON's rows."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from glute_timer.storage import history_export
from glute_timer.storage.database import open_database
from glute_timer.storage.models import SessionRow, StepResultRow
from tests.storage.history_helpers import T0, add_session

HOSTILE_TEXTS = [
    '=HYPERLINK("http://example.invalid","click")',
    "+1+2",
    "-3",
    "@SUM(A1)",
    "\tTab first",
    "\rCR first",
    "bare\rCR inside",
    "line\nbreak, and a comma",
    'quote "inside"',
    "Plain",
]
TEXT_COLUMNS = {
    "routine",
    "session_started_at",
    "session_ended_at",
    "status",
    "notes",
    "kind",
    "exercise",
    "side",
    "outcome",
    "step_started_at",
}


@pytest.fixture
def path(tmp_path: Path) -> Path:
    database = open_database(tmp_path / "h.sqlite3")
    add_session(database, started_at=T0, effort=3, pain=1)
    with database.session() as session, session.begin():
        for number, text in enumerate(HOSTILE_TEXTS):
            row = SessionRow(
                routine_name=text,
                routine_snapshot="{}",
                started_at=T0 + timedelta(days=1 + number),
                status="stopped",
                notes=text,
            )
            session.add(row)
            session.flush()
            session.add(
                StepResultRow(
                    session_id=row.id,
                    position=0,
                    plan_index=1,
                    kind="hold",
                    exercise=text,
                    side="left",
                    set_number=1,
                    set_count=2,
                    planned_seconds=30.0,
                    actual_seconds=12.3456,
                    outcome="stopped",
                    started_at=T0 + timedelta(days=1 + number, seconds=5),
                    ended_at=T0 + timedelta(days=1 + number, seconds=40),
                )
            )
    database.close()
    return tmp_path / "h.sqlite3"


def _sessions(path: Path) -> list[dict[str, Any]]:
    connection = history_export.open_readonly(path)
    try:
        return history_export.read_sessions(connection)
    finally:
        connection.close()


def _expected_rows(exported: list[dict[str, Any]]) -> list[list[str]]:
    """The CSV's rows as the JSON export says they must be.

    The comparison: a text cell is the JSON text, with one ``'`` put in front when it starts
    with = + - @ TAB or CR; a number cell is the JSON number as text (actual_seconds to three
    decimals); a JSON null is the empty cell.
    """

    def text(value: str | None) -> str:
        value = "" if value is None else value
        return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value

    def number(value: float | None) -> str:
        return "" if value is None else str(value)

    rows = [list(history_export.CSV_COLUMNS)]
    for s in exported:
        head = [
            number(s["id"]),
            text(s["routine"]),
            text(s["started_at"]),
            text(s["ended_at"]),
            text(s["status"]),
            number(s["effort"]),
            number(s["pain"]),
            text(s["notes"]),
        ]
        if not s["steps"]:
            rows.append(head + [""] * 9)
        for index, step in enumerate(s["steps"], start=1):
            rows.append(
                [
                    *head,
                    str(index),
                    text(step["kind"]),
                    text(step["exercise"]),
                    text(step["side"]),
                    number(step["set"]),
                    number(step["planned_seconds"]),
                    f"{step['actual_seconds']:.3f}",
                    text(step["outcome"]),
                    text(None),
                ]
            )
    return rows


def test_csv_reads_back_to_exactly_the_rows_of_the_json_export(path: Path) -> None:
    sessions = _sessions(path)
    exported = json.loads(history_export.to_json(sessions))
    rows = list(csv.reader(io.StringIO(history_export.to_csv(sessions), newline="")))
    expected = _expected_rows(exported)
    step_started = history_export.CSV_COLUMNS.index("step_started_at")
    # The JSON export leaves out when each step began; the CSV has it.
    for row, want, session_step in zip(rows[1:], expected[1:], _step_starts(sessions), strict=True):
        want[step_started] = session_step
        assert row == want
    assert rows[0] == expected[0]
    assert len(rows) == len(expected) == 1 + 8 + len(HOSTILE_TEXTS)


def _step_starts(sessions: list[dict[str, Any]]) -> list[str]:
    return [step["_started_at"] or "" for s in sessions for step in s["steps"]]


def test_no_text_cell_starts_like_a_formula(path: Path) -> None:
    text = history_export.to_csv(_sessions(path))
    for row in csv.DictReader(io.StringIO(text, newline="")):
        for column, cell in row.items():
            if column in TEXT_COLUMNS:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (column, cell)
    assert "'=HYPERLINK(" in text and "'-3" in text and "'\rCR first" in text


def test_every_cell_is_quoted(path: Path) -> None:
    text = history_export.to_csv(_sessions(path))
    first = text.split("\n", 1)[0]
    assert first == ",".join(f'"{c}"' for c in history_export.CSV_COLUMNS)
    assert '"bare\rCR inside"' in text


def test_numbers_are_never_given_a_quote_mark() -> None:
    session = {
        "id": 4,
        "routine": "R",
        "started_at": None,
        "ended_at": None,
        "status": "stopped",
        "effort": -5,
        "pain": None,
        "notes": "",
        "steps": [],
    }
    rows = list(csv.reader(io.StringIO(history_export.to_csv([session]))))
    assert rows[1][5] == "-5"


def test_streamed_json_is_the_same_text_as_one_dump(path: Path) -> None:
    sessions = _sessions(path)
    public = json.loads(history_export.to_json(sessions))
    assert (
        history_export.to_json(sessions) == json.dumps(public, indent=2, ensure_ascii=False) + "\n"
    )
    assert history_export.to_json([]) == "[]\n"


def test_export_file_streams_to_the_target_and_leaves_no_partial(
    path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out.csv"
    count = history_export.export_file(path, target, "csv")
    assert count == 1 + len(HOSTILE_TEXTS)
    assert not (tmp_path / "out.csv.partial").exists()
    assert target.read_bytes().decode("utf-8") == history_export.to_csv(_sessions(path))


def test_the_table_escapes_names(path: Path) -> None:
    text = history_export.to_table(_sessions(path))
    assert "\r" not in text and "\t" not in text
    assert "\\x0dCR first" in text and "\\x09Tab first" in text
