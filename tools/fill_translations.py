"""Write translations from JSON files (``tools/list_messages.py``'s shape) into the ``.ts`` files.

Each entry names ``context``, ``source`` (and ``disambiguation`` when there is one) and gives
``de``/``es``/... as a string, or a list of forms for a plural message. A filled message is
marked finished; messages with no entry are listed and left as they are. Run ``make ts``
first so the ``.ts`` files hold every current message; lupdate tidies the layout afterwards.

Run: ``.venv/bin/python tools/fill_translations.py FILE.json [FILE.json ...]``
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "translations"
PREFIX = "glute_timer_"
Key = tuple[str, str, str]


def load_entries(files: Sequence[str]) -> list[dict[str, object]]:
    """Every entry of every file, later files winning."""
    entries: list[dict[str, object]] = []
    for name in files:
        entries.extend(json.loads(Path(name).read_text(encoding="utf-8")))
    return entries


def _key(context: str, source: str, disambiguation: str | None) -> Key:
    return (context, source, disambiguation or "")


def fill(ts_file: Path, code: str, entries: Sequence[dict[str, object]]) -> list[Key]:
    """Fill ``ts_file`` from ``entries``; returns the messages still without a translation."""
    by_key: dict[Key, object] = {}
    for entry in entries:
        value = entry.get(code)
        if value:
            disambiguation = entry.get("disambiguation")
            key = _key(str(entry["context"]), str(entry["source"]), str(disambiguation or ""))
            by_key[key] = value
    tree = ET.parse(ts_file)
    missing: list[Key] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = _key(name, message.findtext("source") or "", message.findtext("comment"))
            translation = message.find("translation")
            assert translation is not None
            value = by_key.get(key)
            if value is None:
                if translation.get("type") == "unfinished":
                    missing.append(key)
                continue
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = str(form)
            else:
                translation.text = str(value)
            translation.attrib.pop("type", None)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return missing


def main(argv: Sequence[str] | None = None) -> int:
    """Fill every language's .ts; exit 1 when a message is left without a translation."""
    files = list(sys.argv[1:] if argv is None else argv)
    entries = load_entries(files)
    left = 0
    for ts_file in sorted(TS_DIR.glob(f"{PREFIX}*.ts")):
        code = ts_file.stem.removeprefix(PREFIX)
        missing = fill(ts_file, code, entries)
        left += len(missing)
        for context, source, _ in missing:
            print(f"{ts_file.name}: {context}: no translation for {source!r}")
    return 1 if left else 0


if __name__ == "__main__":
    raise SystemExit(main())
