"""Opens the history at start-up: check, repair, migrate, recover, back up."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from glute_timer.domain.i18n import PLURAL, translate
from glute_timer.paths import database_path
from glute_timer.storage.backup import backup_dir, make_daily_backup
from glute_timer.storage.database import Database, open_database
from glute_timer.storage.history_repository import HistoryRepository
from glute_timer.storage.models import utc_now
from glute_timer.storage.recovery import mark_interrupted

log = logging.getLogger(__name__)


@dataclass
class HistoryStartup:
    """What start-up found and did; ``messages`` are sentences to show the person."""

    database: Database
    moved_aside: Path | None = None
    interrupted: list[int] = field(default_factory=list)
    backup: Path | None = None
    messages: list[str] = field(default_factory=list)
    backup_thread: threading.Thread | None = None

    def wait_for_backup(self, timeout: float | None = None) -> None:
        """Wait for a background backup (see ``open_history(background_backup=True)``)."""
        if self.backup_thread is not None:
            self.backup_thread.join(timeout)


def open_history(
    data_dir: Path,
    *,
    today: date | None = None,
    now: Callable[[], datetime] = utc_now,
    make_backup: bool = True,
    background_backup: bool = False,
    on_late_message: Callable[[], None] | None = None,
) -> HistoryStartup:
    """Open the database for the app and tidy it; raises ``DatabaseError`` only when it cannot
    be opened at all (the message says why and what to do).

    Order: the file checked (one not ours, or damaged, is set aside; see ``file_guard``),
    migrations, sessions of dead apps
    marked interrupted, deleted sessions purged, then a daily backup (only of a file that
    passed its check). With ``background_backup`` the copy (about 0.1 s for ten years of
    history) runs on a thread of its own; ``backup`` is set and problems are logged when it
    ends, and a problem added to ``messages`` then is announced by calling ``on_late_message``
    (on that thread).
    """
    database = open_database(database_path(data_dir))
    report = HistoryStartup(database, moved_aside=database.moved_aside)
    report.messages.extend(database.notices)
    try:
        report.interrupted = mark_interrupted(database, data_dir)
        if report.interrupted:
            report.messages.append(interrupted_notice(database, report.interrupted))
    except Exception as error:
        log.exception("could not mark interrupted sessions")
        report.messages.append(
            translate(
                "HistoryStartup", "Unfinished sessions could not be checked: {problem}."
            ).format(problem=error)
        )
    try:
        # Undo lives only as long as the window; a day's grace covers a second open window.
        HistoryRepository(database).purge_deleted(older_than=now() - timedelta(days=1))
    except Exception:
        log.exception("could not purge deleted sessions")
    if make_backup and database.moved_aside is None:
        day = today or now().astimezone().date()
        if background_backup:
            report.backup_thread = threading.Thread(
                target=_backup,
                args=(report, data_dir, day, on_late_message),
                name="history-backup",
                daemon=True,
            )
            report.backup_thread.start()
        else:
            _backup(report, data_dir, day)
    return report


def interrupted_notice(database: Database, session_ids: list[int]) -> str:
    """The sentence about workouts cut short, counting the steps the history really holds."""
    from sqlalchemy import func, select

    from glute_timer.storage.models import StepResultRow

    with database.session() as session:
        kept = session.scalar(select(func.count()).where(StepResultRow.session_id.in_(session_ids)))
    steps = int(kept or 0)
    count = len(session_ids)
    # Two clauses, each a whole one with its own count, so that neither count is glued in.
    if count == 1:
        cut_short = translate(
            "HistoryStartup", "A workout was cut short when the app closed unexpectedly"
        )
    else:
        # lupdate drops a plural call whose count has a trailing comma: no formatting here.
        # fmt: off
        cut_short = translate(
            "HistoryStartup",
            "%n workouts were cut short when the app closed unexpectedly",
            None,
            PLURAL,
            count
        )
        # fmt: on
    if steps == 0:
        kept_steps = translate(
            "HistoryStartup", "no finished step was kept in the history, marked interrupted"
        )
    elif steps == 1:
        kept_steps = translate(
            "HistoryStartup", "1 finished step is kept in the history, marked interrupted"
        )
    else:
        # lupdate drops a plural call whose count has a trailing comma: no formatting here.
        # fmt: off
        kept_steps = translate(
            "HistoryStartup",
            "%n finished steps are kept in the history, marked interrupted",
            None,
            PLURAL,
            steps
        )
        # fmt: on
    return translate("HistoryStartup", "{what_was_cut_short}; {what_is_kept}.").format(
        what_was_cut_short=cut_short, what_is_kept=kept_steps
    )


def _backup(
    report: HistoryStartup,
    data_dir: Path,
    day: date,
    on_late_message: Callable[[], None] | None = None,
) -> None:
    try:
        report.backup = make_daily_backup(report.database.path, backup_dir(data_dir), day)
    except (OSError, sqlite3.Error) as error:
        log.error("backup failed: %s", error)
        report.messages.append(
            translate(
                "HistoryStartup",
                "Today's backup of the history could not be written to {folder}: {problem}.",
            ).format(folder=backup_dir(data_dir), problem=error)
        )
        if on_late_message is not None:
            try:
                on_late_message()
            except Exception:
                log.exception("could not announce the failed backup")
