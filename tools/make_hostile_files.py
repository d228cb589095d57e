"""Writes one hostile routine file of each kind into DIR (for tests, benchmarks and trying by hand).

    python tools/make_hostile_files.py DIR

Each one must be refused with exit 2 and one clean line by ``glute-timer import``, quickly and
without eating memory, and nothing stored may change. Besides the files below: a named pipe,
a folder and links to /dev/zero and /dev/urandom (where the system has them).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_EXERCISE = '[[exercises]]\nname = "a"\n'


def _routine_json(extra: str) -> str:
    return '{"name": "Hostile", ' + extra + ', "exercises": [{"name": "a"}]}'


def hostile_contents() -> dict[str, bytes]:
    """File name -> content for every hostile kind that is a plain file."""
    files: dict[str, str | bytes] = {
        "dotted-key.toml": 'name = "x"\n' + "a" + ".a" * 100_000 + " = 1\n" + _EXERCISE,
        "dotted-key-40k.toml": 'name = "x"\n' + "a" + ".a" * 20_000 + " = 1\n" + _EXERCISE,
        "dotted-key-33.toml": 'name = "x"\n' + "a" + ".a" * 33 + " = 1\n" + _EXERCISE,
        "table-header.toml": 'name = "x"\n' + _EXERCISE + "[" + "a." * 100_000 + "a]\n",
        "table-header-33.toml": 'name = "x"\n' + _EXERCISE + "[" + "a." * 33 + "a]\n",
        "deep-arrays.toml": 'name = "x"\nx = ' + "[" * 500 + "]" * 500 + "\n" + _EXERCISE,
        "deep-inline.toml": 'name = "x"\nx = ' + "{a = " * 40 + "1" + "}" * 40 + "\n" + _EXERCISE,
        "deep.json": "[" * 1000 + "]" * 1000,
        "deep-objects.json": '{"a": ' * 1000 + "1" + "}" * 1000,
        "big-integer.toml": 'name = "x"\nprep_seconds = ' + "9" * 5000 + "\n" + _EXERCISE,
        "big-integer.json": _routine_json('"prep_seconds": ' + "9" * 5000),
        "lone-surrogate.json": _routine_json('"description": "\\ud800"'),
        "duplicate-key.json": '{"name": "a", "name": "b", "exercises": [{"name": "a"}]}',
        "many-exercises.json": '{"name": "x", "exercises": ['
        + ",".join(['{"name": "a"}'] * 70_000)
        + "]}",
        "too-many-exercises.json": '{"name": "x", "exercises": ['
        + ",".join(['{"name": "a"}'] * 150)
        + "]}",
        "many-keys.toml": "".join(f"k{i} = 1\n" for i in range(45_000)),
        "many-tables.toml": "".join(f"[t{i}]\n" for i in range(45_000)),
        "escapes.toml": 'name = "' + "\\n" * 240_000 + '"\n' + _EXERCISE,
        "quotes.toml": 'name = """' + 'a""' * 160_000 + '"""\n' + _EXERCISE,
        # Most are kept under 500,000 characters, where the TOML checks run their scans.
        # Unterminated strings full of near-closers: the pre-scan must not backtrack on them.
        "unclosed-multiline.toml": 'name = """' + ('""a' + "b" * 70) * 6_500,
        "unclosed-literal.toml": "name = '''" + ("''" + "a" * 70) * 6_500,
        "unclosed-string.json": '{"name": "' + ('\\"' + "a" * 70) * 13_000,
        "blank-lines.toml": "\n" * 490_000 + 'name = "x"\n' + _EXERCISE,
        "spaces.toml": 'name = "x"' + " " * 490_000 + "\n" + _EXERCISE,
        "key-with-escape.toml": 'name = "x"\n"\\u001b]0;owned\\u0007\\u001b[2J" = 1\n' + _EXERCISE,
        "key-with-newline.json": _routine_json('"line\\nFAKE: imported fine\\r": 1'),
        "key-with-nul.toml": 'name = "x"\n"a\\u0000b" = 1\n' + _EXERCISE,
        "value-with-escape.toml": 'name = "x"\nstage = "\\u001b[2J"\n' + _EXERCISE,
        "not-utf8.toml": b'name = "\xff\xfe"\n',
        "empty.json": "",
        "top-level-list.json": "[1, 2]",
        "nan.json": _routine_json('"prep_seconds": NaN'),
        "new\nline.toml": 'name = "x"\nbad = \n',
        "\x1b[2Jclear.toml": 'name = "x"\nbad = \n',
        "cr\roverwrite.json": "{",
    }
    return {name: v if isinstance(v, bytes) else v.encode("utf-8") for name, v in files.items()}


def write_hostile_files(directory: Path) -> list[Path]:
    """Write every hostile file into ``directory``; returns their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, content in hostile_contents().items():
        path = directory / name
        path.write_bytes(content)
        paths.append(path)
    huge = directory / "sparse-huge.toml"
    with huge.open("wb") as stream:
        stream.truncate(5_000_000_000)  # sparse: says 5 GB, takes no space
    paths.append(huge)
    folder = directory / "folder.json"
    folder.mkdir(exist_ok=True)
    paths.append(folder)
    if hasattr(os, "mkfifo"):
        fifo = directory / "fifo.toml"
        if not fifo.exists():
            os.mkfifo(fifo)
        paths.append(fifo)
    for device, name in (("/dev/zero", "zero.toml"), ("/dev/urandom", "urandom.json")):
        if Path(device).exists():
            link = directory / name
            if not link.is_symlink():
                link.symlink_to(device)
            paths.append(link)
    return paths


def main(argv: list[str] | None = None) -> int:
    """Write the files into the folder named on the command line."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: make_hostile_files.py DIR", file=sys.stderr)
        return 2
    for path in write_hostile_files(Path(args[0])):
        print(repr(path.name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
