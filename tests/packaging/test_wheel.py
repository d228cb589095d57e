"""The wheel: built from the sdist, installed (not editable) in a fresh venv, it runs and finds
every asset and migration.

Building and installing took 25 to 30 s here (most of it fetching PySide6 for the fresh venv);
the whole module shares one build and one venv.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import venv
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from glute_timer import __version__
from glute_timer.paths import database_path

ROOT = Path(__file__).resolve().parents[2]
CONSTRAINTS = ROOT / "requirements" / "constraints.txt"
MIGRATIONS = ROOT / "src" / "glute_timer" / "storage" / "migrations"

pytestmark = pytest.mark.slow

# Run inside the installed venv: lists every asset the app names that is not where
# glute_timer.resources says it is.
ASSET_CHECK = """
import json
from pathlib import Path

import glute_timer
from glute_timer import resources
from glute_timer.audio.catalog import Beep, beep_file, voice_file, voice_prompts
from glute_timer.domain.library import EXERCISES

missing = []
for name in [beep_file(b) for b in Beep] + [voice_file(p) for p in voice_prompts()]:
    if not resources.sound_path(name).is_file():
        missing.append("sounds/" + name)
for exercise in EXERCISES:
    path = resources.illustration_path(exercise.illustration)
    if path.stem != exercise.illustration or not path.is_file():
        missing.append("illustrations/" + exercise.illustration + ".svg")
if not resources.illustration_path(None).is_file():
    missing.append("illustrations/" + resources.ILLUSTRATION_FALLBACK + ".svg")
assets = resources.assets_dir()
print(json.dumps({
    "package": str(Path(glute_timer.__file__).resolve().parent),
    "assets": str(assets.resolve()),
    "files": sorted(p.relative_to(assets).as_posix() for p in assets.rglob("*") if p.is_file()),
    "illustration_ids": resources.illustration_ids(),
    "missing": missing,
}))
"""


@dataclass(frozen=True)
class Installed:
    """A wheel and sdist built from the checkout, and a venv with the wheel installed."""

    wheel: Path
    sdist: Path
    venv: Path

    @property
    def bin(self) -> Path:
        return self.venv / "bin"


def shipped_assets() -> list[str]:
    """Every file under the checkout's assets/, as the wheel should carry it."""
    base = ROOT / "assets"
    return sorted(
        p.relative_to(base).as_posix()
        for p in base.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(base).parts)
    )


def clean_env(**extra: str) -> dict[str, str]:
    """The environment minus anything that could make the venv import the checkout."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env.update(extra)
    return env


def run(args: list[str | Path], cwd: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=clean_env(**extra),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    base = tmp_path_factory.mktemp("wheel")
    dist = base / "dist"
    # sdist first, then the wheel from the unpacked sdist: both must carry the assets.
    run([sys.executable, "-m", "build", "--no-isolation", "--outdir", dist, ROOT], cwd=base)
    (wheel,) = dist.glob("glute_timer-*.whl")
    (sdist,) = dist.glob("glute_timer-*.tar.gz")
    env_dir = base / "venv"
    venv.create(env_dir, with_pip=True, clear=True)
    run(
        [env_dir / "bin" / "python", "-m", "pip", "install", "--quiet", "-c", CONSTRAINTS, wheel],
        cwd=base,
    )
    yield Installed(wheel, sdist, env_dir)


def test_wheel_carries_every_asset_and_the_migrations(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as archive:
        names = set(archive.namelist())
    expected_assets = {f"glute_timer/assets/{name}" for name in shipped_assets()}
    assert expected_assets <= names, sorted(expected_assets - names)
    # The compiled catalogues are not in git (hatch skips ignored files unless told).
    for code in ("de", "es"):
        assert f"glute_timer/assets/translations/glute_timer_{code}.qm" in names
    expected_migrations = {
        f"glute_timer/storage/migrations/{p.relative_to(MIGRATIONS).as_posix()}"
        for p in [*MIGRATIONS.glob("*.py"), *MIGRATIONS.glob("versions/*.py")]
    } | {"glute_timer/storage/migrations/script.py.mako"}
    assert expected_migrations <= names, sorted(expected_migrations - names)
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_sdist_carries_the_assets(installed: Installed) -> None:
    with tarfile.open(installed.sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    expected = {f"assets/{name}" for name in shipped_assets()}
    assert expected <= names, sorted(expected - names)
    assert "src/glute_timer/storage/migrations/script.py.mako" in names


def test_installed_command_reports_its_version(installed: Installed, tmp_path: Path) -> None:
    result = run([installed.bin / "glute-timer", "--version"], cwd=tmp_path)
    assert result.stdout.split() == ["glute-timer", __version__]


def test_installed_command_shows_a_routine_and_migrates_a_fresh_database(
    installed: Installed, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    result = run(
        [installed.bin / "glute-timer", "show", "Wall push", "--json"],
        cwd=tmp_path,
        GLUTE_TIMER_DATA_DIR=str(data),
    )
    steps = json.loads(result.stdout)
    assert steps[0]["kind"] == "prepare"
    assert [s["kind"] for s in steps].count("hold") == 4
    # Opening the database ran the packaged Alembic migrations.
    assert database_path(data).is_file()


def test_installed_package_finds_every_asset_inside_itself(
    installed: Installed, tmp_path: Path
) -> None:
    result = run([installed.bin / "python", "-c", ASSET_CHECK], cwd=tmp_path)
    report = json.loads(result.stdout)
    package = Path(report["package"])
    assert package.is_relative_to(installed.venv.resolve()), "imported the checkout, not the wheel"
    assert Path(report["assets"]) == package / "assets"
    assert report["missing"] == []
    assert report["files"] == shipped_assets()
    assert report["illustration_ids"] == sorted(
        p.stem for p in (ROOT / "assets" / "illustrations").glob("*.svg")
    )
