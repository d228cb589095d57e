"""Which characters are unsafe to show or store in a name, and how to show them escaped.

A terminal acts on control characters (ESC clears the screen or sets the title, CR
overwrites the line); bidi controls reorder what is shown; format characters such as a
zero-width space are invisible. None of them belongs in a name, and anything already
stored with them is shown escaped (``\\x1b``, ``\\u{200b}``), never raw.
"""

from __future__ import annotations

import unicodedata
from typing import Final

# Unicode bidi controls: embeddings, overrides, isolates and marks (all category Cf).
BIDI_CONTROLS: Final = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)

# Default-ignorable letters and marks that render as nothing but are not category Cf.
_INVISIBLE_NON_FORMAT: Final = frozenset("\u034f\u115f\u1160\u3164\uffa0\u180b\u180c\u180d\u180f")

# Cc: C0, DEL and C1 controls. Cf: format characters (bidi, ZWSP, word joiner, BOM...).
# Zl/Zp: line and paragraph separators, which break a line like LF. Cs: lone surrogates.
_UNSAFE_CATEGORIES: Final = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})


def is_control(char: str) -> bool:
    """True for a C0 control, DEL or a C1 control."""
    return unicodedata.category(char) == "Cc"


def is_invisible(char: str) -> bool:
    """True for a character that shows as nothing: format characters and fillers."""
    return unicodedata.category(char) == "Cf" or char in _INVISIBLE_NON_FORMAT


def is_unsafe(char: str) -> bool:
    """True for any character that must be escaped before it reaches a terminal or a label."""
    return unicodedata.category(char) in _UNSAFE_CATEGORIES or char in _INVISIBLE_NON_FORMAT


def escape_char(char: str) -> str:
    """``\\xNN`` below U+0100, ``\\u{NNNN}`` above."""
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{{{code:04x}}}"


def escape_for_terminal(text: str) -> str:
    """``text`` on one line with every control, bidi and invisible character escaped.

    Printable text, including non-Latin letters and emoji, passes through unchanged.
    """
    if text.isprintable() and not any(char in _INVISIBLE_NON_FORMAT for char in text):
        return text
    return "".join(escape_char(char) if is_unsafe(char) else char for char in text)


def display_name(name: str) -> str:
    """A stored routine or exercise name as it may be shown on screen or in the terminal."""
    return escape_for_terminal(name)
