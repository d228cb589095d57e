"""The routine bar: which routine is edited, New / Duplicate / Delete, and the built-in banner."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from glute_timer.domain import library
from glute_timer.domain.i18n import translate
from glute_timer.domain.model import Routine


class RoutineBar(QWidget):
    """Shows the routines to pick from and asks for actions on whole routines.

    It changes nothing itself: the editor acts on its signals and tells it what to show.

    Signals:
        routine_picked(str): the person picked the routine of this name.
        new_requested(): "New" was pressed.
        duplicate_requested(): "Duplicate", or "Customize" on a built-in, was pressed.
        delete_requested(): "Delete" was pressed.
    """

    routine_picked = Signal(str)
    new_requested = Signal()
    duplicate_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.routine_combo = QComboBox()
        self.routine_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.routine_combo.setMinimumContentsLength(16)
        self.routine_combo.setAccessibleName(translate("RoutineBar", "Routine to edit"))
        self.new_button = QPushButton(translate("RoutineBar", "New"))
        self.new_button.setToolTip(
            translate("RoutineBar", "Create a new routine with one exercise")
        )
        self.duplicate_button = QPushButton(translate("RoutineBar", "Duplicate"))
        self.duplicate_button.setToolTip(
            translate("RoutineBar", "Store a copy of this routine that you can change")
        )
        self.delete_button = QPushButton(translate("RoutineBar", "Delete"))
        # Each row is a widget of its own, not a layout inside the bar's: a parent's layout
        # activation does not reach into a child widget's nested layouts, and their stale sizes
        # would leave the editor's minimum size wrong until the next event loop pass.
        picker_row = QWidget()
        top = QHBoxLayout(picker_row)
        top.setContentsMargins(0, 0, 0, 0)
        label = QLabel(translate("RoutineBar", "&Routine:"))
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
        self.customize_button = QPushButton(translate("RoutineBar", "Customize"))
        self.customize_button.setToolTip(
            translate("RoutineBar", "Store an editable copy of this built-in routine")
        )
        banner.addWidget(self.builtin_label, 1)
        banner.addWidget(self.customize_button)

        # Enter commits a typed number; it must not also press one of these.
        for push in (
            self.new_button,
            self.duplicate_button,
            self.delete_button,
            self.customize_button,
        ):
            push.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(picker_row)
        layout.addWidget(self.builtin_banner)

        self.routine_combo.activated.connect(self._on_activated)
        self.new_button.clicked.connect(self.new_requested)
        self.duplicate_button.clicked.connect(self.duplicate_requested)
        self.customize_button.clicked.connect(self.duplicate_requested)
        self.delete_button.clicked.connect(self.delete_requested)

    def show_routines(
        self, entries: Iterable[tuple[Routine, bool]], shown: str | None, builtin: bool
    ) -> None:
        """List ``entries`` (routine, is built-in) and show ``shown`` of that kind as current.

        A built-in is listed in the person's language and picked by its stored name.
        """
        self.routine_combo.blockSignals(True)
        self.routine_combo.clear()
        current = -1
        for routine, is_builtin in entries:
            name = routine.name
            label = (
                translate("RoutineBar", "{routine} (built-in)").format(routine=library.shown(name))
                if is_builtin
                else name
            )
            self.routine_combo.addItem(label, name)
            if shown is not None and name == shown and is_builtin == builtin:
                current = self.routine_combo.count() - 1
        self.routine_combo.setCurrentIndex(current)
        self.routine_combo.blockSignals(False)

    def show_builtin(self, builtin: bool, routine_name: str) -> None:
        """Show the banner for a built-in (and allow Delete only for a custom routine)."""
        self.builtin_banner.setVisible(builtin)
        self.builtin_label.setText(
            translate(
                "RoutineBar",
                "“{routine}” is built in and cannot be changed. "
                "Customize it to make your own copy.",
            ).format(routine=routine_name)
        )
        self.delete_button.setEnabled(not builtin)
        # Tell the editor's layout now, not at the next event loop pass, that the bar's height
        # changed: a size measured right after opening a routine must already be right.
        self.updateGeometry()

    def _on_activated(self, index: int) -> None:
        name = self.routine_combo.itemData(index)
        if isinstance(name, str):
            self.routine_picked.emit(name)
