"""Keep the screen awake while a workout runs, with whatever the operating system offers.

:class:`KeepAwake` is the service the app holds. It picks a backend on first use (D-Bus
ScreenSaver on Linux, the Inhibit portal inside Flatpak, ``SetThreadExecutionState`` on
Windows, ``caffeinate`` on macOS) and never raises: where nothing works it reports
``available = False``, logs the reason once, and the workout simply goes on.

Modules: ``errors`` (what backends raise), ``keeper`` (the :class:`ScreenKeeper` protocol
a workout holds, and :class:`NoKeepAwake`), ``service`` (:class:`KeepAwake` and backend
choice), and one module per backend (``dbus``, ``caffeinate``, ``execution_state``), loaded
only on the system that uses it. Backends import ``errors``, never this package's top, so
there is no import circle.
"""

from glute_timer.platform.keep_awake.errors import KeepAwakeError, KeepAwakeUnavailableError
from glute_timer.platform.keep_awake.keeper import NoKeepAwake, ScreenKeeper, workout_reason
from glute_timer.platform.keep_awake.service import (
    KeepAwake,
    KeepAwakeBackend,
    NullBackend,
    default_backend,
    session_bus_configured,
)

__all__ = [
    "KeepAwake",
    "KeepAwakeBackend",
    "KeepAwakeError",
    "KeepAwakeUnavailableError",
    "NoKeepAwake",
    "NullBackend",
    "ScreenKeeper",
    "default_backend",
    "session_bus_configured",
    "workout_reason",
]
