"""Routine files: the documented example imports, round trips hold, bad files get one clear line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from glute_timer.domain import library
from glute_timer.domain.model import HoldTime
from glute_timer.domain.routine_file import (
    RoutineFileError,
    dump_routine,
    parse_routine,
    read_routine_file,
    write_routine_file,
)

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "quick-wall-push.toml"


def test_documented_example_reads_as_it_is() -> None:
    routine = read_routine_file(EXAMPLE)
    assert routine.name == "Quick wall push"
    assert routine.prep_seconds == 5
    assert [e.name for e in routine.exercises] == ["Wall push", "Side plank"]
    assert routine.exercises[1].hold == HoldTime(20, 30)


@pytest.mark.parametrize("fmt", ["toml", "json"])
@pytest.mark.parametrize("routine", library.ROUTINES, ids=lambda r: r.name)
def test_round_trip(routine: object, fmt: str) -> None:
    assert parse_routine(dump_routine(routine, fmt), fmt) == routine  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", ["toml", "json"])
def test_how_to_and_tempo_round_trip(fmt: str) -> None:
    from dataclasses import replace

    from glute_timer.domain.model import Routine

    exercise = replace(
        library.LUNGE, how_left="Left foot forward.", how_right="Right foot forward.", rep_seconds=4
    )
    routine = Routine("Paced", (exercise,))
    text = dump_routine(routine, fmt)
    assert "\nrep_seconds = 4" in text if fmt == "toml" else '"rep_seconds": 4' in text
    assert parse_routine(text, fmt) == routine


def test_tempo_and_how_to_are_optional() -> None:
    routine = parse_routine('name="x"\n[[exercises]]\nname="a"\nmode="reps"\n', "toml")
    exercise = routine.exercises[0]
    assert exercise.rep_seconds is None and exercise.how_left == exercise.how_right == ""
    assert "rep_seconds" not in json.loads(dump_routine(routine, "json"))["exercises"][0]


def test_write_picks_format_by_suffix(tmp_path: Path) -> None:
    routine = library.ROUTINES[0]
    write_routine_file(routine, tmp_path / "r.json")
    assert json.loads((tmp_path / "r.json").read_text())["name"] == "Wall push"
    write_routine_file(routine, tmp_path / "r.toml")
    assert read_routine_file(tmp_path / "r.toml") == routine


BAD_FILES: list[tuple[str, bytes, str]] = [
    ("syntax.toml", b'name = "x"\nprep_seconds = \n', "syntax.toml: not valid TOML"),
    ("syntax.json", b'{"name": "x",', "syntax.json: not valid JSON"),
    (
        "type.toml",
        b'name="x"\n[[exercises]]\nname="a"\nhold_seconds="ten"\n',
        "type.toml: exercises[0].hold_seconds: must be a whole number, got text",
    ),
    ("noname.toml", b'[[exercises]]\nname="a"\n', "noname.toml: name: is missing"),
    (
        "zero.toml",
        b'name="x"\n[[exercises]]\nname="a"\nhold_seconds=0\n',
        "zero.toml: exercises[0].hold_seconds: hold must be at least 1 second, got 0",
    ),
    (
        "negative.json",
        b'{"name":"x","exercises":[{"name":"a","rest_seconds":-4}]}',
        "negative.json: exercises[0].rest_seconds: rest must not be negative, got -4",
    ),
    (
        "absurd.toml",
        b'name="x"\n[[exercises]]\nname="a"\nhold_seconds=7200\n',
        "absurd.toml: exercises[0].hold_seconds: hold must be at most 3600 seconds",
    ),
    (
        "sets.toml",
        b'name="x"\n[[exercises]]\nname="a"\nsets=99\n',
        "sets.toml: exercises[0].sets: must be at most 50, got 99",
    ),
    (
        "unknown.toml",
        b'name="x"\ncolour="red"\n[[exercises]]\nname="a"\n',
        "unknown.toml: colour: unknown key",
    ),
    (
        "unknown2.toml",
        b'name="x"\n[[exercises]]\nname="a"\nhold="5"\n',
        "unknown2.toml: exercises[0].hold: unknown key",
    ),
    ("latin1.toml", b'name = "caf\xe9"\n', "latin1.toml: not UTF-8 text"),
    ("empty.toml", b"", "empty.toml: the file is empty"),
    ("blank.json", b"  \n", "blank.json: the file is empty"),
    ("list.json", b"[1, 2]", "list.json: the top level must be a table, got a list"),
    (
        "side.json",
        b'{"name":"x","exercises":[{"name":"a","hold_seconds":{"left":20}}]}',
        "side.json: exercises[0].hold_seconds.right: is missing",
    ),
    (
        "mode.toml",
        b'name="x"\n[[exercises]]\nname="a"\nmode="forever"\n',
        'mode.toml: exercises[0].mode: must be one of "hold", "reps"',
    ),
    (
        "bool.toml",
        b'name="x"\n[[exercises]]\nname="a"\nsets=true\n',
        "bool.toml: exercises[0].sets: must be a whole number, got true/false",
    ),
    ("routine.txt", b'name="x"\n', "routine.txt: the file name must end in .toml or .json"),
    (
        "tempo.toml",
        b'name="x"\n[[exercises]]\nname="a"\nmode="reps"\nrep_seconds=25\n',
        "tempo.toml: exercises[0].rep_seconds: seconds per rep must be 1 to 20, got 25",
    ),
    (
        "tempo0.json",
        b'{"name":"x","exercises":[{"name":"a","mode":"reps","rep_seconds":0}]}',
        "tempo0.json: exercises[0].rep_seconds: seconds per rep must be 1 to 20, got 0",
    ),
    (
        "tempo_text.toml",
        b'name="x"\n[[exercises]]\nname="a"\nmode="reps"\nrep_seconds="3"\n',
        "tempo_text.toml: exercises[0].rep_seconds: must be a whole number, got text",
    ),
    (
        "how_long.toml",
        b'name="x"\n[[exercises]]\nname="a"\nhow_left="' + b"w" * 161 + b'"\n',
        "how_long.toml: exercises[0].how_left: left how-to must be at most 160 characters, got 161",
    ),
    (
        "how_lines.json",
        b'{"name":"x","exercises":[{"name":"a","how_right":"one\\ntwo"}]}',
        "how_lines.json: exercises[0].how_right: right how-to must not contain a control character",
    ),
    (
        "how_number.toml",
        b'name="x"\n[[exercises]]\nname="a"\nhow_left=3\n',
        "how_number.toml: exercises[0].how_left: must be text, got a number",
    ),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_files_get_a_one_line_error(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(RoutineFileError) as caught:
        read_routine_file(path)
    text = str(caught.value)
    assert text.startswith(message)
    assert "\n" not in text


def test_many_megabytes_are_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.toml"
    path.write_bytes(b'name = "x"\n#' + b"a" * 5_000_000)
    with pytest.raises(RoutineFileError, match=r"huge\.toml: the file is 5,000,012 bytes"):
        read_routine_file(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RoutineFileError, match=r"gone\.toml: cannot be read"):
        read_routine_file(tmp_path / "gone.toml")
