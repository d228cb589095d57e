"""install-desktop-entry.sh, as staged into a bundle by build_bundle.py, on a fake bundle."""

from __future__ import annotations

import importlib.util
import os
import shutil
import stat
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

from tests.packaging.test_desktop_files import APP_ID, PNG_SIZES, ROOT, tool


def load_build_bundle() -> ModuleType:
    # packaging/ is not a package (and its name is taken by the PyPI "packaging" module).
    path = ROOT / "packaging" / "build_bundle.py"
    spec = importlib.util.spec_from_file_location("build_bundle", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A stand-in bundle (folder name with a space) holding a dummy app and desktop/."""
    folder = tmp_path / "my apps" / "glute-timer"
    folder.mkdir(parents=True)
    app = folder / "glute-timer"
    app.write_text("#!/bin/sh\nexit 0\n")
    app.chmod(app.stat().st_mode | stat.S_IXUSR)
    load_build_bundle().stage_desktop_files(folder)
    return folder


def run_script(bundle: Path, data_home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(data_home), "HOME": str(data_home.parent)}
    return subprocess.run(
        ["sh", str(bundle / "desktop" / "install-desktop-entry.sh"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def installed_files(data_home: Path) -> list[Path]:
    return sorted(p for p in data_home.rglob("*") if p.is_file() and APP_ID in p.name)


def test_install_points_the_menu_entry_at_the_bundled_app(bundle: Path, tmp_path: Path) -> None:
    data_home = tmp_path / "share"
    result = run_script(bundle, data_home)
    assert result.returncode == 0, result.stderr

    desktop = data_home / "applications" / f"{APP_ID}.desktop"
    exec_line = next(line for line in desktop.read_text().splitlines() if line.startswith("Exec="))
    assert exec_line == f'Exec="{bundle / "glute-timer"}"'
    assert (data_home / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in PNG_SIZES:
        assert (
            data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        ).is_file()

    validate = subprocess.run(
        [tool("desktop-file-validate"), str(desktop)], capture_output=True, text=True
    )
    assert validate.returncode == 0 and validate.stdout == "", validate.stdout


def test_uninstall_removes_every_installed_file(bundle: Path, tmp_path: Path) -> None:
    data_home = tmp_path / "share"
    assert run_script(bundle, data_home).returncode == 0
    assert len(installed_files(data_home)) == 3 + len(PNG_SIZES)

    result = run_script(bundle, data_home, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert installed_files(data_home) == []


def test_refuses_a_command_path_the_desktop_entry_cannot_hold(bundle: Path, tmp_path: Path) -> None:
    data_home = tmp_path / "share"
    result = run_script(bundle, data_home, "--exec", "/opt/100%/glute-timer")
    assert result.returncode == 1
    assert "may not contain" in result.stderr
    assert installed_files(data_home) == []


def test_without_a_bundle_it_uses_the_command_on_path(tmp_path: Path) -> None:
    # A checkout after `pipx install`: the script sits in packaging/linux, the command on PATH.
    checkout_copy = tmp_path / "linux"
    shutil.copytree(ROOT / "packaging" / "linux", checkout_copy)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    command = bin_dir / "glute-timer"
    command.write_text("#!/bin/sh\nexit 0\n")
    command.chmod(0o755)
    data_home = tmp_path / "share"
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(data_home),
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
    }
    result = subprocess.run(
        ["sh", str(checkout_copy / "install-desktop-entry.sh")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    desktop = (data_home / "applications" / f"{APP_ID}.desktop").read_text()
    assert f'Exec="{command}"' in desktop.splitlines()
