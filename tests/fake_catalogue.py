"""A stand-in catalogue for tests that check text follows the translation (no .qm needed)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from glute_timer.domain import i18n

# (context, source) -> translation; a plural's translation is (one, other).
Entries = Mapping[tuple[str, str], str | tuple[str, str]]


@contextmanager
def catalogue(entries: Entries, language: str = "de") -> Iterator[None]:
    """Translate through ``entries`` inside the block, English again after it."""

    def lookup(context: str, text: str, disambiguation: str | None, count: int) -> str:
        del disambiguation
        found = entries.get((context, text), "")
        if isinstance(found, tuple):
            return found[0] if count == 1 else found[1]
        return found

    i18n.install(lookup, language)
    try:
        yield
    finally:
        i18n.install(None, i18n.ENGLISH)
