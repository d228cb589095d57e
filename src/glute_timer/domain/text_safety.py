"""Text that is safe to print on a terminal or show on one line (a stand-in until names land)."""

from __future__ import annotations

import unicodedata


def _escape(char: str) -> str:
    code = ord(char)
    if code < 0x20 or code == 0x7F or 0x80 <= code < 0xA0:
        return f"\\x{code:02x}"
    if unicodedata.category(char) in ("Cf", "Zl", "Zp", "Cs"):
        return f"\\u{{{code:04x}}}"
    return char


def escape_for_terminal(text: str) -> str:
    """``text`` with control (C0, C1, DEL), bidi and invisible format characters escaped."""
    if text.isprintable():
        return text
    return "".join(_escape(c) for c in text)
