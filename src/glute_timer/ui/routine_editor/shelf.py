"""The routine repository as the editor uses it: each failure logged and told in one sentence."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from glute_timer.domain import library
from glute_timer.domain.i18n import translate
from glute_timer.domain.model import Routine
from glute_timer.domain.names import name_key
from glute_timer.domain.validation import InvalidRoutineError, Problem

if TYPE_CHECKING:
    from glute_timer.storage.routine_repository import RoutineEntry, RoutineRepository

log = logging.getLogger(__name__)


class RoutineShelf:
    """Reads and writes the editor's routines; nothing it does raises.

    A failure is logged and reported: ``report(message)`` shows one sentence,
    ``report_problems(problems)`` shows the rules a routine breaks.
    """

    def __init__(
        self,
        repository: RoutineRepository,
        report: Callable[[str], None],
        report_problems: Callable[[Iterable[Problem]], None],
    ) -> None:
        self._repository = repository
        self._report = report
        self._report_problems = report_problems

    def entries(self) -> list[tuple[Routine, bool]]:
        """(routine, is built-in) for every routine; only the built-ins if the rest fail."""
        try:
            return [(e.routine, e.builtin) for e in self._repository.all_routines()]
        except Exception as error:
            log.exception("reading the stored routines failed")
            self._report(
                translate("RoutineShelf", "Your routines could not be read: {error}").format(
                    error=error
                )
            )
            return [(r, True) for r in library.ROUTINES]

    def other_names(self, stored_name: str | None) -> list[str]:
        """The names the routine stored as ``stored_name`` may not take (every other one's,
        and a built-in's name in the person's language too: it finds the built-in)."""
        own = name_key(stored_name or "")
        names: list[str] = []
        for routine, builtin in self.entries():
            if builtin:
                names.extend(dict.fromkeys((routine.name, library.shown(routine.name))))
            elif name_key(routine.name) != own:
                names.append(routine.name)
        return names

    def find(self, name: str) -> RoutineEntry | None:
        """The routine stored as ``name``; None if there is none or it cannot be read."""
        try:
            entry = self._repository.find(name)
        except Exception as error:
            log.exception("reading routine %r failed", name)
            self._report(
                translate("RoutineShelf", "“{routine}” could not be read: {error}").format(
                    routine=name, error=error
                )
            )
            return None
        if entry is None:
            log.warning("routine %r not found", name)
        return entry

    def add(self, routine: Routine) -> bool:
        """Store a new routine; False if it was refused or could not be written."""
        return self._store(routine, "storing routine %r failed", replace=False, old_name=None)

    def replace(self, routine: Routine, old_name: str | None) -> bool:
        """Store ``routine`` over the one stored as ``old_name`` (renaming it); False if not."""
        return self._store(routine, "saving routine %r failed", replace=True, old_name=old_name)

    def delete(self, name: str) -> bool:
        """Delete the custom routine ``name``; False if that failed."""
        try:
            self._repository.delete(name)
        except Exception as error:
            log.exception("deleting routine %r failed", name)
            self._report(
                translate("RoutineShelf", "The routine could not be deleted: {error}").format(
                    error=error
                )
            )
            return False
        return True

    def _store(
        self, routine: Routine, failure: str, *, replace: bool, old_name: str | None
    ) -> bool:
        try:
            if replace:
                self._repository.save(routine, replace=True, old_name=old_name)
            else:
                self._repository.save(routine)
        except InvalidRoutineError as error:
            self._report_problems(error.problems)
            return False
        except Exception as error:
            log.exception(failure, routine.name)
            self._report(
                translate("RoutineShelf", "The routine could not be saved: {error}").format(
                    error=error
                )
            )
            return False
        return True
