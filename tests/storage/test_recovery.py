"""Sessions of a dead app become interrupted; a live app's session is left alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from glute_timer.storage.database import Database, open_database
from glute_timer.storage.models import SessionRow
from glute_timer.storage.recovery import mark_interrupted
from glute_timer.storage.session_lock import OwnerLock, lock_path, owner_is_alive
from tests.storage.history_helpers import T0, add_session, small_plan


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def database(data_dir: Path) -> Iterator[Database]:
    db = open_database(data_dir / "h.sqlite3")
    yield db
    db.close()


def _status(database: Database, sid: int) -> SessionRow:
    with database.session() as session:
        row = session.scalar(select(SessionRow).where(SessionRow.id == sid))
        assert row is not None
        assert row.steps is not None  # loaded while the session is open
        return row


def test_session_of_a_gone_owner_becomes_interrupted_and_keeps_steps(
    database: Database, data_dir: Path
) -> None:
    _, plan = small_plan()
    steps = list(plan.steps[:3])
    sid = add_session(database, status="in_progress", steps=steps, token="deadbeef")
    # The owner died: its lock file is left behind, but nobody holds the lock.
    stale = lock_path(data_dir, "deadbeef")
    stale.parent.mkdir(parents=True)
    stale.write_text("12345\n")
    assert mark_interrupted(database, data_dir) == [sid]
    row = _status(database, sid)
    assert row.status == "interrupted"
    assert row.ended_at is not None
    assert (row.ended_at - T0).total_seconds() == sum(s.seconds for s in steps)
    assert len(row.steps) == 3
    assert not stale.exists()
    assert mark_interrupted(database, data_dir) == []


def test_session_without_a_lock_file_or_token_is_interrupted(
    database: Database, data_dir: Path
) -> None:
    a = add_session(database, status="in_progress", steps=[], token="cafe01")
    b = add_session(database, status="in_progress", steps=[], token=None)
    assert sorted(mark_interrupted(database, data_dir)) == [a, b]
    row = _status(database, a)
    assert row.ended_at is None  # no step recorded: no end time is invented


def test_live_owner_is_left_alone(database: Database, data_dir: Path) -> None:
    lock = OwnerLock(lock_path(data_dir, "a1b2c3"))
    assert lock.acquire()
    try:
        sid = add_session(database, status="in_progress", token="a1b2c3")
        done = add_session(database, status="completed", token="a1b2c3")
        assert owner_is_alive(data_dir, "a1b2c3")
        assert mark_interrupted(database, data_dir) == []
        assert _status(database, sid).status == "in_progress"
        assert _status(database, done).status == "completed"
    finally:
        lock.release()
    assert not owner_is_alive(data_dir, "a1b2c3")
    assert mark_interrupted(database, data_dir) == [sid]


def test_lock_cannot_be_taken_twice(data_dir: Path) -> None:
    first = OwnerLock(lock_path(data_dir, "t1"))
    second = OwnerLock(lock_path(data_dir, "t1"))
    assert first.acquire()
    assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()
    assert not lock_path(data_dir, "t1").exists()


@pytest.mark.parametrize("token", ["", "../x", "a/b", "x" * 41])
def test_bad_tokens_are_refused(data_dir: Path, token: str) -> None:
    with pytest.raises(ValueError, match="token"):
        lock_path(data_dir, token)
    assert not owner_is_alive(data_dir, token)
