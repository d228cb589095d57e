"""The voice in the person's language: prompt texts from the catalogue, per-language files with
English per prompt where one is missing, make_voice's languages, text-to-speech's locale."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from tools import make_voice

from glute_timer.audio.announcement import GAP_BETWEEN_WORDS, AnnouncementPolicy, speech_budget
from glute_timer.audio.bank import SoundBank
from glute_timer.audio.catalog import voice_file, voice_prompts
from glute_timer.audio.sound import load_wav
from glute_timer.audio.speech import _speak_language
from glute_timer.domain import i18n
from glute_timer.domain.cues import Cue
from glute_timer.domain.model import Side
from glute_timer.domain.plan import Step, StepKind
from glute_timer.resources import sound_path

GERMAN = {
    ("VoicePrompt", "Switch sides"): "Seite wechseln",
    ("VoicePrompt", "Right side"): "Rechte Seite",
    ("VoicePrompt", "Left side"): "Linke Seite",
    ("VoicePrompt", "Get ready"): "Mach dich bereit",
    ("VoicePrompt", "Set {number} of {count}"): "Satz {number} von {count}",
    ("Library", "Wall push"): "Wanddrücken",
    (
        "VoiceCues",
        "Left leg standing, right knee to the wall",
    ): "Links stehen, rechtes Knie an die Wand",
}


def _ts(language: str, entries: dict[tuple[str, str], str]) -> str:
    contexts: dict[str, list[str]] = {}
    for (context, source), text in entries.items():
        contexts.setdefault(context, []).append(
            f"<message><source>{source}</source><translation>{text}</translation></message>"
        )
    body = "".join(
        f"<context><name>{name}</name>{''.join(messages)}</context>"
        for name, messages in contexts.items()
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        f'<TS version="2.1" language="{language}">{body}</TS>'
    )


@pytest.fixture(scope="module")
def german_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small compiled German catalogue, made with the lrelease that ships with PySide6."""
    folder = tmp_path_factory.mktemp("catalogue")
    source = folder / "glute_timer_de.ts"
    source.write_text(_ts("de", GERMAN), encoding="utf-8")
    target = folder / "glute_timer_de.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)
    return target


@pytest.fixture
def in_german() -> Iterator[None]:
    """Texts in German from a plain table (no catalogue) for the test's length."""

    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return GERMAN.get((context, text), "")

    i18n.install(lookup, "de")
    yield
    i18n.install(None, i18n.ENGLISH)


# --------------------------------------------------------------- prompt texts


def test_prompt_texts_come_from_the_loaded_catalogue(german_catalogue: Path) -> None:
    english = voice_prompts()
    with make_voice.speaking("de", german_catalogue):
        german = voice_prompts()
        assert i18n.current_language() == "de"
    assert set(german) == set(english)
    assert german["switch_sides"] == "Seite wechseln"
    assert german["exercise_wall_push"] == "Wanddrücken"
    assert german["cue_wall_push_left"] == "Links stehen, rechtes Knie an die Wand"
    # Numbers are digits, which espeak-ng says in the voice's own language.
    assert german["set_2_of_3"] == "Satz 2 von 3"
    assert german["count_21"] == "21"
    # Untranslated prompts stay English rather than go silent.
    assert german["halfway"] == "Halfway"
    # Back in English afterwards, words and all.
    assert i18n.current_language() == i18n.ENGLISH
    assert voice_prompts() == english
    assert english["set_2_of_3"] == "Set two of three" and english["count_21"] == "Twenty-one"


def test_a_missing_catalogue_is_one_clear_error(tmp_path: Path) -> None:
    with (
        pytest.raises(make_voice.CatalogueError, match=r"glute_timer_es\.qm"),
        make_voice.speaking("es", tmp_path / "glute_timer_es.qm"),
    ):
        pass
    assert i18n.current_language() == i18n.ENGLISH


