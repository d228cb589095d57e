"""Works around ``SignalInstance.emit`` losing a reference to ``True`` (seen in PySide6 6.12).

Each ``emit()`` returns ``True`` without owning a reference to it. On Python 3.11 ``True`` is
an ordinary counted object, so after some thousands of emits its count reaches zero and the
interpreter aborts ("bool_dealloc: deallocating True or False"). Python 3.12 made ``True``
immortal, where the lost reference is harmless. :func:`install` checks whether the running
PySide6 has the fault and, only then, wraps ``emit`` to give the reference back.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_log = logging.getLogger(__name__)
_MARK = "_glute_timer_refcount_fix"
_PROBES = 8


class _Probe(QObject):
    ping = Signal()


def _give_back_true(count: int = 1) -> None:
    for _ in range(count):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))


def _references_lost_per_emit() -> int:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:
        _give_back_true(lost)
    return lost // _PROBES if lost % _PROBES == 0 else 0


def install() -> bool:
    """Fix ``SignalInstance.emit`` if it loses references; True if a fix is (now) in place."""
    if getattr(SignalInstance.emit, _MARK, False):
        return True
    lost = _references_lost_per_emit()
    if lost != 1:
        if lost:
            _log.warning("SignalInstance.emit loses %d references per call; not patched", lost)
        return False
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        if result is True:
            _give_back_true()
        return result

    setattr(emit, _MARK, True)
    # Assigning to the PySide6 type is the point: every emit in the process needs the fix.
    SignalInstance.emit = emit  # type: ignore[method-assign]
    _log.info("patched SignalInstance.emit, which loses a reference to True per call")
    return True
