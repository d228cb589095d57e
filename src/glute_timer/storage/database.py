"""Opens the SQLite file: has it checked (``file_guard``), migrates it, sets pragmas."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from glute_timer.domain.i18n import translate
from glute_timer.storage.creation import open_lock
from glute_timer.storage.file_guard import FileRefusedError, FileReport, prepare_file
from glute_timer.storage.schema_version import SCHEMA_REVISION

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseError(RuntimeError):
    """The database cannot be opened or written; the message says what to do."""


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed step survives a power cut; we write a few rows a minute at most.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def create_sqlite_engine(path: Path) -> Engine:
    """A SQLAlchemy engine for ``path`` with our pragmas set on every connection."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    return engine


def check_file(path: Path) -> str | None:
    """Run ``PRAGMA quick_check`` on ``path``; None when fine, else what is wrong.

    Raises ``sqlite3.OperationalError`` when the file cannot be checked just now (locked,
    unreadable, an I/O error): that says nothing about damage.
    """
    if not path.exists():
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as error:
        return str(error)
    if rows and rows[0][0] == "ok":
        return None
    return "; ".join(str(row[0]) for row in rows[:5]) or "quick_check returned nothing"


def alembic_config() -> Config:
    """An Alembic config pointing at our migrations, with no ini file."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest migration's revision id, read from the migration scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for a database Alembic never touched."""
    with engine.connect() as connection:
        try:
            row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
        except OperationalError as error:
            if "no such table" in str(error):
                return None
            raise
    return None if row is None else str(row[0])


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade the database to ``revision`` unless it is already there.

    Alembic is imported only when there is something to do: an up-to-date database (the
    usual start-up) is recognised by its ``alembic_version`` row alone.
    """
    target = SCHEMA_REVISION if revision == "head" else revision
    current = current_revision(engine)
    if current == target:
        return
    from alembic import command

    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        log.info("database migrated from %s to %s", current, target)


@dataclass
class Database:
    """An open database: make one session per unit of work with ``session()``."""

    path: Path
    engine: Engine
    moved_aside: Path | None = None
    damage: str | None = None
    notices: list[str] = field(default_factory=list)
    file_report: FileReport | None = None

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        """A new session; use it as a context manager for one unit of work."""
        return self._sessions()

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()


def build_schema(path: Path) -> None:
    """Create our whole schema in the new, empty file ``path`` (rollback journal, no WAL)."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        migrate(engine)
    finally:
        engine.dispose()


def open_database(path: Path, *, run_migrations: bool = True) -> Database:
    """Open the history at ``path``, building, repairing or replacing it first if need be.

    One process at a time checks the file (see ``storage.file_guard``): a new history is built
    atomically; a file that is not ours is set aside untouched; a damaged one is repaired in
    place when only an index is hurt, else kept aside while its readable rows are copied into
    a new file. ``Database.notices`` says, in sentences for the person, what was done.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(
            translate(
                "HistoryDatabase", "Cannot create the data folder {folder}: {problem}."
            ).format(folder=path.parent, problem=error.strerror or error)
        ) from error
    with open_lock(path) as locked:
        report = FileReport()
        if locked:
            try:
                report = prepare_file(path, build_schema)
            except FileRefusedError as error:
                raise DatabaseError(str(error)) from error
            except (OSError, sqlite3.Error) as error:
                log.exception("could not prepare %s", path)
                reason = getattr(error, "strerror", None) or error
                raise DatabaseError(
                    translate(
                        "HistoryDatabase", "Cannot prepare the history file {path}: {problem}."
                    ).format(path=path, problem=reason)
                ) from error
        engine = create_sqlite_engine(path)
        if run_migrations:
            try:
                migrate(engine)
            except Exception as error:
                engine.dispose()
                raise DatabaseError(
                    translate(
                        "HistoryDatabase", "Cannot prepare the database {path}: {problem}"
                    ).format(path=path, problem=error)
                ) from error
    return Database(path, engine, report.moved_aside, report.damage, report.notices, report)
