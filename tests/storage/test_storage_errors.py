"""Storage errors become a short reason for a person; SQL and parameters stay in the log."""

from __future__ import annotations

import logging
import sqlite3

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from glute_timer.storage.database import DatabaseError
from glute_timer.storage.storage_errors import describe_storage_error, is_storage_error


def _wrapped(message: str) -> OperationalError:
    return OperationalError(
        "INSERT INTO sessions (routine_name) VALUES (?)",
        ("secret",),
        sqlite3.OperationalError(message),
    )


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (_wrapped("database or disk is full"), "the disk is full"),
        (_wrapped("attempt to write a readonly database"), "the data folder cannot be written"),
        (_wrapped("unable to open database file"), "the data folder cannot be written"),
        (_wrapped("database is locked"), "another program is holding the history database"),
        (_wrapped("database disk image is malformed"), "the history database is damaged"),
        (_wrapped("something new"), "could not be used (details are in the log)"),
        (
            IntegrityError("INSERT ...", (), sqlite3.IntegrityError("UNIQUE constraint failed")),
            "could not be used",
        ),
        (PermissionError(13, "Permission denied"), "the data folder cannot be written"),
        (OSError(5, "Input/output error"), "the disk reported an error"),
    ],
)
def test_reasons_name_what_happened_without_sql(
    error: BaseException, expected: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        reason = describe_storage_error(error)
    assert expected in reason
    assert "INSERT" not in reason and "secret" not in reason and "\n" not in reason
    if isinstance(error, OperationalError):
        assert "INSERT" in caplog.text  # the details are kept for whoever reads the log


def test_our_wrapper_is_seen_through() -> None:
    try:
        try:
            raise _wrapped("database is locked")
        except OperationalError as inner:
            raise DatabaseError(f"Cannot prepare the database: {inner}") from inner
    except DatabaseError as error:
        assert "another program" in describe_storage_error(error)


def test_our_own_errors_keep_their_words() -> None:
    assert describe_storage_error(RuntimeError("the lock is held")) == "the lock is held"
    assert not is_storage_error(RuntimeError("x"))
    assert is_storage_error(_wrapped("x")) and is_storage_error(sqlite3.OperationalError("x"))
