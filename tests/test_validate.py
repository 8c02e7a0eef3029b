"""The validator: every rule the app relies on, checked on open and by the build."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from badcontent import FAULTS, loosen, spoiled
from badfiles import digest, good_copy, leftovers

from devtools import build, synth
from iomdesk import app, contract, validate
from iomdesk.database import StoreError, default_path
from iomdesk.store import Store


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
    tables = contract.contract().columns
    assert set(build.TABLES) | {"citations"} == set(tables)
    assert {c.name for c in tables["contacts"]} >= {"id", "unit_id", "label", "email", "status"}
    assert ("contacts", "unit_id", "units") in contract.contract().references


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


def edited(tmp_path, *statements: str, name: str = "edited.sqlite"):
    """A good copy with the statements run; the rows they add are cited (to seed004), so that
    each test judges only its own fault."""
    path = good_copy(tmp_path, name)
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    for table in ("units", "contacts"):
        conn.execute(
            f"INSERT OR IGNORE INTO citations SELECT '{table}', id, 'seed004' FROM {table}"
        )
    conn.commit()
    conn.close()
    return path


def test_text_that_is_not_utf8_is_refused_wherever_it_is(tmp_path, capsys):
    """SQLite stores any bytes as text; Python cannot read them back. Refused, not a crash,
    in a table read on open and in one read after the window is up."""
    for table, column, row in (("people", "summary", "pope"), ("units", "name", "hq")):
        path = edited(
            tmp_path,
            f"UPDATE {table} SET {column} = CAST(x'4142ff43' AS TEXT) WHERE id = '{row}'",
            name=f"{table}.sqlite",
        )
        assert app.main(["--check", "--db", str(path)]) == app.EXIT_DATABASE
        err = capsys.readouterr().err
        assert "not UTF-8" in err and "Traceback" not in err


def test_a_long_loop_and_a_deep_tree_in_any_order_are_quick_to_judge(tmp_path):
    """The walk over a broken tree is linear: a loop of 3,000 units and a 3,000-deep chain
    stored children first are judged at once (they took minutes when it was not)."""
    loop = edited(
        tmp_path,
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 2999) "
        "INSERT INTO units (id, parent_id, name, kind, position, status) "
        "SELECT 'c' || i, 'c' || ((i + 1) % 3000), 'c' || i, 'unit', 99, 'confirmed' FROM n",
        name="loop.sqlite",
    )
    found = problems_of(loop)
    assert len(found) == 1 and "its parents form a loop: c" in found[0]
    chain = edited(
        tmp_path,
        "WITH RECURSIVE n(i) AS (SELECT 2999 UNION ALL SELECT i - 1 FROM n WHERE i > 0) "
        "INSERT INTO units (id, parent_id, name, kind, position, status) "
        "SELECT 'd' || i, CASE i WHEN 0 THEN 'iom' ELSE 'd' || (i - 1) END, 'd' || i, 'unit', "
        "CASE i WHEN 0 THEN 99 ELSE 1 END, 'confirmed' FROM n",
        name="chain.sqlite",
    )
    assert problems_of(chain) == []


def test_more_broken_rows_than_sqlite_takes_parameters(tmp_path):
    path = edited(
        tmp_path,
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1200) "
        "INSERT INTO contacts (id, label, status) SELECT 'x' || i, 'X', 'bad' || i FROM n",
    )
    found = problems_of(path)
    assert len(found) == 1200 and all("not one of" in p for p in found)


def test_control_characters_from_the_file_are_shown_not_sent_to_the_terminal(tmp_path, capsys):
    path = edited(
        tmp_path,
        "UPDATE contacts SET id = 'a' || char(27) || '[2J' || char(7), status = 'bad' "
        "WHERE id = 'dhrr-email'",
    )
    assert app.main(["--check", "--db", str(path)]) == app.EXIT_DATABASE
    err = capsys.readouterr().err
    assert "contacts a\\x1b[2J\\x07: status is 'bad'" in err
    assert "\x1b" not in err and "\x07" not in err
