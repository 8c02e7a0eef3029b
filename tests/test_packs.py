"""packs.py: the data folder's packs, their releases, and the choice made at start."""

from __future__ import annotations

from pathlib import Path

import pytest
from badfiles import BAD_FILES, digest, pack_copy

from iomdesk import packs
from iomdesk.database import default_path


def test_releases_sort_as_releases_and_anything_else_is_none():
    assert packs.release_key("2027.01.15") == (2027, 1, 15, 0)
    assert packs.release_key("2027.01.15.2") > packs.release_key("2027.01.15")
    assert packs.release_key("2027.02.01") > packs.release_key("2027.01.31.9")
    for bad in ("", "2027-01-15", "2027.13.01", "2027.1.15", "v2027.01.15"):
        assert packs.release_key(bad) is None


def test_the_data_folder_follows_xdg_and_ignores_a_relative_one(tmp_path):
    assert packs.data_folder({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path / "iomdesk" / "data"
    assert packs.data_folder({"XDG_DATA_HOME": "rel"}) == (
        Path.home() / ".local" / "share" / "iomdesk" / "data"
    )


def test_the_shipped_file_is_a_pack_that_names_its_release_and_schema():
    info = packs.read_info(default_path())
    assert packs.release_key(info.release) is not None
    assert info.meta["schema"] == "3"


def test_no_folder_means_the_shipped_data(tmp_path):
    choice = packs.choose(tmp_path / "nowhere", default_path())
    assert choice.path == default_path() and not choice.from_folder and choice.skipped == []


def test_the_newest_good_pack_wins_and_every_other_says_why(tmp_path):
    newest = pack_copy(tmp_path, "b.sqlite", "2099.01.01.1")
    twin = pack_copy(tmp_path, "c.sqlite", "2099.01.01.1")
    older = pack_copy(tmp_path, "a.sqlite", "2000.01.01")
    broken = pack_copy(
        tmp_path, "d.sqlite", "2100.01.01", "UPDATE tenures SET person_id = 'nobody' WHERE 1"
    )
    (tmp_path / "notes.txt").write_text("not a pack")
    before = {p: digest(p) for p in (newest, twin, older, broken)}
    choice = packs.choose(tmp_path, default_path())
    assert choice.from_folder and choice.path == newest and choice.release == "2099.01.01.1"
    reasons = {s.path.name: s.reason for s in choice.skipped}
    assert set(reasons) == {"a.sqlite", "c.sqlite", "d.sqlite"}  # the .txt is no pack
    assert "not newer" in reasons["a.sqlite"]
    assert "same release" in reasons["c.sqlite"] and "b.sqlite" in reasons["c.sqlite"]
    assert "breaks iomdesk's rules" in reasons["d.sqlite"]
    assert before == {p: digest(p) for p in before}  # nothing written into a pack


@pytest.mark.parametrize("case", [c for c in BAD_FILES if c != "missing"])
def test_a_bad_file_in_the_folder_is_skipped_with_its_sentence(tmp_path, case):
    make, _kind, words = BAD_FILES[case]
    folder = tmp_path / "data"
    folder.mkdir()
    bad = make(folder)
    choice = packs.choose(folder, default_path())
    assert choice.path == default_path() and not choice.from_folder
    if bad.is_dir():  # a folder named like a pack is not a file: not a pack at all
        assert choice.skipped == []
        return
    assert [s.path for s in choice.skipped] == [bad]
    assert words in choice.skipped[0].reason or "names no release" in choice.skipped[0].reason


def test_an_install_that_cannot_put_the_pack_in_place_leaves_nothing_behind(tmp_path):
    folder = tmp_path / "data"
    pack = pack_copy(tmp_path, "download.sqlite", "2099.01.01")
    (folder / packs.pack_name("2099.01.01")).mkdir(parents=True)  # a folder where it goes
    with pytest.raises(OSError):
        packs.install(pack, folder)
    assert sorted(p.name for p in folder.iterdir()) == [packs.pack_name("2099.01.01")]
