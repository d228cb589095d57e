"""Lays the report out on one to three pages with Qt's own PDF output (QPdfWriter + QPainter).

Needs a QGuiApplication; ``ensure_gui_application`` makes one (offscreen without a display).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF, Qt
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
from glute_timer.report.calendar import calendar_height, draw_calendar
from glute_timer.report.charts import COLOURS, Series, draw_chart
from glute_timer.report.data import Report, RoutineReport

MAX_PAGES = 3
MAX_SHORT_STEP_ROWS = 12
MAX_NOTE_ROWS = 12
_RESOLUTION = 288  # dots per inch: 4 device units per point
_MARGIN_MM = 15.0
_CUT_NOTE_HEIGHT = 16  # points
_SIDE_NAMES = {"left": "Left", "right": "Right", "none": "No side"}
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
    """``2 March 2026``."""
    return f"{day.day} {day:%B %Y}"


def _when(moment: datetime) -> str:
    return f"{moment.day} {moment:%b} {moment:%H:%M}"


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
            f"{APP_NAME} report · page {self.page}",
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


def _side_rows(routine: RoutineReport) -> list[list[str]]:
    rows = []
    for totals in routine.sides:
        rows.append(
            [
                _SIDE_NAMES[totals.side],
                f"{totals.holds_completed} of {totals.holds_reached}"
                if totals.holds_reached
                else "–",
                f"{totals.reps_completed} of {totals.reps_reached}" if totals.reps_reached else "–",
                f"{totals.seconds_held:.0f} s of {totals.seconds_planned:.0f} s"
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
        f"{exercise} {_SIDE_NAMES[side].lower()} {count}"
        if side != "none"
        else f"{exercise} {count}"
        for (exercise, side), count in sorted(counts.items(), key=lambda item: -item[1])
    ]
    total = len(routine.short_steps)
    return f"{total} step{'s' if total != 1 else ''} in all: " + ", ".join(parts)


def balance_line(routine: RoutineReport) -> str | None:
    """``Right held 85 % of the seconds left held.`` (None without both sides held)."""
    held = {t.side: t.seconds_held for t in routine.sides}
    left, right = held.get("left", 0.0), held.get("right", 0.0)
    if left <= 0 or right <= 0:
        return None
    weaker, stronger = ("right", "left") if right < left else ("left", "right")
    share = round(100 * min(left, right) / max(left, right))
    if share == 100:
        return "Left and right held about the same number of seconds (within 1 %)."
    return (
        f"{_SIDE_NAMES[weaker]} held {share} % of the seconds "
        f"{_SIDE_NAMES[stronger].lower()} held over the period."
    )


def _routine(layout: _Layout, report: Report, routine: RoutineReport) -> None:
    unit = layout.unit
    layout.room(150 * unit)  # a heading never ends a page alone
    layout.y += 4 * unit
    layout.text(routine.name, size=13, bold=True, gap=2)
    stopped = routine.sessions - routine.completed
    layout.text(
        f"{routine.sessions} session{'s' if routine.sessions != 1 else ''} done: "
        f"{routine.completed} completed, {stopped} stopped before the end."
    )
    layout.table(
        ["Working side", "Holds completed", "Rep sets completed", "Seconds held"],
        _side_rows(routine),
        [0.22, 0.24, 0.24, 0.30],
        "lrrr",
    )
    layout.text(
        "“Of” counts the holds and sets the sessions reached; steps never reached are not counted.",
        size=8,
    )
    line = balance_line(routine)
    if line:
        layout.text(line, bold=True)
    sides = [t.side for t in routine.sides if t.holds_reached]
    held_series = [
        Series(
            _SIDE_NAMES[side],
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
                title="Seconds held per session, by working side (the session's holds added up)",
                y_title="Seconds held",
                series=held_series,
                start=report.start,
                end=report.end,
                unit=unit,
            ),
        )
    rating_series = [
        Series(
            "Effort",
            COLOURS["effort"],
            "circle",
            False,
            [(r.when, float(r.effort)) for r in routine.ratings if r.effort is not None],
        ),
        Series(
            "Pain",
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
            title="Effort and pain after each session (0 = none, 10 = worst)",
            y_title="Rating (0–10)",
            series=rating_series,
            start=report.start,
            end=report.end,
            y_max=10,
            unit=unit,
        ),
    )
    if routine.short_steps:
        layout.room(80 * unit)  # the heading with the first rows
        layout.text("Skipped or shortened steps", size=11, bold=True, gap=2)
        layout.text(_short_summary(routine) + ".", size=9.5)
        latest = routine.short_steps[-MAX_SHORT_STEP_ROWS:]
        rows = [
            [
                _when(step.when),
                step.exercise,
                _SIDE_NAMES[step.side],
                str(step.set_number),
                f"{step.actual_seconds:.0f} s of {step.planned_seconds:.0f} s",
                step.outcome,
            ]
            for step in latest
        ]
        layout.table(
            ["When", "Exercise", "Working side", "Set", "Done", "How it ended"],
            rows,
            [0.15, 0.35, 0.10, 0.06, 0.18, 0.16],
            "lllrrl",
        )
        more = len(routine.short_steps) - len(latest)
        if more > 0:
            layout.text(
                f"The latest {len(latest)} are shown; the {more} before them are in the CSV table.",
                size=9,
            )
    if routine.notes:
        layout.room(40 * unit)
        layout.text("Notes", size=11, bold=True, gap=2)
        for note in routine.notes[:MAX_NOTE_ROWS]:
            layout.text(f"{_when(note.when)}: {note.text}", size=9.5, gap=2)
        more = len(routine.notes) - MAX_NOTE_ROWS
        if more > 0:
            layout.text(f"… and {more} more notes (all of them are in the CSV table).", size=9)


def _front(layout: _Layout, report: Report, made_on: date) -> None:
    unit = layout.unit
    layout.text("Glute medius exercises: progress report", size=17, bold=True, gap=4)
    if report.person:
        layout.text(f"For: {report.person}", size=11, gap=2)
    days = (report.end - report.start).days + 1
    layout.text(
        f"Period: {format_day(report.start)} to {format_day(report.end)} ({days} days)",
        size=11,
        gap=2,
    )
    layout.text(f"Made with {APP_NAME} on {format_day(made_on)}.", size=9, gap=6)
    layout.text(
        f"{report.sessions} session{'s' if report.sessions != 1 else ''} on "
        f"{len(report.session_days)} of {days} days. "
        + (
            f"{report.accidental_starts} accidental start"
            f"{'s' if report.accidental_starts != 1 else ''} (under 10 s of work) not counted."
            if report.accidental_starts
            else ""
        ),
    )
    layout.text("Days with a session", size=11, bold=True, gap=3)
    height = calendar_height(unit, layout.width, report.start, report.end)
    layout.block(
        height,
        lambda rect: draw_calendar(
            layout.painter, rect, report.start, report.end, report.session_days, unit
        ),
    )
    if not report.routines:
        layout.text("No sessions were recorded in this period.", size=11)


def write_report_pdf(report: Report, target: Path, made_on: date | None = None) -> int:
    """Write the report to ``target`` (through a temporary file); returns the page count.

    Raises OSError when the file cannot be written.
    """
    ensure_gui_application()
    partial = target.with_name(target.name + ".partial")
    writer = QPdfWriter(str(partial))
    writer.setResolution(_RESOLUTION)
    writer.setTitle("Glute medius exercises: progress report")
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
        raise OSError(f"{target}: cannot be written")
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
            "The report is cut here to stay within three pages: every number is in the CSV table.",
        )
    finally:
        layout.footer()
        painter.end()
    if not partial.exists():
        raise OSError(f"{target}: cannot be written")
    partial.replace(target)
    return layout.page
