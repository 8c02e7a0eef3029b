"""The validator: every rule the app relies on, checked on open and by the build."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from badcontent import FAULTS, loosen, spoiled
from badfiles import digest, good_copy, leftovers

from devtools import build, synth
from iomdesk import app, validate
from iomdesk.store import Store, StoreError, default_path


def problems_of(path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [str(p) for p in validate.problems(conn)]
    finally:
        conn.close()


def test_the_shipped_file_and_a_generated_one_break_no_rule(tmp_path):
    assert problems_of(default_path()) == []
    large = tmp_path / "synth.sqlite"
    synth.write(large, seed=7, contacts=500, units=300, leaders=40, elections=12)
    assert problems_of(large) == []


def test_the_rules_come_from_the_schema():
    """Every table and column of schema.sql is required, so none can be forgotten here."""
    tables = validate.contract().columns
    assert set(build.TABLES) | {"citations"} == set(tables)
    assert {c.name for c in tables["contacts"]} >= {"id", "unit_id", "label", "email", "status"}
    assert ("contacts", "unit_id", "units") in validate.contract().references


@pytest.mark.parametrize("fault", list(FAULTS))
def test_each_fault_is_named_by_the_validator_the_store_and_check(tmp_path, capsys, fault):
    _, where, words = FAULTS[fault]
    path = spoiled(tmp_path, fault)
    before = digest(path)

    found = problems_of(path)
    assert any(p.startswith(f"{where}: ") and words in p for p in found), found

    with pytest.raises(StoreError) as caught:
        Store(path)
    assert caught.value.kind == "invalid"
    assert [str(p) for p in caught.value.problems] == found

    assert app.main(["--check", "--db", str(path)]) == app.EXIT_DATABASE
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("iomdesk: ") and err[0].endswith(f"({path})")
    assert "it was not opened" in err[0]
    assert any(line.strip().startswith(f"{where}: ") and words in line for line in err[1:])
    assert "Traceback" not in "\n".join(err)
    assert digest(path) == before, "the file was modified"
    assert leftovers(path) == []


def test_check_lists_twenty_problems_then_says_how_many_more(tmp_path, capsys):
    path = good_copy(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE units SET kind = 'castle'")
    conn.commit()
    conn.close()
    units = len(problems_of(path))
    assert units > 20
    assert app.main(["--check", "--db", str(path)]) == app.EXIT_DATABASE
    err = capsys.readouterr().err.splitlines()
    assert f"({units} problems)" in err[0]
    assert len(err) == 1 + 20 + 1
    assert all("kind is 'castle'" in line for line in err[1:21])
    assert err[-1].strip() == f"and {units - 20} more"


def test_a_loose_but_correct_table_is_accepted(tmp_path):
    """A file from a schema without STRICT or NOT NULL is fine when its values are."""
    path = good_copy(tmp_path)
    conn = sqlite3.connect(path)
    for table in ("units", "contacts", "votes"):
        loosen(conn, table)
    conn.commit()
    conn.close()
    assert problems_of(path) == []
    store = Store(path)
    assert len(store.units) == 84 and store.contacts
    store.close()


def test_units_written_children_first_are_still_one_tree(tmp_path):
    """The fast proof needs parents first; a file in another order takes the long way."""
    path = good_copy(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE reversed AS SELECT * FROM units ORDER BY rowid DESC")
    conn.execute("DELETE FROM units")
    conn.execute("INSERT INTO units SELECT * FROM reversed")
    conn.execute("DROP TABLE reversed")
    conn.commit()
    conn.close()
    assert problems_of(path) == []


def test_a_broken_branch_is_named_once_with_what_it_cuts_off(tmp_path):
    """The units under a loop or a missing parent are not wrong themselves: one problem each
    for the loop and the missing parent, saying how many units they cut off."""
    path = spoiled(tmp_path, "unit under its own descendant")
    found = problems_of(path)
    assert len(found) == 1
    assert "hq → ola → odg → hq" in found[0]  # each unit, then its parent
    assert "units below it are cut off from the root" in found[0]
    conn = sqlite3.connect(path)
    conn.execute("UPDATE units SET parent_id = 'nowhere' WHERE id = 'field'")
    conn.commit()
    conn.close()
    found = problems_of(path)
    assert len(found) == 2
    assert any(p.startswith("units field: parent 'nowhere' names no unit (") for p in found)


def test_the_build_refuses_the_same_faults(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(build.DATA_DIR, data)
    units = (data / "units.csv").read_text(encoding="utf-8")
    (data / "units.csv").write_text(units.replace("\nhq,iom,", "\nhq,ola,", 1), encoding="utf-8")
    with pytest.raises(build.BuildError, match="loop"):
        build.build(tmp_path / "out.sqlite", data)
    assert not (tmp_path / "out.sqlite").exists()
