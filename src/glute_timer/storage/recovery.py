"""Start-up clean-up: sessions whose recording app is gone become ``interrupted``."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from sqlalchemy import func, select, update

from glute_timer.storage.database import Database
from glute_timer.storage.models import SessionRow, SessionStatus, StepResultRow
from glute_timer.storage.session_lock import lock_path, locks_dir, owner_is_alive

log = logging.getLogger(__name__)

_LOCK_GRACE = 60.0  # seconds


def mark_interrupted(database: Database, data_dir: Path) -> list[int]:
    """Mark every ``in_progress`` session whose owner process is gone as ``interrupted``.

    A session's owner holds ``<data>/locks/<token>.lock`` while it records; a lock we can
    take means the owner died (the OS frees locks of killed processes). Live sessions are
    left alone. The steps are kept; ``ended_at`` becomes the end of the last recorded step.
    Returns the ids marked.
    """
    with database.session() as session:
        candidates = session.execute(
            select(SessionRow.id, SessionRow.owner_token).where(
                SessionRow.status == SessionStatus.IN_PROGRESS.value
            )
        ).all()
    orphans = [sid for sid, token in candidates if not owner_is_alive(data_dir, token)]
    marked: list[int] = []
    for sid in orphans:
        with database.session() as session, session.begin():
            last_end = session.scalar(
                select(func.max(StepResultRow.ended_at)).where(StepResultRow.session_id == sid)
            )
            values: dict[str, object] = {
                "status": SessionStatus.INTERRUPTED.value,
                "owner_pid": None,
            }
            if last_end is not None:
                values["ended_at"] = last_end
            result = session.execute(
                update(SessionRow)
                .where(SessionRow.id == sid, SessionRow.status == SessionStatus.IN_PROGRESS.value)
                .values(**values)
            )
            if result.rowcount:  # type: ignore[attr-defined]
                marked.append(sid)
    for sid, token in candidates:
        if sid in marked and token:
            lock_path(data_dir, token).unlink(missing_ok=True)
    if marked:
        log.warning("sessions interrupted by a crash or kill: %s", marked)
    live_tokens = {token for sid, token in candidates if token and sid not in marked}
    _remove_stale_locks(data_dir, live_tokens)
    return marked


def _remove_stale_locks(data_dir: Path, live_tokens: set[str]) -> None:
    """Remove lock files no live session needs: a session whose row was never stored (a
    full disk from its start) leaves its released lock file behind. Young files are left
    alone: another app may have just created its lock and not yet taken it."""
    now = time.time()
    try:
        paths = [
            p for p in locks_dir(data_dir).glob("*.lock") if now - p.stat().st_mtime > _LOCK_GRACE
        ]
    except OSError:
        return
    for path in paths:
        if path.stem not in live_tokens and not owner_is_alive(data_dir, path.stem):
            path.unlink(missing_ok=True)
