"""The physio report in another language: headings, dates by QLocale; the CSV stays data."""

from __future__ import annotations

import io
import subprocess
from datetime import date
from pathlib import Path

from glute_timer.report.data import build_report
from glute_timer.report.pdf import write_report_pdf
from glute_timer.report.sample import sample_history
from glute_timer.report.table import write_report_csv
from tests.fake_catalogue import Entries, speaking_german
from tests.report.poppler import poppler_tool

GERMAN: Entries = {
    ("Library", "Wall push"): "Wanddrücken",
    ("ReportPdf", "Glute medius exercises: progress report"): "Fortschrittsbericht",
    ("ReportPdf", "d MMMM yyyy"): "d. MMMM yyyy",
    ("ReportPdf", "Period: {first} to {last} (%n day(s))"): (
        "Zeitraum: {first} bis {last} (%n Tag)",
        "Zeitraum: {first} bis {last} (%n Tage)",
    ),
    ("ReportPdf", "{done} s of {planned} s"): "{done} s von {planned} s",
}


def test_the_pdf_speaks_german_and_the_csv_stays_english(tmp_path: Path, qapp: object) -> None:
    pdftotext = poppler_tool("pdftotext")
    report = build_report(sample_history(days=56), date(2026, 3, 2), date(2026, 4, 26))
    pdf = tmp_path / "bericht.pdf"
    table = io.StringIO()
    with speaking_german(GERMAN):
        write_report_pdf(report, pdf, made_on=date(2026, 4, 27))
        write_report_csv(report, table)
    text = subprocess.run(
        [pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Fortschrittsbericht" in text
    assert "Zeitraum: 2. März 2026 bis 26. April 2026 (56 Tage)" in text
    assert "Wanddrücken" in text and "Wall push" not in text
    assert " s von " in text
    assert "Mo." in text  # the calendar's weekdays come from QLocale
    assert "Wall push,sessions," in table.getvalue()
    assert "Wanddrücken" not in table.getvalue()
