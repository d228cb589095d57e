"""What a workout needs from keep-awake, and the stand-in used until the service is there."""

from __future__ import annotations

from typing import Protocol


class ScreenKeeper(Protocol):
    """Keeps the screen awake (:class:`~glute_timer.platform.keep_awake.KeepAwake` or a
    stand-in)."""

    def inhibit(self, reason: str) -> bool: ...
    def release(self) -> None: ...


class NoKeepAwake:
    """Used until the platform service is there: never inhibits."""

    available = False
    unavailable_reason = "no keep-awake service"

    def inhibit(self, reason: str) -> bool:
        return False

    def release(self) -> None:
        return None
