"""Start-up clean-up: sessions whose recording app is gone become ``interrupted``."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import func, select, update

from glute_timer.storage.database import Database
from glute_timer.storage.models import SessionRow, SessionStatus, StepResultRow
from glute_timer.storage.session_lock import lock_path, owner_is_alive

log = logging.getLogger(__name__)


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
    return marked
