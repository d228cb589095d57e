"""HistoryWriter: order kept, passing faults retried for good, lasting faults dropped."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.orm import Session

from glute_timer.storage.database import Database, open_database
from glute_timer.storage.history_writer import (
    ATTEMPTS_BEFORE_DROPPING,
    HistoryWriter,
    WriteAbandonedError,
    is_transient,
)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "h.sqlite3")
    with db.session() as session, session.begin():
        session.execute(text("CREATE TABLE marks (label TEXT NOT NULL)"))
    yield db
    db.close()


class Events:
    """What the writer reported, from its thread."""

    def __init__(self) -> None:
        self.failures: list[BaseException] = []
        self.recoveries = 0
        self.dropped: list[tuple[str, BaseException]] = []

    def writer(self, database: Database) -> HistoryWriter:
        return HistoryWriter(
            database,
            on_failure=self.failures.append,
            on_recovery=self._recovered,
            on_dropped=lambda label, error: self.dropped.append((label, error)),
            retry_delays=(0.01,),
        )

    def _recovered(self) -> None:
        self.recoveries += 1


def mark(label: str) -> Callable[[Session], None]:
    def write(session: Session) -> None:
        session.execute(text("INSERT INTO marks VALUES (:label)"), {"label": label})

    return write


def failing(error: BaseException, tries: list[int]) -> Callable[[Session], None]:
    def write(session: Session) -> None:
        tries.append(1)
        session.execute(text("INSERT INTO marks VALUES ('half written')"))
        raise error

    return write


def marks(database: Database) -> list[str]:
    with database.session() as session:
        return list(session.scalars(text("SELECT label FROM marks ORDER BY rowid")))


def test_a_write_that_can_never_succeed_is_dropped_and_later_writes_go_on(
    database: Database,
) -> None:
    events = Events()
    writer = events.writer(database)
    tries: list[int] = []
    try:
        writer.submit("before", mark("before"))
        writer.submit("broken", failing(sa_exc.IntegrityError("INSERT", {}, Exception()), tries))
        writer.submit("after", mark("after"))
        assert writer.flush(5)
    finally:
        writer.close()
    assert marks(database) == ["before", "after"]  # nothing of the broken write remains
    assert len(tries) == ATTEMPTS_BEFORE_DROPPING
    assert [label for label, _ in events.dropped] == ["broken"]
    assert len(events.failures) == 1 and events.recoveries == 1


def test_an_abandoned_write_is_dropped_at_once_without_a_failure(database: Database) -> None:
    events = Events()
    writer = events.writer(database)
    tries: list[int] = []
    try:
        writer.submit("orphan", failing(WriteAbandonedError("no session"), tries))
        writer.submit("after", mark("after"))
        assert writer.flush(5)
    finally:
        writer.close()
    assert tries == [1]
    assert marks(database) == ["after"]
    assert events.failures == [] and [label for label, _ in events.dropped] == ["orphan"]


def test_a_full_disk_is_retried_for_as_long_as_it_takes(database: Database) -> None:
    events = Events()
    writer = events.writer(database)
    full = threading.Event()
    full.set()
    tries: list[int] = []
    enough = threading.Event()

    def write(session: Session) -> None:
        tries.append(1)
        if len(tries) >= 4 * ATTEMPTS_BEFORE_DROPPING:
            enough.set()
        if full.is_set():
            raise sqlite3.OperationalError("database or disk is full")
        mark("stored")(session)

    try:
        writer.submit("step", write)
        writer.submit("after", mark("after"))
        assert enough.wait(5)
        assert writer.failing and writer.pending == 2 and events.dropped == []
        full.clear()
        writer.retry_now()
        assert writer.flush(5)
    finally:
        writer.close()
    assert marks(database) == ["stored", "after"]
    assert events.recoveries == 1


@pytest.mark.parametrize(
    ("error", "transient"),
    [
        (sqlite3.OperationalError("database or disk is full"), True),
        (sa_exc.OperationalError("INSERT", {}, sqlite3.OperationalError("locked")), True),
        (OSError(28, "No space left on device"), True),
        (PermissionError(13, "Permission denied"), True),
        (sa_exc.IntegrityError("INSERT", {}, sqlite3.IntegrityError("CHECK")), False),
        (ValueError("bad value"), False),
        (WriteAbandonedError("no session"), False),
        (sqlite3.OperationalError("disk I/O error"), True),
        (OSError(5, "Input/output error"), True),
        (sa_exc.OperationalError("I", {}, sqlite3.OperationalError("no such table: t")), False),
        (sqlite3.OperationalError("table step_results has no column named kind"), False),
    ],
)
def test_which_faults_may_pass(error: BaseException, transient: bool) -> None:
    assert is_transient(error) is transient
