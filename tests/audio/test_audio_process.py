"""The simpleaudio child process: its protocol, and a parent that survives its failures."""

from __future__ import annotations

import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from glute_timer.audio.audio_process import AudioProcessPlayer, serve
from glute_timer.audio.bank import SoundBank
from glute_timer.audio.catalog import Beep, beep_file
from glute_timer.audio.simpleaudio_player import SimpleAudioPlayer
from glute_timer.resources import sound_path
from tests.audio.test_players import FakeSimpleaudio


def test_the_child_plays_joins_drops_late_sounds_and_answers_sync() -> None:
    fake = FakeSimpleaudio()
    fake.keep_playing = False
    out: list[str] = []
    tick = sound_path(beep_file(Beep.TICK))
    lines = [
        f"load 0 {tick}",
        "load 1 /no/such/file.wav",
        "volume 1.0",
        "play 1 - k0 z100 k0",
        "play 2 -0.5 k0",
        "play 3 - k1",
        "stop",
        "sync",
        "quit",
    ]
    status = serve(
        lines, out.append, make_player=lambda: SimpleAudioPlayer(module=fake, threaded=False)
    )
    assert status == 0
    words = [line.split(" ")[0] + (" " + line.split(" ")[1] if " " in line else "") for line in out]
    assert words == ["ready", "started 1", "dropped 2", "dropped 3", "synced"]
    pcm = tick.read_bytes()[44:]
    assert fake.calls[0].pcm == pcm + bytes(200) + pcm
    assert fake.calls[0].stopped


def test_a_child_without_a_device_says_why() -> None:
    fake = FakeSimpleaudio(fail_probe=True)
    out: list[str] = []
    serve(["quit"], out.append, make_player=lambda: SimpleAudioPlayer(module=fake, threaded=False))
    assert out == ["unavailable no audio device (Error opening PCM device. -- CODE: -2)"]


def _script(tmp_path: Path, body: str) -> list[str]:
    path = tmp_path / "child.py"
    path.write_text(body)
    return [sys.executable, str(path)]


def test_parent_reports_an_unavailable_child(tmp_path: Path) -> None:
    command = _script(tmp_path, "print('unavailable no audio device (test)', flush=True)\n")
    player = AudioProcessPlayer(command=command)
    assert not player.available
    assert player.unavailable_reason == "no audio device (test)"


def test_parent_gives_up_on_a_silent_child(tmp_path: Path) -> None:
    command = _script(tmp_path, "import time\ntime.sleep(30)\n")
    player = AudioProcessPlayer(command=command, start_timeout=0.2)
    assert not player.available
    assert player.unavailable_reason == "the audio process did not answer"


def test_a_child_that_dies_is_reported_once_and_play_goes_on(
    qtbot: QtBot, tmp_path: Path, bank: SoundBank
) -> None:
    # Answers "ready", then ends at the first command it reads.
    command = _script(tmp_path, "import sys\nprint('ready', flush=True)\nsys.stdin.readline()\n")
    player = AudioProcessPlayer(command=command)
    assert player.available
    reasons: list[str] = []
    player.on_failure = reasons.append
    player.prepare(bank.all_sounds()[:2])
    tick = bank.beep(Beep.TICK)
    assert tick is not None
    qtbot.waitUntil(lambda: not player.available, timeout=5000)
    player.play(tick)  # no exception once the child is gone
    player.stop()
    assert reasons == ["the audio process ended"]
