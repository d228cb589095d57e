"""Helpers that damage SQLite files the way disks and other programs do, for storage tests."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


def digest(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def digests(path: Path) -> dict[str, str]:
    """Digests of a database and of its ``-wal``/``-shm`` that exist, by suffix."""
    found = {"": digest(path)}
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            found[suffix] = digest(extra)
    return found


def page_size(path: Path) -> int:
    """The page size written in a database header."""
    return int.from_bytes(path.read_bytes()[16:18], "big") or 65536


def root_page(path: Path, name: str) -> int:
    """The root page of table or index ``name``."""
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
        row = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,))
        page = int(row.fetchone()[0])
    connection.close()
    return page


def first_leaf(path: Path, table: str) -> int:
    """The leftmost leaf page of ``table`` (its root when it fits on one page)."""
    size = page_size(path)
    data = path.read_bytes()
    page = root_page(path, table)
    while True:
        start = (page - 1) * size
        header = start + (100 if page == 1 else 0)
        if data[header] != 0x05:  # not an interior table page
            return page
        first_cell = int.from_bytes(data[header + 12 : header + 14], "big")
        page = int.from_bytes(data[start + first_cell : start + first_cell + 4], "big")


def cell_count(path: Path, page: int) -> int:
    """How many cells (rows, on a table leaf) a b-tree page holds."""
    size = page_size(path)
    start = (page - 1) * size + (100 if page == 1 else 0)
    return int.from_bytes(path.read_bytes()[start + 3 : start + 5], "big")


def flip_bytes(path: Path, offset: int, count: int = 64, mask: int = 0xFF) -> None:
    """XOR ``count`` bytes of ``path`` from ``offset`` with ``mask``."""
    data = bytearray(path.read_bytes())
    for i in range(offset, min(offset + count, len(data))):
        data[i] ^= mask
    path.write_bytes(bytes(data))


def damage_index_cells(path: Path, index: str, mask: int = 0xFF) -> None:
    """Garble 64 bytes of cells near the end of an index's root page (its header stays)."""
    size = page_size(path)
    flip_bytes(path, (root_page(path, index) - 1) * size + size - 200, mask=mask)


def damage_page_header(path: Path, page: int) -> None:
    """Overwrite a page's type byte, so SQLite cannot read the page at all."""
    size = page_size(path)
    data = bytearray(path.read_bytes())
    data[(page - 1) * size] = 0x00
    path.write_bytes(bytes(data))


def checkpoint(path: Path) -> None:
    """Fold the WAL into the main file, so page offsets in the main file are current."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
