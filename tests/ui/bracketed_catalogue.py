"""A stand-in catalogue for tests: every text comes back in brackets, tagged with its
context, so a test sees that a widget's text went through translate() and which context.
Like a real catalogue, the library's context knows only the built-in texts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glute_timer.domain.library import EXERCISES, LIBRARY_CONTEXT, ROUTINES
from tests.fake_catalogue import installed

BUILT_IN_TEXTS = frozenset(
    [text for e in EXERCISES for text in (e.name, e.instructions)]
    + [text for r in ROUTINES for text in (r.name, r.description)]
)


def _lookup(context: str, text: str, _disambiguation: str | None, _count: int) -> str:
    if context == LIBRARY_CONTEXT and text not in BUILT_IN_TEXTS:
        return ""
    return f"[{context}: {text}]"


@pytest.fixture
def bracketed() -> Iterator[None]:
    """Translate every text as ``[Context: text]`` for the test, English again after."""
    with installed(_lookup):
        yield
