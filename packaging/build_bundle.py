"""Build the one-folder bundle with PyInstaller, check that it runs, and enforce the size budget.

The bundle also gets ``desktop/`` with the menu entry, icons and ``install-desktop-entry.sh``.

Run by ``make bundle``; exits non-zero when PyInstaller fails, when the bundled app cannot list
its routines, or when ``dist/glute-timer`` is larger than the budget.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "glute-timer.spec"
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.glute_timer.GluteTimer"
NAME = "glute-timer"
# 180 MB until issue 19; the German and Spanish voice prompts (13.6 MB of WAV) and the
# catalogues (1 MB) raised it.
BUDGET_MB = 200.0
MB = 1_000_000


def folder_size(folder: Path) -> int:
    """Bytes taken by every regular file under ``folder`` (links counted once, as links)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def largest_files(folder: Path, count: int) -> list[tuple[int, Path]]:
    """The ``count`` biggest files under ``folder``, biggest first."""
    sizes = [(p.lstat().st_size, p) for p in folder.rglob("*") if p.is_file()]
    return sorted(sizes, reverse=True)[:count]


def run_pyinstaller(dist: Path, work: Path) -> None:
    """Build ``dist/glute-timer`` from the spec; raises CalledProcessError on failure."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    subprocess.run(command, check=True, cwd=ROOT)


def stage_desktop_files(bundle: Path) -> Path:
    """Copy the menu entry, AppStream file, icons and their installer to ``bundle/desktop``."""
    target = bundle / "desktop"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for name in (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml", "install-desktop-entry.sh"):
        shutil.copy2(LINUX / name, target / name)
    shutil.copytree(LINUX / "icons", target / "icons")
    return target


def smoke_test(app: Path) -> list[str]:
    """Run the bundled CLI with a throw-away data folder; returns the problems found."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="glute-bundle-") as data:
        env = {**os.environ, "GLUTE_TIMER_DATA_DIR": data, "QT_QPA_PLATFORM": "offscreen"}
        for args in (["--version"], ["routines"], ["show", "Wall push", "--json"]):
            result = subprocess.run(
                [str(app), *args], capture_output=True, text=True, env=env, timeout=60
            )
            shown = " ".join(args)
            if result.returncode != 0:
                problems.append(f"'{NAME} {shown}' exited {result.returncode}: {result.stderr}")
            elif not result.stdout.strip():
                problems.append(f"'{NAME} {shown}' printed nothing")
            else:
                print(f"ok: {NAME} {shown}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller work folder"
    )
    parser.add_argument("--budget-mb", type=float, default=BUDGET_MB, help="size limit in MB")
    parser.add_argument("--skip-smoke", action="store_true", help="do not run the built app")
    args = parser.parse_args(argv)

    try:
        run_pyinstaller(args.dist, args.work)
    except subprocess.CalledProcessError as error:
        print(f"build_bundle: PyInstaller failed with status {error.returncode}", file=sys.stderr)
        return 1

    bundle = args.dist / NAME
    app = bundle / NAME
    if not app.is_file():
        print(f"build_bundle: {app} was not built", file=sys.stderr)
        return 1

    stage_desktop_files(bundle)
    problems = [] if args.skip_smoke else smoke_test(app)

    size = folder_size(bundle)
    print("largest files:")
    for file_size, path in largest_files(bundle, 8):
        print(f"  {file_size / MB:6.1f} MB  {path.relative_to(bundle)}")
    print(
        f"bundle: {bundle} is {size / MB:.1f} MB ({size / 2**20:.1f} MiB); "
        f"budget {args.budget_mb:.0f} MB"
    )
    if size > args.budget_mb * MB:
        problems.append(
            f"the bundle is {size / MB:.1f} MB, over the {args.budget_mb:.0f} MB budget"
        )

    for problem in problems:
        print(f"build_bundle: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
