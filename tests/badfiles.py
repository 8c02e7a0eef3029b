"""Bad database files, made for real, shared by the store and the app tests."""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from iomdesk.database import SCHEMA_VERSION, default_path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


def leftovers(path: Path) -> list[str]:
    return [
        p.name
        for suffix in ("-journal", "-wal", "-shm")
        if (p := path.with_name(path.name + suffix)).exists()
    ]


def good_copy(folder: Path, name: str = "copy.sqlite") -> Path:
    copy = folder / name
    shutil.copyfile(default_path(), copy)
    return copy


def pack_copy(folder: Path, name: str, release: str, *statements: str) -> Path:
    """A data pack as a maintainer makes one: the shipped file naming `release`, with the
    statements' edits (no stamp: a start checks it in full)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = good_copy(folder, name)
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'release'", (release,))
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()
    return path


def missing(folder: Path) -> Path:
    return folder / "nowhere.sqlite"


def directory(folder: Path) -> Path:
    path = folder / "a folder.sqlite"
    path.mkdir()
    return path


def empty(folder: Path) -> Path:
    path = folder / "empty.sqlite"
    path.write_bytes(b"")
    return path


def text(folder: Path) -> Path:
    path = folder / "notes.sqlite"
    path.write_text("Director General: António Vitorino\n" * 50, encoding="utf-8")
    return path


def random_bytes(folder: Path) -> Path:
    path = folder / "noise.sqlite"
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(40000)))
    return path


def truncated(folder: Path) -> Path:
    path = good_copy(folder, "truncated.sqlite")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def zeroed_pages(folder: Path) -> Path:
    path = good_copy(folder, "zeroed.sqlite")
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for number in range(2, len(data) // page, 3):  # every third page after the first
        data[number * page : (number + 1) * page] = bytes(page)
    path.write_bytes(bytes(data))
    return path


def other_schema(folder: Path) -> Path:
    path = folder / "recipes.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    return path


def newer_schema(folder: Path) -> Path:
    path = good_copy(folder, "newer.sqlite")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    return path


def write_ahead_log(folder: Path) -> Path:
    """A good file saved in WAL mode (its log checkpointed and gone): a reader would write
    -wal and -shm files beside it."""
    path = good_copy(folder, "wal.sqlite")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    return path


# name -> (maker, the store's error kind, words the sentence must contain)
BAD_FILES: dict[str, tuple[Callable[[Path], Path], str, str]] = {
    "missing": (missing, "missing", "does not exist"),
    "directory": (directory, "unreadable", "folder"),
    "empty": (empty, "empty", "empty"),
    "text": (text, "not-a-database", "not an SQLite database"),
    "random bytes": (random_bytes, "not-a-database", "not an SQLite database"),
    "truncated": (truncated, "corrupt", "truncated"),
    "zeroed pages": (zeroed_pages, "corrupt", "damaged"),
    "other schema": (other_schema, "wrong-schema", "not an iomdesk database"),
    "newer schema": (newer_schema, "newer-schema", "newer iomdesk"),
    "WAL mode": (write_ahead_log, "write-ahead-log", "write-ahead log"),
}


@contextlib.contextmanager
def locked(path: Path) -> Iterator[Path]:
    """Another process holds an exclusive lock on the file while the block runs."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
            "c.execute('BEGIN EXCLUSIVE')\n"
            "print('locked', flush=True)\n"
            "sys.stdin.read()\n"
            "c.execute('ROLLBACK')\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        yield path
    finally:
        holder.communicate("", timeout=10)
