"""Makes sure the file at the database path is a whole, current history of ours before it is
opened: builds a new one atomically, sets aside what is not ours or is damaged (byte for byte,
never deleted), salvages what can be read, repairs index-only damage in place, and keeps a
copy of a write-ahead log that SQLite would not replay in full.

Call :func:`prepare_file` with the open lock held (see ``creation.open_lock``).
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from glute_timer import APP_NAME
from glute_timer.domain.i18n import PLURAL, translate
from glute_timer.storage.creation import build_new, remove_stray_builds
from glute_timer.storage.file_inspection import (
    APPLICATION_ID,
    FileKind,
    Inspection,
    companions,
    inspect_file,
)
from glute_timer.storage.salvage import SalvageCounts, salvage_into
from glute_timer.storage.wal_check import WalFrames, has_open_connection, read_wal_frames

log = logging.getLogger(__name__)


class FileRefusedError(RuntimeError):
    """The file cannot be made usable (e.g. not ours and the folder is read-only)."""


@dataclass
class FileReport:
    """What was found and done; ``notices`` are sentences for the person."""

    kind: FileKind = FileKind.MISSING
    moved_aside: Path | None = None
    damage: str | None = None  # the technical reason, for the log and tests
    salvaged: SalvageCounts | None = None
    reindexed: bool = False
    wal_frames: WalFrames | None = None
    wal_copy: Path | None = None
    notices: list[str] = field(default_factory=list)


def aside_name(path: Path, label: str, now: datetime | None = None) -> Path:
    """A free name beside ``path`` for a file set aside: ``<stem>.<label>-<UTC stamp><suffix>``."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
    counter = 1
    while target.exists() or any(c.exists() for c in companions(target)):
        target = path.with_name(f"{path.stem}.{label}-{stamp}-{counter}{path.suffix}")
        counter += 1
    return target


def move_aside(path: Path, label: str = "damaged", now: datetime | None = None) -> Path:
    """Rename ``path`` and its ``-wal``/``-shm`` to a free name; return the new main path."""
    target = aside_name(path, label, now)
    path.rename(target)
    for source, dest in zip(companions(path), companions(target), strict=True):
        if source.exists():
            source.rename(dest)
    return target


def copy_aside(path: Path, label: str) -> Path:
    """Copy ``path`` and its ``-wal``/``-shm`` byte for byte to a free name; return it."""
    target = aside_name(path, label)
    shutil.copyfile(path, target)
    for source, dest in zip(companions(path), companions(target), strict=True):
        if source.exists():
            shutil.copyfile(source, dest)
    return target


def _remove_with_companions(path: Path) -> None:
    for item in (path, *companions(path)):
        item.unlink(missing_ok=True)


def prepare_file(path: Path, build_schema: Callable[[Path], None]) -> FileReport:
    """Leave at ``path`` either our whole history or nothing changed (see the module's text)."""
    remove_stray_builds(path)
    wal_copy = _copy_wal_of_dead_owner(path)
    inspection = inspect_file(path)
    report = FileReport(kind=inspection.kind)
    log.info("history file %s: %s", path, inspection.kind.value)
    kind = inspection.kind
    if kind is FileKind.MISSING:
        _clear_orphans(path)
        build_new(path, build_schema)
    elif kind in (FileKind.NOT_SQLITE, FileKind.FOREIGN, FileKind.UNFINISHED):
        _set_aside_and_start_anew(path, inspection, report, build_schema)
    elif kind in (FileKind.OURS, FileKind.LEGACY):
        if wal_copy is not None:
            _judge_wal(wal_copy, report)
            wal_copy = None if report.wal_copy is not None else wal_copy
        if not inspection.sound:
            _repair(path, inspection, report, build_schema)
        elif kind is FileKind.LEGACY:
            _stamp(path)
    elif kind is FileKind.NEWER:
        if wal_copy is not None:
            _remove_with_companions(wal_copy)
        raise FileRefusedError(
            translate(
                "HistoryFileGuard",
                "The history file {path} was written by a newer version of {app} (schema "
                "{schema}); this version leaves it untouched. Install the newer version to use it.",
            ).format(path=path, app=APP_NAME, schema=inspection.revision)
        )
    else:
        log.warning("could not inspect %s (%s); opening it as it is", path, inspection.problem)
    if wal_copy is not None:
        _remove_with_companions(wal_copy)
    return report


def _copy_wal_of_dead_owner(path: Path) -> Path | None:
    """Copy ``-wal`` and ``-shm`` aside before SQLite replays (and later overwrites) a log
    that nobody has open; None when there is no such log or its owner may still run."""
    wal = path.with_name(path.name + "-wal")
    try:
        if not path.exists() or not wal.exists() or wal.stat().st_size == 0:
            return None
    except OSError:
        return None
    if has_open_connection(path) is not False:
        return None
    target = aside_name(path, "journal")
    try:
        for source, dest in zip(companions(path), companions(target), strict=True):
            if source.exists():
                shutil.copyfile(source, dest)
    except OSError as error:
        log.warning("cannot copy the journal of %s aside: %s", path, error)
        _remove_with_companions(target)
        return None
    return target


