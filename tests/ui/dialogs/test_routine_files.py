"""Routine files in the app: the CLI's format and errors, drops, dialogs, name clashes."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from glute_timer import cli
from glute_timer.domain import library
from glute_timer.domain.plan import compile_plan
from glute_timer.domain.routine_file import parse_routine, read_routine_file
from glute_timer.paths import data_dir, database_path
from glute_timer.storage.database import Database, open_database
from glute_timer.storage.routine_repository import RoutineRepository
from glute_timer.ui.dialogs.routine_files import (
    NameClash,
    RoutineFiles,
    routine_paths,
    suggested_file_name,
)

DOCS = Path(__file__).resolve().parents[3] / "docs"
EXAMPLE = DOCS / "examples" / "quick-wall-push.toml"
FORMAT_DOC = DOCS / "routine-format.md"
BAD_HOLD = 'name = "Too long"\n[[exercises]]\nname = "Wall push"\nhold_seconds = 4000\n'


@pytest.fixture
def database() -> Iterator[Database]:
    # The CLI's database (GLUTE_TIMER_DATA_DIR is set per test), so both see the same data.
    db = open_database(database_path(data_dir()))
    yield db
    db.close()


@pytest.fixture
def repository(database: Database) -> RoutineRepository:
    return RoutineRepository(database)


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(640, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def files(repository: RoutineRepository, window: QWidget) -> RoutineFiles:
    routine_files = RoutineFiles(repository, window)
    routine_files.install_drop_target(window)
    return routine_files


def drop_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drag_and_drop(window: QWidget, mime: QMimeData) -> tuple[bool, bool]:
    """Drag ``mime`` over ``window`` and drop it; returns (enter accepted, drop accepted)."""
    # PySide6 6.12 offers only the QPoint constructor and flags it deprecated (Qt 6 events
    # are meant to be built by Qt); a test has to build one all the same.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(10, 10),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    enter.ignore()
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False, False
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QEvent.Type.Drop,
    )
    drop.ignore()
    QApplication.sendEvent(window, drop)
    return True, drop.isAccepted()


def names(repository: RoutineRepository) -> list[str]:
    return [e.routine.name for e in repository.all_routines()]


def test_the_documented_example_imports_as_it_is(
    qtbot: QtBot,
    files: RoutineFiles,
    repository: RoutineRepository,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(files, "ask_open_paths", lambda: [EXAMPLE])
    with qtbot.waitSignal(files.imported) as blocker:
        assert files.import_with_dialog() == ["Quick wall push"]
    assert blocker.args == ["Quick wall push"]
    entry = repository.find("Quick wall push")
    assert entry is not None and not entry.builtin
    assert entry.routine == read_routine_file(EXAMPLE)
    assert files.last_directory == EXAMPLE.parent


def test_a_dropped_bad_file_shows_the_cli_error_and_changes_nothing(
    qtbot: QtBot,
    files: RoutineFiles,
    window: QWidget,
    repository: RoutineRepository,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    repository.save(read_routine_file(EXAMPLE))
    before = repository.all_routines()
    bad = tmp_path / "too-long.toml"
    bad.write_text(BAD_HOLD, encoding="utf-8")

    with qtbot.waitSignal(files.failed) as blocker:
        assert drag_and_drop(window, drop_mime(bad)) == (True, True)

    assert repository.all_routines() == before
    # The same sentence the command line prints for that file.
    assert cli.main(["import", str(bad)]) == cli.EXIT_USAGE
    cli_error = capsys.readouterr().err.strip().removeprefix("glute-timer: ")
    assert cli_error == (
        "too-long.toml: exercises[0].hold_seconds: "
        "hold must be at most 3600 seconds (60 min), got 4000"
    )
    assert blocker.args == [cli_error]
    box = files.error_box
    assert box is not None and box.isVisible()
    assert box.text() == cli_error
    assert "Nothing was changed" in box.informativeText()
    assert box.parent() is window
    box.accept()


@pytest.mark.parametrize(
    ("file_name", "content", "expected"),
    [
        ("empty.toml", "", "empty.toml: the file is empty"),
        ("broken.json", "{", "broken.json: not valid JSON: Expecting property name enclosed"),
        ("no-exercises.toml", 'name = "x"\n', "no-exercises.toml: exercises: is missing"),
    ],
)
def test_bad_files_are_refused_one_by_one(
    qtbot: QtBot,
    files: RoutineFiles,
    repository: RoutineRepository,
    tmp_path: Path,
    file_name: str,
    content: str,
    expected: str,
) -> None:
    before = names(repository)
    path = tmp_path / file_name
    path.write_text(content, encoding="utf-8")
    with qtbot.waitSignal(files.failed) as blocker:
        assert files.import_files([path, EXAMPLE]) == ["Quick wall push"]
    assert str(blocker.args[0]).startswith(expected)
    assert names(repository) == [*before, "Quick wall push"]
    assert files.error_box is not None
    files.error_box.accept()


def test_only_routine_files_are_accepted_for_dropping(
    files: RoutineFiles, window: QWidget, tmp_path: Path
) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello", encoding="utf-8")
    assert drag_and_drop(window, drop_mime(text)) == (False, False)
    plain = QMimeData()
    plain.setText(str(EXAMPLE))
    assert drag_and_drop(window, plain) == (False, False)
    assert routine_paths(drop_mime(text, EXAMPLE, tmp_path / "x.JSON")) == [
        EXAMPLE,
        tmp_path / "x.JSON",
    ]


def test_name_clash_replace_keep_both_or_cancel(
    files: RoutineFiles,
    repository: RoutineRepository,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    files.import_files([EXAMPLE])
    changed = tmp_path / "changed.toml"
    changed.write_text(
        EXAMPLE.read_text(encoding="utf-8").replace("prep_seconds = 5", "prep_seconds = 8"),
        encoding="utf-8",
    )
    asked: list[tuple[str, bool]] = []
    answer = NameClash.CANCEL

    def ask(name: str, builtin: bool) -> NameClash:
        asked.append((name, builtin))
        return answer

    monkeypatch.setattr(files, "ask_name_clash", ask)
    assert files.import_files([changed]) == []
    answer = NameClash.REPLACE
    assert files.import_files([changed]) == ["Quick wall push"]
    entry = repository.find("Quick wall push")
    assert entry is not None and entry.routine.prep_seconds == 8
    answer = NameClash.KEEP_BOTH
    assert files.import_files([EXAMPLE]) == ["Quick wall push (imported)"]
    assert asked == [("Quick wall push", False)] * 3

    builtin = tmp_path / "wall.json"
    builtin.write_text('{"name": "Wall push", "exercises": [{"name": "Wall push"}]}')
    answer = NameClash.REPLACE  # a built-in is never replaced: the import gets its own name
    assert files.import_files([builtin]) == ["Wall push (imported)"]
    assert asked[-1] == ("Wall push", True)
    assert repository.find("Wall push") is not None
    assert repository.find("Wall push").routine == library.ROUTINES[0]  # type: ignore[union-attr]


def test_export_with_dialog_writes_a_file_that_imports_again(
    qtbot: QtBot, files: RoutineFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    routine = library.ROUTINES[1]
    suggested: list[Path] = []

    def ask(path: Path) -> Path:
        suggested.append(path)
        return tmp_path / "strength"  # no suffix: TOML is used

    files.last_directory = tmp_path
    monkeypatch.setattr(files, "ask_save_path", ask)
    with qtbot.waitSignal(files.exported) as blocker:
        written = files.export_with_dialog(routine)
    assert suggested == [tmp_path / "glute-medius-strength.toml"]
    assert written == tmp_path / "strength.toml"
    assert blocker.args == [str(written)]
    assert read_routine_file(written) == routine

    monkeypatch.setattr(files, "ask_save_path", lambda path: tmp_path / "strength.json")
    json_file = files.export_with_dialog(routine)
    assert json_file is not None and json_file.read_text(encoding="utf-8").startswith("{")
    assert read_routine_file(json_file) == routine

    monkeypatch.setattr(files, "ask_save_path", lambda path: None)
    assert files.export_with_dialog(routine) is None


def test_export_to_a_missing_folder_shows_the_error(
    qtbot: QtBot, files: RoutineFiles, tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "x.toml"
    with qtbot.waitSignal(files.failed) as blocker:
        assert not files.export_to(library.ROUTINES[0], target)
    assert str(blocker.args[0]).startswith(f"{target}: cannot be written: No such file")
    assert not target.exists()
    assert files.error_box is not None
    files.error_box.accept()


def test_names() -> None:
    assert suggested_file_name(library.ROUTINES[0]) == "wall-push.toml"
    routine = replace(library.ROUTINES[0], name="Été / 2")
    assert suggested_file_name(routine, ".json") == "été-2.json"
    assert suggested_file_name(replace(routine, name="///")) == "routine.toml"


def _code_blocks(language: str) -> list[str]:
    text = FORMAT_DOC.read_text(encoding="utf-8")
    return re.findall(rf"```{language}\n(.*?)```", text, flags=re.DOTALL)


def test_the_format_reference_examples_parse() -> None:
    example = read_routine_file(EXAMPLE)
    toml_blocks = _code_blocks("toml")
    json_blocks = _code_blocks("json")
    assert toml_blocks[0] == EXAMPLE.read_text(encoding="utf-8")
    assert parse_routine(json_blocks[0], "json") == example
    assert parse_routine(toml_blocks[1], "toml").exercises[0].name == "Wall push"
    assert "3 min 35 s" in FORMAT_DOC.read_text(encoding="utf-8")
    assert compile_plan(example).total_seconds == 3 * 60 + 35
