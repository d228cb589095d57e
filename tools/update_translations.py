"""Extract every marked string from the sources into ``translations/glute_timer_<lang>.ts``.

Runs ``pyside6-lupdate`` (it ships with PySide6) over ``src/glute_timer`` for each language
that has a ``.ts`` file, or for a new one given with ``--add``. New strings arrive as
unfinished; strings no longer in the code are dropped (``-no-obsolete``). Locations are left
out so the files change only when a text does.

Run: ``.venv/bin/python tools/update_translations.py [--add CODE]`` (or ``make ts``).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "glute_timer"
TS_DIR = ROOT / "translations"
PREFIX = "glute_timer_"
_CODE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")


def lupdate_program() -> str:
    """The lupdate next to this Python (the venv's), else the one on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-lupdate")
    if found is None:
        raise SystemExit("pyside6-lupdate not found: run `make venv` first.")
    return found


def source_files() -> list[str]:
    """Every Python file of the app, sorted (stable output)."""
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def ts_path(code: str) -> Path:
    """The catalogue source of language ``code``."""
    return TS_DIR / f"{PREFIX}{code}.ts"


def run_lupdate(target: Path, code: str, extra: Sequence[str] = ()) -> None:
    """Write (or merge into) ``target`` the strings of every source file."""
    subprocess.run(
        [
            lupdate_program(), *source_files(),
            "-ts", str(target),
            "-source-language", "en", "-target-language", code,
            "-no-obsolete", "-locations", "none", "-silent", *extra,
        ],
        check=True, cwd=ROOT,
    )  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    """Update every language's .ts, adding ``--add CODE`` first when given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--add", metavar="CODE", help="start a new language, e.g. fr or pt_BR")
    args = parser.parse_args(argv)
    TS_DIR.mkdir(exist_ok=True)
    codes = sorted(p.stem.removeprefix(PREFIX) for p in TS_DIR.glob(f"{PREFIX}*.ts"))
    if args.add:
        if not _CODE.match(args.add):
            message = f"--add: {args.add!r} is not a language code such as fr or pt_BR"
            print(message, file=sys.stderr)
            return 2
        if args.add not in codes:
            codes.append(args.add)
    for code in codes:
        run_lupdate(ts_path(code), code)
        print(f"{ts_path(code).relative_to(ROOT)} updated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
