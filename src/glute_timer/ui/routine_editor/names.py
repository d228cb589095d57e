"""Names for new and copied routines, and durations as the editor shows them (no Qt)."""

from __future__ import annotations

from collections.abc import Iterable


def format_duration(seconds: float) -> str:
    """``4 min 05 s`` or ``45 s``."""
    total = round(seconds)
    minutes, secs = divmod(total, 60)
    if minutes == 0:
        return f"{secs} s"
    return f"{minutes} min {secs:02d} s"


def unique_name(base: str, taken: Iterable[str]) -> str:
    """``base``, or ``base 2``, ``base 3``... whichever is not taken (ignoring case)."""
    keys = {name.strip().casefold() for name in taken}
    if base.strip().casefold() not in keys:
        return base
    number = 2
    while f"{base} {number}".casefold() in keys:
        number += 1
    return f"{base} {number}"


def copy_name(routine_name: str, builtin: bool, taken: Iterable[str]) -> str:
    """The name for a copy: ``Wall push (custom)`` for a built-in, ``X (copy)`` otherwise."""
    return unique_name(f"{routine_name} ({'custom' if builtin else 'copy'})", taken)
