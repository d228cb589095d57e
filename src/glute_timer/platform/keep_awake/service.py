"""The keep-awake service (:class:`KeepAwake`) and the choice of this system's backend."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from glute_timer import APP_NAME
from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate
from glute_timer.platform.keep_awake.errors import KeepAwakeUnavailableError

log = logging.getLogger(__name__)


class KeepAwakeBackend(Protocol):
    """One way of keeping the screen awake. Both methods raise :class:`KeepAwakeError`."""

    name: str

    def inhibit(self, reason: str) -> None:
        """Keep the screen on until :meth:`release`."""

    def release(self) -> None:
        """Let the screen sleep again. Only called after a successful :meth:`inhibit`."""


TURNED_OFF = QT_TRANSLATE_NOOP("KeepAwake", "keeping the screen awake is turned off")


class NullBackend:
    """Does nothing: :class:`KeepAwake` with this backend reports itself unavailable."""

    name = "none"

    def __init__(self, reason: str = TURNED_OFF) -> None:
        self.reason = translate("KeepAwake", reason)

    def inhibit(self, reason: str) -> None:
        return None

    def release(self) -> None:
        return None


def default_backend(app_name: str = APP_NAME, platform: str = sys.platform) -> KeepAwakeBackend:
    """The backend for this system; raises :class:`KeepAwakeUnavailableError` when there is none."""
    if platform == "win32":
        from glute_timer.platform.keep_awake.execution_state import ExecutionStateBackend

        return ExecutionStateBackend()
    if platform == "darwin":
        import shutil

        from glute_timer.platform.keep_awake.caffeinate import CaffeinateBackend

        if shutil.which("caffeinate") is None:
            raise KeepAwakeUnavailableError(
                translate("KeepAwake", "the caffeinate command was not found")
            )
        return CaffeinateBackend()
    from glute_timer.platform.keep_awake import dbus

    if not session_bus_configured():
        raise KeepAwakeUnavailableError(
            translate(
                "KeepAwake", "there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)"
            )
        )
    if Path("/.flatpak-info").exists():
        try:
            return dbus.PortalBackend.connect()
        except KeepAwakeUnavailableError as error:
            log.info("Inhibit portal not usable (%s); trying the ScreenSaver service.", error)
    return dbus.ScreenSaverBackend.connect(app_name)


def session_bus_configured() -> bool:
    """Whether a D-Bus session bus can be found without starting one."""
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    runtime_dir = os.environ.get("XDG_RUNTIME_DIR")
    return runtime_dir is not None and Path(runtime_dir, "bus").is_socket()


class KeepAwake:
    """Holds the screen awake between :meth:`inhibit` and :meth:`release`.

    Attributes:
        available: whether a working backend was found (probed on first use).
        unavailable_reason: why not, as a sentence fragment; empty when available.
        active: whether the screen is being kept awake now.

    Call :meth:`inhibit` and :meth:`release` from the GUI thread (the Windows call is
    per thread). :meth:`release` is idempotent and safe after errors and at quit.
    """

    def __init__(
        self,
        backend: KeepAwakeBackend | None = None,
        *,
        factory: Callable[[], KeepAwakeBackend] | None = None,
    ) -> None:
        """Use ``backend``, or build one with ``factory`` (default: this system's) on first use."""
        self._backend = backend
        self._factory = factory or default_backend
        self._probed = False
        self._unavailable_reason = ""
        self._active = False
        self._logged: set[str] = set()

    @property
    def available(self) -> bool:
        return self._ensure_backend() is not None

    @property
    def unavailable_reason(self) -> str:
        self._ensure_backend()
        return self._unavailable_reason

    @property
    def active(self) -> bool:
        return self._active

    @property
    def backend_name(self) -> str:
        """The backend in use ("none" when unavailable)."""
        backend = self._ensure_backend()
        return backend.name if backend is not None else "none"

    def inhibit(self, reason: str) -> bool:
        """Keep the screen awake, telling the system ``reason``; True when that worked."""
        if self._active:
            return True
        backend = self._ensure_backend()
        if backend is None:
            return False
        try:
            backend.inhibit(reason)
        except Exception as error:  # a backend must never stop the workout
            self._log_once(f"Could not keep the screen awake ({backend.name}): {error}")
            return False
        self._active = True
        log.debug("Keeping the screen awake with %s: %s", backend.name, reason)
        return True

    def release(self) -> None:
        """Let the screen sleep again; does nothing when not inhibited. Never raises."""
        if not self._active:
            return
        self._active = False
        backend = self._backend
        if backend is None:
            return
        try:
            backend.release()
        except Exception as error:
            self._log_once(f"Could not let the screen sleep again ({backend.name}): {error}")
        else:
            log.debug("Screen may sleep again (%s).", backend.name)

    def _ensure_backend(self) -> KeepAwakeBackend | None:
        if not self._probed:
            self._probed = True
            if self._backend is None:
                try:
                    self._backend = self._factory()
                except Exception as error:  # KeepAwakeUnavailableError, or a backend that broke
                    self._unavailable_reason = str(error) or type(error).__name__
            if isinstance(self._backend, NullBackend):
                self._unavailable_reason = self._backend.reason
                self._backend = None
            if self._backend is None:
                self._log_once(
                    "The screen may dim or lock during workouts: keeping it awake is not "
                    f"available ({self._unavailable_reason})."
                )
        return self._backend

    def _log_once(self, message: str) -> None:
        if message not in self._logged:
            self._logged.add(message)
            log.warning(message)
