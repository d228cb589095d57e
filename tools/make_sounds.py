"""Generate the cue sounds in ``assets/sounds/`` from plain arithmetic.

Each cue is a few soft, bell-like notes (a fundamental with quieter, faster-fading
harmonics), with a raised-cosine attack and a fade to silence at the end so nothing clicks.
Every sound is scaled to the same short-window loudness. The output depends only on this
file, so running it again writes the same bytes.

Run: ``.venv/bin/python tools/make_sounds.py [--out DIR]``
"""

from __future__ import annotations

import argparse
import math
import sys
import wave
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from glute_timer.audio.catalog import (
    CHANNELS,
    SAMPLE_RATE,
    SAMPLE_WIDTH,
    Beep,
    beep_file,
)

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "assets" / "sounds"
# Loudness target: RMS of the loudest 50 ms window, in dBFS. Peaks are kept below PEAK_DBFS.
TARGET_DBFS = -16.0
PEAK_DBFS = -1.0
WINDOW_S = 0.05
FADE_OUT_S = 0.03
MAX_SECONDS = 0.6

# (harmonic number, relative amplitude); higher harmonics also fade faster.
SOFT = ((1, 1.0), (2, 0.28), (3, 0.09), (4, 0.04))
BRIGHT = ((1, 1.0), (2, 0.4), (3, 0.18), (4, 0.08), (5, 0.04))
WOOD = ((1, 1.0), (2.76, 0.35), (5.4, 0.12))  # marimba-like, slightly inharmonic overtones


@dataclass(frozen=True)
class Note:
    """One struck note inside a cue."""

    start: float
    freq: float
    gain: float = 1.0
    decay: float = 0.18  # seconds for the fundamental to fall to 1/e
    attack: float = 0.006
    partials: Sequence[tuple[float, float]] = SOFT


def midi(n: int) -> float:
    """Equal-tempered frequency of MIDI note ``n`` (69 = A4 = 440 Hz)."""
    return float(440.0 * 2.0 ** ((n - 69) / 12.0))


def render(notes: Sequence[Note], seconds: float) -> list[float]:
    """Mix ``notes`` into ``seconds`` of samples, then fade the tail to silence."""
    total = round(seconds * SAMPLE_RATE)
    out = [0.0] * total
    for note in notes:
        first = round(note.start * SAMPLE_RATE)
        attack_n = max(1, round(note.attack * SAMPLE_RATE))
        for i in range(first, total):
            t = (i - first) / SAMPLE_RATE
            env = (
                0.5 - 0.5 * math.cos(math.pi * (i - first) / attack_n)
                if i - first < attack_n
                else 1.0
            )
            value = 0.0
            for harmonic, amp in note.partials:
                freq = note.freq * harmonic
                if freq >= SAMPLE_RATE / 2 * 0.9:
                    continue
                value += (
                    amp * math.exp(-t * harmonic / note.decay) * math.sin(2 * math.pi * freq * t)
                )
            out[i] += note.gain * env * value
    fade_n = round(FADE_OUT_S * SAMPLE_RATE)
    for k in range(fade_n):
        out[total - fade_n + k] *= 0.5 + 0.5 * math.cos(math.pi * (k + 1) / fade_n)
    return out


def loudness(samples: Sequence[float]) -> float:
    """RMS of the loudest ``WINDOW_S`` window (a simple stand-in for perceived loudness)."""
    n = round(WINDOW_S * SAMPLE_RATE)
    squares = [s * s for s in samples]
    acc = sum(squares[:n])
    best = acc
    for i in range(n, len(squares)):
        acc += squares[i] - squares[i - n]
        best = max(best, acc)
    return math.sqrt(max(best, 0.0) / n)


