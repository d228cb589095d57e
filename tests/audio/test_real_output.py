"""Real output: simpleaudio through ALSA's file plugin, captured and checked sample by sample.

Each test runs :mod:`tests.audio.capture_run` in a child process whose HOME holds the
``.asoundrc``. The null device does not play in real time, so nothing here checks timing.
"""

from __future__ import annotations

import itertools
import json
import math
import os
import subprocess
import sys
from array import array
from pathlib import Path

import pytest

from glute_timer.audio.bank import SoundBank
from tests.audio.conftest import simpleaudio_or_skip

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.simpleaudio


def run_child(mode: str, home: Path) -> dict[str, object]:
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.audio.capture_run", mode],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def captured(home: Path) -> list[bytes]:
    """The bytes of each device opening, in order (the first is the start-up probe)."""
    folder = home.parent / "capture"
    files = sorted(folder.glob("out.raw*"), key=lambda p: (len(p.name), p.name))
    return [f.read_bytes() for f in files]


def test_a_tone_comes_out_whole_at_its_frequency(alsa_home: Path) -> None:
    simpleaudio_or_skip()
    result = run_child("tone", alsa_home)
    assert result["available"] is True, result
    probe, tone = captured(alsa_home)
    assert not any(probe)
    samples = array("h", tone)
    assert len(samples) == round(0.5 * 44100)  # the expected length
    rms = math.sqrt(sum(s * s for s in samples) / len(samples))
    assert rms > 5000  # not silent
    crossings = sum(1 for a, b in itertools.pairwise(samples) if (a < 0) != (b < 0))
    frequency = crossings / 2 / 0.5
    assert frequency == pytest.approx(1000, rel=0.01)


def test_a_whole_wall_push_comes_out_in_order(alsa_home: Path, bank: SoundBank) -> None:
    simpleaudio_or_skip()
    result = run_child("workout", alsa_home)
    assert result["outcome"] == "completed" and result["status"] == "", result
    plays = result["plays"]
    assert isinstance(plays, list)
    assert len(plays) == 37
    openings = captured(alsa_home)[1:]
    assert len(openings) == len(plays)
    sounds = {s.name: s.pcm for s in bank.all_sounds()}
    for names, got in zip(plays, openings, strict=True):
        expected = b"".join(
            bytes(2 * int(n.removeprefix("silence_"))) if n.startswith("silence_") else sounds[n]
            for n in names
        )
        assert got == expected, names


def test_a_workout_with_no_audio_device_runs_to_the_end_and_says_so(tmp_path: Path) -> None:
    simpleaudio_or_skip()
    home = tmp_path / "home"
    home.mkdir()
    # A default device that points at a card that does not exist.
    (home / ".asoundrc").write_text(
        "pcm.!default { type hw card 97 }\nctl.!default { type hw card 97 }\n"
    )
    result = run_child("nodevice", home)
    assert result["outcome"] == "completed"
    assert result["backend"] == "none"
    status = result["status"]
    assert isinstance(status, str) and status.startswith("No sound: no audio device ("), status
    assert len(result["moments"]) == 37  # type: ignore[arg-type]
