"""Reads a file only if it is a regular file, and never more than a byte limit."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from glute_timer.domain.i18n import QT_TRANSLATE_NOOP, translate


class FileRefusedError(Exception):
    """The path is not a regular file, or cannot be read, or is over the limit."""

    def __init__(self, problem: str) -> None:
        self.problem = problem
        super().__init__(problem)


_KINDS = (
    (stat.S_ISDIR, QT_TRANSLATE_NOOP("FileRefusals", "is a folder, not a file")),
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("FileRefusals", "is a named pipe, not a file")),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("FileRefusals", "is a device, not a file")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("FileRefusals", "is a device, not a file")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("FileRefusals", "is a socket, not a file")),
)


def _kind(mode: int) -> str:
    for test, problem in _KINDS:
        if test(mode):
            return translate("FileRefusals", problem)
    return translate("FileRefusals", "not a regular file")


def _refuse_unless_regular(mode: int) -> None:
    if not stat.S_ISREG(mode):
        raise FileRefusedError(_kind(mode))


def refuse_unless_regular_or_missing(path: Path | str) -> None:
    """Refuse a path that exists and is not a regular file (writing to a pipe would wait)."""
    try:
        mode = Path(path).stat().st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        problem = translate("FileRefusals", "cannot be written: {reason}")
        raise FileRefusedError(problem.format(reason=error.strerror or error)) from None
    _refuse_unless_regular(mode)


def _too_big(size: int, limit: int) -> FileRefusedError:
    problem = translate("FileRefusals", "the file is {size} bytes; it may be at most {most} bytes")
    return FileRefusedError(problem.format(size=f"{size:,}", most=f"{limit:,}"))


def _cannot_read(error: OSError) -> FileRefusedError:
    problem = translate("FileRefusals", "cannot be read: {reason}")
    return FileRefusedError(problem.format(reason=error.strerror or error))


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
            raise FileRefusedError(translate("FileRefusals", "is a folder, not a file")) from None
        raise _cannot_read(error) from None
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
        raise _cannot_read(error) from None
    finally:
        os.close(descriptor)
    data = b"".join(chunks)
    if len(data) > limit:
        problem = translate(
            "FileRefusals", "the file is more than {most} bytes; it may be at most that"
        )
        raise FileRefusedError(problem.format(most=f"{limit:,}"))
    return data
