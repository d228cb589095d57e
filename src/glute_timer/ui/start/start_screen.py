"""The first screen: pick a routine (built-in or custom) and start it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from glute_timer.domain.model import Routine
from glute_timer.domain.names import name_key
from glute_timer.domain.plan import compile_plan
from glute_timer.domain.text_safety import display_name
from glute_timer.formatting import clock, exercise_amount_text

ROUTINE_ROLE = Qt.ItemDataRole.UserRole


def routine_summary(routine: Routine, builtin: bool) -> str:
    """ "2:25 · activation · built-in" for the list."""
    parts = [clock(compile_plan(routine).total_seconds)]
    if routine.stage is not None:
        parts.append(routine.stage.value)
    parts.append("built-in" if builtin else "custom")
    return " · ".join(parts)


def routine_details(routine: Routine) -> str:
    """The description and the exercises, one a line."""
    lines = [routine.description] if routine.description else []
    for exercise in routine.exercises:
        lines.append(f"• {display_name(exercise.name)}: {exercise_amount_text(exercise)}")
    return "\n".join(lines)


class StartScreen(QWidget):
    """Lists routines with their total time and stage; Start (or Enter) starts the selection.

    Signals:
        start_requested(object): the :class:`Routine` to start.
        history_requested(), help_requested(): the History and Keys buttons.
        selection_changed(str): the selected routine's name ("" when none).
    """

    start_requested = Signal(object)
    history_requested = Signal()
    help_requested = Signal()
    selection_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Start")
        heading = QLabel("Choose a routine", self)
        heading_font = QFont(heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.8)
        heading_font.setBold(True)
        heading.setFont(heading_font)
        self.routine_list = QListWidget(self)
        self.routine_list.setAccessibleName("Routines")
        list_font = QFont(self.routine_list.font())
        list_font.setPointSizeF(list_font.pointSizeF() * 1.3)
        self.routine_list.setFont(list_font)
        self.routine_list.setSpacing(4)
        self.routine_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.routine_list.currentItemChanged.connect(self._show_details)
        self.routine_list.itemActivated.connect(lambda _item: self._start_selected())

        self.details = QLabel(self)
        self.details.setAccessibleName("Routine details")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        details_font = QFont(self.details.font())
        details_font.setPointSizeF(details_font.pointSizeF() * 1.15)
        self.details.setFont(details_font)
        self.start_button = QPushButton("Start", self)
        self.start_button.setAccessibleName("Start the selected routine")
        self.start_button.setToolTip("Start the selected routine (Enter in the list)")
        self.start_button.setMinimumHeight(64)
        start_font = QFont(self.start_button.font())
        start_font.setPointSizeF(start_font.pointSizeF() * 1.6)
        start_font.setBold(True)
        self.start_button.setFont(start_font)
        self.start_button.clicked.connect(self._start_selected)

        self.history_button = QPushButton("History", self)
        self.history_button.setAccessibleName("Workout history")
        self.history_button.setMinimumHeight(44)
        self.history_button.clicked.connect(self.history_requested)
        self.history_button.hide()  # shown once a history page exists
        self.help_button = QPushButton("Keys (?)", self)
        self.help_button.setAccessibleName("Keyboard keys")
        self.help_button.setMinimumHeight(44)
        self.help_button.clicked.connect(self.help_requested)
        self.menu_button = QToolButton(self)
        self.menu_button.setText("⋯ More")
        self.menu_button.setAccessibleName("More actions")
        self.menu_button.setToolTip("Edit, import and export routines, settings, about (F10)")
        self.menu_button.setMinimumHeight(44)
        self.menu_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.menu_button.setShortcut(QKeySequence("F10"))
        self.menu_button.hide()  # shown once the window gives it a menu
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName("Status")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Quick adjust (needs the routine database) is added here once it is loaded.
        self.adjust_area = QVBoxLayout()
        self.quick_adjust: QWidget | None = None
        self.today_widget: QWidget | None = None

        right = QVBoxLayout()
        right.addWidget(self.details, 1)
        right.addLayout(self.adjust_area)
        right.addWidget(self.start_button)
        middle = QHBoxLayout()
        middle.addWidget(self.routine_list, 3)
        middle.addLayout(right, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.history_button)
        bottom.addWidget(self.help_button)
        bottom.addWidget(self.menu_button)
        layout = QVBoxLayout(self)
        self._layout = layout
        layout.addWidget(heading)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.routine_list, self.start_button)

    def set_menu(self, menu: QMenu) -> None:
        """Offer ``menu`` (edit, import, settings...) from the "More" button."""
        self.menu_button.setMenu(menu)
        self.menu_button.show()

    def set_today_widget(self, widget: QWidget) -> None:
        """Show ``widget`` (the today strip and suggestion) at the top of the screen."""
        if self.today_widget is not None:
            self._layout.removeWidget(self.today_widget)
            self.today_widget.deleteLater()
        self.today_widget = widget
        self._layout.insertWidget(0, widget)

    def set_quick_adjust(self, widget: QWidget) -> None:
        """Show ``widget`` (a ``QuickAdjust``) under the routine's details."""
        if self.quick_adjust is not None:
            self.adjust_area.removeWidget(self.quick_adjust)
            self.quick_adjust.deleteLater()
        self.quick_adjust = widget
        self.adjust_area.addWidget(widget)
        widget.show()
        self.setTabOrder(self.routine_list, widget)
        self.setTabOrder(widget, self.start_button)

    def set_routines(self, routines: Sequence[tuple[Routine, bool]], select: str = "") -> None:
        """Show ``routines`` as (routine, is built-in) pairs; select the one named ``select``
        (else keep the selection, else the first)."""
        keep = select or self.selected_name()
        self.routine_list.clear()
        for routine, builtin in routines:
            item = QListWidgetItem(
                f"{display_name(routine.name)}\n    {routine_summary(routine, builtin)}"
            )
            item.setData(ROUTINE_ROLE, routine)
            item.setToolTip(routine.description)
            self.routine_list.addItem(item)
        self.select(keep)

    def select(self, name: str) -> bool:
        """Select the routine called ``name`` (case-insensitive); the first one otherwise."""
        key = name_key(name)
        for row in range(self.routine_list.count()):
            routine = self.routine_list.item(row).data(ROUTINE_ROLE)
            if name_key(routine.name) == key:
                self.routine_list.setCurrentRow(row)
                return True
        if self.routine_list.count() and self.routine_list.currentRow() < 0:
            self.routine_list.setCurrentRow(0)
        return False

    def routines(self) -> list[Routine]:
        """The routines listed, in order."""
        return [
            self.routine_list.item(row).data(ROUTINE_ROLE)
            for row in range(self.routine_list.count())
        ]

    def selected(self) -> Routine | None:
        """The selected routine."""
        item = self.routine_list.currentItem()
        if item is None:
            return None
        routine: Routine = item.data(ROUTINE_ROLE)
        return routine

    def selected_name(self) -> str:
        """The selected routine's name, or ""."""
        routine = self.selected()
        return "" if routine is None else routine.name

    def set_status(self, text: str) -> None:
        """A line at the bottom (sound or database notices)."""
        self.status_label.setText(text)

    def _show_details(self) -> None:
        routine = self.selected()
        self.details.setText("" if routine is None else routine_details(routine))
        self.start_button.setEnabled(routine is not None)
        self.selection_changed.emit("" if routine is None else routine.name)

    def _start_selected(self) -> None:
        routine = self.selected()
        if routine is not None:
            self.start_requested.emit(routine)
