"""``glute-timer remind`` against a real notification server: dunst under Xvfb on a private bus."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from datetime import time as time_of_day
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from glute_timer.cli import main
from glute_timer.domain import library
from glute_timer.domain.schedule import RestDay, RestKind
from glute_timer.storage.database import open_database
from glute_timer.storage.plan_repository import PlanRepository
from tests.platform.test_screensaver_dbus import read_line, stop
from tests.storage.plan_helpers import add_run

pytestmark = pytest.mark.slow

SRC = Path(__file__).resolve().parents[2] / "src"
BERLIN = ZoneInfo("Europe/Berlin")
FRIDAY = date(2026, 3, 27)
NOW = "2026-03-27T07:35:00+01:00"  # five minutes after the 07:30 reminder time
FAKE_APP = """#!/bin/sh
echo "$@" >> "{log}"
"""


class Desktop:
    """A private session bus, an X server and dunst, with the environment to reach them."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def dunstctl(self, *args: str) -> str:
        result = subprocess.run(
            ["dunstctl", *args], env=self.env, capture_output=True, text=True, timeout=10
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    def history(self) -> list[dict[str, object]]:
        """Every notification dunst has shown, newest first (closing those still shown)."""
        self.dunstctl("close-all")
        data = json.loads(self.dunstctl("history"))["data"]
        return [{k: v["data"] for k, v in n.items()} for n in data[0]] if data else []

    def displayed(self) -> int:
        return int(self.dunstctl("count", "displayed").strip())


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    for tool in ("dunst", "dunstctl", "Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (Debian packages dunst, xvfb, dbus)")
    processes: list[subprocess.Popen[str]] = []
    try:
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        processes.append(bus)
        assert bus.stdout is not None
        address = read_line(bus.stdout)
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", "1", "-nolisten", "tcp", "-screen", "0", "800x600x24"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        processes.append(xvfb)
        assert xvfb.stdout is not None
        display = ":" + read_line(xvfb.stdout)
        env = {
            **os.environ,
            "DBUS_SESSION_BUS_ADDRESS": address,
            "DISPLAY": display,
            "XDG_CONFIG_HOME": str(tmp_path / "config"),  # dunst's default settings
        }
        dunst = subprocess.Popen(
            ["dunst"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True
        )
        processes.append(dunst)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            probe = subprocess.run(
                ["dunstctl", "is-paused"], env=env, capture_output=True, text=True, timeout=10
            )
            if probe.returncode == 0:
                break
            time.sleep(0.1)  # polling a process we do not control: no signal to await
        else:
            pytest.fail("dunst did not come up on the private bus")
        yield Desktop(env)
    finally:
        for process in reversed(processes):
            stop(process)


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder whose plan has Wall push daily at 07:30."""
    monkeypatch.setenv("GLUTE_TIMER_NOW", NOW)
    folder = tmp_path / "data"
    assert (
        main(["--data-dir", str(folder), "plan", "add", "Wall push", "--daily", "--at", "07:30"])
        == 0
    )
    return folder


def remind(desktop: Desktop, data: Path, *extra: str, wait: bool = True) -> subprocess.Popen[str]:
    env = {
        **desktop.env,
        "GLUTE_TIMER_NOW": NOW,
        "TZ": "Europe/Berlin",
        "PYTHONPATH": str(SRC),
        "QT_QPA_PLATFORM": "offscreen",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "glute_timer", "--data-dir", str(data), "remind", *extra],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    if wait:
        process.wait(60)
    return process


def test_a_due_routine_is_notified_with_its_length(desktop: Desktop, data: Path) -> None:
    process = remind(desktop, data, "--action-wait", "0")
    out, err = process.communicate()
    assert process.returncode == 0, err
    assert out == "Reminded: Wall push\n"
    (shown,) = desktop.history()
    assert shown["body"] == "Wall push is due: 2:25"
    assert shown["appname"] == "Glute Timer"


def test_nothing_is_notified_once_done(desktop: Desktop, data: Path) -> None:
    routine = library.builtin_routine("Wall push")
    assert routine is not None
    database = open_database(data / "glute-timer.sqlite3")
    try:
        add_run(database, routine, FRIDAY, BERLIN, at=time_of_day(7, 0))
    finally:
        database.close()
    process = remind(desktop, data, "--action-wait", "0")
    out, _ = process.communicate()
    assert (process.returncode, out) == (0, "Nothing due now.\n")
    assert desktop.history() == []


def test_nothing_is_notified_on_a_rest_day(desktop: Desktop, data: Path) -> None:
    database = open_database(data / "glute-timer.sqlite3")
    try:
        PlanRepository(database).mark_rest(RestDay(FRIDAY, RestKind.FLARE_UP, "hip"))
    finally:
        database.close()
    process = remind(desktop, data, "--action-wait", "0")
    out, _ = process.communicate()
    assert (process.returncode, out) == (0, "Nothing due now.\n")
    assert desktop.history() == []


def test_start_runs_the_routine(desktop: Desktop, data: Path, tmp_path: Path) -> None:
    # A stand-in glute-timer on PATH records how it was started.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "started.log"
    fake = bin_dir / "glute-timer"
    fake.write_text(FAKE_APP.format(log=log))
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    desktop.env["PATH"] = f"{bin_dir}{os.pathsep}{os.environ['PATH']}"
    process = remind(desktop, data, "--action-wait", "30", wait=False)
    try:
        deadline = time.monotonic() + 20
        while desktop.displayed() == 0:
            assert time.monotonic() < deadline, "the notification never showed"
            time.sleep(0.1)  # dunst has no signal we can await from here
        desktop.dunstctl("action", "0")  # the default action: what a click does
        out, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert out.splitlines() == ["Reminded: Wall push", "Starting 'Wall push'."]
    deadline = time.monotonic() + 10
    while not log.exists():
        assert time.monotonic() < deadline, "the start command never ran"
        time.sleep(0.05)
    assert log.read_text().split() == ["--data-dir", str(data.resolve()), "start", "Wall", "push"]
