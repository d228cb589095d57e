"""The command line, run in-process with a temporary data directory."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from glute_timer import __version__
from glute_timer.cli import main
from glute_timer.domain.how_to import how_to
from glute_timer.domain.model import Side
from tests.domain.test_routine_file import BAD_FILES, EXAMPLE


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_show_wall_push_json_is_the_seed_prescription(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "show", "Wall push", "--json")
    assert status == 0
    steps = json.loads(out)
    # "how" came with the working-side sentences (issue 15); the other keys are as before.
    assert set(steps[0]) == {"kind", "exercise", "side", "set", "sets", "seconds", "how"}
    holds = [(s["side"], s["set"], s["seconds"]) for s in steps if s["kind"] == "hold"]
    assert holds == [("left", 1, 30), ("right", 1, 30), ("left", 2, 30), ("right", 2, 30)]
    assert steps[0]["kind"] == "prepare"
    assert [s["kind"] for s in steps].count("switch") == 3
    assert steps[-1] == {
        "kind": "finish",
        "exercise": None,
        "side": None,
        "set": 0,
        "sets": 0,
        "seconds": 0,
    }


def test_show_prints_each_two_sided_work_step_with_its_working_side_sentence(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(capsys, "show", "Wall push")
    assert status == 0
    assert "LEFT and RIGHT name the working side" in out
    lines = out.splitlines()
    holds = [i for i, line in enumerate(lines) if line[5:13].strip() == "hold"]
    assert len(holds) == 4
    for index in holds:
        side = Side(lines[index][49:54].strip())
        assert lines[index + 1].strip() == how_to("wall-push", side)
    # Get-ready and switch steps carry no sentence of their own: the hold after them does.
    assert sum(1 for line in lines if "press your" in line) == 4


def test_show_json_says_how_each_working_side_is_done_and_the_tempo(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from glute_timer.domain.how_to import HOW_TO

    status, out, _ = run(capsys, "show", "Wall push", "--json")
    assert status == 0
    for step in json.loads(out)[:-1]:
        assert step["how"] == HOW_TO["wall-push"][step["side"]], step
        assert "rep_seconds" not in step
    routine = tmp_path / "paced.toml"
    routine.write_text(
        'name = "Paced clams"\n[[exercises]]\nname = "Clam"\nmode = "reps"\nreps = 5\n'
        'rep_seconds = 3\nhow_left = "Lie on your right side; open the left knee."\n'
    )
    assert run(capsys, "import", str(routine))[0] == 0
    status, out, _ = run(capsys, "show", "Paced clams", "--json")
    assert status == 0
    reps = [s for s in json.loads(out) if s["kind"] == "reps"]
    assert [(s["side"], s["how"], s["rep_seconds"], s["seconds"]) for s in reps] == [
        ("left", "Lie on your right side; open the left knee.", 3, 15),
        ("right", None, 3, 15),
    ]
    prepare = json.loads(out)[0]
    assert prepare["how"] == "Lie on your right side; open the left knee."
    assert "rep_seconds" not in prepare


def test_routines_lists_builtins_with_total_time(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "routines")
    assert status == 0
    assert "Wall push                 2:25  activation  built-in" in out
    assert "Glute medius strength" in out and "Glute medius endurance" in out


def test_example_imports_shows_and_exports(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert run(capsys, "import", str(EXAMPLE))[0] == 0
    status, out, _ = run(capsys, "show", "quick wall push", "--json")
    assert status == 0
    sides = [
        (s["side"], s["seconds"])
        for s in json.loads(out)
        if s["kind"] == "hold" and s["exercise"] == "Side plank"
    ]
    assert sides == [("left", 20), ("right", 30)]
    status, out, _ = run(capsys, "routines", "--json")
    assert {
        "name": "Quick wall push",
        "builtin": False,
        "stage": None,
        "total_seconds": 215.0,
        "exercises": 2,
    } in json.loads(out)
    for suffix in ("toml", "json"):
        target = tmp_path / f"out.{suffix}"
        assert run(capsys, "export", "Quick wall push", str(target))[0] == 0
        assert run(capsys, "import", str(target), "--replace")[0] == 0


def test_import_over_an_existing_name_needs_replace(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "import", str(EXAMPLE))[0] == 0
    status, _, err = run(capsys, "import", str(EXAMPLE))
    assert status == 2
    assert "already exists (use --replace to overwrite it)" in err
    assert run(capsys, "import", str(EXAMPLE), "--replace")[0] == 0


def test_bad_files_change_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "import", str(EXAMPLE))[0] == 0
    before = run(capsys, "routines", "--json")[1]
    for name, content, message in BAD_FILES:
        path = tmp_path / name
        path.write_bytes(content)
        status, _out, err = run(capsys, "import", str(path))
        assert status == 2, name
        assert err.startswith(f"glute-timer: {message}"), err
        assert err.count("\n") == 1
    assert run(capsys, "routines", "--json")[1] == before


def test_builtin_names_cannot_be_taken(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({"name": "WALL PUSH", "exercises": [{"name": "a"}]}))
    status, _, err = run(capsys, "import", str(path))
    assert status == 2 and "is a built-in routine" in err


@pytest.mark.parametrize(
    "command", [["show", "Nope"], ["export", "Nope", "x.toml"], ["start", "Nope"]]
)
def test_unknown_routine_exits_2(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    status, _, err = run(capsys, *command)
    assert status == 2
    assert "no routine named 'Nope'" in err


def test_data_dir_flag_wins_over_environment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    assert run(capsys, "--data-dir", str(elsewhere), "import", str(EXAMPLE))[0] == 0
    assert (elsewhere / "glute-timer.sqlite3").is_file()
    assert "Quick wall push" not in run(capsys, "routines")[1]


def test_module_entry_point_prints_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "glute_timer", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == f"glute-timer {__version__}"


def test_the_get_ready_setting_changes_built_in_durations(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "settings.ini").write_text("[preferences]\nprep_seconds=20\n")
    status, out, _ = run(capsys, "--data-dir", str(tmp_path), "routines")
    assert status == 0
    assert "Wall push                 2:35  activation  built-in" in out
    status, out, _ = run(capsys, "--data-dir", str(tmp_path), "show", "Wall push", "--json")
    assert json.loads(out)[0] == {
        "kind": "prepare",
        "exercise": "Wall push",
        "side": "left",
        "set": 1,
        "sets": 2,
        "seconds": 20,
        "how": "Stand on your left leg, wall on your right; press your right knee into the wall.",
    }
