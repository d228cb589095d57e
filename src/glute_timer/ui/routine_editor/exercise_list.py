"""The exercise list panel: the exercises in order, Add / Remove / Up / Down, the total time."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from glute_timer.domain import library
from glute_timer.domain.i18n import translate
from glute_timer.domain.model import Mode, Routine
from glute_timer.domain.plan import compile_plan
from glute_timer.formatting import duration_text as format_duration
from glute_timer.ui.routine_editor.model import ExerciseListModel


class ExerciseListPanel(QWidget):
    """Shows the draft's exercises (through ``model``) and asks for changes to the list.

    Signals:
        row_changed(): another exercise became the current one.
        library_exercise_requested(str): add the library exercise of this name.
        new_exercise_requested(): add a new, blank exercise.
        remove_requested(): remove the selected exercise.
        move_requested(int): move the selected exercise by this many places (-1 up, +1 down).
    """

    row_changed = Signal()
    library_exercise_requested = Signal(str)
    new_exercise_requested = Signal()
    remove_requested = Signal()
    move_requested = Signal(int)

    def __init__(self, model: ExerciseListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.exercise_list = QListView()
        self.exercise_list.setModel(model)
        self.exercise_list.setAccessibleName(translate("ExerciseList", "Exercises, in order"))
        self.exercise_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.exercise_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.exercise_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.exercise_list.setDropIndicatorShown(True)
        self.exercise_list.setAlternatingRowColors(True)
        self.exercise_list.setToolTip(
            translate("ExerciseList", "Drag to reorder, or use Ctrl+Up and Ctrl+Down")
        )
        self.add_menu = QMenu(self)
        for exercise in library.EXERCISES:
            # Shown in the person's language, found by the stored (English) name.
            action = self.add_menu.addAction(library.shown(exercise.name))
            action.setData(exercise.name)
        self.add_menu.addSeparator()
        self.add_new_action = self.add_menu.addAction(translate("ExerciseList", "New exercise…"))
        self.add_button = QToolButton()
        self.add_button.setText(translate("ExerciseList", "Add"))
        self.add_button.setToolTip(
            translate("ExerciseList", "Add an exercise from the library, or a new one")
        )
        self.add_button.setMenu(self.add_menu)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.remove_button = QToolButton()
        self.remove_button.setText(translate("ExerciseList", "Remove"))
        self.remove_button.setToolTip(
            translate("ExerciseList", "Remove the exercise (Delete); Undo brings it back")
        )
        self.up_button = QToolButton()
        self.up_button.setText(translate("ExerciseList", "Up"))
        self.up_button.setToolTip(translate("ExerciseList", "Move the exercise up (Ctrl+Up)"))
        self.down_button = QToolButton()
        self.down_button.setText(translate("ExerciseList", "Down"))
        self.down_button.setToolTip(translate("ExerciseList", "Move the exercise down (Ctrl+Down)"))
        # A widget, not a nested layout: see the routine bar's rows.
        button_row = QWidget()
        buttons = QHBoxLayout(button_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.total_label = QLabel()
        self.total_label.setObjectName("totalTime")
        self.total_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(translate("ExerciseList", "Exercises (drag to reorder):")))
        layout.addWidget(self.exercise_list, 1)
        layout.addWidget(button_row)
        layout.addWidget(self.total_label)

        self._move_up_shortcut = QShortcut(QKeySequence("Ctrl+Up"), self.exercise_list)
        self._move_up_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._move_down_shortcut = QShortcut(QKeySequence("Ctrl+Down"), self.exercise_list)
        self._move_down_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._remove_shortcut = QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete), self.exercise_list
        )
        self._remove_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

        self.exercise_list.selectionModel().currentRowChanged.connect(self.row_changed)
        self.add_menu.triggered.connect(self._on_add_triggered)
        self.remove_button.clicked.connect(self.remove_requested)
        self._remove_shortcut.activated.connect(self.remove_requested)
        self.up_button.clicked.connect(lambda: self.move_requested.emit(-1))
        self._move_up_shortcut.activated.connect(lambda: self.move_requested.emit(-1))
        self.down_button.clicked.connect(lambda: self.move_requested.emit(1))
        self._move_down_shortcut.activated.connect(lambda: self.move_requested.emit(1))

    def selected_row(self) -> int:
        """The selected exercise's row, or -1."""
        index = self.exercise_list.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        """Make the exercise at ``row`` the current one."""
        self.exercise_list.selectionModel().setCurrentIndex(
            self._model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def set_editable(self, editable: bool) -> None:
        """Allow changes to the list (a built-in allows none)."""
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(editable)
        self.exercise_list.setDragEnabled(editable)

    def update_buttons(self, editable: bool, row: int, count: int) -> None:
        """Enable Remove / Up / Down as far as the selected ``row`` of ``count`` allows."""
        self.remove_button.setEnabled(editable and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < count - 1)

    def show_total(self, routine: Routine) -> None:
        """Show how long ``routine`` takes."""
        total = compile_plan(routine).total_seconds if routine.exercises else 0.0
        if any(e.mode is Mode.REPS for e in routine.exercises):
            text = translate(
                "ExerciseList", "Total time: {duration} (repetitions counted at about 3 s each)"
            )
        else:
            text = translate("ExerciseList", "Total time: {duration}")
        self.total_label.setText(text.format(duration=format_duration(total)))

    def _on_add_triggered(self, action: QAction) -> None:
        if action is self.add_new_action:
            self.new_exercise_requested.emit()
        else:
            self.library_exercise_requested.emit(str(action.data()))
