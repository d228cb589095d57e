"""Domain texts in the person's language, while stored data and ``--json`` stay English."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from datetime import UTC, datetime, time
from pathlib import Path

import pytest

from glute_timer.domain import i18n, labels, library
from glute_timer.domain.how_to import HOW_TO, VOICE_CUES, how_to_for, voice_cue_for
from glute_timer.domain.i18n import install, untranslated
from glute_timer.domain.model import Mode, Side, Sides, Stage
from glute_timer.domain.names import copy_name, imported_name
from glute_timer.domain.outcome import StepOutcome
from glute_timer.domain.plan import StepKind, compile_plan
from glute_timer.domain.progression import RecentSession, habit_offer, session_suggestion
from glute_timer.domain.routine_file import RoutineFileError, dump_routine, parse_routine
from glute_timer.domain.schedule import DayStatus, Frequency, PlanEntry, RestKind
from glute_timer.domain.validation import check_name

GERMAN: Mapping[tuple[str, str], str] = {
    ("Library", "Wall push"): "Wanddrücken",
    ("Library", "Lunge"): "Ausfallschritt",
    ("HowTo", HOW_TO["wall-push"][Side.LEFT]): "Links stehen, rechtes Knie an die Wand.",
    ("VoiceCues", VOICE_CUES["wall-push"][Side.LEFT]): "Links stehen, Knie an die Wand",
    ("Labels", "activation"): "Aktivierung",
    ("Labels", "left"): "links",
    ("RoutineProblems", "must be at least 1, got {value}"): "muss mindestens 1 sein, nicht {value}",
    ("FileErrors", "{file}: {field}: {problem}"): "{file} – {field}: {problem}",
    ("RoutineNames", "{name} (custom)"): "{name} (eigenes)",
    ("Progression", "Make {routine} a morning habit"): "{routine} jeden Morgen",
    ("Schedule", "{count} per week at {time}"): "{count}-mal pro Woche um {time}",
}


def german(context: str, text: str, disambiguation: str | None, count: int) -> str:
    return GERMAN.get((context, text), "")


@pytest.fixture
def in_german() -> Iterator[None]:
    install(german, "de")
    yield
    install(None, i18n.ENGLISH)


@pytest.mark.usefixtures("in_german")
def test_a_built_in_routine_is_found_by_its_translated_and_its_english_name() -> None:
    by_german = library.builtin_routine("wanddrücken")
    assert by_german is not None and by_german.name == "Wall push"
    assert library.builtin_routine("Wall push") is by_german
    assert library.builtin_routine("Wandschieben") is None
    assert library.library_exercise("Ausfallschritt") is library.LUNGE
    assert library.library_exercise("lunge") is library.LUNGE


@pytest.mark.usefixtures("in_german")
def test_built_in_texts_are_shown_translated_but_stored_in_english() -> None:
    routine = library.builtin_routine("Wall push")
    assert routine is not None
    assert library.shown(routine.name) == "Wanddrücken"
    assert library.shown("My own routine") == "My own routine"
    assert '"Wall push"' in dump_routine(routine, "toml")


def test_translated_name_is_not_found_in_english() -> None:
    assert library.builtin_routine("Wanddrücken") is None


@pytest.mark.usefixtures("in_german")
def test_how_to_lines_come_in_the_persons_language_and_english_inside_untranslated() -> None:
    wall = library.WALL_PUSH
    assert how_to_for(wall, Side.LEFT) == "Links stehen, rechtes Knie an die Wand."
    assert voice_cue_for(wall, Side.LEFT) == "Links stehen, Knie an die Wand"
    # No German line yet for the right side: the English one.
    assert how_to_for(wall, Side.RIGHT) == HOW_TO["wall-push"][Side.RIGHT]
    with untranslated():
        assert how_to_for(wall, Side.LEFT) == HOW_TO["wall-push"][Side.LEFT]
        plan = compile_plan(library.ROUTINES[0])
        assert {s.how for s in plan.steps if s.side is Side.LEFT} == {
            HOW_TO["wall-push"][Side.LEFT]
        }
    own = replace(wall, how_left="Press gently today.")
    assert how_to_for(own, Side.LEFT) == "Press gently today."
    assert voice_cue_for(own, Side.LEFT) is None


@pytest.mark.usefixtures("in_german")
def test_a_routine_file_problem_is_translated_with_english_field_names() -> None:
    text = '[[exercises]]\nname = "Clam"\nsets = 0\n'
    with pytest.raises(RoutineFileError) as caught:
        parse_routine('name = "Mine"\n' + text, "toml", Path("mine.toml"))
    assert str(caught.value) == "mine.toml – exercises[0].sets: muss mindestens 1 sein, nicht 0"


def test_a_routine_file_problem_in_english_is_one_line() -> None:
    with pytest.raises(RoutineFileError) as caught:
        parse_routine('name = "Mine"\n[[exercises]]\nname = "Clam"\nsets = 0\n', "toml", "m.toml")
    assert str(caught.value) == "m.toml: exercises[0].sets: must be at least 1, got 0"


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("", "name must not be empty"),
        ("\u200b", "name must not be empty (it holds only invisible characters)"),
        ("x" * 81, "name must be at most 80 characters, got 81"),
        ("a\x1bb", "name must not contain a control character (found \\x1b at character 2)"),
        (
            "a\u202eb",
            "name must not contain a text-direction control (found \\u{202e} at character 2)",
        ),
    ],
)
def test_name_problems_keep_their_english_wording(name: str, problem: str) -> None:
    assert check_name(name) == problem


@pytest.mark.usefixtures("in_german")
def test_copy_of_a_built_in_is_named_in_the_persons_language() -> None:
    assert copy_name("Wall push", True, ["Wall push"]) == "Wanddrücken (eigenes)"
    assert copy_name("Wall push", True, ["Wanddrücken (eigenes)"]) == "Wanddrücken (eigenes) 2"
    # No German text for "(copy)" or "(imported)" in this lookup: English suffixes.
    assert copy_name("Mine", False, []) == "Mine (copy)"
    assert imported_name("Mine", ["Mine", "Mine (imported)"]) == "Mine (imported 2)"


def test_copy_names_fit_the_name_limit() -> None:
    long = "x" * 80
    assert len(copy_name(long, False, [])) == 80
    assert copy_name(long, False, []).endswith(" (copy)")
    assert len(imported_name(long, [long[:69] + " (imported)"])) == 80


@pytest.mark.usefixtures("in_german")
def test_suggestions_and_plan_texts_are_translated() -> None:
    offer = habit_offer(plan_is_empty=True, answered=False)
    assert offer is not None
    assert offer.title == "Wanddrücken jeden Morgen"
    assert offer.routine == "Wall push"
    entry = PlanEntry("Wall push", Frequency.PER_WEEK, per_week=3, remind_at=time(7, 5))
    assert entry.describe() == "3-mal pro Woche um 07:05"
    with untranslated():
        assert entry.describe() == "3 per week at 07:05"


def test_a_step_up_names_the_weaker_side_in_one_sentence() -> None:
    routine = library.ROUTINES[0]
    start = datetime(2026, 3, 2, 8, tzinfo=UTC)
    level = "30/30s*2"
    recent = [RecentSession(n, start, True, 3, 1, 50.0, 60.0, level) for n in range(1, 4)]
    suggestion = session_suggestion(routine, recent)
    assert suggestion is not None
    assert suggestion.title == (
        "Step up: Wall push with +5 s holds on the left side (the weaker one)"
    )


@pytest.mark.parametrize(
    ("table", "members"),
    [
        (labels.STAGE_LABELS, Stage),
        (labels.SIDE_LABELS, Side),
        (labels.SIDES_LABELS, Sides),
        (labels.MODE_LABELS, Mode),
        (labels.STEP_KIND_LABELS, StepKind),
        (labels.OUTCOME_LABELS, StepOutcome),
        (labels.FREQUENCY_LABELS, Frequency),
        (labels.REST_KIND_LABELS, RestKind),
        (labels.DAY_STATUS_LABELS, DayStatus),
    ],
)
def test_every_enum_value_has_a_label(table: Mapping[object, str], members: type) -> None:
    assert set(table) == set(members)  # type: ignore[call-overload]
    assert all(table.values())


@pytest.mark.usefixtures("in_german")
def test_labels_are_translated_and_values_stay() -> None:
    assert labels.stage_label(Stage.ACTIVATION) == "Aktivierung"
    assert labels.side_label(Side.LEFT) == "links"
    assert labels.side_label(Side.RIGHT) == "right"  # no German text in this lookup
    assert Stage.ACTIVATION.value == "activation"
    assert labels.session_status_label("in_progress") == "in progress"
    assert labels.session_status_label("unheard-of") == "unheard-of"
