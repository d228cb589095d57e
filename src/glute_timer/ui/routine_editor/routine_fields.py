"""The routine's own fields: its name, the get-ready time and the description."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from glute_timer.domain.i18n import translate
from glute_timer.domain.model import Routine
from glute_timer.ui.routine_editor.fields import connect_spin, seconds_spin


class RoutineFields(QWidget):
    """Shows the routine-level values and emits each change typed; the editor checks them.

    Signals:
        name_edited(str): the name was typed.
        prep_edited(int, bool): the get-ready seconds, and whether they are only being typed.
        description_edited(str): the description was typed.
        field_edit_ended(): a field lost the focus or got Enter.
    """

    name_edited = Signal(str)
    prep_edited = Signal(int, bool)
    description_edited = Signal(str)
    field_edit_ended = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(translate("RoutineFields", "Routine name"))
        self.prep_spin = seconds_spin()
        self.prep_spin.setAccessibleName(
            translate("RoutineFields", "Get-ready time before each exercise")
        )
        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText(
            translate("RoutineFields", "Optional: what this routine is for")
        )
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("RoutineFields", "&Name:"), self.name_edit)
        form.addRow(translate("RoutineFields", "&Get ready:"), self.prep_spin)
        form.addRow(translate("RoutineFields", "Descr&iption:"), self.description_edit)
        self.inputs: list[QWidget] = [self.name_edit, self.prep_spin, self.description_edit]

        self.name_edit.textEdited.connect(self._on_name)
        connect_spin(self.prep_spin, self._on_prep, lambda: self._updating)
        self.description_edit.textEdited.connect(self._on_description)
        for edit in (self.name_edit, self.description_edit, self.prep_spin):
            edit.editingFinished.connect(self.field_edit_ended)

    def show_routine(self, routine: Routine) -> None:
        """Fill the fields from ``routine``."""
        self._updating = True
        try:
            if self.name_edit.text() != routine.name:
                self.name_edit.setText(routine.name)
            self.prep_spin.setValue(routine.prep_seconds)
            if self.description_edit.text() != routine.description:
                self.description_edit.setText(routine.description)
        finally:
            self._updating = False

    def _on_name(self, text: str) -> None:
        if not self._updating:
            self.name_edited.emit(text)

    def _on_prep(self, value: int, preview: bool) -> None:
        if not self._updating:
            self.prep_edited.emit(value, preview)

    def _on_description(self, text: str) -> None:
        if not self._updating:
            self.description_edited.emit(text)
