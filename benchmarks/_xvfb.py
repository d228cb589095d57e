"""A private X server with sound, for the benchmarks' ``--xvfb`` mode (not a benchmark itself).

:func:`private_display` starts ``Xvfb`` on a free display and makes a private HOME whose
``.asoundrc`` sends ALSA's default device to a file, so the measured child draws real X
windows (``QT_QPA_PLATFORM=xcb``) and plays its cues as a person's machine would, with no
sound card and without touching anybody else's display, bus or sound server.
"""

from __future__ import annotations

import os
import selectors
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

START_TIMEOUT_S = 30.0
# What the children must not inherit: they would reach the caller's desktop instead.
_FOREIGN = (
    "WAYLAND_DISPLAY",
    "DBUS_SESSION_BUS_ADDRESS",
    "PULSE_SERVER",
    "XDG_RUNTIME_DIR",
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_CACHE_HOME",
    "XAUTHORITY",
)


def xvfb_available() -> bool:
    """Whether ``Xvfb`` is installed (Debian package ``xvfb``)."""
    return shutil.which("Xvfb") is not None


@dataclass
class Display:
    """The environment for children, and the X server's process (to read its CPU time)."""

    env: dict[str, str]
    server_pid: int
    sound_file: Path


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of one process so far (Linux ``/proc``; 0 where unknown)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _read_display_number(server: subprocess.Popen[str]) -> str:
    assert server.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(server.stdout, selectors.EVENT_READ)
        if not selector.select(START_TIMEOUT_S):
            raise RuntimeError(f"Xvfb gave no display number within {START_TIMEOUT_S:.0f} s")
    number = server.stdout.readline().strip()
    if not number.isdigit():
        raise RuntimeError(f"Xvfb did not start (it said {number!r})")
    return number


@contextmanager
def private_display(width: int = 1280, height: int = 800) -> Iterator[Display]:
    """Start a private Xvfb and sound sink; yield what the children need; stop them after."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise RuntimeError("Xvfb is not installed (Debian package xvfb)")
    with tempfile.TemporaryDirectory(prefix="glute-bench-") as tmp:
        home = Path(tmp)
        sound_file = home / "sound.raw"
        # Each opening of the device truncates the file: it never grows past one cue.
        (home / ".asoundrc").write_text(
            "pcm.!default {\n"
            "  type file\n"
            '  slave.pcm "null"\n'
            f'  file "{sound_file}"\n'
            '  format "raw"\n'
            "}\n",
            encoding="utf-8",
        )
        # -displayfd: the server picks a free display number and writes it on stdout;
        # -noreset: it must not reset (and refuse clients) between two children.
        command = [xvfb, "-displayfd", "1", "-screen", "0", f"{width}x{height}x24"]
        server = subprocess.Popen(
            [*command, "-noreset", "-nolisten", "tcp"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        try:
            number = _read_display_number(server)
            env = {k: v for k, v in os.environ.items() if k not in _FOREIGN}
            env.update(HOME=str(home), DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
            yield Display(env, server.pid, sound_file)
        finally:
            server.terminate()
            try:
                server.wait(5)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            if server.stdout is not None:
                server.stdout.close()
