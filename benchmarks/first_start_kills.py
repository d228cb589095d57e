"""How a first start survives kill -9: many tries at random moments, plus concurrent starts.

Usage: python benchmarks/first_start_kills.py [TRIES] [ROUNDS_OF_EIGHT]

Runs tests/storage/first_start_child.py (a fork per try) in a temporary folder and prints
what each kill left (no database, or a whole one) and whether every next start worked.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = ROOT / "tests" / "storage" / "first_start_child.py"


def _run(*args: str) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)]))
    done = subprocess.run(
        [sys.executable, str(CHILD), *args], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str]) -> int:
    tries = argv[1] if len(argv) > 1 else "300"
    rounds = argv[2] if len(argv) > 2 else "5"
    with tempfile.TemporaryDirectory() as kills_root, tempfile.TemporaryDirectory() as crowd:
        kills = _run("kills", kills_root, tries, "2026")
        starts = _run("concurrent", crowd, "8", rounds)
    print(json.dumps({"kills": kills, "concurrent": starts}, indent=2))
    return 0 if not kills["bad"] and not starts["failures"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
