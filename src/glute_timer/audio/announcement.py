"""What each moment of a workout says: which beep and which words (pure policy, no Qt).

The announcer (:mod:`glute_timer.audio.announcer`) decides when and how to play; this module
decides what. It reads the cue schedule (:mod:`glute_timer.engine.cue_schedule`) for the
speech budget, so the countdown rule is written in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from glute_timer.audio.bank import SoundBank
from glute_timer.audio.catalog import (
    Beep,
    cue_prompt_id,
    exercise_prompt_id,
    fixed_prompt_text,
    rep_prompt_id,
    set_prompt_id,
    set_sentence,
    side_prompt_id,
)
from glute_timer.domain.cues import Cue
from glute_timer.domain.library import shown
from glute_timer.domain.plan import Step
from glute_timer.engine.cue_schedule import timed_cues

GAP_AFTER_BEEP = 0.08
GAP_BETWEEN_WORDS = 0.12
# What a step's start says must end this long before the step's first timed cue.
SPEECH_MARGIN_SECONDS = 0.1
MIN_SPEECH_BUDGET_SECONDS = 0.3
START_CUES = frozenset({Cue.GET_READY, Cue.GO, Cue.LAST_SET, Cue.SWITCH_SIDE, Cue.REST})
# When a start's words would run into the countdown, these go first, in this order
# ("beep" is the beep leading the words; "cue_" the side's how-to cue, "set" the coming set's
# number or "last set"). The side and the set are what the person must hear; "switch sides"
# goes before the set, since the side named after it says the same.
DROP_ORDER = ("cue_", "beep", "switch_sides", "set", "get_ready")

BEEP_OF: dict[Cue, Beep] = {
    Cue.COUNTDOWN_3: Beep.TICK,
    Cue.COUNTDOWN_2: Beep.TICK,
    Cue.COUNTDOWN_1: Beep.TICK,
    Cue.GO: Beep.GO,
    Cue.HALFWAY: Beep.HALFWAY,
    Cue.HOLD_END: Beep.HOLD_END,
    Cue.SWITCH_SIDE: Beep.SWITCH_SIDE,
    Cue.REST: Beep.REST,
    Cue.WORKOUT_COMPLETE: Beep.WORKOUT_COMPLETE,
}


def speech_budget(step: Step | None) -> float | None:
    """Seconds from ``step``'s start until its first timed cue, less a margin (None: no limit)."""
    if step is None or not step.is_timed:
        return None
    first_due = min(
        (step.seconds - timed.at_seconds_left for timed in timed_cues(step)),
        default=step.seconds,
    )
    end = min(step.seconds, first_due)
    return max(end - SPEECH_MARGIN_SECONDS, MIN_SPEECH_BUDGET_SECONDS)


@dataclass
class Announcement:
    """What one moment sounds like: at most one beep, then words.

    ``at`` is the moment (announcer clock) of the first cue. ``voices`` are pre-recorded
    prompt ids; ``speech`` is a sentence for text-to-speech (used instead of ``voices`` when
    a custom exercise name has to be said). ``left_out`` names what was dropped to end
    before the step's countdown (prompt ids, or ``beep``).
    """

    cues: list[Cue] = field(default_factory=list)
    at: float = 0.0
    beep: Beep | None = None
    voices: list[str] = field(default_factory=list)
    speech: str | None = None
    left_out: list[str] = field(default_factory=list)


