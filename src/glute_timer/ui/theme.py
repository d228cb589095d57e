"""The app's design system: palettes, spacing, type scale, button roles, focus ring, icons.

Everything is drawn by the Fusion style from a QPalette plus one application stylesheet, so
light and dark look the same with or without a desktop theme (a bare X session has none).
The step-kind and side colours of the workout screen live here too.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

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

# Blue and orange stay apart for the common colour-vision deficiencies; the word says it too.
SIDE_COLOURS: dict[Side, str] = {Side.LEFT: "#1864ab", Side.RIGHT: "#d9480f"}


# History charts: effort and pain keep apart from the side colours (blue and orange) and from
# each other; the lines also differ in dash and marker, so colour is never the only cue.
CHART_COLOURS: dict[str, str] = {
    "effort": "#5f3dc4",
    "pain": "#c92a2a",
    "unsided": "#5c6670",
    "session_day": "#2b8a3e",
}

# -- spacing and type ------------------------------------------------------------------------

SPACE_UNIT = 6
"""Every margin and gap is a multiple of this many pixels (GNOME HIG's grid)."""


def space(units: int = 1) -> int:
    """``units`` steps of the spacing scale, in pixels."""
    return SPACE_UNIT * units


# The type scale, as multiples of the application font (which follows the text-size setting).
TYPE_SCALE: dict[str, float] = {
    "caption": 0.9,
    "body": 1.0,
    "large": 1.2,
    "title": 1.45,
    "heading": 1.9,
    "display": 2.6,
}

# Dynamic property names read by the stylesheet.
ROLE_PROPERTY = "role"
ROLES = ("primary", "secondary", "destructive", "flat", "chip")
TEXT_STYLE_PROPERTY = "textStyle"


@dataclass(frozen=True)
class Scheme:
    """One colour scheme: the palette Fusion draws with, and what the app paints itself."""

    dark: bool
    window: QColor
    base: QColor
    card: QColor
    border: QColor
    text: QColor
    muted_text: QColor
    accent: QColor
    accent_text: QColor
    destructive: QColor
    track: QColor
    urgent: QColor
    paused_overlay: QColor


# Contrast (WCAG 2.1): text on window and base is above 4.5:1 in both schemes; the accent
# on the window above 3:1, as a control boundary and the focus ring need.
LIGHT = Scheme(
    dark=False,
    window=QColor("#f6f5f4"),
    base=QColor("#ffffff"),
    card=QColor("#ffffff"),
    border=QColor("#c0bfbc"),
    text=QColor("#1b1e21"),
    muted_text=QColor("#495057"),
    accent=QColor("#1c71d8"),
    accent_text=QColor("#ffffff"),
    destructive=QColor("#c01c28"),
    track=QColor("#dee2e6"),
    urgent=QColor("#c92a2a"),
    paused_overlay=QColor(246, 245, 244, 215),
)
DARK = Scheme(
    dark=True,
    window=QColor("#242424"),
    base=QColor("#1e1e1e"),
    card=QColor("#303030"),
    border=QColor("#5e5c64"),
    text=QColor("#f1f3f5"),
    muted_text=QColor("#c0c4c8"),
    accent=QColor("#78aeed"),
    accent_text=QColor("#111111"),
    destructive=QColor("#ff7b63"),
    track=QColor("#3b4148"),
    urgent=QColor("#ff6b6b"),
    paused_overlay=QColor(36, 36, 36, 215),
)

_applied: Scheme | None = None
STYLE = "Fusion"  # draws from the palette alone, the same on every platform
STYLE_PROPERTY = "glute_timer_style"


def _app() -> QGuiApplication | None:
    app = QGuiApplication.instance()
    return app if isinstance(app, QGuiApplication) else None


def system_is_dark() -> bool:
    """Whether the desktop asks for a dark scheme (False where it cannot tell)."""
    app = _app()
    if app is None:
        return False
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def scheme_for(preference: str, system_dark: bool) -> Scheme:
    """The scheme for the ``theme`` setting: "light", "dark" or "system"."""
    if preference == "dark":
        return DARK
    if preference == "light":
        return LIGHT
    return DARK if system_dark else LIGHT


def current_scheme() -> Scheme:
    """The scheme applied by :func:`apply_preference`, else the desktop's."""
    if _applied is not None:
        return _applied
    return DARK if system_is_dark() else LIGHT


def palette_for(scheme: Scheme) -> QPalette:
    """A full QPalette for ``scheme`` (every role Fusion draws with)."""
    palette = QPalette()
    role = QPalette.ColorRole
    disabled = QPalette.ColorGroup.Disabled
    button = scheme.card if scheme.dark else QColor("#ebeae8")
    for which, colour in (
        (role.Window, scheme.window),
        (role.WindowText, scheme.text),
        (role.Base, scheme.base),
        (role.AlternateBase, scheme.card),
        (role.Text, scheme.text),
        (role.Button, button),
        (role.ButtonText, scheme.text),
        (role.BrightText, scheme.destructive),
        (role.Highlight, scheme.accent),
        (role.HighlightedText, scheme.accent_text),
        (role.ToolTipBase, scheme.card),
        (role.ToolTipText, scheme.text),
        (role.PlaceholderText, scheme.muted_text),
        (role.Link, scheme.accent),
        (role.Mid, scheme.border),
        (role.Midlight, scheme.card),
        (role.Dark, scheme.border.darker(130)),
        (role.Shadow, QColor(0, 0, 0, 120)),
        (role.Light, scheme.card.lighter(110)),
    ):
        palette.setColor(which, colour)
    faded = QColor(scheme.muted_text)
    faded.setAlpha(150)
    for which in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, which, faded)
    return palette


