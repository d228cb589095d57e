"""Rolling daily backups of the database, made with SQLite's online backup API."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import time
import uuid
from datetime import date
from pathlib import Path

from glute_timer.storage.database import check_file

log = logging.getLogger(__name__)

KEEP_DAYS = 5
BACKUP_DIR_NAME = "backups"
PARTIAL_SUFFIX = ".partial"
STALE_PARTIAL_SECONDS = 3600.0
_NAME = re.compile(r"^glute-timer-(\d{4}-\d{2}-\d{2})\.sqlite3$")


def backup_dir(data_dir: Path) -> Path:
    """Where backups are kept inside a data directory."""
    return data_dir / BACKUP_DIR_NAME


def backup_name(day: date) -> str:
    """The file name of the backup made on ``day``."""
    return f"glute-timer-{day.isoformat()}.sqlite3"


def list_backups(directory: Path) -> list[Path]:
    """Backup files in ``directory``, oldest first."""
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.iterdir() if _NAME.match(p.name))


def _remove_stale_partials(directory: Path) -> None:
    """Remove half-written copies left by backups that were killed (an hour is far longer
    than any backup takes, so a copy still being written is never touched)."""
    now = time.time()
    for stale in directory.glob(f"*{PARTIAL_SUFFIX}"):
        try:
            if now - stale.stat().st_mtime > STALE_PARTIAL_SECONDS:
                stale.unlink()
        except OSError:
            pass


def make_daily_backup(
    database: Path, directory: Path, today: date, keep: int = KEEP_DAYS
) -> Path | None:
    """Copy ``database`` to ``directory`` once per day and keep the ``keep`` newest copies.

    The source is checked first and the copy is checked before it takes its final name, so a
    damaged file never replaces a good backup. Returns the new backup, or None when today's
    already exists or the source failed its check. Raises OSError or ``sqlite3.Error`` when
    the copy cannot be written.
    """
    target = directory / backup_name(today)
    if target.exists():
        return None
    problem = check_file(database)
    if problem is not None or not database.exists():
        log.error("no backup made: %s failed its check (%s)", database, problem or "missing")
        return None
    directory.mkdir(parents=True, exist_ok=True)
    _remove_stale_partials(directory)
    # A name of this process's own: two instances backing up at once never share a file.
    partial = directory / f"{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}{PARTIAL_SUFFIX}"
    source = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
    finally:
        source.close()
    copy_problem = check_file(partial)
    if copy_problem is not None:
        partial.unlink(missing_ok=True)
        log.error("backup copy failed its check (%s); good backups kept", copy_problem)
        return None
    partial.replace(target)  # atomic: a second instance's copy may land first; both are whole
    for old in list_backups(directory)[:-keep] if keep > 0 else []:
        try:
            old.unlink()
        except OSError as error:
            log.warning("cannot remove old backup %s: %s", old, error)
    log.info("backup written to %s", target)
    return target
