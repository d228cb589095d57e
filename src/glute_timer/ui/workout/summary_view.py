"""End of a workout: how long it took, the holds done on each side, what was skipped."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from glute_timer.domain.model import Side
from glute_timer.domain.outcome import StepOutcome
from glute_timer.domain.tally import NO_SIDE, Tally
from glute_timer.formatting import clock

RATING_WIDTH = 760


def summary_lines(tally: Tally) -> list[str]:
    """The summary of ``tally`` as sentences."""
    done = tally.completed_by_side
    parts = [f"Total time: {clock(tally.seconds)}"]
    sided = [
        f"{side.value.capitalize()} {done.get(side.value, 0)}"
        for side in (Side.LEFT, Side.RIGHT)
        if side.value in done or any(k != NO_SIDE for k in done)
    ]
    if sided:
        parts.append("Holds and sets completed: " + ", ".join(sided))
    if done.get(NO_SIDE):
        parts.append(f"Completed without a side: {done[NO_SIDE]}")
    if not done:
        parts.append("Holds and sets completed: none")
    parts.append("Steps skipped: none" if tally.skipped == 0 else f"Steps skipped: {tally.skipped}")
    return parts


class SummaryView(QWidget):
    """Shows the :class:`~glute_timer.domain.tally.Tally` the workout session kept; leaves a
    place (``extra_area``) for the rating and history.

    Signals:
        back_requested(): the person wants the start screen again.
    """

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Workout summary")
        self.heading = QLabel(self)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setAccessibleDescription("Result")
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 2.2)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.details = QLabel(self)
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details.setAccessibleDescription("Summary")
        self.details.setWordWrap(True)
        details_font = QFont(self.details.font())
        details_font.setPointSizeF(details_font.pointSizeF() * 1.5)
        self.details.setFont(details_font)
        # The rating panel goes here (set_rating_panel) once history can be saved.
        self.extra_area = QVBoxLayout()
        self.rating_panel: QWidget | None = None
        self.rating_result = QLabel(self)
        self.rating_result.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rating_result.setAccessibleDescription("Rating")
        result_font = QFont(self.rating_result.font())
        result_font.setPointSizeF(result_font.pointSizeF() * 1.3)
        self.rating_result.setFont(result_font)
        self.rating_result.hide()
        self.extra_area.addWidget(self.rating_result)
        self.back_button = QPushButton("Back to routines", self)
        self.back_button.setAccessibleName("Back to routines")
        self.back_button.setToolTip("Return to the start screen (Enter)")
        self.back_button.setMinimumHeight(56)
        self.back_button.setDefault(True)
        self.back_button.clicked.connect(self.back_requested)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addLayout(self.extra_area)
        layout.addStretch(1)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def show_tally(self, tally: Tally) -> None:
        """Fill in the summary."""
        if tally.outcome == StepOutcome.COMPLETED:
            self.heading.setText(f"Well done! {tally.routine_name} complete")
        else:
            self.heading.setText(f"{tally.routine_name} stopped")
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
        panel.setMaximumWidth(RATING_WIDTH)
        self.extra_area.insertWidget(0, panel, 0, Qt.AlignmentFlag.AlignHCenter)
        save = getattr(panel, "save", None)
        if callable(save):
            # Enter saves from any of the panel's boxes (outside a dialog nothing else would).
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
        # As if tabbed to: a spin box then selects its text, so typing a digit replaces it.
        panel.setFocus(Qt.FocusReason.TabFocusReason)
        target = panel.focusProxy()
        select_all = getattr(target, "selectAll", None)
        if callable(select_all):
            select_all()

    def close_rating(self, result: str = "") -> None:
        """Hide the rating panel, say ``result`` (e.g. "Rating saved") and focus Back."""
        if self.rating_panel is not None:
            self.rating_panel.hide()
        self.rating_result.setText(result)
        self.rating_result.setVisible(bool(result))
        self.back_button.setFocus()
