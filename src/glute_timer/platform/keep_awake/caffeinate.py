"""Keep the display on under macOS with a ``caffeinate -d`` child process."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence

from glute_timer.platform.keep_awake.errors import KeepAwakeError

STOP_TIMEOUT_S = 2.0


def caffeinate_command() -> list[str]:
    """``caffeinate`` keeping the display on (-d) until it is stopped or this app exits (-w)."""
    return ["caffeinate", "-d", "-w", str(os.getpid())]


class CaffeinateBackend:
    """Runs ``caffeinate`` while inhibited and stops it on release."""

    name = "macOS caffeinate"

    def __init__(self, command: Sequence[str] | None = None) -> None:
        """``command`` replaces the caffeinate command line (tests use a harmless one)."""
        self._command = list(command) if command is not None else caffeinate_command()
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def process(self) -> subprocess.Popen[bytes] | None:
        """The running child, or None."""
        return self._process

    def inhibit(self, reason: str) -> None:
        if self._process is not None and self._process.poll() is None:
            return
        try:
            self._process = subprocess.Popen(
                self._command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except OSError as error:
            raise KeepAwakeError(f"cannot start {self._command[0]}: {error}") from error

    def release(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        process.terminate()
        try:
            process.wait(STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