class AnnouncementPolicy:
    """Chooses the beep and words for the cues of one moment.

    It remembers the last work step (to say "set 2 of 3" when a rest or switch leads into a
    new set of the same exercise) and whether beeps and voice are on (what leads a moment,
    and how long it lasts, depend on both).

    Attributes:
        beeps: beeps are played.
        voice: voice prompts are played.
    """

    def __init__(self, bank: SoundBank, *, beeps: bool = True, voice: bool = True) -> None:
        self._bank = bank
        self.beeps = beeps
        self.voice = voice
        self._last_work: Step | None = None
        self._rep = 0

    def note_step(self, step: Step) -> None:
        """Call as each step starts."""
        if step.is_work:
            self._last_work = step
        self._rep = 1

    def note_rep(self, number: int) -> None:
        """Call as paced rep ``number`` begins, before its ``rep`` cue."""
        self._rep = number

    def compose(
        self, cues: list[tuple[Cue, Step | None]], *, can_speak: bool = False
    ) -> Announcement:
        """The beep and words for ``cues`` (each with the step it came in).

        ``can_speak``: a text-to-speech engine is ready for names without a recording.
        """
        out = Announcement(cues=[cue for cue, _ in cues])
        beeps: list[Beep] = []
        speech_parts: list[str] = []
        for cue, step in cues:
            beep = BEEP_OF.get(cue)
            if beep is not None:
                beeps.append(beep)
            words, sentence = self._words(cue, step, can_speak)
            out.voices.extend(w for w in words if w not in out.voices)
            if sentence:
                speech_parts.append(sentence)
        if Cue.LAST_SET in out.cues:
            out.voices = [v for v in out.voices if not v.startswith("set_")]
            if "last_set" in out.voices:
                # The set, then the side's cue: the order every lead-in step says them in.
                out.voices.remove("last_set")
                cue_at = next(
                    (i for i, v in enumerate(out.voices) if v.startswith("cue_")),
                    len(out.voices),
                )
                out.voices.insert(cue_at, "last_set")
        if speech_parts:
            out.speech = " ".join(speech_parts)
        if beeps:
            if Beep.WORKOUT_COMPLETE in beeps:
                out.beep = Beep.WORKOUT_COMPLETE
            elif self.voice and (out.voices or out.speech):
                out.beep = beeps[0]
            else:
                out.beep = beeps[-1]
        elif Cue.REP in out.cues and not (self.voice and out.voices):
            out.beep = Beep.TICK  # a rep with no word still marks its boundary
        step = cues[-1][1] if cues else None
        budget = speech_budget(step) if START_CUES.intersection(out.cues) else None
        if budget is not None:
            self._fit(out, budget)
        return out

    def _length(self, out: Announcement) -> float:
        """Seconds ``out`` lasts as it would be played now."""
        beep = self._bank.beep(out.beep) if self.beeps and out.beep else None
        words = [w for p in out.voices if (w := self._bank.voice(p))] if self.voice else []
        total = (beep.duration if beep else 0.0) + sum(w.duration for w in words)
        if beep and words:
            total += GAP_AFTER_BEEP
        return total + GAP_BETWEEN_WORDS * max(0, len(words) - 1)

    def _fit(self, out: Announcement, budget: float) -> None:
        """Leave out optional parts until the sound ends within ``budget`` seconds."""
        for kind in DROP_ORDER:
            if self._length(out) <= budget:
                return
            if kind == "beep":
                if out.beep is not None and out.voices and out.beep is not Beep.WORKOUT_COMPLETE:
                    out.left_out.append("beep")
                    out.beep = None
                continue
            dropped = [v for v in out.voices if _is_kind(v, kind)]
            if dropped and len(dropped) < len(out.voices):
                out.voices = [v for v in out.voices if v not in dropped]
                out.left_out.extend(dropped)

    def _words(self, cue: Cue, step: Step | None, can_speak: bool) -> tuple[list[str], str | None]:
        """Prompt ids for ``cue``, or a sentence when a name must go to text-to-speech."""
        if cue is Cue.GET_READY and step is not None:
            return self._get_ready_words(step, can_speak)
        if cue is Cue.HALFWAY:
            return ["halfway"], None
        if cue is Cue.LAST_SET:
            return ["last_set"], None
        if cue is Cue.REP:
            return self._rep_words(step), None
        if cue is Cue.WORKOUT_COMPLETE:
            return ["workout_complete"], None
        if cue is Cue.SWITCH_SIDE:
            words = ["switch_sides"]
            if step is not None and step.side is not None:
                words.append(side_prompt_id(step.side))
            words.extend(self._new_set_words(step))
            words.extend(self._side_cue_words(step))
            return words, None
        if cue is Cue.REST:
            # Only a rest before another set of the same exercise leads into that side.
            cue_words = self._side_cue_words(step) if self._leads_into_new_set(step) else []
            return ["rest", *self._new_set_words(step), *cue_words], None
        return [], None

    def _rep_words(self, step: Step | None) -> list[str]:
        if step is None or step.reps is None:
            return []
        prompt = rep_prompt_id(self._rep, step.reps)
        return [prompt] if prompt is not None and self._bank.has_voice(prompt) else []

    def _side_cue_words(self, step: Step | None) -> list[str]:
        """The recorded how-to cue for the side ``step`` leads into ("Left leg standing, …")."""
        if step is None or step.side is None or step.voice_cue is None or not step.illustration:
            return []
        prompt = cue_prompt_id(step.illustration, step.side)
        return [prompt] if self._bank.has_voice(prompt) else []

    def _get_ready_words(self, step: Step, can_speak: bool) -> tuple[list[str], str | None]:
        tail: list[str] = []
        if step.side is not None:
            tail.append(side_prompt_id(step.side))
        set_id = set_prompt_id(step.set_number, step.set_count)
        if set_id:
            tail.append(set_id)
        cue = self._side_cue_words(step)
        name_id = exercise_prompt_id(step.exercise) if step.exercise else None
        if name_id is not None and self._bank.has_voice(name_id):
            return [name_id, *tail, *cue], None
        if step.exercise and can_speak:
            # Whole sentences in the current language, each ended by a full stop.
            sentences = [fixed_prompt_text("get_ready"), shown(step.exercise)]
            if step.side is not None:
                sentences.append(fixed_prompt_text(side_prompt_id(step.side)))
            if set_id:
                sentences.append(set_sentence(step.set_number, step.set_count))
            if step.voice_cue:  # already in the person's language (domain/how_to.py)
                sentences.append(step.voice_cue)
            return [], " ".join(f"{sentence}." for sentence in sentences)
        return ["get_ready", *tail, *cue], None

    def _leads_into_new_set(self, step: Step | None) -> bool:
        last = self._last_work
        return not (
            step is None
            or last is None
            or step.exercise_index != last.exercise_index
            or step.set_number <= last.set_number
        )

    def _new_set_words(self, step: Step | None) -> list[str]:
        """The set prompt when ``step`` leads into a new set of the exercise just worked."""
        if step is None or not self._leads_into_new_set(step):
            return []
        set_id = set_prompt_id(step.set_number, step.set_count)
        return [set_id] if set_id else []


def _is_kind(prompt_id: str, kind: str) -> bool:
    """Whether ``prompt_id`` is one of the ``DROP_ORDER`` kind ``kind``."""
    if kind == "set":
        return prompt_id.startswith("set_") or prompt_id == "last_set"
    return prompt_id.startswith(kind)
