"""What a workout needs from keep-awake, and the stand-in used until the service is there."""

from __future__ import annotations

from typing import Protocol

from glute_timer.domain.i18n import translate
from glute_timer.domain.library import shown


class ScreenKeeper(Protocol):
    """Keeps the screen awake (:class:`~glute_timer.platform.keep_awake.KeepAwake` or a
    stand-in)."""

    def inhibit(self, reason: str) -> bool: ...
    def release(self) -> None: ...


class NoKeepAwake:
    """Used until the platform service is there: never inhibits."""

    available = False

    @property
    def unavailable_reason(self) -> str:
        """Why the screen is not kept awake, for the person."""
        return translate("ScreenKeeper", "no keep-awake service")

    def inhibit(self, reason: str) -> bool:
        return False

    def release(self) -> None:
        return None


def workout_reason(routine_name: str) -> str:
    """What the desktop is told while a workout of ``routine_name`` keeps the screen on."""
    return translate("ScreenKeeper", "Following {routine}").format(routine=shown(routine_name))
