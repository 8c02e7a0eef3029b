"""The store opens only good databases, read-only, and explains every bad one."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest
from badcontent import FAULTS, spoiled
from badfiles import BAD_FILES, digest, good_copy, leftovers, locked

from iomdesk import database, validate
from iomdesk.database import StoreError, checked_by_build, default_path, stamp_path
from iomdesk.store import Store


def test_shipped_database_opens_and_is_left_untouched():
    path = default_path()
    before = digest(path)
    store = Store(path)
    assert store.tenures and store.units and store.contacts
    assert store.sources_for("units", "prd")
    store.close()
    assert digest(path) == before
    assert leftovers(path) == []


def with_shipped_stamp(path):
    """The stamp the build wrote for the shipped file, put beside another file."""
    shutil.copyfile(stamp_path(default_path()), stamp_path(path))
    return path


def test_the_shipped_file_carries_the_build_stamp_that_spares_its_checks(tmp_path, monkeypatch):
    assert checked_by_build(default_path())
    copy = with_shipped_stamp(good_copy(tmp_path))
    assert checked_by_build(copy)
    checked = []
    monkeypatch.setattr(validate, "problems", lambda conn: checked.append(conn) or [])
    Store(copy).close()
    assert checked == []  # the same bytes passed every check when the build wrote them
    Store(copy, recheck=True).close()  # --check checks all the same
    assert len(checked) == 1
    good_copy(tmp_path, "unstamped.sqlite")
    Store(tmp_path / "unstamped.sqlite").close()
    assert len(checked) == 2


@pytest.mark.parametrize("stamp", ["other rules", "no rules named"])
def test_a_stamp_of_other_rules_is_not_taken_the_file_is_checked_again(
    tmp_path, monkeypatch, stamp
):
    """A pack installed under an older app's rules is checked in full by a newer app whose
    rules are stricter, though its bytes are those the stamp names."""
    copy = with_shipped_stamp(good_copy(tmp_path))
    crc_and_size = stamp_path(copy).read_text(encoding="ascii").split(" rules ")[0]
    older = f"{crc_and_size} rules {database.RULES_VERSION - 1}" if stamp == "other rules" else ""
    stamp_path(copy).write_text((older or crc_and_size) + "\n", encoding="ascii")
    assert not checked_by_build(copy)
    checked = []
    monkeypatch.setattr(validate, "problems", lambda conn: checked.append(conn) or [])
    Store(copy).close()
    assert len(checked) == 1


@pytest.mark.parametrize("case", ["truncated", "zeroed pages", "newer schema"])
def test_a_damaged_file_beside_a_stamp_is_refused_all_the_same(tmp_path, case):
    make, kind, words = BAD_FILES[case]
    path = with_shipped_stamp(make(tmp_path))
    assert not checked_by_build(path)
    with pytest.raises(StoreError) as caught:
        Store(path)
    assert caught.value.kind == kind and words in caught.value.sentence


@pytest.mark.parametrize("fault", ["tenure names no person", "an unknown status"])
def test_rows_changed_beside_a_stamp_are_checked_and_refused(tmp_path, fault):
    path = with_shipped_stamp(spoiled(tmp_path, fault))
    with pytest.raises(StoreError) as caught:
        Store(path)
    assert any(FAULTS[fault][2] in str(problem) for problem in caught.value.problems)


def test_a_write_ahead_log_beside_a_stamped_file_is_refused_and_nothing_is_written(tmp_path):
    """SQLite would read a -wal file's pages over the file's own (so the stamp cannot vouch
    for them) and write a -shm beside it: the file is refused before SQLite opens it."""
    other = good_copy(tmp_path, "other.sqlite")
    writer = sqlite3.connect(other)
    try:
        writer.execute("PRAGMA journal_mode = WAL")
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute("UPDATE tenures SET person_id = 'nobody'")
        writer.commit()
        path = with_shipped_stamp(good_copy(tmp_path))  # the shipped bytes and their stamp
        shutil.copyfile(other.with_name("other.sqlite-wal"), path.with_name("copy.sqlite-wal"))
    finally:
        writer.close()
    assert not checked_by_build(path)
    with pytest.raises(StoreError) as caught:
        Store(path)
    assert caught.value.kind == "write-ahead-log"
    assert "close the program that writes it" in caught.value.sentence
    assert leftovers(path) == ["copy.sqlite-wal"]  # no -shm: SQLite never opened it


@pytest.mark.parametrize("stamp", ["", "crc32 0 size 1\n", "crc32 x size y", "\xff\xfe"])
def test_a_stamp_that_is_not_one_is_ignored(tmp_path, stamp):
    path = good_copy(tmp_path)
    stamp_path(path).write_bytes(stamp.encode("latin-1"))
    assert not checked_by_build(path)
    Store(path).close()


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_file_gives_one_clear_error_and_stays_unchanged(tmp_path, case):
    make, kind, words = BAD_FILES[case]
    path = make(tmp_path)
    before = digest(path)
    with pytest.raises(StoreError) as caught:
        Store(path)
    error = caught.value
    assert error.kind == kind, error
    assert words in error.sentence
    assert error.path == str(path) and str(path) in str(error)
    assert error.sentence.endswith(".") and "Traceback" not in error.sentence
    assert digest(path) == before, "the file was modified"
    assert leftovers(path) == []


def test_locked_by_another_process(tmp_path):
    path = good_copy(tmp_path)
    with locked(path):
        before = digest(path)
        with pytest.raises(StoreError) as caught:
            Store(path)
        assert caught.value.kind == "locked"
        assert "locked" in caught.value.sentence
        assert digest(path) == before
    assert leftovers(path) == []


def test_path_with_spaces_and_accents(tmp_path):
    folder = tmp_path / "Données de l'OIM #1 ?"
    folder.mkdir()
    path = folder / "base à jour.sqlite"
    shutil.copyfile(default_path(), path)
    before = digest(path)
    store = Store(path)
    assert store.units and store.contacts
    store.close()
    assert digest(path) == before
    assert leftovers(path) == []


def test_an_sqlite_too_old_for_strict_tables_is_named_not_called_damage(monkeypatch):
    monkeypatch.setattr("iomdesk.database.sqlite3.sqlite_version_info", (3, 31, 1))
    monkeypatch.setattr("iomdesk.database.sqlite3.sqlite_version", "3.31.1")
    with pytest.raises(StoreError) as caught:
        Store(default_path())
    assert caught.value.kind == "old-sqlite"
    assert "3.31.1" in caught.value.sentence and "3.37" in caught.value.sentence


def test_a_loop_in_a_unit_path_cannot_hang(store, monkeypatch):
    """The validator refuses loops; unit_path is bounded all the same."""

    units = dict(store.unit_by_id)
    units["hq"] = units["hq"]._replace(parent_id="ola")  # hq → ola → odg → hq
    monkeypatch.setitem(store.__dict__, "unit_by_id", units)
    assert len(store.unit_path("ola")) <= len(units) + 1


def test_sources_sort_by_number_whatever_its_length():
    from iomdesk.rows import Source
    from iomdesk.store import source_sort_key

    ids = ["S10", "seed002", "S9", "S" + "1" * 5000, "S108", "seed001"]
    sources = [
        Source(i, "t", None, None, None, "seed" if i.startswith("seed") else "public", None)
        for i in ids
    ]
    ordered = [s.id for s in sorted(sources, key=source_sort_key)]
    assert ordered == ["seed001", "seed002", "S9", "S10", "S108", "S" + "1" * 5000]


def test_a_pipe_named_like_a_pack_is_refused_at_once_not_read(tmp_path):
    """Reading a pipe waits for a writer that never comes: the window would hang."""
    pipe = tmp_path / "x.sqlite"
    os.mkfifo(pipe)
    with pytest.raises(StoreError) as caught:
        Store(pipe)
    assert caught.value.sentence == "This is a pipe or a device, not a database file."
