"""Ids are stable across releases: the shipped file keeps every id of the previous release's CSV
files in git, or resources/data/retired_ids.csv says why one went."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from devtools import ids
from iomdesk import packs
from iomdesk.database import default_path

ROOT = Path(__file__).resolve().parent.parent


def history_or_skip(repo: Path) -> None:
    """The check reads git's history: skip, saying why, where there is none to read."""
    if shutil.which("git") is None:
        pytest.skip("no git on this machine: the previous release's CSV files cannot be read")
    try:
        shallow = ids.git(repo, "rev-parse", "--is-shallow-repository").strip()
    except subprocess.CalledProcessError:
        pytest.skip(f"{repo} is not a git checkout: there is no previous release to compare")
    if shallow == "true":
        pytest.skip("a shallow clone holds no previous release: clone with its history")


def test_the_shipped_file_keeps_every_id_of_the_previous_release():
    history_or_skip(ROOT)
    release = packs.read_info(default_path()).release
    previous = ids.previous_release(ROOT, release)
    assert previous, "no commit before this release holds resources/data/meta.csv"
    before = ids.ids_at(ROOT, previous)
    assert sum(map(len, before.values())) > 1000  # it read the tables, not nothing
    found = ids.problems(before, ids.ids_in(default_path()), ids.read_retired(ids.RETIRED))
    assert found == []


def commit_data(repo: Path, release: str, tables: dict[str, str], message: str) -> None:
    data = repo / "resources" / "data"
    data.mkdir(parents=True, exist_ok=True)
    (data / "meta.csv").write_text(f"key,value\nrelease,{release}\n", encoding="utf-8")
    for table, text in tables.items():
        (data / f"{table}.csv").write_text(text, encoding="utf-8")
    ids.git(repo, "add", "-A")
    ids.git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", message)


@pytest.fixture
def history(tmp_path):
    """A repository with two releases: 2027.01.01 has units a and b, 2027.02.01 only a."""
    if shutil.which("git") is None:
        pytest.skip("no git on this machine")
    repo = tmp_path / "repo"
    repo.mkdir()
    ids.git(repo, "init", "-q")
    commit_data(repo, "2027.01.01", {"units": "id,name\na,A\nb,B\n"}, "first release")
    commit_data(repo, "2027.01.01", {"units": "id,name\na,A\nb,B\nc,C\n"}, "more data")
    commit_data(repo, "2027.02.01", {"units": "id,name\na,A\nc,C\n"}, "second release")
    commit_data(repo, "2027.02.01", {"units": "id,name\na,A2\nc,C\n"}, "an edit")
    return repo


def check(repo: Path, retired: list[dict[str, str]]) -> list[str]:
    previous = ids.previous_release(repo, "2027.02.01")
    now = ids.ids_at(repo, "HEAD")
    return ids.problems(ids.ids_at(repo, previous), now, retired)


def test_the_previous_release_is_the_data_just_before_the_release_was_raised(history):
    previous = ids.previous_release(history, "2027.02.01")
    assert ids.ids_at(history, previous) == {"units": {"a", "b", "c"}}
    head = ids.git(history, "rev-parse", "HEAD").strip()
    assert ids.previous_release(history, "2027.03.01") == head  # raised, not yet committed


def test_an_id_that_vanished_without_a_note_fails_and_a_note_mends_it(history):
    assert check(history, []) == [
        "units/b vanished since the previous release with no line in retired_ids.csv "
        "(keep the id, or say there why it went)"
    ]
    note = {"table": "units", "id": "b", "release": "2027.02.01", "note": "merged into a"}
    assert check(history, [note]) == []


def test_a_wrong_note_fails(history):
    gone = {"table": "units", "id": "b", "release": "2027.02.01", "note": "merged into a"}
    stale = {"table": "units", "id": "a", "release": "2027.02.01", "note": "went"}
    unknown = {"table": "unit", "id": "x", "release": "2027.02.01", "note": "a typo"}
    bare = {"table": "units", "id": "old", "release": "soon", "note": " "}
    assert check(history, [gone, stale, unknown, bare]) == [
        "retired_ids.csv:3: units/a is retired but still in the data",
        "retired_ids.csv:4: 'unit' is no table of the data",
        "retired_ids.csv:5: release 'soon' is not YYYY.MM.DD or YYYY.MM.DD.N",
        "retired_ids.csv:5: units/old is retired with no note saying why",
    ]


def test_the_retired_file_reads_as_written_and_refuses_another_header(tmp_path):
    path = tmp_path / "retired_ids.csv"
    path.write_text('table,id,release,note\nunits,b,2027.02.01,"merged, into a"\n')
    assert ids.read_retired(path) == [
        {"table": "units", "id": "b", "release": "2027.02.01", "note": "merged, into a"}
    ]
    path.write_text("table,id,note\n")
    with pytest.raises(ValueError, match="expected"):
        ids.read_retired(path)
    assert ids.read_retired(tmp_path / "none.csv") == []
