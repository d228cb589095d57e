"""The real D-Bus path: a private dbus-daemon and a stand-in ScreenSaver service."""

from __future__ import annotations

import json
import re
import selectors
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest

from glute_timer.platform.keep_awake import KeepAwake, KeepAwakeUnavailableError
from glute_timer.platform.keep_awake.dbus import (
    PORTAL_FLAG_IDLE,
    PortalBackend,
    ScreenSaverBackend,
)

pytestmark = pytest.mark.slow

FAKE_SERVICE = Path(__file__).with_name("fake_screensaver_service.py")
FAKE_PORTAL = Path(__file__).with_name("fake_portal_service.py")
READ_TIMEOUT_S = 10.0


def read_line(stream: IO[str], timeout: float = READ_TIMEOUT_S) -> str:
    """One line from a child's pipe, failing the test instead of hanging."""
    with selectors.DefaultSelector() as selector:
        selector.register(stream, selectors.EVENT_READ)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if selector.select(deadline - time.monotonic()):
                line = stream.readline()
                if not line:
                    pytest.fail("the child process closed its output")
                return line.strip()
    pytest.fail(f"no output from the child process within {timeout} s")


def stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    if process.stdout is not None:
        process.stdout.close()


@pytest.fixture
def bus_address(qapp: object) -> Iterator[str]:
    """The address of a private session bus, started for this test."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed (Debian package dbus)")
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        yield read_line(process.stdout)
    finally:
        stop(process)


def start_service(script: Path, bus_address: str, *args: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, str(script), bus_address, *args], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    try:
        assert json.loads(read_line(process.stdout)) == {"ready": True}
    except BaseException:
        stop(process)
        raise
    return process


@pytest.fixture
def fake_service(bus_address: str) -> Iterator[subprocess.Popen[str]]:
    """The stand-in ScreenSaver service, registered on the private bus."""
    process = start_service(FAKE_SERVICE, bus_address)
    yield process
    stop(process)


@pytest.fixture
def fake_portal(bus_address: str) -> Iterator[subprocess.Popen[str]]:
    """The stand-in Inhibit portal, registered on the private bus."""
    process = start_service(FAKE_PORTAL, bus_address)
    yield process
    stop(process)


def next_call(service: subprocess.Popen[str]) -> dict[str, Any]:
    assert service.stdout is not None
    call: dict[str, Any] = json.loads(read_line(service.stdout))
    return call


def test_inhibit_and_uninhibit_travel_over_dbus(
    bus_address: str, fake_service: subprocess.Popen[str]
) -> None:
    backend = ScreenSaverBackend.connect("Glute Timer", address=bus_address)
    keeper = KeepAwake(backend)
    try:
        assert keeper.available
        assert keeper.inhibit("Following Wall push")
        inhibit = next_call(fake_service)
        assert inhibit["call"] == "Inhibit"
        assert inhibit["app"] == "Glute Timer"
        assert inhibit["reason"] == "Following Wall push"
        assert backend.cookie == inhibit["cookie"]

        keeper.release()
        # The cookie (above 2**31) comes back as the unsigned integer the service expects.
        assert next_call(fake_service) == {"call": "UnInhibit", "cookie": inhibit["cookie"]}

        assert keeper.inhibit("second set")
        assert next_call(fake_service)["reason"] == "second set"
        keeper.release()
        assert next_call(fake_service)["call"] == "UnInhibit"
    finally:
        keeper.release()
        backend.close()


def test_xfce_screensaver_is_used_when_the_freedesktop_one_is_missing(bus_address: str) -> None:
    service = start_service(
        FAKE_SERVICE, bus_address, "org.xfce.ScreenSaver", "/org/xfce/ScreenSaver"
    )
    backend = ScreenSaverBackend.connect(address=bus_address)
    keeper = KeepAwake(backend)
    try:
        assert keeper.inhibit("workout")
        cookie = next_call(service)["cookie"]
        keeper.release()
        assert next_call(service) == {"call": "UnInhibit", "cookie": cookie}
    finally:
        keeper.release()
        backend.close()
        stop(service)


def test_bus_without_the_service_is_unavailable(bus_address: str) -> None:
    with pytest.raises(
        KeepAwakeUnavailableError,
        match=re.escape("no screen saver service on the session bus (looked for org.freedesktop"),
    ):
        ScreenSaverBackend.connect(address=bus_address)


def test_unreachable_bus_is_unavailable(qapp: object, tmp_path: Path) -> None:
    keeper = KeepAwake(
        factory=lambda: ScreenSaverBackend.connect(address=f"unix:path={tmp_path}/no-bus")
    )
    assert not keeper.available
    assert "cannot connect to the D-Bus session bus" in keeper.unavailable_reason
    assert not keeper.inhibit("workout")


def test_portal_inhibit_and_close_travel_over_dbus(
    bus_address: str, fake_portal: subprocess.Popen[str]
) -> None:
    backend = PortalBackend.connect(address=bus_address)
    keeper = KeepAwake(backend)
    try:
        assert keeper.inhibit("Following Wall push")
        inhibit = next_call(fake_portal)
        assert inhibit["call"] == "Inhibit"
        assert inhibit["flags"] == PORTAL_FLAG_IDLE
        assert inhibit["options"] == {"reason": "Following Wall push"}

        keeper.release()
        assert next_call(fake_portal) == {"call": "Close", "path": inhibit["handle"]}
    finally:
        keeper.release()
        backend.close()


def test_bus_without_the_portal_is_unavailable(bus_address: str) -> None:
    with pytest.raises(KeepAwakeUnavailableError, match=re.escape("no org.freedesktop.portal")):
        PortalBackend.connect(address=bus_address)
