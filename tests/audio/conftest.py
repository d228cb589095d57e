"""Fixtures for the audio tests: the real sound bank, a recording player, a fake clock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from glute_timer.audio.bank import SoundBank
from tests.audio.recording import RecordingPlayer
from tests.fakes import FakeClock


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
