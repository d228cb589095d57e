"""The one way a user-facing string is translated, in every layer (no Qt here).

Every sentence a person reads goes through :func:`translate` with a context and the whole
English sentence, placeholders in braces filled afterwards with ``str.format``::

    translate("HistoryView", "Last done {when}").format(when=when)
    translate("HistoryView", "%n session(s)", None, PLURAL, count)   # "1 session", "2 sessions"

``pyside6-lupdate`` finds these calls by name and writes them into ``translations/*.ts``.
Two habits keep its Python parser from missing a call (``tests/i18n`` checks it did not):

* the context and the text are string literals;
* the plural count comes after the :data:`PLURAL` marker, as a plain name or a simple call
  (``count``, ``len(rows)``), never ``self.count`` or ``a + b``, and with no comma after it
  (where ``ruff format`` would split the call and add one, mark the call ``# fmt: skip``).
  lupdate takes a bare name in the fourth place for an encoding, so the marker fills that
  place.

Text defined at import time (tables, dataclass defaults) is marked with
:func:`QT_TRANSLATE_NOOP` and translated where it is shown: ``translate(context, text)``.

The language itself is chosen and loaded by ``glute_timer.language``, which installs the
lookup here; until then (and inside :func:`untranslated`) every text comes back in English.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Final

# (context, source text, disambiguation, count or -1) -> translation, or "" when there is none.
Lookup = Callable[[str, str, str | None, int], str]

ENGLISH: Final = "en"
# English plurals come from the source text itself: "%n session(s)" reads "1 session" and
# "2 sessions", so English needs no catalogue (a suffix in brackets right after a letter).
_ENGLISH_PLURAL_SUFFIX: Final = re.compile(r"(?<=[A-Za-z])\(([a-z]+)\)")


class _PluralMarker:
    """The type of :data:`PLURAL`."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "PLURAL"


PLURAL: Final = _PluralMarker()

_lookup: Lookup | None = None
_language: str = ENGLISH
_format_count: Callable[[int], str] = str
_suspended = 0


def translate(
    context: str,
    text: str,
    disambiguation: str | None = None,
    plural: _PluralMarker | None = None,
    count: int = -1,
) -> str:
    """``text`` in the person's language; ``%n`` becomes ``count`` when ``plural`` is given."""
    lookup = _lookup if _suspended == 0 else None
    found = lookup(context, text, disambiguation, count if plural else -1) if lookup else ""
    result = found or text
    if plural is not None:
        if not found:
            suffix = "" if count == 1 else r"\1"
            result = _ENGLISH_PLURAL_SUFFIX.sub(suffix, result)
        result = result.replace("%n", _format_count(count))
    return result


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it now."""
    del context
    return text


def install(lookup: Lookup | None, language: str, format_count: Callable[[int], str] = str) -> None:
    """Use ``lookup`` for every translation from now on (None: English)."""
    global _lookup, _language, _format_count
    _lookup = lookup
    _language = language if lookup is not None else ENGLISH
    _format_count = format_count


def current_language() -> str:
    """The language texts come in: ``"en"``, ``"de"``, ``"es"``, ..."""
    return ENGLISH if _suspended else _language


@contextmanager
def untranslated() -> Iterator[None]:
    """English inside the block, whatever the language: for machine-readable output."""
    global _suspended
    _suspended += 1
    try:
        yield
    finally:
        _suspended -= 1
