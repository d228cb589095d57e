"""Routine and exercise names: the form they are stored in, when two are the same, free names.

Two names are the same routine when their :func:`name_key` is equal (NFKC, case-folded,
spacing folded, invisible characters dropped), and one *imitates* the other when their
:func:`skeleton` is equal (letters from Cyrillic or Greek that look like Latin ones read as
the Latin ones). Either way the second is refused as a duplicate of the first.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Final

from glute_timer.domain import limits
from glute_timer.domain.i18n import translate
from glute_timer.domain.text_safety import is_invisible

# Cyrillic and Greek letters that look like a Latin letter in common fonts, case kept:
# the frequent part of Unicode's confusables table for Latin. Mapped before case folding,
# since Greek capital NU looks like N while its small form looks like v.
_LOOKALIKES: Final = {
    # Cyrillic capitals
    "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "Ј": "J", "К": "K",
    "М": "M", "О": "O", "Р": "P", "Ѕ": "S", "Т": "T", "Х": "X", "У": "Y", "Ԁ": "D",
    "Ԛ": "Q", "Ԝ": "W", "Ү": "Y", "Ӏ": "I",
    # Cyrillic small letters
    "а": "a", "с": "c", "ԁ": "d", "е": "e", "һ": "h", "і": "i", "ј": "j", "ӏ": "l",
    "о": "o", "р": "p", "ԛ": "q", "ѕ": "s", "ԝ": "w", "х": "x", "у": "y", "ү": "y",
    "ѵ": "v",
    # Greek capitals
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Greek small letters
    "α": "a", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
    "χ": "x", "γ": "y",
}  # fmt: skip
_TO_LATIN: Final = str.maketrans(_LOOKALIKES)


def normalize_name(name: str) -> str:
    """The form a name is stored in: NFC, nothing else changed."""
    return unicodedata.normalize("NFC", name)


def _drop_invisible(text: str) -> str:
    return "".join(char for char in text if not is_invisible(char))


def name_key(name: str) -> str:
    """The identity of a name: two names with the same key are the same routine.

    NFKC (full-width and compatibility forms read as plain ones), case-folded, invisible
    characters dropped, every run of spacing folded to one space, ends trimmed.
    """
    text = _drop_invisible(unicodedata.normalize("NFKC", name))
    # Case folding can undo NFKC (and NFKC can bring back capitals), so repeat until both hold;
    # this settles in one or two rounds for any text.
    for _ in range(4):
        folded = unicodedata.normalize("NFKC", text.casefold())
        if folded == text:
            break
        text = folded
    return " ".join(_drop_invisible(text).split())


def skeleton(name: str) -> str:
    """:func:`name_key` after Cyrillic and Greek lookalikes of Latin letters became Latin."""
    text = _drop_invisible(unicodedata.normalize("NFKC", name))
    shape = name_key(text.translate(_TO_LATIN))
    # Case folding can make a lookalike (U+0345 folds to Greek iota): map again until stable.
    for _ in range(4):
        again = name_key(shape.translate(_TO_LATIN))
        if again == shape:
            break
        shape = again
    return shape


def duplicate_of(name: str, taken: Iterable[str]) -> str | None:
    """The name in ``taken`` that ``name`` is the same as or imitates, or None."""
    key, shape = name_key(name), skeleton(name)
    for other in taken:
        if name_key(other) == key or skeleton(other) == shape:
            return other
    return None


class _Taken:
    """The keys and skeletons of taken names, for many membership checks."""

    def __init__(self, names: Iterable[str]) -> None:
        names = list(names)
        self._keys = {name_key(n) for n in names}
        self._shapes = {skeleton(n) for n in names}

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and (
            name_key(name) in self._keys or skeleton(name) in self._shapes
        )


def _fit(base: str, suffix: str) -> str:
    """``base + suffix`` cut in ``base`` so that it is at most the name length limit."""
    room = limits.MAX_NAME_LENGTH - len(suffix)
    return (base if len(base) <= room else base[:room].rstrip()) + suffix


def unique_name(base: str, taken: Iterable[str]) -> str:
    """``base``, or ``base 2``, ``base 3``... whichever is not taken (by key or lookalike)."""
    names = _Taken(taken)
    if base not in names:
        return base
    number = 2
    while _fit(base, f" {number}") in names:
        number += 1
    return _fit(base, f" {number}")


def _fit_into(template: str, base: str, **values: object) -> str:
    """``template`` (translated, with ``{name}``) filled with ``base`` cut to fit the limit."""
    rest = len(template.format(name="", **values))
    room = limits.MAX_NAME_LENGTH - rest
    return template.format(name=base if len(base) <= room else base[:room].rstrip(), **values)


def copy_name(routine_name: str, builtin: bool, taken: Iterable[str]) -> str:
    """The name for a copy: ``Wall push (custom)`` for a built-in, ``X (copy)`` otherwise.

    The copy is the person's own routine, so it is named in their language: a built-in's
    name as they read it (the "Library" context), the suffix translated.
    """
    if builtin:
        base = translate("Library", routine_name)
        template = translate("RoutineNames", "{name} (custom)")
    else:
        base = routine_name
        template = translate("RoutineNames", "{name} (copy)")
    return unique_name(_fit_into(template, base), taken)


def imported_name(name: str, taken: Iterable[str]) -> str:
    """A free name for an import that clashes: ``X (imported)``, ``X (imported 2)``..."""
    names = _Taken(taken)
    candidate = _fit_into(translate("RoutineNames", "{name} (imported)"), name)
    numbered = translate("RoutineNames", "{name} (imported {number})")
    number = 2
    while candidate in names:
        candidate = _fit_into(numbered, name, number=number)
        number += 1
    return candidate
