"""Colours and labels for the workout screen, for the system's light or dark scheme."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from glute_timer.domain.model import Side
from glute_timer.domain.plan import StepKind

# Filled badges carry white text, so these colours are dark enough for white on them and
# saturated enough to stand out on both a light and a dark window background.
KIND_COLOURS: dict[StepKind, str] = {
    StepKind.PREPARE: "#7048e8",  # violet: get into position
    StepKind.HOLD: "#2b8a3e",  # green: work
    StepKind.REPS: "#0b7285",  # teal: work, counted
    StepKind.SWITCH: "#c2255c",  # magenta: change side
    StepKind.REST: "#5c6670",  # slate: nothing to do
    StepKind.FINISH: "#2b8a3e",
}

KIND_LABELS: dict[StepKind, str] = {
    StepKind.PREPARE: "GET READY",
    StepKind.HOLD: "HOLD",
    StepKind.REPS: "REPS",
    StepKind.SWITCH: "SWITCH SIDES",
    StepKind.REST: "REST",
    StepKind.FINISH: "FINISHED",
}

# Blue and orange stay apart for the common colour-vision deficiencies; the word says it too.
SIDE_COLOURS: dict[Side, str] = {Side.LEFT: "#1864ab", Side.RIGHT: "#d9480f"}
SIDE_LABELS: dict[Side, str] = {Side.LEFT: "LEFT", Side.RIGHT: "RIGHT"}

# History charts: effort and pain keep apart from the side colours (blue and orange) and from
# each other; the lines also differ in dash and marker, so colour is never the only cue.
CHART_COLOURS: dict[str, str] = {
    "effort": "#5f3dc4",
    "pain": "#c92a2a",
    "unsided": "#5c6670",
    "session_day": "#2b8a3e",
}


@dataclass(frozen=True)
class Scheme:
    """The few colours the workout screen paints itself (the rest comes from the style)."""

    dark: bool
    text: QColor
    muted_text: QColor
    track: QColor
    urgent: QColor
    paused_overlay: QColor


LIGHT = Scheme(
    dark=False,
    text=QColor("#1b1e21"),
    muted_text=QColor("#495057"),
    track=QColor("#dee2e6"),
    urgent=QColor("#c92a2a"),
    paused_overlay=QColor(255, 255, 255, 200),
)
DARK = Scheme(
    dark=True,
    text=QColor("#f1f3f5"),
    muted_text=QColor("#ced4da"),
    track=QColor("#3b4148"),
    urgent=QColor("#ff6b6b"),
    paused_overlay=QColor(20, 22, 25, 210),
)


def system_is_dark() -> bool:
    """Whether the desktop asks for a dark scheme.

    ``QStyleHints.colorScheme`` answers on most desktops; where it says "unknown" (a bare X
    server, some window managers) the palette's window colour decides.
    """
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    scheme = app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def current_scheme() -> Scheme:
    """The scheme matching the desktop now."""
    return DARK if system_is_dark() else LIGHT


def apply_preference(preference: str) -> None:
    """Force "light" or "dark", or follow the system ("system") from now on."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    wanted = {
        "light": Qt.ColorScheme.Light,
        "dark": Qt.ColorScheme.Dark,
    }.get(preference, Qt.ColorScheme.Unknown)
    app.styleHints().setColorScheme(wanted)


def kind_colour(kind: StepKind) -> QColor:
    """The colour of a step kind's badge and ring."""
    return QColor(KIND_COLOURS[kind])


def side_colour(side: Side) -> QColor:
    """The colour of a side's badge."""
    return QColor(SIDE_COLOURS[side])
