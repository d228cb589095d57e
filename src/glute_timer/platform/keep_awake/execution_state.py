"""Keep the display on under Windows with ``SetThreadExecutionState``."""

from __future__ import annotations

import ctypes
from collections.abc import Callable

from glute_timer.platform.keep_awake.errors import KeepAwakeError

ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002


def _set_thread_execution_state() -> Callable[[int], int]:
    # getattr: ctypes.WinDLL exists only on Windows, and type checkers know that.
    kernel32 = getattr(ctypes, "WinDLL")("kernel32", use_last_error=True)  # noqa: B009
    function = kernel32.SetThreadExecutionState
    function.argtypes = [ctypes.c_uint32]
    function.restype = ctypes.c_uint32
    return function  # type: ignore[no-any-return]


class ExecutionStateBackend:
    """Asks Windows to keep the display and the system on until released.

    The request belongs to the calling thread and lasts while it lives: call inhibit and
    release from the same long-lived thread (the GUI thread).
    """

    name = "Windows SetThreadExecutionState"

    def __init__(self, set_state: Callable[[int], int] | None = None) -> None:
        """``set_state`` stands in for ``SetThreadExecutionState`` in tests."""
        self._set_state = set_state or _set_thread_execution_state()

    def inhibit(self, reason: str) -> None:
        if self._set_state(ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED) == 0:
            raise KeepAwakeError("SetThreadExecutionState refused the request")

    def release(self) -> None:
        if self._set_state(ES_CONTINUOUS) == 0:
            raise KeepAwakeError("SetThreadExecutionState refused to clear the request")