def normalise(samples: list[float]) -> list[int]:
    """Scale to the loudness target, keep peaks under ``PEAK_DBFS``, round to 16-bit."""
    full = 32767.0
    gain = (10 ** (TARGET_DBFS / 20) * full) / loudness(samples)
    peak = max(abs(s) for s in samples) * gain
    limit = 10 ** (PEAK_DBFS / 20) * full
    if peak > limit:
        gain *= limit / peak
    return [round(s * gain) for s in samples]


def designs() -> dict[Beep, tuple[list[Note], float]]:
    """The notes and length of every cue."""
    c5, e5, g5, c6 = midi(72), midi(76), midi(79), midi(84)
    return {
        # A dry, short knock: easy to count, never mistaken for a chime.
        Beep.TICK: ([Note(0.0, midi(81), decay=0.025, attack=0.002, partials=WOOD)], 0.12),
        # Up a fifth, bright and clear: start working now.
        Beep.GO: (
            [
                Note(0.0, midi(79), gain=0.8, decay=0.07, partials=BRIGHT),
                Note(0.09, midi(86), decay=0.16, partials=BRIGHT),
            ],
            0.45,
        ),
        # Two soft, equal notes: a gentle "still going".
        Beep.HALFWAY: (
            [Note(0.0, midi(76), decay=0.09), Note(0.17, midi(76), decay=0.11)],
            0.45,
        ),
        # Three notes falling: the hold is over.
        Beep.HOLD_END: (
            [
                Note(0.0, midi(86), decay=0.07),
                Note(0.1, midi(83), decay=0.07),
                Note(0.2, midi(79), decay=0.14),
            ],
            0.55,
        ),
        # Back and forth, like changing sides.
        Beep.SWITCH_SIDE: (
            [
                Note(0.0, midi(76), decay=0.05, partials=WOOD),
                Note(0.1, midi(83), decay=0.05, partials=WOOD),
                Note(0.2, midi(76), decay=0.05, partials=WOOD),
                Note(0.3, midi(83), decay=0.09, partials=WOOD),
            ],
            0.55,
        ),
        # A low, slow chord: relax.
        Beep.REST: (
            [
                Note(0.0, midi(67), decay=0.22, attack=0.03),
                Note(0.0, midi(71), gain=0.7, decay=0.22, attack=0.03),
                Note(0.0, midi(74), gain=0.6, decay=0.22, attack=0.03),
            ],
            0.6,
        ),
        # A rising arpeggio into a held major chord.
        Beep.WORKOUT_COMPLETE: (
            [
                Note(0.0, c5, decay=0.12, partials=BRIGHT),
                Note(0.12, e5, decay=0.12, partials=BRIGHT),
                Note(0.24, g5, decay=0.12, partials=BRIGHT),
                Note(0.36, c6, gain=0.9, decay=0.25, partials=BRIGHT),
                Note(0.6, c5, gain=0.6, decay=0.45, attack=0.02),
                Note(0.6, e5, gain=0.5, decay=0.45, attack=0.02),
                Note(0.6, g5, gain=0.5, decay=0.45, attack=0.02),
                Note(0.6, c6, gain=0.45, decay=0.45, attack=0.02),
            ],
            1.8,
        ),
    }


def write_wav(path: Path, samples: Sequence[int]) -> None:
    """Write mono 16-bit PCM; the header holds nothing that changes between runs."""
    data = array("h", samples)
    if sys.byteorder == "big":
        data.byteswap()
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(CHANNELS)
        out.setsampwidth(SAMPLE_WIDTH)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(data.tobytes())


def main(argv: Sequence[str] | None = None) -> int:
    """Write every cue WAV; prints one line per file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder to write into")
    args = parser.parse_args(argv)
    for beep, (notes, seconds) in designs().items():
        if seconds > MAX_SECONDS and beep is not Beep.WORKOUT_COMPLETE:
            raise SystemExit(f"{beep} is {seconds} s long; cues must be {MAX_SECONDS} s or less")
        path = args.out / beep_file(beep)
        write_wav(path, normalise(render(notes, seconds)))
        print(f"{path}  {seconds:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