def stylesheet_for(scheme: Scheme) -> str:
    """The application stylesheet: button roles, focus ring, cards, chips."""
    s = space
    accent = scheme.accent.name()
    text = scheme.text.name()
    border = scheme.border.name()
    card = scheme.card.name()
    base = scheme.base.name()
    muted = scheme.muted_text.name()
    danger = scheme.destructive.name()
    button = "#3a3a3a" if scheme.dark else "#ebeae8"
    hover = "#454545" if scheme.dark else "#dedddb"
    focus = f"border: 2px solid {accent};"
    return f"""
QPushButton, QToolButton {{
    background: {button}; color: {text}; border: 2px solid {button};
    border-radius: {s(1)}px; padding: {s(1)}px {s(2)}px;
}}
QPushButton:hover, QToolButton:hover {{ background: {hover}; }}
QPushButton:focus, QToolButton:focus {{ {focus} }}
QPushButton:disabled, QToolButton:disabled {{ color: {muted}; }}
QPushButton[role="primary"] {{
    background: {accent}; color: {scheme.accent_text.name()}; border-color: {accent};
    font-weight: bold;
}}
QPushButton[role="primary"]:focus {{ border-color: {text}; }}
QPushButton[role="destructive"] {{
    background: transparent; color: {danger}; border: 2px solid {danger};
}}
QPushButton[role="destructive"]:focus {{ border: 3px solid {accent}; }}
QPushButton[role="flat"], QToolButton[role="flat"] {{
    background: transparent; border-color: transparent;
}}
QPushButton[role="flat"]:hover, QToolButton[role="flat"]:hover {{ background: {hover}; }}
QPushButton[role="flat"]:focus, QToolButton[role="flat"]:focus {{ {focus} }}
QPushButton[role="chip"] {{
    background: {card}; border: 2px solid {border}; border-radius: {s(1)}px;
    padding: 2px 0px; font-weight: bold;
}}
QPushButton[role="chip"]:checked {{
    background: {accent}; color: {scheme.accent_text.name()}; border-color: {accent};
}}
QPushButton[role="chip"]:focus {{ border: 3px solid {text}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QDoubleSpinBox, QComboBox {{
    background: {base}; color: {text}; border: 2px solid {border};
    border-radius: {s(1) // 2 + 2}px; padding: {s(1) // 2}px {s(1)}px;
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus,
QDoubleSpinBox:focus, QComboBox:focus {{ {focus} }}
QComboBox QAbstractItemView {{ background: {base}; color: {text}; }}
QListView, QTreeView, QTableView {{
    background: {base}; border: 2px solid {border}; border-radius: {s(1)}px;
}}
QListView:focus, QTreeView:focus, QTableView:focus {{ {focus} }}
QCheckBox, QRadioButton {{ border: 2px solid transparent; border-radius: 4px; padding: 2px; }}
QCheckBox:focus, QRadioButton:focus {{ {focus} }}
QSlider {{ border: 2px solid transparent; border-radius: 4px; }}
QSlider:focus {{ {focus} }}
QTabBar::tab:focus {{ {focus} }}
QWidget[chipRow="true"] {{ border: 2px solid transparent; border-radius: {s(1)}px; }}
QWidget[chipRow="true"]:focus {{ border: 2px solid {accent}; }}
QFrame[card="true"] {{
    background: {card}; border: 1px solid {border}; border-radius: {s(2)}px;
}}
QWidget#headerBar {{ background: {card}; border-bottom: 1px solid {border}; }}
QLabel[textStyle="muted"] {{ color: {muted}; }}
QLabel[textStyle="notice"] {{
    background: {card}; color: {text}; border: 2px solid {accent};
    border-radius: {s(1)}px; padding: {s(1)}px {s(2)}px;
}}
QToolTip {{ background: {card}; color: {text}; border: 1px solid {border}; }}
"""


