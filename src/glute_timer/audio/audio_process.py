"""Runs simpleaudio in a child process, so the GUI never waits for the audio device.

simpleaudio keeps Python's global interpreter lock while it opens the device and while its
playback thread starts (measured here: 1.5 ms typical, 14 ms worst on ALSA's file plugin,
worse on real hardware). A worker thread would therefore still stall the GUI thread. In a
child process nothing is shared: the GUI thread writes one short line to a pipe and returns.

The parent side is :class:`AudioProcessPlayer`; the child is ``python -m
glute_timer.audio.audio_process``, which loads the WAV files it is told about and plays them
with a :class:`~glute_timer.audio.simpleaudio_player.SimpleAudioPlayer`.

Protocol, one line each. Parent to child: ``load KEY PATH``, ``play SEQ MAXDELAY ITEM...``
(ITEM is ``kKEY`` for a loaded file or ``zFRAMES`` for silence; MAXDELAY is seconds or
``-``), ``stop``, ``volume GAIN``, ``sync``, ``quit``. Child to parent: ``ready``, ``unavailable
REASON``, ``started SEQ MONOTONIC``, ``dropped SEQ``, ``failed REASON``, ``synced``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from glute_timer.audio.player import FailureCallback
from glute_timer.audio.sound import Sound

if TYPE_CHECKING:
    from glute_timer.audio.simpleaudio_player import SimpleAudioPlayer

log = logging.getLogger(__name__)

START_TIMEOUT_SECONDS = 5.0


class AudioProcessPlayer:
    """A :class:`~glute_timer.audio.player.CuePlayer` whose simpleaudio runs in a child process.

    The constructor starts the child and waits (up to ``START_TIMEOUT_SECONDS``) for it to
    report whether a device opens; after that, every call only writes to a pipe.

    Attributes:
        available, backend_name, unavailable_reason, on_failure: see ``CuePlayer``.
        on_started: optional hook, called on a reader thread with each sound the child has
            started (the benchmark uses it).
        started_count, dropped_count: as reported by the child.
        last_started_at: ``time.monotonic()`` in the child when it last started a sound
            (CLOCK_MONOTONIC, shared by all processes on Linux).
    """

    backend_name = "simpleaudio"

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        command: list[str] | None = None,
        env: dict[str, str] | None = None,
        start_timeout: float = START_TIMEOUT_SECONDS,
    ) -> None:
        self.available = False
        self.unavailable_reason = ""
        self.on_failure: FailureCallback | None = None
        self.on_started: Callable[[Sound], None] | None = None
        self.started_count = 0
        self.dropped_count = 0
        self.last_started_at = 0.0
        self._clock = clock
        self._keys: dict[Path, int] = {}
        self._sent: dict[int, Sound] = {}
        self._seq = 0
        self._synced = threading.Event()
        self._closing = False
        self._failed = False
        try:
            self._proc = subprocess.Popen(
                command or [sys.executable, "-m", "glute_timer.audio.audio_process"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                bufsize=1,
                env=env,
            )
        except OSError as error:
            self.unavailable_reason = f"the audio process did not start ({error})"
            return
        assert self._proc.stdout is not None and self._proc.stdin is not None
        self._stdin = self._proc.stdin
        first = self._read_first_line(start_timeout)
        if first == "ready":
            self.available = True
        else:
            reason = first.removeprefix("unavailable ").strip() if first else ""
            self.unavailable_reason = reason or "the audio process did not answer"
            self._kill()
            return
        # A full pipe must never block the GUI thread: a line that does not fit is dropped.
        try:
            os.set_blocking(self._stdin.fileno(), False)
        except (OSError, AttributeError):  # pipes on Windows before Python 3.12
            log.debug("Audio pipe stays blocking on this platform")
        self._reader = threading.Thread(target=self._read, name="cue-audio-reader", daemon=True)
        self._reader.start()

    # --- CuePlayer -------------------------------------------------------------------------

    def prepare(self, sounds: Iterable[Sound]) -> None:
        for sound in sounds:
            for leaf in sound.leaves:
                if leaf.path is not None and leaf.path not in self._keys:
                    key = len(self._keys)
                    self._keys[leaf.path] = key
                    self._send(f"load {key} {leaf.path}")

    def play(self, sound: Sound, deadline: float | None = None) -> None:
        if not self.available:
            return
        items: list[str] = []
        for leaf in sound.leaves:
            if leaf.silent:
                items.append(f"z{leaf.frame_count}")
            elif leaf.path is not None and leaf.path in self._keys:
                items.append(f"k{self._keys[leaf.path]}")
            else:
                log.debug("Left out %s: not loaded in the audio process", leaf.name)
        if not any(item.startswith("k") for item in items):
            return
        self._seq += 1
        self._sent = {self._seq: sound}
        delay = "-" if deadline is None else f"{deadline - self._clock():.4f}"
        self._send(f"play {self._seq} {delay} {' '.join(items)}")

    def stop(self) -> None:
        if self.available:
            self._send("stop")

    def set_volume(self, gain: float) -> None:
        self._send(f"volume {min(max(gain, 0.0), 1.0):.4f}")

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Block until the child has nothing queued or playing (scripts and tests only)."""
        if not self.available:
            return True
        self._synced.clear()
        self._send("sync")
        return self._synced.wait(timeout)

    def close(self) -> None:
        """End the child process."""
        if getattr(self, "_proc", None) is None or self._closing:
            return
        self._closing = True
        self._send("quit")
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._proc.wait(timeout=1.0)
        self._kill()
        self.available = False
        self.unavailable_reason = "closed"

    # --- internals -------------------------------------------------------------------------

    def _read_first_line(self, timeout: float) -> str:
        assert self._proc.stdout is not None
        answer: list[str] = []
        reader = threading.Thread(
            target=lambda: answer.append(self._proc.stdout.readline()),  # type: ignore[union-attr]
            daemon=True,
        )
        reader.start()
        reader.join(timeout)
        return answer[0].strip() if answer else ""

    def _send(self, line: str) -> None:
        if self._failed or getattr(self, "_stdin", None) is None:
            return
        try:
            self._stdin.write(line + "\n")
            self._stdin.flush()
        except BlockingIOError:
            log.debug("Audio process busy; dropped: %s", line.split(" ", 1)[0])
        except (BrokenPipeError, OSError, ValueError) as error:
            self._fail(f"the audio process ended ({error})")

    def _read(self) -> None:
        assert self._proc.stdout is not None
        try:
            for raw in self._proc.stdout:
                self._on_line(raw)
        except (OSError, ValueError):  # the pipe was closed by close()
            pass
        if not self._closing:
            self._fail("the audio process ended")
            self._kill()

    def _on_line(self, raw: str) -> None:
        word, _, rest = raw.strip().partition(" ")
        if word == "started":
            self.started_count += 1
            seq, _, at = rest.partition(" ")
            if at:
                self.last_started_at = float(at)
            sound = self._sent.get(int(seq)) if seq.isdigit() else None
            if sound is not None and self.on_started is not None:
                self.on_started(sound)
        elif word == "dropped":
            self.dropped_count += 1
        elif word == "synced":
            self._synced.set()
        elif word == "failed":
            self._fail(rest)

    def _fail(self, reason: str) -> None:
        if self._failed:
            return
        self._failed = True
        self._synced.set()
        if self.available:
            log.warning("Sound stopped working: %s", reason)
            self.available = False
            self.unavailable_reason = reason
            if self.on_failure is not None:
                self.on_failure(reason)

    def _kill(self) -> None:
        """End the child (if it still runs), reap it and close the pipes."""
        try:
            if self._proc.poll() is None:
                self._proc.kill()
            self._proc.wait(timeout=1.0)
        except (OSError, subprocess.TimeoutExpired):
            pass
        for pipe in (self._proc.stdin, self._proc.stdout):
            try:
                if pipe is not None:
                    pipe.close()
            except OSError:
                pass