def _judge_wal(copy: Path, report: FileReport) -> None:
    wal = companions(copy)[0]
    try:
        frames = read_wal_frames(wal)
    except OSError as error:
        log.warning("cannot read the journal copy %s: %s", wal, error)
        return
    report.wal_frames = frames
    if frames is None or not frames.dropped:
        return
    lost = frames.committed_transactions - frames.replayable_transactions
    log.error(
        "journal %s: %d of %d committed frames cannot be replayed (%d transactions)",
        wal,
        frames.dropped,
        frames.committed,
        lost,
    )
    report.wal_copy = wal
    # lupdate drops a plural call whose count has a trailing comma: no formatting here.
    # fmt: off
    report.notices.append(
        translate(
            "HistoryFileGuard",
            "The history's journal was damaged, so the last %n change(s) saved before the app "
            "closed could not be read back; the journal was kept as {journal}, unchanged.",
            None,
            PLURAL,
            lost
        ).format(journal=wal)
    )
    # fmt: on


def _clear_orphans(path: Path) -> None:
    # A -wal without its database would be replayed onto the new file: keep it out of the way.
    for orphan in companions(path):
        if orphan.exists():
            kept = aside_name(path, "orphan")
            orphan.rename(kept.with_name(kept.name + orphan.name[len(path.name) :]))
            log.warning("moved %s, found without its database, to %s", orphan, kept)


_LABELS = {
    FileKind.NOT_SQLITE: "damaged",
    FileKind.FOREIGN: "other-program",
    FileKind.UNFINISHED: "unfinished",
}


def _set_aside_and_start_anew(
    path: Path, inspection: Inspection, report: FileReport, build_schema: Callable[[Path], None]
) -> None:
    aside = move_aside(path, _LABELS[inspection.kind])
    report.moved_aside = aside
    report.damage = inspection.problem or inspection.kind.value
    build_new(path, build_schema)
    if inspection.kind is FileKind.FOREIGN:
        report.notices.append(
            translate(
                "HistoryFileGuard",
                "The file at {path} belonged to another program; it was moved, unchanged, to "
                "{kept_as} and a new history was started.",
            ).format(path=path, kept_as=aside)
        )
    elif inspection.kind is FileKind.UNFINISHED:
        report.notices.append(
            translate(
                "HistoryFileGuard",
                "A history file left unfinished by an interrupted first start was kept as "
                "{kept_as} and a new history was started.",
            ).format(kept_as=aside)
        )
    else:
        report.notices.append(
            translate(
                "HistoryFileGuard",
                "The history file was not a database; it was kept as {kept_as}, unchanged, and "
                "a new history was started.",
            ).format(kept_as=aside)
        )


def _repair(
    path: Path, inspection: Inspection, report: FileReport, build_schema: Callable[[Path], None]
) -> None:
    report.damage = inspection.problem or "missing " + ", ".join(inspection.missing)
    log.error("history file %s is damaged: %s", path, report.damage)
    copy: Path | None = None
    if inspection.problem is not None and not inspection.missing:
        copy = copy_aside(path, "damaged")
        if _reindex(path):
            _remove_with_companions(copy)
            if inspection.kind is FileKind.LEGACY:
                _stamp(path)
            report.reindexed = True
            report.notices.append(
                translate(
                    "HistoryFileGuard",
                    "Part of the history's index was damaged and has been rebuilt; nothing was "
                    "lost.",
                )
            )
            return
    aside = copy if copy is not None else move_aside(path, "damaged")
    report.moved_aside = aside
    counts = SalvageCounts()

    def fill(connection: sqlite3.Connection) -> None:
        nonlocal counts
        counts = salvage_into(aside, connection)

    # The salvaged file is complete before anything at the path is removed.
    build_new(path, build_schema, fill, before_replace=lambda: _remove_with_companions(path))
    report.salvaged = counts
    if not inspection.missing and counts.complete:
        # Only an index was hurt, in a way REINDEX could not mend: every row came across.
        report.notices.append(
            translate(
                "HistoryFileGuard",
                "Part of the history's index was damaged; the history was rebuilt with nothing "
                "lost, and the old file was kept as {kept_as}, unchanged.",
            ).format(kept_as=aside)
        )
        return
    report.notices.append(_salvage_notice(bool(inspection.missing), aside, counts))


def _salvage_notice(parts_missing: bool, aside: Path, counts: SalvageCounts) -> str:
    """What a salvage kept, for the person (the counts are whole noun phrases: "2 sessions")."""
    sessions_saved = counts.sessions
    routines_saved = counts.routines
    sessions = translate("HistoryFileGuard", "%n session(s)", None, PLURAL, sessions_saved)
    routines = translate("HistoryFileGuard", "%n routine(s)", None, PLURAL, routines_saved)
    if parts_missing:
        text = translate(
            "HistoryFileGuard",
            "The history file is missing part of its contents; it was kept as {kept_as}, "
            "unchanged, and {sessions} and {routines} were saved into a new history.",
        )
    else:
        text = translate(
            "HistoryFileGuard",
            "The history file cannot all be read; it was kept as {kept_as}, unchanged, and "
            "{sessions} and {routines} were saved into a new history.",
        )
    return text.format(kept_as=aside, sessions=sessions, routines=routines)


def _reindex(path: Path) -> bool:
    """Rebuild every index in place; True when the file then passes integrity_check."""
    try:
        connection = sqlite3.connect(path)
        try:
            connection.execute("PRAGMA busy_timeout=5000")
            connection.execute("REINDEX")
            connection.commit()
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as error:
        log.warning("REINDEX of %s failed: %s", path, error)
        return False
    ok = rows == [("ok",)]
    log.warning("REINDEX of %s %s", path, "repaired it" if ok else f"did not help: {rows[:3]}")
    return ok


def _stamp(path: Path) -> None:
    """Give a database this app made before application_id existed our id (nothing else)."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA busy_timeout=5000")
        connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
        connection.commit()
    log.info("stamped %s with our application id", path)
