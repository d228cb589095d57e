"""Build hooks that pyproject.toml cannot express; all metadata stays in pyproject.toml.

The sounds and illustrations live at the repository's top level (``assets/``) so the tools
that generate them and the checkout both find them without the package. A wheel must carry
them inside the package, as ``glute_timer/assets/``, because that is where
``glute_timer.resources`` looks in an installed copy. These hooks copy them there at build
time and list them as sources, so the sdist carries them and a wheel built from it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
ASSETS = "assets"
PACKAGE = "glute_timer"
# Files inside the package that are neither Python modules nor listed as package data yet.
EXTRA_PACKAGE_FILES = ("storage/migrations/script.py.mako",)
# Editor droppings and caches never belong in a release.
IGNORED = shutil.ignore_patterns("*~", ".*", "__pycache__", "*.pyc", "Thumbs.db")


def _asset_files(root: Path) -> list[Path]:
    """Every file under ``root/assets`` that ships, relative to ``root``."""
    base = root / ASSETS
    if not base.is_dir():
        return []
    return sorted(
        path.relative_to(root)
        for path in base.rglob("*")
        if path.is_file()
        and not any(part.startswith(".") or part == "__pycache__" for part in path.parts)
        and not path.name.endswith(("~", ".pyc"))
    )


class BuildPyWithAssets(build_py):
    """``build_py`` that also copies ``assets/`` into the built package."""

    def run(self) -> None:
        super().run()
        # An editable install reads assets from the checkout; copying would only leave a stale
        # second set in the build folder.
        if getattr(self, "editable_mode", False):
            return
        package_dir = Path(self.build_lib) / PACKAGE
        source = ROOT / ASSETS
        if not source.is_dir():
            raise SystemExit(
                f"{source} is missing: a wheel without sounds and illustrations would not run. "
                "Build from a full checkout or from the sdist."
            )
        target = package_dir / ASSETS
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(source, target, ignore=IGNORED)
        for name in EXTRA_PACKAGE_FILES:
            src = ROOT / "src" / PACKAGE / name
            if src.is_file():
                dest = package_dir / name
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, dest)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs: list[str] = list(super().get_outputs(include_bytecode))
        if getattr(self, "editable_mode", False):
            return outputs
        package_dir = Path(self.build_lib) / PACKAGE
        outputs += [str(package_dir / path) for path in _asset_files(ROOT)]
        outputs += [str(package_dir / name) for name in EXTRA_PACKAGE_FILES]
        return outputs

    def get_source_files(self) -> list[str]:
        # sdist (through egg_info's manifest) packs what this returns, so the assets and the
        # migration template travel in the sdist and a wheel built from it has them too.
        sources: list[str] = list(super().get_source_files())
        sources += [path.as_posix() for path in _asset_files(ROOT)]
        sources += [f"src/{PACKAGE}/{name}" for name in EXTRA_PACKAGE_FILES]
        return sources


setup(cmdclass={"build_py": BuildPyWithAssets})
