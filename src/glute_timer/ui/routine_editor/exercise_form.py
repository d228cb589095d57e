"""The exercise form: the fields of the selected exercise, which ask for each change typed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from glute_timer import resources
from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate
from glute_timer.domain.model import Exercise, HoldTime, Mode, Side, Sides
from glute_timer.ui.routine_editor.fields import (
    combo,
    connect_spin,
    seconds_spin,
    select_data,
    spin,
)
from glute_timer.ui.widgets.illustration_view import IllustrationView

# The undo history's name for each kind of change, keyed by ``ExerciseEdit.what``.
_UNDO_TEXTS: Final = {
    "exercise name": QT_TRANSLATE_NOOP("ExerciseForm", "Change exercise name"),
    "illustration": QT_TRANSLATE_NOOP("ExerciseForm", "Change illustration"),
    "instructions": QT_TRANSLATE_NOOP("ExerciseForm", "Change instructions"),
    "mode": QT_TRANSLATE_NOOP("ExerciseForm", "Change mode"),
    "hold": QT_TRANSLATE_NOOP("ExerciseForm", "Change hold"),
    "left hold": QT_TRANSLATE_NOOP("ExerciseForm", "Change left hold"),
    "right hold": QT_TRANSLATE_NOOP("ExerciseForm", "Change right hold"),
    "reps": QT_TRANSLATE_NOOP("ExerciseForm", "Change reps"),
    "seconds per rep": QT_TRANSLATE_NOOP("ExerciseForm", "Change seconds per rep"),
    "left how-to": QT_TRANSLATE_NOOP("ExerciseForm", "Change left how-to"),
    "right how-to": QT_TRANSLATE_NOOP("ExerciseForm", "Change right how-to"),
    "sets": QT_TRANSLATE_NOOP("ExerciseForm", "Change sets"),
    "sides": QT_TRANSLATE_NOOP("ExerciseForm", "Change sides"),
    "first side": QT_TRANSLATE_NOOP("ExerciseForm", "Change first side"),
    "switch time": QT_TRANSLATE_NOOP("ExerciseForm", "Change switch time"),
    "rest": QT_TRANSLATE_NOOP("ExerciseForm", "Change rest"),
}
_UNDO_OTHER: Final = QT_TRANSLATE_NOOP("ExerciseForm", "Change exercise")

# The pictures' names in the picker, keyed by illustration id (another id shows itself).
_PICTURE_NAMES: Final = {
    "generic": QT_TRANSLATE_NOOP("ExerciseForm", "generic"),
    "lunge": QT_TRANSLATE_NOOP("ExerciseForm", "lunge"),
    "side-lying-abduction": QT_TRANSLATE_NOOP("ExerciseForm", "side lying abduction"),
    "side-plank": QT_TRANSLATE_NOOP("ExerciseForm", "side plank"),
    "side-scissor-kicks": QT_TRANSLATE_NOOP("ExerciseForm", "side scissor kicks"),
    "single-leg-squat": QT_TRANSLATE_NOOP("ExerciseForm", "single leg squat"),
    "wall-push": QT_TRANSLATE_NOOP("ExerciseForm", "wall push"),
}


def picture_name(ident: str) -> str:
    """The illustration ``ident`` as the picker names it, in the person's language."""
    known = _PICTURE_NAMES.get(ident)
    return translate("ExerciseForm", known) if known else ident.replace("-", " ")


@dataclass(frozen=True)
class ExerciseEdit:
    """A change the person asked for in one field of the selected exercise.

    Attributes:
        widget: the field it was typed in (refused there if it breaks a rule).
        what: which change it is, the key of its undo text ("hold": "Change hold").
        field: which field changed; edits to the same field in a row merge into one undo step.
        changes: the exercise's new attribute values.
        preview: only being typed: check it and show the total time, change nothing.
        revert_on_refusal: a choice that, refused, goes back to the exercise's value.
    """

    widget: QWidget
    what: str
    field: str
    changes: dict[str, Any]
    preview: bool = False
    revert_on_refusal: bool = False

    def undo_text(self) -> str:
        """The change as the undo history names it, in the person's language."""
        return translate("ExerciseForm", _UNDO_TEXTS.get(self.what, _UNDO_OTHER))


