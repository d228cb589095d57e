"""The backends and the choice between them, without a sound card."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from glute_timer.audio.bank import SoundBank
from glute_timer.audio.catalog import Beep
from glute_timer.audio.choose import choose_player
from glute_timer.audio.player import CuePlayer, NullPlayer
from glute_timer.audio.qt_player import QtSoundPlayer
from glute_timer.audio.simpleaudio_player import SimpleAudioPlayer
from glute_timer.audio.sound import Sound, join
from tests.audio.recording import RecordingPlayer


class FakePlayObject:
    def __init__(self, owner: FakeSimpleaudio, pcm: bytes) -> None:
        self.owner = owner
        self.pcm = pcm
        self.stopped = False

    def stop(self) -> None:
        self.stopped = True

    def is_playing(self) -> bool:
        return not self.stopped and self.owner.keep_playing


class FakeSimpleaudio:
    """Stands in for the simpleaudio module: records buffers, can fail or stall on demand."""

    def __init__(self, fail_at: int | None = None, fail_probe: bool = False) -> None:
        self.calls: list[FakePlayObject] = []
        self.fail_at = fail_at
        self.fail_probe = fail_probe
        self.keep_playing = True
        self.gate = threading.Event()
        self.gate.set()
        self.started = threading.Event()

    def play_buffer(self, pcm: bytes, channels: int, width: int, rate: int) -> FakePlayObject:
        if len(pcm) == 2 * 441 and not any(pcm):
            if self.fail_probe:
                raise RuntimeError("Error opening PCM device. -- CODE: -2\nALSA lib noise")
            return FakePlayObject(self, pcm)
        self.gate.wait(5)
        if self.fail_at is not None and len(self.calls) >= self.fail_at:
            raise RuntimeError("Error opening PCM device. -- CODE: -16 -- MSG: busy")
        obj = FakePlayObject(self, pcm)
        self.calls.append(obj)
        self.started.set()
        return obj


def wait_for(condition: Callable[[], bool], timeout: float = 2.0) -> None:
    """Waits on the player's worker thread, which has no Qt signal to wait on."""
    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.001)


def tick(bank: SoundBank) -> Sound:
    sound = bank.beep(Beep.TICK)
    assert sound is not None
    return sound


def test_simpleaudio_plays_on_a_worker_and_play_returns_at_once(bank: SoundBank) -> None:
    fake = FakeSimpleaudio()
    fake.gate.clear()  # the "device" takes its time opening
    player = SimpleAudioPlayer(module=fake)
    assert player.available and player.backend_name == "simpleaudio"
    started = time.perf_counter()
    player.play(tick(bank))
    assert time.perf_counter() - started < 0.002
    fake.gate.set()
    wait_for(lambda: player.started_count == 1)
    assert fake.calls[0].pcm == tick(bank).pcm
    player.close()


def test_a_newer_sound_cuts_the_older_one_short(bank: SoundBank) -> None:
    fake = FakeSimpleaudio()
    player = SimpleAudioPlayer(module=fake)
    player.play(tick(bank))
    wait_for(lambda: player.started_count == 1)
    go = bank.beep(Beep.GO)
    assert go is not None
    player.play(go)
    wait_for(lambda: player.started_count == 2)
    assert fake.calls[0].stopped and not fake.calls[1].stopped
    player.stop()
    wait_for(lambda: fake.calls[1].stopped)
    player.close()


def test_joined_sounds_are_assembled_and_volume_scales_them(bank: SoundBank) -> None:
    fake = FakeSimpleaudio()
    player = SimpleAudioPlayer(module=fake)
    rest, word = bank.beep(Beep.REST), bank.voice("rest")
    assert rest is not None and word is not None
    player.prepare(bank.all_sounds())
    player.set_volume(0.5)
    player.play(join("rest", [rest, word], gap=0.1))
    wait_for(lambda: player.started_count == 1)
    pcm = fake.calls[0].pcm
    assert len(pcm) == len(rest.pcm) + 2 * 4410 + len(word.pcm)
    first = int.from_bytes(rest.pcm[2000:2002], "little", signed=True)
    assert int.from_bytes(pcm[2000:2002], "little", signed=True) == int(first * 0.5)
    player.close()


def test_a_sound_that_cannot_start_by_its_deadline_is_dropped(bank: SoundBank) -> None:
    now = [100.0]
    fake = FakeSimpleaudio()
    player = SimpleAudioPlayer(module=fake, clock=lambda: now[0])
    word = bank.voice("rest")
    assert word is not None
    player.play(word, deadline=99.7)
    wait_for(lambda: player.dropped_count == 1)
    player.play(word, deadline=100.3)
    wait_for(lambda: player.started_count == 1)
    assert len(fake.calls) == 1
    player.close()


