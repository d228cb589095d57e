"""Runs every benchmark in this folder (each ``benchmarks/*.py`` with a ``main()``), each in
its own process, prints all their figures, and exits non-zero if any target was missed.
Those with an ``--xvfb`` mode run a second time in it when ``Xvfb`` is installed.

    .venv/bin/python benchmarks/run_all.py
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def has_main(path: Path) -> bool:
    """Whether the script defines a top-level ``main`` function."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return any(isinstance(node, ast.FunctionDef) and node.name == "main" for node in tree.body)


def benchmarks() -> list[Path]:
    """Every benchmark script but this one, by name."""
    me = Path(__file__).resolve()
    return [
        p
        for p in sorted(HERE.glob("*.py"))
        if p.resolve() != me and not p.name.startswith("_") and has_main(p)
    ]


def has_xvfb_mode(path: Path) -> bool:
    """Whether the script takes ``--xvfb``."""
    return '"--xvfb"' in path.read_text(encoding="utf-8")


def runs() -> list[list[str]]:
    """Each run's arguments: every benchmark, then the Xvfb modes where Xvfb exists."""
    plain = [[str(p)] for p in benchmarks()]
    if shutil.which("Xvfb") is None:
        print("(Xvfb is not installed: the --xvfb modes are left out)", flush=True)
        return plain
    return plain + [[str(p), "--xvfb"] for p in benchmarks() if has_xvfb_mode(p)]


def main() -> int:
    """Run them all; 0 when every one met its target."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    results: list[tuple[str, int, float]] = []
    for args in runs():
        name = " ".join([Path(args[0]).name, *args[1:]])
        print(f"=== {name}", flush=True)
        started = time.monotonic()
        status = subprocess.run([sys.executable, *args], env=env, check=False).returncode
        results.append((name, status, time.monotonic() - started))
        print(flush=True)
    print("=== summary")
    for name, status, seconds in results:
        print(f"  {'ok    ' if status == 0 else 'MISSED'}  {name}  ({seconds:.0f} s)")
    return 0 if all(status == 0 for _, status, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
