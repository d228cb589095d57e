"""Reading a SQLite write-ahead log by hand: how many committed frames it holds, and how many
of those SQLite can replay (the frames before the first one whose checksum fails).

SQLite replays a WAL up to its last valid commit frame and silently ignores the rest, so a
damaged frame in the middle loses every transaction after it while ``quick_check`` passes.
Counting both numbers before SQLite opens the file is how we notice. Layout (sqlite.org
"Database File Format", section 4): a 32-byte header, then frames of a 24-byte header and one
page each; checksums are cumulative over the header and every frame so far.
"""

from __future__ import annotations

import contextlib
import os
import struct
import sys
from array import array
from dataclasses import dataclass
from pathlib import Path

WAL_HEADER_SIZE = 32
FRAME_HEADER_SIZE = 24
_MAGIC_LITTLE = 0x377F0682
_MAGIC_BIG = 0x377F0683
# Byte of the -shm file every open connection holds a shared POSIX lock on (SQLite's
# os_unix.c: UNIX_SHM_BASE 120 + 8 lock slots); nobody holding it means nobody has the file open.
_SHM_DEAD_MAN_SWITCH = 128


@dataclass(frozen=True)
class WalFrames:
    """What a WAL file holds: ``committed`` frames up to its last commit, ``replayable`` of them."""

    committed: int
    replayable: int
    committed_transactions: int
    replayable_transactions: int

    @property
    def dropped(self) -> int:
        """Committed frames SQLite will not replay (0 when the log is sound)."""
        return max(0, self.committed - self.replayable)


def _checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    words = array("I", data)
    if big_endian != (sys.byteorder == "big"):
        words.byteswap()
    mask = 0xFFFFFFFF
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & mask
        s1 = (s1 + words[i + 1] + s0) & mask
    return s0, s1


def read_wal_frames(path: Path) -> WalFrames | None:
    """Count the frames of the WAL at ``path``; None when it has no valid header (an empty or
    reset log, which SQLite ignores too)."""
    data = path.read_bytes()
    if len(data) < WAL_HEADER_SIZE:
        return None
    magic, _version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(
        ">8I", data[:WAL_HEADER_SIZE]
    )
    if magic not in (_MAGIC_LITTLE, _MAGIC_BIG) or page_size < 512 or page_size & (page_size - 1):
        return None
    big = magic == _MAGIC_BIG
    if _checksum(data[:24], big, 0, 0) != (c0, c1):
        return None
    frame_size = FRAME_HEADER_SIZE + page_size
    s0, s1 = c0, c1
    chain_intact = True
    frames = committed = replayable = 0
    commits = replayable_commits = 0
    offset = WAL_HEADER_SIZE
    while offset + frame_size <= len(data):
        page, db_size, f_salt1, f_salt2, f0, f1 = struct.unpack(
            ">6I", data[offset : offset + FRAME_HEADER_SIZE]
        )
        if (f_salt1, f_salt2) == (salt1, salt2) and page > 0:
            frames += 1
            if chain_intact:
                s0, s1 = _checksum(data[offset : offset + 8], big, s0, s1)
                body = data[offset + FRAME_HEADER_SIZE : offset + frame_size]
                s0, s1 = _checksum(body, big, s0, s1)
                chain_intact = (s0, s1) == (f0, f1)
            if db_size:
                commits += 1
                committed = frames
                if chain_intact:
                    replayable_commits += 1
                    replayable = frames
        else:
            chain_intact = False  # a frame of an older log generation, or garbage
        offset += frame_size
    return WalFrames(committed, replayable, commits, replayable_commits)


def has_open_connection(database: Path) -> bool | None:
    """Whether some process has ``database`` open in WAL mode (holds its -shm lock byte).

    None where that cannot be told (Windows, or the -shm cannot be read). Locks this very
    process holds are not seen (POSIX locks), so call it before opening the file here.
    """
    shm = database.with_name(database.name + "-shm")
    if not shm.exists():
        return False
    if sys.platform == "win32":
        return None
    import fcntl

    try:
        fd = os.open(shm, os.O_RDONLY)
    except OSError:
        return None
    try:
        request = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, _SHM_DEAD_MAN_SWITCH, 1, 0)
        with contextlib.suppress(OSError):
            answer = fcntl.fcntl(fd, fcntl.F_GETLK, request)
            lock_type: int = struct.unpack("hhqqi", answer)[0]
            return lock_type != fcntl.F_UNLCK
        return None
    finally:
        os.close(fd)
