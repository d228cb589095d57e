"""Loads the chosen language: the app's ``.qm`` catalogue, Qt's own, and the locale for numbers.

``setup_language`` runs once at start-up, in the CLI and the app alike, before any text is
made. Dates, times and numbers follow ``QLocale()`` (made the default here), so every screen
formats them the way the chosen language does. English needs no catalogue: choosing it loads
no Qt, so a quick CLI command stays quick.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from glute_timer.domain import i18n
from glute_timer.domain.language_choice import SYSTEM, choose_language, system_languages
from glute_timer.resources import assets_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale, QTranslator

log = logging.getLogger(__name__)

CATALOGUE_PREFIX = "glute_timer_"
# Qt's own strings (standard buttons, file dialogs) come from Qt's catalogue of this name.
QT_CATALOGUE = "qtbase_"
# The language each catalogue's translations were written in, shown in the settings.
NATIVE_NAMES: Mapping[str, str] = {"en": "English", "de": "Deutsch", "es": "Español"}


def translations_dir() -> Path:
    """The folder of compiled catalogues (``glute_timer_<lang>.qm``)."""
    return assets_dir() / "translations"


def language_setting(directory: Path) -> str:
    """The Language preference stored in ``directory``'s settings file, or "system".

    Read with configparser, not QSettings, so that choosing English loads no Qt and a quick
    command (``glute-timer today``) stays quick. QSettings writes a plain ``key=value`` for a
    short string such as a language code; anything unreadable counts as "system"."""
    from configparser import ConfigParser, Error

    from glute_timer.paths import SETTINGS_FILE

    parser = ConfigParser(interpolation=None)
    try:
        parser.read(directory / SETTINGS_FILE, encoding="utf-8")
        value = parser.get("preferences", "language", fallback=SYSTEM)
    except (Error, OSError, UnicodeError):
        return SYSTEM
    return value.strip().strip('"') or SYSTEM


def available_languages() -> list[str]:
    """English and every language whose compiled catalogue is installed, sorted."""
    folder = translations_dir()
    found = {p.stem.removeprefix(CATALOGUE_PREFIX) for p in folder.glob(f"{CATALOGUE_PREFIX}*.qm")}
    return sorted(found | {i18n.ENGLISH})


def native_name(code: str) -> str:
    """The language's name in itself (``"Deutsch"``), or its code when unknown."""
    name = NATIVE_NAMES.get(code)
    if name:
        return name
    from PySide6.QtCore import QLocale

    native = QLocale(code).nativeLanguageName()
    return native[:1].upper() + native[1:] if native else code


@dataclass
class LoadedLanguage:
    """The language in use and its loaded catalogues (kept alive here)."""

    code: str
    environ: Mapping[str, str] = field(default_factory=dict)
    translators: list[QTranslator] = field(default_factory=list)

    def install_into_application(self) -> None:
        """Give Qt's own widgets the catalogues too, and the locale (needs the QApplication)."""
        if "PySide6.QtCore" not in sys.modules:  # no Qt yet, so no application either
            return
        from PySide6.QtCore import QCoreApplication, QLocale

        if QCoreApplication.instance() is None:
            return
        QLocale.setDefault(_locale_for(self.code, self.environ))
        for translator in self.translators:
            QCoreApplication.installTranslator(translator)

    def remove_from_application(self) -> None:
        """Take the catalogues back out of Qt (before loading another language)."""
        if not self.translators:
            return
        from PySide6.QtCore import QCoreApplication

        if QCoreApplication.instance() is None:
            return
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)


_loaded: LoadedLanguage | None = None


def _load(path: Path) -> QTranslator | None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if path.is_file() and translator.load(str(path)):
        return translator
    return None


def setup_language(setting: str, environ: Mapping[str, str] | None = None) -> LoadedLanguage:
    """Choose the language (``setting``, else the locale variables) and load it."""
    global _loaded
    if _loaded is not None:
        _loaded.remove_from_application()
    env = os.environ if environ is None else environ
    code = choose_language(env, setting, available_languages())
    loaded = LoadedLanguage(code, dict(env))
    if code == i18n.ENGLISH:
        i18n.install(None, i18n.ENGLISH)
        if "PySide6.QtCore" in sys.modules:  # numbers and dates back in the system's way
            from PySide6.QtCore import QLocale

            QLocale.setDefault(_locale_for(code, env))
    else:
        from PySide6.QtCore import QLibraryInfo, QLocale

        QLocale.setDefault(_locale_for(code, env))
        ours = _load(translations_dir() / f"{CATALOGUE_PREFIX}{code}.qm")
        if ours is None:
            log.warning("No translation catalogue for %r; the app stays in English", code)
            i18n.install(None, i18n.ENGLISH)
            code = loaded.code = i18n.ENGLISH
        else:
            loaded.translators.append(ours)
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            qt_own = _load(Path(qt_folder) / f"{QT_CATALOGUE}{code}.qm")
            if qt_own is not None:
                loaded.translators.append(qt_own)

            def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
                return ours.translate(context, text, disambiguation, n) or ""

            i18n.install(lookup, code, QLocale().toString)
    _loaded = loaded
    loaded.install_into_application()
    return loaded


def loaded_language() -> LoadedLanguage | None:
    """What :func:`setup_language` loaded last, if it ran."""
    return _loaded


def _locale_for(code: str, environ: Mapping[str, str]) -> QLocale:
    """The system locale when it speaks ``code`` (keeps its country: de_AT), else ``code``'s."""
    from PySide6.QtCore import QLocale

    system = QLocale.system()
    if QLocale(code).language() == system.language():
        # By name, not the system object itself: that one asks the C library for day and
        # month names, which are English under LANG=C even when LANGUAGE asks for German.
        return QLocale(system.name())
    for variable in ("LC_ALL", "LC_TIME", "LANG"):
        name = environ.get(variable, "")
        if name and system_languages({"LANG": name})[:1] == [code]:
            return QLocale(name.split(".", 1)[0])
    return QLocale(code)