def test_text_to_speech_says_the_sentence_in_the_language(in_german: None) -> None:
    bank = SoundBank.empty()  # no recording of the name: it goes to text-to-speech
    step = Step(0, StepKind.PREPARE, "Clamshell", "", Side.RIGHT, 1, 2, 10.0)
    out = AnnouncementPolicy(bank).compose([(Cue.GET_READY, step)], can_speak=True)
    assert out.speech == "Mach dich bereit. Clamshell. Rechte Seite. Satz 1 von 2."


# ------------------------------------------------------- per-language files


def _copy(asset: str, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(sound_path(asset), target)


def test_a_language_folder_with_some_prompts_falls_back_to_english_per_prompt(
    tmp_path: Path,
) -> None:
    _copy(voice_file("rest"), tmp_path / voice_file("rest"))
    _copy(voice_file("halfway"), tmp_path / voice_file("halfway"))
    # The German folder has only "rest" (any other recording stands in for it here).
    _copy(voice_file("get_ready"), tmp_path / voice_file("rest", "de"))
    ids = ["rest", "halfway"]
    german = SoundBank.load(locate=lambda name: tmp_path / name, prompt_ids=ids, language="de")
    # The beeps are not in this folder; every voice prompt is, in German or in English.
    assert [problem for problem in german.problems if problem.startswith("voice/")] == []
    rest, halfway = german.voice("rest"), german.voice("halfway")
    assert rest is not None and halfway is not None
    assert rest.pcm == load_wav(tmp_path / voice_file("rest", "de"), "x").pcm
    assert halfway.pcm == load_wav(tmp_path / voice_file("halfway"), "x").pcm
    english = SoundBank.load(locate=lambda name: tmp_path / name, prompt_ids=ids, language="en")
    english_rest = english.voice("rest")
    assert english_rest is not None and english_rest.pcm != rest.pcm


def test_the_bank_uses_the_current_language_by_default(tmp_path: Path, in_german: None) -> None:
    _copy(voice_file("rest"), tmp_path / voice_file("rest"))
    _copy(voice_file("get_ready"), tmp_path / voice_file("rest", "de"))
    bank = SoundBank.load(locate=lambda name: tmp_path / name, prompt_ids=["rest"])
    rest = bank.voice("rest")
    assert rest is not None and rest.path == tmp_path / voice_file("rest", "de")


def test_voice_files_of_other_languages_live_in_their_folder() -> None:
    assert voice_file("rest") == "voice/rest.wav"
    assert voice_file("rest", "es") == "voice/es/rest.wav"


# ------------------------------------------------------------ make_voice


@pytest.fixture
def rendered(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Path, str]]:
    """make_voice with espeak-ng and sox stubbed out: each render is recorded instead."""
    calls: list[tuple[str, Path, str]] = []

    def fake_render(text: str, target: Path, work: Path, voice: make_voice.Voice) -> None:
        calls.append((text, target, voice.name))

    monkeypatch.setattr(make_voice, "render", fake_render)
    monkeypatch.setattr(shutil, "which", lambda tool: f"/usr/bin/{tool}")
    return calls


def test_make_voice_renders_one_language_from_the_catalogue_given(
    rendered: list[tuple[str, Path, str]], german_catalogue: Path, tmp_path: Path
) -> None:
    argv = ["--language", "de", "--catalogue", str(german_catalogue), "--out", str(tmp_path)]
    assert make_voice.main([*argv, "--only", "switch_sides", "count_3"]) == 0
    assert rendered == [
        ("Seite wechseln", tmp_path / "voice" / "de" / "switch_sides.wav", "de+f3"),
        ("3", tmp_path / "voice" / "de" / "count_3.wav", "de+f3"),
    ]


