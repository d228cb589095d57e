"""KeepAwake: takes the inhibit with the reason, gives it back with the cookie, never raises."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from glute_timer.platform.keep_awake import (
    KeepAwake,
    KeepAwakeBackend,
    KeepAwakeError,
    KeepAwakeUnavailableError,
    NullBackend,
    default_backend,
)
from glute_timer.platform.keep_awake.caffeinate import CaffeinateBackend
from glute_timer.platform.keep_awake.dbus import ScreenSaverBackend
from glute_timer.platform.keep_awake.execution_state import (
    ES_CONTINUOUS,
    ES_DISPLAY_REQUIRED,
    ES_SYSTEM_REQUIRED,
    ExecutionStateBackend,
)

LOGGER = "glute_timer.platform.keep_awake"


class FakeBackend:
    """Records calls; can be told to fail."""

    name = "fake"

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []
        self.fail_inhibit: Exception | None = None
        self.fail_release: Exception | None = None

    def inhibit(self, reason: str) -> None:
        self.calls.append(("inhibit", reason))
        if self.fail_inhibit is not None:
            raise self.fail_inhibit

    def release(self) -> None:
        self.calls.append(("release", ""))
        if self.fail_release is not None:
            raise self.fail_release


class FakeScreenSaverBus:
    """Stands in for the org.freedesktop.ScreenSaver proxy."""

    def __init__(self, cookie: int = 4_000_000_000) -> None:
        self.cookie = cookie
        self.calls: list[tuple[object, ...]] = []
        self.fail_uninhibit = False
        self.closed = False

    def inhibit(self, app_name: str, reason: str) -> int:
        self.calls.append(("Inhibit", app_name, reason))
        return self.cookie

    def uninhibit(self, cookie: int) -> None:
        self.calls.append(("UnInhibit", cookie))
        if self.fail_uninhibit:
            raise KeepAwakeError("the service went away")

    def close(self) -> None:
        self.closed = True


def unavailable(reason: str) -> Callable[[], KeepAwakeBackend]:
    def factory() -> KeepAwakeBackend:
        raise KeepAwakeUnavailableError(reason)

    return factory


# -- the service ------------------------------------------------------------------------


def test_inhibit_passes_the_reason_and_release_gives_it_back() -> None:
    backend = FakeBackend()
    keeper = KeepAwake(backend)

    assert keeper.available
    assert keeper.unavailable_reason == ""
    assert keeper.backend_name == "fake"
    assert keeper.inhibit("Following Wall push")
    assert keeper.active
    assert keeper.inhibit("again")  # already held: no second request
    keeper.release()
    assert not keeper.active

    assert backend.calls == [("inhibit", "Following Wall push"), ("release", "")]


def test_release_is_idempotent_and_harmless_before_inhibit() -> None:
    backend = FakeBackend()
    keeper = KeepAwake(backend)
    keeper.release()
    keeper.inhibit("workout")
    keeper.release()
    keeper.release()
    assert backend.calls == [("inhibit", "workout"), ("release", "")]


def test_failing_inhibit_returns_false_and_logs(caplog: pytest.LogCaptureFixture) -> None:
    backend = FakeBackend()
    backend.fail_inhibit = KeepAwakeError("service busy")
    keeper = KeepAwake(backend)

    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert not keeper.inhibit("workout")
        assert not keeper.inhibit("workout")
    keeper.release()  # nothing held, nothing to give back

    assert not keeper.active
    assert backend.calls == [("inhibit", "workout"), ("inhibit", "workout")]
    assert len(caplog.records) == 1
    assert "service busy" in caplog.records[0].getMessage()


def test_unexpected_backend_errors_never_escape() -> None:
    backend = FakeBackend()
    backend.fail_inhibit = RuntimeError("bug in a backend")
    keeper = KeepAwake(backend)
    assert not keeper.inhibit("workout")

    backend.fail_inhibit = None
    backend.fail_release = OSError("gone")
    assert keeper.inhibit("workout")
    keeper.release()
    assert not keeper.active
    keeper.release()
    assert backend.calls.count(("release", "")) == 1


def test_unavailable_system_reports_why_and_logs_once(caplog: pytest.LogCaptureFixture) -> None:
    keeper = KeepAwake(factory=unavailable("no screen saver service on the session bus"))
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert not keeper.available
        assert not keeper.inhibit("workout")
        assert not keeper.inhibit("workout")
        keeper.release()

    assert keeper.unavailable_reason == "no screen saver service on the session bus"
    assert keeper.backend_name == "none"
    assert len(caplog.records) == 1
    assert "no screen saver service" in caplog.records[0].getMessage()


def test_backend_is_chosen_on_first_use_only() -> None:
    made: list[FakeBackend] = []

    def factory() -> KeepAwakeBackend:
        made.append(FakeBackend())
        return made[-1]

    keeper = KeepAwake(factory=factory)
    assert made == []
    assert keeper.inhibit("workout")
    keeper.release()
    assert keeper.inhibit("workout")
    assert len(made) == 1


def test_null_backend_means_unavailable() -> None:
    keeper = KeepAwake(NullBackend("turned off in the settings"))
    assert not keeper.available
    assert keeper.unavailable_reason == "turned off in the settings"
    assert not keeper.inhibit("workout")
    keeper.release()


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the Linux path")
def test_without_a_session_bus_it_is_unavailable(
    qapp: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    keeper = KeepAwake()
    assert not keeper.available
    assert "D-Bus session bus" in keeper.unavailable_reason
    assert not keeper.inhibit("workout")
    keeper.release()


def test_macos_without_caffeinate_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("shutil.which", lambda name: None)
    with pytest.raises(KeepAwakeUnavailableError, match="caffeinate"):
        default_backend(platform="darwin")


# -- the D-Bus ScreenSaver backend with a fake proxy ------------------------------------


def test_screensaver_inhibit_sends_app_and_reason_and_uninhibits_with_the_cookie() -> None:
    bus = FakeScreenSaverBus(cookie=4_000_000_000)
    backend = ScreenSaverBackend(lambda: bus, "Glute Timer")
    keeper = KeepAwake(backend)

    assert keeper.inhibit("Following Wall push")
    assert backend.cookie == 4_000_000_000
    keeper.release()

    assert bus.calls == [
        ("Inhibit", "Glute Timer", "Following Wall push"),
        ("UnInhibit", 4_000_000_000),
    ]
    assert backend.cookie is None
    assert not bus.closed


def test_screensaver_closes_its_connection_when_uninhibit_fails() -> None:
    buses: list[FakeScreenSaverBus] = []

    def open_bus() -> FakeScreenSaverBus:
        buses.append(FakeScreenSaverBus(cookie=len(buses) + 7))
        return buses[-1]

    backend = ScreenSaverBackend(open_bus)
    keeper = KeepAwake(backend)
    assert keeper.inhibit("first")
    buses[0].fail_uninhibit = True
    keeper.release()
    # Closing the connection makes the service drop the inhibit.
    assert buses[0].closed
    # The next workout opens a fresh connection.
    assert keeper.inhibit("second")
    keeper.release()
    assert buses[1].calls == [("Inhibit", "Glute Timer", "second"), ("UnInhibit", 8)]


# -- Windows and macOS backends with stand-ins ------------------------------------------


def test_windows_backend_asks_for_display_and_clears_it() -> None:
    states: list[int] = []

    def set_state(flags: int) -> int:
        states.append(flags)
        return ES_CONTINUOUS

    keeper = KeepAwake(ExecutionStateBackend(set_state))
    assert keeper.inhibit("workout")
    keeper.release()
    assert states == [ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED, ES_CONTINUOUS]


def test_windows_backend_refusal_is_reported_not_raised() -> None:
    keeper = KeepAwake(ExecutionStateBackend(lambda flags: 0))
    assert not keeper.inhibit("workout")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX sleep")
def test_caffeinate_backend_runs_a_child_while_inhibited() -> None:
    backend = CaffeinateBackend([sys.executable, "-c", "import time; time.sleep(60)"])
    keeper = KeepAwake(backend)
    assert keeper.inhibit("workout")
    process = backend.process
    assert process is not None
    assert process.poll() is None
    keeper.release()
    assert process.poll() is not None
    assert backend.process is None


def test_caffeinate_backend_reports_a_missing_command(tmp_path: Path) -> None:
    keeper = KeepAwake(CaffeinateBackend([str(tmp_path / "no-such-caffeinate")]))
    assert not keeper.inhibit("workout")
