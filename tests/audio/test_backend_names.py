"""The audio backends are declared once: settings, ``--audio`` and the player choice agree."""

from __future__ import annotations

import pytest

from glute_timer.audio.bank import SoundBank
from glute_timer.audio.choose import BACKENDS, PREFERENCES
from glute_timer.audio.player import NullPlayer
from glute_timer.audio.qt_player import QtSoundPlayer
from glute_timer.cli import build_parser
from glute_timer.domain.audio_backends import AUDIO_BACKENDS, PLAYERS
from glute_timer.settings import Preferences


def test_every_place_offers_the_declared_backends() -> None:
    assert PREFERENCES == AUDIO_BACKENDS
    assert tuple(BACKENDS) == PLAYERS
    assert Preferences.audio_backend.choices == AUDIO_BACKENDS
    audio = next(a for a in build_parser()._actions if "--audio" in a.option_strings)
    assert tuple(audio.choices or ()) == AUDIO_BACKENDS


def test_close_leaves_a_null_player_that_plays_nothing(bank: SoundBank) -> None:
    player = NullPlayer()
    player.close()
    player.close()  # twice is harmless
    assert not player.available
    player.play(bank.all_sounds()[0])


def test_close_drops_the_qt_players_effects_and_later_sounds(bank: SoundBank) -> None:
    player = QtSoundPlayer(check_outputs=False)
    if not player.available:
        pytest.skip(player.unavailable_reason)
    player.prepare(bank.all_sounds()[:2])
    assert player._effects
    player.close()
    player.close()
    assert not player.available and player.unavailable_reason == "closed"
    assert player._effects == {}
    player.play(bank.all_sounds()[0])
    assert player._queue == []
