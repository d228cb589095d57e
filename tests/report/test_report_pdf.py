"""PDF layout choices that need no history: page size by locale, the balance line."""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from glute_timer.report.data import HeldPoint, RoutineReport, SideTotals, build_report
from glute_timer.report.pdf import balance_line, page_size_for_locale, write_report_pdf
from glute_timer.report.sample import sample_history
from tests.report.poppler import poppler_tool as _tool


def test_letter_for_us_locales_a4_elsewhere() -> None:
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    uk = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    de = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert page_size_for_locale(us).id() == QPageSize.PageSizeId.Letter
    assert page_size_for_locale(uk).id() == QPageSize.PageSizeId.A4
    assert page_size_for_locale(de).id() == QPageSize.PageSizeId.A4


def _routine(left: float, right: float) -> RoutineReport:
    sides = tuple(
        SideTotals(side, 1, 1, 0, 0, seconds, 30.0)
        for side, seconds in (("left", left), ("right", right))
    )
    point = HeldPoint(datetime(2026, 3, 2), {"left": left, "right": right, "none": 0.0})
    return RoutineReport("R", 1, 1, sides, (point,), (), (), ())


def test_balance_line_names_the_weaker_side() -> None:
    assert balance_line(_routine(100, 85)) == (
        "Right held 85 % of the seconds left held over the period."
    )
    assert balance_line(_routine(40, 50)) == (
        "Left held 80 % of the seconds right held over the period."
    )
    assert balance_line(_routine(100, 99.6)) is not None
    assert "about the same" in (balance_line(_routine(100, 99.6)) or "")
    assert balance_line(_routine(100, 0)) is None


def test_a_long_report_stops_at_three_pages(tmp_path: Path, qapp: object) -> None:
    pdftotext = _tool("pdftotext")
    sessions = []
    for number, session in enumerate(sample_history(days=56)):
        sessions.append({**session, "routine": f"Routine {number % 6}"})
    report = build_report(sessions, date(2026, 3, 2), date(2026, 4, 26))
    assert len(report.routines) == 6
    pdf = tmp_path / "long.pdf"
    assert write_report_pdf(report, pdf) == 3
    text = subprocess.run(
        [pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert text.count("\f") == 3
    assert "The report is cut here to stay within three pages" in text
    assert "Routine 0" in text and "Routine 5" not in text
