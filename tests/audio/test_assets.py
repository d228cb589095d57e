"""The committed WAV files: valid, in the cue format, short, click-free, reproducible."""

from __future__ import annotations

import math
import shutil
import wave
from array import array
from pathlib import Path

import pytest
from tools import make_sounds, make_voice

from glute_timer.audio.catalog import (
    CHANNELS,
    SAMPLE_RATE,
    SAMPLE_WIDTH,
    Beep,
    beep_file,
    voice_file,
    voice_prompts,
)
from glute_timer.resources import sound_path

SOUNDS = sound_path(".").resolve()
ALL_WAVS = sorted(SOUNDS.rglob("*.wav"))
# voice/<language>/ for each language whose prompts are rendered (English is voice/ itself).
VOICE_LANGUAGES = sorted(p.name for p in (SOUNDS / "voice").iterdir() if p.is_dir())


def samples(path: Path) -> array[int]:
    with wave.open(str(path), "rb") as wav:
        data = array("h", wav.readframes(wav.getnframes()))
    return data


def test_there_are_sounds_to_check() -> None:
    assert len(ALL_WAVS) == len(Beep) + len(voice_prompts()) * (1 + len(VOICE_LANGUAGES))


@pytest.mark.parametrize("path", ALL_WAVS, ids=lambda p: p.relative_to(SOUNDS).as_posix())
def test_every_wav_is_valid_16_bit_mono_or_stereo_and_not_empty(path: Path) -> None:
    with wave.open(str(path), "rb") as wav:
        assert wav.getcomptype() == "NONE"
        assert wav.getsampwidth() == 2
        assert wav.getnchannels() in (1, 2)
        assert wav.getnframes() > 0
        data = wav.readframes(wav.getnframes())
    assert any(data), "all silence"


@pytest.mark.parametrize("beep", list(Beep))
def test_cues_are_short_in_the_cue_format_and_start_and_end_silent(beep: Beep) -> None:
    path = sound_path(beep_file(beep))
    with wave.open(str(path), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (
            CHANNELS,
            SAMPLE_WIDTH,
            SAMPLE_RATE,
        )
        seconds = wav.getnframes() / wav.getframerate()
    if beep is not Beep.WORKOUT_COMPLETE:
        assert seconds <= 0.6
    data = samples(path)
    # A click is a jump at the edges: the first and last samples must be (nearly) silent.
    assert abs(data[0]) < 200 and abs(data[-1]) < 200


def _rms(data: array[int]) -> float:
    return math.sqrt(sum(s * s for s in data) / len(data))


def test_cue_loudness_is_matched_within_3_db() -> None:
    levels = {b: _rms(samples(sound_path(beep_file(b)))) for b in Beep}
    loudest, quietest = max(levels.values()), min(levels.values())
    assert 20 * math.log10(loudest / quietest) <= 3.0, levels


def test_cues_are_distinct() -> None:
    contents = {sound_path(beep_file(b)).read_bytes() for b in Beep}
    assert len(contents) == len(Beep)


def test_every_voice_prompt_has_a_file() -> None:
    missing = [p for p in voice_prompts() if not sound_path(voice_file(p)).is_file()]
    assert missing == []


@pytest.mark.parametrize("language", VOICE_LANGUAGES)
def test_a_rendered_language_has_every_prompt(language: str) -> None:
    missing = [p for p in voice_prompts() if not sound_path(voice_file(p, language)).is_file()]
    assert missing == []


def test_make_sounds_reproduces_the_committed_files(tmp_path: Path) -> None:
    assert make_sounds.main(["--out", str(tmp_path)]) == 0
    for beep in Beep:
        made = (tmp_path / beep_file(beep)).read_bytes()
        assert made == sound_path(beep_file(beep)).read_bytes(), beep


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
@pytest.mark.skipif(shutil.which("sox") is None, reason="sox is not installed")
def test_make_voice_reproduces_the_committed_files(tmp_path: Path) -> None:
    ids = ["get_ready", "set_2_of_3", "exercise_wall_push"]
    assert make_voice.main(["--out", str(tmp_path), "--only", *ids]) == 0
    for prompt in ids:
        made = (tmp_path / voice_file(prompt)).read_bytes()
        assert made == sound_path(voice_file(prompt)).read_bytes(), prompt
