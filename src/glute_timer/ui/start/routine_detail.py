"""The selected routine: its name, time, description and each exercise with its picture and
a how-to line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from glute_timer.domain.how_to import how_to
from glute_timer.domain.i18n import translate
from glute_timer.domain.library import shown
from glute_timer.domain.model import Exercise, Routine
from glute_timer.domain.text_safety import display_name
from glute_timer.formatting import exercise_amount_text
from glute_timer.ui.theme import TYPE_SCALE, set_text_style, space

PICTURE_SIZE = 120  # the smallest; a tall pane gets up to MAX_PICTURE_SIZE
MAX_PICTURE_SIZE = 220
SMALLEST_PICTURE_SIZE = 40  # only when the pane is too narrow for the text beside it


def first_sentence(text: str) -> str:
    """``text`` up to the end of its first sentence."""
    head, separator, _rest = text.strip().partition(". ")
    return head + "." if separator else head


def how_to_line(exercise: Exercise) -> str:
    """What to do, in one sentence: the built-in per-side sentence for the first side, else
    the exercise's own first instruction sentence."""
    sentence = how_to(exercise.illustration, exercise.first_side) if exercise.illustration else None
    return sentence or first_sentence(shown(exercise.instructions))


def exercise_line(exercise: Exercise) -> str:
    """ "Side plank: 2 × 20 s" """
    return translate("RoutineDetail", "{exercise}: {amount}").format(
        exercise=display_name(shown(exercise.name)), amount=exercise_amount_text(exercise)
    )


def _scaled(widget: QWidget, factor: float, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


class RoutineDetail(QScrollArea):
    """Scrollable details of one routine; :meth:`text` is everything shown, as plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("RoutineDetail", "Routine details"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        body.setObjectName("routineDetailBody")
        self.name_label = QLabel(body)
        self.name_label.setWordWrap(True)
        _scaled(self.name_label, TYPE_SCALE["heading"], bold=True)
        self.meta_label = QLabel(body)
        self.meta_label.setWordWrap(True)
        _scaled(self.meta_label, TYPE_SCALE["large"])
        self.description = QLabel(body)
        self.description.setWordWrap(True)
        _scaled(self.description, TYPE_SCALE["large"])
        self._rows = QGridLayout()
        self._rows.setHorizontalSpacing(space(2))
        self._rows.setVerticalSpacing(space(2))
        self._rows.setColumnStretch(1, 1)
        self._texts: list[str] = []
        self._shown: tuple[Routine | None, str] = (None, "")
        self._picture_size = PICTURE_SIZE
        # Pictures are rendered once the window is up (see show_pictures); until then each
        # keeps its place, empty.
        self._pictures_shown = False
        self._pictures: list[tuple[QLabel, str | None]] = []
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, space(1), 0)
        layout.setSpacing(space(1))
        layout.addWidget(self.name_label)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.description)
        layout.addSpacing(space(1))
        layout.addLayout(self._rows)
        layout.addStretch(1)
        self.setWidget(body)
        self.setBackgroundRole(self.backgroundRole())

    def show_routine(self, routine: Routine | None, meta: str = "") -> None:
        """Show ``routine`` with ``meta`` ("2:25 · activation · last done today")."""
        self._shown = (routine, meta)
        while self._rows.count():
            item = self._rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Off the screen at once (deleteLater alone would leave it drawn until the
                # event loop runs).
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self._texts = []
        self._pictures = []
        if routine is None:
            for label in (self.name_label, self.meta_label, self.description):
                label.clear()
            return
        description = shown(routine.description)
        self.name_label.setText(display_name(shown(routine.name)))
        if self.isVisible():  # else the first resize fits it, at the pane's real width
            self._fit_name()
        self.meta_label.setText(meta)
        self.description.setText(description)
        self.description.setVisible(bool(description))
        self._texts = [description] if description else []
        body = self.widget()
        for row, exercise in enumerate(routine.exercises):
            image = QLabel(body)
            size = self._picture_size
            image.setFixedSize(size, size)
            image.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._pictures.append((image, exercise.illustration))
            image.setAccessibleName(
                translate("RoutineDetail", "Picture: {exercise}").format(
                    exercise=display_name(shown(exercise.name))
                )
            )
            text = QLabel(body)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            line = exercise_line(exercise)
            tip = how_to_line(exercise)
            name = QLabel(line, body)
            name.setWordWrap(True)
            _scaled(name, TYPE_SCALE["large"], bold=True)
            text.setText(tip)
            _scaled(text, TYPE_SCALE["large"])
            set_text_style(text, "muted")
            text.setVisible(bool(tip))
            column = QVBoxLayout()
            column.setSpacing(space(1) // 2)
            column.addWidget(name)
            column.addWidget(text)
            holder = QWidget(body)
            holder.setLayout(column)
            column.setContentsMargins(0, 0, 0, 0)
            self._rows.addWidget(image, row, 0, Qt.AlignmentFlag.AlignTop)
            self._rows.addWidget(holder, row, 1)
            self._texts.append(f"• {line}" + (f" — {tip}" if tip else ""))
        if self._pictures_shown:
            self._draw_pictures()

    def show_pictures(self) -> None:
        """Render the exercises' pictures (called once the window is up: the SVG reader
        would delay its first frame)."""
        self._pictures_shown = True
        self._draw_pictures()

    def _draw_pictures(self) -> None:
        from glute_timer.ui.start.pictures import picture

        size = self._picture_size
        for image, illustration in self._pictures:
            image.setPixmap(picture(illustration, size, size))

    def _fit_name(self) -> None:
        """The heading at its size, or smaller while its longest word is wider than the pane:
        one long word ("Wanddrücken" at large text) cannot wrap, and cut it must not be."""
        app_font = QApplication.font()
        wanted = app_font.pointSizeF() * TYPE_SCALE["heading"]
        smallest = app_font.pointSizeF() * TYPE_SCALE["large"]
        room = self.viewport().width() - space(1)
        words = self.name_label.text().split() or [""]
        font = QFont(self.name_label.font())
        size = wanted
        while size > smallest:
            font.setPointSizeF(size)
            if max(QFontMetrics(font).horizontalAdvance(word) for word in words) <= room:
                break
            size = max(smallest, size * 0.92)
        if abs(self.name_label.font().pointSizeF() - size) > 0.05:
            font.setPointSizeF(size)
            self.name_label.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_name()
        # Pictures as large as the pane allows for the exercises shown (a big window gets
        # big pictures, not an empty pane).
        routine = self._shown[0]
        count = max(1, len(routine.exercises)) if routine is not None else 1
        size = max(PICTURE_SIZE, min(MAX_PICTURE_SIZE, self.height() // (count + 2)))
        # A narrow pane with large text: smaller pictures before any line is cut (a long
        # word such as "Wanddrücken:" cannot wrap).
        body = self.widget()
        overflow = body.minimumSizeHint().width() - self.viewport().width() if body else 0
        if overflow > 0:
            size = min(size, max(SMALLEST_PICTURE_SIZE, self._picture_size - overflow))
        if abs(size - self._picture_size) >= 12 or (overflow > 0 and size < self._picture_size):
            self._picture_size = size
            if routine is not None:
                self.show_routine(*self._shown)

    def text(self) -> str:
        """The description and the exercises, one a line, as shown."""
        return "\n".join(self._texts)
