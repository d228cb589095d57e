"""The Linux desktop files: validators pass, ids agree, icons exist at every size."""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from glute_timer import __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.glute_timer.GluteTimer"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = LINUX / "icons" / "hicolor"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
RAW_PREFIX = "https://raw.githubusercontent.com/glute-timer/glute-timer/main/"


def tool(name: str) -> str:
    """Path of a validator; missing is a failure in CI (which installs it), a skip elsewhere."""
    found = shutil.which(name)
    if found is None:
        message = f"{name} is not installed (Debian: apt-get install desktop-file-utils appstream)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_desktop_file_validate_passes() -> None:
    result = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    # It exits 0 on hints too; any line it prints is an error or a warning worth fixing.
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout


def test_appstreamcli_validate_passes() -> None:
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", "--no-color", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Errors fail the run above; warnings do not, but should not creep in either.
    warnings = [line for line in result.stdout.splitlines() if line.startswith(("E:", "W:"))]
    assert warnings == []


def test_desktop_entry_launches_the_installed_command_with_our_icon() -> None:
    entry = desktop_entry()
    assert entry["Exec"].split()[0] == "glute-timer"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"


def test_metainfo_names_the_desktop_file_the_binary_and_the_current_release() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/binary") == "glute-timer"
    releases = component.findall("releases/release")
    assert releases, "no release notes"
    assert releases[0].get("version") == __version__, "newest release must come first"
    assert releases[0].find("description") is not None


def test_metainfo_screenshot_points_at_a_committed_image() -> None:
    images = ET.parse(METAINFO).getroot().findall("screenshots/screenshot/image")
    assert images
    for image in images:
        url = (image.text or "").strip()
        assert url.startswith(RAW_PREFIX), url
        path = ROOT / url.removeprefix(RAW_PREFIX)
        assert path.is_file(), f"{url} names {path}, which is not in the repository"
        width, height = png_size(path)
        assert (image.get("width"), image.get("height")) == (str(width), str(height))


def test_icon_exists_as_svg_and_at_every_png_size() -> None:
    svg = ICONS / "scalable" / "apps" / f"{APP_ID}.svg"
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    for size in PNG_SIZES:
        png = ICONS / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.is_file(), f"missing {png}; run make icons"
        assert png_size(png) == (size, size)


@pytest.mark.slow
def test_png_icons_are_rendered_from_the_current_svg() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "render_icons.py"), "--check"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
