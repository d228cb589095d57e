"""Quick adjust: change the selected routine's hold times in 5 s steps, from the start screen.

Every step is stored at once. A built-in routine is never changed: the first step asks once
(``ask_before_copy``) and stores the person's own version, named like the editor's copies
(``Wall push (custom)``, or ``Wall push (custom) 2`` when that name is taken, which the
question says); the start screen then selects it, so later steps change that version without
asking. What happened is said in the status line and in ``message`` (the window's toast).
Nothing in the row changes size as values and messages come and go.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from glute_timer.domain.adjust import (
    ALL_HOLDS,
    STEP_SECONDS,
    adjust_holds,
    adjust_refusal,
    has_two_sides,
)
from glute_timer.domain.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from glute_timer.domain.library import shown
from glute_timer.domain.model import Mode, Routine, Side
from glute_timer.domain.names import copy_name
from glute_timer.domain.text_safety import display_name
from glute_timer.domain.validation import InvalidRoutineError
from glute_timer.formatting import chosen_holds_text

if TYPE_CHECKING:
    from glute_timer.storage.routine_repository import RoutineRepository

log = logging.getLogger(__name__)

# (parent, built-in name, name of the new version, its holds) -> go ahead?
AskBeforeCopy = Callable[[QWidget, str, str, str], bool]
# The widest reading the value shows, for its fixed width (as the language writes it).
WIDEST_VALUE = QT_TRANSLATE_NOOP("QuickAdjust", "left 00 s, right 00 s")


def ask_to_copy(parent: QWidget, builtin: str, copy: str, holds: str) -> bool:
    """Ask before the first change to a built-in makes the person's own version."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    builtin_name = display_name(shown(builtin))
    copy_name_shown = display_name(copy)
    box.setWindowTitle(translate("QuickAdjust", "Make your own version?"))
    box.setText(
        translate("QuickAdjust", "Make your own version of “{routine}”?").format(
            routine=builtin_name
        )
    )
    box.setInformativeText(
        translate(
            "QuickAdjust",
            "It will be saved as “{copy}” with holds of {holds}, and selected. "
            "The built-in “{routine}” stays as it was.",
        ).format(copy=copy_name_shown, holds=holds, routine=builtin_name)
    )
    make = box.addButton(
        translate("QuickAdjust", "Make “{copy}”").format(copy=copy_name_shown),
        QMessageBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(make)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is make


class QuickAdjust(QWidget):
    """A compact row: which holds, which side, −5 s, the time, +5 s.

    Call :meth:`set_routine` whenever the start screen's selection changes.

    Signals:
        routine_saved(str): the adjusted routine was stored under this name; for a built-in
            this is a new custom copy, which the start screen should now select.
    """

    routine_saved = Signal(str)
    message = Signal(str)

    def __init__(
        self,
        repository: RoutineRepository,
        parent: QWidget | None = None,
        ask_before_copy: AskBeforeCopy | None = None,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._ask_before_copy = ask_before_copy
        self._routine: Routine | None = None
        self._builtin = False

        self.target_combo = QComboBox()
        self.target_combo.setAccessibleName(translate("QuickAdjust", "Which hold times to change"))
        self.target_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.target_combo.setMinimumContentsLength(10)
        self.side_combo = QComboBox()
        self.side_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.side_combo.setAccessibleName(translate("QuickAdjust", "Which side"))
        policy = self.side_combo.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # its room stays: the buttons do not move
        # Its three short choices need no more than their own width: the room left goes to
        # the exercise names ("Side-lying hip abduction hold" was cut by 5 px at 640 px).
        policy.setHorizontalPolicy(QSizePolicy.Policy.Fixed)
        self.side_combo.setSizePolicy(policy)
        self.side_combo.addItem(translate("QuickAdjust", "Both sides"), None)
        self.side_combo.addItem(translate("QuickAdjust", "Left"), Side.LEFT)
        self.side_combo.addItem(translate("QuickAdjust", "Right"), Side.RIGHT)
        step = STEP_SECONDS
        self.minus_button = QPushButton(
            translate("QuickAdjust", "−{seconds} s").format(seconds=step)
        )
        less = translate("QuickAdjust", "Hold %n second(s) less", None, PLURAL, step)
        self.minus_button.setToolTip(less)
        self.minus_button.setAccessibleName(less)
        self.plus_button = QPushButton(
            translate("QuickAdjust", "+{seconds} s").format(seconds=step)
        )
        more = translate("QuickAdjust", "Hold %n second(s) more", None, PLURAL, step)
        self.plus_button.setToolTip(more)
        self.plus_button.setAccessibleName(more)
        self.value_label = QLabel()
        self.value_label.setObjectName("holdValue")
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value_label.setAccessibleName(translate("QuickAdjust", "Hold time"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setObjectName("quickAdjustStatus")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._fix_sizes()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        title = QLabel(translate("QuickAdjust", "Hold:"))
        title.setBuddy(self.target_combo)
        row.addWidget(title)
        row.addWidget(self.target_combo, 1)
        row.addWidget(self.side_combo)
        row.addWidget(self.minus_button)
        row.addWidget(self.value_label)
        row.addWidget(self.plus_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status_label)

        self.target_combo.currentIndexChanged.connect(self._refresh)
        self.side_combo.currentIndexChanged.connect(self._refresh)
        self.minus_button.clicked.connect(lambda: self.adjust(-STEP_SECONDS))
        self.plus_button.clicked.connect(lambda: self.adjust(STEP_SECONDS))
        self.set_routine(None)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fix_sizes()

    def _fix_sizes(self) -> None:
        """The value and the message keep their room, so the buttons never move."""
        metrics = self.value_label.fontMetrics()
        widest = translate("QuickAdjust", WIDEST_VALUE)
        self.value_label.setFixedWidth(metrics.horizontalAdvance(widest) + 12)
        # The side box never narrower than its longest choice ("Both sides" read "Both si").
        self.side_combo.setMinimumWidth(self.side_combo.sizeHint().width())
        lines = self.status_label.fontMetrics().lineSpacing()
        self.status_label.setFixedHeight(lines * 2 + 4)

    # ----------------------------------------------------------------- public API

    @property
    def routine(self) -> Routine | None:
        """The routine being adjusted."""
        return self._routine

    def set_routine(self, name: str | None) -> None:
        """Adjust the routine called ``name`` from now on (None: nothing to adjust)."""
        try:
            entry = self._repository.find(name) if name else None
        except Exception as error:
            log.exception("reading routine %r failed", name)
            self.status_label.setText(
                translate("QuickAdjust", "“{routine}” could not be read: {reason}").format(
                    routine=display_name(shown(name or "")), reason=error
                )
            )
            entry = None
        same = (
            entry is not None
            and self._routine is not None
            and entry.routine.name == self._routine.name
            and entry.builtin == self._builtin
        )
        self._routine = entry.routine if entry else None
        self._builtin = entry.builtin if entry else False
        if not same and entry is not None:
            self.status_label.clear()
        self._fill_targets(keep=same)
        self._refresh()

    def adjust(self, delta: int) -> bool:
        """Add ``delta`` seconds to the chosen holds and store the routine; False if refused."""
        routine = self._routine
        if routine is None:
            return False
        index = self._target_index()
        side = self._side()
        changed = adjust_holds(routine, delta, index, side)
        if changed == routine:
            return False
        if refusal := adjust_refusal(routine, delta, index, side):
            self.status_label.setText(refusal)
            return False
        if self._builtin:
            taken = [e.routine.name for e in self._repository.all_routines()]
            changed = replace(changed, name=copy_name(routine.name, True, taken))
            ask = self._ask_before_copy
            holds = chosen_holds_text(changed, index, side)
            if ask is not None and not ask(self, routine.name, changed.name, holds):
                self.status_label.setText(translate("QuickAdjust", "Nothing changed."))
                return False
            old_name = None
        else:
            old_name = routine.name
        try:
            self._repository.save(changed, replace=True, old_name=old_name)
        except InvalidRoutineError as error:
            self.status_label.setText(error.problems[0].message)
            return False
        except Exception as error:
            log.exception("saving the adjusted routine %r failed", changed.name)
            self.status_label.setText(
                translate("QuickAdjust", "The change could not be saved: {reason}").format(
                    reason=error
                )
            )
            return False
        holds = chosen_holds_text(changed, index, side)
        if self._builtin:
            text = translate(
                "QuickAdjust",
                "Saved as your own “{copy}” (holds {holds}); "
                "the built-in “{routine}” is unchanged.",
            ).format(
                copy=display_name(changed.name),
                holds=holds,
                routine=display_name(shown(routine.name)),
            )
        else:
            text = translate("QuickAdjust", "Saved “{routine}”: holds {holds}.").format(
                routine=display_name(changed.name), holds=holds
            )
        self.status_label.setText(text)
        self.message.emit(text)
        self._routine = changed
        self._builtin = False
        self._refresh()
        self.routine_saved.emit(changed.name)
        return True

    # ----------------------------------------------------------------- internals

    def _target_index(self) -> int:
        data = self.target_combo.currentData()
        return int(data) if data is not None else ALL_HOLDS

    def _side(self) -> Side | None:
        """The side chosen, when the holds in question have two sides."""
        if self._routine is None or not has_two_sides(self._routine, self._target_index()):
            return None
        data = self.side_combo.currentData()
        return Side(data) if data is not None else None

    def _fill_targets(self, keep: bool) -> None:
        previous = self.target_combo.currentData() if keep else None
        self.target_combo.blockSignals(True)
        self.target_combo.clear()
        holds = [
            (i, e)
            for i, e in enumerate(self._routine.exercises if self._routine else ())
            if e.mode is Mode.HOLD
        ]
        if len(holds) != 1:
            self.target_combo.addItem(translate("QuickAdjust", "All timed holds"), ALL_HOLDS)
        for index, exercise in holds:
            self.target_combo.addItem(display_name(shown(exercise.name)), index)
        found = self.target_combo.findData(previous) if previous is not None else -1
        self.target_combo.setCurrentIndex(max(found, 0))
        self.target_combo.blockSignals(False)
        if not keep:
            self.side_combo.setCurrentIndex(0)

    def _refresh(self) -> None:
        routine = self._routine
        has_holds = routine is not None and any(e.mode is Mode.HOLD for e in routine.exercises)
        for widget in (self.target_combo, self.minus_button, self.plus_button):
            widget.setEnabled(has_holds)
        if routine is None or not has_holds:
            self.value_label.setText("–")
            self.side_combo.setVisible(False)
            if routine is not None:
                self.status_label.setText(
                    translate("QuickAdjust", "This routine has no timed holds.")
                )
            return
        index = self._target_index()
        self.side_combo.setVisible(has_two_sides(routine, index))
        self.value_label.setText(chosen_holds_text(routine, index, self._side()))