def test_a_failing_device_is_logged_once_and_reported(
    bank: SoundBank, caplog: pytest.LogCaptureFixture
) -> None:
    fake = FakeSimpleaudio(fail_at=1)
    player = SimpleAudioPlayer(module=fake)
    reasons: list[str] = []
    player.on_failure = reasons.append
    with caplog.at_level(logging.WARNING, logger="glute_timer.audio.simpleaudio_player"):
        player.play(tick(bank))
        wait_for(lambda: player.started_count == 1)
        player.play(tick(bank))
        wait_for(lambda: not player.available)
        player.play(tick(bank))  # ignored from now on, no exception
    assert reasons == [
        "the audio device failed (Error opening PCM device. -- CODE: -16 -- MSG: busy)"
    ]
    assert player.unavailable_reason == reasons[0]
    assert len(caplog.records) == 1


def test_no_device_at_start_up_makes_simpleaudio_unavailable() -> None:
    player = SimpleAudioPlayer(module=FakeSimpleaudio(fail_probe=True))
    assert not player.available
    assert player.unavailable_reason == "no audio device (Error opening PCM device. -- CODE: -2)"
    player.play(Sound("x", b"\x01\x00", 1, 2, 44100))  # does nothing, raises nothing


def test_missing_simpleaudio_module_is_a_reason_not_an_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "simpleaudio", None)
    player = SimpleAudioPlayer()
    assert not player.available
    assert player.unavailable_reason.startswith("simpleaudio is not installed")


# Loading Qt Multimedia's FFmpeg backend reports what this machine lacks (no sound server,
# no VA-API video libraries): expected here and on CI, not a fault.
NO_SOUND_SERVER = pytest.mark.qt_log_ignore("PulseAudioService: .*", "Couldn't (load|resolve) va.*")


@NO_SOUND_SERVER
def test_qt_player_without_audio_outputs_is_unavailable(bank: SoundBank) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    if QMediaDevices.audioOutputs():
        pytest.skip("this machine has an audio output")
    player = QtSoundPlayer()
    assert not player.available
    assert "no audio output" in player.unavailable_reason
    player.prepare(bank.all_sounds())
    player.play(tick(bank))
    player.stop()


@NO_SOUND_SERVER
@pytest.mark.qt_log_ignore("QSoundEffect: .*")
def test_qt_effects_that_cannot_play_make_the_player_report_once(
    qtbot: QtBot, bank: SoundBank
) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    if QMediaDevices.audioOutputs():
        pytest.skip("this machine has an audio output")
    player = QtSoundPlayer(check_outputs=False)  # as if Qt had listed a device that fails
    reasons: list[str] = []
    player.on_failure = reasons.append
    sounds = bank.all_sounds()[:3]
    player.prepare(sounds)
    player.prepare(sounds)
    assert len(player._effects) == 3
    player.set_volume(0.3)
    player.play(tick(bank))  # not loaded (or not playable): skipped, no exception
    qtbot.waitUntil(lambda: not player.available, timeout=5000)
    assert len(reasons) == 1 and reasons[0].startswith("Qt Multimedia could not play ")
    player.play(tick(bank))
    player.stop()


def _fake_backend(player: CuePlayer) -> Callable[[Callable[[], float], QObject | None], CuePlayer]:
    return lambda clock, parent: player


def test_choose_player_takes_the_first_that_works(caplog: pytest.LogCaptureFixture) -> None:
    broken = RecordingPlayer(available=False)
    good = RecordingPlayer()
    with caplog.at_level(logging.INFO, logger="glute_timer.audio.choose"):
        chosen = choose_player(
            backends={"simpleaudio": _fake_backend(broken), "qt": _fake_backend(good)}
        )
    assert chosen is good
    assert "Sound backend: recording" in caplog.text


def test_choose_player_falls_back_to_silence_with_every_reason() -> None:
    def explodes(clock: Callable[[], float], parent: QObject | None) -> CuePlayer:
        raise OSError("libasound.so.2: cannot open shared object file")

    chosen = choose_player(
        backends={"simpleaudio": explodes, "qt": _fake_backend(RecordingPlayer(available=False))}
    )
    assert isinstance(chosen, NullPlayer) and not chosen.available
    assert chosen.unavailable_reason == (
        "simpleaudio: libasound.so.2: cannot open shared object file; "
        "recording player set unavailable"
    )


def test_choose_player_can_be_forced() -> None:
    good = RecordingPlayer()
    backends: dict[str, Any] = {"simpleaudio": _fake_backend(good), "qt": _fake_backend(good)}
    assert choose_player("qt", backends=backends) is good
    off = choose_player("none", backends=backends)
    assert isinstance(off, NullPlayer)
    assert off.unavailable_reason == "sound is turned off (--audio none)"
    with pytest.raises(ValueError, match="unknown audio backend"):
        choose_player("pulse", backends=backends)


def test_simpleaudio_tests_skip_without_it_but_fail_on_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from tests.audio.conftest import simpleaudio_or_skip

    monkeypatch.setitem(sys.modules, "simpleaudio", None)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        simpleaudio_or_skip()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="must be installed on CI"):
        simpleaudio_or_skip()
