"""The routine editor: create, copy, rename, delete and change custom routines, with undo."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from glute_timer import resources
from glute_timer.domain import library
from glute_timer.domain.model import Exercise, HoldTime, Mode, Routine, Side, Sides
from glute_timer.domain.names import copy_name, unique_name
from glute_timer.domain.plan import compile_plan
from glute_timer.domain.validation import (
    InvalidRoutineError,
    Problem,
    check_name,
    check_unique_name,
    exercise_problems,
    routine_problems,
)
from glute_timer.formatting import duration_text as format_duration
from glute_timer.ui.routine_editor.draft import DraftEditor, RoutineDraft
from glute_timer.ui.routine_editor.model import ExerciseListModel
from glute_timer.ui.widgets.illustration_view import IllustrationView

if TYPE_CHECKING:
    from glute_timer.storage.routine_repository import RoutineRepository

log = logging.getLogger(__name__)

__all__ = [
    "RoutineEditor",
    "RoutineEditorDialog",
    "UnsavedChoice",
    "copy_name",
    "format_duration",
    "unique_name",
]

# Spin boxes accept more than the limits so that a value out of range reaches validation and
# is refused with the same sentence a routine file would get, instead of silently clamping.
_SPIN_MAX = 99_999
# A refused field is tinted through its palette, not a style sheet: style sheets stop the
# font (text size setting) from reaching the widgets under them.
_INVALID_BASE = QColor("#ffd7d7")
_INVALID_TEXT = QColor("#8e0000")
_PROBLEM_TEXT = QColor("#c62828")


class UnsavedChoice(StrEnum):
    """What to do with unsaved changes when leaving a routine."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def _spin(minimum: int = 0, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(minimum, _SPIN_MAX)
    spin.setSuffix(suffix)
    spin.setAccelerated(True)
    return spin


def _combo(items: Iterable[tuple[str, Any]]) -> QComboBox:
    combo = QComboBox()
    for text, value in items:
        combo.addItem(text, value)
    return combo


