"""Render the coach's voice prompts into ``assets/sounds/voice/`` with espeak-ng and sox.

Each prompt of ``glute_timer.audio.catalog.voice_prompts()`` is spoken by espeak-ng, then sox
trims the silence around it, converts it to the cue format (44.1 kHz mono 16-bit, no dither),
sets its peak level and fades its edges. Both programs are deterministic, so running this
again writes the same bytes. Needs the Debian packages ``espeak-ng`` and ``sox``.

Run: ``.venv/bin/python tools/make_voice.py [--out DIR] [--only ID ...]``
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from glute_timer.audio.catalog import (
    CHANNELS,
    SAMPLE_RATE,
    voice_file,
    voice_prompts,
)

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "assets" / "sounds"
VOICE = "en-gb+f3"
# Brisk enough that "Switch sides. Right side." ends before a 5 s switch step's countdown.
WORDS_PER_MINUTE = "165"
# Speech peaks higher than a chime for the same loudness; -4 dBFS keeps them level.
PEAK_DBFS = "-4"


def render(text: str, target: Path, work: Path) -> None:
    """Speak ``text`` into ``target`` (WAV in the cue format)."""
    raw = work / "raw.wav"
    subprocess.run(
        ["espeak-ng", "-v", VOICE, "-s", WORDS_PER_MINUTE, "-w", str(raw), text],
        check=True,
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "sox", "-D", str(raw),
            "-b", "16", "-c", str(CHANNELS), "-r", str(SAMPLE_RATE), str(target),
            # Trim the silence at the front, reverse, trim again and fade in (the end's fade
            # out), reverse back and fade in: fade-ins need no known length, fade-outs do.
            "silence", "1", "0.01", "0.3%", "reverse",
            "silence", "1", "0.01", "0.3%", "fade", "t", "0.02", "reverse",
            "fade", "t", "0.004",
            "gain", "-n", PEAK_DBFS,
        ],
        check=True,
    )  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    """Render every voice prompt (or only the ids given)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="sounds folder to write into")
    parser.add_argument("--only", nargs="*", default=None, help="prompt ids to render")
    args = parser.parse_args(argv)
    missing = [tool for tool in ("espeak-ng", "sox") if shutil.which(tool) is None]
    if missing:
        print(
            f"Missing {' and '.join(missing)}: install them "
            "(Debian: apt-get install espeak-ng sox).",
            file=sys.stderr,
        )
        return 1
    prompts = voice_prompts()
    wanted = args.only or list(prompts)
    unknown = sorted(set(wanted) - set(prompts))
    if unknown:
        print(f"Unknown prompt ids: {', '.join(unknown)}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        for prompt_id in wanted:
            target = args.out / voice_file(prompt_id)
            render(prompts[prompt_id], target, Path(tmp))
            print(f"{target}  {prompts[prompt_id]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
