"""The last resort for errors nobody caught (in a slot, say): log them in full, then let
the app put itself in a safe state (the screen may sleep again, the person is told)."""

from __future__ import annotations

import contextlib
import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

_log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install_crash_hook(after_error: Callable[[], None]) -> ExceptHook:
    """Make ``sys.excepthook`` log an unexpected error, call ``after_error()`` (whose own
    errors are ignored: the first error matters) and then the hook that was there before.
    Returns that previous hook."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        _log.critical("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        with contextlib.suppress(Exception):
            after_error()
        previous(kind, value, tb)

    sys.excepthook = hook
    return previous