def _select_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index < 0:
        combo.addItem(str(value), value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


class RoutineEditor(QWidget):
    """Edits routines stored in a :class:`RoutineRepository`.

    Built-in routines are shown read-only; "Customize" stores an editable copy. New routines,
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
        self.setWindowTitle("Edit routines[*]")
        self._repository = repository
        self._builtin = True
        self._stored_name: str | None = None
        self._other_names: list[str] = []
        self._updating = False
        self._invalid: dict[QWidget, str] = {}
        # The row whose "different hold for each side" box was ticked while both were equal.
        self._per_side_row: int | None = None

        self.undo_stack = QUndoStack(self)
        self._draft = RoutineDraft(library.ROUTINES[0], self)
        self._edits = DraftEditor(self._draft, self.undo_stack)
        self._model = ExerciseListModel(self._draft, self)

        self._build()
        self._connect()

        if not self._load(routine_name or library.ROUTINES[0].name):
            self._load(library.ROUTINES[0].name)

    # ----------------------------------------------------------------- construction

    def _build(self) -> None:
        # Routine picker and the actions on whole routines.
        self.routine_combo = QComboBox()
        self.routine_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.routine_combo.setMinimumContentsLength(16)
        self.routine_combo.setAccessibleName("Routine to edit")
        self.new_button = QPushButton("New")
        self.new_button.setToolTip("Create a new routine with one exercise")
        self.duplicate_button = QPushButton("Duplicate")
        self.duplicate_button.setToolTip("Store a copy of this routine that you can change")
        self.delete_button = QPushButton("Delete")
        top = QHBoxLayout()
        label = QLabel("&Routine:")
        label.setBuddy(self.routine_combo)
        top.addWidget(label)
        top.addWidget(self.routine_combo, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.duplicate_button)
        top.addWidget(self.delete_button)

        # Shown for built-ins, which cannot be changed in place.
        self.builtin_banner = QFrame()
        self.builtin_banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner = QHBoxLayout(self.builtin_banner)
        self.builtin_label = QLabel()
        self.builtin_label.setWordWrap(True)
        self.customize_button = QPushButton("Customize")
        self.customize_button.setToolTip("Store an editable copy of this built-in routine")
        banner.addWidget(self.builtin_label, 1)
        banner.addWidget(self.customize_button)

        # Routine-level fields.
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName("Routine name")
        self.prep_spin = _spin(0, " s")
        self.prep_spin.setAccessibleName("Get-ready time before each exercise")
        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText("Optional: what this routine is for")
        routine_form = QFormLayout()
        routine_form.addRow("&Name:", self.name_edit)
        routine_form.addRow("&Get ready:", self.prep_spin)
        routine_form.addRow("Descr&iption:", self.description_edit)

        # Exercise list with its buttons.
        self.exercise_list = QListView()
        self.exercise_list.setModel(self._model)
        self.exercise_list.setAccessibleName("Exercises, in order")
        self.exercise_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.exercise_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.exercise_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.exercise_list.setDropIndicatorShown(True)
        self.exercise_list.setAlternatingRowColors(True)
        self.exercise_list.setToolTip("Drag to reorder, or use Ctrl+Up and Ctrl+Down")
        self.add_menu = QMenu(self)
        for exercise in library.EXERCISES:
            action = self.add_menu.addAction(exercise.name)
            action.setData(exercise.name)
        self.add_menu.addSeparator()
        self.add_new_action = self.add_menu.addAction("New exercise…")
        self.add_button = QToolButton()
        self.add_button.setText("Add")
        self.add_button.setToolTip("Add an exercise from the library, or a new one")
        self.add_button.setMenu(self.add_menu)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.remove_button = QToolButton()
        self.remove_button.setText("Remove")
        self.remove_button.setToolTip("Remove the exercise (Delete); Undo brings it back")
        self.up_button = QToolButton()
        self.up_button.setText("Up")
        self.up_button.setToolTip("Move the exercise up (Ctrl+Up)")
        self.down_button = QToolButton()
        self.down_button.setText("Down")
        self.down_button.setToolTip("Move the exercise down (Ctrl+Down)")
        list_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            list_buttons.addWidget(button)
        list_buttons.addStretch(1)
        self.total_label = QLabel()
        self.total_label.setObjectName("totalTime")
        self.total_label.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(QLabel("Exercises (drag to reorder):"))
        left.addWidget(self.exercise_list, 1)
        left.addLayout(list_buttons)
        left.addWidget(self.total_label)

        # The selected exercise's fields.
        self.ex_name = QLineEdit()
        self.ex_name.setAccessibleName("Exercise name")
        self.ex_illustration = QComboBox()
        for ident in resources.illustration_ids():
            self.ex_illustration.addItem(ident.replace("-", " "), ident)
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
        self.ex_mode = _combo([("Timed hold", Mode.HOLD), ("Repetitions", Mode.REPS)])
        self.ex_hold = _spin(0, " s")
        self.ex_hold.setAccessibleName("Hold seconds")
        self.ex_per_side = QCheckBox("Different hold for each side")
        self.ex_hold_left = _spin(0, " s")
        self.ex_hold_left.setAccessibleName("Hold seconds, left side")
        self.ex_hold_right = _spin(0, " s")
        self.ex_hold_right.setAccessibleName("Hold seconds, right side")
        sides_row = QWidget()
        sides_layout = QHBoxLayout(sides_row)
        sides_layout.setContentsMargins(0, 0, 0, 0)
        sides_layout.addWidget(QLabel("Left:"))
        sides_layout.addWidget(self.ex_hold_left)
        sides_layout.addWidget(QLabel("Right:"))
        sides_layout.addWidget(self.ex_hold_right)
        sides_layout.addStretch(1)
        self.ex_side_holds = sides_row
        self.ex_reps = _spin(0)
        self.ex_sets = _spin(0)
        self.ex_sides = _combo(
            [
                ("Both sides", Sides.BOTH),
                ("Left only", Sides.LEFT),
                ("Right only", Sides.RIGHT),
                ("No sides", Sides.NONE),
            ]
        )
        self.ex_first_side = _combo([("Left", Side.LEFT), ("Right", Side.RIGHT)])
        self.ex_switch = _spin(0, " s")
        self.ex_rest = _spin(0, " s")
        self.exercise_form = QFormLayout()
        form = self.exercise_form
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("Na&me:", self.ex_name)
        form.addRow("I&llustration:", self.ex_illustration)
        form.addRow("", self.ex_preview)
        form.addRow("Ins&tructions:", self.ex_instructions)
        form.addRow("M&ode:", self.ex_mode)
        form.addRow("&Hold:", self.ex_hold)
        form.addRow("", self.ex_per_side)
        form.addRow("", self.ex_side_holds)
        form.addRow("Re&ps:", self.ex_reps)
        form.addRow("S&ets:", self.ex_sets)
        form.addRow("Si&des:", self.ex_sides)
        form.addRow("&First side:", self.ex_first_side)
        form.addRow("S&witch time:", self.ex_switch)
        form.addRow("Rest &between sets:", self.ex_rest)
        self.exercise_box = QGroupBox("Exercise")
        self.exercise_box.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.exercise_box)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.exercise_scroll = scroll

        # Where refused values are explained.
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problems")
        self.problem_label.setWordWrap(True)
        bold = QFont()
        bold.setBold(True)
        self.problem_label.setFont(bold)
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.WindowText, _PROBLEM_TEXT)
        self.problem_label.setPalette(palette)
        self.problem_label.setAccessibleName("Problems")
        self.problem_label.hide()

        # Undo, redo, save.
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        # Short captions: the actions' text names the change, which can be a long exercise name.
        self.undo_button = QPushButton("Undo")
        self.undo_button.setToolTip("Undo the last change (Ctrl+Z)")
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.redo_button = QPushButton("Redo")
        self.redo_button.setToolTip("Redo the change undone last (Ctrl+Shift+Z)")
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        for push in (self.undo_button, self.redo_button):
            push.setAutoDefault(False)
            push.setEnabled(False)
        self.revert_button = QPushButton("Revert")
        self.revert_button.setToolTip("Throw away the changes since the last save")
        self.save_button = QPushButton("&Save")
        # Enter commits a typed number; it must not also press Save (or Close in a dialog).
        for push in (
            self.new_button,
            self.duplicate_button,
            self.delete_button,
            self.customize_button,
            self.revert_button,
            self.save_button,
        ):
            push.setAutoDefault(False)
        self.save_action = QAction("Save", self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.save_action)
        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.redo_button)
        bottom.addStretch(1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)

        middle = QHBoxLayout()
        middle.addLayout(left, 2)
        middle.addWidget(scroll, 3)

        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.builtin_banner)
        outer.addLayout(routine_form)
        outer.addLayout(middle, 1)
        outer.addWidget(self.problem_label)
        outer.addLayout(bottom)

        self._move_up_shortcut = QShortcut(QKeySequence("Ctrl+Up"), self.exercise_list)
        self._move_up_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._move_down_shortcut = QShortcut(QKeySequence("Ctrl+Down"), self.exercise_list)
        self._move_down_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._remove_shortcut = QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete), self.exercise_list
        )
        self._remove_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

        self._inputs: list[QWidget] = [
            self.name_edit,
            self.prep_spin,
            self.description_edit,
            self.ex_name,
            self.ex_illustration,
            self.ex_instructions,
            self.ex_mode,
            self.ex_hold,
            self.ex_per_side,
            self.ex_hold_left,
            self.ex_hold_right,
            self.ex_reps,
            self.ex_sets,
            self.ex_sides,
            self.ex_first_side,
            self.ex_switch,
            self.ex_rest,
        ]
        # Text fields have their own undo; the editor's undo must win so there is one history.
        for widget in self._inputs:
            widget.installEventFilter(self)
            for child in widget.findChildren(QWidget):
                child.installEventFilter(self)

    def _connect(self) -> None:
        self._draft.changed.connect(self._on_draft_changed)
        self._model.move_requested.connect(
            self._edits.move_exercise, Qt.ConnectionType.QueuedConnection
        )
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.exercise_list.selectionModel().currentRowChanged.connect(self._on_row_changed)

        self.routine_combo.activated.connect(self._on_routine_picked)
        self.new_button.clicked.connect(self.new_routine)
        self.duplicate_button.clicked.connect(self.duplicate_routine)
        self.customize_button.clicked.connect(self.duplicate_routine)
        self.delete_button.clicked.connect(self.delete_routine)
        self.add_menu.triggered.connect(self._on_add_triggered)
        self.remove_button.clicked.connect(self.remove_selected_exercise)
        self.up_button.clicked.connect(lambda: self.move_selected_exercise(-1))
        self.down_button.clicked.connect(lambda: self.move_selected_exercise(1))
        self._move_up_shortcut.activated.connect(lambda: self.move_selected_exercise(-1))
        self._move_down_shortcut.activated.connect(lambda: self.move_selected_exercise(1))
        self._remove_shortcut.activated.connect(self.remove_selected_exercise)
        self.save_button.clicked.connect(self.save)
        self.save_action.triggered.connect(self.save)
        self.revert_button.clicked.connect(self.revert)

        self.name_edit.textEdited.connect(self._on_routine_name)
        self._connect_spin(self.prep_spin, self._on_prep)
        self.description_edit.textEdited.connect(self._on_description)
        self.ex_name.textEdited.connect(self._on_exercise_name)
        self.ex_illustration.activated.connect(self._on_illustration)
        self.ex_instructions.textChanged.connect(self._on_instructions)
        self.ex_mode.activated.connect(self._on_mode)
        self._connect_spin(self.ex_hold, self._on_hold_same)
        self.ex_per_side.toggled.connect(self._on_per_side_toggled)
        self._connect_spin(self.ex_hold_left, lambda v, p: self._on_hold_side(Side.LEFT, v, p))
        self._connect_spin(self.ex_hold_right, lambda v, p: self._on_hold_side(Side.RIGHT, v, p))
        self._connect_spin(
            self.ex_reps, lambda v, p: self._edit_exercise(self.ex_reps, "reps", "reps", p, reps=v)
        )
        self._connect_spin(
            self.ex_sets, lambda v, p: self._edit_exercise(self.ex_sets, "sets", "sets", p, sets=v)
        )
        self.ex_sides.activated.connect(self._on_sides)
        self.ex_first_side.activated.connect(
            lambda _i: self._edit_exercise(
                self.ex_first_side,
                "first side",
                "first_side",
                first_side=Side(self.ex_first_side.currentData()),
            )
        )
        self._connect_spin(
            self.ex_switch,
            lambda v, p: self._edit_exercise(
                self.ex_switch, "switch time", "switch_seconds", p, switch_seconds=v
            ),
        )
        self._connect_spin(
            self.ex_rest,
            lambda v, p: self._edit_exercise(
                self.ex_rest, "rest", "rest_seconds", p, rest_seconds=v
            ),
        )
        for widget in (
            self.name_edit,
            self.description_edit,
            self.ex_name,
            self.prep_spin,
            self.ex_hold,
            self.ex_hold_left,
            self.ex_hold_right,
            self.ex_reps,
            self.ex_sets,
            self.ex_switch,
            self.ex_rest,
        ):
            widget.editingFinished.connect(self._end_field_edit)

    def _connect_spin(self, spin: QSpinBox, handler: Callable[[int, bool], object]) -> None:
        """Commit a number when it is entered (Enter, Tab, arrows); preview it while typed.

        Committing each keystroke would store the 4 and 40 on the way to 45 (and 400 on the
        way to a refused 4000); the preview still updates the total time and refuses a bad
        value as it is typed.
        """
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(lambda value: handler(value, False))

        def preview(_text: str) -> None:
            if self._updating:
                return
            try:
                value = int(spin.cleanText())
            except ValueError:
                return
            handler(value, True)

        # The spin box itself is silent while typed when keyboard tracking is off; its line
        # edit is not.
        editor = spin.findChild(QLineEdit)
        if editor is not None:
            editor.textEdited.connect(preview)

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
        name = self._stored_name or self.routine.name
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
        return self.problem_label.text() if not self.problem_label.isHidden() else ""

    def selected_row(self) -> int:
        """The selected exercise's row, or -1."""
        index = self.exercise_list.currentIndex()
        return index.row() if index.isValid() else -1

    def select_exercise(self, row: int) -> None:
        """Select the exercise at ``row`` and show its fields."""
        index = self._model.index(row, 0)
        self.exercise_list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def open_routine(self, name: str) -> bool:
        """Show the routine ``name``, first asking about unsaved changes; False if not shown."""
        if name == self._stored_name or (self._builtin and name == self.routine.name):
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
            self._show_problems(problems)
            return False
        try:
            self._repository.save(routine, replace=True, old_name=self._stored_name)
        except InvalidRoutineError as error:
            self._show_problems(error.problems)
            return False
        except Exception as error:
            log.exception("saving routine %r failed", routine.name)
            self._show_message(f"The routine could not be saved: {error}")
            return False
        self._stored_name = routine.name
        self._read_other_names()
        self.undo_stack.setClean()
        self._fill_routine_combo()
        self._show_message("")
        self.saved.emit(routine.name)
        return True

    def revert(self) -> None:
        """Throw away unsaved changes (they cannot be redone afterwards)."""
        name = self._stored_name or self.routine.name
        self.undo_stack.setClean()  # so _load does not ask again
        self._load(name)

    def new_routine(self) -> bool:
        """Store a new routine with one exercise and open it."""
        if not self.maybe_leave():
            return False
        taken = [routine.name for routine, _builtin in self._entries()]
        exercise = Exercise(name="New exercise", illustration=self._default_illustration())
        routine = Routine(name=unique_name("New routine", taken), exercises=(exercise,))
        return self._store_new(routine)

    def duplicate_routine(self) -> bool:
        """Store a copy of the routine shown (for a built-in: an editable copy) and open it."""
        if not self.maybe_leave():
            return False
        taken = [routine.name for routine, _builtin in self._entries()]
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
        try:
            self._repository.delete(name)
        except Exception as error:
            log.exception("deleting routine %r failed", name)
            self._show_message(f"The routine could not be deleted: {error}")
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
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Unsaved changes",
            f"“{self.routine.name}” has changes that are not saved.",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText("Save them before leaving?")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return UnsavedChoice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return UnsavedChoice.DISCARD
        return UnsavedChoice.CANCEL

    def confirm_delete(self, name: str) -> bool:
        """Ask before deleting ``name``."""
        answer = QMessageBox.question(
            self,
            "Delete routine",
            f"Delete “{name}”? This cannot be undone. Your history keeps its sessions.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # ----------------------------------------------------------------- loading

    def _entries(self) -> list[tuple[Routine, bool]]:
        """(routine, is built-in) for every routine; only the built-ins if the rest fail."""
        try:
            return [(e.routine, e.builtin) for e in self._repository.all_routines()]
        except Exception as error:
            log.exception("reading the stored routines failed")
            self._show_message(f"Your routines could not be read: {error}")
            return [(r, True) for r in library.ROUTINES]

    def _load(self, name: str) -> bool:
        try:
            entry = self._repository.find(name)
        except Exception as error:
            log.exception("reading routine %r failed", name)
            self._show_message(f"“{name}” could not be read: {error}")
            return False
        if entry is None:
            log.warning("routine %r not found", name)
            return False
        self._builtin = entry.builtin
        self._stored_name = None if entry.builtin else entry.routine.name
        self._read_other_names()
        self._clear_all_refusals()
        self._show_message("")
        self._per_side_row = None
        self.undo_stack.clear()
        self._model.read_only = entry.builtin
        self._draft.set_routine(entry.routine, 0)
        self._fill_routine_combo()
        self._apply_read_only()
        self.routine_opened.emit(entry.routine.name)
        return True

    def _read_other_names(self) -> None:
        """The names the shown routine may not take (every other routine's)."""
        own = (self._stored_name or "").strip().casefold()
        self._other_names = [
            routine.name
            for routine, builtin in self._entries()
            if builtin or routine.name.strip().casefold() != own
        ]

    def _store_new(self, routine: Routine) -> bool:
        try:
            self._repository.save(routine)
        except InvalidRoutineError as error:
            self._show_problems(error.problems)
            return False
        except Exception as error:
            log.exception("storing routine %r failed", routine.name)
            self._show_message(f"The routine could not be saved: {error}")
            return False
        self._load(routine.name)
        self.saved.emit(routine.name)
        return True

    def _fill_routine_combo(self) -> None:
        self.routine_combo.blockSignals(True)
        self.routine_combo.clear()
        current = -1
        shown = self._stored_name if not self._builtin else self.routine.name
        for routine, builtin in self._entries():
            name = routine.name
            label = f"{name} (built-in)" if builtin else name
            self.routine_combo.addItem(label, name)
            if shown is not None and name == shown and builtin == self._builtin:
                current = self.routine_combo.count() - 1
        self.routine_combo.setCurrentIndex(current)
        self.routine_combo.blockSignals(False)

    def _apply_read_only(self) -> None:
        editable = not self._builtin
        self.builtin_banner.setVisible(self._builtin)
        self.builtin_label.setText(
            f"“{self.routine.name}” is built in and cannot be changed. "
            "Customize it to make your own copy."
        )
        for widget in self._inputs:
            widget.setEnabled(editable)
        for widget in (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.delete_button,
            self.save_button,
            self.revert_button,
        ):
            widget.setEnabled(editable)
        self.exercise_list.setDragEnabled(editable)
        self._on_clean_changed(self.undo_stack.isClean())

    def _default_illustration(self) -> str:
        ids = resources.illustration_ids()
        return resources.ILLUSTRATION_FALLBACK if not ids or "generic" in ids else ids[0]

    # ----------------------------------------------------------------- draft -> widgets

    def _on_draft_changed(self, select: int) -> None:
        count = len(self.routine.exercises)
        row = select if select >= 0 else self.selected_row()
        row = min(max(row, 0), count - 1)
        self._clear_all_refusals()
        if row >= 0 and row != self.selected_row():
            self.select_exercise(row)
        self._refresh()

    def _on_row_changed(self) -> None:
        if self.selected_row() != self._per_side_row:
            self._per_side_row = None
        self._clear_all_refusals()
        self._show_message("")
        self._refresh()

    def _refresh(self) -> None:
        routine = self.routine
        self._updating = True
        try:
            if self.name_edit.text() != routine.name:
                self.name_edit.setText(routine.name)
            self.prep_spin.setValue(routine.prep_seconds)
            if self.description_edit.text() != routine.description:
                self.description_edit.setText(routine.description)
            self._refresh_exercise()
        finally:
            self._updating = False
        self._refresh_total()
        row = self.selected_row()
        count = len(routine.exercises)
        editable = not self._builtin
        self.remove_button.setEnabled(editable and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < count - 1)

    def _refresh_exercise(self) -> None:
        row = self.selected_row()
        exercises = self.routine.exercises
        self.exercise_box.setEnabled(0 <= row < len(exercises))
        if not 0 <= row < len(exercises):
            self.exercise_box.setTitle("Exercise")
            return
        ex = exercises[row]
        self.exercise_box.setTitle(f"Exercise {row + 1}: {ex.name}")
        if self.ex_name.text() != ex.name:
            self.ex_name.setText(ex.name)
        _select_data(self.ex_illustration, ex.illustration)
        self.ex_preview.set_illustration(resources.illustration_path(ex.illustration))
        if self.ex_instructions.toPlainText() != ex.instructions:
            self.ex_instructions.setPlainText(ex.instructions)
        _select_data(self.ex_mode, ex.mode)
        self.ex_hold.setValue(ex.hold.left)
        self.ex_hold_left.setValue(ex.hold.left)
        self.ex_hold_right.setValue(ex.hold.right)
        self.ex_per_side.setChecked(ex.hold.is_per_side or self._per_side_row == row)
        self.ex_reps.setValue(ex.reps)
        self.ex_sets.setValue(ex.sets)
        _select_data(self.ex_sides, ex.sides)
        _select_data(self.ex_first_side, ex.first_side)
        self.ex_switch.setValue(ex.switch_seconds)
        self.ex_rest.setValue(ex.rest_seconds)
        self._update_visibility(ex)

    def _update_visibility(self, ex: Exercise) -> None:
        form = self.exercise_form
        hold = ex.mode is Mode.HOLD
        both = ex.sides is Sides.BOTH
        per_side = hold and both and (ex.hold.is_per_side or self.ex_per_side.isChecked())
        form.setRowVisible(self.ex_hold, hold and not per_side)
        form.setRowVisible(self.ex_per_side, hold and both)
        form.setRowVisible(self.ex_side_holds, per_side)
        form.setRowVisible(self.ex_reps, not hold)
        form.setRowVisible(self.ex_first_side, both)
        form.setRowVisible(self.ex_switch, both)

    def _refresh_total(self, routine: Routine | None = None) -> None:
        """Show the total time of the draft, or of ``routine`` (a value being typed)."""
        routine = routine or self.routine
        total = compile_plan(routine).total_seconds if routine.exercises else 0.0
        text = f"Total time: {format_duration(total)}"
        if any(e.mode is Mode.REPS for e in routine.exercises):
            text += " (repetitions counted at about 3 s each)"
        self.total_label.setText(text)

    def _on_clean_changed(self, clean: bool) -> None:
        dirty = not clean
        editable = not self._builtin
        self.save_button.setEnabled(editable and dirty)
        self.revert_button.setEnabled(editable and dirty)
        # Always on for custom routines: Ctrl+S must reach save() to take a number still
        # being typed, which is not a change yet.
        self.save_action.setEnabled(editable)
        self.setWindowModified(dirty)
        self.dirty_changed.emit(dirty)

    # ----------------------------------------------------------------- widgets -> draft

    def _on_routine_picked(self, index: int) -> None:
        name = self.routine_combo.itemData(index)
        if not isinstance(name, str) or not self.open_routine(name):
            self._fill_routine_combo()

    def _on_add_triggered(self, action: QAction) -> None:
        if action is self.add_new_action:
            taken = [e.name for e in self.routine.exercises]
            self.add_exercise(
                Exercise(
                    name=unique_name("New exercise", taken),
                    illustration=self._default_illustration(),
                )
            )
            self.ex_name.setFocus()
            self.ex_name.selectAll()
            return
        exercise = library.library_exercise(str(action.data()))
        if exercise is not None:
            self.add_exercise(exercise)

    def _end_field_edit(self) -> None:
        """A field lost focus or got Enter: revert a refused value, start a new undo step."""
        self._edits.merge_generation += 1
        if self._invalid:
            message = self.problem_label.text()
            self._clear_all_refusals()
            self._refresh()
            self._show_message(message)

    def _on_routine_name(self, text: str) -> None:
        if self._updating:
            return
        message = check_name(text)
        if message is None:
            try:
                check_unique_name(text, self._other_names)
            except InvalidRoutineError as error:
                message = error.problems[0].message
        if message:
            self._refuse(self.name_edit, [Problem("name", message)])
            return
        self._accept(self.name_edit)
        self._edits.set_routine_fields("Rename routine", name=text)

    def _on_prep(self, value: int, preview: bool = False) -> None:
        if self._updating or self._builtin:
            return
        candidate = replace(self.routine, prep_seconds=value)
        problems = [p for p in routine_problems(candidate) if p.field == "prep_seconds"]
        if problems:
            self._refuse(self.prep_spin, problems)
            return
        self._accept(self.prep_spin)
        if preview:
            self._refresh_total(candidate)
            return
        self._edits.set_routine_fields("Change get-ready time", prep_seconds=value)

    def _on_description(self, text: str) -> None:
        if not self._updating:
            self._edits.set_routine_fields("Change description", description=text)

    def _current_exercise(self) -> Exercise | None:
        row = self.selected_row()
        exercises = self.routine.exercises
        return exercises[row] if 0 <= row < len(exercises) else None

    def _edit_exercise(
        self, widget: QWidget, what: str, field: str, preview: bool = False, **changes: Any
    ) -> bool:
        """Apply ``changes`` to the selected exercise unless that breaks a rule.

        With ``preview``, only check them and show the total time they would give.
        """
        if self._updating or self._builtin:
            return False
        exercise = self._current_exercise()
        if exercise is None:
            return False
        row = self.selected_row()
        candidate = replace(exercise, **changes)
        problems = exercise_problems(candidate, f"exercises[{row}].")
        if problems:
            self._refuse(widget, problems)
            return False
        self._accept(widget)
        if preview:
            exercises = list(self.routine.exercises)
            exercises[row] = candidate
            self._refresh_total(replace(self.routine, exercises=tuple(exercises)))
            return True
        self._edits.set_exercise(row, candidate, f"Change {what}", field)
        return True

    def _on_exercise_name(self, text: str) -> None:
        self._edit_exercise(self.ex_name, "exercise name", "name", name=text)

    def _on_illustration(self, _index: int) -> None:
        ident = self.ex_illustration.currentData()
        self._edit_exercise(
            self.ex_illustration, "illustration", "illustration", illustration=ident
        )

    def _on_instructions(self) -> None:
        text = self.ex_instructions.toPlainText()
        self._edit_exercise(self.ex_instructions, "instructions", "instructions", instructions=text)

    def _on_mode(self, _index: int) -> None:
        mode = Mode(self.ex_mode.currentData())
        if not self._edit_exercise(self.ex_mode, "mode", "mode", mode=mode):
            self._revert_widget(self.ex_mode)

    def _on_sides(self, _index: int) -> None:
        sides = Sides(self.ex_sides.currentData())
        if not self._edit_exercise(self.ex_sides, "sides", "sides", sides=sides):
            self._revert_widget(self.ex_sides)

    def _on_hold_same(self, value: int, preview: bool = False) -> None:
        self._edit_exercise(
            self.ex_hold, "hold", "hold_seconds", preview, hold=HoldTime.same(value)
        )

    def _on_hold_side(self, side: Side, value: int, preview: bool = False) -> None:
        exercise = self._current_exercise()
        if exercise is None:
            return
        left, right = exercise.hold.left, exercise.hold.right
        hold = HoldTime(value, right) if side is Side.LEFT else HoldTime(left, value)
        widget = self.ex_hold_left if side is Side.LEFT else self.ex_hold_right
        self._edit_exercise(
            widget, f"{side.value} hold", f"hold_seconds.{side.value}", preview, hold=hold
        )

    def _on_per_side_toggled(self, checked: bool) -> None:
        if self._updating:
            return
        exercise = self._current_exercise()
        if exercise is None:
            return
        self._per_side_row = self.selected_row() if checked else None
        if not checked and exercise.hold.is_per_side:
            # One value for both sides again: keep the first side's time.
            seconds = exercise.hold.for_side(exercise.first_side)
            self._edit_exercise(
                self.ex_per_side, "hold", "hold_seconds", hold=HoldTime.same(seconds)
            )
        self._update_visibility(self._current_exercise() or exercise)

    # ----------------------------------------------------------------- refusing values

    def _refuse(self, widget: QWidget, problems: Iterable[Problem]) -> None:
        message = "\n".join(p.message for p in problems)
        self._invalid[widget] = message
        widget.setProperty("invalid", True)
        widget.setToolTip(message)
        widget.setAccessibleDescription(message)
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Base, _INVALID_BASE)
        palette.setColor(QPalette.ColorRole.Button, _INVALID_BASE)
        palette.setColor(QPalette.ColorRole.Text, _INVALID_TEXT)
        widget.setPalette(palette)
        self._show_message(message)

    def _accept(self, widget: QWidget) -> None:
        if widget in self._invalid:
            del self._invalid[widget]
            widget.setProperty("invalid", False)
            widget.setToolTip("")
            widget.setAccessibleDescription("")
            widget.setPalette(QPalette())
        if not self._invalid:
            self._show_message("")

    def _clear_all_refusals(self) -> None:
        for widget in list(self._invalid):
            self._accept(widget)

    def _revert_widget(self, combo: QComboBox) -> None:
        exercise = self._current_exercise()
        if exercise is None:
            return
        self._updating = True
        try:
            if combo is self.ex_sides:
                _select_data(combo, exercise.sides)
            elif combo is self.ex_mode:
                _select_data(combo, exercise.mode)
        finally:
            self._updating = False

    def _show_problems(self, problems: Iterable[Problem]) -> None:
        self._show_message("\n".join(str(p) for p in problems))

    def _show_message(self, message: str) -> None:
        self.problem_label.setText(message)
        self.problem_label.setVisible(bool(message))

    # ----------------------------------------------------------------- Qt events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            for action in (self.undo_action, self.redo_action):
                if any(
                    seq.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                    for seq in action.shortcuts()
                ):
                    # Leave the event unaccepted: the shortcut, not the field's own undo, runs.
                    return True
        return super().eventFilter(watched, event)

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
        self.setWindowTitle("Edit routines[*]")
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
