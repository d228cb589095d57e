"""Render the physio report of a synthetic eight-week history to docs/screenshots/report-page-N.png.

The history (``glute_timer.report.sample``) is imported with ``history import`` into a fresh
data folder, the report is written with ``glute-timer report``, and ``pdftoppm`` (poppler-utils)
renders each page. Works without a display.

Run: ``PYTHONPATH=src .venv/bin/python tools/report_screenshots.py [OUTPUT_DIR]``
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    from glute_timer.cli import main as cli
    from glute_timer.report.sample import sample_history

    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm is missing: install poppler-utils", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="glute-report-shots-"))
    try:
        history = work / "history.json"
        history.write_text(json.dumps(sample_history(), indent=2), encoding="utf-8")
        data = str(work / "data")
        pdf = work / "report.pdf"
        if cli(["--data-dir", data, "history", "import", str(history)]) != 0:
            return 1
        status = cli(
            [
                "--data-dir",
                data,
                "report",
                "--out",
                str(pdf),
                "--from",
                "2026-03-02",
                "--to",
                "2026-04-26",
                "--name",
                "Example person",
            ]
        )
        if status != 0:
            return status
        for old in out.glob("report-page-*.png"):
            old.unlink()
        subprocess.run(
            [pdftoppm, "-r", "100", "-png", str(pdf), str(out / "report-page")], check=True
        )
        for page in sorted(out.glob("report-page-*.png")):
            print(f"saved {page}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
