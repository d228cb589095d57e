"""Lays the report out on one to three pages with Qt's own PDF output (QPdfWriter + QPainter).

Needs a QGuiApplication; ``ensure_gui_application`` makes one (offscreen without a display).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale, QMarginsF, QRectF, Qt, QTime
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from glute_timer import APP_NAME
from glute_timer.domain import library
from glute_timer.domain.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from glute_timer.report.calendar import calendar_height, draw_calendar
from glute_timer.report.charts import COLOURS, Series, draw_chart
from glute_timer.report.data import Report, RoutineReport

MAX_PAGES = 3
MAX_SHORT_STEP_ROWS = 12
MAX_NOTE_ROWS = 12
_RESOLUTION = 288  # dots per inch: 4 device units per point
_MARGIN_MM = 15.0
_CUT_NOTE_HEIGHT = 16  # points
CONTEXT = "ReportPdf"
_SIDE_NAMES = {
    "left": QT_TRANSLATE_NOOP("ReportPdf", "Left"),
    "right": QT_TRANSLATE_NOOP("ReportPdf", "Right"),
    "none": QT_TRANSLATE_NOOP("ReportPdf", "No side"),
}
# How a step the report lists ended (the stored outcome is the key).
_OUTCOMES = {
    "skipped": QT_TRANSLATE_NOOP("ReportPdf", "skipped"),
    "stopped": QT_TRANSLATE_NOOP("ReportPdf", "stopped"),
    "completed": QT_TRANSLATE_NOOP("ReportPdf", "completed"),
    "restarted": QT_TRANSLATE_NOOP("ReportPdf", "restarted"),
}
_MARKERS = {"left": ("circle", False), "right": ("square", True), "none": ("diamond", False)}


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["glute-timer"])


def page_size_for_locale(locale: QLocale | None = None) -> QPageSize:
    """Letter where the locale (default: the system's) measures in US units, else A4."""
    system = (locale or QLocale.system()).measurementSystem()
    if system == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def format_day(day: date) -> str:
    """``2 March 2026`` (in the person's language)."""
    # A QLocale pattern, translatable so each language writes a date its own way.
    pattern = translate("ReportPdf", "d MMMM yyyy", "date in the report's text")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def _when(moment: datetime) -> str:
    """``2 Mar 08:15``: the day and time of a session in a table or a note."""
    pattern = translate("ReportPdf", "d MMM HH:mm", "day and time in a table")
    shown = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    return QLocale().toString(shown, pattern)


def _side(side: str) -> str:
    return translate(CONTEXT, _SIDE_NAMES[side])


def _outcome(outcome: str) -> str:
    found = _OUTCOMES.get(outcome)
    return translate(CONTEXT, found) if found else outcome


def _whole(value: float) -> str:
    """A number of seconds or steps, rounded, as the person's language writes it."""
    # No thousands separator: "3785 s" reads the same in every language, in a narrow column.
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", 0)


class _PagesFullError(Exception):
    """The report reached its last page."""


class _Layout:
    """A cursor down the pages: blocks ask for room and get a new page when they need one."""

    def __init__(self, writer: QPdfWriter, painter: QPainter) -> None:
        self.writer = writer
        self.painter = painter
        self.unit = _RESOLUTION / 72.0
        area = writer.pageLayout().paintRectPixels(_RESOLUTION)
        self.left = 0.0
        self.width = float(area.width())
        self.bottom = float(area.height()) - 16 * self.unit  # room for the page footer
        self.y = 0.0
        self.page = 1
        self.truncated = False

    def font(self, size: float, bold: bool = False) -> QFont:
        font = QFont("DejaVu Sans")
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(size)
        font.setBold(bold)
        # No ligatures: "ff" in "Effort" would read back as one glyph (search, copy, pdftotext).
        for tag in ("liga", "clig"):
            font.setFeature(QFont.Tag(tag), 0)
        return font

    def room(self, height: float) -> None:
        """Move to a new page unless ``height`` fits below the cursor."""
        if self.y + height <= self.limit:
            return
        if self.page >= MAX_PAGES:
            raise _PagesFullError
        self.footer()
        self.writer.newPage()
        self.page += 1
        self.y = 0.0

    @property
    def limit(self) -> float:
        """The lowest line content may reach on this page (the last keeps room for a note)."""
        return self.bottom - (_CUT_NOTE_HEIGHT * self.unit if self.page >= MAX_PAGES else 0)

    def footer(self) -> None:
        """The page number, under the last line the page may hold."""
        self.painter.setFont(self.font(8))
        self.painter.setPen(QColor("#555555"))
        self.painter.drawText(
            QRectF(self.left, self.bottom + 4 * self.unit, self.width, 12 * self.unit),
            Qt.AlignmentFlag.AlignRight,
            translate("ReportPdf", "{app} report · page {page}").format(
                app=APP_NAME, page=QLocale().toString(self.page)
            ),
        )

    def text(self, text: str, size: float = 10, bold: bool = False, gap: float = 3) -> None:
        font = self.font(size, bold)
        self.painter.setFont(font)
        self.painter.setPen(QColor("#000000"))
        flags = int(Qt.TextFlag.TextWordWrap)
        bound = self.painter.boundingRect(QRectF(self.left, 0, self.width, 10_000), flags, text)
        self.room(bound.height())
        self.painter.drawText(QRectF(self.left, self.y, self.width, bound.height()), flags, text)
        self.y += bound.height() + gap * self.unit

    def block(self, height: float, draw: Callable[[QRectF], None], gap: float = 8) -> None:
        self.room(height)
        draw(QRectF(self.left, self.y, self.width, height))
        self.y += height + gap * self.unit

    def table(
        self, header: list[str], rows: list[list[str]], widths: list[float], aligns: str
    ) -> None:
        """A ruled table; ``widths`` are fractions of the width, ``aligns`` "l"/"r" per column."""
        font = self.font(9)
        bold = self.font(9, bold=True)
        height = QFontMetricsF(font, self.writer).height() * 1.45
        self.room(height * (1 + min(len(rows), 3)))
        for number, row in enumerate([header, *rows]):
            self.room(height)
            x = self.left
            self.painter.setFont(bold if number == 0 else font)
            self.painter.setPen(QColor("#000000"))
            for cell, fraction, side in zip(row, widths, aligns, strict=True):
                width = fraction * self.width
                align = Qt.AlignmentFlag.AlignRight if side == "r" else Qt.AlignmentFlag.AlignLeft
                metrics = QFontMetricsF(self.painter.font(), self.writer)
                shown = metrics.elidedText(cell, Qt.TextElideMode.ElideRight, width - 6 * self.unit)
                self.painter.drawText(
                    QRectF(x + 3 * self.unit, self.y, width - 6 * self.unit, height),
                    align | Qt.AlignmentFlag.AlignVCenter,
                    shown,
                )
                x += width
            self.y += height
            self.painter.setPen(
                QPen(QColor("#000000" if number == 0 else "#c8c8c8"), 0.5 * self.unit)
            )
            self.painter.drawLine(
                QRectF(self.left, self.y, self.width, 0).topLeft(),
                QRectF(self.left, self.y, self.width, 0).topRight(),
            )
        self.y += 6 * self.unit


def _done_of(done: int, reached: int) -> str:
    return translate("ReportPdf", "{done} of {reached}").format(
        done=_whole(done), reached=_whole(reached)
    )


def _seconds_of(done: float, planned: float) -> str:
    return translate("ReportPdf", "{done} s of {planned} s").format(
        done=_whole(done), planned=_whole(planned)
    )


def _side_rows(routine: RoutineReport) -> list[list[str]]:
    rows = []
    for totals in routine.sides:
        rows.append(
            [
                _side(totals.side),
                _done_of(totals.holds_completed, totals.holds_reached)
                if totals.holds_reached
                else "–",
                _done_of(totals.reps_completed, totals.reps_reached)
                if totals.reps_reached
                else "–",
                _seconds_of(totals.seconds_held, totals.seconds_planned)
                if totals.holds_reached
                else "–",
            ]
        )
    return rows


def _short_summary(routine: RoutineReport) -> str:
    """``52 skipped or shortened: Wall push right 46, Wall push left 6``."""
    counts: dict[tuple[str, str], int] = {}
    for step in routine.short_steps:
        key = (step.exercise, step.side)
        counts[key] = counts.get(key, 0) + 1
    parts = [
        _short_part(library.shown(exercise), side, count)
        for (exercise, side), count in sorted(counts.items(), key=lambda item: -item[1])
    ]
    total = len(routine.short_steps)
    return translate("ReportPdf", "%n step(s) in all: {counts}", None, PLURAL, total).format(
        counts=", ".join(parts)
    )


def _short_part(exercise: str, side: str, count: int) -> str:
    """``Wall push right 46``: one exercise and side in the summary of short steps."""
    number = QLocale().toString(count)
    if side == "left":
        template = translate("ReportPdf", "{exercise} left {count}")
    elif side == "right":
        template = translate("ReportPdf", "{exercise} right {count}")
    else:
        template = translate("ReportPdf", "{exercise} {count}")
    return template.format(exercise=exercise, count=number)


def balance_line(routine: RoutineReport) -> str | None:
    """``Right held 85 % of the seconds left held.`` (None without both sides held)."""
    held = {t.side: t.seconds_held for t in routine.sides}
    left, right = held.get("left", 0.0), held.get("right", 0.0)
    if left <= 0 or right <= 0:
        return None
    weaker = "right" if right < left else "left"
    share = round(100 * min(left, right) / max(left, right))
    if share == 100:
        return translate(
            "ReportPdf", "Left and right held about the same number of seconds (within 1 %)."
        )
    percent = QLocale().toString(share)
    if weaker == "right":
        template = translate(
            "ReportPdf", "Right held {percent} % of the seconds left held over the period."
        )
    else:
        template = translate(
            "ReportPdf", "Left held {percent} % of the seconds right held over the period."
        )
    return template.format(percent=percent)


def _routine(layout: _Layout, report: Report, routine: RoutineReport) -> None:
    unit = layout.unit
    layout.room(150 * unit)  # a heading never ends a page alone
    layout.y += 4 * unit
    layout.text(library.shown(routine.name), size=13, bold=True, gap=2)
    stopped = routine.sessions - routine.completed
    sessions = routine.sessions
    layout.text(
        _sessions_done(sessions).format(
            completed=QLocale().toString(routine.completed), stopped=QLocale().toString(stopped)
        )
    )
    layout.table(
        [
            translate("ReportPdf", "Working side"),
            translate("ReportPdf", "Holds completed"),
            translate("ReportPdf", "Rep sets completed"),
            translate("ReportPdf", "Seconds held"),
        ],
        _side_rows(routine),
        [0.22, 0.24, 0.24, 0.30],
        "lrrr",
    )
    layout.text(
        translate(
            "ReportPdf",
            "“Of” counts the holds and sets the sessions reached;"
            " steps never reached are not counted.",
        ),
        size=8,
    )
    line = balance_line(routine)
    if line:
        layout.text(line, bold=True)
    sides = [t.side for t in routine.sides if t.holds_reached]
    held_series = [
        Series(
            _side(side),
            COLOURS[side],
            _MARKERS[side][0],
            _MARKERS[side][1],
            [(p.when, p.seconds[side]) for p in routine.held],
        )
        for side in sides
    ]
    if held_series:
        layout.block(
            170 * unit,
            lambda rect: draw_chart(
                layout.painter,
                rect,
                title=translate(
                    "ReportPdf",
                    "Seconds held per session, by working side (the session's holds added up)",
                ),
                y_title=translate("ReportPdf", "Seconds held"),
                series=held_series,
                start=report.start,
                end=report.end,
                unit=unit,
            ),
        )
    rating_series = [
        Series(
            translate("ReportPdf", "Effort"),
            COLOURS["effort"],
            "circle",
            False,
            [(r.when, float(r.effort)) for r in routine.ratings if r.effort is not None],
        ),
        Series(
            translate("ReportPdf", "Pain"),
            COLOURS["pain"],
            "square",
            True,
            [(r.when, float(r.pain)) for r in routine.ratings if r.pain is not None],
        ),
    ]
    layout.block(
        150 * unit,
        lambda rect: draw_chart(
            layout.painter,
            rect,
            title=translate(
                "ReportPdf", "Effort and pain after each session (0 = none, 10 = worst)"
            ),
            y_title=translate("ReportPdf", "Rating (0–10)"),
            series=rating_series,
            start=report.start,
            end=report.end,
            y_max=10,
            unit=unit,
        ),
    )
    if routine.short_steps:
        layout.room(80 * unit)  # the heading with the first rows
        layout.text(translate("ReportPdf", "Skipped or shortened steps"), size=11, bold=True, gap=2)
        layout.text(_short_summary(routine) + ".", size=9.5)
        latest = routine.short_steps[-MAX_SHORT_STEP_ROWS:]
        rows = [
            [
                _when(step.when),
                library.shown(step.exercise),
                _side(step.side),
                QLocale().toString(step.set_number),
                _seconds_of(step.actual_seconds, step.planned_seconds),
                _outcome(step.outcome),
            ]
            for step in latest
        ]
        layout.table(
            [
                translate("ReportPdf", "When"),
                translate("ReportPdf", "Exercise"),
                translate("ReportPdf", "Working side"),
                translate("ReportPdf", "Set"),
                translate("ReportPdf", "Done"),
                translate("ReportPdf", "How it ended"),
            ],
            rows,
            [0.15, 0.35, 0.10, 0.06, 0.18, 0.16],
            "lllrrl",
        )
        more = len(routine.short_steps) - len(latest)
        if more > 0:
            layout.text(
                _latest_shown(more).format(shown=QLocale().toString(len(latest))),
                size=9,
            )
    if routine.notes:
        layout.room(40 * unit)
        layout.text(translate("ReportPdf", "Notes"), size=11, bold=True, gap=2)
        for note in routine.notes[:MAX_NOTE_ROWS]:
            line = translate("ReportPdf", "{when}: {note}").format(
                when=_when(note.when), note=note.text
            )
            layout.text(line, size=9.5, gap=2)
        more = len(routine.notes) - MAX_NOTE_ROWS
        if more > 0:
            layout.text(
                _more_notes(more),
                size=9,
            )


# lupdate's Python parser drops a plural call whose count is followed by a comma, the way
# the formatter splits a long call; these long ones stay as written.
# fmt: off
def _sessions_done(sessions: int) -> str:
    return translate(
        "ReportPdf",
        "%n session(s) done: {completed} completed, {stopped} stopped before the end.",
        None, PLURAL, sessions
    )


def _latest_shown(more: int) -> str:
    return translate(
        "ReportPdf",
        "The latest {shown} are shown; the CSV table has %n earlier one(s).",
        None, PLURAL, more
    )


def _more_notes(more: int) -> str:
    return translate(
        "ReportPdf",
        "… and %n more note(s) (all of them are in the CSV table).",
        None, PLURAL, more
    )


def _accidental_starts(accidental: int) -> str:
    return translate(
        "ReportPdf",
        "%n accidental start(s) (under 10 s of work) not counted.",
        None, PLURAL, accidental
    )
# fmt: on


def _front(layout: _Layout, report: Report, made_on: date) -> None:
    unit = layout.unit
    layout.text(report_title(), size=17, bold=True, gap=4)
    if report.person:
        layout.text(
            translate("ReportPdf", "For: {person}").format(person=report.person), size=11, gap=2
        )
    days = (report.end - report.start).days + 1
    layout.text(
        translate("ReportPdf", "Period: {first} to {last} (%n day(s))", None, PLURAL, days).format(
            first=format_day(report.start), last=format_day(report.end)
        ),
        size=11,
        gap=2,
    )
    layout.text(
        translate("ReportPdf", "Made with {app} on {day}.").format(
            app=APP_NAME, day=format_day(made_on)
        ),
        size=9,
        gap=6,
    )
    sessions = report.sessions
    locale = QLocale()
    text = translate(
        "ReportPdf", "%n session(s) on {active} of {days} days.", None, PLURAL, sessions
    ).format(active=locale.toString(len(report.session_days)), days=locale.toString(days))
    accidental = report.accidental_starts
    if accidental:
        text += " " + _accidental_starts(accidental)
    layout.text(text)
    layout.text(translate("ReportPdf", "Days with a session"), size=11, bold=True, gap=3)
    height = calendar_height(unit, layout.width, report.start, report.end)
    layout.block(
        height,
        lambda rect: draw_calendar(
            layout.painter, rect, report.start, report.end, report.session_days, unit
        ),
    )
    if not report.routines:
        layout.text(translate("ReportPdf", "No sessions were recorded in this period."), size=11)


def report_title() -> str:
    """The report's heading and the PDF's title."""
    return translate("ReportPdf", "Glute medius exercises: progress report")


def write_report_pdf(report: Report, target: Path, made_on: date | None = None) -> int:
    """Write the report to ``target`` (through a temporary file); returns the page count.

    Raises OSError when the file cannot be written.
    """
    ensure_gui_application()
    partial = target.with_name(target.name + ".partial")
    writer = QPdfWriter(str(partial))
    writer.setResolution(_RESOLUTION)
    writer.setTitle(report_title())
    writer.setCreator(APP_NAME)
    writer.setPageLayout(
        QPageLayout(
            page_size_for_locale(),
            QPageLayout.Orientation.Portrait,
            QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(_cannot_write(target))
    layout = _Layout(writer, painter)
    try:
        _front(layout, report, made_on or date.today())
        for routine in report.routines:
            _routine(layout, report, routine)
    except _PagesFullError:
        layout.truncated = True
        painter.setFont(layout.font(9, bold=True))
        painter.setPen(QColor("#000000"))
        painter.drawText(
            QRectF(0, layout.limit + 4 * layout.unit, layout.width, 12 * layout.unit),
            Qt.AlignmentFlag.AlignLeft,
            translate(
                "ReportPdf",
                "The report is cut here to stay within three pages:"
                " every number is in the CSV table.",
            ),
        )
    finally:
        layout.footer()
        painter.end()
    if not partial.exists():
        raise OSError(_cannot_write(target))
    partial.replace(target)
    return layout.page


def _cannot_write(target: Path) -> str:
    return translate("ReportPdf", "{file}: cannot be written").format(file=target)
