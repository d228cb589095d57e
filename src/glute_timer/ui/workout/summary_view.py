"""End of a workout: a short celebration, what each side held, the rating, one Done."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from glute_timer.domain import library
from glute_timer.domain.i18n import translate
from glute_timer.domain.model import Side
from glute_timer.domain.outcome import StepOutcome
from glute_timer.domain.tally import NO_SIDE, Tally
from glute_timer.formatting import clock
from glute_timer.ui.theme import TYPE_SCALE, current_scheme, icon, set_role, space

RATING_WIDTH = 760  # the narrowest the summary's card gets (when the window allows)
CARD_MAX_WIDTH = 1100


def _side_count(side: Side, count: int) -> str:
    if side is Side.LEFT:
        return translate("WorkoutSummary", "Left {count}").format(count=count)
    return translate("WorkoutSummary", "Right {count}").format(count=count)


def _side_held(side: Side, time: str) -> str:
    if side is Side.LEFT:
        return translate("WorkoutSummary", "Left {time} held").format(time=time)
    return translate("WorkoutSummary", "Right {time} held").format(time=time)


def summary_lines(tally: Tally) -> list[str]:
    """The summary of ``tally`` as sentences."""
    done = tally.completed_by_side
    parts = [translate("WorkoutSummary", "Total time: {time}").format(time=clock(tally.seconds))]
    sided = [
        _side_count(side, done.get(side.value, 0))
        for side in (Side.LEFT, Side.RIGHT)
        if side.value in done or any(k != NO_SIDE for k in done)
    ]
    if sided:
        parts.append(
            translate("WorkoutSummary", "Holds and sets completed: {per_side}").format(
                per_side=", ".join(sided)
            )
        )
    if done.get(NO_SIDE):
        parts.append(
            translate("WorkoutSummary", "Completed without a side: {count}").format(
                count=done[NO_SIDE]
            )
        )
    if not done:
        parts.append(translate("WorkoutSummary", "Holds and sets completed: none"))
    if tally.skipped == 0:
        parts.append(translate("WorkoutSummary", "Steps skipped: none"))
    else:
        parts.append(
            translate("WorkoutSummary", "Steps skipped: {count}").format(count=tally.skipped)
        )
    return parts


def side_results(tally: Tally) -> str:
    """ "Left 1:00 held · Right 1:00 held": the time each side held (holds only)."""
    held = tally.held_seconds_by_side
    parts = [
        _side_held(side, clock(held.get(side.value, 0.0)))
        for side in (Side.LEFT, Side.RIGHT)
        if side.value in held or any(k != NO_SIDE for k in held)
    ]
    if held.get(NO_SIDE):
        parts.append(translate("WorkoutSummary", "{time} held").format(time=clock(held[NO_SIDE])))
    return " · ".join(parts)


def _font(widget: QWidget, style: str, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * TYPE_SCALE[style])
    font.setBold(bold)
    widget.setFont(font)


class SummaryView(QWidget):
    """Shows the :class:`~glute_timer.domain.tally.Tally` the workout session kept; leaves a
    place (``extra_area``) for the rating. One Done (``back_button``) saves what was rated
    and goes back; Esc in the rating skips it.

    Signals:
        back_requested(): the person wants the start screen again.
    """

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("WorkoutSummary", "Workout summary"))
        self.card = QFrame(self)
        self.card.setProperty("card", True)
        self.badge = QLabel(self.card)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = QLabel(self.card)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setAccessibleDescription(translate("WorkoutSummary", "Result"))
        self.heading.setWordWrap(True)
        _font(self.heading, "display", bold=True)
        self.sides = QLabel(self.card)
        self.sides.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sides.setAccessibleDescription(translate("WorkoutSummary", "Per side"))
        self.sides.setWordWrap(True)
        _font(self.sides, "heading", bold=True)
        self.details = QLabel(self.card)
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details.setAccessibleDescription(translate("WorkoutSummary", "Summary"))
        self.details.setWordWrap(True)
        _font(self.details, "large")
        # The rating panel goes here (set_rating_panel) once history can be saved.
        self.extra_area = QVBoxLayout()
        self.rating_panel: QWidget | None = None
        self.rating_result = QLabel(self.card)
        self.rating_result.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rating_result.setAccessibleDescription(translate("WorkoutSummary", "Rating"))
        _font(self.rating_result, "large")
        self.rating_result.hide()
        self.extra_area.addWidget(self.rating_result)
        self.back_button = QPushButton(translate("WorkoutSummary", "Done"), self.card)
        self.back_button.setAccessibleName(translate("WorkoutSummary", "Done: back to routines"))
        self.back_button.setToolTip(
            translate(
                "WorkoutSummary", "Save the rating, if any, and go back to the routines (Enter)"
            )
        )
        self.back_button.setMinimumHeight(60)
        self.back_button.setMinimumWidth(240)
        _font(self.back_button, "title", bold=True)
        self.back_button.setDefault(True)
        set_role(self.back_button, "primary")
        self.back_button.clicked.connect(self._done)

        inner = QVBoxLayout(self.card)
        inner.setContentsMargins(space(3), space(3), space(3), space(3))
        inner.setSpacing(space(2))
        inner.addWidget(self.badge)
        inner.addWidget(self.heading)
        inner.addWidget(self.sides)
        inner.addWidget(self.details)
        inner.addLayout(self.extra_area)
        inner.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignHCenter)
        # Large text in a small window: the page scrolls rather than squeezing the card.
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget(self.scroll_area)
        self.card.setParent(page)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card, 20)
        row.addStretch(1)
        column = QVBoxLayout(page)
        column.setContentsMargins(space(3), space(3), space(3), space(3))
        column.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        self.scroll_area.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    def show_tally(self, tally: Tally) -> None:
        """Fill in the summary."""
        scheme = current_scheme()
        routine = library.shown(tally.routine_name)
        if tally.outcome == StepOutcome.COMPLETED:
            self.heading.setText(
                translate("WorkoutSummary", "Well done! {routine} complete").format(routine=routine)
            )
            self.badge.setPixmap(icon("done", scheme.accent).pixmap(QSize(72, 72)))
        else:
            self.heading.setText(
                translate("WorkoutSummary", "{routine} stopped").format(routine=routine)
            )
            self.badge.setPixmap(icon("stop", scheme.muted_text).pixmap(QSize(56, 56)))
        sides = side_results(tally)
        self.sides.setText(sides)
        self.sides.setVisible(bool(sides))
        self.details.setText("\n".join(summary_lines(tally)))
        self.rating_result.hide()
        if self.rating_panel is not None:
            self.rating_panel.hide()
        self.back_button.setFocus()

    def set_suggestion_widget(self, widget: QWidget) -> None:
        """Place ``widget`` (a ``SuggestionCard``) under the rating; it shows itself."""
        widget.setMaximumWidth(RATING_WIDTH)
        self.extra_area.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)

    def set_rating_panel(self, panel: QWidget) -> None:
        """Place ``panel`` (a ``RatingPanel``) under the summary; hidden until offered."""
        self.rating_panel = panel
        _font(panel, "large")  # the page's main control: larger than a dialog's
        question = getattr(panel, "question", None)
        if isinstance(question, QLabel):
            _font(question, "large", bold=True)
        hide_buttons = getattr(panel, "set_buttons_visible", None)
        if callable(hide_buttons):
            hide_buttons(False)  # Done saves; Esc skips
        self.extra_area.insertWidget(0, panel)
        save = getattr(panel, "save", None)
        if callable(save):
            # Enter saves from any of the panel's controls (outside a dialog nothing else would).
            for keys in ("Return", "Enter"):
                shortcut = QShortcut(QKeySequence(keys), panel)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(save)
        panel.hide()

    def offer_rating(self) -> None:
        """Show the rating panel, cleared, with the keyboard in it (Esc skips it)."""
        panel = self.rating_panel
        if panel is None:
            return
        reset = getattr(panel, "reset", None)
        if callable(reset):
            reset()
        self.rating_result.hide()
        panel.show()
        self._fit_card()  # the card is wider with the rating in it
        panel.setFocus(Qt.FocusReason.TabFocusReason)

    def close_rating(self, result: str = "") -> None:
        """Hide the rating panel, say ``result`` (e.g. "Rating saved") and focus Done."""
        if self.rating_panel is not None:
            self.rating_panel.hide()
        self.rating_result.setText(result)
        self.rating_result.setVisible(bool(result))
        self.back_button.setFocus()

    def _done(self) -> None:
        panel = self.rating_panel
        save = getattr(panel, "save", None)
        if panel is not None and panel.isVisible() and callable(save):
            save()  # rated or skipped: the app records it and closes the panel
        self.back_requested.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_card()

    def _fit_card(self) -> None:
        # Wide windows: a wide card, never a small island in the middle; never narrower than
        # its content needs (large text) while the window has the room.
        needed = self.card.minimumSizeHint().width()
        width = min(
            max(CARD_MAX_WIDTH, needed), max(RATING_WIDTH, needed, int(self.width() * 0.75))
        )
        self.card.setMaximumWidth(min(width, self.width() - space(6)))
