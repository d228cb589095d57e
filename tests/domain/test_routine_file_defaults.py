"""A key left out of a routine file takes the model's own default, whatever that default is."""

from __future__ import annotations

from glute_timer.domain.model import Exercise, Routine
from glute_timer.domain.routine_file import parse_routine

MINIMAL_TOML = 'name = "Minimal"\n[[exercises]]\nname = "Clam"\n'


def test_left_out_keys_take_the_model_defaults() -> None:
    assert parse_routine(MINIMAL_TOML, "toml") == Routine("Minimal", (Exercise("Clam"),))
