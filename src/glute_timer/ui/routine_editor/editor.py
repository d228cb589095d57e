"""The routine editor: create, copy, rename, delete and change custom routines, with undo.

:class:`RoutineEditor` is the coordinator: it owns the draft and its undo stack and connects
the panels, which only show values and emit what the person asked for:

- :class:`RoutineBar`: the routine picker, New / Duplicate / Delete, the built-in banner;
- :class:`RoutineFields`: the routine's name, get-ready time and description;
- :class:`ExerciseListPanel`: the exercises in order, Add / Remove / Up / Down, total time;
- :class:`ExerciseForm`: the fields of the selected exercise;
- :class:`SaveBar`: Undo, Redo, Revert, Save and their keys.

The coordinator acts on those intents with :class:`CheckedEdits` (the routine rules, then an
undo step), :class:`FieldRefusals` (a refused value explained at its field) and
:class:`RoutineShelf` (the repository, every failure told in one sentence).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from glute_timer import resources
from glute_timer.domain import library
from glute_timer.domain.i18n import translate
from glute_timer.domain.model import Exercise, Routine
from glute_timer.domain.names import copy_name, unique_name
from glute_timer.domain.validation import routine_problems
from glute_timer.formatting import duration_text as format_duration
from glute_timer.ui.routine_editor import questions
from glute_timer.ui.routine_editor.checked_edits import CheckedEdits
from glute_timer.ui.routine_editor.draft import DraftEditor, RoutineDraft
from glute_timer.ui.routine_editor.exercise_form import ExerciseEdit, ExerciseForm
from glute_timer.ui.routine_editor.exercise_list import ExerciseListPanel
from glute_timer.ui.routine_editor.model import ExerciseListModel
from glute_timer.ui.routine_editor.questions import UnsavedChoice
from glute_timer.ui.routine_editor.refusals import FieldRefusals
from glute_timer.ui.routine_editor.routine_bar import RoutineBar
from glute_timer.ui.routine_editor.routine_fields import RoutineFields
from glute_timer.ui.routine_editor.save_bar import SaveBar
from glute_timer.ui.routine_editor.shelf import RoutineShelf
from glute_timer.ui.routine_editor.shown_texts import shown_exercise, shown_routine

if TYPE_CHECKING:
    from glute_timer.storage.routine_repository import RoutineRepository

__all__ = [
    "RoutineEditor",
    "RoutineEditorDialog",
    "UnsavedChoice",
    "copy_name",
    "format_duration",
    "unique_name",
]


def _new_exercise(taken: list[str]) -> Exercise:
    """A blank exercise with a name not in ``taken`` and the generic picture."""
    ids = resources.illustration_ids()
    illustration = resources.ILLUSTRATION_FALLBACK if not ids or "generic" in ids else ids[0]
    name = unique_name(translate("RoutineEditor", "New exercise"), taken)
    return Exercise(name=name, illustration=illustration)


class RoutineEditor(QWidget):
    """Edits routines stored in a :class:`RoutineRepository`.

    Built-in routines are shown read-only, in the person's language; "Customize" stores an
    editable copy, which takes the texts as shown. New routines,
    copies, renames (through the name field) and deletions go to the repository at once;
    changes to a routine's content wait for "Save". Every change is undoable (Ctrl+Z,
    Ctrl+Shift+Z) until another routine is opened. A value that breaks the rules is refused
    where it was typed, with the same sentence a routine file would get.

    Signals:
        saved(str): a routine was stored under this name (after Save, New, Duplicate).
        deleted(str): the custom routine of this name was deleted.
        routine_opened(str): the editor now shows this routine.
        dirty_changed(bool): whether there are unsaved changes.
    """

    saved = Signal(str)
    deleted = Signal(str)
    routine_opened = Signal(str)
    dirty_changed = Signal(bool)

    def __init__(
        self,
        repository: RoutineRepository,
        routine_name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("routineEditor")
        self.setWindowTitle(translate("RoutineEditor", "Edit routines[*]"))
        self._builtin = True
        self._stored_name: str | None = None
        # The name a built-in shown is found under (English), whatever language it shows in.
        self._builtin_name = library.ROUTINES[0].name

        self.undo_stack = QUndoStack(self)
        self._draft = RoutineDraft(library.ROUTINES[0], self)
        self._edits = DraftEditor(self._draft, self.undo_stack)
        self._model = ExerciseListModel(self._draft, self)
        self._refusals = FieldRefusals()
        self._shelf = RoutineShelf(
            repository, self._refusals.show_message, self._refusals.show_problems
        )
        self._checks = CheckedEdits(self._edits, self._refusals, self._refresh_total)

        self._build()
        self._connect()

        if not self._load(routine_name or library.ROUTINES[0].name):
            self._load(library.ROUTINES[0].name)

    # ----------------------------------------------------------------- construction

    def _build(self) -> None:
        self.routine_bar = RoutineBar(self)
        self.routine_fields = RoutineFields(self)
        self.exercise_list_panel = ExerciseListPanel(self._model, self)
        self.exercise_form = ExerciseForm(self)
        self.save_bar = SaveBar(self.undo_stack, self)
        self.addActions(list(self.save_bar.shortcut_actions))
        self._expose_panel_widgets()
        # Where refused values are explained.
        self.problem_label = self._refusals.label

        middle = QHBoxLayout()
        middle.addWidget(self.exercise_list_panel, 2)
        middle.addWidget(self.exercise_form, 3)
        outer = QVBoxLayout(self)
        outer.addWidget(self.routine_bar)
        outer.addWidget(self.routine_fields)
        outer.addLayout(middle, 1)
        outer.addWidget(self.problem_label)
        outer.addWidget(self.save_bar)

        self._inputs: list[QWidget] = [*self.routine_fields.inputs, *self.exercise_form.inputs]
        self.save_bar.take_undo_keys_from(self._inputs)

    def _expose_panel_widgets(self) -> None:
        """Keep the panels' widgets reachable under the names they had on the editor."""
        bar, items, form = self.routine_bar, self.exercise_list_panel, self.exercise_form
        fields, saving = self.routine_fields, self.save_bar
        self.routine_combo = bar.routine_combo
        self.new_button = bar.new_button
        self.duplicate_button = bar.duplicate_button
        self.delete_button = bar.delete_button
        self.builtin_banner = bar.builtin_banner
        self.customize_button = bar.customize_button
        self.name_edit = fields.name_edit
        self.prep_spin = fields.prep_spin
        self.exercise_list = items.exercise_list
        self.add_menu = items.add_menu
        self.add_new_action = items.add_new_action
        self.total_label = items.total_label
        self.ex_name = form.ex_name
        self.ex_illustration = form.ex_illustration
        self.ex_preview = form.ex_preview
        self.ex_instructions = form.ex_instructions
        self.ex_mode = form.ex_mode
        self.ex_hold = form.ex_hold
        self.ex_per_side = form.ex_per_side
        self.ex_hold_left = form.ex_hold_left
        self.ex_hold_right = form.ex_hold_right
        self.ex_side_holds = form.ex_side_holds
        self.ex_reps = form.ex_reps
        self.ex_sets = form.ex_sets
        self.ex_sides = form.ex_sides
        self.ex_rest = form.ex_rest
        self.undo_button = saving.undo_button
        self.redo_button = saving.redo_button
        self.save_button = saving.save_button

    def _connect(self) -> None:
        self._draft.changed.connect(self._on_draft_changed)
        self._model.move_requested.connect(
            self._edits.move_exercise, Qt.ConnectionType.QueuedConnection
        )
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

        bar = self.routine_bar
        bar.routine_picked.connect(self._on_routine_picked)
        bar.new_requested.connect(self.new_routine)
        bar.duplicate_requested.connect(self.duplicate_routine)
        bar.delete_requested.connect(self.delete_routine)

        items = self.exercise_list_panel
        items.row_changed.connect(self._on_row_changed)
        items.new_exercise_requested.connect(self._on_new_exercise)
        items.library_exercise_requested.connect(self._on_library_exercise)
        items.remove_requested.connect(self.remove_selected_exercise)
        items.move_requested.connect(self.move_selected_exercise)

        self.exercise_form.edit_requested.connect(self._on_exercise_edit)
        self.exercise_form.field_edit_ended.connect(self._end_field_edit)

        self.save_bar.save_requested.connect(self.save)
        self.save_bar.revert_requested.connect(self.revert)

        fields = self.routine_fields
        fields.name_edited.connect(self._on_routine_name)
        fields.prep_edited.connect(self._on_prep)
        fields.description_edited.connect(self._on_description)
        fields.field_edit_ended.connect(self._end_field_edit)

    # ----------------------------------------------------------------- public API

    @property
    def routine(self) -> Routine:
        """The routine as edited so far (the last accepted values), saved or not."""
        return self._draft.routine

    @property
    def is_builtin(self) -> bool:
        """Whether the routine shown is a read-only built-in."""
        return self._builtin

    @property
    def stored_name(self) -> str | None:
        """The name the shown routine is stored under (None for a built-in)."""
        return self._stored_name

    def refresh_routines(self) -> None:
        """Catch up with changes made elsewhere (an import, a quick adjustment, the CLI).

        The routine list is read again; the routine shown is read again too unless it has
        unsaved changes (then Save will store the editor's version).
        """
        if self.has_unsaved_changes():
            self._read_other_names()
            self._fill_routine_combo()
            return
        name = self._stored_name or self._builtin_name
        if not self._load(name):
            self._load(library.ROUTINES[0].name)

    def commit_typing(self) -> None:
        """Take a number still being typed as entered (Ctrl+S does not move the focus)."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QAbstractSpinBox) and self.isAncestorOf(focused):
            focused.interpretText()

    def has_unsaved_changes(self) -> bool:
        """Whether Save would store something new."""
        return not self.undo_stack.isClean()

    def problems_text(self) -> str:
        """The problems shown to the person right now ('' when none)."""
        return self._refusals.shown_text()

    def selected_row(self) -> int:
        """The selected exercise's row, or -1."""
        return self.exercise_list_panel.selected_row()

    def select_exercise(self, row: int) -> None:
        """Select the exercise at ``row`` and show its fields."""
        self.exercise_list_panel.select_row(row)

    def open_routine(self, name: str) -> bool:
        """Show the routine ``name``, first asking about unsaved changes; False if not shown."""
        if name == self._stored_name or (
            self._builtin and name in (self._builtin_name, self.routine.name)
        ):
            return True
        if not self.maybe_leave():
            return False
        return self._load(name)

    def maybe_leave(self) -> bool:
        """True when the routine may be left: nothing unsaved, or saved or discarded on request."""
        self.commit_typing()
        if not self.has_unsaved_changes():
            return True
        choice = self.ask_unsaved_changes()
        if choice is UnsavedChoice.SAVE:
            return self.save()
        if choice is UnsavedChoice.DISCARD:
            self.revert()
            return True
        return False

    def save(self) -> bool:
        """Store the edited routine (renaming it if the name changed); False if refused."""
        if self._builtin:
            return False
        self.commit_typing()
        if not self.has_unsaved_changes():
            return True
        routine = self._draft.routine
        if problems := routine_problems(routine):
            self._refusals.show_problems(problems)
            return False
        if not self._shelf.replace(routine, old_name=self._stored_name):
            return False
        self._stored_name = routine.name
        self._read_other_names()
        self.undo_stack.setClean()
        self._fill_routine_combo()
        self._refusals.show_message("")
        self.saved.emit(routine.name)
        return True

    def revert(self) -> None:
        """Throw away unsaved changes (they cannot be redone afterwards)."""
        name = self._stored_name or self._builtin_name
        self.undo_stack.setClean()  # so _load does not ask again
        self._load(name)

    def new_routine(self) -> bool:
        """Store a new routine with one exercise and open it."""
        if not self.maybe_leave():
            return False
        taken = [routine.name for routine, _builtin in self._shelf.entries()]
        name = unique_name(translate("RoutineEditor", "New routine"), taken)
        return self._store_new(Routine(name=name, exercises=(_new_exercise([]),)))

    def duplicate_routine(self) -> bool:
        """Store a copy of the routine shown (for a built-in: an editable copy) and open it.

        A built-in's copy takes its texts as shown, in the person's language.
        """
        if not self.maybe_leave():
            return False
        taken = [routine.name for routine, _builtin in self._shelf.entries()]
        source = self._draft.routine
        copy = replace(source, name=copy_name(source.name, self._builtin, taken))
        return self._store_new(copy)

    def delete_routine(self) -> bool:
        """Delete the custom routine shown, after asking; then show the first routine."""
        if self._builtin or self._stored_name is None:
            return False
        name = self._stored_name
        if not self.confirm_delete(name):
            return False
        if not self._shelf.delete(name):
            return False
        self.undo_stack.setClean()
        self.deleted.emit(name)
        self._load(library.ROUTINES[0].name)
        return True

    def add_exercise(self, exercise: Exercise) -> None:
        """Add ``exercise`` after the selected one (or at the end) and select it."""
        if self._builtin:
            return
        row = self.selected_row()
        at = len(self.routine.exercises) if row < 0 else row + 1
        self._edits.insert_exercise(at, exercise)

    def remove_selected_exercise(self) -> None:
        """Remove the selected exercise."""
        row = self.selected_row()
        if not self._builtin and row >= 0:
            self._edits.remove_exercise(row)

    def move_selected_exercise(self, delta: int) -> None:
        """Move the selected exercise ``delta`` places (-1 up, +1 down)."""
        row = self.selected_row()
        if not self._builtin and row >= 0:
            self._edits.move_exercise(row, row + delta)

    # Hooks that ask the person; tests replace them.

    def ask_unsaved_changes(self) -> UnsavedChoice:
        """Ask whether to save, discard or stay."""
        return questions.ask_unsaved_changes(self, self.routine.name)

    def confirm_delete(self, name: str) -> bool:
        """Ask before deleting ``name``."""
        return questions.confirm_delete(self, name)

    # ----------------------------------------------------------------- loading

    def _load(self, name: str) -> bool:
        entry = self._shelf.find(name)
        if entry is None:
            return False
        self._builtin = entry.builtin
        self._stored_name = None if entry.builtin else entry.routine.name
        if entry.builtin:
            self._builtin_name = entry.routine.name
        self._read_other_names()
        self._refusals.clear()
        self._refusals.show_message("")
        self.exercise_form.forget_per_side()
        self.undo_stack.clear()
        self._model.read_only = entry.builtin
        shown = shown_routine(entry.routine) if entry.builtin else entry.routine
        self._draft.set_routine(shown, 0)
        self._fill_routine_combo()
        self._apply_read_only()
        self.routine_opened.emit(entry.routine.name)
        return True

    def _read_other_names(self) -> None:
        self._checks.other_names = self._shelf.other_names(self._stored_name)

    def _store_new(self, routine: Routine) -> bool:
        if not self._shelf.add(routine):
            return False
        self._load(routine.name)
        self.saved.emit(routine.name)
        return True

    def _fill_routine_combo(self) -> None:
        shown = self._builtin_name if self._builtin else self._stored_name
        self.routine_bar.show_routines(self._shelf.entries(), shown, self._builtin)

    def _apply_read_only(self) -> None:
        editable = not self._builtin
        self.routine_bar.show_builtin(self._builtin, self.routine.name)
        for widget in self._inputs:
            widget.setEnabled(editable)
        self.exercise_list_panel.set_editable(editable)
        self._on_clean_changed(self.undo_stack.isClean())

    # ----------------------------------------------------------------- draft -> widgets

    def _on_draft_changed(self, select: int) -> None:
        count = len(self.routine.exercises)
        row = select if select >= 0 else self.selected_row()
        row = min(max(row, 0), count - 1)
        self._refusals.clear()
        if row >= 0 and row != self.selected_row():
            self.select_exercise(row)
        self._refresh()

    def _on_row_changed(self) -> None:
        self.exercise_form.row_changed(self.selected_row())
        self._refusals.clear()
        self._refusals.show_message("")
        self._refresh()

    def _refresh(self) -> None:
        routine = self.routine
        row = self.selected_row()
        count = len(routine.exercises)
        self.routine_fields.show_routine(routine)
        self.exercise_form.show_exercise(row, routine.exercises[row] if 0 <= row < count else None)
        self._refresh_total()
        self.exercise_list_panel.update_buttons(not self._builtin, row, count)

    def _refresh_total(self, routine: Routine | None = None) -> None:
        """Show the total time of the draft, or of ``routine`` (a value being typed)."""
        self.exercise_list_panel.show_total(routine or self.routine)

    def _on_clean_changed(self, clean: bool) -> None:
        dirty = not clean
        editable = not self._builtin
        self.save_bar.show_state(editable, dirty)
        self.setWindowModified(dirty)
        self.dirty_changed.emit(dirty)

    # ----------------------------------------------------------------- intents -> draft

    def _on_routine_picked(self, name: str) -> None:
        if not self.open_routine(name):
            self._fill_routine_combo()

    def _on_new_exercise(self) -> None:
        self.add_exercise(_new_exercise([e.name for e in self.routine.exercises]))
        self.exercise_form.focus_name()

    def _on_library_exercise(self, name: str) -> None:
        exercise = library.library_exercise(name)
        if exercise is not None:
            # Added to the person's routine: its texts become theirs, as they read them.
            self.add_exercise(shown_exercise(exercise))

    def _end_field_edit(self) -> None:
        """A field lost focus or got Enter: revert a refused value, start a new undo step."""
        self._edits.merge_generation += 1
        if self._refusals.any_refused:
            message = self._refusals.message()
            self._refusals.clear()
            self._refresh()
            self._refusals.show_message(message)

    def _on_routine_name(self, text: str) -> None:
        self._checks.rename(self.name_edit, text)

    def _on_prep(self, value: int, preview: bool) -> None:
        if not self._builtin:
            self._checks.set_prep(self.prep_spin, value, preview)

    def _on_description(self, text: str) -> None:
        self._checks.set_description(text)

    def _on_exercise_edit(self, edit: ExerciseEdit) -> None:
        applied = not self._builtin and self._checks.edit_exercise(self.selected_row(), edit)
        if not applied and edit.revert_on_refusal:
            self.exercise_form.revert_choice(edit.widget)

    # ----------------------------------------------------------------- Qt events

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_leave():
            event.accept()
        else:
            event.ignore()


class RoutineEditorDialog(QDialog):
    """The editor in its own window, with a Close button that asks about unsaved changes."""

    def __init__(
        self,
        repository: RoutineRepository,
        routine_name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RoutineEditor", "Edit routines[*]"))
        self.editor = RoutineEditor(repository, routine_name, self)
        self.editor.dirty_changed.connect(self.setWindowModified)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)

    def reject(self) -> None:
        if self.editor.maybe_leave():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editor.maybe_leave():
            event.accept()
        else:
            event.ignore()
