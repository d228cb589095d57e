"""Speaks text that has no recording (custom exercise names) with QtTextToSpeech, if it can.

With no text-to-speech engine the speaker is simply unavailable and the coach leaves the
name out; nothing is raised and nothing is shown. The engine speaks the app's language
(``QLocale()``, which start-up sets to it), when it has a voice for it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale, QObject, Qt, QTimer

log = logging.getLogger(__name__)

# Qt ships a "mock" engine for its own tests: it reports success and makes no sound.
_NOT_REAL = frozenset({"mock"})
START_GRACE_MS = 300


class NameSpeaker(QObject):
    """Says a sentence through the first text-to-speech engine that starts.

    The engine is created on first use (or by :meth:`warm_up`), not at construction, so an
    app that never needs it pays nothing. Speech that has not started ``START_GRACE_MS``
    after :meth:`say` is stopped and dropped, like any late voice prompt.

    Attributes:
        available: False once no engine could be started.
        engine_name: the engine in use, or "".
    """

    def __init__(
        self,
        engines: Sequence[str] | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engines = list(engines) if engines is not None else None
        self._clock = clock
        self._tts: object | None = None
        self._tried = False
        self._volume = 1.0
        self._started = False
        self.available = True
        self.engine_name = ""
        self._grace = QTimer(self)
        self._grace.setSingleShot(True)
        self._grace.setTimerType(Qt.TimerType.PreciseTimer)
        self._grace.timeout.connect(self._drop_if_silent)

    def warm_up(self) -> bool:
        """Start an engine now (e.g. when a plan with custom names is loaded)."""
        if not self._tried:
            self._tried = True
            self._tts = self._start_engine()
            self.available = self._tts is not None
        return self.available

    def say(self, text: str) -> bool:
        """Start saying ``text``, cutting off anything still being said. False if it cannot."""
        if not text.strip() or not self.warm_up():
            return False
        from PySide6.QtTextToSpeech import QTextToSpeech

        tts = self._tts
        assert isinstance(tts, QTextToSpeech)
        tts.stop()
        self._started = False
        tts.setVolume(self._volume)
        tts.say(text)
        self._grace.start(START_GRACE_MS)
        return True

    def stop(self) -> None:
        self._grace.stop()
        if self._tts is not None:
            self._tts.stop()  # type: ignore[attr-defined]

    def set_volume(self, gain: float) -> None:
        self._volume = min(max(gain, 0.0), 1.0)

    def _start_engine(self) -> object | None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as error:
            log.info("No text-to-speech (%s): custom exercise names will not be spoken", error)
            return None
        names = self._engines
        if names is None:
            names = [n for n in QTextToSpeech.availableEngines() if n not in _NOT_REAL]
        for name in names:
            tts = QTextToSpeech(name, self)
            if tts.state() is QTextToSpeech.State.Error:
                log.info("Text-to-speech engine %s did not start: %s", name, tts.errorString())
                tts.deleteLater()
                continue
            tts.stateChanged.connect(self._on_state)
            _speak_language(tts, QLocale())
            self.engine_name = name
            log.info("Text-to-speech engine: %s", name)
            return tts
        log.info("No text-to-speech engine: custom exercise names will not be spoken")
        return None

    def _on_state(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state is QTextToSpeech.State.Speaking:
            self._started = True
        elif state is QTextToSpeech.State.Error:
            log.warning("Text-to-speech failed; custom exercise names will not be spoken")
            self.available = False

    def _drop_if_silent(self) -> None:
        if not self._started and self._tts is not None:
            log.debug("Speech dropped: it did not start within %d ms", START_GRACE_MS)
            self._tts.stop()  # type: ignore[attr-defined]


def _speak_language(tts: object, wanted: QLocale) -> None:
    """Make ``tts`` speak ``wanted``'s language: that locale when the engine has it, else
    another country's of the same language; left as it is when it has neither."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    assert isinstance(tts, QTextToSpeech)
    locales = tts.availableLocales()
    same = [loc for loc in locales if loc.language() == wanted.language()]
    exact = [loc for loc in same if loc.territory() == wanted.territory()]
    if not same:
        log.info("Text-to-speech has no %s voice; names are said in its own", wanted.name())
        return
    chosen = (exact or same)[0]
    if chosen != tts.locale():
        tts.setLocale(chosen)
    log.info("Text-to-speech speaks %s", chosen.name())
