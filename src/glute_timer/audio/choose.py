"""Picks the sound backend at start-up: the first that works, or the one asked for."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QObject

from glute_timer.audio.player import CuePlayer, NullPlayer
from glute_timer.domain.audio_backends import AUDIO_BACKENDS, NONE, PLAYERS

log = logging.getLogger(__name__)

PREFERENCES = AUDIO_BACKENDS


def _simpleaudio(clock: Callable[[], float], parent: QObject | None) -> CuePlayer:
    if getattr(sys, "frozen", False):
        # A frozen build cannot run ``python -m``: play from a thread in this process.
        from glute_timer.audio.simpleaudio_player import SimpleAudioPlayer

        return SimpleAudioPlayer(clock=clock)
    try:
        import simpleaudio  # noqa: F401 - fail fast, without starting a process
    except ImportError as error:
        from glute_timer.audio.player import NullPlayer

        return NullPlayer(f"simpleaudio is not installed ({error})")
    from glute_timer.audio.audio_process import AudioProcessPlayer

    return AudioProcessPlayer(clock=clock)


def _qt(clock: Callable[[], float], parent: QObject | None) -> CuePlayer:
    from glute_timer.audio.qt_player import QtSoundPlayer

    return QtSoundPlayer(clock=clock, parent=parent)


_FACTORIES: dict[str, Callable[[Callable[[], float], QObject | None], CuePlayer]] = {
    "simpleaudio": _simpleaudio,
    "qt": _qt,
}
# In the declared order (what ``auto`` tries first); a declared name without a factory fails
# at import rather than at the first start that asks for it.
BACKENDS = {name: _FACTORIES[name] for name in PLAYERS}


def choose_player(
    preference: str = "auto",
    *,
    clock: Callable[[], float] = time.monotonic,
    parent: QObject | None = None,
    backends: dict[str, Callable[[Callable[[], float], QObject | None], CuePlayer]] | None = None,
) -> CuePlayer:
    """The player to use: ``auto`` tries simpleaudio, then Qt; a name forces that backend.

    simpleaudio runs in a child process (:class:`AudioProcessPlayer`), except in a frozen
    build, where it runs on a worker thread. Starting it waits for the child's first answer
    (a few hundred ms at most): build the player after the window is shown.

    Never raises for a backend that fails: the result is then a :class:`NullPlayer` whose
    ``unavailable_reason`` says why, and the choice is logged either way.

    Raises:
        ValueError: ``preference`` is not one of ``auto``, ``simpleaudio``, ``qt``, ``none``.
    """
    if preference not in PREFERENCES:
        raise ValueError(f"unknown audio backend {preference!r}; use one of {PREFERENCES}")
    if preference == NONE:
        log.info("Sound backend: none (turned off with --audio none)")
        return NullPlayer("sound is turned off (--audio none)")
    table = backends if backends is not None else BACKENDS
    names = list(table) if preference == "auto" else [preference]
    reasons: list[str] = []
    for name in names:
        try:
            player = table[name](clock, parent)
        except Exception as error:  # a broken backend must not stop the app
            log.warning("Sound backend %s failed to start: %s", name, error)
            reasons.append(f"{name}: {error}")
            continue
        if player.available:
            log.info("Sound backend: %s", player.backend_name)
            return player
        log.info("Sound backend %s not usable: %s", name, player.unavailable_reason)
        reasons.append(player.unavailable_reason)
    reason = "; ".join(dict.fromkeys(reasons)) or "no sound backend"
    log.warning("No sound: %s", reason)
    return NullPlayer(reason)
