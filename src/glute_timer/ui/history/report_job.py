"""Slow file work off the GUI thread: the physio report button, and a job runner for it and
for importing a history file (both may take seconds over years of sessions)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from glute_timer.domain.i18n import translate

log = logging.getLogger(__name__)

# Writes the report: (PDF path, first day, last day, routine or None) -> a line for the person.
WriteReport = Callable[[Path, date, date, str | None], str]
# Imports a history file: (file) -> a line for the person (what was added, or the problem).
ImportHistory = Callable[[Path], str]


class BackgroundJob(QObject):
    """Runs one task at a time in a daemon thread; the task returns the line to show.

    Signals:
        finished(str): the line to show (what was done, or why not).
    """

    finished = Signal(str)

    def __init__(self, task: Callable[..., str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task = task
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, *args: object) -> bool:
        """Start the task with ``args``; False (nothing started) while one is still running."""
        if self.running:
            return False
        self._thread = threading.Thread(target=self._run, args=args, daemon=True)
        self._thread.start()
        return True

    def wait(self, seconds: float) -> bool:
        """Wait up to ``seconds`` for the task; True when none is running any more."""
        if self._thread is not None:
            self._thread.join(seconds)
        return not self.running

    def _run(self, *args: object) -> None:
        try:
            message = self._task(*args)
        except Exception as error:  # the page must hear back whatever happened
            log.exception("a background task failed")
            message = translate("HistoryJobs", "That did not work: {reason}.").format(reason=error)
        # Emitted from this thread; Qt queues it to the page in the GUI thread.
        self.finished.emit(message)


class ReportButton(QPushButton):
    """ "Report for your physio…": asks where to save, then writes the PDF in a thread.

    ``ask_save_path`` is the page's save dialog; ``scope`` gives the period and routine the
    page shows; ``tell`` shows a line to the person.
    """

    def __init__(
        self,
        write: WriteReport,
        ask_save_path: Callable[[QWidget, str, str, str], str | None],
        scope: Callable[[], tuple[date, date, str | None]],
        tell: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("HistoryJobs", "Report for your physio…"), parent)
        self.setProperty("role", "primary")
        self.setToolTip(
            translate(
                "HistoryJobs", "A PDF of the period and routine shown, to hand to your physio"
            )
        )
        self.job = BackgroundJob(write, self)
        self.job.finished.connect(self._written)
        self._ask_save_path = ask_save_path
        self._scope = scope
        self._tell = tell
        self.clicked.connect(self.ask_and_write)

    def ask_and_write(self) -> None:
        """Ask for the PDF's place, then start writing it (the page stays responsive)."""
        if self.job.running:
            return
        chosen = self._ask_save_path(
            self.window(),
            translate("HistoryJobs", "Save the report for your physio"),
            "glute-timer-report.pdf",
            translate("HistoryJobs", "PDF files (*.pdf)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        first, last, routine = self._scope()
        self.job.start(target, first, last, routine)
        self.setEnabled(False)
        self._tell(translate("HistoryJobs", "Writing the report to {place}…").format(place=target))

    def _written(self, message: str) -> None:
        self.setEnabled(True)
        self._tell(message)
