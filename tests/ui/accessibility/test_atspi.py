"""What a screen reader on Linux gets: the real window read back through the AT-SPI registry.

A private X server, session bus and accessibility bus are started for the test; the driver
(``atspi_driver.py``) shows the real main window on a fake clock with accessibility forced on,
and the system Python with Debian's ``python3-pyatspi`` walks the tree (``atspi_walk.py``).
"""

from __future__ import annotations

import json
import os
import re
import selectors
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pytest

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
WALKER = HERE / "atspi_walk.py"
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER_PATHS = (
    "/usr/libexec/at-spi-bus-launcher",
    "/usr/lib/at-spi2-core/at-spi-bus-launcher",
)
# Generous: the driver imports Qt and the app on a machine that may be busy.
START_TIMEOUT_S = 60.0
WALK_TIMEOUT_S = 60.0

Node = dict[str, Any]


def missing(what: str) -> None:
    """Skip without the tools at home; on CI (``CI`` set) their absence is a failure."""
    if os.environ.get("CI"):
        pytest.fail(f"{what} must be installed on CI")
    pytest.skip(f"{what} is not installed")


def bus_launcher() -> str:
    for path in BUS_LAUNCHER_PATHS:
        if os.access(path, os.X_OK):
            return path
    missing("at-spi-bus-launcher (Debian package at-spi2-core)")
    raise AssertionError("unreachable")


def read_line(stream: IO[str], timeout: float, who: str) -> str:
    """One line from a child's pipe, failing the test instead of hanging."""
    with selectors.DefaultSelector() as selector:
        selector.register(stream, selectors.EVENT_READ)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if selector.select(deadline - time.monotonic()):
                line = stream.readline()
                if not line:
                    pytest.fail(f"{who} closed its output")
                return line.strip()
    pytest.fail(f"no output from {who} within {timeout} s")


def stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            stream.close()


@dataclass
class Session:
    """The environment every child of the test shares: display and buses."""

    env: dict[str, str]


