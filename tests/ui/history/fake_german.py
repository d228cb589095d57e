"""A small stand-in German catalogue: translate() looks up these entries, QLocale is German."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from PySide6.QtCore import QLocale

from glute_timer.domain import i18n

# (context, source) -> translation; a tuple of (one, other) for plural messages.
Catalogue = Mapping[tuple[str, str], str | tuple[str, str]]


@contextmanager
def speaking_german(catalogue: Catalogue) -> Iterator[None]:
    """Inside the block, texts come from ``catalogue`` and QLocale() is German (Germany)."""
    before = QLocale()

    def lookup(context: str, text: str, _disambiguation: str | None, count: int) -> str:
        found = catalogue.get((context, text), "")
        if isinstance(found, tuple):
            return found[0] if count == 1 else found[1]
        return found

    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    QLocale.setDefault(german)
    i18n.install(lookup, "de", german.toString)
    try:
        yield
    finally:
        i18n.install(None, i18n.ENGLISH)
        QLocale.setDefault(before)
