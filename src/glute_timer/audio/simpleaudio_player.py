"""The simpleaudio backend: plays PCM from memory through ALSA (or WinMM, CoreAudio).

``play`` only hands the sound to a worker thread and returns; the worker stops the previous
sound and starts the new one. Opening the device can take milliseconds on real hardware, and
that must never happen on the GUI thread. simpleaudio keeps the interpreter lock meanwhile,
though, so the app runs this player in a child process (``audio_process``); it is used
in-process (``threaded=True``) only where that is impossible (frozen builds). The child uses
``threaded=False``: it has no GUI to protect and one thread hop less.
"""

from __future__ import annotations

import importlib
import logging
import threading
import time
from collections.abc import Callable, Iterable
from types import ModuleType
from typing import Any

from glute_timer.audio.player import FailureCallback, scale_pcm
from glute_timer.audio.sound import Sound

log = logging.getLogger(__name__)

# 10 ms of silence, played once at start-up to find out whether a device opens at all.
_PROBE_FRAMES = 441
_PLAY, _STOP, _QUIT = "play", "stop", "quit"


class SimpleAudioPlayer:
    """A :class:`~glute_timer.audio.player.CuePlayer` built on simpleaudio(-patched).

    Attributes:
        available, backend_name, unavailable_reason, on_failure: see ``CuePlayer``.
        on_started: optional hook called on the worker thread with each sound as soon as
            the backend holds its buffer (the benchmark and tests use it).
        on_dropped: optional hook called on the worker thread with each sound dropped
            for missing its deadline.
        started_count, dropped_count: sounds started, and dropped for missing their deadline.
    """

    backend_name = "simpleaudio"

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        module: ModuleType | Any | None = None,
        probe: bool = True,
        threaded: bool = True,
    ) -> None:
        self.available = False
        self.unavailable_reason = ""
        self._threaded = threaded
        self.on_failure: FailureCallback | None = None
        self.on_started: Callable[[Sound], None] | None = None
        self.on_dropped: Callable[[Sound], None] | None = None
        self.started_count = 0
        self.dropped_count = 0
        self._clock = clock
        self._gain = 1.0
        self._cache: dict[tuple[Sound, float], bytes] = {}
        self._prepared: list[Sound] = []
        self._warm_pending = False
        self._current: Any = None
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._request: tuple[str, Sound | None, float | None] | None = None
        try:
            self._sa = module if module is not None else importlib.import_module("simpleaudio")
        except ImportError as error:
            self.unavailable_reason = f"simpleaudio is not installed ({error})"
            return
        if probe:
            try:
                self._sa.play_buffer(bytes(2 * _PROBE_FRAMES), 1, 2, 44100).stop()
            except Exception as error:  # any backend error means "no device"
                self.unavailable_reason = f"no audio device ({_first_line(error)})"
                return
        self.available = True
        if threaded:
            self._thread = threading.Thread(target=self._run, name="cue-player", daemon=True)
            self._thread.start()

    def play(self, sound: Sound, deadline: float | None = None) -> None:
        if not self.available or sound.is_empty:
            return
        self._post((_PLAY, sound, deadline))

    def stop(self) -> None:
        if self.available:
            self._post((_STOP, None, None))

    def set_volume(self, gain: float) -> None:
        with self._lock:
            self._gain = round(min(max(gain, 0.0), 1.0), 4)
            self._warm_pending = True
            self._wake.set()
        if not self._threaded:
            self._warm(self._gain)

    def prepare(self, sounds: Iterable[Sound]) -> None:
        with self._lock:
            self._prepared = [leaf for sound in sounds for leaf in sound.leaves]
            self._warm_pending = True
            self._wake.set()
        if not self._threaded:
            self._warm(self._gain)

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Block until nothing is queued or playing (scripts and tests only, never the GUI)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with self._lock:
                queued = self._request is not None
            current = self._current
            playing = False
            if current is not None:
                try:
                    playing = bool(current.is_playing())
                except Exception:
                    playing = False
            if not queued and not playing:
                return True
            time.sleep(0.005)
        return False

    def close(self) -> None:
        """Stop the sound and end the worker thread (waits up to a second)."""
        if self.available:
            self._post((_QUIT, None, None))
            if self._threaded:
                self._thread.join(timeout=1.0)
            self.available = False
            self.unavailable_reason = "closed"

    def _post(self, request: tuple[str, Sound | None, float | None]) -> None:
        if not self._threaded:
            if not self._handle(request, self._gain):
                self.available = False
            return
        with self._lock:
            self._request = request
            self._wake.set()

    def _run(self) -> None:
        while True:
            self._wake.wait()
            with self._lock:
                request, self._request = self._request, None
                warm, gain = self._warm_pending, self._gain
                self._wake.clear()
            if request is None:
                if warm:
                    self._warm(gain)
                continue
            if not self._handle(request, gain):
                return

    def _handle(self, request: tuple[str, Sound | None, float | None], gain: float) -> bool:
        """Carry out one request; False when the worker should end."""
        kind, sound, deadline = request
        self._stop_current()
        if kind == _QUIT:
            return False
        if kind == _PLAY and sound is not None:
            if deadline is not None and self._clock() > deadline:
                self.dropped_count += 1
                log.debug("Dropped %s: it could not start in time", sound.name)
                if self.on_dropped is not None:
                    self.on_dropped(sound)
                return True
            return self._start(sound, gain)
        return True

    def _start(self, sound: Sound, gain: float) -> bool:
        try:
            pcm = b"".join(self._scaled(leaf, gain) for leaf in sound.leaves)
            self._current = self._sa.play_buffer(
                pcm, sound.channels, sound.sample_width, sound.sample_rate
            )
        except Exception as error:  # never let a backend error escape
            reason = f"the audio device failed ({_first_line(error)})"
            log.warning("Sound stopped working: %s", reason)
            self.available = False
            self.unavailable_reason = reason
            if self.on_failure is not None:
                self.on_failure(reason)
            return False
        self.started_count += 1
        if self.on_started is not None:
            self.on_started(sound)
        return True

    def _stop_current(self) -> None:
        if self._current is not None:
            try:
                self._current.stop()
            except Exception as error:
                log.debug("Stopping a sound failed: %s", error)
            self._current = None

    def _scaled(self, leaf: Sound, gain: float) -> bytes:
        if gain >= 1.0 or leaf.silent:
            return leaf.pcm
        if leaf.path is None:  # made on the fly (e.g. spoken names): not worth keeping
            return scale_pcm(leaf.pcm, gain)
        key = (leaf, gain)
        pcm = self._cache.get(key)
        if pcm is None:
            pcm = scale_pcm(leaf.pcm, gain)
            self._cache[key] = pcm
        return pcm

    def _warm(self, gain: float) -> None:
        """Scale every prepared sound to the current volume, yielding to any play request."""
        with self._lock:
            self._warm_pending = False
            prepared = list(self._prepared)
        self._cache = {k: v for k, v in self._cache.items() if k[1] == gain}
        for leaf in prepared:
            if self._threaded and self._wake.is_set():
                with self._lock:
                    self._warm_pending = True
                return
            self._scaled(leaf, gain)


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__