class ExerciseForm(QScrollArea):
    """Shows one exercise's fields and emits an :class:`ExerciseEdit` for each change asked.

    It changes no routine itself; the editor checks each edit, then shows the result
    through :meth:`show_exercise`.

    Signals:
        edit_requested(ExerciseEdit): the person changed a field.
        field_edit_ended(): a text or number field lost the focus or got Enter.
    """

    edit_requested = Signal(object)
    field_edit_ended = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        self._row = -1
        self._exercise: Exercise | None = None
        # The row whose "different hold for each side" box was ticked while both were equal.
        self._per_side_row: int | None = None
        self._build()
        self._connect()

    def _build(self) -> None:
        self.ex_name = QLineEdit()
        self.ex_name.setAccessibleName(translate("ExerciseForm", "Exercise name"))
        self.ex_illustration = QComboBox()
        for ident in resources.illustration_ids():
            self.ex_illustration.addItem(picture_name(ident), ident)
        self.ex_preview = IllustrationView()
        self.ex_preview.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.ex_preview.setFixedSize(
            self.fontMetrics().height() * 8, self.fontMetrics().height() * 5
        )
        self.ex_instructions = QPlainTextEdit()
        self.ex_instructions.setTabChangesFocus(True)
        self.ex_instructions.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.ex_instructions.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        self.ex_mode = combo(
            [
                (translate("ExerciseForm", "Timed hold"), Mode.HOLD),
                (translate("ExerciseForm", "Repetitions"), Mode.REPS),
            ]
        )
        self.ex_hold = seconds_spin()
        self.ex_hold.setAccessibleName(translate("ExerciseForm", "Hold seconds"))
        self.ex_per_side = QCheckBox(translate("ExerciseForm", "Different hold for each side"))
        self.ex_hold_left = seconds_spin()
        self.ex_hold_left.setAccessibleName(translate("ExerciseForm", "Hold seconds, left side"))
        self.ex_hold_right = seconds_spin()
        self.ex_hold_right.setAccessibleName(translate("ExerciseForm", "Hold seconds, right side"))
        self.ex_side_holds = QWidget()
        sides_layout = QHBoxLayout(self.ex_side_holds)
        sides_layout.setContentsMargins(0, 0, 0, 0)
        sides_layout.addWidget(QLabel(translate("ExerciseForm", "Left:")))
        sides_layout.addWidget(self.ex_hold_left)
        sides_layout.addWidget(QLabel(translate("ExerciseForm", "Right:")))
        sides_layout.addWidget(self.ex_hold_right)
        sides_layout.addStretch(1)
        self.ex_reps = spin(0)
        # 0 stands for no tempo: the person presses Done, as before paced reps existed.
        self.ex_rep_seconds = seconds_spin()
        self.ex_rep_seconds.setSpecialValueText(translate("ExerciseForm", "No tempo (press Done)"))
        self.ex_rep_seconds.setAccessibleName(translate("ExerciseForm", "Seconds per rep"))
        self.ex_sets = spin(0)
        self.ex_sides = combo(
            [
                (translate("ExerciseForm", "Both sides"), Sides.BOTH),
                (translate("ExerciseForm", "Left only"), Sides.LEFT),
                (translate("ExerciseForm", "Right only"), Sides.RIGHT),
                (translate("ExerciseForm", "No sides"), Sides.NONE),
            ]
        )
        self.ex_first_side = combo(
            [
                (translate("ExerciseForm", "Left", "first side"), Side.LEFT),
                (translate("ExerciseForm", "Right", "first side"), Side.RIGHT),
            ]
        )
        self.ex_switch = seconds_spin()
        self.ex_rest = seconds_spin()
        one_line = translate("ExerciseForm", "One line; empty uses the picture's own")
        self.ex_how_left = QLineEdit()
        self.ex_how_left.setAccessibleName(translate("ExerciseForm", "How to, left working side"))
        self.ex_how_left.setPlaceholderText(one_line)
        self.ex_how_right = QLineEdit()
        self.ex_how_right.setAccessibleName(translate("ExerciseForm", "How to, right working side"))
        self.ex_how_right.setPlaceholderText(one_line)
        self.form_layout = QFormLayout()
        form = self.form_layout
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("ExerciseForm", "Na&me:"), self.ex_name)
        form.addRow(translate("ExerciseForm", "I&llustration:"), self.ex_illustration)
        form.addRow("", self.ex_preview)
        form.addRow(translate("ExerciseForm", "Ins&tructions:"), self.ex_instructions)
        form.addRow(translate("ExerciseForm", "M&ode:"), self.ex_mode)
        form.addRow(translate("ExerciseForm", "&Hold:"), self.ex_hold)
        form.addRow("", self.ex_per_side)
        form.addRow("", self.ex_side_holds)
        form.addRow(translate("ExerciseForm", "Re&ps:"), self.ex_reps)
        form.addRow(translate("ExerciseForm", "Seconds per rep:"), self.ex_rep_seconds)
        form.addRow(translate("ExerciseForm", "S&ets:"), self.ex_sets)
        form.addRow(translate("ExerciseForm", "Si&des:"), self.ex_sides)
        form.addRow(translate("ExerciseForm", "&First side:"), self.ex_first_side)
        form.addRow(translate("ExerciseForm", "S&witch time:"), self.ex_switch)
        form.addRow(translate("ExerciseForm", "Rest &between sets:"), self.ex_rest)
        form.addRow(translate("ExerciseForm", "How to, left:"), self.ex_how_left)
        form.addRow(translate("ExerciseForm", "How to, right:"), self.ex_how_right)
        self.exercise_box = QGroupBox(translate("ExerciseForm", "Exercise"))
        self.exercise_box.setLayout(form)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(self.exercise_box)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.inputs: list[QWidget] = [
            self.ex_name,
            self.ex_illustration,
            self.ex_instructions,
            self.ex_mode,
            self.ex_hold,
            self.ex_per_side,
            self.ex_hold_left,
            self.ex_hold_right,
            self.ex_reps,
            self.ex_rep_seconds,
            self.ex_sets,
            self.ex_sides,
            self.ex_first_side,
            self.ex_switch,
            self.ex_rest,
            self.ex_how_left,
            self.ex_how_right,
        ]

    def minimumSizeHint(self) -> QSize:
        # It scrolls up and down only: never narrower than its fields (large text), or
        # their right part could not be seen at all.
        hint = super().minimumSizeHint()
        inner = self.exercise_box.minimumSizeHint().width()
        bar = self.verticalScrollBar().sizeHint().width()
        margins = self.contentsMargins()
        width = inner + bar + margins.left() + margins.right()
        return QSize(max(hint.width(), width), hint.height())

    def _connect(self) -> None:
        def updating() -> bool:
            return self._updating

        self.ex_name.textEdited.connect(
            lambda text: self._request(self.ex_name, "exercise name", "name", name=text)
        )
        self.ex_illustration.activated.connect(
            lambda _i: self._request(
                self.ex_illustration,
                "illustration",
                "illustration",
                illustration=self.ex_illustration.currentData(),
            )
        )
        self.ex_instructions.textChanged.connect(
            lambda: self._request(
                self.ex_instructions,
                "instructions",
                "instructions",
                instructions=self.ex_instructions.toPlainText(),
            )
        )
        self.ex_mode.activated.connect(
            lambda _i: self._request(
                self.ex_mode, "mode", "mode", revert=True, mode=Mode(self.ex_mode.currentData())
            )
        )
        connect_spin(
            self.ex_hold,
            lambda v, p: self._request(
                self.ex_hold, "hold", "hold_seconds", p, hold=HoldTime.same(v)
            ),
            updating,
        )
        self.ex_per_side.toggled.connect(self._on_per_side_toggled)
        connect_spin(self.ex_hold_left, lambda v, p: self._on_hold_side(Side.LEFT, v, p), updating)
        connect_spin(
            self.ex_hold_right, lambda v, p: self._on_hold_side(Side.RIGHT, v, p), updating
        )
        connect_spin(
            self.ex_reps,
            lambda v, p: self._request(self.ex_reps, "reps", "reps", p, reps=v),
            updating,
        )
        connect_spin(
            self.ex_rep_seconds,
            lambda v, p: self._request(
                self.ex_rep_seconds, "seconds per rep", "rep_seconds", p, rep_seconds=v or None
            ),
            updating,
        )
        self.ex_how_left.textEdited.connect(
            lambda text: self._request(self.ex_how_left, "left how-to", "how_left", how_left=text)
        )
        self.ex_how_right.textEdited.connect(
            lambda text: self._request(
                self.ex_how_right, "right how-to", "how_right", how_right=text
            )
        )
        connect_spin(
            self.ex_sets,
            lambda v, p: self._request(self.ex_sets, "sets", "sets", p, sets=v),
            updating,
        )
        self.ex_sides.activated.connect(
            lambda _i: self._request(
                self.ex_sides,
                "sides",
                "sides",
                revert=True,
                sides=Sides(self.ex_sides.currentData()),
            )
        )
        self.ex_first_side.activated.connect(
            lambda _i: self._request(
                self.ex_first_side,
                "first side",
                "first_side",
                first_side=Side(self.ex_first_side.currentData()),
            )
        )
        connect_spin(
            self.ex_switch,
            lambda v, p: self._request(
                self.ex_switch, "switch time", "switch_seconds", p, switch_seconds=v
            ),
            updating,
        )
        connect_spin(
            self.ex_rest,
            lambda v, p: self._request(self.ex_rest, "rest", "rest_seconds", p, rest_seconds=v),
            updating,
        )
        for edit in (
            self.ex_name,
            self.ex_hold,
            self.ex_hold_left,
            self.ex_hold_right,
            self.ex_reps,
            self.ex_rep_seconds,
            self.ex_sets,
            self.ex_switch,
            self.ex_rest,
            self.ex_how_left,
            self.ex_how_right,
        ):
            edit.editingFinished.connect(self.field_edit_ended)

    # ----------------------------------------------------------------- shown by the editor

    def show_exercise(self, row: int, exercise: Exercise | None) -> None:
        """Fill the fields from ``exercise``, the one at ``row`` (None: nothing selected)."""
        self._row = row
        self._exercise = exercise
        self._updating = True
        try:
            self.exercise_box.setEnabled(exercise is not None)
            if exercise is None:
                self.exercise_box.setTitle(translate("ExerciseForm", "Exercise"))
                return
            self._fill(row, exercise)
        finally:
            self._updating = False

    def _fill(self, row: int, ex: Exercise) -> None:
        self.exercise_box.setTitle(
            translate("ExerciseForm", "Exercise {number}: {exercise}").format(
                number=row + 1, exercise=ex.name
            )
        )
        if self.ex_name.text() != ex.name:
            self.ex_name.setText(ex.name)
        select_data(self.ex_illustration, ex.illustration)
        self.ex_preview.set_illustration(resources.illustration_path(ex.illustration))
        if self.ex_instructions.toPlainText() != ex.instructions:
            self.ex_instructions.setPlainText(ex.instructions)
        select_data(self.ex_mode, ex.mode)
        self.ex_hold.setValue(ex.hold.left)
        self.ex_hold_left.setValue(ex.hold.left)
        self.ex_hold_right.setValue(ex.hold.right)
        self.ex_per_side.setChecked(ex.hold.is_per_side or self._per_side_row == row)
        self.ex_reps.setValue(ex.reps)
        self.ex_rep_seconds.setValue(ex.rep_seconds or 0)
        self.ex_sets.setValue(ex.sets)
        select_data(self.ex_sides, ex.sides)
        select_data(self.ex_first_side, ex.first_side)
        self.ex_switch.setValue(ex.switch_seconds)
        self.ex_rest.setValue(ex.rest_seconds)
        for box, text in ((self.ex_how_left, ex.how_left), (self.ex_how_right, ex.how_right)):
            if box.text() != text:
                box.setText(text)
        self._update_visibility(ex)

    def row_changed(self, row: int) -> None:
        """Another exercise is selected: a ticked per-side box belongs to the one left."""
        if row != self._per_side_row:
            self._per_side_row = None

    def forget_per_side(self) -> None:
        """Another routine is shown: no per-side box stays ticked by hand."""
        self._per_side_row = None

    def revert_choice(self, widget: QWidget) -> None:
        """Show the exercise's own value again in a choice (mode, sides) that was refused."""
        exercise = self._exercise
        if exercise is None:
            return
        self._updating = True
        try:
            if widget is self.ex_sides:
                select_data(self.ex_sides, exercise.sides)
            elif widget is self.ex_mode:
                select_data(self.ex_mode, exercise.mode)
        finally:
            self._updating = False

    def set_editable(self, editable: bool) -> None:
        """Allow changes (a built-in allows none)."""
        for widget in self.inputs:
            widget.setEnabled(editable)

    def focus_name(self) -> None:
        """Put the cursor in the name field with the name selected, ready to be typed over."""
        self.ex_name.setFocus()
        self.ex_name.selectAll()

    # ----------------------------------------------------------------- fields -> intents

    def _request(
        self,
        widget: QWidget,
        what: str,
        field: str,
        preview: bool = False,
        revert: bool = False,
        **changes: Any,
    ) -> None:
        if self._updating:
            return
        self.edit_requested.emit(
            ExerciseEdit(widget, what, field, changes, preview=preview, revert_on_refusal=revert)
        )

    def _on_hold_side(self, side: Side, value: int, preview: bool) -> None:
        exercise = self._exercise
        if exercise is None:
            return
        left, right = exercise.hold.left, exercise.hold.right
        hold = HoldTime(value, right) if side is Side.LEFT else HoldTime(left, value)
        widget = self.ex_hold_left if side is Side.LEFT else self.ex_hold_right
        self._request(
            widget, f"{side.value} hold", f"hold_seconds.{side.value}", preview, hold=hold
        )

    def _on_per_side_toggled(self, checked: bool) -> None:
        if self._updating:
            return
        exercise = self._exercise
        if exercise is None:
            return
        self._per_side_row = self._row if checked else None
        if not checked and exercise.hold.is_per_side:
            # One value for both sides again: keep the first side's time.
            seconds = exercise.hold.for_side(exercise.first_side)
            self._request(self.ex_per_side, "hold", "hold_seconds", hold=HoldTime.same(seconds))
        # The edit, if accepted, has shown the new exercise already.
        self._update_visibility(self._exercise or exercise)

    def _update_visibility(self, ex: Exercise) -> None:
        form = self.form_layout
        hold = ex.mode is Mode.HOLD
        both = ex.sides is Sides.BOTH
        per_side = hold and both and (ex.hold.is_per_side or self.ex_per_side.isChecked())
        form.setRowVisible(self.ex_hold, hold and not per_side)
        form.setRowVisible(self.ex_per_side, hold and both)
        form.setRowVisible(self.ex_side_holds, per_side)
        form.setRowVisible(self.ex_reps, not hold)
        form.setRowVisible(self.ex_rep_seconds, not hold)
        form.setRowVisible(self.ex_how_left, ex.sides in (Sides.BOTH, Sides.LEFT))
        form.setRowVisible(self.ex_how_right, ex.sides in (Sides.BOTH, Sides.RIGHT))
        form.setRowVisible(self.ex_first_side, both)
        form.setRowVisible(self.ex_switch, both)
