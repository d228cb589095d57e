"""After a workout: effort, pain and a note, skipped with one key (Esc)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from glute_timer.domain import library
from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate
from glute_timer.ui.dialogs.rating_chips import NOT_RATED, SCALE, ScaleChips
from glute_timer.ui.theme import set_role, set_text_style, space

NOTE_MAX = 500
NOTE_PLACEHOLDER = QT_TRANSLATE_NOOP("RatingDialog", "A note for you or your physio (optional)")
LOW, HIGH = SCALE[0], SCALE[-1]
# Filled with LOW and HIGH where shown (scale_hint).
SCALE_HINTS = {
    "effort": QT_TRANSLATE_NOOP(
        "RatingDialog", "{low} no effort · {high} the hardest you can imagine"
    ),
    "pain": QT_TRANSLATE_NOOP("RatingDialog", "{low} no pain · {high} the worst pain"),
}


def scale_hint(kind: str) -> str:
    """What the ends of the ``kind`` ("effort" or "pain") scale mean, translated."""
    return translate("RatingDialog", SCALE_HINTS[kind]).format(low=LOW, high=HIGH)


@dataclass(frozen=True)
class Rating:
    """The person's rating of a session; None where they gave no value."""

    effort: int | None
    pain: int | None
    note: str


def _scale_row(name: str, tip: str, parent: QWidget) -> ScaleChips:
    chips = ScaleChips(name, parent)
    chips.setToolTip(tip)
    return chips


def _row_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setBuddy(buddy)
    return label


class RatingPanel(QWidget):
    """The rating as a widget, for the summary page or inside :class:`RatingDialog`.

    Effort and pain are rows of 0–10 chips (:class:`ScaleChips`); the note takes the full
    width. The summary hides the panel's own buttons (:meth:`set_buttons_visible`) and has
    one Done that saves.

    Signals:
        rated(Rating): the person saved a rating.
        skipped(): the person chose not to rate (Skip button or Esc).
    """

    rated = Signal(object)
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("RatingDialog", "Rate this workout"))
        self.question = QLabel(
            translate(
                "RatingDialog", "How did it go? Click, use the arrows or type a number. Esc skips."
            ),
            self,
        )
        self.question.setWordWrap(True)
        effort_hint, pain_hint = scale_hint("effort"), scale_hint("pain")
        self.effort = _scale_row(translate("RatingDialog", "Effort"), effort_hint, self)
        self.pain = _scale_row(translate("RatingDialog", "Pain"), pain_hint, self)
        self.note = QLineEdit(self)
        self.note.setMaxLength(NOTE_MAX)
        placeholder = translate("RatingDialog", NOTE_PLACEHOLDER)
        self.note.setPlaceholderText(placeholder)
        self.note.setAccessibleName(translate("RatingDialog", "Note"))
        self.note.setMinimumWidth(self.note.fontMetrics().horizontalAdvance(placeholder) + space(4))
        self.save_button = QPushButton(translate("RatingDialog", "Save rating"), self)
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self.save)
        self.skip_button = QPushButton(translate("RatingDialog", "Skip"), self)
        self.skip_button.setToolTip(translate("RatingDialog", "Do not rate this workout (Esc)"))
        self.skip_button.clicked.connect(self.skip)
        grid = QGridLayout()
        grid.setHorizontalSpacing(space(2))
        grid.setVerticalSpacing(space(1))
        grid.addWidget(_row_label(translate("RatingDialog", "&Effort"), self.effort, self), 0, 0)
        grid.addWidget(self.effort, 0, 1)
        grid.addWidget(_row_label(translate("RatingDialog", "&Pain"), self.pain, self), 1, 0)
        grid.addWidget(self.pain, 1, 1)
        self.hint = QLabel(
            translate("RatingDialog", "Effort: {effort_scale}.  Pain: {pain_scale}.").format(
                effort_scale=effort_hint, pain_scale=pain_hint
            ),
            self,
        )
        self.hint.setWordWrap(True)
        set_text_style(self.hint, "muted")
        note_label = _row_label(translate("RatingDialog", "&Note"), self.note, self)
        grid.addWidget(note_label, 2, 0)
        grid.addWidget(self.note, 2, 1)
        grid.setColumnStretch(1, 1)
        self._buttons = QWidget(self)
        buttons = QHBoxLayout(self._buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(space(1))
        layout.addWidget(self.question)
        layout.addWidget(self.hint)
        layout.addLayout(grid)
        layout.addWidget(self._buttons)
        self.note.returnPressed.connect(self.save)
        self.setFocusProxy(self.effort)
        self.setTabOrder(self.effort, self.pain)
        self.setTabOrder(self.pain, self.note)

    def set_buttons_visible(self, visible: bool) -> None:
        """Show or hide Skip and Save (the summary has its own Done)."""
        self._buttons.setVisible(visible)

    def set_skip_text(self, text: str, tip: str) -> None:
        """Rename Skip (Cancel, when changing an earlier rating)."""
        self.skip_button.setText(text)
        self.skip_button.setToolTip(tip)

    def rating(self) -> Rating:
        """What is entered now."""
        effort = self.effort.value()
        pain = self.pain.value()
        return Rating(
            effort=None if effort == NOT_RATED else effort,
            pain=None if pain == NOT_RATED else pain,
            note=self.note.text().strip(),
        )

    def set_rating(self, rating: Rating) -> None:
        """Show an earlier rating (to change it)."""
        self.effort.setValue(NOT_RATED if rating.effort is None else rating.effort)
        self.pain.setValue(NOT_RATED if rating.pain is None else rating.pain)
        self.note.setText(rating.note)

    def reset(self) -> None:
        """Clear the entries for the next workout."""
        self.effort.setValue(NOT_RATED)
        self.pain.setValue(NOT_RATED)
        self.note.clear()

    def save(self) -> None:
        """Emit ``rated`` (or ``skipped`` when nothing at all was entered)."""
        rating = self.rating()
        if rating == Rating(None, None, ""):
            self.skipped.emit()
        else:
            self.rated.emit(rating)

    def skip(self) -> None:
        """Emit ``skipped``."""
        self.skipped.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.skip()
            return
        super().keyPressEvent(event)


class RatingDialog(QDialog):
    """The rating as a small dialog: accepted with a rating, rejected (Esc) when skipped.

    After ``exec()`` (or on ``finished``), :attr:`result_rating` holds the rating or None.
    """

    def __init__(
        self,
        routine_name: str = "",
        parent: QWidget | None = None,
        initial: Rating | None = None,
        changing: bool = False,
    ) -> None:
        super().__init__(parent)
        if routine_name:
            title = translate("RatingDialog", "Rate {routine}").format(
                routine=library.shown(routine_name)
            )
        else:
            title = translate("RatingDialog", "Rate this workout")
        self.setWindowTitle(title)
        self.panel = RatingPanel(self)
        self.result_rating: Rating | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        if initial is not None:
            self.panel.set_rating(initial)
        if changing:
            # Changing a stored rating: leaving it alone is cancelling, not skipping.
            self.panel.set_skip_text(
                translate("RatingDialog", "Cancel"),
                translate("RatingDialog", "Keep the rating as it was (Esc)"),
            )
        self.panel.rated.connect(self._rated)
        self.panel.skipped.connect(self.reject)
        self.panel.setFocus()
        self.setMinimumWidth(min(420, self.panel.sizeHint().width() * 2))

    def _rated(self, rating: Rating) -> None:
        self.result_rating = rating
        self.accept()

    def reject(self) -> None:
        self.result_rating = None
        super().reject()
