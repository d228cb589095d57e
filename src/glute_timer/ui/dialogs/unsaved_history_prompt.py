"""Asks what to do when the window closes while workout results still wait to be stored."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Protocol

from PySide6.QtWidgets import QMessageBox, QWidget

from glute_timer import APP_NAME
from glute_timer.domain.i18n import PLURAL, translate


class UnsavedHistoryChoice(Enum):
    """The person's answer: try storing again, keep the app open, or quit anyway."""

    RETRY = "retry"
    KEEP_OPEN = "keep_open"
    QUIT = "quit"


def ask_about_unsaved_history(
    parent: QWidget | None, problem: str, unsaved: int
) -> UnsavedHistoryChoice:
    """A modal question naming the problem and what quitting now would lose."""
    # One line, no trailing comma: lupdate drops a plural call that ends in a comma.
    count = unsaved
    lost = translate(
        "UnsavedHistoryPrompt", "%n workout result(s) could not be saved yet.", None, PLURAL, count
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("UnsavedHistoryPrompt", "Workout not saved yet"),
        lost,
        QMessageBox.StandardButton.Retry
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Discard,
        parent,
    )
    advice = translate(
        "UnsavedHistoryPrompt",
        "{app} keeps trying while it is open. If you quit now these results are lost; the "
        "history keeps what was already saved and marks the workout as interrupted.",
    ).format(app=APP_NAME)
    box.setInformativeText(f"{problem}\n\n{advice}")
    box.button(QMessageBox.StandardButton.Retry).setText(
        translate("UnsavedHistoryPrompt", "Try again")
    )
    box.button(QMessageBox.StandardButton.Cancel).setText(
        translate("UnsavedHistoryPrompt", "Keep open")
    )
    box.button(QMessageBox.StandardButton.Discard).setText(
        translate("UnsavedHistoryPrompt", "Quit without saving")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Retry:
        return UnsavedHistoryChoice.RETRY
    if answer == QMessageBox.StandardButton.Discard:
        return UnsavedHistoryChoice.QUIT
    return UnsavedHistoryChoice.KEEP_OPEN


class PendingResults(Protocol):
    """What :func:`ask_until_saved_or_quit` needs of the history recorder."""

    @property
    def available(self) -> bool: ...
    @property
    def unsaved(self) -> int: ...
    def retry_now(self) -> None: ...
    def flush(self, timeout: float) -> bool: ...


AskUnsavedHistory = Callable[[QWidget, str, int], UnsavedHistoryChoice]


def ask_until_saved_or_quit(
    window: QWidget, pending: PendingResults, problem: str, ask: AskUnsavedHistory | None = None
) -> UnsavedHistoryChoice | None:
    """Ask, and retry storing, until the results are stored or the person decides.

    Returns None when nothing waits any more (the window may close), else the person's last
    answer: QUIT (close without them) or KEEP_OPEN.
    """
    ask = ask or ask_about_unsaved_history
    while not pending.available and pending.unsaved:
        choice = ask(window, problem, pending.unsaved)
        if choice is not UnsavedHistoryChoice.RETRY:
            return choice
        pending.retry_now()
        pending.flush(3.0)
    return None
