"""``glute-timer report``: the PDF reads back with the numbers ``history --json`` gives."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from glute_timer.cli import main
from glute_timer.paths import database_path
from glute_timer.report.sample import sample_history
from glute_timer.storage.history_import import import_into_data_dir
from tests.report.poppler import poppler_tool as _tool

START, END = "2026-03-02", "2026-04-26"


@pytest.fixture
def data(isolated_data_dir: Path, tmp_path: Path, qapp: object) -> Path:
    # qapp: the test process's QApplication, which the report uses instead of making one.
    file = tmp_path / "sample.json"
    file.write_text(json.dumps(sample_history()), encoding="utf-8")
    result = import_into_data_dir(database_path(isolated_data_dir), file)
    assert result.error is None and result.added > 50
    return isolated_data_dir


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def _expected(sessions: list[dict[str, Any]]) -> dict[tuple[str, str, str], float]:
    """The report's totals recomputed straight from ``history --json`` output."""
    first, last = date.fromisoformat(START), date.fromisoformat(END)
    totals: dict[tuple[str, str, str], float] = defaultdict(float)
    days = set()
    for s in sessions:
        when = datetime.fromisoformat(s["started_at"]).astimezone()
        work = [st for st in s["steps"] if st["kind"] in ("hold", "reps")]
        if not first <= when.date() <= last:
            continue
        if sum(st["actual_seconds"] for st in work) < 10:
            totals[("", "accidental_starts", "")] += 1
            continue
        days.add(when.date())
        name = s["routine"]
        totals[(name, "sessions", "")] += 1
        totals[(name, "sessions_completed", "")] += s["status"] == "completed"
        for st in work:
            side = st["side"] or "none"
            done = st["outcome"] == "completed"
            if st["kind"] == "hold":
                totals[(name, "holds_reached", side)] += 1
                totals[(name, "holds_completed", side)] += done
                totals[(name, "seconds_held", side)] += st["actual_seconds"]
            else:
                totals[(name, "reps_sets_reached", side)] += 1
                totals[(name, "reps_sets_completed", side)] += done
    totals[("", "days_with_session", "")] = len(days)
    return totals


def test_report_numbers_equal_history_json(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    status, out, _ = _run(capsys, "history", "--json")
    assert status == 0
    expected = _expected(json.loads(out))
    pdf, table = tmp_path / "r.pdf", tmp_path / "r.csv"
    status, out, err = _run(
        capsys, "report", "--out", str(pdf), "--from", START, "--to", END, "--csv", str(table)
    )
    assert (status, err) == (0, "")
    assert re.match(rf"Wrote {re.escape(str(pdf))}: [23] pages, \d+ sessions\.\n$", out)
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8"))))
    got = {
        (r["routine"], r["measure"], r["side"]): float(r["value"])
        for r in rows
        if not r["when"] and r["measure"] in {m for _, m, _ in expected}
    }
    assert set(expected) <= set(got)
    for key, value in got.items():
        assert value == pytest.approx(expected.get(key, 0.0), abs=0.0015), key
    # The per-session series and ratings too.
    series = Counter(r["measure"] for r in rows if r["when"])
    sessions_json = json.loads(_run(capsys, "history", "--json")[1])
    rated = [
        s
        for s in sessions_json
        if s["effort"] is not None
        and START <= datetime.fromisoformat(s["started_at"]).astimezone().date().isoformat() <= END
    ]
    assert series["effort"] == len(rated)


def test_pdf_text_and_pages(capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path) -> None:
    pdftotext, pdftoppm = _tool("pdftotext"), _tool("pdftoppm")
    pdf, table = tmp_path / "r.pdf", tmp_path / "r.csv"
    status, _, _ = _run(
        capsys,
        "report",
        "--out",
        str(pdf),
        "--from",
        START,
        "--to",
        END,
        "--name",
        "Example person",
        "--csv",
        str(table),
    )
    assert status == 0
    text = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "For: Example person" in text
    assert "Period: 2 March 2026 to 26 April 2026 (56 days)" in text
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8"))))
    value = {(r["routine"], r["measure"], r["side"]): r["value"] for r in rows if not r["when"]}
    for side in ("left", "right"):
        done = value[("Wall push", "holds_completed", side)]
        reached = value[("Wall push", "holds_reached", side)]
        held = round(float(value[("Wall push", "seconds_held", side)]))
        assert f"{done} of {reached}" in text
        assert f"{held} s of" in text
    days = value[("", "days_with_session", "")]
    assert f"on {days} of 56 days" in text
    for heading in (
        "Days with a session",
        "Seconds held per session, by working side",
        "Effort",
        "Pain",
    ):
        assert heading in text
    notes = [r["detail"] for r in rows if r["measure"] == "note"]
    assert notes and notes[0] in " ".join(text.split())
    prefix = tmp_path / "page"
    subprocess.run([pdftoppm, "-r", "50", "-png", str(pdf), str(prefix)], check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert 1 <= len(pages) <= 3

    from PySide6.QtGui import QImage

    image = QImage(str(pages[0]))
    assert not image.isNull()
    dark = sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).lightness() < 200
    )
    assert dark > image.width() * image.height() // 4 * 0.03  # at least 3 % ink


def test_bad_dates_and_options(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    out = str(tmp_path / "r.pdf")
    status, _, err = _run(capsys, "report", "--out", out, "--from", "2026-13-01")
    assert status == 2
    assert err == (
        "glute-timer: --from: '2026-13-01' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-02\n"
    )
    status, _, err = _run(capsys, "report", "--out", out, "--to", "3/4/2026")
    assert status == 2 and err.startswith("glute-timer: --to: '3/4/2026' is not a date")
    status, _, err = _run(
        capsys, "report", "--out", out, "--from", "2026-04-02", "--to", "2026-04-01"
    )
    assert (status, err) == (2, "glute-timer: --from 2026-04-02 is after --to 2026-04-01\n")
    status, _, err = _run(capsys, "report", "--out", str(tmp_path / "r.txt"))
    assert status == 2 and "must end in .pdf" in err
    assert not (tmp_path / "r.pdf").exists()


def test_routine_filter_and_empty_period(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "r.pdf"
    status, out, _ = _run(
        capsys, "report", "--out", str(pdf), "--from", "2020-01-01", "--to", "2020-01-31"
    )
    assert (status, out) == (0, f"Wrote {pdf}: 1 page, 0 sessions.\n")
    table = tmp_path / "c.csv"
    status, _, _ = _run(
        capsys,
        "report",
        "--out",
        str(pdf),
        "--from",
        START,
        "--to",
        END,
        "--routine",
        "Clamshell reps",
        "--csv",
        str(table),
    )
    assert status == 0
    routines = {
        r["routine"] for r in csv.DictReader(io.StringIO(table.read_text(encoding="utf-8")))
    }
    assert routines == {"", "Clamshell reps"}


def test_report_runs_without_a_display(data: Path, tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2] / "src")
    pdf = tmp_path / "r.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "glute_timer",
            "--data-dir",
            str(data),
            "report",
            "--out",
            str(pdf),
            "--from",
            START,
            "--to",
            END,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    _ = UTC