def serve(
    lines: Iterable[str],
    write: Callable[[str], None],
    make_player: Callable[[], SimpleAudioPlayer] | None = None,
) -> int:
    """The child's loop: obey ``lines``, report through ``write``. Returns an exit status."""
    from glute_timer.audio.simpleaudio_player import SimpleAudioPlayer
    from glute_timer.audio.sound import SoundFormatError, join, load_wav

    player = make_player() if make_player else SimpleAudioPlayer(threaded=False)
    if not player.available:
        write(f"unavailable {player.unavailable_reason}")
        return 0
    seqs: dict[int, str] = {}
    player.on_started = lambda sound: write(
        f"started {seqs.pop(id(sound), '0')} {time.monotonic():.6f}"
    )
    player.on_dropped = lambda sound: write(f"dropped {seqs.pop(id(sound), '0')}")
    player.on_failure = lambda reason: write(f"failed {reason}")
    loaded: dict[str, Sound] = {}
    write("ready")
    for raw in lines:
        word, _, rest = raw.strip().partition(" ")
        if word == "load":
            key, _, path = rest.partition(" ")
            try:
                loaded[key] = load_wav(Path(path))
            except SoundFormatError as error:
                log.warning("Audio process could not load %s: %s", path, error)
            player.prepare(loaded.values())
        elif word == "play":
            seq, delay, *items = rest.split(" ")
            parts: list[Sound] = []
            for item in items:
                if item.startswith("k") and item[1:] in loaded:
                    parts.append(loaded[item[1:]])
                elif item.startswith("z") and parts:
                    frames = int(item[1:])
                    like = parts[-1]
                    parts.append(
                        Sound(
                            "gap",
                            bytes(frames * like.channels * like.sample_width),
                            like.channels,
                            like.sample_width,
                            like.sample_rate,
                            silent=True,
                        )
                    )
            if not parts:
                write(f"dropped {seq}")
                continue
            deadline = None if delay == "-" else time.monotonic() + float(delay)
            if deadline is not None and time.monotonic() > deadline:
                write(f"dropped {seq}")
                continue
            sound = join(seq, parts)
            seqs[id(sound)] = seq
            player.play(sound, deadline)
        elif word == "stop":
            player.stop()
        elif word == "sync":
            player.wait_idle(5.0)
            write("synced")
        elif word == "volume":
            player.set_volume(float(rest))
        elif word == "quit":
            break
    player.close()
    return 0


def main() -> int:
    lock = threading.Lock()

    def write(line: str) -> None:
        with lock:
            sys.stdout.write(line + "\n")
            sys.stdout.flush()

    try:
        return serve(sys.stdin, write)
    except (BrokenPipeError, KeyboardInterrupt):
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
