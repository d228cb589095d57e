"""Every cue sound and voice prompt, read from disk once at start-up and kept in memory."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from glute_timer.audio.catalog import Beep, beep_file, voice_file, voice_prompts
from glute_timer.audio.sound import Sound, SoundFormatError, load_wav
from glute_timer.domain import i18n

log = logging.getLogger(__name__)

Locate = Callable[[str], Path]


def _default_locate(name: str) -> Path:
    from glute_timer.resources import sound_path

    return sound_path(name)


class SoundBank:
    """The loaded sounds, looked up by :class:`Beep` or by voice prompt id.

    Beeps are named by their :class:`Beep` value, voice prompts ``voice/<prompt id>``.
    A file that is missing or broken is logged once and left out; the cues that needed it
    simply stay silent. ``problems`` lists those files for the About view and tests.
    """

    def __init__(self, beeps: dict[Beep, Sound], voices: dict[str, Sound], problems: list[str]):
        self._beeps = beeps
        self._voices = voices
        self.problems = problems

    @classmethod
    def load(
        cls,
        locate: Locate | None = None,
        prompt_ids: Iterable[str] | None = None,
        language: str | None = None,
    ) -> SoundBank:
        """Read every beep and voice prompt named in the catalog.

        Args:
            locate: turns an asset name (``"go.wav"``, ``"voice/rest.wav"``) into a path;
                defaults to :func:`glute_timer.resources.sound_path`.
            prompt_ids: the voice prompts to load; all of the catalog's by default.
            language: whose recordings to use (default: the current language); a prompt
                with no recording in it is the English one.
        """
        find = locate or _default_locate
        spoken = i18n.current_language() if language is None else language
        problems: list[str] = []

        def read(asset: str, name: str) -> Sound | None:
            try:
                return load_wav(find(asset), name)
            except (SoundFormatError, OSError, ValueError) as error:
                log.warning("Sound %s left out: %s", asset, error)
                problems.append(f"{asset}: {error}")
                return None

        beeps = {b: s for b in Beep if (s := read(beep_file(b), b.value)) is not None}
        ids = list(prompt_ids) if prompt_ids is not None else list(voice_prompts())

        def read_voice(prompt_id: str) -> Sound | None:
            if spoken != i18n.ENGLISH:
                own = find(voice_file(prompt_id, spoken))
                if own.is_file():
                    return read(voice_file(prompt_id, spoken), f"voice/{prompt_id}")
            return read(voice_file(prompt_id), f"voice/{prompt_id}")

        voices = {p: s for p in ids if (s := read_voice(p)) is not None}
        log.info(
            "Sound bank: %d cue sounds, %d voice prompts loaded (%s)",
            len(beeps),
            len(voices),
            spoken,
        )
        return cls(beeps, voices, problems)

    @classmethod
    def empty(cls) -> SoundBank:
        """A bank with no sounds (every cue silent)."""
        return cls({}, {}, [])

    def beep(self, beep: Beep) -> Sound | None:
        return self._beeps.get(beep)

    def voice(self, prompt_id: str | None) -> Sound | None:
        return self._voices.get(prompt_id) if prompt_id else None

    def has_voice(self, prompt_id: str) -> bool:
        return prompt_id in self._voices

    def all_sounds(self) -> list[Sound]:
        """Every loaded sound, beeps first."""
        return [*self._beeps.values(), *self._voices.values()]
