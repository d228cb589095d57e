"""Each change the person asks for, checked against the routine rules before it is made."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QWidget

from glute_timer.domain.i18n import translate
from glute_timer.domain.model import Routine
from glute_timer.domain.validation import (
    InvalidRoutineError,
    Problem,
    check_name,
    check_unique_name,
    exercise_problems,
    routine_problems,
)
from glute_timer.ui.routine_editor.draft import DraftEditor
from glute_timer.ui.routine_editor.exercise_form import ExerciseEdit
from glute_timer.ui.routine_editor.refusals import FieldRefusals


class CheckedEdits:
    """Makes an accepted change an undo step; refuses the rest at their field.

    A refusal carries the sentence a routine file with that value would get. A value only
    being typed (a preview) is checked and its total time shown through ``show_total``;
    nothing changes until it is entered.
    """

    def __init__(
        self,
        edits: DraftEditor,
        refusals: FieldRefusals,
        show_total: Callable[[Routine], None],
    ) -> None:
        self._edits = edits
        self._refusals = refusals
        self._show_total = show_total
        self.other_names: list[str] = []
        """The names the routine may not take (every other routine's)."""

    def rename(self, widget: QWidget, text: str) -> None:
        """Rename the routine to ``text`` (typed in ``widget``) unless the name is refused."""
        message = check_name(text)
        if message is None:
            try:
                check_unique_name(text, self.other_names)
            except InvalidRoutineError as error:
                message = error.problems[0].message
        if message:
            self._refusals.refuse(widget, [Problem("name", message)])
            return
        self._refusals.accept(widget)
        self._edits.set_routine_fields(translate("CheckedEdits", "Rename routine"), name=text)

    def set_prep(self, widget: QWidget, value: int, preview: bool) -> None:
        """Set the get-ready seconds (typed in ``widget``) unless they break a rule."""
        candidate = replace(self._edits.routine, prep_seconds=value)
        problems = [p for p in routine_problems(candidate) if p.field == "prep_seconds"]
        if problems:
            self._refusals.refuse(widget, problems)
            return
        self._refusals.accept(widget)
        if preview:
            self._show_total(candidate)
            return
        self._edits.set_routine_fields(
            translate("CheckedEdits", "Change get-ready time"), prep_seconds=value
        )

    def set_description(self, text: str) -> None:
        """Set the description (any text will do)."""
        self._edits.set_routine_fields(
            translate("CheckedEdits", "Change description"), description=text
        )

    def edit_exercise(self, row: int, edit: ExerciseEdit) -> bool:
        """Apply ``edit`` to the exercise at ``row``; False if refused or there is none."""
        routine = self._edits.routine
        exercises = list(routine.exercises)
        if not 0 <= row < len(exercises):
            return False
        candidate = replace(exercises[row], **edit.changes)
        problems = exercise_problems(candidate, f"exercises[{row}].")
        if problems:
            self._refusals.refuse(edit.widget, problems)
            return False
        self._refusals.accept(edit.widget)
        if edit.preview:
            exercises[row] = candidate
            self._show_total(replace(routine, exercises=tuple(exercises)))
            return True
        self._edits.set_exercise(row, candidate, edit.undo_text(), edit.field)
        return True
