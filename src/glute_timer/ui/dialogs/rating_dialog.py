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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from glute_timer.domain.rating import RATING_MAX, RATING_MIN

NOT_RATED = RATING_MIN - 1
NOTE_MAX = 500


@dataclass(frozen=True)
class Rating:
    """The person's rating of a session; None where they gave no value."""

    effort: int | None
    pain: int | None
    note: str


def _scale_box(name: str, tip: str, parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(NOT_RATED, RATING_MAX)
    box.setValue(NOT_RATED)
    # The value below the range reads as "not rated", so leaving it alone stores nothing.
    box.setSpecialValueText("not rated")
    box.setAccessibleName(name)
    box.setToolTip(tip)
    box.setMinimumHeight(36)
    return box


def _buddy(text: str, widget: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(widget)
    return label


class RatingPanel(QWidget):
    """The rating as a widget, for the summary page or inside :class:`RatingDialog`.

    Signals:
        rated(Rating): the person saved a rating.
        skipped(): the person chose not to rate (Skip button or Esc).
    """

    rated = Signal(object)
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Rate this workout")
        self.question = QLabel("How did it go? (Esc skips)", self)
        self.question.setWordWrap(True)
        self.effort = _scale_box(
            f"Effort from {RATING_MIN} to {RATING_MAX}",
            f"{RATING_MIN}: no effort at all, {RATING_MAX}: the hardest you can imagine",
            self,
        )
        self.pain = _scale_box(
            f"Pain from {RATING_MIN} to {RATING_MAX}",
            f"{RATING_MIN}: no pain, {RATING_MAX}: the worst pain",
            self,
        )
        self.note = QLineEdit(self)
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText("A note for you or your physio (optional)")
        self.note.setAccessibleName("Note")
        self.save_button = QPushButton("Save rating", self)
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        self.save_button.clicked.connect(self.save)
        self.skip_button = QPushButton("Skip", self)
        self.skip_button.setToolTip("Do not rate this workout (Esc)")
        self.skip_button.clicked.connect(self.skip)
        grid = QGridLayout()
        grid.addWidget(_buddy(f"&Effort ({RATING_MIN}–{RATING_MAX}):", self.effort, self), 0, 0)
        grid.addWidget(self.effort, 0, 1)
        grid.addWidget(_buddy(f"&Pain ({RATING_MIN}–{RATING_MAX}):", self.pain, self), 0, 2)
        grid.addWidget(self.pain, 0, 3)
        grid.addWidget(_buddy("&Note:", self.note, self), 1, 0)
        grid.addWidget(self.note, 1, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        self.note.returnPressed.connect(self.save)
        self.setFocusProxy(self.effort)

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
        dismiss_text: str = "Skip",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Rate {routine_name}" if routine_name else "Rate this workout")
        self.panel = RatingPanel(self)
        if dismiss_text != "Skip":
            # Changing a rating given before: leaving changes nothing, so it is a Cancel.
            self.panel.skip_button.setText(dismiss_text)
            self.panel.skip_button.setToolTip(f"{dismiss_text}: keep the rating as it was (Esc)")
            self.panel.question.setText(f"How did it go? (Esc: {dismiss_text.lower()})")
        self.result_rating: Rating | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        if initial is not None:
            self.panel.set_rating(initial)
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
