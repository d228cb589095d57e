"""Which language the app speaks: the person's setting, else the system's locale variables."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from glute_timer.domain.i18n import ENGLISH

SYSTEM: str = "system"
# The order the C library reads them in for messages; LANGUAGE may list several, best first.
LOCALE_VARIABLES: tuple[str, ...] = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def language_code(locale_name: str) -> str:
    """``"de_AT.UTF-8@euro"`` -> ``"de"``; ``"C"`` and ``"POSIX"`` -> ``""``."""
    name = locale_name.strip().split(".", 1)[0].split("@", 1)[0]
    code = name.replace("-", "_").split("_", 1)[0].lower()
    return "" if code in ("", "c", "posix") else code


def system_languages(environ: Mapping[str, str]) -> list[str]:
    """The languages the environment asks for, best first (may be empty)."""
    wanted: list[str] = []
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "")
        parts = value.split(":") if variable == "LANGUAGE" else [value]
        for part in parts:
            code = language_code(part)
            if code and code not in wanted:
                wanted.append(code)
        # Like gettext: the first variable that is set decides, except that LANGUAGE only
        # adds preferences in front of the locale.
        if variable != "LANGUAGE" and value:
            break
    return wanted


def choose_language(environ: Mapping[str, str], setting: str, available: Collection[str]) -> str:
    """The language to use: the setting when it names an available one, else the first
    available language the environment asks for, else English."""
    setting_code = language_code(setting) if setting and setting != SYSTEM else ""
    if setting_code == ENGLISH or setting_code in available:
        return setting_code
    for code in system_languages(environ):
        if code == ENGLISH or code in available:
            return code
    return ENGLISH
