"""Print, as JSON, the translatable messages pyside6-lupdate finds in the given source files.

A skeleton for translating one area: each entry has ``context``, ``source``, ``plural`` and
empty ``de`` and ``es`` (a list of two forms, one and other, for plural messages).
``tools/fill_translations.py`` writes such files into ``translations/*.ts``.

Run: ``.venv/bin/python tools/list_messages.py src/glute_timer/ui/start/*.py > area.json``
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

LANGUAGES = ("de", "es")


def messages(files: Sequence[str]) -> list[dict[str, object]]:
    """Every (context, source) lupdate extracts from ``files``, in file order."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "area.ts"
        subprocess.run(
            [str(lupdate), *files, "-ts", str(target), "-locations", "none", "-silent"],
            check=True,
        )
        root = ET.parse(target).getroot()
    found: list[dict[str, object]] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            plural = message.get("numerus") == "yes"
            entry: dict[str, object] = {
                "context": name,
                "source": message.findtext("source") or "",
                "plural": plural,
            }
            comment = message.findtext("comment")
            if comment:
                entry["disambiguation"] = comment
            for code in LANGUAGES:
                entry[code] = ["", ""] if plural else ""
            found.append(entry)
    return found


def main(argv: Sequence[str] | None = None) -> int:
    """Print the skeleton for the files named on the command line."""
    files = list(sys.argv[1:] if argv is None else argv)
    json.dump(messages(files), sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
