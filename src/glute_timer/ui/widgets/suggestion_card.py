"""A progression suggestion ("Step up: Wall push with +5 s holds…") with Accept and Dismiss.

Accept applies it to the person's own version of the routine (a built-in is copied first)
and offers Undo; Dismiss hides that step for good. The card hides itself when there is
nothing to suggest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from glute_timer.domain.i18n import translate
from glute_timer.domain.progression import SuggestionKind
from glute_timer.storage.storage_errors import describe_storage_error
from glute_timer.ui.widgets.undo_bar import UndoBar

if TYPE_CHECKING:
    from glute_timer.domain.progression import Suggestion
    from glute_timer.storage.plan_service import AcceptedChange, PlanService


class SuggestionCard(QFrame):
    """The first of :meth:`PlanService.suggestions`, or hidden when there is none.

    Signals:
        changed(str): a suggestion was accepted or undone; the routine it touched ("" when
            only the plan changed), so the routine list can be read again.
    """

    changed = Signal(str)

    def __init__(self, service: PlanService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionCard")
        self.setAccessibleName(translate("SuggestionCard", "Suggestion"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.service = service
        self.suggestion: Suggestion | None = None
        self.title = QLabel(self)
        self.title.setAccessibleName(translate("SuggestionCard", "Suggestion"))
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.reason = QLabel(self)
        self.reason.setAccessibleName(translate("SuggestionCard", "Why"))
        self.reason.setWordWrap(True)
        reason_font = QFont(self.reason.font())
        reason_font.setPointSizeF(reason_font.pointSizeF() * 1.1)
        self.reason.setFont(reason_font)
        self.accept_button = QPushButton(translate("SuggestionCard", "Accept"), self)
        self.accept_button.setProperty("role", "primary")
        self.accept_button.setAccessibleName(translate("SuggestionCard", "Accept the suggestion"))
        self.accept_button.clicked.connect(self.accept)
        self.dismiss_button = QPushButton(translate("SuggestionCard", "Dismiss"), self)
        self.dismiss_button.setProperty("role", "secondary")
        self.dismiss_button.setAccessibleName(translate("SuggestionCard", "Dismiss the suggestion"))
        self.dismiss_button.clicked.connect(self.dismiss)
        for button in (self.accept_button, self.dismiss_button):
            button.setMinimumHeight(40)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(translate("SuggestionCard", "Problem"))
        self.error_label.hide()
        self.undo_bar = UndoBar(self)
        self.undo_bar.cleared.connect(self._update_visible)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.accept_button)
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title)
        body.addWidget(self.reason)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        layout.addWidget(self.error_label)
        layout.addWidget(self.undo_bar)
        self.hide()

    def refresh(self) -> None:
        """Ask for suggestions again and show the first (or hide)."""
        try:
            found = [s for s in self.service.suggestions() if s.kind is not SuggestionKind.HABIT]
        except Exception as error:
            self._fail(error)
            return
        self.error_label.hide()
        self.show_suggestion(found[0] if found else None)

    def show_suggestion(self, suggestion: Suggestion | None) -> None:
        """Show ``suggestion``; None hides the card unless an Undo is still on offer."""
        self.suggestion = suggestion
        self.body.setVisible(suggestion is not None)
        if suggestion is not None:
            self.title.setText(suggestion.title)
            self.reason.setText(suggestion.reason)
        self._update_visible()

    def _update_visible(self) -> None:
        self.setVisible(
            self.suggestion is not None
            or not self.undo_bar.isHidden()
            or not self.error_label.isHidden()
        )

    def accept(self) -> None:
        """Apply the suggestion; offer Undo."""
        suggestion = self.suggestion
        if suggestion is None:
            return
        try:
            change = self.service.accept(suggestion)
        except Exception as error:
            self._fail(error)
            return
        done = translate("SuggestionCard", "Done: {change}.").format(change=change.describe())
        self.undo_bar.offer(done, lambda: self.undo(change))
        self.refresh()
        self.changed.emit(change.created_copy or suggestion.routine)

    def undo(self, change: AcceptedChange) -> None:
        """Take back an accepted suggestion (it is suggested again)."""
        try:
            self.service.undo(change)
        except Exception as error:
            self._fail(error)
            return
        self.undo_bar.clear()
        self.refresh()
        self.changed.emit(change.copied_from or "")

    def dismiss(self) -> None:
        """Hide this step for good."""
        suggestion = self.suggestion
        if suggestion is None:
            return
        try:
            self.service.dismiss(suggestion)
        except Exception as error:
            self._fail(error)
            return
        self.undo_bar.clear()
        self.refresh()

    def _fail(self, error: BaseException) -> None:
        text = str(error) if isinstance(error, LookupError) else describe_storage_error(error)
        self.error_label.setText(
            translate("SuggestionCard", "The suggestion could not be applied: {reason}.").format(
                reason=text.rstrip(".")
            )
        )
        self.error_label.show()
        self._update_visible()
