"""The routine being edited, and the undo commands that change it.

Every edit replaces the whole (immutable) :class:`Routine` with a new one, so one command
class serves for all of them: it keeps the routine before and after, and which exercise was
selected each time, so undo also puts the selection back where the change was made.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from glute_timer.domain.i18n import translate
from glute_timer.domain.model import Exercise, Routine

# Commands with the same (non-None) merge key that follow one another become one undo step.
_MERGEABLE_ID = 7001


class RoutineDraft(QObject):
    """The routine on the editor's bench: the last accepted (valid) values.

    Signals:
        changed(int): the routine changed; the argument is the exercise row to select
            (-1 for none).
    """

    changed = Signal(int)

    def __init__(self, routine: Routine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._routine = routine

    @property
    def routine(self) -> Routine:
        return self._routine

    def set_routine(self, routine: Routine, select: int = -1) -> None:
        """Replace the routine and announce it."""
        self._routine = routine
        self.changed.emit(select)


class ReplaceRoutineCommand(QUndoCommand):
    """Swaps the draft's routine for another; undo swaps it back."""

    def __init__(
        self,
        draft: RoutineDraft,
        after: Routine,
        text: str,
        *,
        select_before: int = -1,
        select_after: int = -1,
        merge_key: tuple[Any, ...] | None = None,
    ) -> None:
        super().__init__(text)
        self.draft = draft
        self.before = draft.routine
        self.after = after
        self.select_before = select_before
        self.select_after = select_after
        self.merge_key = merge_key

    def redo(self) -> None:
        self.draft.set_routine(self.after, self.select_after)

    def undo(self) -> None:
        self.draft.set_routine(self.before, self.select_before)

    def id(self) -> int:
        return _MERGEABLE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ReplaceRoutineCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        self.select_after = other.select_after
        return True


class DraftEditor:
    """Builds the commands for each kind of edit and pushes them on ``stack``."""

    def __init__(self, draft: RoutineDraft, stack: QUndoStack) -> None:
        self.draft = draft
        self.stack = stack
        # Bumped when an edit session on a field ends, so the next edit starts a new undo step.
        self.merge_generation = 0

    @property
    def routine(self) -> Routine:
        return self.draft.routine

    def _push(self, after: Routine, text: str, select: int, merge: tuple[Any, ...] | None) -> None:
        if after == self.routine:
            return
        self.stack.push(
            ReplaceRoutineCommand(
                self.draft,
                after,
                text,
                select_before=select,
                select_after=select,
                merge_key=None if merge is None else (*merge, self.merge_generation),
            )
        )

    def set_routine_fields(self, text: str, **changes: Any) -> None:
        """Change routine-level fields (name, prep_seconds, description)."""
        field = next(iter(changes))
        self._push(replace(self.routine, **changes), text, -1, ("routine", field))

    def set_exercise(self, row: int, exercise: Exercise, text: str, field: str) -> None:
        """Replace the exercise at ``row`` (one field changed)."""
        exercises = list(self.routine.exercises)
        exercises[row] = exercise
        self._push(
            replace(self.routine, exercises=tuple(exercises)), text, row, ("exercise", row, field)
        )

    def insert_exercise(self, row: int, exercise: Exercise) -> None:
        """Insert ``exercise`` before ``row`` and select it."""
        exercises = list(self.routine.exercises)
        exercises.insert(row, exercise)
        self.stack.push(
            ReplaceRoutineCommand(
                self.draft,
                replace(self.routine, exercises=tuple(exercises)),
                translate("RoutineDraft", "Add {exercise}").format(exercise=exercise.name),
                select_before=max(min(row, len(exercises) - 2), -1),
                select_after=row,
            )
        )

    def remove_exercise(self, row: int) -> None:
        """Remove the exercise at ``row``; the next one (or the new last one) is selected."""
        exercises = list(self.routine.exercises)
        removed = exercises.pop(row)
        self.stack.push(
            ReplaceRoutineCommand(
                self.draft,
                replace(self.routine, exercises=tuple(exercises)),
                translate("RoutineDraft", "Remove {exercise}").format(exercise=removed.name),
                select_before=row,
                select_after=min(row, len(exercises) - 1),
            )
        )

    def move_exercise(self, source: int, target: int) -> bool:
        """Move the exercise at ``source`` so it ends up at index ``target``."""
        count = len(self.routine.exercises)
        if not (0 <= source < count and 0 <= target < count) or source == target:
            return False
        exercises = list(self.routine.exercises)
        moving = exercises.pop(source)
        exercises.insert(target, moving)
        self.stack.push(
            ReplaceRoutineCommand(
                self.draft,
                replace(self.routine, exercises=tuple(exercises)),
                translate("RoutineDraft", "Move {exercise}").format(exercise=moving.name),
                select_before=source,
                select_after=target,
            )
        )
        return True
