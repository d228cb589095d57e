"""Reminders while the app is closed: a systemd user timer, or an XDG autostart entry.

Every file written is listed in a manifest in the data folder, so ``uninstall`` removes
exactly those. ``$XDG_CONFIG_HOME`` (default ``~/.config``) says where the files go.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from datetime import time
from pathlib import Path
from typing import Final

from glute_timer import APP_NAME, DESKTOP_ID
from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate

UNIT: Final = "glute-timer-remind"
MANIFEST: Final = "reminders-installed.json"
SYSTEMCTL_TIMEOUT_S: Final = 30


class InstallError(RuntimeError):
    """The reminders could not be installed; the message says why."""


def config_home() -> Path:
    """``$XDG_CONFIG_HOME``, else ``~/.config``."""
    configured = os.environ.get("XDG_CONFIG_HOME")
    return (
        Path(configured)
        if configured and Path(configured).is_absolute()
        else (Path.home() / ".config")
    )


def systemd_dir() -> Path:
    return config_home() / "systemd" / "user"


def autostart_path() -> Path:
    return config_home() / "autostart" / f"{DESKTOP_ID}.remind.desktop"


def manifest_path(data_dir: Path) -> Path:
    return data_dir / MANIFEST


def command(data_dir_arg: str | None = None) -> list[str]:
    """How to run this glute-timer from a timer or a login script."""
    if getattr(sys, "frozen", False):
        base = [sys.executable]
    else:
        found = shutil.which("glute-timer")
        base = [found] if found else [sys.executable, "-m", "glute_timer"]
    if data_dir_arg:
        base += ["--data-dir", str(Path(data_dir_arg).expanduser().resolve())]
    return base


def _systemd_quote(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("%", "%%").replace("$", "$$") + '"'


def _desktop_quote(word: str) -> str:
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in word)
    return '"' + escaped.replace("%", "%%") + '"'


def service_text(argv: Sequence[str]) -> str:
    return (
        "[Unit]\n"
        f"Description={APP_NAME}: notify when a planned routine is due\n\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"ExecStart={' '.join(_systemd_quote(a) for a in [*argv, 'remind'])}\n"
    )


def timer_text(times: Sequence[time]) -> str:
    calendars = "".join(f"OnCalendar=*-*-* {t:%H:%M}:00\n" for t in times)
    return (
        "[Unit]\n"
        f"Description={APP_NAME} reminders at the planned times\n\n"
        "[Timer]\n"
        f"{calendars}"
        "Persistent=false\n\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )


def autostart_text(argv: Sequence[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME} reminders\n"
        "Comment=Reminds you at today's planned times while you are logged in\n"
        f"Exec={' '.join(_desktop_quote(a) for a in [*argv, 'remind', '--wait'])}\n"
        "NoDisplay=true\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def _read_manifest(data_dir: Path) -> dict[str, object] | None:
    try:
        data = json.loads(manifest_path(data_dir).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {"kind": "unknown", "files": [], "times": []}
    return data if isinstance(data, dict) else None


def _files(manifest: dict[str, object]) -> list[Path]:
    files = manifest.get("files", [])
    return [Path(f) for f in files if isinstance(f, str)] if isinstance(files, list) else []


def _systemctl(*args: str) -> tuple[bool, str]:
    tool = shutil.which("systemctl")
    if tool is None:
        return False, "systemctl is not installed"
    try:
        result = subprocess.run(
            [tool, "--user", *args],
            capture_output=True,
            text=True,
            timeout=SYSTEMCTL_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return False, str(error)
    message = (result.stderr or result.stdout).strip().splitlines()
    return result.returncode == 0, message[0] if message else f"exit status {result.returncode}"


def _write(path: Path, text: str, written: list[Path]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    written.append(path)


def _save_manifest(data_dir: Path, kind: str, files: list[Path], times: Sequence[time]) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    manifest = {
        "kind": kind,
        "files": [str(f) for f in files],
        "times": [f"{t:%H:%M}" for t in times],
    }
    manifest_path(data_dir).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def install(data_dir: Path, times: Sequence[time], *, data_dir_arg: str | None = None) -> str:
    """Install the timer (or the autostart entry) for ``times``; returns what was done.

    What an earlier install wrote is removed first, so installing again updates the times.
    """
    if not times:
        raise InstallError(translate("ReminderInstall", "no reminder times to install"))
    uninstall(data_dir)
    argv = command(data_dir_arg)
    written: list[Path] = []
    systemd_problem = ""
    try:
        if shutil.which("systemctl") is not None:
            _write(systemd_dir() / f"{UNIT}.service", service_text(argv), written)
            _write(systemd_dir() / f"{UNIT}.timer", timer_text(times), written)
            ok, message = _systemctl("daemon-reload")
            if ok:
                ok, message = _systemctl("enable", "--now", f"{UNIT}.timer")
            if ok:
                _save_manifest(data_dir, "systemd", written, times)
                return translate(
                    "ReminderInstall", "Installed a systemd user timer ({timer}) for {times}."
                ).format(timer=f"{UNIT}.timer", times=_times_list(times))
            for path in written:
                path.unlink(missing_ok=True)
            written.clear()
            systemd_problem = message
        _write(autostart_path(), autostart_text(argv), written)
        _save_manifest(data_dir, "autostart", written, times)
    except OSError as error:
        for path in written:
            path.unlink(missing_ok=True)
        raise InstallError(
            translate("ReminderInstall", "cannot write the reminder files: {problem}").format(
                problem=error
            )
        ) from error
    if systemd_problem:
        return translate(
            "ReminderInstall",
            "Installed an autostart entry {path} (systemd did not take the timer: {problem}): "
            "reminders come at today's times after you log in (not for times before login, "
            "nor on the next day without logging in again).",
        ).format(path=autostart_path(), problem=systemd_problem)
    return translate(
        "ReminderInstall",
        "Installed an autostart entry {path}: reminders come at today's times after you log in "
        "(not for times before login, nor on the next day without logging in again).",
    ).format(path=autostart_path())


def _times_list(times: Sequence[time]) -> str:
    """``07:30, 18:05``: clock times read the same in every language the app speaks."""
    return ", ".join(f"{t:%H:%M}" for t in times)


def uninstall(data_dir: Path) -> list[Path]:
    """Remove every file an install wrote (and stop the timer); returns those removed."""
    manifest = _read_manifest(data_dir)
    if manifest is None:
        return []
    if manifest.get("kind") == "systemd":
        _systemctl("disable", "--now", f"{UNIT}.timer")
    removed = []
    for path in _files(manifest):
        if path.exists():
            path.unlink()
            removed.append(path)
    if manifest.get("kind") == "systemd":
        _systemctl("daemon-reload")
    manifest_path(data_dir).unlink(missing_ok=True)
    return removed


_INSTALLED = {
    "systemd": QT_TRANSLATE_NOOP("ReminderInstall", "Installed: a systemd user timer for {times}."),
    "autostart": QT_TRANSLATE_NOOP("ReminderInstall", "Installed: an autostart entry for {times}."),
}
_INSTALLED_UNKNOWN = QT_TRANSLATE_NOOP(
    "ReminderInstall", "Installed: something unknown for {times}."
)


def status(data_dir: Path) -> str:
    """What is installed, for ``glute-timer reminders status``."""
    manifest = _read_manifest(data_dir)
    if manifest is None:
        return translate(
            "ReminderInstall",
            "Reminders are not installed ('glute-timer reminders install' sets them up).",
        )
    times = manifest.get("times", [])
    if isinstance(times, list) and times:
        at = ", ".join(str(t) for t in times)
    else:
        at = translate("ReminderInstall", "no time", "in place of the reminder times")
    files = _files(manifest)
    missing = [str(f) for f in files if not f.exists()]
    installed = _INSTALLED.get(str(manifest.get("kind")), _INSTALLED_UNKNOWN)
    lines = [translate("ReminderInstall", installed).format(times=at)]
    lines += [f"  {f}" for f in files]
    if manifest.get("kind") == "systemd":
        ok, message = _systemctl("is-active", f"{UNIT}.timer")
        if ok:
            lines.append("  " + translate("ReminderInstall", "timer: active"))
        else:
            state = translate("ReminderInstall", "timer: {problem}").format(problem=message)
            lines.append("  " + state)
    if missing:
        gone = translate("ReminderInstall", "missing (removed by hand?): {files}")
        lines.append("  " + gone.format(files=", ".join(missing)))
    return "\n".join(lines)
