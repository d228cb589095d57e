"""Reading history files: every field checked, one line naming file, field and problem."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from glute_timer.domain.history_file import (
    HistoryFileError,
    parse_history,
    parse_instant,
    read_history_file,
)


def _session(**changes: Any) -> dict[str, Any]:
    session: dict[str, Any] = {
        "id": 1,
        "uid": "123e4567-e89b-42d3-a456-426614174000",
        "routine": "Wall push",
        "started_at": "2026-03-02T08:00:00.000Z",
        "ended_at": "2026-03-02T08:01:00.000Z",
        "status": "completed",
        "effort": 4,
        "pain": 2,
        "notes": "ok",
        "steps": [
            {
                "kind": "hold",
                "exercise": "Wall push",
                "side": "left",
                "set": 1,
                "planned_seconds": 30.0,
                "actual_seconds": 29.5,
                "outcome": "completed",
            }
        ],
    }
    session.update(changes)
    return session


def _error(data: Any) -> str:
    with pytest.raises(HistoryFileError) as caught:
        parse_history(json.dumps(data), "x.json")
    return str(caught.value)


def test_parses_a_session() -> None:
    (session,) = parse_history(json.dumps([_session()]), "x.json")
    assert session.uid == "123e4567-e89b-42d3-a456-426614174000"
    assert session.started_ms == parse_instant("2026-03-02T08:00:00.000Z") == 1_772_438_400_000
    assert session.ended_ms == session.started_ms + 60_000
    assert (session.effort, session.pain, session.notes) == (4, 2, "ok")
    assert session.steps[0].side == "left" and session.steps[0].actual_seconds == 29.5


def test_bad_step_kind_names_the_field() -> None:
    bad = _session()
    bad["steps"][0]["kind"] = "plank"
    message = _error([_session(), _session(uid=None), _session(uid=None), bad])
    assert message == (
        "x.json: sessions[3].steps[0].kind: must be one of prepare, hold, reps, switch, rest"
    )


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"effort": 11}, "sessions[0].effort: must be between 0 and 10, not 11"),
        ({"pain": "low"}, "sessions[0].pain: must be a whole number, not text"),
        ({"uid": "nope"}, "sessions[0].uid: must be a UUID"),
        ({"status": "done"}, "sessions[0].status: must be one of completed"),
        ({"started_at": "yesterday"}, "sessions[0].started_at: 'yesterday' is not a date"),
        ({"started_at": "2026-03-02T08:00:00"}, "sessions[0].started_at: "),
        ({"ended_at": "2026-03-01T08:00:00Z"}, "sessions[0].ended_at: is before started_at"),
        ({"routine": ""}, "sessions[0].routine: must not be empty"),
        ({"colour": "red"}, "sessions[0].colour: unknown key"),
        ({"steps": {}}, "sessions[0].steps: must be a list, not an object"),
    ],
)
def test_bad_session_fields(change: dict[str, Any], expected: str) -> None:
    assert _error([_session(**change)]).startswith("x.json: " + expected)


def test_missing_fields_and_bad_shapes() -> None:
    session = _session()
    del session["started_at"]
    assert _error([session]) == "x.json: sessions[0].started_at: is missing"
    assert _error({"sessions": []}).startswith("x.json: must hold a list of sessions")
    assert _error([3]) == "x.json: sessions[0]: must be an object, not a number"
    step = _session()
    step["steps"][0]["actual_seconds"] = -1
    assert _error([step]).startswith("x.json: sessions[0].steps[0].actual_seconds: must be betw")


def test_repeated_uid_is_refused() -> None:
    assert _error([_session(), _session(id=2)]) == (
        "x.json: sessions[1].uid: repeats the uid of sessions[0]"
    )


def test_not_json_and_empty() -> None:
    with pytest.raises(HistoryFileError, match=r"^x.json: not valid JSON"):
        parse_history("[{", "x.json")
    with pytest.raises(HistoryFileError, match=r"^x.json: the file is empty"):
        parse_history("  ", "x.json")


def test_reading_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_text(json.dumps([_session()]), encoding="utf-8")
    assert len(read_history_file(path)) == 1
    with pytest.raises(
        HistoryFileError, match=r"^big.json: the file is \d+ bytes; it may be at most 100 bytes"
    ):
        read_history_file(path, max_bytes=100)
    with pytest.raises(HistoryFileError, match=r"is a folder, not a file"):
        read_history_file(tmp_path)
    with pytest.raises(HistoryFileError, match=r"^gone.json: cannot be read"):
        read_history_file(tmp_path / "gone.json")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(HistoryFileError, match=r"is a named pipe, not a file"):
        read_history_file(fifo)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.json"
    path.write_bytes(b'[{"routine": "\xe9"}]')
    with pytest.raises(HistoryFileError, match=r"^latin.json: not UTF-8"):
        read_history_file(path)


@pytest.mark.parametrize(
    ("text", "field", "problem"),
    [
        ("[" * 1000 + "]" * 1000, "", "nested more than 32 levels deep"),
        ('[{"uid": 1, "uid": 2}]', "[0].uid", "appears twice"),
        ('[{"routine": "\\ud800"}]', "[0].routine", "lone surrogate"),
        ("[" + "9" * 5000 + "]", "", "a number of more than 20 digits"),
    ],
    ids=["deep", "duplicate-key", "surrogate", "long-number"],
)
def test_hostile_json_is_refused_in_one_line(
    tmp_path: Path, text: str, field: str, problem: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(HistoryFileError) as caught:
        read_history_file(path)
    message = str(caught.value)
    assert "\n" not in message and problem in message, message
    assert message.startswith(f"bad.json: {field}: " if field else "bad.json: "), message


def test_restarted_is_a_known_step_outcome() -> None:
    from glute_timer.domain.history_file import STEP_OUTCOMES
    from glute_timer.domain.outcome import StepOutcome

    assert "restarted" in STEP_OUTCOMES
    assert set(STEP_OUTCOMES) == {o.value for o in StepOutcome}


def test_reps_done_is_optional_and_checked() -> None:
    import pytest

    from glute_timer.domain.history_file import HistoryFileError, parse_history

    def one(step_extra: str) -> str:
        return (
            '[{"routine": "R", "started_at": "2026-03-02T08:00:00.000Z", "status": "completed",'
            ' "steps": [{"kind": "reps", "set": 1, "planned_seconds": 12, "actual_seconds": 7.5,'
            f' "outcome": "completed"{step_extra}}}]}}]'
        )

    assert parse_history(one(""))[0].steps[0].reps_done is None
    assert parse_history(one(', "reps_done": 2'))[0].steps[0].reps_done == 2
    with pytest.raises(HistoryFileError, match=r"steps\[0\]\.reps_done: must be between 0 and"):
        parse_history(one(', "reps_done": -1'))
