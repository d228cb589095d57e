"""The command line in another language: people read it translated, --json stays as it is."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from glute_timer import cli
from glute_timer.domain import i18n

GERMAN = {
    ("Library", "Wall push"): "Wanddrücken",
    ("CliRoutines", "{routine}  ({total} in all)"): "{routine}  ({total} insgesamt)",
    ("CliRoutines", "hold"): "halten",
    ("CliRoutines", "left"): "links",
    ("CliRoutines", "built-in"): "eingebaut",
    ("Cli", "print JSON"): "JSON ausgeben",
    ("Cli", "usage: "): "Aufruf: ",
    ("Cli", "options"): "Optionen",
    ("Cli", "no routine named {name}; 'glute-timer routines' lists them"): (
        "kein Programm namens {name}; 'glute-timer routines' listet sie"
    ),
    ("CliPlan", "dddd dd MMMM yyyy"): "dddd, d. MMMM yyyy",
    ("CliPlan", "Today, {date}"): "Heute, {date}",
    ("CliPlan", "Streak: %n day(s)"): "Serie: %n Tage",
}


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = cli.main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def german(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The CLI starts in German (a plain table stands in for the catalogue)."""

    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return GERMAN.get((context, text), "")

    def setup(argv: object) -> None:
        QLocale.setDefault(QLocale("de_DE"))
        i18n.install(lookup, "de", QLocale().toString)

    before = QLocale()
    monkeypatch.setattr(cli, "_setup_language", setup)
    yield
    i18n.install(None, i18n.ENGLISH)
    QLocale.setDefault(before)


def _english(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    status, out, _ = _run(capsys, *args)
    assert status == 0
    return out


@pytest.mark.parametrize(
    "args",
    [
        ("show", "Wall push", "--json"),
        ("routines", "--json"),
        ("plan", "--json"),
        ("today", "--json"),
        ("suggest", "--json"),
        ("history", "--json"),
        ("history", "--csv"),
    ],
)
def test_json_and_csv_are_the_same_in_every_language(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...],
) -> None:
    monkeypatch.setenv("GLUTE_TIMER_NOW", "2026-03-27T08:00:00+01:00")
    english = _english(capsys, *args)
    lookups: list[str] = []

    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        lookups.append(text)
        return "ÜBERSETZT"

    monkeypatch.setattr(cli, "_setup_language", lambda argv: i18n.install(lookup, "de"))
    try:
        status, out, _ = _run(capsys, *args)
    finally:
        i18n.install(None, i18n.ENGLISH)
    assert status == 0 and out == english and "ÜBERSETZT" not in out


def test_show_prints_the_built_in_routine_translated(
    capsys: pytest.CaptureFixture[str], german: None
) -> None:
    status, out, _ = _run(capsys, "show", "Wall push")
    lines = out.splitlines()
    assert status == 0
    assert lines[0] == "Wanddrücken  (2:25 insgesamt)"
    assert any(line.split()[1:4] == ["halten", "Wanddrücken", "links"] for line in lines[3:])


def test_a_built_in_routine_is_found_by_its_translated_name(
    capsys: pytest.CaptureFixture[str], german: None
) -> None:
    by_english = _run(capsys, "show", "Wall push")
    by_german = _run(capsys, "show", "wanddrücken")
    assert by_german == by_english and by_german[0] == 0
    status, out, _ = _run(capsys, "show", "Wanddrücken", "--json")
    assert status == 0 and '"exercise": "Wall push"' in out


def test_errors_and_help_are_translated(capsys: pytest.CaptureFixture[str], german: None) -> None:
    status, _, err = _run(capsys, "show", "Nope")
    assert status == cli.EXIT_USAGE
    assert err == "glute-timer: kein Programm namens 'Nope'; 'glute-timer routines' listet sie\n"
    with pytest.raises(SystemExit):
        cli.main(["routines", "--help"])
    help_text = capsys.readouterr().out
    assert help_text.startswith("Aufruf: glute-timer routines")
    assert "\nOptionen:\n" in help_text and "JSON ausgeben" in help_text


def test_routines_lists_built_ins_in_the_language(
    capsys: pytest.CaptureFixture[str], german: None
) -> None:
    status, out, _ = _run(capsys, "routines")
    assert status == 0
    row = next(line for line in out.splitlines() if line.startswith("Wanddrücken"))
    assert row.split()[-1] == "eingebaut"


def test_today_writes_the_date_the_language_s_way(
    capsys: pytest.CaptureFixture[str], german: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    monkeypatch.setenv("GLUTE_TIMER_NOW", "2026-03-27T08:00:00+01:00")
    try:
        status, out, _ = _run(capsys, "today")
    finally:
        monkeypatch.undo()
        time.tzset()
    assert status == 0
    assert out.splitlines()[0] == "Heute, Freitag, 27. März 2026"
    assert "Serie: 0 Tage" in out
