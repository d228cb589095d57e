"""Fixtures for the audio tests: the real sound bank, a recording player, a fake clock."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from glute_timer.audio.bank import SoundBank
from glute_timer.engine import emit_fix
from tests.audio.recording import RecordingPlayer
from tests.fakes import FakeClock


def _keep_none_alive() -> None:
    """PySide6 6.12 loses a reference to None on every call of a void C++ method.

    On Python 3.11 None is reference counted, so a test session making thousands of such
    calls would abort ("none_dealloc"). Python 3.12 made None immortal; do the same here.
    """
    if sys.version_info >= (3, 12):
        return
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    if sys.getrefcount(None) < before:
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


_keep_none_alive()
emit_fix.install()


@pytest.fixture(autouse=True)
def _app(qapp: object) -> object:
    """Every audio test may make QObjects and timers."""
    return qapp


@pytest.fixture(scope="session")
def bank() -> SoundBank:
    loaded = SoundBank.load()
    assert not loaded.problems
    return loaded


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def player(clock: FakeClock) -> RecordingPlayer:
    return RecordingPlayer(clock.monotonic)


def simpleaudio_or_skip() -> None:
    """Skip when simpleaudio is missing, except on CI (``CI`` set), where that is a failure."""
    try:
        import simpleaudio  # noqa: F401
    except ImportError as error:
        if os.environ.get("CI"):
            pytest.fail(f"simpleaudio must be installed on CI: {error}")
        pytest.skip(f"simpleaudio is not installed: {error}")


@pytest.fixture
def alsa_home(tmp_path: Path) -> Iterator[Path]:
    """A private HOME whose ``.asoundrc`` sends ALSA's default device to files.

    Every opening of the device writes ``out.raw``, ``out.raw.0001``, ... (raw 16-bit PCM).
    Only child processes started with this HOME see it: ALSA reads its configuration once
    per process.
    """
    home = tmp_path / "home"
    capture = tmp_path / "capture"
    home.mkdir()
    capture.mkdir()
    (home / ".asoundrc").write_text(
        "pcm.!default {\n"
        "  type file\n"
        '  slave.pcm "null"\n'
        f'  file "{capture / "out.raw"}"\n'
        '  format "raw"\n'
        "  truncate false\n"
        "}\n"
    )
    yield home
