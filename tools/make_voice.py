"""Render the coach's voice prompts into ``assets/sounds/voice/`` with espeak-ng and sox.

Each prompt of ``glute_timer.audio.catalog.voice_prompts()`` is spoken by espeak-ng, then sox
trims the silence around it, converts it to the cue format (44.1 kHz mono 16-bit, no dither),
sets its peak level and fades its edges. Both programs are deterministic, so running this
again writes the same bytes. Needs the Debian packages ``espeak-ng`` and ``sox``.

English prompts go to ``voice/``; another language's words come from its compiled catalogue
(``assets/translations/glute_timer_<lang>.qm``, made by ``make translations``) and go to
``voice/<lang>/``, spoken by espeak-ng's voice for that language.

Run: ``.venv/bin/python tools/make_voice.py [--language en|de|es|all] [--catalogue FILE.qm]
[--out DIR] [--only ID ...]``
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from glute_timer.audio.catalog import (
    CHANNELS,
    SAMPLE_RATE,
    voice_file,
    voice_prompts,
)
from glute_timer.domain import i18n

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "assets" / "sounds"
DEFAULT_CATALOGUES = ROOT / "assets" / "translations"
CATALOGUE_PREFIX = "glute_timer_"
ALL = "all"


@dataclass(frozen=True)
class Voice:
    """An espeak-ng voice and the words per minute it speaks at."""

    name: str
    words_per_minute: str


# Brisk enough that "Switch sides. Left side." ends before a 5 s switch step's countdown
# (1.9 s of speech): English takes 1.7 s at 165, German 1.75 s at 175, Spanish, whose
# words are longest, 1.8 s at 205.
VOICES: dict[str, Voice] = {
    "en": Voice("en-gb+f3", "165"),
    "de": Voice("de+f3", "175"),
    "es": Voice("es+f3", "205"),
}
# Speech peaks higher than a chime for the same loudness; -4 dBFS keeps them level.
PEAK_DBFS = "-4"


def render(text: str, target: Path, work: Path, voice: Voice = VOICES["en"]) -> None:
    """Speak ``text`` with ``voice`` into ``target`` (WAV in the cue format)."""
    raw = work / "raw.wav"
    subprocess.run(
        ["espeak-ng", "-v", voice.name, "-s", voice.words_per_minute, "-w", str(raw), text],
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


class CatalogueError(Exception):
    """A language's catalogue is missing or cannot be read."""


def catalogue_path(language: str) -> Path:
    """Where ``make translations`` puts ``language``'s compiled catalogue."""
    return DEFAULT_CATALOGUES / f"{CATALOGUE_PREFIX}{language}.qm"


@contextmanager
def speaking(language: str, catalogue: Path | None) -> Iterator[None]:
    """Prompt texts in ``language`` inside the block, read from its ``catalogue``."""
    if language == i18n.ENGLISH:
        with i18n.untranslated():
            yield
        return
    from PySide6.QtCore import QTranslator

    assert catalogue is not None
    translator = QTranslator()
    if not catalogue.is_file() or not translator.load(str(catalogue)):
        raise CatalogueError(
            f"{catalogue}: no compiled catalogue for {language!r} "
            "(make translations builds it from translations/*.ts)"
        )

    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return translator.translate(context, text, disambiguation, n) or ""

    i18n.install(lookup, language)
    try:
        yield
    finally:
        i18n.install(None, i18n.ENGLISH)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="sounds folder to write into")
    parser.add_argument("--only", nargs="*", default=None, help="prompt ids to render")
    parser.add_argument(
        "--language",
        choices=[*VOICES, ALL],
        default=i18n.ENGLISH,
        help="the language to render (default en; all: every language)",
    )
    parser.add_argument(
        "--catalogue",
        type=Path,
        default=None,
        metavar="FILE.qm",
        help="the compiled catalogue to take the words from (one language other than en; "
        "default assets/translations/glute_timer_<lang>.qm)",
    )
    return parser


def _render_language(
    language: str, catalogue: Path | None, only: list[str] | None, out: Path
) -> int:
    with speaking(language, catalogue):
        prompts = voice_prompts()
    wanted = only or list(prompts)
    unknown = sorted(set(wanted) - set(prompts))
    if unknown:
        print(f"Unknown prompt ids: {', '.join(unknown)}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        for prompt_id in wanted:
            target = out / voice_file(prompt_id, language)
            render(prompts[prompt_id], target, Path(tmp), VOICES[language])
            print(f"{target}  {prompts[prompt_id]!r}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Render every voice prompt (or only the ids given) in one language or all."""
    parser = _parser()
    args = parser.parse_args(argv)
    languages = list(VOICES) if args.language == ALL else [args.language]
    if args.catalogue is not None and (args.language in (ALL, i18n.ENGLISH)):
        parser.error("--catalogue needs one --language other than en")
    missing = [tool for tool in ("espeak-ng", "sox") if shutil.which(tool) is None]
    if missing:
        print(
            f"Missing {' and '.join(missing)}: install them "
            "(Debian: apt-get install espeak-ng sox).",
            file=sys.stderr,
        )
        return 1
    catalogues = {
        language: None if language == i18n.ENGLISH else args.catalogue or catalogue_path(language)
        for language in languages
    }
    absent = [str(path) for path in catalogues.values() if path is not None and not path.is_file()]
    if absent:
        print(
            f"Missing {', '.join(absent)}: make translations builds them from translations/*.ts",
            file=sys.stderr,
        )
        return 1
    for language, catalogue in catalogues.items():
        try:
            status = _render_language(language, catalogue, args.only, args.out)
        except CatalogueError as error:
            print(error, file=sys.stderr)
            return 1
        if status:
            return status
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
