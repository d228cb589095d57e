"""The Qt Multimedia backend: one preloaded QSoundEffect per WAV file.

Used when simpleaudio is missing. On Linux it needs PulseAudio or PipeWire; with neither,
Qt lists no audio output and this player reports itself unavailable.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QLoggingCategory, QObject, Qt, QTimer, QUrl

from glute_timer.audio.player import FailureCallback
from glute_timer.audio.sound import Sound

log = logging.getLogger(__name__)


class QtSoundPlayer(QObject):
    """A :class:`~glute_timer.audio.player.CuePlayer` built on ``QSoundEffect``.

    Every file is loaded in :meth:`prepare` (at start-up). A joined sound is played as its
    parts one after the other, each started by a precise timer at its offset; a part whose
    effect is not loaded yet is skipped rather than waited for.
    """

    backend_name = "qt"

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        check_outputs: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.available = False
        self.unavailable_reason = ""
        self.on_failure: FailureCallback | None = None
        self._clock = clock
        self._gain = 1.0
        self._effects: dict[Path, object] = {}
        self._queue: list[tuple[float, Path]] = []
        self._started_at = 0.0
        self._playing: object | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._play_due)
        # Qt Multimedia reports each library it probes for (PipeWire, VA-API, FFmpeg) on
        # stderr; none of that is actionable, and a missing output is reported below.
        QLoggingCategory.setFilterRules(
            "qt.multimedia.symbolsresolver=false\nqt.multimedia.ffmpeg=false"
        )
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except ImportError as error:
            self.unavailable_reason = f"Qt Multimedia is not installed ({error})"
            return
        if check_outputs and not QMediaDevices.audioOutputs():
            self.unavailable_reason = (
                "Qt Multimedia found no audio output (it needs PulseAudio or PipeWire)"
            )
            return
        self.available = True

    def prepare(self, sounds: Iterable[Sound]) -> None:
        if not self.available:
            return
        from PySide6.QtMultimedia import QSoundEffect

        for sound in sounds:
            for leaf in sound.leaves:
                if leaf.path is None or leaf.path in self._effects:
                    continue
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(leaf.path)))
                effect.setVolume(self._gain)
                effect.statusChanged.connect(self._check_status)
                self._effects[leaf.path] = effect

    def play(self, sound: Sound, deadline: float | None = None) -> None:
        if not self.available:
            return
        self.stop()
        if deadline is not None and self._clock() > deadline:
            return
        offset = 0.0
        for leaf in sound.leaves:
            if leaf.path is not None:
                self._queue.append((offset, leaf.path))
            offset += leaf.duration
        self._started_at = self._clock()
        self._play_due()

    def stop(self) -> None:
        self._timer.stop()
        self._queue.clear()
        if self._playing is not None:
            self._playing.stop()  # type: ignore[attr-defined]
            self._playing = None

    def close(self) -> None:
        """Stop playing and drop the loaded effects; later ``play`` calls do nothing."""
        self.stop()
        for effect in self._effects.values():
            effect.deleteLater()  # type: ignore[attr-defined]
        self._effects.clear()
        if self.available:
            self.available = False
            self.unavailable_reason = "closed"

    def set_volume(self, gain: float) -> None:
        self._gain = min(max(gain, 0.0), 1.0)
        for effect in self._effects.values():
            effect.setVolume(self._gain)  # type: ignore[attr-defined]

    def _play_due(self) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        elapsed = self._clock() - self._started_at
        while self._queue and self._queue[0][0] <= elapsed + 0.002:
            _, path = self._queue.pop(0)
            effect = self._effects.get(path)
            if isinstance(effect, QSoundEffect) and effect.status() is QSoundEffect.Status.Ready:
                if self._playing is not None:
                    self._playing.stop()  # type: ignore[attr-defined]
                effect.play()
                self._playing = effect
            else:
                log.debug("Skipped %s: not loaded", path.name)
        if self._queue:
            wait_ms = max(0, round((self._queue[0][0] - elapsed) * 1000))
            self._timer.start(wait_ms)

    def _check_status(self) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        effect = self.sender()
        if not isinstance(effect, QSoundEffect) or effect.status() is not QSoundEffect.Status.Error:
            return
        if not self.available:
            return
        reason = f"Qt Multimedia could not play {effect.source().fileName()}"
        log.warning("Sound stopped working: %s", reason)
        self.available = False
        self.unavailable_reason = reason
        self.stop()
        if self.on_failure is not None:
            self.on_failure(reason)
