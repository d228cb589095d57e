"""The translation sources are complete, current and in step with the code."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.i18n import ts_checks

SHIPPED = ("de", "es")


@pytest.fixture(scope="module")
def extracted() -> dict[ts_checks.Key, bool]:
    return ts_checks.extracted_messages()


def test_german_and_spanish_are_shipped() -> None:
    codes = {ts_checks.language_of(p) for p in ts_checks.catalogue_files()}
    assert set(SHIPPED) <= codes


@pytest.mark.parametrize("code", SHIPPED)
def test_no_unfinished_obsolete_or_broken_entry(code: str) -> None:
    path = ts_checks.TS_DIR / f"{ts_checks.PREFIX}{code}.ts"
    assert ts_checks.translation_problems(path) == []


@pytest.mark.parametrize("code", SHIPPED)
def test_catalogue_holds_exactly_what_the_code_marks(
    code: str, extracted: dict[ts_checks.Key, bool]
) -> None:
    path = ts_checks.TS_DIR / f"{ts_checks.PREFIX}{code}.ts"
    assert ts_checks.staleness_problems(path, extracted) == []


def test_lupdate_sees_every_marked_call(extracted: dict[ts_checks.Key, bool]) -> None:
    assert len(extracted) > 500
    assert ts_checks.unextracted_calls(extracted) == []


# The checks themselves catch what they are for.

_PLANTED = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Planted</name>
    <message>
        <source>Left to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Weg</translation>
    </message>
    <message>
        <source>Hello {name}</source>
        <translation>Hallo {nme}</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Starten</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>ein Tag</numerusform>
            <numerusform>viele Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Gut</translation>
    </message>
</context>
</TS>
"""


def test_the_completeness_check_catches_each_fault(tmp_path: Path) -> None:
    path = tmp_path / "glute_timer_de.ts"
    path.write_text(_PLANTED, encoding="utf-8")
    problems = ts_checks.translation_problems(path)
    assert len(problems) == 5
    assert any("'Left to do': unfinished" in p for p in problems)
    assert any("'Gone': vanished" in p for p in problems)
    assert any("placeholders ['name']" in p for p in problems)
    assert any("& shortcut" in p for p in problems)
    assert any("no %n" in p for p in problems)
    assert not any("'Fine'" in p for p in problems)


def test_the_staleness_check_catches_new_and_removed_texts(tmp_path: Path) -> None:
    path = tmp_path / "glute_timer_de.ts"
    path.write_text(_PLANTED, encoding="utf-8")
    extracted = {m.key: m.plural for m in ts_checks.read_ts(path)}
    del extracted[("Planted", "Fine", "")]
    extracted[("Planted", "New text", "")] = False
    extracted[("Planted", "Left to do", "")] = True
    problems = ts_checks.staleness_problems(path, extracted)
    assert [p.split(": ", 2)[2] for p in problems] == [
        "'New text' is in the code but not in the catalogue (make ts)",
        "'Fine' is no longer in the code (make ts)",
        "'Left to do': plural in the code is True, not in the catalogue",
    ]


def test_the_call_scan_finds_what_lupdate_would_miss() -> None:
    source = (
        "translate('Ctx', 'Plain')\n"
        "translate('Ctx', '%n day(s)', None, PLURAL, count)\n"
        "translate('Ctx', 'Word', 'verb')\n"
        "QT_TRANSLATE_NOOP('Lib', 'Name')\n"
        "translate('Ctx', name)\n"
    )
    calls = ts_checks.marked_calls(source)
    assert [(c.key, c.plural) for c in calls] == [
        (("Ctx", "Plain", ""), False),
        (("Ctx", "%n day(s)", ""), True),
        (("Ctx", "Word", "verb"), False),
        (("Lib", "Name", ""), False),
    ]
