"""Sounds in memory: loading, joining, scaling."""

from __future__ import annotations

import wave
from array import array
from pathlib import Path

import pytest

from glute_timer.audio.bank import SoundBank
from glute_timer.audio.catalog import Beep
from glute_timer.audio.player import scale_pcm, volume_gain
from glute_timer.audio.sound import Sound, SoundFormatError, join, load_wav, silence


def _write(path: Path, frames: bytes, width: int = 2, channels: int = 1) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(width)
        out.setframerate(8000)
        out.writeframes(frames)
    return path


def test_load_wav_keeps_pcm_and_format(tmp_path: Path) -> None:
    pcm = array("h", [0, 1000, -1000, 0]).tobytes()
    sound = load_wav(_write(tmp_path / "a.wav", pcm, channels=2))
    assert (sound.pcm, sound.channels, sound.sample_rate, sound.frame_count) == (pcm, 2, 8000, 2)
    assert sound.name == "a"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read"),
        (b"not a wav file at all", "cannot read"),
        ("8bit", "8-bit"),
        ("empty", "no audio"),
    ],
)
def test_load_wav_refuses_what_players_cannot_use(
    tmp_path: Path, content: bytes | str | None, message: str
) -> None:
    path = tmp_path / "x.wav"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content == "8bit":
        _write(path, b"\x80" * 10, width=1)
    elif content == "empty":
        _write(path, b"")
    with pytest.raises(SoundFormatError, match=message):
        load_wav(path)


def test_join_puts_gaps_between_parts_and_copies_nothing(bank: SoundBank) -> None:
    tick, go = bank.beep(Beep.TICK), bank.beep(Beep.GO)
    assert tick is not None and go is not None
    joined = join("both", [tick, go], gap=0.1)
    assert [leaf.name for leaf in joined.leaves] == ["tick", "silence_4410", "go"]
    assert joined.leaves[0] is tick
    assert joined.duration == pytest.approx(tick.duration + 0.1 + go.duration)
    assert joined.pcm == b""


def test_join_of_one_sound_is_that_sound(bank: SoundBank) -> None:
    tick = bank.beep(Beep.TICK)
    assert tick is not None
    assert join("x", [tick, silence(0, tick)]) is tick
    with pytest.raises(ValueError, match="nothing"):
        join("x", [])


def test_join_leaves_out_sounds_of_another_format(bank: SoundBank) -> None:
    tick = bank.beep(Beep.TICK)
    assert tick is not None
    odd = Sound("odd", b"\x00\x01" * 10, 1, 2, 8000)
    assert join("x", [tick, odd]) is tick


def test_scale_pcm_and_volume_curve() -> None:
    pcm = array("h", [1000, -1000, 32767]).tobytes()
    assert scale_pcm(pcm, 1.0) is pcm
    assert array("h", scale_pcm(pcm, 0.5)).tolist() == [500, -500, 16383]
    assert volume_gain(100) == 1.0
    assert volume_gain(0) == 0.0
    assert volume_gain(50) == pytest.approx(0.25)
    assert volume_gain(150) == 1.0


def test_bank_reports_missing_files_and_goes_on(tmp_path: Path) -> None:
    loaded = SoundBank.load(locate=lambda name: tmp_path / name, prompt_ids=["rest"])
    assert loaded.beep(Beep.GO) is None
    assert loaded.voice("rest") is None
    assert len(loaded.problems) == len(Beep) + 1