def apply_preference(preference: str) -> Scheme:
    """Apply the ``theme`` setting ("system", "light", "dark") to the whole application:
    the Fusion style, the scheme's palette and the app stylesheet. Returns the scheme."""
    global _applied
    app = _app()
    if app is None:
        return LIGHT
    hints = app.styleHints()
    if preference in ("light", "dark"):
        # Told to the platform too, so native dialogs and title bars agree where they can;
        # set first, so whoever hears colorSchemeChanged reads the new scheme.
        _applied = scheme_for(preference, False)
        hints.setColorScheme(Qt.ColorScheme.Dark if _applied.dark else Qt.ColorScheme.Light)
    else:
        _applied = None
        hints.unsetColorScheme()
        _applied = scheme_for("system", hints.colorScheme() == Qt.ColorScheme.Dark)
    scheme = _applied
    if isinstance(app, QApplication) and app.property(STYLE_PROPERTY) != STYLE:
        # (With a stylesheet on, style() is the stylesheet's wrapper: remember our choice.)
        app.setStyle(STYLE)
        app.setProperty(STYLE_PROPERTY, STYLE)
    app.setPalette(palette_for(scheme))
    if isinstance(app, QApplication):
        # Without this a stylesheet stops fonts set on a widget (and the text-size setting's
        # changes) from reaching its children.
        app.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles)
        app.setStyleSheet(stylesheet_for(scheme))
    _tinted_icon.cache_clear()
    return scheme


def set_role(widget: QWidget, role: str) -> None:
    """Give a button a role the stylesheet knows: primary, secondary, destructive, flat,
    chip."""
    widget.setProperty(ROLE_PROPERTY, role)
    _repolish(widget)


def set_text_style(widget: QWidget, text_style: str) -> None:
    """Mark a label "muted" or "notice" for the stylesheet."""
    widget.setProperty(TEXT_STYLE_PROPERTY, text_style)
    _repolish(widget)


def _repolish(widget: QWidget) -> None:
    # A widget not polished yet reads its properties when it is (before it is first shown);
    # skipping style() then keeps PySide from building QStyle's enums before the first frame.
    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        return
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


# -- icons ---------------------------------------------------------------------------------

ICON_NAMES = (
    "start",
    "history",
    "edit",
    "import",
    "export",
    "settings",
    "keys",
    "pause",
    "resume",
    "stop",
    "skip",
    "back",
    "sound-off",
    "more",
    "done",
)


@lru_cache(maxsize=64)
def _tinted_icon(name: str, colour: str) -> QIcon:
    from glute_timer import resources

    path = resources.assets_dir() / "icons" / f"{name}.svg"
    try:
        data = path.read_bytes().replace(b"currentColor", colour.encode())
    except OSError:
        return QIcon()
    pixmap = QPixmap()
    # The SVG image plugin draws it: no Python QtSvg import on the start-up path.
    if not pixmap.loadFromData(data, "SVG"):
        return QIcon()
    return QIcon(pixmap)


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """One of our icons (assets/icons/<name>.svg) drawn in ``colour`` (the text colour)."""
    tint = colour if colour is not None else current_scheme().text
    return _tinted_icon(name, tint.name())


def kind_colour(kind: StepKind) -> QColor:
    """The colour of a step kind's badge and ring."""
    return QColor(KIND_COLOURS[kind])


def side_colour(side: Side) -> QColor:
    """The colour of a side's badge."""
    return QColor(SIDE_COLOURS[side])


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2.1) of ``colour``, 0 (black) to 1 (white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )
