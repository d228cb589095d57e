"""Quit cleanly on SIGTERM and SIGINT (log-out, shutdown, Ctrl+C in a terminal).

Python runs signal handlers only between bytecodes, and Qt's event loop may sleep in C++ for
as long as nothing happens. ``signal.set_wakeup_fd`` makes the C-level handler write a byte to
a socket that a QSocketNotifier watches, so the loop wakes at once, the Python handler runs,
and the app quits through its normal path: the workout is stored as stopped, the screen is
released, the database is closed.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

_log = logging.getLogger(__name__)

QUIT_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class QuitOnSignals(QObject):
    """Calls ``quit`` when the process receives SIGTERM or SIGINT. Unix only; elsewhere
    (and when not on the main thread) it does nothing."""

    def __init__(self, quit: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quit = quit
        self._notifier: QSocketNotifier | None = None
        self._reader: socket.socket | None = None
        self._writer: socket.socket | None = None
        self._previous: dict[int, object] = {}
        self._previous_wakeup_fd = -1
        if not hasattr(socket, "socketpair") or not hasattr(signal, "SIGTERM"):
            return
        try:
            reader, writer = socket.socketpair()
            reader.setblocking(False)
            writer.setblocking(False)
            self._previous_wakeup_fd = signal.set_wakeup_fd(writer.fileno())
            for number in QUIT_SIGNALS:
                self._previous[number] = signal.signal(number, self._on_signal)
        except (OSError, ValueError) as error:
            _log.info("quitting on SIGTERM is not available: %s", error)
            return
        self._reader, self._writer = reader, writer
        self._notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def restore(self) -> None:
        """Put back the handlers that were there before (for tests and embedding)."""
        if self._notifier is None:
            return
        for number, handler in self._previous.items():
            signal.signal(number, handler)  # type: ignore[arg-type]
        signal.set_wakeup_fd(self._previous_wakeup_fd)
        self._notifier.setEnabled(False)
        self._notifier = None
        for end in (self._reader, self._writer):
            if end is not None:
                end.close()
        self._reader = self._writer = None

    def _drain(self) -> None:
        # The byte only wakes the loop; the Python handler below does the work.
        assert self._reader is not None
        try:
            while self._reader.recv(64):
                pass
        except BlockingIOError:
            pass

    def _on_signal(self, number: int, _frame: object) -> None:
        _log.info("received %s: quitting", signal.Signals(number).name)
        # The handler runs between any two bytecodes, perhaps halfway through starting a
        # workout: quit from the event loop instead, once that code has finished.
        QTimer.singleShot(0, self._quit)
