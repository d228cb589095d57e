"""Sounds held in memory: PCM read from a WAV file once, and joins of several of them."""

from __future__ import annotations

import wave
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


class SoundFormatError(ValueError):
    """A WAV file the players cannot use (not PCM, not 16-bit, empty or unreadable)."""


@dataclass(frozen=True, eq=False)
class Sound:
    """A sound ready to play: raw little-endian PCM plus its format.

    A joined sound (see :func:`join`) keeps its pieces in ``parts`` so a backend that plays
    files (Qt) can play them one after another; ``pcm`` of a joined sound is empty, and
    :attr:`leaves` lists what to play. ``path`` is the WAV a leaf came from, if any;
    ``silent`` marks the pauses that :func:`join` puts between parts.
    """

    name: str
    pcm: bytes
    channels: int
    sample_width: int
    sample_rate: int
    path: Path | None = None
    parts: tuple[Sound, ...] = ()
    silent: bool = False

    @property
    def frame_count(self) -> int:
        if self.parts:
            return sum(part.frame_count for part in self.parts)
        return len(self.pcm) // (self.channels * self.sample_width)

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return self.frame_count / self.sample_rate

    @property
    def leaves(self) -> tuple[Sound, ...]:
        """The plain sounds this one is made of, in playing order."""
        return self.parts if self.parts else (self,)

    @property
    def is_empty(self) -> bool:
        return self.frame_count == 0

    def same_format(self, other: Sound) -> bool:
        return (self.channels, self.sample_width, self.sample_rate) == (
            other.channels,
            other.sample_width,
            other.sample_rate,
        )


def silence(seconds: float, like: Sound) -> Sound:
    """A silent leaf of ``seconds`` in the format of ``like``."""
    frames = round(seconds * like.sample_rate)
    return Sound(
        name=f"silence_{frames}",
        pcm=bytes(frames * like.channels * like.sample_width),
        channels=like.channels,
        sample_width=like.sample_width,
        sample_rate=like.sample_rate,
        silent=True,
    )


def join(name: str, sounds: Sequence[Sound], gap: float = 0.0) -> Sound:
    """One sound made of ``sounds`` in order, with ``gap`` seconds of silence between them.

    Cheap: nothing is copied or decoded; the player assembles the PCM. Sounds whose format
    differs from the first one are left out (the bank makes them all alike).
    """
    leaves = [leaf for sound in sounds for leaf in sound.leaves if not leaf.is_empty]
    if not leaves:
        raise ValueError("nothing to join")
    first = leaves[0]
    kept = [leaf for leaf in leaves if leaf.same_format(first)]
    if len(kept) == 1:
        return kept[0]
    parts: list[Sound] = []
    pause = silence(gap, first) if gap > 0 else None
    for index, leaf in enumerate(kept):
        if index and pause is not None:
            parts.append(pause)
        parts.append(leaf)
    return Sound(
        name=name,
        pcm=b"",
        channels=first.channels,
        sample_width=first.sample_width,
        sample_rate=first.sample_rate,
        parts=tuple(parts),
    )


def load_wav(path: Path, name: str | None = None) -> Sound:
    """Read a PCM WAV file into memory; 16-bit mono or stereo only.

    Raises:
        SoundFormatError: the file is missing, unreadable, not 16-bit PCM, or empty.
    """
    try:
        with wave.open(str(path), "rb") as wav:
            channels = wav.getnchannels()
            width = wav.getsampwidth()
            rate = wav.getframerate()
            pcm = wav.readframes(wav.getnframes())
    except (OSError, EOFError, wave.Error) as error:
        raise SoundFormatError(f"{path}: cannot read it as a WAV file ({error})") from error
    if width != 2 or channels not in (1, 2):
        raise SoundFormatError(
            f"{path}: {channels} channel(s) of {8 * width}-bit samples; "
            "only 16-bit mono or stereo is supported"
        )
    if not pcm:
        raise SoundFormatError(f"{path}: holds no audio")
    return Sound(
        name=name or path.stem,
        pcm=pcm,
        channels=channels,
        sample_width=width,
        sample_rate=rate,
        path=path,
    )