@pytest.fixture
def session() -> Iterator[Session]:
    """A private X server, session bus and accessibility bus."""
    xvfb, daemon = shutil.which("Xvfb"), shutil.which("dbus-daemon")
    if xvfb is None:
        missing("Xvfb (Debian package xvfb)")
    if daemon is None:
        missing("dbus-daemon (Debian package dbus)")
    assert xvfb is not None and daemon is not None
    if subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], check=False).returncode != 0:
        missing("pyatspi for the system Python (Debian package python3-pyatspi)")
    launcher = bus_launcher()
    started: list[subprocess.Popen[str]] = []
    try:
        # -displayfd: the server picks a free display number and writes it to us.
        server = subprocess.Popen(
            [
                xvfb,
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1280x800x24",
                "-noreset",
                "-nolisten",
                "tcp",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        started.append(server)
        assert server.stdout is not None
        display = ":" + read_line(server.stdout, START_TIMEOUT_S, "Xvfb")
        bus = subprocess.Popen(
            [daemon, "--session", "--nofork", "--print-address"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        started.append(bus)
        assert bus.stdout is not None
        env = dict(os.environ)
        env.update(
            DISPLAY=display,
            DBUS_SESSION_BUS_ADDRESS=read_line(bus.stdout, START_TIMEOUT_S, "dbus-daemon"),
            QT_QPA_PLATFORM="xcb",
            QT_ACCESSIBILITY="1",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            NO_AT_BRIDGE="0",
        )
        env.pop("WAYLAND_DISPLAY", None)
        # The launcher registers org.a11y.Bus on the session bus; the app and the walker
        # ask it for the accessibility bus, which it starts now rather than on first use.
        started.append(
            subprocess.Popen(
                [launcher, "--launch-immediately"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                text=True,
            )
        )
        yield Session(env)
    finally:
        for process in reversed(started):
            stop(process)


@dataclass
class Driver:
    process: subprocess.Popen[str]
    log: Path

    def wait_ready(self, screen: str) -> None:
        assert self.process.stdout is not None
        line = read_line(self.process.stdout, START_TIMEOUT_S, "the driver")
        assert line == f"READY {screen}", f"{line!r}; driver log:\n{self.log.read_text()}"

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()


@pytest.fixture
def driver(session: Session, tmp_path: Path) -> Iterator[Driver]:
    env = dict(session.env)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    log = tmp_path / "driver.log"
    with log.open("w") as log_file:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.accessibility.atspi_driver", str(tmp_path)],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log_file,
            text=True,
        )
    try:
        yield Driver(process, log)
        process.communicate("quit\n", timeout=START_TIMEOUT_S)
    finally:
        stop(process)


def walk(session: Session, driver: Driver) -> list[Node]:
    """What the registry shows of the driver's window now."""
    result = subprocess.run(
        [SYSTEM_PYTHON, str(WALKER), str(driver.process.pid), str(WALK_TIMEOUT_S / 2)],
        env=session.env,
        capture_output=True,
        text=True,
        timeout=WALK_TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 0, result.stderr + "\ndriver log:\n" + driver.log.read_text()
    nodes: list[Node] = json.loads(result.stdout)
    return nodes


def named(nodes: list[Node], name: str) -> list[Node]:
    return [node for node in nodes if node["name"] == name]


def seconds_left(nodes: list[Node]) -> list[int]:
    """The figures of every "N seconds left" the tree says (in a name or a description)."""
    return [
        int(match.group(1))
        for n in nodes
        if (match := re.fullmatch(r"(\d+) seconds? left", n["description"] or n["name"]))
    ]


def unnamed_buttons(nodes: list[Node]) -> list[Node]:
    return [n for n in nodes if n["role"] == "push button" and not n["name"].strip()]


def test_a_screen_reader_reads_the_hold_and_the_summary(session: Session, driver: Driver) -> None:
    driver.wait_ready("hold")
    hold = walk(session, driver)
    # What the screen shows is the text read out; the description says what that text is.
    for text, meaning in (
        ("HOLD", "Step kind"),
        ("Wall push", "Exercise"),
        ("LEFT", "Side"),
        ("Set 1 of 2", "Set"),
    ):
        assert [n["description"] for n in named(hold, text) if n["role"] == "label"] == [meaning], (
            text,
            hold,
        )
    seconds = seconds_left(hold)
    assert len(seconds) == 1 and 0 < seconds[0] <= 30, hold
    buttons = [n["name"] for n in hold if n["role"] == "push button"]
    assert {"Pause", "Skip", "Stop"} <= set(buttons), buttons
    assert unnamed_buttons(hold) == []

    driver.send("second")
    driver.wait_ready("second")
    assert seconds_left(walk(session, driver)) == [seconds[0] - 1]

    driver.send("summary")
    driver.wait_ready("summary")
    summary = walk(session, driver)
    assert any(n["name"].startswith("Well done!") for n in summary), summary
    reachable = [n for n in summary if n["focusable"]]
    for rating in ("Effort", "Pain", "Note"):
        assert [n for n in reachable if n["name"].startswith(rating)], (rating, summary)
    # The restyled summary: each scale is one focusable row (above) of chips, each chip named
    # with its value, and one Done saves the rating (the panel's own Save and Skip are hidden).
    for scale in ("Effort", "Pain"):
        chips = [n["name"] for n in summary if n["role"] == "check box"]  # checkable chips
        assert [c for c in chips if c.startswith(f"{scale}: ")] == [
            f"{scale}: {value}" for value in range(11)
        ], (scale, chips)
    done = [n for n in reachable if n["role"] == "push button" and n["name"].startswith("Done")]
    assert [n["name"] for n in done] == ["Done: back to routines"], summary
    assert not named(summary, "Save rating") and not named(summary, "Skip"), summary
    assert unnamed_buttons(summary) == []
    assert not named(summary, "HOLD"), "the workout page is still shown"
