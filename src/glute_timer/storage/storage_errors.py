"""Storage errors as a person reads them: a short reason, never SQL or a driver's own text.

The raw error (statement, parameters, driver message) goes to the log; the reason shown names
what happened and what helps. This module imports no SQLAlchemy, so anything may use it.
"""

from __future__ import annotations

import errno
import logging
import sqlite3

from glute_timer import APP_NAME
from glute_timer.domain.i18n import translate

log = logging.getLogger(__name__)

_READ_ONLY_CODES = (errno.EACCES, errno.EROFS, errno.EPERM)


def _driver_error(error: BaseException) -> BaseException:
    """The sqlite3 or OS error under SQLAlchemy's wrapper (or the error itself)."""
    for _ in range(5):
        if isinstance(error, sqlite3.Error | OSError):
            return error
        inner = getattr(error, "orig", None) or error.__cause__ or error.__context__
        if inner is None:
            return error
        error = inner
    return error


def is_storage_error(error: BaseException) -> bool:
    """Whether ``error`` comes from the database layer (SQLAlchemy, sqlite3, Alembic)."""
    module = type(error).__module__ or ""
    return isinstance(error, sqlite3.Error) or module.split(".")[0] in ("sqlalchemy", "alembic")


def describe_storage_error(error: BaseException) -> str:
    """A short reason for a person, to follow "... could not be saved: " (no final period).

    SQLAlchemy and sqlite3 errors never show their own text (it holds SQL and parameters);
    other errors are ours and keep their message. Logs the raw error, so the details stay.
    """
    log.warning("storage error: %s: %s", type(error).__name__, error)
    inner = _driver_error(error)
    text = str(inner).lower()
    code = getattr(inner, "errno", None) or getattr(error, "errno", None)
    if "full" in text or "no space" in text or code == errno.ENOSPC:
        return translate("StorageErrors", "the disk is full; free some space and try again")
    if "locked" in text or "busy" in text:
        return translate(
            "StorageErrors",
            "another program is holding the history database; close it (or wait) and try again",
        )
    if (
        "readonly" in text
        or "read-only" in text
        or "permission denied" in text
        or "unable to open" in text
        or code in _READ_ONLY_CODES
    ):
        return translate(
            "StorageErrors", "the data folder cannot be written; make it writable and try again"
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return translate(
            "StorageErrors", "the history database is damaged; restarting {app} sets it aside"
        ).format(app=APP_NAME)
    if "disk i/o" in text or code == errno.EIO:
        return translate("StorageErrors", "the disk reported an error while reading or writing")
    if isinstance(inner, OSError) and inner.strerror:
        return inner.strerror.lower()
    if is_storage_error(error) or is_storage_error(inner):
        return translate(
            "StorageErrors", "the history database could not be used (details are in the log)"
        )
    return str(error)  # our own errors' messages are written for people
