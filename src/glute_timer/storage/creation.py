"""Building a new history file atomically, and the lock that lets one process at a time check,
repair or build the file.

The schema is built in a temporary file in the same folder, stamped with our
``application_id``, switched to WAL, synced, then renamed over the database path: a kill at
any moment leaves either no database or a complete one (and maybe a stray ``.building-*``
file, removed by the next start, which holds the lock).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from glute_timer.storage.file_inspection import APPLICATION_ID, companions

log = logging.getLogger(__name__)

_BUILD_MARK = ".building-"


def open_lock_path(path: Path) -> Path:
    """The lock file held while the database at ``path`` is checked, repaired or built."""
    return path.with_name(path.name + ".open-lock")


def _lock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        while True:
            try:
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
                return
            except OSError:
                time.sleep(0.05)  # msvcrt has no blocking lock without a 10 s limit
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_EX)


@contextlib.contextmanager
def open_lock(path: Path) -> Iterator[bool]:
    """Hold the open lock of ``path`` (waiting for it); yields False when the lock file cannot
    be made (a read-only folder), in which case nothing may be built or repaired either."""
    try:
        handle = open_lock_path(path).open("a+b")
    except OSError as error:
        log.warning("cannot take the database lock beside %s: %s", path, error)
        yield False
        return
    try:
        _lock(handle)
        yield True
    finally:
        # The file stays: removing a lock file others may be waiting on would split the lock.
        handle.close()


def remove_stray_builds(path: Path) -> None:
    """Delete half-built files left by a start that was killed (call with the lock held)."""
    for stray in path.parent.glob(f"{path.name}{_BUILD_MARK}*"):
        with contextlib.suppress(OSError):
            stray.unlink()
            log.info("removed %s, left by a start that was cut short", stray)


def _fsync(path: Path) -> None:
    flags = os.O_RDONLY
    if path.is_dir():
        if sys.platform == "win32":
            return  # Windows cannot open a folder to sync it; NTFS journals the rename
        flags |= getattr(os, "O_DIRECTORY", 0)
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def build_new(
    path: Path,
    build_schema: Callable[[Path], None],
    fill: Callable[[sqlite3.Connection], None] | None = None,
    before_replace: Callable[[], None] | None = None,
) -> None:
    """Build a complete database and rename it to ``path`` (replacing whatever is there).

    ``build_schema(temp)`` creates the tables in the temporary file; ``fill(connection)`` may
    then add rows (a salvage) before the file is stamped, synced and renamed into place;
    ``before_replace()`` runs just before the rename (to clear what the new file replaces).
    """
    temp = path.with_name(f"{path.name}{_BUILD_MARK}{os.getpid()}-{uuid.uuid4().hex[:8]}")
    try:
        build_schema(temp)
        connection = sqlite3.connect(temp)
        try:
            connection.execute("PRAGMA foreign_keys=ON")
            if fill is not None:
                fill(connection)
            connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
            connection.commit()
            # Switched to WAL here, not after the rename: the switch rewrites the header
            # through a rollback journal, and a kill then would leave a hot journal beside
            # the real file. Closing folds the (empty) log in and deletes it.
            mode = connection.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise sqlite3.OperationalError(f"the new file stayed in {mode} mode")
        finally:
            connection.close()
        if any(c.exists() for c in companions(temp)):
            raise sqlite3.OperationalError(f"{temp} kept its journal after closing")
        _fsync(temp)
        if before_replace is not None:
            before_replace()
        temp.replace(path)
        _fsync(path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    log.info("built a new history file at %s", path)
