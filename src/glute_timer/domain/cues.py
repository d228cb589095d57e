"""Names of the moments in a workout that deserve a sound, a voice prompt or a flash on screen."""

from enum import StrEnum


class Cue(StrEnum):
    """A cue moment, emitted by the engine and turned into sound by ``audio/``."""

    GET_READY = "get_ready"
    COUNTDOWN_3 = "countdown_3"
    COUNTDOWN_2 = "countdown_2"
    COUNTDOWN_1 = "countdown_1"
    GO = "go"
    HALFWAY = "halfway"
    HOLD_END = "hold_end"
    SWITCH_SIDE = "switch_side"
    REST = "rest"
    LAST_SET = "last_set"
    REP = "rep"
    WORKOUT_COMPLETE = "workout_complete"


COUNTDOWN_CUES = (Cue.COUNTDOWN_3, Cue.COUNTDOWN_2, Cue.COUNTDOWN_1)
# Holds shorter than this get no halfway cue: it would crowd the countdown.
HALFWAY_MIN_SECONDS = 20
