"""Per-session owner locks: how another process knows a recording app is still alive.

While a workout records, its process holds an OS lock (``fcntl.flock`` or ``msvcrt.locking``)
on ``<data>/locks/<token>.lock``. The OS drops the lock when the process dies, even on
``kill -9``, so a lock that can be taken means its owner is gone. A second app window, or
``glute-timer history`` in a terminal, finds the lock held and leaves the live session alone.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)

LOCKS_DIR_NAME = "locks"


def locks_dir(data_dir: Path) -> Path:
    """The folder of owner lock files inside a data directory."""
    return data_dir / LOCKS_DIR_NAME


def lock_path(data_dir: Path, token: str) -> Path:
    """The lock file of the session recorded under ``token``."""
    if not token or any(c in token for c in "/\\.") or len(token) > 40:
        raise ValueError(f"bad owner token {token!r}")
    return locks_dir(data_dir) / f"{token}.lock"


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class OwnerLock:
    """An exclusive lock held by the process recording one session."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> bool:
        """Take the lock without waiting; False when another holder has it.

        Raises OSError when the lock file cannot be created (e.g. a read-only folder).
        """
        if self._handle is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+b")
        if not _try_lock(handle):
            handle.close()
            return False
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()}\n".encode())
            handle.flush()
        except OSError:
            pass  # the pid is only a hint for people; the lock itself is what counts
        self._handle = handle
        return True

    def release(self, *, remove: bool = True) -> None:
        """Drop the lock (and, by default, its file)."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        if remove:
            # Unlink while still locked, so nobody can lock the file we are about to drop.
            with contextlib.suppress(OSError):
                self.path.unlink()
        with contextlib.suppress(OSError):
            _unlock(handle)
        handle.close()


def owner_is_alive(data_dir: Path, token: str | None, *, tidy: bool = True) -> bool:
    """Whether the process that records under ``token`` still runs (holds its lock).

    With ``tidy`` a lock found free is removed; readers pass False and change nothing.
    """
    if not token:
        return False
    try:
        path = lock_path(data_dir, token)
    except ValueError:
        return False
    if not path.exists():
        return False
    probe = OwnerLock(path)
    try:
        taken = probe.acquire()
    except OSError as error:
        # We cannot tell (e.g. a read-only folder): assume alive, so nothing is marked wrongly.
        log.warning("cannot probe owner lock %s: %s", path, error)
        return True
    if taken:
        probe.release(remove=tidy)
        return False
    return True


def orphaned_session_ids(connection: sqlite3.Connection, data_dir: Path) -> set[int]:
    """Ids of sessions stored as ``in_progress`` whose recording process is gone.

    For readers (``glute-timer history``, exports): they show these as ``interrupted``, which
    the next app start will store; nothing is written here.
    """
    rows = connection.execute(
        "SELECT id, owner_token FROM sessions WHERE status = 'in_progress'"
    ).fetchall()
    return {int(sid) for sid, token in rows if not owner_is_alive(data_dir, token, tidy=False)}
