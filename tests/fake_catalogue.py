"""Stand-in catalogues for tests that check text follows the translation (no .qm needed)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager

from PySide6.QtCore import QLocale

from glute_timer.domain import i18n

# (context, source) -> translation; a plural's translation is (one, other).
Entries = Mapping[tuple[str, str], str | tuple[str, str]]


@contextmanager
def installed(
    lookup: i18n.Lookup, language: str = "xx", format_count: Callable[[int], str] = str
) -> Iterator[None]:
    """Translate through ``lookup`` inside the block, English again after it."""
    i18n.install(lookup, language, format_count)
    try:
        yield
    finally:
        i18n.install(None, i18n.ENGLISH)


@contextmanager
def catalogue(
    entries: Entries, language: str = "de", format_count: Callable[[int], str] = str
) -> Iterator[None]:
    """Translate through ``entries`` inside the block, English again after it."""

    def lookup(context: str, text: str, disambiguation: str | None, count: int) -> str:
        del disambiguation
        found = entries.get((context, text), "")
        if isinstance(found, tuple):
            return found[0] if count == 1 else found[1]
        return found

    with installed(lookup, language, format_count):
        yield


@contextmanager
def speaking_german(entries: Entries) -> Iterator[None]:
    """Like :func:`catalogue`, with QLocale() German (Germany) for dates and numbers too."""
    before = QLocale()
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    QLocale.setDefault(german)
    try:
        with catalogue(entries, "de", german.toString):
            yield
    finally:
        QLocale.setDefault(before)
