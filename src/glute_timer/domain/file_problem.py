"""The one line that names a bad file, the field and the problem, for every file the app reads."""

from __future__ import annotations

from pathlib import Path

from glute_timer.domain.i18n import translate


def file_problem_line(path: Path, field: str, problem: str) -> str:
    """``wall.toml: exercises[0].sets: must be at least 1, got 0`` (no field: file and problem).

    The field path stays as it is written in the file (keys are English in every language).
    """
    if field:
        text = translate("FileErrors", "{file}: {field}: {problem}")
        return text.format(file=path.name, field=field, problem=problem)
    return translate("FileErrors", "{file}: {problem}").format(file=path.name, problem=problem)
