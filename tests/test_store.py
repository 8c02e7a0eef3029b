"""The store opens only good databases, read-only, and explains every bad one."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from iomdesk.store import SCHEMA_VERSION, Store, StoreError, default_path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(path: Path) -> list[str]:
    return [
        p.name
        for suffix in ("-journal", "-wal", "-shm")
        if (p := path.with_name(path.name + suffix)).exists()
    ]


@pytest.fixture
def good_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(default_path(), copy)
    return copy


def expect_error(path: Path, kind: str) -> StoreError:
    before = digest(path) if path.is_file() else None
    with pytest.raises(StoreError) as caught:
        Store(path)
    error = caught.value
    assert error.kind == kind, error
    assert error.path == str(path)
    assert str(path) in str(error)
    assert error.sentence.endswith(".") and "Traceback" not in error.sentence
    if before is not None:
        assert digest(path) == before, "the file was modified"
    assert leftovers(path) == []
    return error


def test_shipped_database_opens_and_is_left_untouched():
    path = default_path()
    before = digest(path)
    store = Store(path)
    assert store.tenures and store.units and store.contacts
    assert digest(path) == before
    assert leftovers(path) == []


def test_missing_file(tmp_path):
    error = expect_error(tmp_path / "nowhere.sqlite", "missing")
    assert "does not exist" in error.sentence


def test_directory(tmp_path):
    error = expect_error(tmp_path, "unreadable")
    assert "folder" in error.sentence


def test_empty_file(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    assert "empty" in expect_error(path, "empty").sentence


def test_text_file(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("Director General: António Vitorino\n" * 50, encoding="utf-8")
    assert "not an SQLite database" in expect_error(path, "not-a-database").sentence


def test_random_bytes(tmp_path):
    path = tmp_path / "noise.sqlite"
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(40000)))
    expect_error(path, "not-a-database")


def test_truncated_copy(good_copy):
    data = good_copy.read_bytes()
    good_copy.write_bytes(data[: len(data) // 2])
    assert "truncated" in expect_error(good_copy, "corrupt").sentence


def test_zeroed_pages(good_copy):
    data = bytearray(good_copy.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for number in range(2, len(data) // page, 3):  # every third page after the first
        data[number * page : (number + 1) * page] = bytes(page)
    good_copy.write_bytes(bytes(data))
    assert "damaged" in expect_error(good_copy, "corrupt").sentence


def test_sqlite_file_of_another_schema(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    assert "not an iomdesk database" in expect_error(path, "wrong-schema").sentence


def test_newer_schema_version(good_copy):
    conn = sqlite3.connect(good_copy)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    error = expect_error(good_copy, "newer-schema")
    assert "newer iomdesk" in error.sentence


def test_locked_by_another_process(good_copy):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            f"c = sqlite3.connect({str(good_copy)!r}, isolation_level=None)\n"
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
        before = digest(good_copy)
        with pytest.raises(StoreError) as caught:
            Store(good_copy)
        assert caught.value.kind == "locked"
        assert "locked" in caught.value.sentence
        assert digest(good_copy) == before
    finally:
        holder.communicate("", timeout=10)
    assert leftovers(good_copy) == []


def test_path_with_spaces_and_accents(tmp_path):
    folder = tmp_path / "Données de l'OIM #1 ?"
    folder.mkdir()
    path = folder / "base à jour.sqlite"
    shutil.copyfile(default_path(), path)
    before = digest(path)
    assert Store(path).units
    assert digest(path) == before
    assert leftovers(path) == []
