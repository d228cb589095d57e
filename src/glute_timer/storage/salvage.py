"""Copying every row that can still be read out of a damaged history into a fresh one.

The damaged file is never opened itself: a scratch copy is, so the file set aside keeps its
bytes. Rows are read in rowid order; where a damaged page stops the scan, reading starts again
a little further on, so one bad page costs the rows on it and not the rest of the table.
"""

from __future__ import annotations

import logging
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from glute_timer.storage.file_inspection import expected_columns, scratch_copy

log = logging.getLogger(__name__)

# Parents before children, so step results find their session.
SALVAGED_TABLES = ("custom_routines", "sessions", "step_results")
_MAX_PROBES = 200_000  # rowid lookups per table past damaged pages


@dataclass
class SalvageCounts:
    """Rows copied per table; rows refused (inconsistent); scans a damaged page broke off."""

    routines: int = 0
    sessions: int = 0
    steps: int = 0
    refused: int = 0
    unreadable: int = 0

    @property
    def complete(self) -> bool:
        """Whether every row was read and copied (nothing was lost)."""
        return self.refused == 0 and self.unreadable == 0

    @property
    def rows(self) -> int:
        """Every row copied."""
        return self.routines + self.sessions + self.steps


def _readable_rows(
    connection: sqlite3.Connection, table: str, columns: list[str], counts: SalvageCounts
) -> Iterator[tuple[object, ...]]:
    names = ", ".join(f'"{c}"' for c in columns)
    # ">=" and not ">": seeking past a rowid would land on that rowid's (damaged) page first.
    scan = f'SELECT rowid, {names} FROM "{table}" WHERE rowid >= ? ORDER BY rowid'
    lookup = f'SELECT rowid FROM "{table}" WHERE rowid = ?'
    start, floor, probes = -(2**63), 0, 0
    while True:
        try:
            for row in connection.execute(scan, (start,)):
                start = int(row[0]) + 1
                yield tuple(row[1:])
            return
        except sqlite3.DatabaseError as error:
            log.warning("salvage of %s broke off before rowid %s: %s", table, start, error)
            counts.unreadable += 1
        # Look up the next rowids one by one: a lookup that works lands on a sound page, and
        # the scan goes on from there.
        probe = max(start, floor + 1, 1)
        while True:
            probes += 1
            if probes > _MAX_PROBES:
                return
            try:
                connection.execute(lookup, (probe,)).fetchall()
            except sqlite3.DatabaseError:
                probe += 1
                continue
            break
        start = floor = probe


def salvage_into(source: Path, target: sqlite3.Connection) -> SalvageCounts:
    """Copy the readable rows of ``source`` (and its ``-wal``) into ``target``, which holds our
    schema and no rows; commits. Tables or columns missing in ``source`` are simply skipped."""
    counts = SalvageCounts()
    with tempfile.TemporaryDirectory(prefix="glute-timer-salvage-") as scratch:
        try:
            copy = scratch_copy(source, Path(scratch))
            connection = sqlite3.connect(copy)
        except (OSError, sqlite3.Error) as error:
            log.error("cannot read %s to salvage it: %s", source, error)
            return counts
        try:
            for table in SALVAGED_TABLES:
                copied, refused = _copy_table(connection, target, table, counts)
                counts.refused += refused
                if table == "custom_routines":
                    counts.routines = copied
                elif table == "sessions":
                    counts.sessions = copied
                else:
                    counts.steps = copied
        finally:
            connection.close()
    target.commit()
    log.warning("salvaged from %s: %s", source, counts)
    return counts


def _copy_table(
    source: sqlite3.Connection, target: sqlite3.Connection, table: str, counts: SalvageCounts
) -> tuple[int, int]:
    try:
        present = {str(row[1]) for row in source.execute(f'PRAGMA table_info("{table}")')}
    except sqlite3.DatabaseError as error:
        log.warning("cannot read the columns of %s: %s", table, error)
        counts.unreadable += 1
        return 0, 0
    columns = sorted(present & expected_columns()[table])
    if not columns:
        return 0, 0
    insert = (
        f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({", ".join("?" * len(columns))})'
    )
    copied = refused = 0
    for row in _readable_rows(source, table, columns, counts):
        try:
            target.execute(insert, row)
        except sqlite3.Error as error:
            # A row that breaks a rule (a step whose session was lost, a missing value).
            log.info("salvage refused a row of %s: %s", table, error)
            refused += 1
            continue
        copied += 1
    return copied, refused
