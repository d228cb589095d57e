"""The crash hook logs an uncaught error in full, makes the app safe, then hands it on."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

import pytest

from glute_timer.crash_hook import install_crash_hook


def test_an_uncaught_error_is_logged_made_safe_and_passed_on(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    passed_on: list[type[BaseException]] = []

    def earlier(kind: type[BaseException], _v: BaseException, _tb: TracebackType | None) -> None:
        passed_on.append(kind)

    monkeypatch.setattr(sys, "excepthook", earlier)
    made_safe: list[str] = []
    assert install_crash_hook(lambda: made_safe.append("released")) is earlier
    try:
        raise ValueError("a slot broke")
    except ValueError as error:
        with caplog.at_level(logging.CRITICAL, logger="glute_timer.crash_hook"):
            sys.excepthook(ValueError, error, error.__traceback__)
    assert made_safe == ["released"]
    assert passed_on == [ValueError]
    assert "a slot broke" in caplog.text and "Traceback" in caplog.text


def test_a_failing_clean_up_does_not_hide_the_first_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    passed_on: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _k, value, _tb: passed_on.append(value))

    def broken_clean_up() -> None:
        raise RuntimeError("the window is gone")

    install_crash_hook(broken_clean_up)
    error = KeyError("first")
    sys.excepthook(KeyError, error, None)
    assert passed_on == [error]
