"""Real output through the Qt Multimedia backend: QSoundEffect into a private PulseAudio
server's null sink, recorded from its monitor and checked.

This is the sound a plain ``pip install`` gets (no simpleaudio extra) on a Linux desktop,
where PulseAudio or PipeWire's PulseAudio service is the sound server.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import sys
import time
from array import array
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.audio.capture_run import TONE_HZ, TONE_SECONDS

ROOT = Path(__file__).resolve().parents[2]
RATE = 44100
pytestmark = pytest.mark.slow


def tools_or_skip() -> None:
    """Skip without PulseAudio's server and parec, except on CI, where that is a failure."""
    missing = [tool for tool in ("pulseaudio", "parec", "pactl") if shutil.which(tool) is None]
    if missing:
        message = f"not installed: {', '.join(missing)} (Debian: pulseaudio pulseaudio-utils)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def pulse_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private PulseAudio server with one null sink, ``capture``; yields the environment
    that makes a child process use it."""
    tools_or_skip()
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "XDG_RUNTIME_DIR": str(runtime),
        "HOME": str(tmp_path),
        "PULSE_SERVER": f"unix:{runtime / 'pulse' / 'native'}",
        "QT_QPA_PLATFORM": "offscreen",
    }
    server = subprocess.Popen(
        [
            "pulseaudio",
            "-n",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "--load=module-null-sink sink_name=capture rate=44100 channels=1",
            "--load=module-native-protocol-unix",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 15
        while subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode:
            assert server.poll() is None, server.communicate()[1][-2000:]
            assert time.monotonic() < deadline, "PulseAudio did not start"
            time.sleep(0.05)  # polls another process: it offers nothing to wait on
        yield env
    finally:
        server.terminate()
        server.communicate(timeout=10)


def loud_runs(samples: array[int], threshold: float = 0.02) -> list[tuple[int, int]]:
    """(first, end) sample indexes of each stretch louder than ``threshold`` (10 ms windows)."""
    window = RATE // 100
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for i in range(0, len(samples) - window, window):
        loud = max(abs(x) for x in samples[i : i + window]) / 32768 > threshold
        if loud and start is None:
            start = i
        elif not loud and start is not None:
            runs.append((start, i))
            start = None
    if start is not None:
        runs.append((start, len(samples)))
    return runs


def test_the_qt_backend_plays_a_tone_whole_at_its_frequency(
    pulse_env: dict[str, str], tmp_path: Path
) -> None:
    recording = tmp_path / "capture.raw"
    with recording.open("wb") as out:
        recorder = subprocess.Popen(
            [
                "parec",
                "-d",
                "capture.monitor",
                "--raw",
                "--format=s16le",
                f"--rate={RATE}",
                "--channels=1",
                "--latency-msec=20",
            ],
            env=pulse_env,
            stdout=out,
        )
        try:
            done = subprocess.run(
                [sys.executable, "-m", "tests.audio.capture_run", "qt-tone", str(tmp_path)],
                cwd=ROOT,
                env=pulse_env,
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
        finally:
            recorder.terminate()
            recorder.wait(timeout=10)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"available": True, "ready": True, "playing": False}, result

    samples = array("h")
    data = recording.read_bytes()
    samples.frombytes(data[: len(data) // 2 * 2])
    [(first, end)] = loud_runs(samples)  # one sound, not cut up or repeated
    assert (end - first) / RATE == pytest.approx(TONE_SECONDS, abs=0.03)
    middle = samples[first + RATE // 10 : end - RATE // 10]
    crossings = sum(1 for a, b in itertools.pairwise(middle) if (a < 0) != (b < 0))
    assert crossings / 2 / (len(middle) / RATE) == pytest.approx(TONE_HZ, rel=0.01)
