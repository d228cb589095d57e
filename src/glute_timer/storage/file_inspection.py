"""Looking at the file at the database path without changing a byte of it: whose is it, is it
whole, does it hold the tables and columns our models expect.

A file whose header carries our ``application_id`` is opened read-only. Any other file is
read through a scratch copy (main file and ``-wal``), because even a read-only SQLite
connection may create or rewrite the ``-shm`` beside a file that is not ours.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from glute_timer.storage.schema_version import (
    REVISION_TABLES,
    SCHEMA_REVISION,
    columns_added_after,
)

# "GlTm": the value of PRAGMA application_id in every history file this app makes.
APPLICATION_ID = 0x476C546D
SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100
_APPLICATION_ID_OFFSET = 68
ALEMBIC_TABLE = "alembic_version"


class FileKind(Enum):
    """What was found at the database path."""

    MISSING = "missing"  # nothing there, or an empty file: a new history is built
    NOT_SQLITE = "not_sqlite"  # some other file, or garbage
    FOREIGN = "foreign"  # another program's SQLite file
    UNFINISHED = "unfinished"  # ours, from a first start cut short before the atomic build
    OURS = "ours"  # carries our application_id
    LEGACY = "legacy"  # ours from before application_id: our tables and a known revision
    NEWER = "newer"  # ours, at a schema revision a newer version of the app wrote
    UNREADABLE = "unreadable"  # cannot be read just now (locked, I/O): nothing is decided


@dataclass
class Inspection:
    """The verdict on one file, with what was read to reach it."""

    kind: FileKind
    revision: str | None = None
    tables: dict[str, set[str]] = field(default_factory=dict)
    problem: str | None = None  # quick_check's complaint, or why the file cannot be read
    missing: list[str] = field(default_factory=list)  # expected tables/columns not there

    @property
    def sound(self) -> bool:
        """Whether the file passed quick_check and has every table and column it should."""
        return self.problem is None and not self.missing


def companions(path: Path) -> list[Path]:
    """The ``-wal``, ``-shm`` and (rollback) ``-journal`` files that belong with ``path``.

    The ``-wal`` comes first."""
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def expected_columns() -> dict[str, set[str]]:
    """Every table our models map, with its columns."""
    from glute_timer.storage.models import Base

    return {name: {c.name for c in table.columns} for name, table in Base.metadata.tables.items()}


def read_header(path: Path) -> bytes:
    """The first 100 bytes of ``path`` (fewer for a short file)."""
    with path.open("rb") as handle:
        return handle.read(_HEADER_SIZE)


def header_application_id(header: bytes) -> int:
    """The application id written in a database header (0 when short or unset)."""
    if len(header) < _APPLICATION_ID_OFFSET + 4:
        return 0
    return int.from_bytes(header[_APPLICATION_ID_OFFSET : _APPLICATION_ID_OFFSET + 4], "big")


def carries_our_id(path: Path) -> bool:
    """Whether the header of ``path`` holds our application id (reads 100 bytes, no SQLite)."""
    try:
        return header_application_id(read_header(path)) == APPLICATION_ID
    except OSError:
        return False


def _read_schema(connection: sqlite3.Connection) -> tuple[dict[str, set[str]], str | None, int]:
    names = [
        str(row[0])
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    tables = {
        name: {str(row[1]) for row in connection.execute(f'PRAGMA table_info("{name}")')}
        for name in names
    }
    revision: str | None = None
    if ALEMBIC_TABLE in tables:
        rows = connection.execute(f"SELECT version_num FROM {ALEMBIC_TABLE}").fetchall()
        revision = str(rows[0][0]) if len(rows) == 1 else None
    app_id = int(connection.execute("PRAGMA application_id").fetchone()[0])
    return tables, revision, app_id


def _quick_check(connection: sqlite3.Connection) -> str | None:
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as error:
        return str(error)
    if rows and rows[0][0] == "ok":
        return None
    return "; ".join(str(row[0]) for row in rows[:5]) or "quick_check returned nothing"


def missing_parts(tables: dict[str, set[str]], revision: str | None) -> list[str]:
    """Expected tables and columns (for ``revision``) that ``tables`` lacks, as readable names."""
    expected = expected_columns()
    wanted = REVISION_TABLES.get(revision or "", REVISION_TABLES[SCHEMA_REVISION])
    not_yet = columns_added_after(revision or SCHEMA_REVISION)
    missing: list[str] = []
    for table in sorted(wanted):
        if table not in tables:
            missing.append(f"table {table}")
            continue
        columns = expected[table] - not_yet.get(table, frozenset())
        missing.extend(f"column {table}.{c}" for c in sorted(columns - tables[table]))
    return missing


def _other_columns(tables: dict[str, set[str]]) -> bool:
    """Whether a table with one of our names has columns of its own (another program's)."""
    expected = expected_columns()
    return any(columns - expected.get(name, {"version_num"}) for name, columns in tables.items())


def _judge(
    tables: dict[str, set[str]], revision: str | None, app_id: int, problem: str | None
) -> Inspection:
    ours = set(expected_columns()) | {ALEMBIC_TABLE}
    if app_id == APPLICATION_ID:
        kind = FileKind.OURS
    elif app_id != 0 or not set(tables) <= ours or _other_columns(tables):
        return Inspection(FileKind.FOREIGN, revision, tables, problem)
    elif revision in REVISION_TABLES and REVISION_TABLES[revision] <= set(tables):
        kind = FileKind.LEGACY
    else:
        kind = FileKind.UNFINISHED
    missing = [] if kind is FileKind.UNFINISHED else missing_parts(tables, revision)
    if kind is FileKind.OURS and revision is None:
        missing.append("schema revision")
    elif kind is FileKind.OURS and revision not in REVISION_TABLES:
        # Written by a newer version of the app: not damage, and not ours to change.
        return Inspection(FileKind.NEWER, revision, tables, problem)
    return Inspection(kind, revision, tables, problem, missing)


def _inspect_connection(connection: sqlite3.Connection) -> Inspection:
    try:
        tables, revision, app_id = _read_schema(connection)
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as error:
        return Inspection(FileKind.OURS, problem=str(error), missing=["a readable schema"])
    return _judge(tables, revision, app_id, _quick_check(connection))


def inspect_file(path: Path) -> Inspection:
    """Decide what the file at ``path`` is, reading only (see the module's text)."""
    try:
        if not path.exists() or path.stat().st_size == 0:
            return Inspection(FileKind.MISSING)
        header = read_header(path)
    except OSError as error:
        return Inspection(FileKind.UNREADABLE, problem=str(error))
    if not header.startswith(SQLITE_MAGIC):
        return Inspection(FileKind.NOT_SQLITE, problem="not a SQLite database")
    try:
        if header_application_id(header) == APPLICATION_ID:
            connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                connection.execute("PRAGMA busy_timeout=5000")
                return _inspect_connection(connection)
            finally:
                connection.close()
        return inspect_copy(path)
    except sqlite3.OperationalError as error:
        return Inspection(FileKind.UNREADABLE, problem=str(error))
    except OSError as error:
        return Inspection(FileKind.UNREADABLE, problem=str(error))


def inspect_copy(path: Path) -> Inspection:
    """Inspect a scratch copy of ``path`` and its ``-wal``, leaving the original untouched."""
    with tempfile.TemporaryDirectory(prefix="glute-timer-inspect-") as scratch:
        copy = scratch_copy(path, Path(scratch))
        try:
            connection = sqlite3.connect(copy)
        except sqlite3.DatabaseError as error:
            return Inspection(FileKind.NOT_SQLITE, problem=str(error))
        try:
            inspection = _inspect_connection(connection)
        except sqlite3.OperationalError as error:
            # A copy nobody else holds cannot be locked: the file itself cannot be read.
            return Inspection(FileKind.NOT_SQLITE, problem=str(error))
        finally:
            connection.close()
        if inspection.kind is FileKind.OURS and inspection.problem is not None:
            inspection.kind = FileKind.FOREIGN if not inspection.tables else inspection.kind
        return inspection


def scratch_copy(path: Path, folder: Path) -> Path:
    """Copy ``path`` and its ``-wal`` or ``-journal`` (not the ``-shm``, which SQLite
    rebuilds) into ``folder``."""
    copy = folder / path.name
    shutil.copyfile(path, copy)
    for suffix in ("-wal", "-journal"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            shutil.copyfile(extra, folder / (path.name + suffix))
    return copy
