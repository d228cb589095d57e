"""Reminder install, status and uninstall on a temporary $XDG_CONFIG_HOME."""

from __future__ import annotations

import stat
from datetime import time
from pathlib import Path

import pytest

from glute_timer.platform import reminder_install as install

FAKE_SYSTEMCTL = """#!/bin/sh
echo "$@" >> "{log}"
exit {status}
"""


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    monkeypatch.setenv("PATH", str(bin_dir))  # no systemctl
    return home


def fake_systemctl(tmp_path: Path, status: int = 0) -> Path:
    log = tmp_path / "systemctl.log"
    tool = tmp_path / "bin" / "systemctl"
    tool.write_text(FAKE_SYSTEMCTL.format(log=log, status=status))
    tool.chmod(tool.stat().st_mode | stat.S_IXUSR)
    return log


def test_without_systemd_an_autostart_entry_is_installed_and_removed(
    tmp_path: Path, config: Path
) -> None:
    data = tmp_path / "data"
    message = install.install(data, [time(7, 30)], data_dir_arg=str(data))
    entry = config / "autostart" / "io.github.glute_timer.GluteTimer.remind.desktop"
    assert "autostart entry" in message and "after you log in" in message
    text = entry.read_text()
    assert "[Desktop Entry]" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith('"remind" "--wait"')
    assert f'"--data-dir" "{data.resolve()}"' in exec_line
    assert not (config / "systemd").exists()
    assert "an autostart entry for 07:30" in install.status(data)
    assert install.uninstall(data) == [entry]
    assert not entry.exists()
    assert install.status(data).startswith("Reminders are not installed")
    assert install.uninstall(data) == []


def test_with_systemd_a_timer_per_reminder_time(tmp_path: Path, config: Path) -> None:
    log = fake_systemctl(tmp_path)
    data = tmp_path / "data"
    message = install.install(data, [time(7, 30), time(18, 5)])
    assert message == "Installed a systemd user timer (glute-timer-remind.timer) for 07:30, 18:05."
    unit_dir = config / "systemd" / "user"
    timer = (unit_dir / "glute-timer-remind.timer").read_text()
    assert "OnCalendar=*-*-* 07:30:00\nOnCalendar=*-*-* 18:05:00\n" in timer
    assert "Persistent=false" in timer and "WantedBy=timers.target" in timer
    service = (unit_dir / "glute-timer-remind.service").read_text()
    assert "Type=oneshot" in service
    assert next(line for line in service.splitlines() if line.startswith("ExecStart=")).endswith(
        '"remind"'
    )
    assert log.read_text().splitlines() == [
        "--user daemon-reload",
        "--user enable --now glute-timer-remind.timer",
    ]
    assert "a systemd user timer for 07:30, 18:05" in install.status(data)
    # Installing again replaces the times; uninstalling removes both files.
    install.install(data, [time(6, 0)])
    assert "OnCalendar=*-*-* 06:00:00\n" in (unit_dir / "glute-timer-remind.timer").read_text()
    removed = install.uninstall(data)
    assert sorted(p.name for p in removed) == [
        "glute-timer-remind.service",
        "glute-timer-remind.timer",
    ]
    assert list(unit_dir.iterdir()) == []
    assert "--user disable --now glute-timer-remind.timer" in log.read_text()


def test_when_systemd_refuses_the_autostart_entry_stands_in(tmp_path: Path, config: Path) -> None:
    fake_systemctl(tmp_path, status=1)
    data = tmp_path / "data"
    message = install.install(data, [time(7, 30)])
    assert "systemd did not take the timer" in message
    assert list((config / "systemd" / "user").iterdir()) == []
    assert (config / "autostart").is_dir()
    assert len(install.uninstall(data)) == 1


def test_uninstall_removes_only_files_it_wrote(tmp_path: Path, config: Path) -> None:
    data = tmp_path / "data"
    install.install(data, [time(7, 30)])
    mine = config / "autostart" / "someone-else.desktop"
    mine.write_text("[Desktop Entry]\n")
    install.uninstall(data)
    assert mine.exists()


def test_cli_install_needs_a_reminder_time(
    tmp_path: Path, config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from glute_timer.cli import main

    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "plan", "add", "Wall push", "--daily"]) == 0
    assert main(["--data-dir", data, "reminders", "install"]) == 2
    assert "no reminder times in the plan" in capsys.readouterr().err
    assert main(["--data-dir", data, "plan", "add", "Wall push", "--daily", "--at", "07:30"]) == 0
    assert main(["--data-dir", data, "reminders", "install"]) == 0
    assert main(["--data-dir", data, "reminders", "status"]) == 0
    assert "an autostart entry for 07:30" in capsys.readouterr().out
    assert main(["--data-dir", data, "reminders", "uninstall"]) == 0
    assert "Removed 1 file." in capsys.readouterr().out
    assert list((config / "autostart").iterdir()) == []


def test_installed_reminders_follow_the_plan(
    tmp_path: Path, config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from glute_timer.cli import main

    data = str(tmp_path / "data")
    main(["--data-dir", data, "plan", "add", "Wall push", "--daily", "--at", "07:30"])
    main(["--data-dir", data, "reminders", "install"])
    main(
        [
            "--data-dir",
            data,
            "plan",
            "add",
            "Glute medius strength",
            "--per-week",
            "3",
            "--at",
            "18:00",
        ]
    )
    assert "for 07:30, 18:00" in install.status(tmp_path / "data")
    main(["--data-dir", data, "plan", "remove", "Wall push"])
    main(["--data-dir", data, "plan", "remove", "Glute medius strength"])
    assert "reminders uninstalled" in capsys.readouterr().out
    assert install.status(tmp_path / "data").startswith("Reminders are not installed")
    assert list((config / "autostart").iterdir()) == []
