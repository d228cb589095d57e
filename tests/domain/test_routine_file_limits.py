"""Hostile routine files: each kind is refused with one clean line, quickly, whatever it holds."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glute_timer.domain import library, limits
from glute_timer.domain.bounded_read import FileRefusedError, read_regular_file
from glute_timer.domain.model import Routine
from glute_timer.domain.routine_file import (
    RoutineFileError,
    dump_routine,
    parse_routine,
    read_routine_file,
)
from glute_timer.domain.structure_limits import (
    StructureError,
    check_json_structure,
    check_toml_structure,
)
from glute_timer.domain.text_safety import escape_for_terminal
from tests.hostile import load_hostile_tool

# Generous under a loaded test machine; benchmarks/hostile_files.py measures the real figure.
TIME_BOUND_S = 0.6


def _refusal(path: Path) -> str:
    began = time.perf_counter()
    with pytest.raises(RoutineFileError) as caught:
        read_routine_file(path)
    assert time.perf_counter() - began < TIME_BOUND_S, path.name
    message = str(caught.value)
    assert escape_for_terminal(message) == message and "\n" not in message, repr(message)
    return message


# ---------------------------------------------------------------- 1. reading


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "x.toml"
    os.mkfifo(fifo)
    assert _refusal(fifo) == "x.toml: is a named pipe, not a file"


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_a_device_is_refused_before_reading(tmp_path: Path, device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    link = tmp_path / "x.json"
    link.symlink_to(device)
    assert _refusal(link) == "x.json: is a device, not a file"


def test_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.json").mkdir()
    assert _refusal(tmp_path / "x.json") == "x.json: is a folder, not a file"


def test_a_file_longer_than_its_size_says_is_read_only_to_the_limit_plus_one(
    tmp_path: Path,
) -> None:
    maps = Path("/proc/self/maps")  # a regular file whose stat() says 0 bytes
    if not maps.exists() or maps.stat().st_size != 0:
        pytest.skip("no /proc/self/maps of size 0 here")
    link = tmp_path / "x.toml"
    link.symlink_to(maps)
    with pytest.raises(FileRefusedError, match="more than 10 bytes"):
        read_regular_file(link, 10)


def test_a_regular_file_at_the_limit_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_bytes(b"#" * 50)
    assert read_regular_file(path, 50) == b"#" * 50
    with pytest.raises(FileRefusedError, match="the file is 50 bytes; it may be at most 49"):
        read_regular_file(path, 49)


def test_a_sparse_file_that_says_gigabytes_is_refused_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    with path.open("wb") as stream:
        stream.truncate(3_000_000_000)
    assert "the file is 3,000,000,000 bytes" in _refusal(path)


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    assert "cannot be read: No such file or directory" in _refusal(tmp_path / "gone.toml")


# ---------------------------------------------------------------- 2. structure limits

DEPTH = limits.MAX_NESTING_DEPTH


@pytest.mark.parametrize(
    ("fmt", "ok", "too_deep"),
    [
        ("json", "[" * DEPTH + "]" * DEPTH, "[" * (DEPTH + 1) + "]" * (DEPTH + 1)),
        ("json", '{"a":' * DEPTH + "1" + "}" * DEPTH, '{"a":' * (DEPTH + 1) + "1" + "}" * 33),
        ("toml", "x = " + "[" * (DEPTH - 1) + "]" * (DEPTH - 1), "x = " + "[" * DEPTH + "]" * 32),
        ("toml", "x = " + "{a = " * 15 + "1" + "}" * 15, "x = " + "{a = " * 16 + "1" + "}" * 16),
        ("toml", "a" + ".a" * (DEPTH - 1) + " = 1", "a" + ".a" * DEPTH + " = 1"),
        ("toml", "[" + ".".join("a" * DEPTH) + "]", "[" + ".".join("a" * (DEPTH + 1)) + "]"),
        ("toml", "[[" + ".".join("a" * (DEPTH - 1)) + "]]", "[[" + ".".join("a" * DEPTH) + "]]"),
        (
            "toml",
            "[" + ".".join("a" * 16) + "]\n" + ".".join("b" * 16) + " = 1",
            "[" + ".".join("a" * 16) + "]\n" + ".".join("b" * 17) + " = 1",
        ),
    ],
)
def test_nesting_is_bounded_at_32_levels(fmt: str, ok: str, too_deep: str) -> None:
    check = check_toml_structure if fmt == "toml" else check_json_structure
    check(ok)
    with pytest.raises(StructureError, match="nested more than 32 levels deep"):
        check(too_deep)


@pytest.mark.parametrize(
    "text",
    [
        'x = "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["',
        "x = '" + "[" * 40 + "'",
        'x = """\n' + "[" * 40 + '\n"""',
        "x = '''\n" + "a." * 40 + "\n'''",
        "# " + "[" * 40,
        'x = "a\\"' + "[" * 40 + '"',
        '"' + "a." * 40 + '" = 1',
        "x = 1.5\ny = [" + "1.5, " * 40 + "]",
    ],
)
def test_brackets_and_dots_inside_strings_and_comments_do_not_count(text: str) -> None:
    check_toml_structure(text)


def test_json_strings_with_escaped_quotes_do_not_count() -> None:
    check_json_structure('["\\"' + "[" * 40 + '", "\\\\"]')


@pytest.mark.parametrize("fmt", ["toml", "json"])
def test_numbers_of_more_than_20_digits_are_refused(fmt: str) -> None:
    check = check_toml_structure if fmt == "toml" else check_json_structure
    check("x = " + "9" * 20 if fmt == "toml" else "[" + "9" * 20 + "]")
    check("x = 1_000_000_000_000_000_000" if fmt == "toml" else '["' + "9" * 50 + '"]')
    with pytest.raises(StructureError, match="more than 20 digits"):
        check("x = " + "9" * 21 if fmt == "toml" else "[" + "9" * 21 + "]")


def test_a_lone_surrogate_in_json_is_refused_naming_the_field() -> None:
    text = json.dumps({"name": "x", "exercises": [{"name": "a\ud800"}]})
    with pytest.raises(RoutineFileError, match=r"exercises\[0\]\.name: holds a lone surrogate"):
        parse_routine(text, "json")


def test_a_surrogate_pair_is_a_character() -> None:
    text = '{"name": "x \\ud83d\\ude00", "exercises": [{"name": "a"}]}'
    assert parse_routine(text, "json").name == "x \U0001f600"


def test_a_duplicate_json_key_is_refused_naming_it() -> None:
    text = '{"name": "x", "exercises": [{"name": "a", "sets": 2, "sets": 3}]}'
    with pytest.raises(RoutineFileError, match=r"<text>: exercises\[0\]\.sets: appears twice"):
        parse_routine(text, "json")


def test_too_many_exercises_are_refused_before_each_is_read() -> None:
    text = json.dumps({"name": "x", "exercises": [{"name": "a"}] * 101})
    with pytest.raises(RoutineFileError, match="exercises: at most 100 exercises, got 101"):
        parse_routine(text, "json")


@pytest.mark.parametrize("fmt", ["toml", "json"])
def test_the_biggest_sensible_routine_passes_the_limits(fmt: str) -> None:
    exercise = library.ROUTINES[0].exercises[0]
    from dataclasses import replace

    big = Routine(
        name="Big",
        prep_seconds=10,
        stage=None,
        description="d" * 500,
        exercises=tuple(
            replace(exercise, name=f"e{i}", instructions="Breathe.\n" * 150)
            for i in range(limits.MAX_EXERCISES)
        ),
    )
    assert parse_routine(dump_routine(big, fmt), fmt) == big


# ---------------------------------------------------------------- 3. one clean line


def test_every_hostile_file_is_refused_with_one_clean_line_in_time(tmp_path: Path) -> None:
    tool = load_hostile_tool()
    paths = tool.write_hostile_files(tmp_path / "hostile")
    assert len(paths) >= 30
    for path in paths:
        message = _refusal(path)
        assert message.startswith(escape_for_terminal(path.name) + ": "), message


def test_control_characters_in_names_and_keys_are_escaped(tmp_path: Path) -> None:
    path = tmp_path / "a\x1b[2J\nb.toml"
    path.write_text('name = "x"\n"k\\u001b]0;t\\u0007\\r" = 1\n')
    message = _refusal(path)
    assert message.startswith("a\\x1b[2J\\x0ab.toml: k\\x1b]0;t\\x07\\x0d: unknown key")


def test_escape_for_terminal_escapes_controls_bidi_and_invisibles_only() -> None:
    assert escape_for_terminal("Café 1\u00a0x") == "Café 1\u00a0x"
    assert escape_for_terminal("\x00\x1b\x7f\x85\u202e\u200b\u2028") == (
        "\\x00\\x1b\\x7f\\x85\\u{202e}\\u{200b}\\u{2028}"
    )


# ---------------------------------------------------------------- 10. fuzzing

_leaves = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
_trees = st.recursive(
    _leaves,
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=60,
)
_routine_like = st.fixed_dictionaries(
    {"name": st.text(max_size=30), "exercises": st.lists(_trees, max_size=4)},
    optional={"prep_seconds": _trees, "stage": _trees, "description": _trees},
)


def _ends_well(text: str | bytes, suffix: str, tmp_path: Path) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass"))
    began = time.perf_counter()
    try:
        routine = read_routine_file(path)
    except RoutineFileError as error:
        assert escape_for_terminal(str(error)) == str(error)
    else:
        assert isinstance(routine, Routine)
    assert time.perf_counter() - began < TIME_BOUND_S


_fuzz = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_fuzz
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".toml", ".json"]))
def test_any_bytes_end_in_a_routine_or_a_routine_file_error(
    tmp_path: Path, data: bytes, suffix: str
) -> None:
    _ends_well(data, suffix, tmp_path)


@_fuzz
@given(tree=_trees | _routine_like)
def test_any_json_structure_ends_in_a_routine_or_a_routine_file_error(
    tmp_path: Path, tree: object
) -> None:
    _ends_well(json.dumps(tree), ".json", tmp_path)


@_fuzz
@given(tree=_routine_like, noise=st.text(alphabet="[]{}.=,\"'#\n \\x1", max_size=40))
def test_any_toml_structure_ends_in_a_routine_or_a_routine_file_error(
    tmp_path: Path, tree: dict[str, object], noise: str
) -> None:
    import tomli_w

    def clean(value: object) -> object:
        # TOML has no null and its strings hold no surrogates: leave those out.
        if isinstance(value, dict):
            return {str(k): clean(v) for k, v in value.items() if v is not None}
        if isinstance(value, list):
            return [clean(v) for v in value if v is not None]
        if isinstance(value, str):
            return value.encode("utf-8", "replace").decode("utf-8")
        return value

    try:
        text = tomli_w.dumps(clean(tree))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        text = ""
    _ends_well(text + noise, ".toml", tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_exporting_onto_a_named_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    from glute_timer.domain.routine_file import write_routine_file

    fifo = tmp_path / "out.toml"
    os.mkfifo(fifo)
    with pytest.raises(RoutineFileError, match=r"out\.toml: is a named pipe, not a file"):
        write_routine_file(library.ROUTINES[0], fifo)


def test_toml_over_both_text_limits_together_is_refused_before_scanning() -> None:
    most = limits.MAX_TOML_TEXT + limits.MAX_TOML_BARE_CHARACTERS
    check_toml_structure("#" * 390_000 + "\n" + " " * 60_000)
    with pytest.raises(StructureError, match="more than 500,000 characters"):
        check_toml_structure("#" * (most + 1))
