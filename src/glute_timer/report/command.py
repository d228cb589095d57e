"""``glute-timer report``: checks the options, reads the history, writes the PDF (and CSV)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from glute_timer.domain.i18n import PLURAL, translate
from glute_timer.report.data import Report, build_report, read_history

DEFAULT_DAYS = 28
MAX_NAME_LENGTH = 80


class ReportOptionError(ValueError):
    """A bad option: the message is one line naming the option and the problem."""


@dataclass(frozen=True)
class ReportRequest:
    """What to report on and where to write it."""

    database_file: Path
    out: Path
    start: date | None = None
    end: date | None = None
    routine: str | None = None
    person: str | None = None
    csv: Path | None = None


def parse_day(option: str, text: str | None) -> date | None:
    """A ``YYYY-MM-DD`` option value as a date (None stays None)."""
    if text is None:
        return None
    try:
        if len(text) != 10:
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise ReportOptionError(
            translate(
                "ReportCommand",
                "{option}: {value} is not a date; write it as YYYY-MM-DD, e.g. 2026-03-02",
            ).format(option=option, value=repr(text))
        ) from None


def period(start: date | None, end: date | None, today: date) -> tuple[date, date]:
    """The period asked for: by default the four weeks up to today."""
    last = end or today
    first = start or last - timedelta(days=DEFAULT_DAYS - 1)
    if first > last:
        raise ReportOptionError(
            translate("ReportCommand", "--from {first} is after --to {last}").format(
                first=first.isoformat(), last=last.isoformat()
            )
        )
    return first, last


def make_report(request: ReportRequest, today: date | None = None) -> tuple[Report, int]:
    """Build and write the report; returns it and the page count. Raises OSError on writing."""
    if request.out.suffix.lower() != ".pdf":
        raise ReportOptionError(
            translate("ReportCommand", "--out: {file}: the file name must end in .pdf").format(
                file=request.out.name
            )
        )
    if request.person is not None and len(request.person) > MAX_NAME_LENGTH:
        raise ReportOptionError(
            translate("ReportCommand", "--name: at most {limit} characters").format(
                limit=MAX_NAME_LENGTH
            )
        )
    start, end = period(request.start, request.end, today or date.today())
    sessions = read_history(request.database_file, request.routine, start, end)
    report = build_report(
        sessions, start, end, routine=request.routine, person=request.person or None
    )
    from glute_timer.report.pdf import write_report_pdf

    pages = write_report_pdf(report, request.out)
    if request.csv is not None:
        from glute_timer.report.table import save_report_csv

        save_report_csv(report, request.csv)
    return report, pages


def report_for_page(
    database_file: Path, out: Path, first: date, last: date, routine: str | None
) -> str:
    """Write the report for the history page's button; the line to show, never an exception
    for a bad place or option (it runs in the page's worker thread)."""
    try:
        _report, pages = make_report(ReportRequest(database_file, out, first, last, routine))
    except (ReportOptionError, OSError) as error:
        return translate(
            "ReportCommand", "The report could not be written to {place}: {reason}."
        ).format(place=out, reason=error)
    return translate(
        "ReportCommand", "Report written to {place} (%n page(s)).", None, PLURAL, pages
    ).format(place=out)
