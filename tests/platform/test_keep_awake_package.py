"""The keep-awake package has no import circle: each module imports first, on its own."""

from __future__ import annotations

import subprocess
import sys

import pytest

MODULES = ("errors", "keeper", "service", "dbus", "caffeinate", "execution_state")


@pytest.mark.parametrize("module", MODULES)
def test_each_module_imports_first_in_a_fresh_interpreter(module: str) -> None:
    name = f"glute_timer.platform.keep_awake.{module}"
    done = subprocess.run(
        [sys.executable, "-c", f"import {name}"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr


def test_the_package_exposes_the_service_and_the_stand_in() -> None:
    from glute_timer.platform import keep_awake

    assert keep_awake.KeepAwake.__module__ == "glute_timer.platform.keep_awake.service"
    assert not keep_awake.NoKeepAwake().inhibit("test")
    assert issubclass(keep_awake.KeepAwakeUnavailableError, keep_awake.KeepAwakeError)
