"""JSON read strictly: every key once and no lone surrogates.

Python's ``json`` keeps the last of two equal keys and accepts ``"\\ud800"``, which UTF-8 (and
so the database) cannot hold. Routine files and history files are both read through
:func:`loads`, after ``structure_limits.check_json_structure`` has bounded depth and numbers.
"""

from __future__ import annotations

import json
from typing import Any

from glute_timer.domain.i18n import translate


class StrictJsonError(Exception):
    """The text is not JSON we accept; ``field`` names where ("" for the whole text)."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}" if field else problem)


class _Table(dict[str, Any]):
    """A JSON object that remembers the first key it saw twice (``json`` keeps the last)."""

    duplicate: str | None = None


def _note_duplicates(pairs: list[tuple[str, Any]]) -> _Table:
    table = _Table()
    for key, value in pairs:
        if key in table and table.duplicate is None:
            table.duplicate = key
        table[key] = value
    return table


def _bad_value(data: Any, field: str) -> tuple[str, str] | None:
    """(field, problem) for the first key given twice or lone surrogate, else None."""
    if isinstance(data, str):
        try:
            data.encode("utf-8")
        except UnicodeEncodeError:
            where = field or translate("JsonErrors", "(top level)")
            return where, translate("JsonErrors", "holds a lone surrogate escape (not a character)")
        return None
    if isinstance(data, dict):
        if isinstance(data, _Table) and data.duplicate is not None:
            where = f"{field}.{data.duplicate}" if field else data.duplicate
            return where, translate("JsonErrors", "appears twice (each key may appear once)")
        for key, value in data.items():
            inner = f"{field}.{key}" if field else str(key)
            found = _bad_value(key, inner) or _bad_value(value, inner)
            if found:
                return found
    elif isinstance(data, list):
        for index, item in enumerate(data):
            found = _bad_value(item, f"{field}[{index}]")
            if found:
                return found
    return None


def loads(text: str) -> Any:
    """Parse ``text``; raises :class:`StrictJsonError` for anything refused."""
    try:
        data = json.loads(text, object_pairs_hook=_note_duplicates)
    except json.JSONDecodeError as error:
        problem = translate(
            "JsonErrors", "not valid JSON: {problem} (line {line}, column {column})"
        )
        raise StrictJsonError(
            "", problem.format(problem=error.msg, line=error.lineno, column=error.colno)
        ) from None
    except (RecursionError, ValueError) as error:
        # The structure check keeps these out; a refusal still beats a traceback.
        problem = translate("JsonErrors", "not a usable JSON file: {problem}")
        raise StrictJsonError("", problem.format(problem=error)) from None
    bad = _bad_value(data, "")
    if bad is not None:
        raise StrictJsonError(*bad)
    return data
