"""Stores custom routines and lists them beside the built-in ones."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from glute_timer.domain import library
from glute_timer.domain.i18n import translate
from glute_timer.domain.model import Routine
from glute_timer.domain.names import duplicate_of, name_key
from glute_timer.domain.routine_file import dump_routine, parse_routine
from glute_timer.domain.validation import (
    InvalidRoutineError,
    Problem,
    duplicate_problem,
    validate_routine,
)
from glute_timer.storage.database import Database
from glute_timer.storage.models import CustomRoutineRow


@dataclass(frozen=True)
class RoutineEntry:
    """A routine and whether it ships with the app (built-ins are read-only)."""

    routine: Routine
    builtin: bool


def _row(session: Session, name: str) -> CustomRoutineRow | None:
    """The row of the routine called ``name`` (same :func:`name_key`), or None."""
    key = name_key(name)
    row = session.scalar(select(CustomRoutineRow).where(CustomRoutineRow.name_key == key))
    if row is not None:
        return row
    # A row stored under an older key rule (before NFKC and spacing folding) is still found.
    return next(
        (r for r in session.scalars(select(CustomRoutineRow)) if name_key(r.name) == key), None
    )


def _already_exists(name: str) -> Problem:
    """The "already exists" problem, worded (and translated) as the domain words it."""
    problem = duplicate_problem(name, [name])
    assert problem is not None  # a name always clashes with itself
    return problem


def _routine(row: CustomRoutineRow) -> Routine:
    return parse_routine(row.definition, "json", f"<stored {row.name}>", stored=True)


class RoutineRepository:
    """Custom routines in the database; built-ins come from ``domain.library``."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def custom_routines(self) -> list[Routine]:
        """Every custom routine, by name."""
        with self._database.session() as session:
            rows = session.scalars(select(CustomRoutineRow).order_by(CustomRoutineRow.name_key))
            return [_routine(row) for row in rows]

    def all_routines(self) -> list[RoutineEntry]:
        """Built-in routines first, then custom ones."""
        entries = [RoutineEntry(r, True) for r in library.ROUTINES]
        entries.extend(RoutineEntry(r, False) for r in self.custom_routines())
        return entries

    def find(self, name: str) -> RoutineEntry | None:
        """The routine called ``name`` (case-insensitive); built-ins win."""
        builtin = library.builtin_routine(name)
        if builtin is not None:
            return RoutineEntry(builtin, True)
        with self._database.session() as session:
            row = _row(session, name)
            return None if row is None else RoutineEntry(_routine(row), False)

    def save(self, routine: Routine, *, replace: bool = False, old_name: str | None = None) -> None:
        """Store ``routine``; an existing custom one of that name is replaced only if ``replace``.

        ``old_name`` renames: the row stored under it is updated. Built-in names are refused.
        Nothing is written unless the routine is valid.
        """
        validate_routine(routine)
        builtin = duplicate_of(routine.name, (r.name for r in library.ROUTINES))
        if builtin is not None and name_key(builtin) == name_key(routine.name):
            message = translate(
                "RoutineStore", "{routine} is a built-in routine; choose another name"
            ).format(routine=repr(routine.name))
            raise InvalidRoutineError([Problem("name", message)])
        if builtin is not None and (problem := duplicate_problem(routine.name, [builtin])):
            raise InvalidRoutineError([problem])
        definition = dump_routine(routine, "json")
        try:
            self._store(routine, definition, replace=replace, old_name=old_name)
        except IntegrityError as error:
            # Another process stored the same name between our check and our insert (the
            # name_key column is unique): the same answer as if it had been there first.
            if not replace:
                raise InvalidRoutineError([_already_exists(routine.name)]) from error
            self._store(routine, definition, replace=replace, old_name=old_name)

    def _store(
        self, routine: Routine, definition: str, *, replace: bool, old_name: str | None
    ) -> None:
        key = name_key(routine.name)
        with self._database.session() as session, session.begin():
            row = _row(session, old_name or routine.name)
            others = [r.name for r in session.scalars(select(CustomRoutineRow)) if r is not row]
            if problem := duplicate_problem(routine.name, others):
                raise InvalidRoutineError([problem])
            if row is not None and old_name is None and not replace:
                raise InvalidRoutineError([_already_exists(routine.name)])
            if row is None:
                session.add(
                    CustomRoutineRow(name=routine.name, name_key=key, definition=definition)
                )
            else:
                row.name = routine.name
                row.name_key = key
                row.definition = definition

    def delete(self, name: str) -> bool:
        """Delete the custom routine ``name``; False when there is none."""
        with self._database.session() as session, session.begin():
            row = _row(session, name)
            if row is None:
                return False
            session.delete(row)
            return True
