"""Reads a file only if it is a regular file, and never more than a byte limit."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class FileRefusedError(Exception):
    """The path is not a regular file, or cannot be read, or is over the limit."""

    def __init__(self, problem: str) -> None:
        self.problem = problem
        super().__init__(problem)


_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def _kind(mode: int) -> str:
    for test, name in _KINDS:
        if test(mode):
            return name
    return "not a regular file"


def _refuse_unless_regular(mode: int) -> None:
    if not stat.S_ISREG(mode):
        kind = _kind(mode)
        raise FileRefusedError(f"is {kind}, not a file" if kind.startswith("a ") else kind)


def refuse_unless_regular_or_missing(path: Path | str) -> None:
    """Refuse a path that exists and is not a regular file (writing to a pipe would wait)."""
    try:
        mode = Path(path).stat().st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise FileRefusedError(f"cannot be written: {error.strerror or error}") from None
    _refuse_unless_regular(mode)


def _too_big(size: int, limit: int) -> FileRefusedError:
    return FileRefusedError(f"the file is {size:,} bytes; it may be at most {limit:,} bytes")


def read_regular_file(path: Path | str, limit: int) -> bytes:
    """The bytes of ``path``, refused unless it is a regular file of at most ``limit`` bytes.

    The file is opened without blocking (a named pipe never waits for a writer) and checked
    with ``fstat`` on the open descriptor, so a swap between the check and the read cannot
    slip a device in; at most ``limit + 1`` bytes are read whatever the size says.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        # stat first: opening some devices has side effects (tape rewinds, modem lines).
        _refuse_unless_regular(Path(path).stat().st_mode)
        descriptor = os.open(path, flags)
    except FileRefusedError:
        raise
    except OSError as error:
        if error.errno == errno.EISDIR:
            raise FileRefusedError("is a folder, not a file") from None
        raise FileRefusedError(f"cannot be read: {error.strerror or error}") from None
    try:
        info = os.fstat(descriptor)
        _refuse_unless_regular(info.st_mode)
        if info.st_size > limit:
            raise _too_big(info.st_size, limit)
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(descriptor, min(remaining, 1 << 16))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as error:
        raise FileRefusedError(f"cannot be read: {error.strerror or error}") from None
    finally:
        os.close(descriptor)
    data = b"".join(chunks)
    if len(data) > limit:
        raise FileRefusedError(f"the file is more than {limit:,} bytes; it may be at most that")
    return data
