"""Checks on the translation sources (``translations/*.ts``) that tests/i18n runs.

Each returns a list of problems, one line each, naming the file, the context and the text,
so a failing test says what to fix.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "src" / "glute_timer"
TS_DIR = ROOT / "translations"
PREFIX = "glute_timer_"
# Plural forms Qt uses for each language we ship (one, other).
PLURAL_FORMS = {"de": 2, "es": 2}
_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
# An accelerator: "&" before a letter, not "&&" (a literal ampersand).
_ACCELERATOR = re.compile(r"(?<!&)&(?=[^&\s])")
Key = tuple[str, str, str]


@dataclass(frozen=True)
class Message:
    """One entry of a .ts file."""

    context: str
    source: str
    disambiguation: str
    plural: bool
    state: str  # "" when finished, else lupdate's type: unfinished, obsolete, vanished
    forms: tuple[str, ...]

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.disambiguation)


def read_ts(path: Path) -> list[Message]:
    """Every message of ``path``."""
    found: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            plural = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
                state = "unfinished"
            else:
                state = translation.get("type", "")
                if plural:
                    forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    plural,
                    state,
                    forms,
                )
            )
    return found


def catalogue_files() -> list[Path]:
    """The .ts of every language, sorted."""
    return sorted(TS_DIR.glob(f"{PREFIX}*.ts"))


def language_of(path: Path) -> str:
    return path.stem.removeprefix(PREFIX)


def translation_problems(path: Path) -> list[str]:
    """Unfinished, obsolete or empty entries, wrong plural forms, lost placeholders."""
    code = language_of(path)
    problems: list[str] = []
    for message in read_ts(path):
        where = f"{path.name}: {message.context}: {message.source!r}"
        if message.state:
            problems.append(f"{where}: {message.state}")
            continue
        if not all(form.strip() for form in message.forms) or not message.forms:
            problems.append(f"{where}: empty translation")
            continue
        if message.plural:
            wanted = PLURAL_FORMS.get(code)
            if wanted is not None and len(message.forms) != wanted:
                problems.append(f"{where}: {len(message.forms)} plural forms, {code} has {wanted}")
            if "%n" not in message.forms[-1]:
                problems.append(f"{where}: the plural form for many has no %n")
        expected = set(_PLACEHOLDER.findall(message.source))
        for form in message.forms:
            if set(_PLACEHOLDER.findall(form)) != expected:
                problems.append(f"{where}: placeholders {sorted(expected)} not kept in {form!r}")
            if bool(_ACCELERATOR.search(message.source)) != bool(_ACCELERATOR.search(form)):
                problems.append(f"{where}: the & shortcut letter is lost or added in {form!r}")
    return problems


def extracted_messages() -> dict[Key, bool]:
    """What lupdate finds in the sources today: key -> plural."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    files = sorted(str(p) for p in SOURCES.rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "now.ts"
        subprocess.run(
            [str(lupdate), *files, "-ts", str(target), "-locations", "none", "-silent"],
            check=True,
            capture_output=True,
        )
        return {m.key: m.plural for m in read_ts(target)}


def staleness_problems(path: Path, extracted: dict[Key, bool]) -> list[str]:
    """Messages the sources have and ``path`` lacks, and the other way round."""
    have = {m.key: m.plural for m in read_ts(path)}
    problems = [
        f"{path.name}: {key[0]}: {key[1]!r} is in the code but not in the catalogue (make ts)"
        for key in sorted(set(extracted) - set(have))
    ]
    problems += [
        f"{path.name}: {key[0]}: {key[1]!r} is no longer in the code (make ts)"
        for key in sorted(set(have) - set(extracted))
    ]
    problems += [
        f"{path.name}: {key[0]}: {key[1]!r}: plural in the code is {plural}, not in the catalogue"
        for key, plural in sorted(extracted.items())
        if key in have and have[key] != plural
    ]
    return problems


@dataclass(frozen=True)
class MarkedCall:
    """A translate()/QT_TRANSLATE_NOOP() call with literal context and text."""

    file: str
    line: int
    key: Key
    plural: bool


def marked_calls(source: str, file: str = "<string>") -> list[MarkedCall]:
    """Every call of ``translate`` or ``QT_TRANSLATE_NOOP`` whose context and text are literal."""
    calls: list[MarkedCall] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else None
        if name not in ("translate", "QT_TRANSLATE_NOOP"):
            continue
        args = node.args
        first = [a.value for a in args[:2] if isinstance(a, ast.Constant)]
        if len(first) < 2 or not all(isinstance(v, str) for v in first):
            continue
        third = args[2] if len(args) >= 3 else None
        disambiguation = ""
        if isinstance(third, ast.Constant) and isinstance(third.value, str):
            disambiguation = third.value
        key = (str(first[0]), str(first[1]), disambiguation)
        calls.append(MarkedCall(file, node.lineno, key, len(args) >= 4))
    return calls


def unextracted_calls(extracted: dict[Key, bool]) -> list[str]:
    """Calls in the sources that lupdate's parser missed (or took for non-plural)."""
    problems: list[str] = []
    for path in sorted(SOURCES.rglob("*.py")):
        relative = str(path.relative_to(ROOT))
        for call in marked_calls(path.read_text(encoding="utf-8"), relative):
            if call.key not in extracted:
                problems.append(
                    f"{call.file}:{call.line}: {call.key[1]!r} is not seen by lupdate: keep the "
                    "context and text literal, and the count a plain name after PLURAL with "
                    "no comma after it (# fmt: skip where ruff format would add one)"
                )
            elif call.plural and not extracted[call.key]:
                problems.append(
                    f"{call.file}:{call.line}: {call.key[1]!r} is not seen as a plural: "
                    "pass the count as translate(ctx, text, None, PLURAL, count)"
                )
    return problems
