"""Finds bundled assets by name, in a wheel, an editable checkout or a PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources
from pathlib import Path, PurePosixPath

ILLUSTRATION_FALLBACK = "generic"


@cache
def assets_dir() -> Path:
    """The folder holding ``sounds/`` and ``illustrations/``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates: list[Path] = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "glute_timer" / "assets")
    packaged = resources.files("glute_timer") / "assets"
    candidates.append(Path(str(packaged)))
    # Editable install or plain checkout: src/glute_timer/../../assets
    candidates.append(Path(__file__).resolve().parents[2] / "assets")
    for candidate in candidates:
        if (candidate / "illustrations").is_dir():
            return candidate
    raise FileNotFoundError(
        "The app's assets (sounds and illustrations) were not found; looked in: "
        + ", ".join(str(c) for c in candidates)
    )


def _safe(name: str) -> str:
    """Refuse names that could point outside the assets folder."""
    parts = PurePosixPath(name).parts
    if not name or name.startswith(("/", "\\")) or ".." in parts or "\\" in name:
        raise ValueError(f"not a valid asset name: {name!r}")
    return name


def sound_path(name: str) -> Path:
    """Path of ``assets/sounds/<name>``; ``name`` may hold a sub-folder (``voice/rest.wav``)."""
    return assets_dir() / "sounds" / _safe(name)


def illustration_path(name: str | None) -> Path:
    """Path of the SVG for illustration id ``name``, or of the generic figure when there is none."""
    folder = assets_dir() / "illustrations"
    if name:
        path = folder / f"{_safe(name)}.svg"
        if path.is_file():
            return path
    return folder / f"{ILLUSTRATION_FALLBACK}.svg"


def illustration_ids() -> list[str]:
    """The ids of every bundled illustration, sorted."""
    return sorted(p.stem for p in (assets_dir() / "illustrations").glob("*.svg"))
