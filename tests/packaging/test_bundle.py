"""The PyInstaller bundle: builds within budget, and the frozen app starts a workout.

Needs PyInstaller (the ``bundle`` extra; ``make bundle`` installs it). Building takes about a
minute on this machine.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from glute_timer.paths import database_path, log_path

ROOT = Path(__file__).resolve().parents[2]
BUDGET_MB = 200.0  # as packaging/build_bundle.py

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed (pip install -c requirements/constraints.txt "
        "-e '.[bundle]', or make bundle)",
    ),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Build into a temporary folder; returns the bundle folder and build_bundle's output."""
    base = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build_bundle.py"),
            "--dist",
            str(base / "dist"),
            "--work",
            str(base / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return base / "dist" / "glute-timer", result.stdout


def test_bundle_reports_its_size_within_budget(bundle: tuple[Path, str]) -> None:
    folder, output = bundle
    match = re.search(r"is ([0-9.]+) MB", output)
    assert match, output
    reported = float(match.group(1))
    assert reported <= BUDGET_MB
    measured = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6
    assert abs(measured - reported) < 0.2


def test_bundle_carries_assets_migrations_and_desktop_files(bundle: tuple[Path, str]) -> None:
    folder, _ = bundle
    inside = folder / "_internal" / "glute_timer"
    for asset in (ROOT / "assets").rglob("*"):
        if asset.is_file():
            assert (inside / "assets" / asset.relative_to(ROOT / "assets")).is_file(), asset
    for code in ("de", "es"):
        assert (inside / "assets" / "translations" / f"glute_timer_{code}.qm").is_file()
        assert (
            folder / "_internal" / "PySide6" / "Qt" / "translations" / f"qtbase_{code}.qm"
        ).is_file()
    assert (inside / "storage" / "migrations" / "env.py").is_file()
    assert list((inside / "storage" / "migrations" / "versions").glob("*.py"))
    assert (folder / "desktop" / "install-desktop-entry.sh").is_file()


def test_bundle_leaves_out_ffmpeg_and_qml_without_dangling_links(
    bundle: tuple[Path, str],
) -> None:
    folder, _ = bundle
    assert [p for p in folder.rglob("*") if p.is_symlink() and not p.exists()] == []
    names = {p.name for p in folder.rglob("*")}
    unwanted = [
        n for n in names if n.startswith(("libavcodec", "libQt6Quick", "libQt6Qml", "libQt6Web"))
    ]
    assert unwanted == []


@pytest.mark.realclock
def _recorded_sessions(path: Path) -> int:
    """Sessions in the app's database, read without disturbing the running app."""
    try:
        with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
            row = connection.execute("SELECT count(*) FROM sessions").fetchone()
    except sqlite3.Error:
        return 0  # not created or not migrated yet
    return int(row[0])


def test_frozen_app_starts_a_workout(bundle: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = bundle
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GLUTE_TIMER_DATA_DIR": str(data)}
    process = subprocess.Popen(
        [str(folder / "glute-timer"), "--audio", "none", "start", "Wall push"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # The window shows first; the database and the log appear once the rest has loaded.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            if database_path(data).is_file() and log_path(data).is_file():
                break
            time.sleep(0.2)
        assert process.poll() is None, "the app exited: " + process.communicate()[1]
        assert database_path(data).is_file(), "the app never opened its database"
        # The workout has really started once its session row is recorded; the app must
        # still be up then.
        while time.monotonic() < deadline and process.poll() is None:
            if _recorded_sessions(database_path(data)) > 0:
                break
            time.sleep(0.2)  # polls another process's file: there is no signal to wait on
        assert process.poll() is None, "the app exited: " + process.communicate()[1]
        assert _recorded_sessions(database_path(data)) == 1, "the workout was never recorded"
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=30)
    assert "Traceback" not in stderr, stderr
    assert "Traceback" not in log_path(data).read_text()
