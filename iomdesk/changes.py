"""What changed between two databases (no Qt): per table, the rows added, removed and changed,
field by field; `iomdesk --changes OLD NEW` prints it, Help > What's new shows it by tab."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NamedTuple

from iomdesk import database

IGNORED_TABLES = {"meta"}  # its release and dates differ in every pack: said in the heading


class FieldChange(NamedTuple):
    field: str
    old: object
    new: object


class RowChange(NamedTuple):
    """One row: 'added', 'removed' or 'changed'; `row` is its values in the newer file (in
    the older one for a removed row), so a tab can find which of its rows shows it."""

    table: str
    row_id: str  # its primary key; 'a/b/c' for a key of several columns (citations)
    kind: str
    row: dict[str, object]
    fields: tuple[FieldChange, ...] = ()


def compare(old: Path, new: Path) -> list[RowChange]:
    """Every row that differs between the two files, table by table in the newer file's order
    of tables (then by id). Both files are opened read-only; a file that cannot be read is a
    StoreError."""
    old_conn, new_conn = database.connect(old), database.connect(new)
    try:
        return compare_connections(old_conn, new_conn)
    except sqlite3.Error as exc:
        error = database.error_or_none(exc, new)
        if error is None:  # content so odd that reading it fails: said, not a traceback
            sentence = f"The data in these files cannot be compared ({exc})."
            error = database.StoreError("invalid", sentence, new)
        raise error from None
    finally:
        old_conn.close()
        new_conn.close()


def compare_connections(old: sqlite3.Connection, new: sqlite3.Connection) -> list[RowChange]:
    changes: list[RowChange] = []
    old_tables = set(_tables(old))
    for table in _tables(new):
        if table in IGNORED_TABLES:
            continue
        before = _rows(old, table) if table in old_tables else {}
        after = _rows(new, table)
        for key in sorted(after.keys() | before.keys()):
            if key not in before:
                changes.append(RowChange(table, key, "added", after[key]))
            elif key not in after:
                changes.append(RowChange(table, key, "removed", before[key]))
            else:
                fields = tuple(
                    FieldChange(name, before[key].get(name), value)
                    for name, value in after[key].items()
                    if before[key].get(name) != value
                )
                if fields:
                    changes.append(RowChange(table, key, "changed", after[key], fields))
    return changes


def _tables(conn: sqlite3.Connection) -> list[str]:
    query = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    return [name for (name,) in conn.execute(query + " ORDER BY rowid")]


def _rows(conn: sqlite3.Connection, table: str) -> dict[str, dict[str, object]]:
    """The table's rows by their primary key's text."""
    quoted = '"' + table.replace('"', '""') + '"'  # any name SQLite allows, '"' included
    columns = conn.execute(f"PRAGMA table_info({quoted})").fetchall()
    names = [c[1] for c in columns]
    key_at = [names.index(c[1]) for c in sorted(columns, key=lambda c: c[5]) if c[5]] or [0]
    cursor = conn.execute(f"SELECT * FROM {quoted}")
    return {
        "/".join(str(values[i]) for i in key_at): dict(zip(names, values, strict=True))
        for values in cursor
    }


NAMING_FIELDS = ("name", "title", "label", "measure", "subject", "forms", "role")


def row_name(change: RowChange) -> str:
    """What names the row for a reader ('Amy Pope', 'Country office in Lebanon'), or ''."""
    for field in NAMING_FIELDS:
        value = change.row.get(field)
        if isinstance(value, str) and value:
            return value
    return ""


def counts(changes: list[RowChange]) -> dict[str, dict[str, int]]:
    """{table: {'added': n, 'removed': n, 'changed': n}}, in the changes' order."""
    by_table: dict[str, dict[str, int]] = {}
    for change in changes:
        tally = by_table.setdefault(change.table, {"added": 0, "removed": 0, "changed": 0})
        tally[change.kind] += 1
    return by_table


def shown_value(value: object, limit: int = 80) -> str:
    """A value in a line of text: quoted, cut at `limit` characters, NULL as 'empty'."""
    if value is None:
        return "empty"
    text = str(value).replace("\n", " ")
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f'"{text}"' if isinstance(value, str) else text


def report(old: Path, new: Path, old_release: str, new_release: str) -> str:
    """What --changes prints: a heading, then per table its counts and one line per row."""
    changes = compare(old, new)
    lines = [
        f"Changes from {old} (release {old_release or 'not named'}) "
        f"to {new} (release {new_release or 'not named'}):"
    ]
    if not changes:
        lines.append("  no rows differ.")
    tallies = counts(changes)
    for table, tally in tallies.items():
        lines.append(
            f"{table}: {tally['added']} added, {tally['removed']} removed, "
            f"{tally['changed']} changed"
        )
        for change in (c for c in changes if c.table == table):
            mark = {"added": "+", "removed": "-", "changed": "~"}[change.kind]
            if change.kind != "changed":
                named = row_name(change)
                lines.append(f"  {mark} {change.row_id}" + (f"  ({named})" if named else ""))
                continue
            for number, field in enumerate(change.fields):
                first = f"  {mark} {change.row_id}"
                lead = first if number == 0 else " " * len(first)
                lines.append(
                    f"{lead}  {field.field}: {shown_value(field.old)} → {shown_value(field.new)}"
                )
    return "\n".join(lines)