def test_make_voice_all_renders_english_then_every_language(
    rendered: list[tuple[str, Path, str]],
    german_catalogue: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "catalogues"
    folder.mkdir()
    shutil.copyfile(german_catalogue, folder / "glute_timer_de.qm")
    shutil.copyfile(german_catalogue, folder / "glute_timer_es.qm")  # stands in for Spanish
    monkeypatch.setattr(make_voice, "DEFAULT_CATALOGUES", folder)
    out = tmp_path / "sounds"
    assert make_voice.main(["--language", "all", "--out", str(out), "--only", "rest"]) == 0
    assert [(target, voice) for _, target, voice in rendered] == [
        (out / "voice" / "rest.wav", "en-gb+f3"),
        (out / "voice" / "de" / "rest.wav", "de+f3"),
        (out / "voice" / "es" / "rest.wav", "es+f3"),
    ]


def test_make_voice_checks_every_catalogue_before_rendering_anything(
    rendered: list[tuple[str, Path, str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(make_voice, "DEFAULT_CATALOGUES", tmp_path)
    assert make_voice.main(["--language", "all", "--out", str(tmp_path)]) == 1
    assert rendered == []
    error = capsys.readouterr().err
    assert "glute_timer_de.qm" in error and "glute_timer_es.qm" in error
    assert "make translations" in error


@pytest.mark.parametrize(
    "argv",
    [
        ["--language", "fr"],
        ["--language", "all", "--catalogue", "x.qm"],
        ["--language", "en", "--catalogue", "x.qm"],
    ],
)
def test_make_voice_refuses_bad_arguments(
    argv: list[str], rendered: list[tuple[str, Path, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        make_voice.main(argv)
    assert exit_info.value.code == 2 and rendered == []
    assert "--" in capsys.readouterr().err


def test_make_voice_names_unknown_prompt_ids(
    rendered: list[tuple[str, Path, str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert make_voice.main(["--out", str(tmp_path), "--only", "rest", "nope"]) == 1
    assert rendered == [] and "nope" in capsys.readouterr().err


SIDE_SWITCH = {
    "de": ("Seite wechseln", "Linke Seite", "Rechte Seite"),
    "es": ("Cambia de lado", "Lado izquierdo", "Lado derecho"),
}


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
@pytest.mark.skipif(shutil.which("sox") is None, reason="sox is not installed")
@pytest.mark.parametrize("language", sorted(SIDE_SWITCH))
def test_a_side_switch_is_said_before_a_five_second_switch_counts_down(
    language: str, tmp_path: Path
) -> None:
    switch, left, right = SIDE_SWITCH[language]
    entries = {
        ("VoicePrompt", "Switch sides"): switch,
        ("VoicePrompt", "Left side"): left,
        ("VoicePrompt", "Right side"): right,
    }
    source = tmp_path / f"glute_timer_{language}.ts"
    source.write_text(_ts(language, entries), encoding="utf-8")
    catalogue = tmp_path / f"glute_timer_{language}.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(catalogue)], check=True)
    argv = ["--language", language, "--catalogue", str(catalogue), "--out", str(tmp_path)]
    assert make_voice.main([*argv, "--only", "switch_sides", "left_side", "right_side"]) == 0

    def seconds(prompt: str) -> float:
        sound = load_wav(tmp_path / voice_file(prompt, language), prompt)
        return len(sound.pcm) / (sound.sample_rate * sound.sample_width)

    said = (
        seconds("switch_sides") + GAP_BETWEEN_WORDS + max(map(seconds, ["left_side", "right_side"]))
    )
    budget = speech_budget(Step(0, StepKind.SWITCH, "Wall push", "wall-push", Side.RIGHT, 1, 2, 5))
    assert budget is not None and said < budget


# ------------------------------------------------------------ text-to-speech


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [("fi_FI", "fi_FI"), ("nb", "nb_NO"), ("en_US", "en_US")],
)
def test_text_to_speech_takes_the_language_when_the_engine_has_it(
    qapp: object, wanted: str, expected: str
) -> None:
    from PySide6.QtTextToSpeech import QTextToSpeech

    tts = QTextToSpeech("mock")
    try:
        _speak_language(tts, QLocale(wanted))
        assert tts.locale().name() == expected
    finally:
        tts.deleteLater()


def test_text_to_speech_keeps_its_voice_for_a_language_it_lacks(qapp: object) -> None:
    from PySide6.QtTextToSpeech import QTextToSpeech

    tts = QTextToSpeech("mock")
    try:
        before = tts.locale()
        _speak_language(tts, QLocale("de_DE"))
        assert tts.locale() == before
    finally:
        tts.deleteLater()
