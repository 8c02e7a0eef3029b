"""What changed between two data files: changes.py and `iomdesk --changes OLD NEW`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from badfiles import BAD_FILES, digest, pack_copy

from iomdesk import app, changes
from iomdesk.database import default_path


def edited(folder: Path, *statements: str, release: str = "2099.01.01") -> Path:
    """A copy of the shipped file, a newer release, with the statements run on it."""
    return pack_copy(folder, f"pack-{release}.sqlite", release, *statements)


NEW_MAIL = "UPDATE contacts SET email = 'cbi-new@iom.int' WHERE id = 'cbi-email'"
NEW_EVENT = (
    "INSERT INTO events (id, date, title, status) VALUES ('x-new', '2027-01', 'A new', 'confirmed')"
)
GONE_ALIAS = "DELETE FROM aliases WHERE id = 'adg'"


def test_rows_added_removed_and_changed_are_found_field_by_field(tmp_path):
    newer = edited(tmp_path, NEW_MAIL, NEW_EVENT, GONE_ALIAS)
    found = {(c.table, c.row_id, c.kind): c for c in changes.compare(default_path(), newer)}
    assert set(found) == {
        ("contacts", "cbi-email", "changed"),
        ("events", "x-new", "added"),
        ("aliases", "adg", "removed"),
    }
    mail = found["contacts", "cbi-email", "changed"]
    assert mail.fields == (changes.FieldChange("email", "cbisupport@iom.int", "cbi-new@iom.int"),)
    assert mail.row["label"]  # the tab finds its row by the row's own values
    assert found["aliases", "adg", "removed"].row["id"] == "adg"  # the older file's values


def test_a_table_without_an_id_is_keyed_by_its_whole_primary_key(tmp_path):
    newer = edited(
        tmp_path, "DELETE FROM citations WHERE row_table = 'contacts' AND row_id = 'cbi-email'"
    )
    gone = [c for c in changes.compare(default_path(), newer) if c.table == "citations"]
    assert gone and all(c.kind == "removed" for c in gone)
    assert all(c.row_id.startswith("contacts/cbi-email/") for c in gone)


def test_the_command_prints_each_table_its_counts_and_lines_and_exits_0(tmp_path, capsys):
    newer = edited(tmp_path, NEW_MAIL, NEW_EVENT, GONE_ALIAS)
    before = digest(newer), digest(default_path())
    assert app.main(["--changes", str(default_path()), str(newer)]) == app.EXIT_OK
    out = capsys.readouterr().out
    assert "(release 2099.01.01)" in out.splitlines()[0]
    assert "contacts: 0 added, 0 removed, 1 changed" in out
    assert '~ cbi-email  email: "cbisupport@iom.int" → "cbi-new@iom.int"' in out
    assert "+ x-new  (A new)" in out
    assert "- adg" in out
    assert "units:" not in out  # a table with no change is not listed
    assert (digest(newer), digest(default_path())) == before  # both only read


def test_the_same_file_twice_has_no_changes(capsys):
    assert app.main(["--changes", str(default_path()), str(default_path())]) == app.EXIT_OK
    assert "no rows differ" in capsys.readouterr().out


def test_a_bad_file_on_either_side_is_one_clear_error_and_exit_3(tmp_path, capsys):
    folder = tmp_path / "bad"
    folder.mkdir()
    for name, (make, _kind, said) in BAD_FILES.items():
        where = folder / name.replace(" ", "-")
        where.mkdir()
        bad = make(where)
        for argv in ([str(default_path()), str(bad)], [str(bad), str(default_path())]):
            assert app.main(["--changes", *argv]) == app.EXIT_DATABASE, name
            err = capsys.readouterr().err
            assert err.startswith("iomdesk: ") and "Traceback" not in err, name
            assert said in err and len(err.splitlines()) == 1, name


def test_several_field_changes_in_one_row_are_each_a_line(tmp_path):
    newer = edited(
        tmp_path, "UPDATE units SET name = 'Renamed', city = 'Elsewhere' WHERE id = 'dhrr'"
    )
    text = changes.report(default_path(), newer, "2026.12.06", "2099.01.01")
    lines = [line for line in text.splitlines() if "→" in line]
    assert len(lines) == 2 and lines[0].startswith("  ~ dhrr  ")
    assert any("city:" in line and '"Elsewhere"' in line for line in lines)


def test_a_file_whose_rows_break_a_rule_is_compared_and_said_so(tmp_path, capsys):
    """What changed may be what broke it: the lines come, and stderr says the app refuses it."""
    broken = edited(tmp_path, "UPDATE units SET parent_id = 'hq' WHERE id = 'iom'")
    assert app.main(["--changes", str(default_path()), str(broken)]) == app.EXIT_OK
    captured = capsys.readouterr()
    assert '~ iom  parent_id: empty → "hq"' in captured.out
    assert captured.err == (
        f"iomdesk: {broken}: its rows break iomdesk's rules (1); compared all the same, but "
        f"iomdesk will not open it (iomdesk --check --db {broken} lists them)\n"
    )


def test_a_table_of_any_name_sqlite_allows_is_compared(tmp_path):
    odd = edited(
        tmp_path,
        """CREATE TABLE "odd""name" (id TEXT PRIMARY KEY)""",
        """INSERT INTO "odd""name" VALUES ('x')""",
    )
    found = [c for c in changes.compare(default_path(), odd) if c.table == 'odd"name']
    assert [(c.row_id, c.kind) for c in found] == [("x", "added")]


def run_changes(new: Path, **env: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "iomdesk", "--changes", str(default_path()), str(new)]
    return subprocess.run(
        command, capture_output=True, env={**os.environ, **env}, cwd=Path(__file__).parent
    )


def test_the_printout_read_in_part_or_in_ascii_is_no_traceback(tmp_path):
    newer = edited(tmp_path, NEW_MAIL, NEW_EVENT, GONE_ALIAS)
    ascii_only = run_changes(newer, PYTHONIOENCODING="ascii")
    assert ascii_only.returncode == 0 and b"Traceback" not in ascii_only.stderr
    assert b'"cbisupport@iom.int" ? "cbi-new@iom.int"' in ascii_only.stdout  # the arrow
    # `| head -1`: the reader closes the pipe after the first line, of more than a pipe holds
    many = edited(tmp_path / "many", "UPDATE sources SET note = note || ' (read again)'")
    reader = subprocess.Popen(
        [sys.executable, "-m", "iomdesk", "--changes", str(default_path()), str(many)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=Path(__file__).parent,
    )
    reader.stdout.readline()
    reader.stdout.close()
    _, stderr = reader.communicate(timeout=60)
    assert reader.returncode == 0 and b"Traceback" not in stderr
